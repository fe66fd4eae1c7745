//! Throwaway: the hand-written catalogue, kept only to compare with the
//! generated one.
#![allow(dead_code, clippy::all)]

mod compare;

// Every sentence a family reads, in one place. A new language is one more
// `Text` value: the compiler lists anything it leaves out.
//
// Wording follows the GOV.UK and Scottish Government design systems: plain
// English for a reading age of about 9, "you" and "your child", neutral about
// the four options. Facts come from shared/domain/sds-facts.md (section named
// beside each one).
//
// Each section's own words live in a submodule, gathered into `Text`.

pub mod options;
pub mod outcomes;
pub mod story;
pub mod summary;
pub mod support;

/// The whole catalogue for one language.
#[derive(Debug)]
pub struct Text {
    pub app_name: &'static str,
    pub loading: &'static str,

    // The hub (task list).
    pub hub_title: &'static str,
    pub hub_intro: &'static [&'static str],
    pub hub_sections_heading: &'static str,
    pub hub_progress: fn(usize, usize) -> String,
    pub status_not_started: &'static str,
    pub status_in_progress: &'static str,
    pub status_completed: &'static str,
    pub status_cannot_start: &'static str,
    pub section_about_us: &'static str,
    pub section_about_us_hint: &'static str,
    pub section_our_story: &'static str,
    pub section_our_story_hint: &'static str,
    pub section_outcomes: &'static str,
    pub section_outcomes_hint: &'static str,
    pub section_options: &'static str,
    pub section_options_hint: &'static str,
    pub section_support: &'static str,
    pub section_support_hint: &'static str,
    pub section_summary: &'static str,
    pub section_summary_hint: &'static str,
    pub plan_for: fn(&str) -> String,

    // Saving on this device.
    pub saving_heading: &'static str,
    pub saved_on_device: &'static str,
    pub saved_on_device_hint: &'static str,
    pub not_saving: &'static str,
    pub not_saving_hint: &'static str,
    pub delete_everything: &'static str,
    pub delete_title: &'static str,
    pub delete_body: &'static [&'static str],
    pub delete_confirm: &'static str,
    pub delete_cancel: &'static str,

    // Notices after start-up or deleting.
    pub notice_heading: &'static str,
    pub notice_broken_data: &'static str,
    pub notice_newer_version: &'static str,
    pub notice_deleted: &'static str,
    pub notice_dismiss: &'static str,

    // About us.
    pub about_title: &'static str,
    pub about_intro: &'static str,
    pub child_name_label: &'static str,
    pub child_name_hint: &'static str,
    pub age_label: &'static str,
    pub age_hint: &'static str,
    pub age_suffix: &'static str,
    pub filler_label: &'static str,
    pub filler_parent: &'static str,
    pub filler_young_person: &'static str,
    pub filler_support_worker: &'static str,
    pub council_label: &'static str,
    pub council_hint: &'static str,
    pub council_choose: &'static str,
    pub decisions_heading: &'static str,
    pub decisions_under_16: &'static str,
    pub decisions_16_17: &'static str,
    pub decisions_adult: &'static str,
    pub transition_from_14: &'static str,
    pub transition_16_17: &'static str,
    pub save_and_continue: &'static str,
    pub back_to_plan: &'static str,

    // Errors.
    pub error_summary_title: &'static str,
    pub error_prefix: &'static str,
    pub error_age_missing: &'static str,
    pub error_age_not_whole_number: &'static str,
    pub error_age_out_of_range: &'static str,
    pub error_name_too_long: &'static str,
    pub error_filler_missing: &'static str,
    pub error_council_missing: &'static str,

    pub noscript: &'static str,

    // Plan files.
    pub files_heading: &'static str,
    pub files_intro: &'static str,
    pub save_copy: &'static str,
    pub open_saved: &'static str,
    pub open_saved_hint: &'static str,
    pub notice_file_opened: &'static str,
    pub notice_file_not_opened: &'static str,
    pub notice_plan_unchanged: &'static str,
    pub file_empty: &'static str,
    pub file_too_large: &'static str,
    pub file_not_json: &'static str,
    pub file_not_a_plan: &'static str,
    pub file_newer_version: &'static str,
    pub file_wrong_types: &'static str,
    pub file_out_of_range: &'static str,
    pub file_could_not_read: &'static str,
    pub replace_title: &'static str,
    pub replace_body: &'static [&'static str],
    pub replace_save_first: &'static str,
    pub replace_confirm: &'static str,
    pub replace_cancel: &'static str,

    // Sessions on a shared device.
    pub session_on: &'static str,
    pub session_on_hint: &'static str,
    pub start_session: &'static str,
    pub start_session_title: &'static str,
    pub start_session_body: &'static [&'static str],
    pub start_session_confirm: &'static str,
    pub end_session: &'static str,
    pub end_session_title: &'static str,
    pub end_session_body: &'static [&'static str],
    pub end_session_confirm: &'static str,
    pub notice_session_started: &'static str,
    pub notice_session_ended: &'static str,
    pub go_back: &'static str,

    // The council's local information.
    pub local_heading: &'static str,
    pub local_council_contact: fn(&str) -> String,
    pub local_phone: &'static str,
    pub local_email: &'static str,
    pub local_web: &'static str,
    pub local_support_organisations: &'static str,
    pub local_support_organisations_hint: &'static str,
    pub local_advocacy: &'static str,
    pub local_advocacy_hint: &'static str,
    pub local_eligibility: &'static str,
    pub local_info_incomplete: &'static str,

    // Your privacy.
    pub privacy_link: &'static str,
    pub privacy_title: &'static str,
    pub privacy_sections: &'static [(&'static str, &'static [&'static str])],

    pub story: &'static story::StoryText,
    pub outcomes: &'static outcomes::OutcomesText,
    pub options: &'static options::OptionsText,
    pub support: &'static support::SupportText,
    pub summary: &'static summary::SummaryText,
}

fn hub_progress_en(done: usize, total: usize) -> String {
    format!("You have completed {done} of {total} sections.")
}

fn local_council_contact_en(council: &str) -> String {
    format!("{council}: Self-directed Support team")
}

fn plan_for_en(name: &str) -> String {
    format!("Plan for {name}")
}

/// English (the default).
pub const EN: Text = Text {
    app_name: "SDS Explorer",
    loading: "Loading SDS Explorer…",

    hub_title: "Get ready for your Self-directed Support assessment",
    hub_intro: &[
        // sds-facts.md §1: SDS is how social care works in Scotland.
        "Self-directed Support (SDS) is how social care works in Scotland. It lets you have a say in how your support is arranged.",
        "This tool helps you think about what matters to your family, and get ready to talk to your council. It is not an assessment. Your council makes the decisions.",
        "What you type stays in this browser. Nothing is sent anywhere.",
        "You can do the sections in any order. You can stop and come back later.",
    ],
    hub_sections_heading: "Your plan",
    hub_progress: hub_progress_en,
    status_not_started: "Not started",
    status_in_progress: "In progress",
    status_completed: "Completed",
    status_cannot_start: "Cannot start yet",
    section_about_us: "About us",
    section_about_us_hint: "Your child, their age and your council area.",
    section_our_story: "Our story",
    section_our_story_hint: "A good day and a bad day, what matters, and the people around you.",
    section_outcomes: "What we want to change",
    section_outcomes_hint: "The changes you hope support will bring.",
    section_options: "The four options",
    section_options_hint: "How the four ways of arranging support compare.",
    section_support: "Support ideas and costs",
    section_support_hint: "Ideas for support and a rough idea of what they cost.",
    section_summary: "Our summary for the assessment",
    section_summary_hint: "A summary to print or save and take with you.",
    plan_for: plan_for_en,

    saving_heading: "Saving",
    saved_on_device: "Saved on this device only",
    saved_on_device_hint: "Your answers are kept in this browser. Nothing is sent anywhere.",
    not_saving: "Not saved",
    not_saving_hint: "This browser is not letting us save your answers. You can keep working, but your answers will be lost when you close this page.",
    delete_everything: "Delete everything from this device",
    delete_title: "Delete everything from this device?",
    delete_body: &[
        "This deletes your plan from this browser.",
        "You cannot undo this.",
    ],
    delete_confirm: "Yes, delete everything",
    delete_cancel: "No, go back",

    notice_heading: "Important",
    notice_broken_data: "We could not read the plan saved in this browser, so we have started a new one. We kept a copy of the old data in this browser, so it is not lost.",
    notice_newer_version: "The plan saved in this browser was made by a newer version of this tool. We have started a new plan here and kept the saved one, so it is not lost.",
    notice_deleted: "Everything has been deleted from this device.",
    notice_dismiss: "Hide this message",

    about_title: "About us",
    about_intro: "A few details help the rest of the plan fit your family.",
    child_name_label: "What name should we use for your child? (optional)",
    child_name_hint: "A first name or nickname is fine. You can leave this blank.",
    age_label: "How old is your child?",
    age_hint: "In years. For example, 7.",
    age_suffix: "years",
    filler_label: "Who is filling this in?",
    filler_parent: "A parent or carer",
    filler_young_person: "The young person",
    filler_support_worker: "A support worker with a family",
    council_label: "Which council area do you live in?",
    council_hint: "Your council arranges your support. If you are not sure, look at a letter from them.",
    council_choose: "Choose a council area",
    decisions_heading: "Who makes decisions",
    // sds-facts.md §3.
    decisions_under_16: "Under 16, a parent or carer makes the decisions about support. Your child's views must still be heard, in a way that suits their age.",
    decisions_16_17: "At 16 or 17, the young person can make their own decisions about their support, unless there are questions about whether they are able to decide.",
    decisions_adult: "From 18, support comes from adult services. If the young person cannot make some decisions for themselves, they may need a guardian or power of attorney before a direct payment can be set up. Ask your council about this early.",
    // sds-facts.md §8: planning should start early; one team starts at 15.
    transition_from_14: "From about 14, it is a good time to start planning for the move to adult services at 18. Ask your council about transition planning.",
    transition_16_17: "Adult services start at 18. Now is the time to plan for this. Ask your council about transition planning.",
    save_and_continue: "Save and continue",
    back_to_plan: "Back to your plan",

    error_summary_title: "There is a problem",
    error_prefix: "Error:",
    error_age_missing: "Enter your child's age",
    error_age_not_whole_number: "Enter the age as a whole number, like 7",
    error_age_out_of_range: "Enter an age from 0 to 25",
    error_name_too_long: "Name must be 50 characters or fewer",
    error_filler_missing: "Select who is filling this in",
    error_council_missing: "Select your council area",

    noscript: "SDS Explorer needs JavaScript to work. Turn on JavaScript, or try a different browser.",

    files_heading: "Your plan file",
    files_intro: "Save a copy to keep your plan safe, or to use it on another device. Nothing is stored online, so a file is the only way to move a plan.",
    save_copy: "Save a copy to this device",
    open_saved: "Open a saved plan",
    open_saved_hint: "Choose a plan file you saved from SDS Explorer. It ends in .json.",
    notice_file_opened: "Your saved plan is open.",
    notice_file_not_opened: "We could not open that file.",
    notice_plan_unchanged: "Your plan here has not changed.",
    file_empty: "The file is empty.",
    file_too_large: "The file is too big to be a plan. Plan files are much smaller than 5 MB.",
    file_not_json: "The file is not a plan from SDS Explorer. It may be a different kind of file, or it may be damaged.",
    file_not_a_plan: "The file does not hold an SDS Explorer plan.",
    file_newer_version: "The plan was saved by a newer version of SDS Explorer. Open it with the newest version of this tool.",
    file_wrong_types: "Some answers in the file are not in the form we expect. The file may have been changed by another program.",
    file_out_of_range: "Some numbers in the file are too big or too small. The file may have been changed by another program.",
    file_could_not_read: "Your browser could not read the file. Try again, or choose a different file.",
    replace_title: "Replace the plan you are working on?",
    replace_body: &[
        "You have a plan in progress here. Opening the file will replace it.",
        "If you want to keep the plan you are working on, save a copy first.",
    ],
    replace_save_first: "Save a copy of my current plan",
    replace_confirm: "Replace it with the file",
    replace_cancel: "Cancel, keep my current plan",

    session_on: "Session on a shared device",
    session_on_hint: "Nothing is kept after this tab is closed. Save a copy if the family wants to keep the plan.",
    start_session: "Start a session on a shared device",
    start_session_title: "Start a session on a shared device?",
    start_session_body: &[
        "Use a session if you are a support worker, or if you are using a computer that other people use.",
        "A session starts with an empty plan. Nothing from it is kept after the tab is closed or the session ends.",
        "Any plan already saved in this browser stays as it is.",
    ],
    start_session_confirm: "Start the session",
    end_session: "End session",
    end_session_title: "End this session?",
    end_session_body: &[
        "Ending the session deletes this plan from this device.",
        "If the family wants to keep it, save a copy first and give them the file.",
    ],
    end_session_confirm: "End session and delete this plan",
    notice_session_started: "The session has started. Nothing from it will be kept on this device.",
    notice_session_ended: "The session has ended. Its plan has been deleted from this device.",
    go_back: "Go back",

    local_heading: "Who can help",
    local_council_contact: local_council_contact_en,
    local_phone: "Phone",
    local_email: "Email",
    local_web: "Website",
    local_support_organisations: "Independent support organisations",
    local_support_organisations_hint: "They can help you understand your options and plan your support. They are not part of the council.",
    local_advocacy: "Advocacy services",
    local_advocacy_hint: "An advocate can help you say what you want, and make sure you are heard.",
    local_eligibility: "How the council decides who gets support",
    local_info_incomplete: "Some local information could not be loaded. National information is shown instead.",

    privacy_link: "Your privacy",
    privacy_title: "Your privacy",
    privacy_sections: &[
        (
            "Nothing is sent anywhere",
            &[
                "This tool does not send what you type to anyone. There is no account and no server behind it.",
                "It does not use cookies, tracking or adverts.",
            ],
        ),
        (
            "Where your plan is kept",
            &[
                "Your plan is kept in this web browser, on this device. Other people who use this browser on this device could see it.",
                "In a session on a shared device, your plan is kept only until the tab is closed or the session ends.",
                "If this tool is on your council's website, your plan is kept in your browser for that website. It is still not sent to the council.",
                "If you save a copy, the file is kept where you save it. You choose who to share it with.",
            ],
        ),
        (
            "How to delete it",
            &[
                "Use \"Delete everything from this device\" on the first page of this tool.",
                "You can also clear this website's data in your browser's settings.",
                "Delete any plan files you saved when you no longer need them.",
            ],
        ),
    ],

    story: &story::EN,
    outcomes: &outcomes::EN,
    options: &options::EN,
    support: &support::EN,
    summary: &summary::EN,
};
