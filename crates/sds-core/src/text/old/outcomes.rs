//! The words of "What we want to change". The eight wellbeing indicators
//! are GIRFEC's (sds-facts.md §4, gov.scot wellbeing wheel), put in plain
//! words here.

#[derive(Debug)]
pub struct OutcomesText {
    pub title: &'static str,
    pub intro: &'static [&'static str],
    pub your_outcomes_heading: &'static str,
    pub no_outcomes_yet: &'static str,
    pub add_outcome: &'static str,
    pub add_another_outcome: &'static str,
    pub limit_reached: &'static str,
    pub change: &'static str,
    pub remove: &'static str,
    pub remove_title: &'static str,
    pub remove_yes: &'static str,
    pub remove_no: &'static str,
    pub wellbeing_term: &'static str,
    pub for_whom_term: &'static str,
    pub how_we_know_term: &'static str,
    pub not_answered: &'static str,
    pub untitled_outcome: fn(u32) -> String,

    // Suggestions.
    pub suggestions_heading: &'static str,
    pub suggestions_intro: &'static str,
    pub no_suggestions: &'static str,
    pub accept: &'static str,
    pub ignore: &'static str,
    pub suggestion_why: fn(&str) -> String,
    pub because_bad_day: fn(&str, &str) -> String,
    pub because_feeling: fn(&str) -> String,
    pub because_more_of: &'static str,
    pub whose_parent: &'static str,
    pub whose_sibling: &'static str,
    pub because_not_working: &'static str,

    // The outcome page.
    pub edit_title: &'static str,
    pub words_label: &'static str,
    pub words_hint: &'static str,
    pub indicators_label: &'static str,
    pub indicators_hint: &'static str,
    pub for_whom_label: &'static str,
    pub how_we_know_label: &'static str,
    pub how_we_know_hint: &'static str,
    pub save_outcome: &'static str,
    pub cancel: &'static str,

    // Wellbeing indicators.
    pub safe: &'static str,
    pub safe_hint: &'static str,
    pub healthy: &'static str,
    pub healthy_hint: &'static str,
    pub achieving: &'static str,
    pub achieving_hint: &'static str,
    pub nurtured: &'static str,
    pub nurtured_hint: &'static str,
    pub active: &'static str,
    pub active_hint: &'static str,
    pub respected: &'static str,
    pub respected_hint: &'static str,
    pub responsible: &'static str,
    pub responsible_hint: &'static str,
    pub included: &'static str,
    pub included_hint: &'static str,

    // Who it is for.
    pub for_child: &'static str,
    pub for_parent: &'static str,
    pub for_sibling: &'static str,
    pub for_family: &'static str,

    // Suggested words. `{}` is the child's name or "your child".
    pub your_child: &'static str,
    pub your_child_capital: &'static str,
    pub suggest_child_part: fn(&str, &str) -> String,
    pub suggest_parent_part: fn(&str) -> String,
    pub suggest_sibling_part: fn(&str, &str) -> String,
    pub part_mornings: &'static str,
    pub part_school_days: &'static str,
    pub part_after_school: &'static str,
    pub part_evenings: &'static str,
    pub part_nights: &'static str,
    pub part_weekends: &'static str,
    pub suggest_home: fn(&str) -> String,
    pub suggest_school: fn(&str) -> String,
    pub suggest_friends: fn(&str) -> String,
    pub suggest_out: fn(&str) -> String,
    pub suggest_more_of: fn(&str) -> String,
    pub suggest_not_working: &'static str,

    // Errors.
    pub error_words_missing: &'static str,
    pub error_indicators_missing: &'static str,
    pub error_for_whom_missing: &'static str,
    pub error_too_long: &'static str,
}

fn untitled_outcome_en(id: u32) -> String {
    format!("Outcome {id} (no words yet)")
}
fn suggestion_why_en(because: &str) -> String {
    format!("Why we suggest this: {because}")
}
fn because_bad_day_en(whose: &str, part: &str) -> String {
    format!("you wrote about {part} on a bad day for {whose}.")
}
fn because_feeling_en(topic: &str) -> String {
    format!("your child picked \"unhappy\" for \"{topic}\".")
}
fn suggest_child_part_en(name: &str, part: &str) -> String {
    format!("{name} has calmer, happier {part}.")
}
fn suggest_parent_part_en(part: &str) -> String {
    format!("As a parent or carer, I have calmer, happier {part}.")
}
fn suggest_sibling_part_en(name: &str, part: &str) -> String {
    format!("{name}'s brother or sister has calmer, happier {part}.")
}
fn suggest_home_en(name: &str) -> String {
    format!("{name} feels happy and settled at home.")
}
fn suggest_school_en(name: &str) -> String {
    format!("{name} feels happier at school or nursery.")
}
fn suggest_friends_en(name: &str) -> String {
    format!("{name} gets to spend time with friends.")
}
fn suggest_out_en(name: &str) -> String {
    format!("{name} enjoys going out and about in the community.")
}
fn suggest_more_of_en(name: &str) -> String {
    format!("{name} gets to do more of the things they love.")
}

pub const EN: OutcomesText = OutcomesText {
    title: "What we want to change",
    intro: &[
        "Outcomes are the changes you hope support will bring. Write them in your own words. For example, \"Sam can go to a club with friends after school\".",
        // sds-facts.md §4: assessment uses the GIRFEC wellbeing indicators.
        "For each one, say how it helps wellbeing. Councils use eight wellbeing words from GIRFEC (Getting it right for every child).",
    ],
    your_outcomes_heading: "Your outcomes",
    no_outcomes_yet: "You have not added any outcomes yet.",
    add_outcome: "Add an outcome",
    add_another_outcome: "Add another outcome",
    limit_reached: "You have 50 outcomes. That is the most you can add. To add another, remove one first.",
    change: "Change",
    remove: "Remove",
    remove_title: "Are you sure you want to remove this outcome?",
    remove_yes: "Yes, remove it",
    remove_no: "No, keep it",
    wellbeing_term: "Wellbeing",
    for_whom_term: "Mainly for",
    how_we_know_term: "How we will know it is working",
    not_answered: "Not answered",
    untitled_outcome: untitled_outcome_en,

    suggestions_heading: "Ideas from your story",
    suggestions_intro: "These ideas come from what you wrote in Our story. Add the ones that fit. You can change the words.",
    no_suggestions: "When you write about bad days or what is not working in Our story, ideas will appear here.",
    accept: "Add this outcome",
    ignore: "Ignore",
    suggestion_why: suggestion_why_en,
    because_bad_day: because_bad_day_en,
    because_feeling: because_feeling_en,
    whose_parent: "a parent or carer",
    whose_sibling: "a brother or sister",
    because_more_of: "your child told you what they would like to do more of.",
    because_not_working: "you wrote about what is not working right now.",

    edit_title: "Your outcome",
    words_label: "What do you want to change?",
    words_hint: "Say it in your own words, as if it has already happened. For example, \"Sam can go to a club with friends after school\".",
    indicators_label: "How does it help wellbeing?",
    indicators_hint: "Select all that apply.",
    for_whom_label: "Who is it mainly for?",
    how_we_know_label: "How will you know it is working? (optional)",
    how_we_know_hint: "For example, Sam goes to the club every week and looks forward to it.",
    save_outcome: "Save outcome",
    cancel: "Back to What we want to change",

    // GIRFEC wellbeing indicators (sds-facts.md §4; gov.scot wellbeing wheel).
    safe: "Safe",
    safe_hint: "Kept safe from harm at home, at school and out and about.",
    healthy: "Healthy",
    healthy_hint: "Good health of body and mind, and help to make healthy choices.",
    achieving: "Achieving",
    achieving_hint: "Help to learn, grow in confidence and build skills.",
    nurtured: "Nurtured",
    nurtured_hint: "A caring home, with people who look after you.",
    active: "Active",
    active_hint: "Chances to play, take part and have fun.",
    respected: "Respected",
    respected_hint: "Being listened to, and having a say in what happens to you.",
    responsible: "Responsible",
    responsible_hint: "Chances to take part and make choices, with help when you need it.",
    included: "Included",
    included_hint: "Being part of your family, school and community, with help to get past barriers.",

    for_child: "Your child",
    for_parent: "A parent or carer",
    for_sibling: "A brother or sister",
    for_family: "The whole family",

    your_child: "your child",
    your_child_capital: "Your child",
    suggest_child_part: suggest_child_part_en,
    suggest_parent_part: suggest_parent_part_en,
    suggest_sibling_part: suggest_sibling_part_en,
    part_mornings: "mornings",
    part_school_days: "school days",
    part_after_school: "times after school",
    part_evenings: "evenings",
    part_nights: "bedtimes and nights",
    part_weekends: "weekends and holidays",
    suggest_home: suggest_home_en,
    suggest_school: suggest_school_en,
    suggest_friends: suggest_friends_en,
    suggest_out: suggest_out_en,
    suggest_more_of: suggest_more_of_en,
    suggest_not_working: "The things that are not working now get better for our family.",

    error_words_missing: "Enter what you want to change",
    error_indicators_missing: "Select at least one way it helps wellbeing",
    error_for_whom_missing: "Select who it is mainly for",
    error_too_long: "This answer is over 2,000 characters. Make it shorter before you save. Nothing you typed has been lost.",
};
