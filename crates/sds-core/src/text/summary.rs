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
    pub option_names: [&'static str; 3],
    pub option_mix: &'static str,
    pub outcome_number: fn(usize) -> String,
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
    // sds-facts.md §2: plain labels councils use.
    option_names: [
        "Option 1: a direct payment",
        "Option 2: we choose, someone else arranges",
        "Option 3: the council arranges",
    ],
    option_mix: "Together, these make Option 4: a mix.",
    outcome_number: outcome_number_en,
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
