//! The one-page profile, page 1 of the summary: who the child is, in the
//! family's words and names, as the person-centred tools families and
//! their workers already use lay it out (a one-page profile; important to
//! and important for; good day and bad day). It fits one printed page:
//! long answers are shortened here, with a line saying the rest is in Our
//! story on the next page, where every answer is printed in full.

use crate::plan::Plan;
use crate::plan::story::Feeling;
use crate::steps::about::{self, child_called};
use crate::steps::story::{DayPart, FeelingTopic, feeling_label, member_called, shortened};
use crate::text::Text;
use crate::vocabulary::Filler;

/// The most characters of the family's words the profile shows, all
/// boxes together, and in one box: enough for a typical plan, and a page
/// at the print size (see the print test of a full plan).
pub const PROFILE_CHARS: usize = 1_400;
pub const BOX_CHARS: usize = 300;

/// The boxes of the profile, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileBox {
    Admire,
    ImportantTo,
    HowToSupport,
    OwnWords,
    People,
}

impl ProfileBox {
    pub const ALL: [ProfileBox; 5] = [
        ProfileBox::Admire,
        ProfileBox::ImportantTo,
        ProfileBox::HowToSupport,
        ProfileBox::OwnWords,
        ProfileBox::People,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ProfileBox::Admire => "admire",
            ProfileBox::ImportantTo => "important-to",
            ProfileBox::HowToSupport => "support",
            ProfileBox::OwnWords => "own-words",
            ProfileBox::People => "people",
        }
    }
}

/// A line of the family's words, with the face they picked beside it
/// when it says how the child feels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub face: Option<Feeling>,
    pub words: String,
}

impl Said {
    pub fn words(words: String) -> Said {
        Said { face: None, words }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileSection {
    pub part: ProfileBox,
    pub heading: String,
    pub lines: Vec<Said>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileView {
    /// "About Sam".
    pub heading: String,
    /// "9 years old", when an age is given.
    pub age: Option<String>,
    pub sections: Vec<ProfileSection>,
    /// Said when something was shortened or left out to fit the page: on
    /// screen, in the copied text and on the profile printed alone (no page
    /// number: a school has only this page) ...
    pub continued: Option<&'static str>,
    /// ... and on the printed summary, where Our story is on page 2.
    pub continued_in_print: Option<&'static str>,
    /// Who made it and when, for the profile printed alone: "Made by a
    /// parent or carer on 3 December 2026, with help from Alex Smith.
    /// This is our own profile, not an assessment."
    pub made_by: String,
}

/// The answers for each box, as lines, before fitting the page.
fn answers(plan: &Plan, part: ProfileBox, t: &Text) -> Vec<Said> {
    let p = t.profile;
    let story = &plan.story;
    let age = about::AgeGroup::of(&plan.about);
    let said = |label: &str, text: &str| {
        let text = text.trim();
        (!text.is_empty()).then(|| {
            Said::words(if label.is_empty() {
                text.to_owned()
            } else {
                format!("{label}: {text}")
            })
        })
    };
    let day = &story.child_day;
    let lines: Vec<Option<Said>> = match part {
        ProfileBox::Admire => vec![said("", &story.child_strengths)],
        ProfileBox::ImportantTo => vec![
            said("", &story.important_to),
            said(p.more_of, &story.child_words.more_of),
        ],
        ProfileBox::HowToSupport => {
            let mut lines = vec![
                said("", &story.important_for),
                said(p.what_helps, &day.more_good_days),
                said(p.what_makes_the_difference, &day.difference),
            ];
            lines.extend(
                DayPart::ALL
                    .into_iter()
                    .map(|part| said(part.name(t), &day.part(part).good)),
            );
            lines.push(said(p.working, &story.working));
            lines
        }
        ProfileBox::OwnWords => {
            let words = &story.child_words;
            let mut lines = vec![
                said(p.i_like, &words.likes),
                said(p.i_do_not_like, &words.dislikes),
                said(p.hard_for_me, &words.hard),
            ];
            lines.extend(FeelingTopic::ALL.into_iter().map(|topic| {
                words.feelings.get(topic).map(|f| Said {
                    face: Some(f),
                    words: format!("{}: {}", feeling_label(topic, age, t), f.label(t)),
                })
            }));
            lines
        }
        ProfileBox::People => {
            let mut lines: Vec<Option<Said>> = story
                .family
                .iter()
                .map(|m| {
                    let called = member_called(story, m.id, t);
                    Some(Said::words(if m.young_carer {
                        p.young_carer(&called.capital)
                    } else {
                        called.capital
                    }))
                })
                .collect();
            lines.push(said("", &story.people_and_places));
            lines
        }
    };
    lines.into_iter().flatten().collect()
}

/// Fits the family's answers, box by box, into `total` characters and no
/// more than `per_box` in a box. Each answer gets a fair share of its
/// box, so one long answer does not push the others off the page; the
/// boolean says whether anything was shortened or left out.
fn fit_to_page(boxes: Vec<Vec<String>>, total: usize, per_box: usize) -> (Vec<Vec<String>>, bool) {
    let mut left = total;
    let mut cut = false;
    // Each box with something in it gets a fair share of what is left, so
    // the first boxes never leave nothing for the last.
    let mut boxes_waiting = boxes.iter().filter(|b| !b.is_empty()).count();
    let fitted = boxes
        .into_iter()
        .map(|answers| {
            if answers.is_empty() {
                return answers;
            }
            let given = per_box.min(left / boxes_waiting.max(1));
            boxes_waiting -= 1;
            let mut in_box = given;
            let mut lines = Vec::new();
            let mut waiting = answers.len();
            for line in answers {
                let share = (in_box / waiting.max(1)).max(60).min(in_box);
                waiting -= 1;
                if share < 40 {
                    cut = true;
                    break;
                }
                let line = if line.chars().count() > share {
                    cut = true;
                    shortened(&line, share)
                } else {
                    line
                };
                in_box -= line.chars().count().min(in_box);
                lines.push(line);
            }
            left -= given - in_box;
            lines
        })
        .collect();
    (fitted, cut)
}

/// `fit_to_page` for lines with faces: fitting only shortens lines or
/// drops the last ones, so each face stays beside its words.
pub(super) fn fit_said(
    boxes: Vec<Vec<Said>>,
    total: usize,
    per_box: usize,
) -> (Vec<Vec<Said>>, bool) {
    let words = boxes
        .iter()
        .map(|lines| lines.iter().map(|l| l.words.clone()).collect())
        .collect();
    let (fitted, cut) = fit_to_page(words, total, per_box);
    let boxes = boxes
        .into_iter()
        .zip(fitted)
        .map(|(lines, fitted)| {
            lines
                .into_iter()
                .zip(fitted)
                .map(|(line, words)| Said {
                    face: line.face,
                    words,
                })
                .collect()
        })
        .collect();
    (boxes, cut)
}

/// The profile, fitted to one page; `None` when Our story has nothing for
/// it yet.
pub fn profile(plan: &Plan, helped_by: Option<&str>, today: &str, t: &Text) -> Option<ProfileView> {
    let p = t.profile;
    let child = child_called(&plan.about, t);
    let boxes = ProfileBox::ALL.map(|part| answers(plan, part, t));
    let (fitted, cut) = fit_said(boxes.into(), PROFILE_CHARS, BOX_CHARS);
    let sections: Vec<ProfileSection> = ProfileBox::ALL
        .into_iter()
        .zip(fitted)
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(part, lines)| ProfileSection {
            part,
            heading: match part {
                ProfileBox::Admire => p.admire(&child.name),
                ProfileBox::ImportantTo => p.important_to(&child.name),
                ProfileBox::HowToSupport => p.how_to_support(&child.name),
                ProfileBox::OwnWords => p.own_words(&child.possessive),
                ProfileBox::People => p.people(&child.name),
            },
            lines,
        })
        .collect();
    if sections.is_empty() {
        return None;
    }
    Some(ProfileView {
        heading: p.heading(&child.name),
        age: about::parse_age(&plan.about.age)
            .ok()
            .map(|age| t.summary.years_old(age)),
        sections,
        continued: cut.then_some(p.continued),
        continued_in_print: cut.then_some(p.continued_in_print),
        made_by: {
            let date = t.locale.long_date(today);
            let mut made = match plan.about.filler {
                Some(Filler::ParentOrCarer) => p.made_by_parent(&date),
                Some(Filler::YoungPerson) => p.made_by_young_person(&date),
                Some(Filler::SupportWorker) => p.made_by_worker(&date),
                None => p.made_on(&date),
            };
            if let Some(who) = helped_by {
                made = p.made_with_help(&made, &who);
            }
            format!("{made} {}", p.not_an_assessment)
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::story::Feeling;
    use crate::test_support::jack_a_young_carer;
    use crate::text::EN;

    fn sams_plan() -> Plan {
        let mut plan = Plan::default();
        plan.about.child_name = "Sam".into();
        plan.about.age = "9".into();
        let story = &mut plan.story;
        story.child_strengths = "Jigsaws and making people laugh".into();
        story.important_to = "Time outdoors together".into();
        story.important_for = "A calm start to the day".into();
        story.child_day.morning.good = "Up, dressed and smiling".into();
        story.child_day.difference = "Knowing what comes next".into();
        story.child_words.likes = "Trains and swimming".into();
        story.child_words.feelings.home = Some(Feeling::Happy);
        story.people_and_places = "Gran on Tuesdays".into();
        story.family.push(jack_a_young_carer());
        plan
    }

    #[test]
    fn the_profile_puts_the_child_first_in_the_familys_words() {
        let view = profile(&sams_plan(), None, "2026-12-03", &EN).unwrap();
        assert_eq!(view.heading, "About Sam");
        assert_eq!(
            view.made_by,
            "Made on 3 December 2026. This is our own profile, not an assessment."
        );
        assert_eq!(view.age.as_deref(), Some("9 years old"));
        let shown: Vec<(&str, Vec<&str>)> = view
            .sections
            .iter()
            .map(|s| {
                (
                    s.heading.as_str(),
                    s.lines.iter().map(|l| l.words.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                (
                    "What people like and admire about Sam",
                    vec!["Jigsaws and making people laugh"]
                ),
                ("What is important to Sam", vec!["Time outdoors together"]),
                (
                    "How best to support Sam",
                    vec![
                        "A calm start to the day",
                        "What makes the difference: Knowing what comes next",
                        "Waking up and morning: Up, dressed and smiling",
                    ]
                ),
                (
                    "In Sam's own words",
                    vec!["I like: Trains and swimming", "At home: Happy"]
                ),
                (
                    "The people around Sam",
                    vec!["Jack, a young carer", "Gran on Tuesdays"]
                ),
            ]
        );
        // The face the child picked is beside its words, and only there.
        let faces: Vec<Option<Feeling>> = view
            .sections
            .iter()
            .flat_map(|s| &s.lines)
            .map(|l| l.face)
            .collect();
        assert_eq!(
            faces.iter().flatten().collect::<Vec<_>>(),
            [&Feeling::Happy]
        );
        let own = view
            .sections
            .iter()
            .find(|s| s.part == ProfileBox::OwnWords)
            .unwrap();
        assert_eq!(own.lines.last().unwrap().face, Some(Feeling::Happy));
        assert_eq!(view.continued, None);
    }

    #[test]
    fn an_empty_story_has_no_profile() {
        let mut plan = Plan::default();
        plan.about.child_name = "Sam".into();
        assert_eq!(profile(&plan, None, "2026-12-03", &EN), None);
    }

    #[test]
    fn a_full_story_is_shortened_to_fit_one_page_and_says_where_the_rest_is() {
        let mut plan = sams_plan();
        let long = "word ".repeat(400);
        let story = &mut plan.story;
        for text in [
            &mut story.child_strengths,
            &mut story.important_to,
            &mut story.important_for,
            &mut story.working,
            &mut story.people_and_places,
            &mut story.child_words.likes,
            &mut story.child_words.hard,
        ] {
            *text = long.clone();
        }
        let view = profile(&plan, None, "2026-12-03", &EN).unwrap();
        let total: usize = view
            .sections
            .iter()
            .flat_map(|s| &s.lines)
            .map(|l| l.words.chars().count())
            .sum();
        assert!(total <= PROFILE_CHARS + 5 * 2, "{total}");
        for section in &view.sections {
            let chars: usize = section.lines.iter().map(|l| l.words.chars().count()).sum();
            assert!(chars <= BOX_CHARS + 1, "{}: {chars}", section.heading);
        }
        assert_eq!(
            view.continued,
            Some(
                "Some answers are shortened to fit this page. They are in full in Our story, in the family's summary."
            )
        );
        assert_eq!(
            view.continued_in_print,
            Some(
                "Some answers are shortened to fit this page. They are in full in Our story, from page 2 of the summary."
            )
        );
    }

    #[test]
    fn without_a_name_the_profile_says_your_child() {
        let mut plan = sams_plan();
        plan.about.child_name = String::new();
        plan.about.filler = Some(Filler::SupportWorker);
        let view = profile(
            &plan,
            Some("Alex Smith, Argyll Family Support"),
            "2026-12-03",
            &EN,
        )
        .unwrap();
        assert_eq!(
            view.made_by,
            "Made by a support worker with the family on 3 December 2026. With help from Alex Smith, Argyll Family Support. This is our own profile, not an assessment."
        );
        assert_eq!(view.heading, "About your child");
        assert_eq!(view.sections[3].heading, "In your child's own words");
    }
}
