//! The words of "Our summary for the assessment".

#[derive(Debug)]
pub struct SummaryText {
    pub title: &'static str,
    pub title_for: fn(&str) -> String,
    pub intro: &'static str,
    pub made_on: fn(&str) -> String,
    pub change: &'static str,
    pub not_filled_in: &'static str,
    pub about_name: &'static str,
    pub about_age: &'static str,
    pub about_filler: &'static str,
    pub about_council: &'static str,
    pub about_decisions: &'static str,
    pub years_old: fn(u8) -> String,
    pub options_considering: &'static str,
    pub options_why: &'static str,
    pub options_none: &'static str,
    pub option_mix: &'static str,
    pub outcome_number: fn(usize) -> String,
    pub outcome_wellbeing: &'static str,
    pub outcome_for: &'static str,
    pub outcome_how_we_know: &'static str,
    pub people: [&'static str; 3],
    pub good_day: fn(&str) -> String,
    pub bad_day: fn(&str) -> String,
    pub difference: fn(&str) -> String,
    pub more_good_days: fn(&str) -> String,
    pub story_keys: StoryKeys,
    pub costs_estimate_for: fn(&str) -> String,
    pub costs_not_counted: &'static str,
    pub costs_about_a_week: &'static str,
    pub questions_heading: &'static str,
    pub questions_intro: &'static str,
    pub question_budget: &'static str,
    pub question_pa_rate: &'static str,
    pub question_option2_providers: &'static str,
    pub question_term_time: &'static str,
    pub question_transition: &'static str,
    pub question_direct_payment_help: &'static str,
    pub question_time_to_choose: &'static str,
    pub question_review: &'static str,
    pub print: &'static str,
    pub copy_heading: &'static str,
    pub copy_hint: &'static str,
    pub copy_button: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub text_label: &'static str,
}

/// Labels for the story in the summary: statements, not the questions.
#[derive(Debug)]
pub struct StoryKeys {
    pub likes: &'static str,
    pub dislikes: &'static str,
    pub hard: &'static str,
    pub more_of: &'static str,
    pub feelings: &'static str,
    pub important_to: &'static str,
    pub important_for: &'static str,
    pub child_strengths: &'static str,
    pub family_strengths: &'static str,
    pub people_and_places: &'static str,
    pub working: &'static str,
    pub not_working: &'static str,
}

fn title_for_en(name: &str) -> String {
    format!("Our summary for {name}'s assessment")
}

fn made_on_en(date: &str) -> String {
    format!(
        "Made with SDS Explorer on {date}. This is our own summary to help the conversation. It is not an assessment."
    )
}

fn years_old_en(age: u8) -> String {
    if age == 1 {
        "1 year old".to_owned()
    } else {
        format!("{age} years old")
    }
}

fn good_day_en(person: &str) -> String {
    format!("A good day for {person}")
}

fn bad_day_en(person: &str) -> String {
    format!("A bad day for {person}")
}

fn difference_en(person: &str) -> String {
    format!("What makes the difference for {person}")
}

fn more_good_days_en(person: &str) -> String {
    format!("What would help {person} have more good days")
}

fn costs_estimate_for_en(year: &str) -> String {
    format!("This is an estimate to help you talk to your council. It is not your budget. {year}")
}

fn outcome_number_en(n: usize) -> String {
    format!("Change {n}")
}

pub const EN: SummaryText = SummaryText {
    title: "Our summary for the assessment",
    title_for: title_for_en,
    intro: "Take this to your assessment. It shows what matters to you, in your own words. You can print it, save it, or copy it into an email.",
    made_on: made_on_en,
    change: "Change",
    not_filled_in: "Not filled in yet",
    about_name: "Name",
    about_age: "Age",
    about_filler: "Filled in by",
    about_council: "Council area",
    about_decisions: "Who makes decisions",
    years_old: years_old_en,
    options_considering: "Options we are thinking about",
    options_why: "Why",
    options_none: "We have not chosen yet",
    option_mix: "Together, these make Option 4: a mix.",
    outcome_number: outcome_number_en,
    outcome_wellbeing: "Wellbeing",
    outcome_for: "Mainly for",
    outcome_how_we_know: "We will know it is working when",
    people: ["our child", "a parent or carer", "a brother or sister"],
    good_day: good_day_en,
    bad_day: bad_day_en,
    difference: difference_en,
    more_good_days: more_good_days_en,
    story_keys: StoryKeys {
        likes: "In their own words: things I like",
        dislikes: "In their own words: things I don't like",
        hard: "In their own words: things that are hard for me",
        more_of: "In their own words: what I'd like to do more of",
        feelings: "How they feel",
        important_to: "Important to us",
        important_for: "Important for us",
        child_strengths: "Our child's strengths",
        family_strengths: "Our family's strengths",
        people_and_places: "People and places around us",
        working: "What is working",
        not_working: "What is not working",
    },
    costs_estimate_for: costs_estimate_for_en,
    costs_not_counted: "Not counted yet",
    costs_about_a_week: "About a week",
    questions_heading: "Questions to ask at the assessment",
    questions_intro: "These questions come from what is in your plan.",
    // sds-facts.md §2: the council must tell the family the relevant amount.
    question_budget: "What is our indicative budget for each option, and how was it worked out?",
    question_pa_rate: "Does the council's rate for a personal assistant cover holiday pay, pension, insurance and payroll costs?",
    question_option2_providers: "Which providers can we use for Option 2 near us?",
    question_term_time: "Can we move budget between weeks, for example to use more in the school holidays?",
    // sds-facts.md §4 Standard 10 and §8: plan early for transitions.
    question_transition: "When will planning for adult services start, and who will lead it?",
    question_direct_payment_help: "What help is there to manage a direct payment, such as a payroll service or a local support organisation?",
    // sds-facts.md §2, s.5(5): not choosing means Option 3.
    question_time_to_choose: "Can we have time to think about which option to choose? If we do not choose, the council arranges our support (Option 3).",
    question_review: "When will this plan be reviewed?",
    print: "Print this summary",
    copy_heading: "Copy as text",
    copy_hint: "For pasting into an email or a council form.",
    copy_button: "Copy the summary",
    copied: "The summary has been copied.",
    copy_failed: "Your browser did not let us copy. Select the text in the box and copy it.",
    text_label: "The summary as text",
};
