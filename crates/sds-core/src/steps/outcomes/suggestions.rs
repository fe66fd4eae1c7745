//! Outcomes suggested by rules from what the family wrote in Our story:
//! each one quotes the words it comes from and says why, answers that say
//! nearly the same thing make one suggestion, at most five show at a time,
//! and an ignored one stays hidden. Nothing is suggested that the family
//! has not raised.

use super::*;
use crate::steps::about::{AgeGroup, parse_age};
use crate::steps::growing_up;
use crate::steps::story::{FamilyRole, HowItGoes, feeling_label, member_called, shortened};
use crate::text::outcomes::OutcomesText;

// ---- Suggestions from Our story ----

/// What a suggestion is about, without words (so `apply` needs no
/// language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Because {
    /// One person's bad day at one or more parts of the day that say much
    /// the same thing.
    BadDay(Person, Vec<DayPart>),
    Feeling(FeelingTopic),
    MoreOf,
    NotWorking,
    /// From 14: planning for leaving school and adult life (sds-facts.md
    /// §11), raised by the young person's age rather than by words.
    LeavingSchool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Rule {
    pub(super) key: String,
    because: Because,
    /// The family's own words the suggestion comes from, as typed.
    said: String,
    pub(super) indicators: Vec<Indicator>,
    pub(super) for_whom: ForWhom,
}

/// Which wellbeing indicators a part of the day most often touches.
fn part_indicators(part: DayPart) -> Vec<Indicator> {
    use Indicator::*;
    match part {
        DayPart::Morning => vec![Healthy, Nurtured],
        DayPart::Daytime => vec![Achieving, Included],
        DayPart::AfterSchool => vec![Active, Included],
        DayPart::Evening => vec![Healthy, Nurtured],
        DayPart::Night => vec![Safe, Healthy],
        DayPart::Weekends => vec![Active, Included],
    }
}

fn topic_indicators(topic: FeelingTopic) -> Vec<Indicator> {
    use Indicator::*;
    match topic {
        FeelingTopic::Home => vec![Safe, Nurtured],
        FeelingTopic::School => vec![Achieving, Included],
        FeelingTopic::Friends => vec![Nurtured, Included],
        FeelingTopic::OutAndAbout => vec![Active, Included],
    }
}

/// The words of an answer, lower case, for telling near-duplicates apart.
fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Two answers say nearly the same thing: the same words; or the shorter,
/// of three words or more, has all its words in the other; or, both of
/// two words or more, they share at least two thirds of their words. A
/// short answer ("Hard", "The bus") is never taken for a longer one.
pub(super) fn near_duplicates(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let shorter = a.len().min(b.len());
    let all = a.len() + b.len() - shared;
    (shorter >= 3 && shared == shorter) || (shorter >= 2 && shared * 3 >= all * 2)
}

/// The parts of a person's day a suggestion has already been added or
/// ignored for, read from the keys ("bad-day/child/morning+evening"), so a
/// part once dealt with is never suggested again, alone or merged.
fn parts_dealt_with(person: Person, outcomes: &Outcomes) -> Vec<String> {
    let prefix = format!("bad-day/{}/", person.key());
    outcomes
        .dismissed
        .iter()
        .map(String::as_str)
        .chain(
            outcomes
                .items
                .iter()
                .filter_map(|o| o.suggestion.as_deref()),
        )
        .filter_map(|key| key.strip_prefix(&prefix))
        .flat_map(|parts| parts.split('+'))
        .map(str::to_owned)
        .collect()
}

/// Every suggestion the story supports, in story order:
/// - a bad day written for a part of the day, for anyone, suggests calmer,
///   happier times then, for that person; parts whose bad days say nearly
///   the same thing are one suggestion;
/// - "unhappy" on the picture scale suggests feeling better there;
/// - "what I'd like to do more of" suggests doing more of it;
/// - "what is not working" suggests it getting better for the family,
///   unless it says nearly what a bad day already said.
fn rules(story: &OurStory, outcomes: &Outcomes, age: Option<u8>) -> Vec<Rule> {
    let mut rules = Vec::new();
    let mut bad_days: Vec<String> = Vec::new();
    for person in story.people() {
        let dealt_with = parts_dealt_with(person, outcomes);
        // Groups of parts whose bad days say nearly the same thing.
        let mut groups: Vec<(Vec<DayPart>, String)> = Vec::new();
        // Parts with the "usually hard" face and no words: one suggestion.
        let mut only_a_face: Vec<DayPart> = Vec::new();
        for part in DayPart::ALL {
            let said = story.day(person).part(part);
            let bad = said.bad.trim();
            if bad.is_empty() {
                if said.how == Some(HowItGoes::UsuallyHard)
                    && !dealt_with.iter().any(|p| *p == part.key())
                {
                    only_a_face.push(part);
                }
                continue;
            }
            // Still said, for "not working" below, but not suggested again.
            if dealt_with.iter().any(|p| *p == part.key()) {
                bad_days.push(bad.to_owned());
                continue;
            }
            match groups
                .iter_mut()
                .find(|(_, said)| near_duplicates(said, bad))
            {
                Some((parts, _)) => parts.push(part),
                None => groups.push((vec![part], bad.to_owned())),
            }
        }
        if !only_a_face.is_empty() {
            // No words to quote: the face says it.
            groups.push((only_a_face, String::new()));
        }
        for (parts, said) in groups {
            let keys: Vec<&str> = parts.iter().map(|p| p.key()).collect();
            let mut indicators: Vec<Indicator> =
                parts.iter().flat_map(|p| part_indicators(*p)).collect();
            indicators = Indicator::ALL
                .into_iter()
                .filter(|i| indicators.contains(i))
                .collect();
            if !said.is_empty() {
                bad_days.push(said.clone());
            }
            if person != Person::Child {
                indicators.clear();
            }
            rules.push(Rule {
                key: format!("bad-day/{}/{}", person.key(), keys.join("+")),
                because: Because::BadDay(person, parts),
                said,
                indicators,
                for_whom: match person {
                    Person::Child => ForWhom::Child,
                    Person::Member(id) => match story.member(id).map(|m| m.role) {
                        Some(FamilyRole::Sibling) => ForWhom::Sibling,
                        _ => ForWhom::ParentOrCarer,
                    },
                },
            });
        }
    }
    for topic in FeelingTopic::ALL {
        if story.child_words.feelings.get(topic) == Some(Feeling::Unhappy) {
            rules.push(Rule {
                key: format!("feeling/{}", topic.key()),
                because: Because::Feeling(topic),
                said: String::new(),
                indicators: topic_indicators(topic),
                for_whom: ForWhom::Child,
            });
        }
    }
    let more_of = story.child_words.more_of.trim();
    if !more_of.is_empty() {
        rules.push(Rule {
            key: "more-of".into(),
            because: Because::MoreOf,
            said: more_of.to_owned(),
            indicators: vec![Indicator::Achieving, Indicator::Active],
            for_whom: ForWhom::Child,
        });
    }
    let not_working = story.not_working.trim();
    if !not_working.is_empty() && !bad_days.iter().any(|b| near_duplicates(b, not_working)) {
        rules.push(Rule {
            key: "not-working".into(),
            because: Because::NotWorking,
            said: not_working.to_owned(),
            indicators: vec![Indicator::Nurtured, Indicator::Included],
            for_whom: ForWhom::WholeFamily,
        });
    }
    // While still at school age: from 14 to 18.
    if age.is_some_and(|age| (growing_up::FROM_AGE..=18).contains(&age)) {
        rules.push(Rule {
            key: "growing-up/leaving-school".into(),
            because: Because::LeavingSchool,
            said: String::new(),
            indicators: vec![Indicator::Achieving, Indicator::Responsible],
            for_whom: ForWhom::Child,
        });
    }
    rules
}

/// Suggestions not yet added or ignored.
pub(super) fn open_rules(story: &OurStory, outcomes: &Outcomes, age: Option<u8>) -> Vec<Rule> {
    rules(story, outcomes, age)
        .into_iter()
        .filter(|r| {
            !outcomes.dismissed.contains(&r.key)
                && !outcomes
                    .items
                    .iter()
                    .any(|o| o.suggestion.as_deref() == Some(r.key.as_str()))
        })
        .collect()
}

/// The most suggestions shown at once; the next come as these are added
/// or ignored.
pub const SUGGESTIONS_AT_ONCE: usize = 5;

/// A suggestion as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestionView {
    pub key: String,
    pub words: String,
    pub why: String,
    /// The family's own words it comes from, shortened if long: "“Meltdowns
    /// at tea time”". `None` for a face on the picture scale.
    pub quote: Option<String>,
    /// `None` for a carer's or a brother's or sister's outcome.
    pub indicators: Option<String>,
    pub for_whom: String,
}

fn part_words(part: DayPart, t: &Text) -> &'static str {
    let o = t.outcomes;
    match part {
        DayPart::Morning => o.part_mornings,
        DayPart::Daytime => o.part_school_days,
        DayPart::AfterSchool => o.part_after_school,
        DayPart::Evening => o.part_evenings,
        DayPart::Night => o.part_nights,
        DayPart::Weekends => o.part_weekends,
    }
}

pub(super) fn indicator_names(indicators: &[Indicator], t: &Text) -> String {
    indicators
        .iter()
        .map(|i| i.name(t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every open suggestion, in story order (the page shows the first
/// `SUGGESTIONS_AT_ONCE`).
pub fn suggestions(plan: &Plan, t: &Text) -> Vec<SuggestionView> {
    let o = t.outcomes;
    let age = AgeGroup::of(&plan.about);
    let name = plan.about.child_name.trim();
    let (name, whose_child) = if name.is_empty() {
        (o.your_child_capital, o.your_child)
    } else {
        (name, name)
    };
    open_rules(&plan.story, &plan.outcomes, parse_age(&plan.about.age).ok())
        .into_iter()
        .map(|rule| {
            let (words, because) = match &rule.because {
                Because::BadDay(person, parts) => {
                    let names: Vec<&str> = parts.iter().map(|p| part_words(*p, t)).collect();
                    let when = t.locale.and_list(&names);
                    let member = match *person {
                        Person::Child => None,
                        Person::Member(id) => plan.story.member(id),
                    };
                    // Words written, or only the "usually hard" face.
                    let because = |whose: &str| {
                        if rule.said.is_empty() {
                            o.because_hard_face(&when, &whose)
                        } else {
                            o.because_bad_day(&whose, &when)
                        }
                    };
                    match member {
                        None => (o.suggest_child_part(&name, &when), because(whose_child)),
                        Some(member) => {
                            let called = member_called(&plan.story, member.id, t);
                            // Named, or numbered among several without names.
                            let words = match (called.only_who, member.role) {
                                (false, _) => o.suggest_member_part(&called.capital, &when),
                                (true, FamilyRole::ParentOrCarer) => o.suggest_parent_part(&when),
                                (true, FamilyRole::Sibling) => o.suggest_sibling_part(&name, &when),
                            };
                            (words, because(&called.name))
                        }
                    }
                }
                Because::Feeling(topic) => {
                    let topic = *topic;
                    let words = match topic {
                        FeelingTopic::Home => o.suggest_home(&name),
                        FeelingTopic::School => age.pick([
                            OutcomesText::suggest_school,
                            OutcomesText::suggest_nursery,
                            OutcomesText::suggest_school_only,
                            OutcomesText::suggest_school_or_college,
                        ])(o, &name),
                        FeelingTopic::Friends => o.suggest_friends(&name),
                        FeelingTopic::OutAndAbout => o.suggest_out(&name),
                    };
                    (
                        words,
                        o.because_feeling(&whose_child, &feeling_label(topic, age, t)),
                    )
                }
                Because::MoreOf => (o.suggest_more_of(&name), o.because_more_of(&whose_child)),
                Because::NotWorking => (
                    o.suggest_not_working.to_owned(),
                    o.because_not_working.to_owned(),
                ),
                Because::LeavingSchool => (
                    o.suggest_leaving_school(&name),
                    o.because_leaving_school.to_owned(),
                ),
            };
            SuggestionView {
                words,
                why: o.suggestion_why(&because),
                quote: (!rule.said.is_empty()).then(|| o.quoted(&shortened(&rule.said, 120))),
                indicators: ForWhom::has_wellbeing(Some(rule.for_whom))
                    .then(|| indicator_names(&rule.indicators, t)),
                for_whom: for_whom_label(rule.for_whom, plan, t),
                key: rule.key,
            }
        })
        .collect()
}
