//! "Our story" as the plan holds it: a good day and a bad day for each
//! person, the child's own words and the rest of the section's answers,
//! kept exactly as typed. The step (`steps::story`) checks and shows them.

use serde::{Deserialize, Serialize};

use crate::text::Text;
use crate::vocabulary::MemberId;

/// Whose day is being described: the child, or someone the family names
/// in Our story (a parent or carer, a brother or sister).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Person {
    Child,
    Member(MemberId),
}

impl Person {
    /// A stable name for ids and keys: "child", "member-3".
    pub fn key(self) -> String {
        match self {
            Person::Child => "child".into(),
            Person::Member(id) => format!("member-{}", id.0),
        }
    }
}

/// What a named person is to the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FamilyRole {
    ParentOrCarer,
    Sibling,
}

impl FamilyRole {
    pub const ALL: [FamilyRole; 2] = [FamilyRole::ParentOrCarer, FamilyRole::Sibling];

    pub fn key(self) -> &'static str {
        match self {
            FamilyRole::ParentOrCarer => "parent",
            FamilyRole::Sibling => "sibling",
        }
    }
}

/// A parent, carer, brother or sister, named (or not) by the family, with
/// their own good day and bad day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyMember {
    pub id: MemberId,
    pub role: FamilyRole,
    /// As typed; may be empty ("a brother or sister").
    #[serde(default)]
    pub name: String,
    /// A brother or sister who helps to look after the child (sds-facts.md
    /// §12). Only asked for brothers and sisters.
    #[serde(default)]
    pub young_carer: bool,
    #[serde(default)]
    pub day: DayStory,
}

/// The parts of a day practitioners walk through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayPart {
    Morning,
    Daytime,
    AfterSchool,
    Evening,
    Night,
    Weekends,
}

impl DayPart {
    pub const ALL: [DayPart; 6] = [
        DayPart::Morning,
        DayPart::Daytime,
        DayPart::AfterSchool,
        DayPart::Evening,
        DayPart::Night,
        DayPart::Weekends,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Daytime => "daytime",
            DayPart::AfterSchool => "after-school",
            DayPart::Evening => "evening",
            DayPart::Night => "night",
            DayPart::Weekends => "weekends",
        }
    }

    pub fn name(self, t: &Text) -> &'static str {
        let s = t.story;
        match self {
            DayPart::Morning => s.part_morning,
            DayPart::Daytime => s.part_daytime,
            DayPart::AfterSchool => s.part_after_school,
            DayPart::Evening => s.part_evening,
            DayPart::Night => s.part_night,
            DayPart::Weekends => s.part_weekends,
        }
    }

    pub fn hint(self, t: &Text) -> &'static str {
        let s = t.story;
        match self {
            DayPart::Morning => s.part_morning_hint,
            DayPart::Daytime => s.part_daytime_hint,
            DayPart::AfterSchool => s.part_after_school_hint,
            DayPart::Evening => s.part_evening_hint,
            DayPart::Night => s.part_night_hint,
            DayPart::Weekends => s.part_weekends_hint,
        }
    }
}

/// What happens in one part of the day, on a good day and on a bad day.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GoodAndBad {
    /// The face the family picked for how this part usually goes.
    pub how: Option<HowItGoes>,
    pub good: String,
    pub bad: String,
}

/// How a part of the day usually goes: a face on the day timeline, or
/// "not part of our day" for a part that does not fit (no school run for a
/// baby, no after school for a parent at work).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HowItGoes {
    UsuallyGood,
    ItDepends,
    UsuallyHard,
    NotPartOfOurDay,
}

impl HowItGoes {
    pub const ALL: [HowItGoes; 4] = [
        HowItGoes::UsuallyGood,
        HowItGoes::ItDepends,
        HowItGoes::UsuallyHard,
        HowItGoes::NotPartOfOurDay,
    ];

    pub fn key(self) -> &'static str {
        match self {
            HowItGoes::UsuallyGood => "good",
            HowItGoes::ItDepends => "depends",
            HowItGoes::UsuallyHard => "hard",
            HowItGoes::NotPartOfOurDay => "not-part",
        }
    }

    pub fn label(self, t: &Text) -> &'static str {
        let s = t.story;
        match self {
            HowItGoes::UsuallyGood => s.how_good,
            HowItGoes::ItDepends => s.how_depends,
            HowItGoes::UsuallyHard => s.how_hard,
            HowItGoes::NotPartOfOurDay => s.how_not_part,
        }
    }

    /// The face drawn beside the words, if any.
    pub fn face(self) -> Option<Feeling> {
        match self {
            HowItGoes::UsuallyGood => Some(Feeling::Happy),
            HowItGoes::ItDepends => Some(Feeling::NotSure),
            HowItGoes::UsuallyHard => Some(Feeling::Unhappy),
            HowItGoes::NotPartOfOurDay => None,
        }
    }
}

/// One person's good day and bad day.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DayStory {
    pub morning: GoodAndBad,
    pub daytime: GoodAndBad,
    pub after_school: GoodAndBad,
    pub evening: GoodAndBad,
    pub night: GoodAndBad,
    pub weekends: GoodAndBad,
    pub difference: String,
    pub more_good_days: String,
}

const EMPTY_PART: GoodAndBad = GoodAndBad {
    how: None,
    good: String::new(),
    bad: String::new(),
};

/// The day of someone no longer in the plan: nothing written.
static EMPTY_DAY: DayStory = DayStory {
    morning: EMPTY_PART,
    daytime: EMPTY_PART,
    after_school: EMPTY_PART,
    evening: EMPTY_PART,
    night: EMPTY_PART,
    weekends: EMPTY_PART,
    difference: String::new(),
    more_good_days: String::new(),
};

impl DayStory {
    pub fn part(&self, part: DayPart) -> &GoodAndBad {
        match part {
            DayPart::Morning => &self.morning,
            DayPart::Daytime => &self.daytime,
            DayPart::AfterSchool => &self.after_school,
            DayPart::Evening => &self.evening,
            DayPart::Night => &self.night,
            DayPart::Weekends => &self.weekends,
        }
    }

    pub fn part_mut(&mut self, part: DayPart) -> &mut GoodAndBad {
        match part {
            DayPart::Morning => &mut self.morning,
            DayPart::Daytime => &mut self.daytime,
            DayPart::AfterSchool => &mut self.after_school,
            DayPart::Evening => &mut self.evening,
            DayPart::Night => &mut self.night,
            DayPart::Weekends => &mut self.weekends,
        }
    }
}

/// The three-point picture scale of "In the child's own words".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Happy,
    NotSure,
    Unhappy,
}

impl Feeling {
    pub const ALL: [Feeling; 3] = [Feeling::Happy, Feeling::NotSure, Feeling::Unhappy];

    pub fn key(self) -> &'static str {
        match self {
            Feeling::Happy => "happy",
            Feeling::NotSure => "not-sure",
            Feeling::Unhappy => "unhappy",
        }
    }

    pub fn label(self, t: &Text) -> &'static str {
        match self {
            Feeling::Happy => t.story.feeling_happy,
            Feeling::NotSure => t.story.feeling_not_sure,
            Feeling::Unhappy => t.story.feeling_unhappy,
        }
    }
}

/// What the child says how they feel about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeelingTopic {
    Home,
    School,
    Friends,
    OutAndAbout,
}

impl FeelingTopic {
    pub const ALL: [FeelingTopic; 4] = [
        FeelingTopic::Home,
        FeelingTopic::School,
        FeelingTopic::Friends,
        FeelingTopic::OutAndAbout,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FeelingTopic::Home => "home",
            FeelingTopic::School => "school",
            FeelingTopic::Friends => "friends",
            FeelingTopic::OutAndAbout => "out",
        }
    }

    pub fn label(self, t: &Text) -> &'static str {
        match self {
            FeelingTopic::Home => t.story.feeling_home,
            FeelingTopic::School => t.story.feeling_school,
            FeelingTopic::Friends => t.story.feeling_friends,
            FeelingTopic::OutAndAbout => t.story.feeling_out,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Feelings {
    pub home: Option<Feeling>,
    pub school: Option<Feeling>,
    pub friends: Option<Feeling>,
    pub out_and_about: Option<Feeling>,
}

impl Feelings {
    pub fn get(&self, topic: FeelingTopic) -> Option<Feeling> {
        match topic {
            FeelingTopic::Home => self.home,
            FeelingTopic::School => self.school,
            FeelingTopic::Friends => self.friends,
            FeelingTopic::OutAndAbout => self.out_and_about,
        }
    }

    pub fn slot(&mut self, topic: FeelingTopic) -> &mut Option<Feeling> {
        match topic {
            FeelingTopic::Home => &mut self.home,
            FeelingTopic::School => &mut self.school,
            FeelingTopic::Friends => &mut self.friends,
            FeelingTopic::OutAndAbout => &mut self.out_and_about,
        }
    }
}

/// "In the child's own words".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ChildWords {
    pub likes: String,
    pub dislikes: String,
    pub hard: String,
    pub more_of: String,
    pub feelings: Feelings,
}

/// What the family has written in this section (saved in the plan).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OurStory {
    pub child_day: DayStory,
    /// The parents, carers, brothers and sisters the family adds, in the
    /// order added.
    pub family: Vec<FamilyMember>,
    /// The id the next person added takes, so a removed person's id (and
    /// so their suggestions and addresses) is never given to someone else.
    pub next_member_id: u32,
    pub child_words: ChildWords,
    pub important_to: String,
    pub important_for: String,
    pub child_strengths: String,
    pub family_strengths: String,
    pub people_and_places: String,
    pub working: String,
    pub not_working: String,
    /// The family's answer to "Have you finished this section?"; `None`
    /// until they answer.
    pub finished: Option<bool>,
}

impl OurStory {
    pub fn member(&self, id: MemberId) -> Option<&FamilyMember> {
        self.family.iter().find(|m| m.id == id)
    }

    pub fn member_mut(&mut self, id: MemberId) -> Option<&mut FamilyMember> {
        self.family.iter_mut().find(|m| m.id == id)
    }

    /// Everyone with a good and bad day: the child, then the family in
    /// the order added.
    pub fn people(&self) -> Vec<Person> {
        std::iter::once(Person::Child)
            .chain(self.family.iter().map(|m| Person::Member(m.id)))
            .collect()
    }

    /// A person's day; an empty one for someone no longer in the plan.
    pub fn day(&self, person: Person) -> &DayStory {
        match person {
            Person::Child => &self.child_day,
            Person::Member(id) => self.member(id).map_or(&EMPTY_DAY, |m| &m.day),
        }
    }

    pub fn day_mut(&mut self, person: Person) -> Option<&mut DayStory> {
        match person {
            Person::Child => Some(&mut self.child_day),
            Person::Member(id) => self.member_mut(id).map(|m| &mut m.day),
        }
    }

    pub fn get(&self, field: StoryField) -> &str {
        match field {
            StoryField::Good(person, part) => &self.day(person).part(part).good,
            StoryField::Bad(person, part) => &self.day(person).part(part).bad,
            StoryField::Difference(person) => &self.day(person).difference,
            StoryField::MoreGoodDays(person) => &self.day(person).more_good_days,
            StoryField::Likes => &self.child_words.likes,
            StoryField::Dislikes => &self.child_words.dislikes,
            StoryField::Hard => &self.child_words.hard,
            StoryField::MoreOf => &self.child_words.more_of,
            StoryField::ImportantTo => &self.important_to,
            StoryField::ImportantFor => &self.important_for,
            StoryField::ChildStrengths => &self.child_strengths,
            StoryField::FamilyStrengths => &self.family_strengths,
            StoryField::PeopleAndPlaces => &self.people_and_places,
            StoryField::Working => &self.working,
            StoryField::NotWorking => &self.not_working,
        }
    }

    /// The box to type in; `None` for someone no longer in the plan.
    pub fn get_mut(&mut self, field: StoryField) -> Option<&mut String> {
        Some(match field {
            StoryField::Good(person, part) => &mut self.day_mut(person)?.part_mut(part).good,
            StoryField::Bad(person, part) => &mut self.day_mut(person)?.part_mut(part).bad,
            StoryField::Difference(person) => &mut self.day_mut(person)?.difference,
            StoryField::MoreGoodDays(person) => &mut self.day_mut(person)?.more_good_days,
            StoryField::Likes => &mut self.child_words.likes,
            StoryField::Dislikes => &mut self.child_words.dislikes,
            StoryField::Hard => &mut self.child_words.hard,
            StoryField::MoreOf => &mut self.child_words.more_of,
            StoryField::ImportantTo => &mut self.important_to,
            StoryField::ImportantFor => &mut self.important_for,
            StoryField::ChildStrengths => &mut self.child_strengths,
            StoryField::FamilyStrengths => &mut self.family_strengths,
            StoryField::PeopleAndPlaces => &mut self.people_and_places,
            StoryField::Working => &mut self.working,
            StoryField::NotWorking => &mut self.not_working,
        })
    }
}

/// One box the family can type in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoryField {
    Good(Person, DayPart),
    Bad(Person, DayPart),
    Difference(Person),
    MoreGoodDays(Person),
    Likes,
    Dislikes,
    Hard,
    MoreOf,
    ImportantTo,
    ImportantFor,
    ChildStrengths,
    FamilyStrengths,
    PeopleAndPlaces,
    Working,
    NotWorking,
}

impl StoryField {
    /// Every answer box of Our story, for the child and everyone named.
    pub fn all(story: &OurStory) -> Vec<StoryField> {
        let mut fields = vec![
            StoryField::Likes,
            StoryField::Dislikes,
            StoryField::Hard,
            StoryField::MoreOf,
            StoryField::ImportantTo,
            StoryField::ImportantFor,
            StoryField::ChildStrengths,
            StoryField::FamilyStrengths,
            StoryField::PeopleAndPlaces,
            StoryField::Working,
            StoryField::NotWorking,
        ];
        for person in story.people() {
            fields.push(StoryField::Difference(person));
            fields.push(StoryField::MoreGoodDays(person));
            for part in DayPart::ALL {
                fields.push(StoryField::Good(person, part));
                fields.push(StoryField::Bad(person, part));
            }
        }
        fields
    }
}

impl StoryField {
    /// Part of the element id, unique within the section.
    pub fn id(self) -> String {
        match self {
            StoryField::Good(p, part) => format!("{}-{}-good", p.key(), part.key()),
            StoryField::Bad(p, part) => format!("{}-{}-bad", p.key(), part.key()),
            StoryField::Difference(p) => format!("{}-difference", p.key()),
            StoryField::MoreGoodDays(p) => format!("{}-more-good-days", p.key()),
            StoryField::Likes => "likes".into(),
            StoryField::Dislikes => "dislikes".into(),
            StoryField::Hard => "hard".into(),
            StoryField::MoreOf => "more-of".into(),
            StoryField::ImportantTo => "important-to".into(),
            StoryField::ImportantFor => "important-for".into(),
            StoryField::ChildStrengths => "child-strengths".into(),
            StoryField::FamilyStrengths => "family-strengths".into(),
            StoryField::PeopleAndPlaces => "people-and-places".into(),
            StoryField::Working => "working".into(),
            StoryField::NotWorking => "not-working".into(),
        }
    }
}
