//! "Our story": a good day and a bad day (for the child and for each
//! parent, carer, brother or sister the family adds), the child's own
//! words, what matters, strengths, the people around them, and what is
//! working. Good SDS conversations start here (sds-facts.md §1, §8).
//!
//! A day is a timeline walked one part at a time, each part a face for how
//! it usually goes and optional words, so a phone shows one short step.
//! Every answer is kept exactly as typed. An answer over the limit is kept
//! too; it only stops "Save and continue" until it is shortened.

use crate::council::config::CouncilConfig;
use crate::plan::Plan;
use crate::plan::checks::{MAX_FAMILY, next_id};
use crate::steps::about::{AgeGroup, Called, MAX_NAME_CHARS, child_called};
use crate::text::Text;
use crate::vocabulary::{MemberId, Next, Onward, SectionStatus};

pub use crate::plan::story::{
    ChildWords, DayPart, DayStory, FamilyMember, FamilyRole, Feeling, FeelingTopic, Feelings,
    GoodAndBad, HowItGoes, OurStory, Person, StoryField,
};

/// The most characters one box keeps without complaint (issue 3).
pub const MAX_ANSWER_CHARS: usize = 2000;

impl StoryField {
    fn label_and_hint(self, called: &Called, t: &Text) -> (String, &'static str) {
        let s = t.story;
        let name = &called.name;
        let (label, hint) = match self {
            StoryField::Good(..) => (s.good_day_label, ""),
            StoryField::Bad(..) => (s.bad_day_label, ""),
            StoryField::Difference(_) => (s.difference_label, s.difference_hint),
            StoryField::MoreGoodDays(_) => (s.more_good_days_label, s.more_good_days_hint),
            StoryField::Likes => (s.likes_label, s.likes_hint),
            StoryField::Dislikes => (s.dislikes_label, s.dislikes_hint),
            StoryField::Hard => (s.hard_label, s.hard_hint),
            StoryField::MoreOf => (s.more_of_label, s.more_of_hint),
            StoryField::ImportantTo => return (s.important_to_label(name), s.important_to_hint),
            StoryField::ImportantFor => return (s.important_for_label(name), s.important_for_hint),
            StoryField::ChildStrengths => {
                return (s.child_strengths_label(name), s.child_strengths_hint);
            }
            StoryField::FamilyStrengths => (s.family_strengths_label, s.family_strengths_hint),
            StoryField::PeopleAndPlaces => (s.people_label, s.people_hint),
            StoryField::Working => (s.working_label, s.working_hint),
            StoryField::NotWorking => (s.not_working_label, s.not_working_hint),
        };
        (label.to_owned(), hint)
    }
}

/// One step of a day's timeline: a part of the day, then what makes the
/// difference between a good day and a bad one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayStep {
    Part(DayPart),
    Difference,
}

impl DayStep {
    pub const ALL: [DayStep; 7] = [
        DayStep::Part(DayPart::Morning),
        DayStep::Part(DayPart::Daytime),
        DayStep::Part(DayPart::AfterSchool),
        DayStep::Part(DayPart::Evening),
        DayStep::Part(DayPart::Night),
        DayStep::Part(DayPart::Weekends),
        DayStep::Difference,
    ];
    pub const FIRST: DayStep = DayStep::Part(DayPart::Morning);

    pub fn key(self) -> &'static str {
        match self {
            DayStep::Part(part) => part.key(),
            DayStep::Difference => "difference",
        }
    }

    pub fn from_key(key: &str) -> Option<DayStep> {
        DayStep::ALL.into_iter().find(|step| step.key() == key)
    }

    /// The step after this one; `None` after the last.
    pub fn next(self) -> Option<DayStep> {
        let at = DayStep::ALL.iter().position(|s| *s == self)?;
        DayStep::ALL.get(at + 1).copied()
    }

    pub fn name(self, t: &Text) -> &'static str {
        match self {
            DayStep::Part(part) => part.name(t),
            DayStep::Difference => t.story.step_difference,
        }
    }

    /// The boxes of this step, in page order.
    pub fn fields(self, person: Person) -> Vec<StoryField> {
        match self {
            DayStep::Part(part) => vec![
                StoryField::Good(person, part),
                StoryField::Bad(person, part),
            ],
            DayStep::Difference => vec![
                StoryField::Difference(person),
                StoryField::MoreGoodDays(person),
            ],
        }
    }
}

/// The pages of this section: an overview (a list of the pages) and one
/// short question page per topic, so a phone shows one topic at a time.
/// A day is one page whose steps each have an address, so Back and reload
/// return to the part the family was on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StoryScreen {
    #[default]
    Overview,
    Day(Person, DayStep),
    ChildWords,
    Important,
    Strengths,
    People,
    Working,
    /// A parent's, carer's, brother's or sister's name (and young carer).
    Member(MemberId),
    RemoveMember(MemberId),
}

impl StoryScreen {
    /// The child's pages, in the order "Save and continue" walks them.
    pub const MAIN_PAGES: [StoryScreen; 6] = [
        StoryScreen::Day(Person::Child, DayStep::FIRST),
        StoryScreen::ChildWords,
        StoryScreen::Important,
        StoryScreen::Strengths,
        StoryScreen::People,
        StoryScreen::Working,
    ];

    /// A stable name for the page, for addresses, keys and ids.
    pub fn key(self) -> String {
        match self {
            StoryScreen::Overview => "overview".into(),
            StoryScreen::Day(Person::Child, step) => format!("child-day/{}", step.key()),
            StoryScreen::Day(Person::Member(id), step) => {
                format!("family/{}/day/{}", id.0, step.key())
            }
            StoryScreen::ChildWords => "child-words".into(),
            StoryScreen::Important => "important".into(),
            StoryScreen::Strengths => "strengths".into(),
            StoryScreen::People => "people".into(),
            StoryScreen::Working => "working".into(),
            StoryScreen::Member(id) => format!("family/{}", id.0),
            StoryScreen::RemoveMember(id) => format!("family/{}/remove", id.0),
        }
    }

    /// The page a key names (see `key`), for reading an address back.
    pub fn from_key(key: &str) -> Option<StoryScreen> {
        let number = |text: &str| -> Option<MemberId> {
            // Digits only, as the tool writes them.
            text.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| text.parse().ok())
                .flatten()
                .map(MemberId)
        };
        let parts: Vec<&str> = key.split('/').collect();
        Some(match parts.as_slice() {
            // Addresses from before the day was a timeline.
            ["child-difference-page"] => StoryScreen::Day(Person::Child, DayStep::Difference),
            [
                "parent-day" | "sibling-day" | "parent-difference-page" | "sibling-difference-page",
            ] => StoryScreen::Overview,
            ["child-day"] => StoryScreen::Day(Person::Child, DayStep::FIRST),
            ["child-day", step] => StoryScreen::Day(Person::Child, DayStep::from_key(step)?),
            ["family", id] => StoryScreen::Member(number(id)?),
            ["family", id, "remove"] => StoryScreen::RemoveMember(number(id)?),
            ["family", id, "day", step] => {
                StoryScreen::Day(Person::Member(number(id)?), DayStep::from_key(step)?)
            }
            [one] => [
                StoryScreen::ChildWords,
                StoryScreen::Important,
                StoryScreen::Strengths,
                StoryScreen::People,
                StoryScreen::Working,
            ]
            .into_iter()
            .find(|page| page.key() == *one)?,
            _ => return None,
        })
    }

    /// The family member the page is about, if any.
    pub fn member(self) -> Option<MemberId> {
        match self {
            StoryScreen::Day(Person::Member(id), _)
            | StoryScreen::Member(id)
            | StoryScreen::RemoveMember(id) => Some(id),
            _ => None,
        }
    }

    /// Where "Save and continue" goes from this page.
    pub fn next(self) -> StoryScreen {
        match self {
            StoryScreen::Day(person, step) => match (step.next(), person) {
                (Some(next), _) => StoryScreen::Day(person, next),
                (None, Person::Child) => StoryScreen::ChildWords,
                (None, Person::Member(_)) => StoryScreen::Overview,
            },
            StoryScreen::ChildWords => StoryScreen::Important,
            StoryScreen::Important => StoryScreen::Strengths,
            StoryScreen::Strengths => StoryScreen::People,
            StoryScreen::People => StoryScreen::Working,
            StoryScreen::Member(id) => StoryScreen::Day(Person::Member(id), DayStep::FIRST),
            _ => StoryScreen::Overview,
        }
    }

    /// The boxes on this page (for a day, all its steps), in page order.
    pub fn fields(self) -> Vec<StoryField> {
        match self {
            StoryScreen::Overview | StoryScreen::Member(_) | StoryScreen::RemoveMember(_) => {
                Vec::new()
            }
            StoryScreen::Day(person, _) => DayStep::ALL
                .into_iter()
                .flat_map(|step| step.fields(person))
                .collect(),
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

    /// The boxes "Save and continue" checks: a day's open step only.
    fn fields_saved(self) -> Vec<StoryField> {
        match self {
            StoryScreen::Day(person, step) => step.fields(person),
            page => page.fields(),
        }
    }

    pub fn title(self, plan: &Plan, t: &Text) -> String {
        let s = t.story;
        let child = child_called(&plan.about, t);
        match self {
            StoryScreen::Overview => s.title.to_owned(),
            StoryScreen::Day(person, _) => s.day_title(&person_called(plan, person, t).name),
            StoryScreen::ChildWords => s.words_title(&child.possessive),
            StoryScreen::Important => s.important_title.to_owned(),
            StoryScreen::Strengths => s.strengths_title.to_owned(),
            StoryScreen::People => s.people_title.to_owned(),
            StoryScreen::Working => s.working_title.to_owned(),
            StoryScreen::Member(id) | StoryScreen::RemoveMember(id) => {
                match plan.story.member(id).map(|m| m.role) {
                    Some(FamilyRole::Sibling) => s.member_title_sibling.to_owned(),
                    _ => s.member_title_parent.to_owned(),
                }
            }
        }
    }

    fn intro(self, t: &Text) -> &'static str {
        let s = t.story;
        match self {
            StoryScreen::ChildWords => s.words_intro,
            StoryScreen::Important => s.important_intro,
            StoryScreen::Strengths => s.strengths_intro,
            StoryScreen::People => s.people_intro,
            StoryScreen::Working => s.working_intro,
            _ => "",
        }
    }

    /// Something has been typed or chosen on this page.
    pub fn started(self, story: &OurStory) -> bool {
        let typed = self
            .fields()
            .into_iter()
            .any(|f| !story.get(f).trim().is_empty());
        let felt = match self {
            StoryScreen::ChildWords => FeelingTopic::ALL
                .into_iter()
                .any(|topic| story.child_words.feelings.get(topic).is_some()),
            StoryScreen::Day(person, _) => DayPart::ALL
                .into_iter()
                .any(|part| story.day(person).part(part).how.is_some()),
            _ => false,
        };
        typed || felt
    }
}

/// How the tool names a person in the family: their name, or "a brother or
/// sister" ("brother or sister 2" when there is more than one without a
/// name).
pub fn member_called(story: &OurStory, id: MemberId, t: &Text) -> Called {
    let n = t.names;
    let Some(member) = story.member(id) else {
        return Called::name_or("", n.a_parent, t);
    };
    let unnamed: Vec<MemberId> = story
        .family
        .iter()
        .filter(|m| m.role == member.role && m.name.trim().is_empty())
        .map(|m| m.id)
        .collect();
    let (otherwise, numbered) = match (member.role, unnamed.iter().position(|u| *u == id)) {
        (FamilyRole::ParentOrCarer, Some(at)) if unnamed.len() > 1 => {
            (n.numbered_parent(&(at + 1)), true)
        }
        (FamilyRole::Sibling, Some(at)) if unnamed.len() > 1 => {
            (n.numbered_sibling(&(at + 1)), true)
        }
        (FamilyRole::ParentOrCarer, _) => (n.a_parent.to_owned(), false),
        (FamilyRole::Sibling, _) => (n.a_sibling.to_owned(), false),
    };
    let mut called = Called::name_or(&member.name, &otherwise, t);
    // A number tells them apart from the others without names.
    called.only_who &= !numbered;
    called
}

/// How the tool names whoever a day is about.
pub fn person_called(plan: &Plan, person: Person, t: &Text) -> Called {
    match person {
        Person::Child => child_called(&plan.about, t),
        Person::Member(id) => member_called(&plan.story, id, t),
    }
}

/// What a family can do in this section.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryAction {
    SetText(StoryField, String),
    SetFeeling(FeelingTopic, Feeling),
    /// The face for how a part of someone's day usually goes.
    SetHow(Person, DayPart, HowItGoes),
    /// "Save and continue" on a question page (on a day, "Next" from a
    /// step): moves on unless an answer is over the limit.
    SavePage(StoryScreen),
    /// "Add a parent or carer", "Add a brother or sister": opens the new
    /// person's page.
    AddMember(FamilyRole),
    SetMemberName(MemberId, String),
    SetYoungCarer(MemberId, bool),
    /// "Yes, remove them": the person and their day.
    RemoveMember(MemberId),
    /// The answer to "Have you finished this section?".
    SetFinished(bool),
    /// "Continue" under "Have you finished?", on or back to the plan.
    Continue(Onward),
}

pub fn apply(story: &mut OurStory, action: StoryAction) -> Next<StoryScreen> {
    match action {
        StoryAction::SetText(field, text) => {
            if let Some(answer) = story.get_mut(field) {
                *answer = text;
            }
        }
        StoryAction::SetFeeling(topic, feeling) => {
            *story.child_words.feelings.slot(topic) = Some(feeling);
        }
        StoryAction::SetHow(person, part, how) => {
            if let Some(day) = story.day_mut(person) {
                day.part_mut(part).how = Some(how);
            }
        }
        StoryAction::SavePage(page) => {
            let name_ok = match page {
                StoryScreen::Member(id) => story
                    .member(id)
                    .is_none_or(|m| m.name.chars().count() <= MAX_NAME_CHARS),
                _ => true,
            };
            return if page_errors(story, page).is_empty() && name_ok {
                Next::Page(page.next())
            } else {
                Next::ShowErrors
            };
        }
        StoryAction::AddMember(role) => {
            if story.family.len() >= MAX_FAMILY {
                return Next::Stay;
            }
            let in_use = story.family.iter().map(|m| m.id.0);
            let Some(id) = next_id(in_use, story.next_member_id) else {
                return Next::Stay;
            };
            story.next_member_id = id.saturating_add(1);
            story.family.push(FamilyMember {
                id: MemberId(id),
                role,
                name: String::new(),
                young_carer: false,
                day: DayStory::default(),
            });
            return Next::Page(StoryScreen::Member(MemberId(id)));
        }
        StoryAction::SetMemberName(id, name) => {
            if let Some(member) = story.member_mut(id) {
                member.name = name;
            }
        }
        StoryAction::SetYoungCarer(id, young_carer) => {
            if let Some(member) = story.member_mut(id) {
                member.young_carer = young_carer;
            }
        }
        StoryAction::RemoveMember(id) => {
            story.family.retain(|m| m.id != id);
            return Next::Page(StoryScreen::Overview);
        }
        StoryAction::SetFinished(finished) => story.finished = Some(finished),
        StoryAction::Continue(_) => return Next::Plan,
    }
    Next::Stay
}

/// Whether the section can take another person.
pub fn can_add_member(story: &OurStory) -> bool {
    story.family.len() < MAX_FAMILY
}

/// The pages of the family's other people: each one's day.
fn member_pages(story: &OurStory) -> impl Iterator<Item = StoryScreen> + '_ {
    story
        .family
        .iter()
        .map(|m| StoryScreen::Day(Person::Member(m.id), DayStep::FIRST))
}

/// Anything typed or chosen in the section.
pub fn has_answers(story: &OurStory) -> bool {
    !story.family.is_empty()
        || StoryScreen::MAIN_PAGES
            .into_iter()
            .chain(member_pages(story))
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

/// The boxes "Save and continue" finds over the limit, in page order.
pub fn page_errors(story: &OurStory, page: StoryScreen) -> Vec<StoryField> {
    page.fields_saved()
        .into_iter()
        .filter(|f| over_limit(story.get(*f)).is_some())
        .collect()
}

// ---- View models ----

/// What a free-text box shows, in Our story and in What we want to change.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBoxView {
    pub label: String,
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

#[derive(Debug, Clone, PartialEq)]
pub struct FeelingQuestion {
    pub topic: FeelingTopic,
    pub label: &'static str,
    pub chosen: Option<Feeling>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoryPageView {
    pub title: String,
    pub intro: &'static str,
    pub questions: Vec<QuestionView>,
    /// The picture scale, on the child's own words page only.
    pub feelings: Vec<FeelingQuestion>,
    pub errors: Vec<QuestionView>,
}

fn question(plan: &Plan, field: StoryField, t: &Text) -> QuestionView {
    let called = child_called(&plan.about, t);
    let (label, hint) = field.label_and_hint(&called, t);
    let value = plan.story.get(field).to_owned();
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

/// A question page other than a day's (see `day`).
pub fn page(plan: &Plan, screen: StoryScreen, t: &Text) -> StoryPageView {
    let story = &plan.story;
    let age = AgeGroup::of(&plan.about);
    let questions: Vec<QuestionView> = screen
        .fields()
        .into_iter()
        .map(|f| question(plan, f, t))
        .collect();
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
    let errors = questions
        .iter()
        .filter(|q| q.text_box.error.is_some())
        .cloned()
        .collect();
    StoryPageView {
        title: screen.title(plan, t),
        intro: screen.intro(t),
        questions,
        feelings,
        errors,
    }
}

/// One step of the day's timeline as shown: open (its questions) or
/// closed (what was chosen and written, and a way back to it).
#[derive(Debug, Clone, PartialEq)]
pub struct DayStepView {
    pub step: DayStep,
    pub name: &'static str,
    /// "Part 2 of 7".
    pub count: String,
    pub open: bool,
    pub hint: &'static str,
    /// "How does the evening usually go for Sam?"; empty for the last step.
    pub how_question: String,
    pub how: Option<HowItGoes>,
    /// What was written, shortened, for a closed step.
    pub written: Vec<String>,
    /// A closed step with an answer over the limit says so.
    pub too_long: Option<&'static str>,
    /// The open step's boxes.
    pub questions: Vec<QuestionView>,
}

/// Carers' own rights (sds-facts.md §12), on a parent's or a brother's
/// or sister's day: what they can ask for, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct CarersNote {
    pub heading: String,
    pub paragraphs: Vec<String>,
    /// The council's carers centre, when its configuration gives one.
    pub centre: Option<crate::council::config::Organisation>,
}

/// The note for one person in the family; `None` for the child.
pub fn carers_note(
    plan: &Plan,
    person: Person,
    council: Option<&CouncilConfig>,
    t: &Text,
) -> Option<CarersNote> {
    let c = t.carers;
    let Person::Member(id) = person else {
        return None;
    };
    let member = plan.story.member(id)?;
    let called = member_called(&plan.story, id, t);
    let centre = council.and_then(|council| council.carers_centre.clone());
    let where_to_ask = match &centre {
        Some(centre) => c.where_to_ask_centre(&centre.name),
        None => c.where_to_ask.to_owned(),
    };
    let (heading, mut paragraphs) = match member.role {
        FamilyRole::ParentOrCarer => (c.parent_heading.to_owned(), vec![c.parent.to_owned()]),
        FamilyRole::Sibling => (c.sibling_heading.to_owned(), vec![c.sibling(&called.name)]),
    };
    paragraphs.push(c.four_options.to_owned());
    if member.role == FamilyRole::Sibling {
        paragraphs.push(c.young_carer_grant.to_owned());
    }
    paragraphs.push(where_to_ask);
    Some(CarersNote {
        heading,
        paragraphs,
        centre,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct DayView {
    pub person: Person,
    pub title: String,
    pub intro: String,
    pub steps: Vec<DayStepView>,
    /// The open step's button: "Next: Evening", or "Save and continue".
    pub next_label: String,
    pub errors: Vec<QuestionView>,
}

/// An answer cut to about `most` characters at a word, with "…" when cut.
pub fn shortened(said: &str, most: usize) -> String {
    let said = said.trim();
    if said.chars().count() <= most {
        return said.to_owned();
    }
    let cut: String = said.chars().take(most).collect();
    let at_word = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

/// A day's page: the timeline with the step `open` showing its questions.
pub fn day(plan: &Plan, person: Person, open: DayStep, t: &Text) -> DayView {
    let s = t.story;
    let day = plan.story.day(person);
    let age = match person {
        Person::Child => AgeGroup::of(&plan.about),
        Person::Member(_) => AgeGroup::NotKnown,
    };
    let called = person_called(plan, person, t);
    let total = DayStep::ALL.len();
    let steps: Vec<DayStepView> = DayStep::ALL
        .into_iter()
        .enumerate()
        .map(|(n, step)| {
            let is_open = step == open;
            let (hint, how_question, how) = match step {
                DayStep::Part(part) => {
                    let at = DayPart::ALL.iter().position(|p| *p == part).unwrap_or(0);
                    let in_question = s.part_in_question.get(at).copied().unwrap_or("");
                    (
                        part_hint(part, age, t),
                        s.how_question(&in_question, &called.name),
                        day.part(part).how,
                    )
                }
                DayStep::Difference => (s.difference_intro, String::new(), None),
            };
            let fields = step.fields(person);
            let written = fields
                .iter()
                .map(|f| plan.story.get(*f).trim())
                .filter(|text| !text.is_empty())
                .map(|text| shortened(text, 80))
                .collect();
            let too_long = (!is_open
                && fields
                    .iter()
                    .any(|f| over_limit(plan.story.get(*f)).is_some()))
            .then_some(s.step_too_long);
            DayStepView {
                too_long,
                step,
                name: step.name(t),
                count: s.step_count(&(n + 1), &total),
                open: is_open,
                hint,
                how_question,
                how,
                written,
                questions: if is_open {
                    fields.into_iter().map(|f| question(plan, f, t)).collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    let errors = steps
        .iter()
        .flat_map(|step| step.questions.iter())
        .filter(|q| q.text_box.error.is_some())
        .cloned()
        .collect();
    DayView {
        person,
        title: s.day_title(&called.name),
        intro: s.day_intro(&called.possessive),
        next_label: match open.next() {
            Some(next) => s.next_step(&next.name(t)),
            None => t.save_and_continue.to_owned(),
        },
        steps,
        errors,
    }
}

/// One line of the overview's list of pages.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLink {
    pub screen: StoryScreen,
    pub title: String,
    pub status: &'static str,
    pub started: bool,
}

/// A person in the family, as the overview lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberLink {
    pub id: MemberId,
    pub day: PageLink,
    pub young_carer: bool,
    /// For "Change name" and "Remove", read out with the person's name.
    pub called: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewView {
    pub main: Vec<PageLink>,
    pub family: Vec<MemberLink>,
    pub can_add: bool,
    /// Said instead of the "Add" buttons once the family is at the most.
    pub family_limit: Option<String>,
    pub finished: Option<bool>,
}

pub fn overview(plan: &Plan, t: &Text) -> OverviewView {
    let story = &plan.story;
    let link = |screen: StoryScreen| {
        let started = screen.started(story);
        PageLink {
            screen,
            title: screen.title(plan, t),
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
        family: story
            .family
            .iter()
            .map(|m| MemberLink {
                id: m.id,
                day: link(StoryScreen::Day(Person::Member(m.id), DayStep::FIRST)),
                young_carer: m.role == FamilyRole::Sibling && m.young_carer,
                called: member_called(story, m.id, t).name,
            })
            .collect(),
        can_add: can_add_member(story),
        family_limit: (!can_add_member(story)).then(|| t.story.family_limit(&MAX_FAMILY)),
        finished: story.finished,
    }
}

/// A person's own page: their name and, for a brother or sister, whether
/// they are a young carer.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberView {
    pub title: String,
    pub name: String,
    pub name_error: Option<&'static str>,
    /// `None` for a parent or carer.
    pub young_carer: Option<bool>,
    /// "They help to look after Sam".
    pub young_carer_label: String,
}

pub fn member(plan: &Plan, id: MemberId, t: &Text) -> Option<MemberView> {
    let s = t.story;
    let member = plan.story.member(id)?;
    Some(MemberView {
        title: StoryScreen::Member(id).title(plan, t),
        name: member.name.clone(),
        name_error: (member.name.chars().count() > MAX_NAME_CHARS)
            .then_some(s.error_member_name_too_long),
        young_carer: (member.role == FamilyRole::Sibling).then_some(member.young_carer),
        young_carer_label: s.young_carer_label(&child_called(&plan.about, t).name),
    })
}

/// "Remove Jack from your plan?"
pub fn remove_member_title(plan: &Plan, id: MemberId, t: &Text) -> String {
    t.story
        .remove_member_title(&member_called(&plan.story, id, t).name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::model::{Action, Model, Screen, apply};
    use crate::test_support::after;
    use crate::text::EN;
    use crate::vocabulary::MemberId;

    fn set(field: StoryField, text: &str) -> StoryAction {
        StoryAction::SetText(field, text.into())
    }

    #[test]
    fn a_parent_and_a_brother_hear_of_their_own_rights_as_carers_and_where_to_ask() {
        use crate::council::config::Organisation;
        let mut plan = Plan::default();
        plan.story
            .family
            .push(crate::test_support::jack_a_young_carer());
        plan.story.family.push(FamilyMember {
            id: MemberId(2),
            role: FamilyRole::ParentOrCarer,
            name: String::new(),
            young_carer: false,
            day: DayStory::default(),
        });
        assert_eq!(carers_note(&plan, Person::Child, None, &EN), None);
        let parent = carers_note(&plan, Person::Member(MemberId(2)), None, &EN).unwrap();
        assert_eq!(parent.heading, "Support for parents and carers");
        assert_eq!(
            parent.paragraphs,
            [
                EN.carers.parent,
                EN.carers.four_options,
                EN.carers.where_to_ask
            ]
        );
        let council = CouncilConfig {
            carers_centre: Some(Organisation {
                name: "Loch Fyne Carers Centre".into(),
                phone: Some("01234 555666".into()),
                web: None,
            }),
            ..CouncilConfig::default()
        };
        let jack = carers_note(&plan, Person::Member(MemberId(1)), Some(&council), &EN).unwrap();
        assert_eq!(jack.heading, "Support for young carers");
        assert_eq!(
            jack.paragraphs,
            [
                "If Jack helps to look after someone, they can ask for a young carer statement. It is like a plan for their own support. Ask the council, or sometimes the school.",
                EN.carers.four_options,
                EN.carers.young_carer_grant,
                "Ask the council's social work team, or Loch Fyne Carers Centre.",
            ]
        );
        assert!(
            EN.carers
                .young_carer_grant
                .contains("Check the amount now with Social Security Scotland")
        );
        assert_eq!(
            jack.centre.map(|c| c.name),
            Some("Loch Fyne Carers Centre".into())
        );
        // Someone no longer in the plan has no note.
        assert_eq!(
            carers_note(&plan, Person::Member(MemberId(9)), None, &EN),
            None
        );
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

    const JACK: MemberId = MemberId(1);
    const ELLIE: MemberId = MemberId(2);

    /// Sam, 9, with a brother Jack (a young carer) and a sister Ellie.
    fn sams_family() -> Vec<Action> {
        vec![
            Action::SetChildName("Sam".into()),
            Action::SetAge("9".into()),
            Action::Story(StoryAction::AddMember(FamilyRole::Sibling)),
            Action::Story(StoryAction::SetMemberName(JACK, "Jack".into())),
            Action::Story(StoryAction::SetYoungCarer(JACK, true)),
            Action::Story(StoryAction::AddMember(FamilyRole::Sibling)),
            Action::Story(StoryAction::SetMemberName(ELLIE, "Ellie".into())),
        ]
    }

    #[test]
    fn each_person_and_part_has_its_own_box() {
        let mut actions = sams_family();
        actions.extend([
            Action::Story(set(
                StoryField::Bad(Person::Child, DayPart::Evening),
                "child",
            )),
            Action::Story(set(
                StoryField::Bad(Person::Member(JACK), DayPart::Evening),
                "Jack",
            )),
            Action::Story(set(
                StoryField::Good(Person::Member(ELLIE), DayPart::Night),
                "Ellie",
            )),
        ]);
        let model = after(actions);
        let story = &model.plan.story;
        assert_eq!(story.child_day.evening.bad, "child");
        assert_eq!(story.family[0].day.evening.bad, "Jack");
        assert_eq!(story.family[1].day.night.good, "Ellie");
        assert_eq!(story.family[0].day.evening.good, "");
        assert!(story.family[0].young_carer && !story.family[1].young_carer);
    }

    #[test]
    fn typing_for_someone_removed_changes_nothing_and_does_not_panic() {
        let model = after([
            StoryAction::AddMember(FamilyRole::ParentOrCarer),
            StoryAction::RemoveMember(MemberId(1)),
            set(
                StoryField::Bad(Person::Member(MemberId(1)), DayPart::Night),
                "Tired",
            ),
            StoryAction::SetHow(
                Person::Member(MemberId(9)),
                DayPart::Night,
                HowItGoes::UsuallyHard,
            ),
            StoryAction::SetMemberName(MemberId(9), "Nobody".into()),
        ]);
        let story = &model.plan.story;
        assert!(story.family.is_empty());
        assert_eq!(story.child_day, DayStory::default());
    }

    #[test]
    fn ids_are_not_reused_so_a_removed_persons_day_never_comes_back() {
        let model = after([
            StoryAction::AddMember(FamilyRole::Sibling),
            StoryAction::AddMember(FamilyRole::Sibling),
            StoryAction::RemoveMember(MemberId(1)),
            StoryAction::AddMember(FamilyRole::ParentOrCarer),
        ]);
        let ids: Vec<u32> = model.plan.story.family.iter().map(|m| m.id.0).collect();
        assert_eq!(ids, vec![2, 3]);
        assert_eq!(
            model.screen,
            Screen::Story(StoryScreen::Member(MemberId(3))),
            "adding opens the new person's page"
        );
        // Not even the last one added: its ignored suggestions stay its own.
        let model = after([
            StoryAction::AddMember(FamilyRole::Sibling),
            set(
                StoryField::Bad(Person::Member(MemberId(1)), DayPart::Night),
                "Up late",
            ),
            StoryAction::RemoveMember(MemberId(1)),
            StoryAction::AddMember(FamilyRole::Sibling),
        ]);
        assert_eq!(model.plan.story.family[0].id, MemberId(2));
    }

    #[test]
    fn the_family_has_at_most_four_people() {
        let model = after((0..9).map(|_| StoryAction::AddMember(FamilyRole::Sibling)));
        assert_eq!(model.plan.story.family.len(), MAX_FAMILY);
        assert!(!overview(&model.plan, &EN).can_add);
    }

    #[test]
    fn names_are_used_on_every_page_about_that_person() {
        let plan = after(sams_family()).plan;
        let title = |screen: StoryScreen| screen.title(&plan, &EN);
        assert_eq!(
            title(StoryScreen::Day(Person::Child, DayStep::FIRST)),
            "A good day and a bad day for Sam"
        );
        assert_eq!(
            title(StoryScreen::Day(Person::Member(JACK), DayStep::FIRST)),
            "A good day and a bad day for Jack"
        );
        assert_eq!(title(StoryScreen::ChildWords), "In Sam's own words");
        let labels: Vec<String> = [StoryScreen::Important, StoryScreen::Strengths]
            .into_iter()
            .flat_map(|p| page(&plan, p, &EN).questions)
            .map(|q| q.text_box.label)
            .collect();
        assert_eq!(
            labels,
            vec![
                "What is important to Sam and your family? (optional)",
                "What is important for Sam and your family? (optional)",
                "What is Sam good at? (optional)",
                "What is your family good at? (optional)",
            ]
        );
        let view = day(
            &plan,
            Person::Member(ELLIE),
            DayStep::Part(DayPart::Evening),
            &EN,
        );
        assert_eq!(
            view.intro.split('.').next(),
            Some("Go through Ellie's day one part at a time")
        );
        assert_eq!(
            view.steps[3].how_question,
            "How does the evening usually go for Ellie?"
        );
        assert_eq!(
            member(&plan, JACK, &EN).map(|m| m.young_carer_label),
            Some("They help to look after Sam".to_owned())
        );
        assert_eq!(
            remove_member_title(&plan, ELLIE, &EN),
            "Remove Ellie from your plan?"
        );
    }

    #[test]
    fn without_names_the_words_say_who_and_number_the_unnamed() {
        let plan = after([
            StoryAction::AddMember(FamilyRole::Sibling),
            StoryAction::AddMember(FamilyRole::ParentOrCarer),
            StoryAction::AddMember(FamilyRole::Sibling),
        ])
        .plan;
        let called = |id: u32| member_called(&plan.story, MemberId(id), &EN).name;
        assert_eq!(called(1), "brother or sister 1");
        assert_eq!(called(2), "a parent or carer");
        assert_eq!(called(3), "brother or sister 2");
        assert_eq!(
            StoryScreen::Day(Person::Child, DayStep::FIRST).title(&plan, &EN),
            "A good day and a bad day for your child"
        );
        assert_eq!(
            StoryScreen::ChildWords.title(&plan, &EN),
            "In your child's own words"
        );
        assert_eq!(
            StoryScreen::Member(MemberId(1)).title(&plan, &EN),
            "A brother or sister"
        );
    }

    #[test]
    fn a_name_over_50_characters_is_kept_and_stops_save_and_continue() {
        let long = "é".repeat(51);
        let model = after([
            StoryAction::AddMember(FamilyRole::ParentOrCarer),
            StoryAction::SetMemberName(MemberId(1), long.clone()),
            StoryAction::SavePage(StoryScreen::Member(MemberId(1))),
        ]);
        assert_eq!(model.plan.story.family[0].name, long);
        assert_eq!(
            model.screen,
            Screen::Story(StoryScreen::Member(MemberId(1)))
        );
        assert_eq!(
            member(&model.plan, MemberId(1), &EN).and_then(|m| m.name_error),
            Some("Their name must be 50 characters or fewer")
        );
        let model = after([
            StoryAction::AddMember(FamilyRole::ParentOrCarer),
            StoryAction::SetMemberName(MemberId(1), "Jo".into()),
            StoryAction::SavePage(StoryScreen::Member(MemberId(1))),
        ]);
        assert_eq!(
            model.screen,
            Screen::Story(StoryScreen::Day(
                Person::Member(MemberId(1)),
                DayStep::FIRST
            )),
            "saving a name goes on to their day"
        );
    }

    #[test]
    fn a_long_name_does_not_stop_their_day_from_moving_on() {
        let jo = Person::Member(MemberId(1));
        let model = after([
            StoryAction::AddMember(FamilyRole::ParentOrCarer),
            StoryAction::SetMemberName(MemberId(1), "x".repeat(60)),
            StoryAction::SavePage(StoryScreen::Day(jo, DayStep::FIRST)),
        ]);
        assert_eq!(
            model.screen,
            Screen::Story(StoryScreen::Day(jo, DayStep::Part(DayPart::Daytime)))
        );
    }

    #[test]
    fn a_removed_persons_pages_go_back_to_the_overview() {
        let jo = Person::Member(MemberId(1));
        let model = after([
            Action::Story(StoryAction::AddMember(FamilyRole::ParentOrCarer)),
            Action::Open(Screen::Story(StoryScreen::Day(jo, DayStep::FIRST))),
            Action::Story(StoryAction::RemoveMember(MemberId(1))),
            Action::Open(Screen::Story(StoryScreen::Day(jo, DayStep::FIRST))),
        ]);
        assert_eq!(model.screen, Screen::Story(StoryScreen::Overview));
        let model = after([Action::Open(Screen::Story(StoryScreen::Member(MemberId(
            5,
        ))))]);
        assert_eq!(model.screen, Screen::Story(StoryScreen::Overview));
    }

    #[test]
    fn a_closed_part_with_an_answer_over_the_limit_says_so() {
        let plan = after([set(
            StoryField::Good(Person::Child, DayPart::Night),
            &"a".repeat(2001),
        )])
        .plan;
        let view = day(&plan, Person::Child, DayStep::FIRST, &EN);
        assert_eq!(
            view.steps[4].too_long,
            Some("An answer here is over 2,000 characters. Change it to make it shorter.")
        );
        assert_eq!(view.steps[3].too_long, None);
    }

    #[test]
    fn only_brothers_and_sisters_are_asked_about_young_carers() {
        let plan = after([
            StoryAction::AddMember(FamilyRole::ParentOrCarer),
            StoryAction::AddMember(FamilyRole::Sibling),
        ])
        .plan;
        assert_eq!(
            member(&plan, MemberId(1), &EN).and_then(|m| m.young_carer),
            None
        );
        assert_eq!(
            member(&plan, MemberId(2), &EN).and_then(|m| m.young_carer),
            Some(false)
        );
        assert_eq!(member(&plan, MemberId(3), &EN), None);
    }

    #[test]
    fn every_field_reads_back_what_was_set() {
        let mut actions = sams_family();
        let plan = after(sams_family()).plan;
        let fields = StoryField::all(&plan.story);
        actions.extend(fields.iter().map(|f| Action::Story(set(*f, &f.id()))));
        let model = after(actions);
        for f in &fields {
            assert_eq!(model.plan.story.get(*f), f.id());
        }
        let ids: std::collections::HashSet<String> = fields.iter().map(|f| f.id()).collect();
        assert_eq!(ids.len(), fields.len(), "ids are unique");
        assert_eq!(fields.len(), 11 + 3 * 14);
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
    fn save_and_continue_walks_the_childs_day_a_part_at_a_time_then_the_other_pages() {
        let mut model = Model::default();
        let mut visited = Vec::new();
        let mut page = StoryScreen::Day(Person::Child, DayStep::FIRST);
        for _ in 0..20 {
            visited.push(page.key());
            model = apply(model, Action::Story(StoryAction::SavePage(page)));
            match model.screen {
                Screen::Story(StoryScreen::Overview) => break,
                Screen::Story(next) => page = next,
                other => panic!("left the section: {other:?}"),
            }
        }
        assert_eq!(
            visited,
            vec![
                "child-day/morning",
                "child-day/daytime",
                "child-day/after-school",
                "child-day/evening",
                "child-day/night",
                "child-day/weekends",
                "child-day/difference",
                "child-words",
                "important",
                "strengths",
                "people",
                "working",
            ]
        );
    }

    #[test]
    fn a_family_members_day_ends_back_at_the_overview() {
        let jo = Person::Member(MemberId(1));
        assert_eq!(
            StoryScreen::Day(jo, DayStep::Part(DayPart::Weekends)).next(),
            StoryScreen::Day(jo, DayStep::Difference)
        );
        assert_eq!(
            StoryScreen::Day(jo, DayStep::Difference).next(),
            StoryScreen::Overview
        );
    }

    #[test]
    fn the_next_part_of_a_day_moves_focus_to_that_part_not_the_page_title() {
        let model = after([Action::Open(Screen::Story(StoryScreen::Day(
            Person::Child,
            DayStep::FIRST,
        )))]);
        let mut model = model;
        let effects = crate::app::model::update(
            &mut model,
            Action::Story(StoryAction::SavePage(StoryScreen::Day(
                Person::Child,
                DayStep::FIRST,
            ))),
        );
        assert_eq!(
            model.screen,
            Screen::Story(StoryScreen::Day(
                Person::Child,
                DayStep::Part(DayPart::Daytime)
            ))
        );
        assert!(
            effects.contains(&crate::app::model::Effect::FocusDayStep),
            "{effects:?}"
        );
        assert!(
            effects.contains(&crate::app::model::Effect::AddHistoryEntry(
                "story/child-day/daytime".into()
            ))
        );
    }

    #[test]
    fn a_face_for_a_part_of_the_day_is_kept_and_starts_the_section() {
        let model = after([StoryAction::SetHow(
            Person::Child,
            DayPart::Night,
            HowItGoes::UsuallyHard,
        )]);
        assert_eq!(
            model.plan.story.child_day.night.how,
            Some(HowItGoes::UsuallyHard)
        );
        assert_eq!(status(&model.plan), SectionStatus::InProgress);
        let view = overview(&model.plan, &EN);
        assert_eq!(view.main[0].status, "Started");
    }

    #[test]
    fn the_day_shows_one_step_open_and_the_others_as_what_was_said() {
        let plan = after([
            Action::SetChildName("Sam".into()),
            Action::Story(StoryAction::SetHow(
                Person::Child,
                DayPart::Morning,
                HowItGoes::UsuallyHard,
            )),
            Action::Story(set(
                StoryField::Bad(Person::Child, DayPart::Morning),
                "Meltdowns getting ready",
            )),
            Action::Story(StoryAction::SetHow(
                Person::Child,
                DayPart::AfterSchool,
                HowItGoes::NotPartOfOurDay,
            )),
        ])
        .plan;
        let view = day(&plan, Person::Child, DayStep::Part(DayPart::Evening), &EN);
        // Each step: its name, count, open or not, face, words and boxes.
        let shown: Vec<String> = view
            .steps
            .iter()
            .map(|s| {
                let how = s.how.map_or("-", |h| h.label(&EN));
                let open = if s.open { "open" } else { "closed" };
                let written = s.written.join(" / ");
                let boxes = s.questions.len();
                format!(
                    "{} | {} | {open} | {how} | {written} | {boxes}",
                    s.name, s.count
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                "Waking up and morning | Part 1 of 7 | closed | Usually hard | Meltdowns getting ready | 0",
                "School or daytime | Part 2 of 7 | closed | - |  | 0",
                "After school | Part 3 of 7 | closed | Not part of our day |  | 0",
                "Evening | Part 4 of 7 | open | - |  | 2",
                "Bedtime and night | Part 5 of 7 | closed | - |  | 0",
                "Weekends and holidays | Part 6 of 7 | closed | - |  | 0",
                "What makes the difference | Part 7 of 7 | closed | - |  | 0",
            ]
        );
        let labels: Vec<&str> = view.steps[3]
            .questions
            .iter()
            .map(|q| q.text_box.label.as_str())
            .collect();
        assert_eq!(
            labels,
            vec!["On a good day (optional)", "On a bad day (optional)"]
        );
        assert_eq!(view.next_label, "Next: Bedtime and night");
        assert_eq!(view.title, "A good day and a bad day for Sam");
        let last = day(&plan, Person::Child, DayStep::Difference, &EN);
        assert_eq!(last.next_label, "Save and continue");
        let labels: Vec<&str> = last.steps[6]
            .questions
            .iter()
            .map(|q| q.text_box.label.as_str())
            .collect();
        assert_eq!(
            labels,
            vec![
                "What makes the difference between a good day and a bad day? (optional)",
                "What would help to have more good days? (optional)"
            ]
        );
    }

    #[test]
    fn a_long_answer_is_shown_shortened_on_a_closed_step() {
        let plan = after([set(
            StoryField::Good(Person::Child, DayPart::Morning),
            &"word ".repeat(40),
        )])
        .plan;
        let view = day(&plan, Person::Child, DayStep::Difference, &EN);
        let written = &view.steps[0].written[0];
        assert!(
            written.ends_with('…') && written.chars().count() <= 81,
            "{written}"
        );
    }

    #[test]
    fn an_answer_over_the_limit_stops_only_its_own_step() {
        let long = "a".repeat(2001);
        let model = after([
            Action::Open(Screen::Story(StoryScreen::Day(
                Person::Child,
                DayStep::FIRST,
            ))),
            Action::Story(set(StoryField::Bad(Person::Child, DayPart::Morning), &long)),
            Action::Story(StoryAction::SavePage(StoryScreen::Day(
                Person::Child,
                DayStep::FIRST,
            ))),
        ]);
        assert_eq!(
            model.screen,
            Screen::Story(StoryScreen::Day(Person::Child, DayStep::FIRST)),
            "did not move on"
        );
        let view = day(&model.plan, Person::Child, DayStep::FIRST, &EN);
        assert_eq!(view.errors.len(), 1);
        assert_eq!(view.errors[0].id, "child-morning-bad");
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
            let day = day(&plan, Person::Child, DayStep::FIRST, &EN);
            let words = page(&plan, StoryScreen::ChildWords, &EN);
            (day.steps[1].hint, words.feelings[1].label)
        };
        assert_eq!(
            at("3"),
            (
                "For example, at nursery, a childminder's or at home in the day.",
                "At nursery"
            )
        );
        assert_eq!(
            at("14"),
            ("For example, at school or at home in the day.", "At school")
        );
        // From 15, when planning to leave school begins: college and work.
        assert_eq!(
            at("15"),
            (
                "For example, at school, college, work or at home in the day.",
                "At school or college"
            )
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
    fn the_overview_lists_each_page_and_the_family_by_name() {
        let mut actions = sams_family();
        actions.push(Action::Story(set(
            StoryField::Bad(Person::Member(ELLIE), DayPart::Evening),
            "Tired",
        )));
        let plan = after(actions).plan;
        let view = overview(&plan, &EN);
        let main: Vec<(&str, &str)> = view
            .main
            .iter()
            .map(|l| (l.title.as_str(), l.status))
            .collect();
        assert_eq!(
            main,
            vec![
                ("A good day and a bad day for Sam", "Not started"),
                ("In Sam's own words", "Not started"),
                ("What is important to us and for us", "Not started"),
                ("Strengths", "Not started"),
                ("The people and places around us", "Not started"),
                ("What is working and what is not working", "Not started"),
            ]
        );
        let family: Vec<(&str, &str, bool, &str)> = view
            .family
            .iter()
            .map(|m| {
                (
                    m.day.title.as_str(),
                    m.day.status,
                    m.young_carer,
                    m.called.as_str(),
                )
            })
            .collect();
        assert_eq!(
            family,
            vec![
                (
                    "A good day and a bad day for Jack",
                    "Not started",
                    true,
                    "Jack"
                ),
                (
                    "A good day and a bad day for Ellie",
                    "Started",
                    false,
                    "Ellie"
                ),
            ]
        );
        assert!(view.can_add);
    }

    #[test]
    fn page_keys_are_unique_and_read_back() {
        let plan = after(sams_family()).plan;
        let mut pages: Vec<StoryScreen> = StoryScreen::MAIN_PAGES[1..].to_vec();
        for person in plan.story.people() {
            pages.extend(DayStep::ALL.map(|step| StoryScreen::Day(person, step)));
        }
        pages.extend([StoryScreen::Member(JACK), StoryScreen::RemoveMember(JACK)]);
        let keys: std::collections::HashSet<String> = pages.iter().map(|p| p.key()).collect();
        assert_eq!(keys.len(), pages.len());
        for page in pages {
            assert_eq!(StoryScreen::from_key(&page.key()), Some(page));
        }
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
