//! Outcomes suggested by rules from what the family wrote in Our story:
//! each one says why it is suggested, and an ignored one stays hidden.

use super::*;

// ---- Suggestions from Our story ----

/// What a suggestion is about, without words (so `apply` needs no
/// language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Because {
    BadDay(Person, DayPart),
    Feeling(FeelingTopic),
    MoreOf,
    NotWorking,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Rule {
    pub(super) key: String,
    because: Because,
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

/// Every suggestion the story supports, in story order:
/// - a bad day written for a part of the day, for anyone, suggests calmer,
///   happier times then, for that person;
/// - "unhappy" on the picture scale suggests feeling better there;
/// - "what I'd like to do more of" suggests doing more of it;
/// - "what is not working" suggests it getting better for the family.
fn rules(story: &OurStory) -> Vec<Rule> {
    let mut rules = Vec::new();
    for person in Person::ALL {
        for part in DayPart::ALL {
            if !story.day(person).part(part).bad.trim().is_empty() {
                rules.push(Rule {
                    key: format!("bad-day/{}/{}", person.key(), part.key()),
                    because: Because::BadDay(person, part),
                    indicators: part_indicators(part),
                    for_whom: match person {
                        Person::Child => ForWhom::Child,
                        Person::ParentOrCarer => ForWhom::ParentOrCarer,
                        Person::Sibling => ForWhom::Sibling,
                    },
                });
            }
        }
    }
    for topic in FeelingTopic::ALL {
        if story.child_words.feelings.get(topic) == Some(Feeling::Unhappy) {
            rules.push(Rule {
                key: format!("feeling/{}", topic.key()),
                because: Because::Feeling(topic),
                indicators: topic_indicators(topic),
                for_whom: ForWhom::Child,
            });
        }
    }
    if !story.child_words.more_of.trim().is_empty() {
        rules.push(Rule {
            key: "more-of".into(),
            because: Because::MoreOf,
            indicators: vec![Indicator::Achieving, Indicator::Active],
            for_whom: ForWhom::Child,
        });
    }
    if !story.not_working.trim().is_empty() {
        rules.push(Rule {
            key: "not-working".into(),
            because: Because::NotWorking,
            indicators: vec![Indicator::Nurtured, Indicator::Included],
            for_whom: ForWhom::WholeFamily,
        });
    }
    rules
}

/// Suggestions not yet added or ignored.
pub(super) fn open_rules(story: &OurStory, outcomes: &Outcomes) -> Vec<Rule> {
    rules(story)
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

/// A suggestion as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestionView {
    pub key: String,
    pub words: String,
    pub why: String,
    pub indicators: String,
    pub for_whom: &'static str,
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

pub fn suggestions(plan: &Plan, t: &Text) -> Vec<SuggestionView> {
    let o = t.outcomes;
    let name = plan.about.child_name.trim();
    let (name, whose_child) = if name.is_empty() {
        (o.your_child_capital, o.your_child)
    } else {
        (name, name)
    };
    open_rules(&plan.story, &plan.outcomes)
        .into_iter()
        .map(|rule| {
            let (words, because) = match rule.because {
                Because::BadDay(person, part) => {
                    let when = part_words(part, t);
                    match person {
                        Person::Child => (
                            o.suggest_child_part(&name, &when),
                            o.because_bad_day(&whose_child, &when),
                        ),
                        Person::ParentOrCarer => (
                            o.suggest_parent_part(&when),
                            o.because_bad_day(&o.whose_parent, &when),
                        ),
                        Person::Sibling => (
                            o.suggest_sibling_part(&name, &when),
                            o.because_bad_day(&o.whose_sibling, &when),
                        ),
                    }
                }
                Because::Feeling(topic) => {
                    let words = match topic {
                        FeelingTopic::Home => o.suggest_home(&name),
                        FeelingTopic::School => o.suggest_school(&name),
                        FeelingTopic::Friends => o.suggest_friends(&name),
                        FeelingTopic::OutAndAbout => o.suggest_out(&name),
                    };
                    (words, o.because_feeling(&topic.label(t)))
                }
                Because::MoreOf => (o.suggest_more_of(&name), o.because_more_of.to_owned()),
                Because::NotWorking => (
                    o.suggest_not_working.to_owned(),
                    o.because_not_working.to_owned(),
                ),
            };
            SuggestionView {
                words,
                why: o.suggestion_why(&because),
                indicators: indicator_names(&rule.indicators, t),
                for_whom: rule.for_whom.label(t),
                key: rule.key,
            }
        })
        .collect()
}
