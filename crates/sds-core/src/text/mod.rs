//! Every sentence a family reads, in one place. A new language is one more
//! `Text` value: the compiler lists anything it leaves out.
//!
//! Wording follows the GOV.UK and Scottish Government design systems: plain
//! English for a reading age of about 9, "you" and "your child", neutral about
//! the four options. Facts come from shared/domain/sds-facts.md (section named
//! beside each one).
//!
//! Each section's own words live in a submodule, gathered into `Text`.

pub mod options;
pub mod outcomes;
pub mod story;
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

    pub story: &'static story::StoryText,
    pub outcomes: &'static outcomes::OutcomesText,
    pub options: &'static options::OptionsText,
    pub support: &'static support::SupportText,
}

fn hub_progress_en(done: usize, total: usize) -> String {
    format!("You have completed {done} of {total} sections.")
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

    story: &story::EN,
    outcomes: &outcomes::EN,
    options: &options::EN,
    support: &support::EN,
};
