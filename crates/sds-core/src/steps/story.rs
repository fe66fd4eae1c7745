//! "Our story": a good day and a bad day (for the child and, if the family
//! wants, a parent or carer and a brother or sister), the child's own words,
//! what matters, strengths, the people around them, and what is working.
//! Good SDS conversations start here (sds-facts.md §1, §8).
//!
//! Every answer is kept exactly as typed. An answer over the limit is kept
//! too; it only stops "Save and continue" until it is shortened.

use crate::plan::Plan;
use crate::steps::about::AgeGroup;
use crate::text::Text;
use crate::vocabulary::{Next, Onward, SectionStatus};

pub use crate::plan::story::{
    ChildWords, DayPart, DayStory, Feeling, FeelingTopic, Feelings, GoodAndBad, OurStory, Person,
    StoryField,
};

/// The most characters one box keeps without complaint (issue 3).
pub const MAX_ANSWER_CHARS: usize = 2000;

impl StoryField {
    fn label_and_hint(self, t: &Text) -> (&'static str, &'static str) {
        let s = t.story;
        match self {
            StoryField::Good(..) => (s.good_day_label, ""),
            StoryField::Bad(..) => (s.bad_day_label, ""),
            StoryField::Difference(_) => (s.difference_label, s.difference_hint),
            StoryField::MoreGoodDays(_) => (s.more_good_days_label, s.more_good_days_hint),
            StoryField::Likes => (s.likes_label, s.likes_hint),
            StoryField::Dislikes => (s.dislikes_label, s.dislikes_hint),
            StoryField::Hard => (s.hard_label, s.hard_hint),
            StoryField::MoreOf => (s.more_of_label, s.more_of_hint),
            StoryField::ImportantTo => (s.important_to_label, s.important_to_hint),
            StoryField::ImportantFor => (s.important_for_label, s.important_for_hint),
            StoryField::ChildStrengths => (s.child_strengths_label, s.child_strengths_hint),
            StoryField::FamilyStrengths => (s.family_strengths_label, s.family_strengths_hint),
            StoryField::PeopleAndPlaces => (s.people_label, s.people_hint),
            StoryField::Working => (s.working_label, s.working_hint),
            StoryField::NotWorking => (s.not_working_label, s.not_working_hint),
        }
    }
}

/// The pages of this section: an overview (a list of the pages) and one
/// short question page per topic, so a phone shows one topic at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StoryScreen {
    #[default]
    Overview,
    Day(Person),
    Difference(Person),
    ChildWords,
    Important,
    Strengths,
    People,
    Working,
}

impl StoryScreen {
    /// The child's pages, in the order "Save and continue" walks them.
    pub const MAIN_PAGES: [StoryScreen; 7] = [
        StoryScreen::Day(Person::Child),
        StoryScreen::Difference(Person::Child),
        StoryScreen::ChildWords,
        StoryScreen::Important,
        StoryScreen::Strengths,
        StoryScreen::People,
        StoryScreen::Working,
    ];
    /// Pages about other people in the family, offered separately.
    pub const OTHER_PAGES: [StoryScreen; 4] = [
        StoryScreen::Day(Person::ParentOrCarer),
        StoryScreen::Difference(Person::ParentOrCarer),
        StoryScreen::Day(Person::Sibling),
        StoryScreen::Difference(Person::Sibling),
    ];

    /// A stable name for the page, for keys and ids.
    pub fn key(self) -> String {
        match self {
            StoryScreen::Overview => "overview".into(),
            StoryScreen::Day(p) => format!("{}-day", p.key()),
            StoryScreen::Difference(p) => format!("{}-difference-page", p.key()),
            StoryScreen::ChildWords => "child-words".into(),
            StoryScreen::Important => "important".into(),
            StoryScreen::Strengths => "strengths".into(),
            StoryScreen::People => "people".into(),
            StoryScreen::Working => "working".into(),
        }
    }

    /// Where "Save and continue" goes from this page.
    pub fn next(self) -> StoryScreen {
        match self {
            StoryScreen::Day(p) => StoryScreen::Difference(p),
            StoryScreen::Difference(Person::Child) => StoryScreen::ChildWords,
            StoryScreen::ChildWords => StoryScreen::Important,
            StoryScreen::Important => StoryScreen::Strengths,
            StoryScreen::Strengths => StoryScreen::People,
            StoryScreen::People => StoryScreen::Working,
            _ => StoryScreen::Overview,
        }
    }

    /// The boxes on this page, in page order.
    pub fn fields(self) -> Vec<StoryField> {
        match self {
            StoryScreen::Overview => Vec::new(),
            StoryScreen::Day(p) => DayPart::ALL
                .into_iter()
                .flat_map(|part| [StoryField::Good(p, part), StoryField::Bad(p, part)])
                .collect(),
            StoryScreen::Difference(p) => {
                vec![StoryField::Difference(p), StoryField::MoreGoodDays(p)]
            }
            StoryScreen::ChildWords => vec![
                StoryField::Likes,
                StoryField::Dislikes,
                StoryField::Hard,
                StoryField::MoreOf,
            ],
            StoryScreen::Important => vec![StoryField::ImportantTo, StoryField::ImportantFor],
            StoryScreen::Strengths => vec![StoryField::ChildStrengths, StoryField::FamilyStrengths],
            StoryScreen::People => vec![StoryField::PeopleAndPlaces],
            StoryScreen::Working => vec![StoryField::Working, StoryField::NotWorking],
        }
    }

    pub fn title(self, t: &Text) -> &'static str {
        let s = t.story;
        match self {
            StoryScreen::Overview => s.title,
            StoryScreen::Day(Person::Child) => s.day_title_child,
            StoryScreen::Day(Person::ParentOrCarer) => s.day_title_parent,
            StoryScreen::Day(Person::Sibling) => s.day_title_sibling,
            StoryScreen::Difference(Person::Child) => s.difference_title_child,
            StoryScreen::Difference(Person::ParentOrCarer) => s.difference_title_parent,
            StoryScreen::Difference(Person::Sibling) => s.difference_title_sibling,
            StoryScreen::ChildWords => s.words_title,
            StoryScreen::Important => s.important_title,
            StoryScreen::Strengths => s.strengths_title,
            StoryScreen::People => s.people_title,
            StoryScreen::Working => s.working_title,
        }
    }

    fn intro(self, t: &Text) -> &'static str {
        let s = t.story;
        match self {
            StoryScreen::Overview => "",
            StoryScreen::Day(Person::Child) => s.day_intro_child,
            StoryScreen::Day(Person::ParentOrCarer) => s.day_intro_parent,
            StoryScreen::Day(Person::Sibling) => s.day_intro_sibling,
            StoryScreen::Difference(_) => s.difference_intro,
            StoryScreen::ChildWords => s.words_intro,
            StoryScreen::Important => s.important_intro,
            StoryScreen::Strengths => s.strengths_intro,
            StoryScreen::People => s.people_intro,
            StoryScreen::Working => s.working_intro,
        }
    }

    /// Something has been typed or chosen on this page.
    pub fn started(self, story: &OurStory) -> bool {
        let typed = self
            .fields()
            .into_iter()
            .any(|f| !story.get(f).trim().is_empty());
        let felt = self == StoryScreen::ChildWords
            && FeelingTopic::ALL
                .into_iter()
                .any(|topic| story.child_words.feelings.get(topic).is_some());
        typed || felt
    }
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryAction {
    SetText(StoryField, String),
    SetFeeling(FeelingTopic, Feeling),
    /// "Save and continue" on a question page: moves on unless an answer is
    /// over the limit.
    SavePage(StoryScreen),
    /// The answer to "Have you finished this section?".
    SetFinished(bool),
    /// "Continue" under that question: back to the plan.
    /// "Continue" under "Have you finished?", on or back to the plan.
    Continue(Onward),
}

pub fn apply(story: &mut OurStory, action: StoryAction) -> Next<StoryScreen> {
    match action {
        StoryAction::SetText(field, text) => *story.get_mut(field) = text,
        StoryAction::SetFeeling(topic, feeling) => {
            *story.child_words.feelings.slot(topic) = Some(feeling);
        }
        StoryAction::SavePage(page) => {
            return if page_errors(story, page).is_empty() {
                Next::Page(page.next())
            } else {
                Next::ShowErrors
            };
        }
        StoryAction::SetFinished(finished) => story.finished = Some(finished),
        StoryAction::Continue(_) => return Next::Plan,
    }
    Next::Stay
}

/// Anything typed or chosen in the section.
pub fn has_answers(story: &OurStory) -> bool {
    StoryScreen::MAIN_PAGES
        .into_iter()
        .chain(StoryScreen::OTHER_PAGES)
        .any(|page| page.started(story))
}

pub fn status(plan: &Plan) -> SectionStatus {
    let story = &plan.story;
    if story.finished == Some(true) {
        SectionStatus::Completed
    } else if has_answers(story) || story.finished.is_some() {
        SectionStatus::InProgress
    } else {
        SectionStatus::NotStarted
    }
}

/// How many characters a box is over the limit, if it is.
pub fn over_limit(text: &str) -> Option<usize> {
    let count = text.chars().count();
    (count > MAX_ANSWER_CHARS).then(|| count - MAX_ANSWER_CHARS)
}

/// The boxes on a page that are over the limit, in page order.
pub fn page_errors(story: &OurStory, page: StoryScreen) -> Vec<StoryField> {
    page.fields()
        .into_iter()
        .filter(|f| over_limit(story.get(*f)).is_some())
        .collect()
}

// ---- View models ----

/// What a free-text box shows, in Our story and in What we want to change.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBoxView {
    pub label: &'static str,
    pub hint: &'static str,
    /// The text exactly as typed.
    pub value: String,
    /// Shown beside the box (and in the error summary after a save).
    pub error: Option<&'static str>,
    /// "You have 12 characters too many." while over the limit.
    pub count_message: Option<String>,
}

/// One box on a question page.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    pub field: StoryField,
    /// Part of the element id.
    pub id: String,
    pub text_box: TextBoxView,
}

/// A group of boxes under a heading (a part of the day), or ungrouped.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionGroup {
    pub heading: Option<&'static str>,
    pub hint: &'static str,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FeelingQuestion {
    pub topic: FeelingTopic,
    pub label: &'static str,
    pub chosen: Option<Feeling>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoryPageView {
    pub title: &'static str,
    pub intro: &'static str,
    pub groups: Vec<QuestionGroup>,
    /// The picture scale, on the child's own words page only.
    pub feelings: Vec<FeelingQuestion>,
    pub errors: Vec<QuestionView>,
}

fn question(story: &OurStory, field: StoryField, t: &Text) -> QuestionView {
    let (label, hint) = field.label_and_hint(t);
    let value = story.get(field).to_owned();
    let over = over_limit(&value);
    QuestionView {
        field,
        id: field.id(),
        text_box: TextBoxView {
            label,
            hint,
            error: over.map(|_| t.story.error_too_long),
            count_message: over.map(|over| t.story.characters_over(over)),
            value,
        },
    }
}

/// A part of the day's hint, in words for the child's age: no nursery at
/// 15, no college at 3.
pub fn part_hint(part: DayPart, age: AgeGroup, t: &Text) -> &'static str {
    let s = t.story;
    match part {
        DayPart::Daytime => age.pick([
            s.part_daytime_hint,
            s.part_daytime_hint_under_5,
            s.part_daytime_hint_school,
            s.part_daytime_hint_16,
        ]),
        _ => part.hint(t),
    }
}

/// "At school", "At nursery" or "At school or college" for the child's age.
pub fn feeling_label(topic: FeelingTopic, age: AgeGroup, t: &Text) -> &'static str {
    let s = t.story;
    match topic {
        FeelingTopic::School => age.pick([
            s.feeling_school,
            s.feeling_nursery,
            s.feeling_school_only,
            s.feeling_school_or_college,
        ]),
        _ => topic.label(t),
    }
}

pub fn page(plan: &Plan, screen: StoryScreen, t: &Text) -> StoryPageView {
    let story = &plan.story;
    let age = AgeGroup::of(&plan.about);
    let groups = match screen {
        StoryScreen::Day(p) => DayPart::ALL
            .into_iter()
            .map(|part| QuestionGroup {
                heading: Some(part.name(t)),
                hint: part_hint(part, age, t),
                questions: vec![
                    question(story, StoryField::Good(p, part), t),
                    question(story, StoryField::Bad(p, part), t),
                ],
            })
            .collect(),
        _ => vec![QuestionGroup {
            heading: None,
            hint: "",
            questions: screen
                .fields()
                .into_iter()
                .map(|f| question(story, f, t))
                .collect(),
        }],
    };
    let feelings = if screen == StoryScreen::ChildWords {
        FeelingTopic::ALL
            .into_iter()
            .map(|topic| FeelingQuestion {
                topic,
                label: feeling_label(topic, age, t),
                chosen: story.child_words.feelings.get(topic),
            })
            .collect()
    } else {
        Vec::new()
    };
    let errors = groups
        .iter()
        .flat_map(|g| g.questions.iter())
        .filter(|q| q.text_box.error.is_some())
        .cloned()
        .collect();
    StoryPageView {
        title: screen.title(t),
        intro: screen.intro(t),
        groups,
        feelings,
        errors,
    }
}

/// One line of the overview's list of pages.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLink {
    pub screen: StoryScreen,
    pub title: &'static str,
    pub status: &'static str,
    pub started: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewView {
    pub main: Vec<PageLink>,
    pub others: Vec<PageLink>,
    pub finished: Option<bool>,
}

pub fn overview(story: &OurStory, t: &Text) -> OverviewView {
    let link = |screen: StoryScreen| {
        let started = screen.started(story);
        PageLink {
            screen,
            title: screen.title(t),
            status: if started {
                t.story.page_status_started
            } else {
                t.story.page_status_not_started
            },
            started,
        }
    };
    OverviewView {
        main: StoryScreen::MAIN_PAGES.into_iter().map(link).collect(),
        others: StoryScreen::OTHER_PAGES.into_iter().map(link).collect(),
        finished: story.finished,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::model::{Action, Model, Screen, apply};
    use crate::test_support::after;
    use crate::text::EN;

    fn set(field: StoryField, text: &str) -> StoryAction {
        StoryAction::SetText(field, text.into())
    }

    #[test]
    fn a_new_story_is_not_started() {
        assert_eq!(status(&Plan::default()), SectionStatus::NotStarted);
    }

    #[test]
    fn typing_a_good_day_keeps_it_exactly_as_typed() {
        let typed = "<script>alert(1)</script> Seònaid 🌈 مرحبا";
        let model = after([set(
            StoryField::Good(Person::Child, DayPart::Morning),
            typed,
        )]);
        assert_eq!(model.plan.story.child_day.morning.good, typed);
    }

    #[test]
    fn each_person_and_part_has_its_own_box() {
        let model = after([
            set(StoryField::Bad(Person::Child, DayPart::Evening), "child"),
            set(
                StoryField::Bad(Person::ParentOrCarer, DayPart::Evening),
                "parent",
            ),
            set(StoryField::Good(Person::Sibling, DayPart::Night), "sibling"),
        ]);
        let story = &model.plan.story;
        assert_eq!(story.child_day.evening.bad, "child");
        assert_eq!(story.parent_day.evening.bad, "parent");
        assert_eq!(story.sibling_day.night.good, "sibling");
        assert_eq!(story.child_day.evening.good, "");
    }

    #[test]
    fn every_field_reads_back_what_was_set() {
        let fields = StoryField::all();
        let model = after(fields.iter().map(|f| set(*f, &f.id())));
        for f in &fields {
            assert_eq!(model.plan.story.get(*f), f.id());
        }
        let ids: std::collections::HashSet<String> = fields.iter().map(|f| f.id()).collect();
        assert_eq!(ids.len(), fields.len(), "ids are unique");
    }

    #[test]
    fn typing_anything_makes_the_section_in_progress() {
        let model = after([set(StoryField::Working, "School transport")]);
        assert_eq!(status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn only_spaces_do_not_count_as_an_answer() {
        let model = after([set(StoryField::Working, "   ")]);
        assert_eq!(status(&model.plan), SectionStatus::NotStarted);
    }

    #[test]
    fn choosing_a_feeling_records_it_and_starts_the_section() {
        let model = after([StoryAction::SetFeeling(
            FeelingTopic::School,
            Feeling::Unhappy,
        )]);
        assert_eq!(
            model.plan.story.child_words.feelings.school,
            Some(Feeling::Unhappy)
        );
        assert_eq!(status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn choosing_another_feeling_replaces_the_first() {
        let model = after([
            StoryAction::SetFeeling(FeelingTopic::Home, Feeling::Unhappy),
            StoryAction::SetFeeling(FeelingTopic::Home, Feeling::Happy),
        ]);
        assert_eq!(
            model.plan.story.child_words.feelings.home,
            Some(Feeling::Happy)
        );
    }

    #[test]
    fn saying_yes_to_finished_completes_the_section() {
        let model = after([
            set(StoryField::Likes, "Dogs"),
            StoryAction::SetFinished(true),
        ]);
        assert_eq!(status(&model.plan), SectionStatus::Completed);
    }

    #[test]
    fn saying_come_back_later_keeps_it_in_progress() {
        let model = after([
            set(StoryField::Likes, "Dogs"),
            StoryAction::SetFinished(true),
            StoryAction::SetFinished(false),
        ]);
        assert_eq!(model.plan.story.finished, Some(false));
        assert_eq!(status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn continue_under_the_finished_question_goes_back_to_the_plan() {
        let model = [
            Action::Open(Screen::Story(StoryScreen::Overview)),
            Action::Story(StoryAction::SetFinished(true)),
            Action::Story(StoryAction::Continue(Onward::Plan)),
        ]
        .into_iter()
        .fold(Model::default(), apply);
        assert_eq!(model.screen, Screen::Hub);
        assert_eq!(model.plan.story.finished, Some(true));
    }

    #[test]
    fn save_and_continue_walks_the_childs_pages_then_returns_to_the_overview() {
        let mut model = Model::default();
        let mut visited = Vec::new();
        let mut page = StoryScreen::Day(Person::Child);
        for _ in 0..10 {
            visited.push(page);
            model = apply(model, Action::Story(StoryAction::SavePage(page)));
            match model.screen {
                Screen::Story(StoryScreen::Overview) => break,
                Screen::Story(next) => page = next,
                other => panic!("left the section: {other:?}"),
            }
        }
        assert_eq!(visited, StoryScreen::MAIN_PAGES.to_vec());
    }

    #[test]
    fn a_parent_day_continues_to_its_difference_page_then_the_overview() {
        assert_eq!(
            StoryScreen::Day(Person::ParentOrCarer).next(),
            StoryScreen::Difference(Person::ParentOrCarer)
        );
        assert_eq!(
            StoryScreen::Difference(Person::ParentOrCarer).next(),
            StoryScreen::Overview
        );
        assert_eq!(
            StoryScreen::Difference(Person::Sibling).next(),
            StoryScreen::Overview
        );
    }

    #[test]
    fn an_answer_of_2000_characters_is_fine_counting_characters_not_bytes() {
        assert_eq!(over_limit(&"é".repeat(2000)), None);
        assert_eq!(over_limit(&"é".repeat(2003)), Some(3));
    }

    #[test]
    fn an_answer_over_the_limit_is_kept_whole_and_stops_save_and_continue() {
        let long = "a".repeat(2001);
        let model = after([
            set(StoryField::Working, &long),
            StoryAction::SavePage(StoryScreen::Working),
        ]);
        assert_eq!(model.plan.story.working, long);
        assert_eq!(model.screen, Screen::Hub, "did not move on");
        let view = page(&model.plan, StoryScreen::Working, &EN);
        let errors: Vec<(String, Option<String>)> = view
            .errors
            .iter()
            .map(|q| (q.id.clone(), q.text_box.count_message.clone()))
            .collect();
        assert_eq!(
            errors,
            vec![(
                "working".to_owned(),
                Some("You have 1 character too many.".to_owned())
            )]
        );
    }

    #[test]
    fn the_too_long_message_is_friendly_and_says_nothing_is_lost() {
        let model = after([set(StoryField::Likes, &"a".repeat(2010))]);
        let view = page(&model.plan, StoryScreen::ChildWords, &EN);
        assert_eq!(
            view.errors.first().and_then(|q| q.text_box.error),
            Some(
                "This answer is over 2,000 characters. Make it shorter before you continue. Nothing you typed has been lost."
            )
        );
        assert_eq!(
            view.errors
                .first()
                .and_then(|q| q.text_box.count_message.clone()),
            Some("You have 10 characters too many.".to_owned())
        );
    }

    #[test]
    fn the_day_page_has_six_parts_each_with_a_good_and_a_bad_box() {
        let view = page(&Plan::default(), StoryScreen::Day(Person::Child), &EN);
        let actual: Vec<(&str, Vec<&str>)> = view
            .groups
            .iter()
            .map(|g| {
                (
                    g.heading.unwrap_or(""),
                    g.questions.iter().map(|q| q.text_box.label).collect(),
                )
            })
            .collect();
        let both = vec!["On a good day (optional)", "On a bad day (optional)"];
        let expected = vec![
            ("Waking up and morning", both.clone()),
            ("School or daytime", both.clone()),
            ("After school", both.clone()),
            ("Evening", both.clone()),
            ("Bedtime and night", both.clone()),
            ("Weekends and holidays", both),
        ];
        assert_eq!(actual, expected);
        assert_eq!(view.title, "A good day and a bad day for your child");
    }

    #[test]
    fn only_the_child_words_page_has_the_picture_scale() {
        let plan = after([StoryAction::SetFeeling(
            FeelingTopic::Friends,
            Feeling::NotSure,
        )])
        .plan;
        let view = page(&plan, StoryScreen::ChildWords, &EN);
        let actual: Vec<(&str, Option<Feeling>)> =
            view.feelings.iter().map(|f| (f.label, f.chosen)).collect();
        assert_eq!(
            actual,
            vec![
                ("At home", None),
                ("At school or nursery", None),
                ("With friends", Some(Feeling::NotSure)),
                ("Going out and about", None),
            ]
        );
        assert!(page(&plan, StoryScreen::Working, &EN).feelings.is_empty());
    }

    #[test]
    fn the_words_fit_the_age_given() {
        let at = |age: &str| {
            let plan = after([Action::SetAge(age.into())]).plan;
            let day = page(&plan, StoryScreen::Day(Person::Child), &EN);
            let words = page(&plan, StoryScreen::ChildWords, &EN);
            (day.groups[1].hint, words.feelings[1].label)
        };
        assert_eq!(
            at("3"),
            (
                "For example, at nursery, a childminder's or at home in the day.",
                "At nursery"
            )
        );
        assert_eq!(
            at("15"),
            ("For example, at school or at home in the day.", "At school")
        );
        assert_eq!(
            at("17"),
            (
                "For example, at school, college, work or at home in the day.",
                "At school or college"
            )
        );
        assert_eq!(
            at(""),
            (
                "For example, at school, nursery, college, work or at home in the day.",
                "At school or nursery"
            )
        );
        for age in 5..=15 {
            let (hint, label) = at(&age.to_string());
            assert!(
                !hint.contains("nursery") && !label.contains("nursery"),
                "{age}"
            );
        }
    }

    #[test]
    fn the_overview_lists_each_page_and_whether_it_is_started() {
        let model = after([set(
            StoryField::Bad(Person::ParentOrCarer, DayPart::Evening),
            "Tired",
        )]);
        let view = overview(&model.plan.story, &EN);
        let main: Vec<(&str, &str)> = view.main.iter().map(|l| (l.title, l.status)).collect();
        assert_eq!(
            main,
            vec![
                ("A good day and a bad day for your child", "Not started"),
                ("What makes the difference for your child", "Not started"),
                ("In your child's own words", "Not started"),
                ("What is important to us and for us", "Not started"),
                ("Strengths", "Not started"),
                ("The people and places around us", "Not started"),
                ("What is working and what is not working", "Not started"),
            ]
        );
        let others: Vec<(&str, &str)> = view.others.iter().map(|l| (l.title, l.status)).collect();
        assert_eq!(
            others,
            vec![
                ("A good day and a bad day for a parent or carer", "Started"),
                (
                    "What makes the difference for a parent or carer",
                    "Not started"
                ),
                (
                    "A good day and a bad day for a brother or sister",
                    "Not started"
                ),
                (
                    "What makes the difference for a brother or sister",
                    "Not started"
                ),
            ]
        );
    }

    #[test]
    fn page_keys_are_unique() {
        let keys: std::collections::HashSet<String> = StoryScreen::MAIN_PAGES
            .into_iter()
            .chain(StoryScreen::OTHER_PAGES)
            .chain([StoryScreen::Overview])
            .map(StoryScreen::key)
            .collect();
        assert_eq!(keys.len(), 12);
    }

    #[test]
    fn an_older_plan_without_a_story_opens_with_an_empty_one() {
        let story: OurStory = serde_json::from_str("{}").unwrap();
        assert_eq!(story, OurStory::default());
        let partial: OurStory =
            serde_json::from_str(r#"{"child_day":{"evening":{"bad":"Meltdowns"}}}"#).unwrap();
        assert_eq!(partial.child_day.evening.bad, "Meltdowns");
    }
}
