//! "My plan": a page of the summary for the child or young person to
//! keep, if the family adds it. It speaks to them ("you"), in short lines
//! with big faces and symbols: what people like about them, what they
//! like, how they feel, what will change and who will help. It fits one
//! printed page: long answers are shortened, and the page says so.

use crate::budget::SupportLine;
use crate::plan::Plan;
use crate::plan::outcomes::ForWhom;
use crate::steps::about::AgeGroup;
use crate::steps::story::{FeelingTopic, feeling_label};
use crate::steps::summary::profile::{Said, fit_said};
use crate::steps::support::{day_name, part_name};
use crate::text::Text;
use crate::vocabulary::{Filler, OutcomeId};

/// The most characters of the family's words the page shows, all parts
/// together, and in one part: the words are big, for a child to read.
pub const MY_PLAN_CHARS: usize = 700;
pub const PART_CHARS: usize = 180;
/// The room a face beside a feeling takes, in characters of words.
const FACE_CHARS: usize = 60;

/// The parts of the page, in page order; each has its own symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MyPlanPart {
    LikedAboutYou,
    YouLike,
    YouFeel,
    WillChange,
    WhoHelps,
}

impl MyPlanPart {
    pub const ALL: [MyPlanPart; 5] = [
        MyPlanPart::LikedAboutYou,
        MyPlanPart::YouLike,
        MyPlanPart::YouFeel,
        MyPlanPart::WillChange,
        MyPlanPart::WhoHelps,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MyPlanPart::LikedAboutYou => "liked",
            MyPlanPart::YouLike => "like",
            MyPlanPart::YouFeel => "feel",
            MyPlanPart::WillChange => "change",
            MyPlanPart::WhoHelps => "help",
        }
    }

    fn heading(self, t: &Text) -> &'static str {
        let m = t.my_plan;
        match self {
            MyPlanPart::LikedAboutYou => m.liked_about_you,
            MyPlanPart::YouLike => m.you_like,
            MyPlanPart::YouFeel => m.you_feel,
            MyPlanPart::WillChange => m.will_change,
            MyPlanPart::WhoHelps => m.who_helps,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyPlanSection {
    pub part: MyPlanPart,
    pub heading: &'static str,
    pub lines: Vec<Said>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyPlanView {
    /// "My plan".
    pub heading: &'static str,
    /// "This is your plan, Sam."
    pub hello: String,
    pub intro: &'static str,
    pub sections: Vec<MyPlanSection>,
    /// Said when something was shortened to fit the page.
    pub shortened: Option<&'static str>,
    /// "Made on 4 December 2026."
    pub made_on: String,
}

fn lines_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
}

/// Whether an outcome is the child's own, or the whole family's (not yet
/// said counts as the child's, as on the outcome's page).
fn is_theirs(for_whom: Option<ForWhom>) -> bool {
    matches!(for_whom, None | Some(ForWhom::Child | ForWhom::WholeFamily))
}

/// Whether an idea is for the child: it is linked to one of their own or
/// the whole family's outcomes. An idea linked to nothing may be a break
/// for a parent, so it is left off a page the child keeps.
fn helps_them(line: &SupportLine, theirs: &[OutcomeId]) -> bool {
    line.outcome_ids.iter().any(|id| theirs.contains(id))
}

/// Each part's lines, before fitting the page.
fn answers(plan: &Plan, part: MyPlanPart, t: &Text) -> Vec<Said> {
    let m = t.my_plan;
    let story = &plan.story;
    let words = &story.child_words;
    let plain = Said::words;
    match part {
        MyPlanPart::LikedAboutYou => lines_of(&story.child_strengths).map(plain).collect(),
        MyPlanPart::YouLike => {
            let mut lines: Vec<Said> = lines_of(&words.likes).map(plain).collect();
            if !words.more_of.trim().is_empty() {
                lines.push(plain(format!("{}: {}", m.more_of, words.more_of.trim())));
            }
            lines
        }
        MyPlanPart::YouFeel => {
            let age = AgeGroup::of(&plan.about);
            FeelingTopic::ALL
                .into_iter()
                .filter_map(|topic| {
                    let feeling = words.feelings.get(topic)?;
                    Some(Said {
                        face: Some(feeling),
                        words: format!("{}: {}", feeling_label(topic, age, t), feeling.label(t)),
                    })
                })
                .collect()
        }
        MyPlanPart::WillChange => plan
            .outcomes
            .items
            .iter()
            .filter(|o| is_theirs(o.for_whom) && !o.words.trim().is_empty())
            .map(|o| plain(o.words.trim().to_owned()))
            .collect(),
        MyPlanPart::WhoHelps => {
            let theirs: Vec<OutcomeId> = plan
                .outcomes
                .items
                .iter()
                .filter(|o| is_theirs(o.for_whom))
                .map(|o| o.id)
                .collect();
            let s = t.support;
            let mut lines: Vec<Said> = plan
                .support
                .lines
                .iter()
                .filter(|line| !line.name.trim().is_empty() && helps_them(line, &theirs))
                .map(|line| {
                    let name = line.name.trim();
                    let when: Vec<String> = line
                        .week
                        .iter()
                        .map(|slot| {
                            m.day_and_part(
                                &day_name(slot.day, s),
                                &part_name(slot.part, s).to_lowercase(),
                            )
                        })
                        .collect();
                    plain(if when.is_empty() {
                        name.to_owned()
                    } else {
                        let when: Vec<&str> = when.iter().map(String::as_str).collect();
                        m.helper_when(&name, &t.locale.and_list(&when))
                    })
                })
                .collect();
            let family: Vec<&str> = story
                .family
                .iter()
                .map(|member| member.name.trim())
                .filter(|name| !name.is_empty())
                .collect();
            if !family.is_empty() {
                lines.push(plain(format!(
                    "{}: {}",
                    m.family,
                    t.locale.and_list(&family)
                )));
            }
            lines.extend(lines_of(&story.people_and_places).map(plain));
            lines
        }
    }
}

/// The page, fitted to one printed page; `None` when there is nothing
/// for it yet.
pub fn my_plan(plan: &Plan, today: &str, t: &Text) -> Option<MyPlanView> {
    let m = t.my_plan;
    let parts = MyPlanPart::ALL.map(|part| answers(plan, part, t));
    // A big face makes its line as tall as two lines of words.
    let faces = parts.iter().flatten().filter(|l| l.face.is_some()).count();
    let room = MY_PLAN_CHARS.saturating_sub(FACE_CHARS * faces);
    let (fitted, cut) = fit_said(parts.into(), room, PART_CHARS);
    let sections: Vec<MyPlanSection> = MyPlanPart::ALL
        .into_iter()
        .zip(fitted)
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(part, lines)| MyPlanSection {
            part,
            heading: part.heading(t),
            lines,
        })
        .collect();
    if sections.is_empty() {
        return None;
    }
    let name = plan.about.child_name.trim();
    Some(MyPlanView {
        heading: m.heading,
        hello: if name.is_empty() {
            m.hello.to_owned()
        } else {
            m.hello_name(&name)
        },
        intro: m.intro,
        sections,
        shortened: cut.then_some(m.shortened),
        made_on: m.made_on(&t.locale.long_date(today)),
    })
}

/// The hint under "Add a My plan page", for whoever is filling it in.
pub fn add_hint(plan: &Plan, t: &Text) -> &'static str {
    match plan.about.filler {
        Some(Filler::YoungPerson) => t.my_plan.add_hint_young_person,
        Some(Filler::SupportWorker) => t.my_plan.add_hint_worker,
        Some(Filler::ParentOrCarer) | None => t.my_plan.add_hint,
    }
}

/// The page as plain text, for the copied summary.
pub fn as_text(view: &MyPlanView) -> String {
    let mut out = format!(
        "\n{}\n{} {}\n",
        view.heading.to_uppercase(),
        view.hello,
        view.intro
    );
    for section in &view.sections {
        let lines: Vec<&str> = section.lines.iter().map(|l| l.words.as_str()).collect();
        out.push_str(&format!("{}: {}\n", section.heading, lines.join("; ")));
    }
    out.extend(view.shortened.map(|s| format!("{s}\n")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::{LineId, LineInput, LineKind, PartOfDay, SdsOption, WeekSlot, Weekday};
    use crate::plan::outcomes::Outcome;
    use crate::plan::story::Feeling;
    use crate::test_support::jack_a_young_carer;
    use crate::text::EN;

    fn sams_plan() -> Plan {
        let mut plan = Plan::default();
        plan.about.child_name = "Sam".into();
        plan.about.age = "9".into();
        plan.story.child_strengths = "Making people laugh".into();
        plan.story.child_words.likes = "Trains\nSwimming".into();
        plan.story.child_words.feelings.home = Some(Feeling::Happy);
        plan.story.child_words.feelings.school = Some(Feeling::Unhappy);
        plan.story.people_and_places = "Gran on Tuesdays".into();
        plan.story.family.push(jack_a_young_carer());
        let outcome = |id: u32, words: &str, for_whom| Outcome {
            id: OutcomeId(id),
            words: words.into(),
            for_whom,
            ..Outcome::default()
        };
        plan.outcomes.items = vec![
            outcome(1, "Sam goes swimming with friends", Some(ForWhom::Child)),
            outcome(2, "Mum gets a night's sleep", Some(ForWhom::ParentOrCarer)),
        ];
        let mut jo = SupportLine::new(
            LineId(1),
            SdsOption::Option1,
            LineInput::empty(LineKind::PersonalAssistant),
        );
        jo.name = "Jo".into();
        jo.outcome_ids = vec![OutcomeId(1)];
        jo.week = vec![
            WeekSlot {
                day: Weekday::Tuesday,
                part: PartOfDay::Evening,
            },
            WeekSlot {
                day: Weekday::Saturday,
                part: PartOfDay::Morning,
            },
        ];
        let mut sitter = SupportLine::new(
            LineId(2),
            SdsOption::Option2,
            LineInput::empty(LineKind::Activity),
        );
        sitter.name = "Night sitter".into();
        sitter.outcome_ids = vec![OutcomeId(2)];
        let mut unlinked = SupportLine::new(
            LineId(3),
            SdsOption::Option2,
            LineInput::empty(LineKind::Activity),
        );
        unlinked.name = "Respite weekend".into();
        plan.support.lines = vec![jo, sitter, unlinked];
        plan
    }

    fn words(view: &MyPlanView, part: MyPlanPart) -> Vec<String> {
        view.sections
            .iter()
            .find(|s| s.part == part)
            .map(|s| s.lines.iter().map(|l| l.words.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn my_plan_speaks_to_the_child_about_what_will_change_and_who_helps() {
        let view = my_plan(&sams_plan(), "2026-12-04", &EN).unwrap();
        assert_eq!(view.heading, "My plan");
        assert_eq!(view.hello, "This is your plan, Sam.");
        assert_eq!(view.made_on, "Made on 4 December 2026.");
        let headings: Vec<&str> = view.sections.iter().map(|s| s.heading).collect();
        assert_eq!(
            headings,
            [
                "What people like about you",
                "What you like",
                "How you feel",
                "What we hope will change",
                "Who and what could help you"
            ]
        );
        assert_eq!(words(&view, MyPlanPart::YouLike), ["Trains", "Swimming"]);
        // The parent's outcome, the idea only for it and an idea linked to
        // nothing (it may be a break for a parent) are not on the child's page.
        assert_eq!(
            words(&view, MyPlanPart::WillChange),
            ["Sam goes swimming with friends"]
        );
        assert_eq!(
            words(&view, MyPlanPart::WhoHelps),
            [
                "Jo: Tuesday evening and Saturday morning",
                "Your family: Jack",
                "Gran on Tuesdays"
            ]
        );
        let feel = view
            .sections
            .iter()
            .find(|s| s.part == MyPlanPart::YouFeel)
            .unwrap();
        let faces: Vec<(Option<Feeling>, &str)> = feel
            .lines
            .iter()
            .map(|l| (l.face, l.words.as_str()))
            .collect();
        assert_eq!(
            faces,
            [
                (Some(Feeling::Happy), "At home: Happy"),
                (Some(Feeling::Unhappy), "At school: Unhappy")
            ]
        );
        assert_eq!(view.shortened, None);
        assert!(!as_text(&view).contains("your child"));
    }

    #[test]
    fn nothing_written_means_no_page_and_a_long_story_is_shortened_to_one_page() {
        assert_eq!(my_plan(&Plan::default(), "2026-12-04", &EN), None);
        let mut plan = sams_plan();
        plan.about.child_name.clear();
        plan.story.child_strengths = "kind ".repeat(400);
        plan.story.child_words.likes = "trains ".repeat(300);
        plan.story.people_and_places = "gran ".repeat(400);
        let view = my_plan(&plan, "2026-12-04", &EN).unwrap();
        assert_eq!(view.hello, "This is your plan.");
        let shown: usize = view
            .sections
            .iter()
            .flat_map(|s| &s.lines)
            .map(|l| l.words.chars().count())
            .sum();
        assert!(shown <= MY_PLAN_CHARS, "{shown} characters");
        assert!(view.sections.iter().all(|s| {
            s.lines
                .iter()
                .map(|l| l.words.chars().count())
                .sum::<usize>()
                <= PART_CHARS
        }));
        assert_eq!(view.shortened, Some(EN.my_plan.shortened));
        // Long answers at the top never crowd out what will change and who
        // could help.
        let parts: Vec<MyPlanPart> = view.sections.iter().map(|s| s.part).collect();
        assert_eq!(parts, MyPlanPart::ALL);
        // The faces are still beside their words.
        let feel = view
            .sections
            .iter()
            .find(|s| s.part == MyPlanPart::YouFeel)
            .unwrap();
        assert_eq!(
            feel.lines.first().and_then(|l| l.face),
            Some(Feeling::Happy)
        );
    }

    #[test]
    fn a_young_person_is_asked_about_a_page_for_themselves() {
        let mut plan = sams_plan();
        plan.about.filler = Some(Filler::YoungPerson);
        assert_eq!(add_hint(&plan, &EN), EN.my_plan.add_hint_young_person);
        plan.about.filler = Some(Filler::ParentOrCarer);
        assert_eq!(add_hint(&plan, &EN), EN.my_plan.add_hint);
        plan.about.filler = Some(Filler::SupportWorker);
        assert_eq!(add_hint(&plan, &EN), EN.my_plan.add_hint_worker);
        assert!(!EN.my_plan.add_hint_worker.contains("your child"));
    }
}
