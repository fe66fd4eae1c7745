//! "Our summary for the assessment": everything the plan holds, in the
//! family's words, as a check-answers page, with questions to ask built by
//! rules from the plan. Also the same summary as plain text.

use crate::budget::{FieldKind, LineInput, SdsOption, parse_optional_whole};
use crate::council::council_by_id;
use crate::plan::Plan;
use crate::plan::outcomes::ForWhom;
use crate::steps::about::AgeGroup;
use crate::steps::about::{self, DecisionStage};
use crate::steps::growing_up::{self, StepState};
use crate::steps::story::{
    DayPart, FamilyRole, Feeling, FeelingTopic, feeling_label, member_called, person_called,
};
use crate::steps::{costs, options, outcomes, support};
use crate::text::Text;
use crate::text::format::upper_first;
use crate::vocabulary::SectionId;

pub mod my_plan;
pub mod pictures;
pub mod profile;

/// One row of a summary list: a label and one or more lines of value.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub key: String,
    pub value: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SummarySection {
    pub id: SectionId,
    pub heading: &'static str,
    /// Empty rows mean "Not filled in yet".
    pub rows: Vec<SummaryRow>,
}

/// The support worker helping a family in a session, named on the summary
/// if they wish. Not part of the plan: never saved, never in a file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SupportWorker {
    pub name: String,
    pub organisation: String,
}

impl SupportWorker {
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.organisation.trim().is_empty()
    }

    /// "Alex Smith, Argyll Family Support", or whichever of the two is
    /// given; `None` when neither is.
    fn named(&self) -> Option<String> {
        let parts: Vec<&str> = [self.name.trim(), self.organisation.trim()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SummaryView {
    pub title: String,
    /// Page 1: the one-page profile, once Our story has something for it.
    pub profile: Option<profile::ProfileView>,
    /// Each day with faces picked, as a picture in Our story.
    pub day_pictures: Vec<pictures::DayPicture>,
    /// The typical week, once any idea has days chosen.
    pub week_picture: Option<pictures::WeekPicture>,
    /// The people around the child, as circles.
    pub people_picture: Option<pictures::PeoplePicture>,
    pub made_on: String,
    /// "Made with help from Alex Smith, Argyll Family Support.", when a
    /// support worker gave their name.
    pub helped_by: Option<String>,
    pub sections: Vec<SummarySection>,
    /// The picture of the costs, drawn after the support section; its
    /// words are the same as the rows'.
    pub picture: Option<costs::MoneyPicture>,
    pub questions: Vec<&'static str>,
    /// "Add a My plan page", offered once there is something for it.
    pub my_plan: Option<MyPlanOffer>,
}

/// The "My plan" page, and whether the family added it to the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct MyPlanOffer {
    pub added: bool,
    /// The hint under "Add a My plan page", for whoever is filling it in.
    pub hint: &'static str,
    pub page: my_plan::MyPlanView,
}

impl SummaryView {
    /// The "My plan" page, when the family added it.
    pub fn my_plan_page(&self) -> Option<&my_plan::MyPlanView> {
        self.my_plan
            .as_ref()
            .filter(|offer| offer.added)
            .map(|offer| &offer.page)
    }
}

fn row(key: impl Into<String>, value: impl Into<String>) -> SummaryRow {
    SummaryRow {
        key: key.into(),
        value: vec![value.into()],
    }
}

fn about_us(plan: &Plan, t: &Text) -> Vec<SummaryRow> {
    let about = &plan.about;
    let s = t.summary;
    let mut rows = Vec::new();
    if !about.child_name.trim().is_empty() {
        rows.push(row(s.about_name, about.child_name.trim()));
    }
    let age = about::parse_age(&about.age).ok();
    if let Some(age) = age {
        rows.push(row(s.about_age, s.years_old(age)));
    }
    if let Some(filler) = about.filler {
        rows.push(row(s.about_filler, filler.label(t)));
    }
    if let Some(council) = about.council.as_deref().and_then(council_by_id) {
        rows.push(row(s.about_council, council.name));
    }
    if let Some(age) = age {
        let explain = DecisionStage::for_age(age).explain(t);
        rows.push(SummaryRow {
            key: s.about_decisions.to_owned(),
            value: explain.into_iter().map(str::to_owned).collect(),
        });
    }
    rows
}

/// A row only when the family wrote something.
fn written(rows: &mut Vec<SummaryRow>, key: impl Into<String>, text: &str) {
    if !text.trim().is_empty() {
        rows.push(row(key, text.trim()));
    }
}

/// Carers' own rights (sds-facts.md §12), for the family the plan names.
fn carers_rights(plan: &Plan, t: &Text) -> SummaryRow {
    let c = t.carers;
    let story = &plan.story;
    let mut value = Vec::new();
    if story
        .family
        .iter()
        .any(|m| m.role == FamilyRole::ParentOrCarer)
    {
        value.push(c.summary_parent.to_owned());
    }
    value.extend(
        story
            .family
            .iter()
            .filter(|m| m.role == FamilyRole::Sibling)
            .map(|m| c.summary_sibling(&member_called(story, m.id, t).capital)),
    );
    value.push(c.four_options.to_owned());
    value.push(c.where_to_ask.to_owned());
    SummaryRow {
        key: c.summary_key.to_owned(),
        value,
    }
}

fn story(plan: &Plan, t: &Text) -> Vec<SummaryRow> {
    let s = t.summary;
    let k = &s.story_keys;
    let story = &plan.story;
    let age = AgeGroup::of(&plan.about);
    let mut rows = Vec::new();
    written(&mut rows, k.important_to, &story.important_to);
    written(&mut rows, k.important_for, &story.important_for);
    let strengths = match plan.about.child_name.trim() {
        "" => k.child_strengths.to_owned(),
        _ => k.named_child_strengths(&about::child_called(&plan.about, t).possessive),
    };
    written(&mut rows, strengths, &story.child_strengths);
    written(&mut rows, k.family_strengths, &story.family_strengths);
    written(&mut rows, k.people_and_places, &story.people_and_places);
    let family: Vec<String> = story
        .family
        .iter()
        .map(|m| {
            let role = match (m.role, m.young_carer) {
                (FamilyRole::ParentOrCarer, _) => s.family_parent,
                (FamilyRole::Sibling, false) => s.family_sibling,
                (FamilyRole::Sibling, true) => s.family_young_carer,
            };
            if m.name.trim().is_empty() && !m.young_carer {
                upper_first(&member_called(story, m.id, t).name)
            } else {
                s.family_named(&member_called(story, m.id, t).capital, &role)
            }
        })
        .collect();
    if !family.is_empty() {
        rows.push(SummaryRow {
            key: k.family.to_owned(),
            value: family,
        });
        rows.push(carers_rights(plan, t));
    }
    for person in story.people() {
        let who = person_called(plan, person, t).name;
        let day = story.day(person);
        let how: Vec<String> = DayPart::ALL
            .into_iter()
            .filter_map(|part| {
                let how = day.part(part).how?;
                Some(format!("{}: {}", part.name(t), how.label(t)))
            })
            .collect();
        if !how.is_empty() {
            rows.push(SummaryRow {
                key: s.how_day_goes(&who),
                value: how,
            });
        }
        for (key, pick) in [(s.good_day(&who), true), (s.bad_day(&who), false)] {
            let lines: Vec<String> = DayPart::ALL
                .into_iter()
                .filter_map(|part| {
                    let both = day.part(part);
                    let text = if pick { &both.good } else { &both.bad };
                    (!text.trim().is_empty()).then(|| format!("{}: {}", part.name(t), text.trim()))
                })
                .collect();
            if !lines.is_empty() {
                rows.push(SummaryRow { key, value: lines });
            }
        }
        written(&mut rows, s.difference(&who), &day.difference);
        written(&mut rows, s.more_good_days(&who), &day.more_good_days);
    }
    let words = &story.child_words;
    written(&mut rows, k.likes, &words.likes);
    written(&mut rows, k.dislikes, &words.dislikes);
    written(&mut rows, k.hard, &words.hard);
    written(&mut rows, k.more_of, &words.more_of);
    let feelings = &words.feelings;
    let felt: Vec<String> = FeelingTopic::ALL
        .into_iter()
        .zip([
            feelings.home,
            feelings.school,
            feelings.friends,
            feelings.out_and_about,
        ])
        .filter_map(|(topic, feeling): (FeelingTopic, Option<Feeling>)| {
            feeling.map(|f| format!("{}: {}", feeling_label(topic, age, t), f.label(t)))
        })
        .collect();
    if !felt.is_empty() {
        rows.push(SummaryRow {
            key: k.feelings.to_owned(),
            value: felt,
        });
    }
    written(&mut rows, k.working, &story.working);
    written(&mut rows, k.not_working, &story.not_working);
    rows
}

/// Each outcome with the support ideas linked to it (their option and
/// cost, as the costs page says them), then the ideas linked to none.
fn outcomes(plan: &Plan, ideas: &[support::IdeaSummary], t: &Text) -> Vec<SummaryRow> {
    let s = t.summary;
    let idea_line = |idea: &support::IdeaSummary| {
        let mut parts = vec![idea.option.to_owned()];
        parts.extend(idea.cost.clone());
        format!("{}: {}", idea.name, parts.join(", "))
    };
    let linked_to = |id| {
        ideas
            .iter()
            .filter(|idea| {
                plan.support
                    .lines
                    .iter()
                    .any(|l| l.id == idea.id && l.outcome_ids.contains(&id))
            })
            .collect::<Vec<_>>()
    };
    let shown: Vec<&crate::plan::outcomes::Outcome> = plan
        .outcomes
        .items
        .iter()
        .filter(|o| !o.words.trim().is_empty())
        .collect();
    let mut rows: Vec<SummaryRow> = shown
        .iter()
        .enumerate()
        .map(|(n, o)| {
            let mut value = vec![o.words.trim().to_owned()];
            if !o.indicators.is_empty() && ForWhom::has_wellbeing(o.for_whom) {
                let names: Vec<&str> = o.indicators.iter().map(|i| i.name(t)).collect();
                value.push(format!("{}: {}", s.outcome_wellbeing, names.join(", ")));
            }
            if let Some(for_whom) = o.for_whom {
                let for_whom = outcomes::for_whom_label(for_whom, plan, t);
                value.push(format!("{}: {}", s.outcome_for, for_whom));
            }
            if !o.how_we_know.trim().is_empty() {
                value.push(format!(
                    "{}: {}",
                    s.outcome_how_we_know,
                    o.how_we_know.trim()
                ));
            }
            let linked = linked_to(o.id);
            if !linked.is_empty() {
                value.push(format!("{}:", s.outcome_ideas));
                value.extend(linked.into_iter().map(idea_line));
            }
            SummaryRow {
                key: s.outcome_number(&(n + 1)),
                value,
            }
        })
        .collect();
    // Ideas for no outcome in the summary (none chosen, or only blank ones).
    let unlinked: Vec<String> = ideas
        .iter()
        .filter(|idea| {
            !plan
                .support
                .lines
                .iter()
                .any(|l| l.id == idea.id && shown.iter().any(|o| l.outcome_ids.contains(&o.id)))
        })
        .map(idea_line)
        .collect();
    if !shown.is_empty() && !unlinked.is_empty() {
        rows.push(SummaryRow {
            key: s.ideas_without_outcome.to_owned(),
            value: unlinked,
        });
        rows.push(row("", s.ideas_without_outcome_note));
    }
    rows
}

/// Each idea with its option and cost, the totals, and the estimate
/// warning with the tax year, all as the costs page shows them.
fn costs(start: &costs::StartView, t: &Text) -> Vec<SummaryRow> {
    let s = t.summary;
    if start.ideas.is_empty() {
        return Vec::new();
    }
    // Ideas that cannot be costed yet first; then every costed idea, the
    // costs of being an employer and the allowance, with the totals, in
    // the order that adds up.
    let mut rows: Vec<SummaryRow> = start
        .ideas
        .iter()
        .filter(|idea| idea.cost.is_none())
        .map(|idea| SummaryRow {
            key: idea.name.clone(),
            value: vec![idea.option.to_owned(), s.costs_not_counted.to_owned()],
        })
        .collect();
    match &start.costs {
        Ok(costs) => {
            rows.extend(costs.totals.iter().map(|total| {
                // Every total says the period it is for.
                let amount = match total.kind {
                    costs::TotalKind::OptionTotal | costs::TotalKind::PlanTotal => t
                        .support
                        .amount_for_weeks(&total.for_the_plan, &costs.plan_weeks),
                    _ => total.for_the_plan.clone(),
                };
                let mut value = vec![amount];
                value.extend(total.option.map(str::to_owned));
                value.extend(total.note.clone());
                value.extend(
                    total
                        .about_a_week
                        .as_ref()
                        .map(|week| format!("{}: {week}", s.costs_about_a_week)),
                );
                SummaryRow {
                    key: total.label.clone(),
                    value,
                }
            }));
            if let Some(note) = costs.option_4_note {
                rows.push(row("", note));
            }
            for balance in &costs.balances {
                rows.push(row("", balance.as_str()));
            }
        }
        Err(problem) => rows.push(row("", *problem)),
    }
    rows.push(row("", s.costs_estimate_for(&start.tax_year)));
    rows
}

fn options_thinking(plan: &Plan, t: &Text) -> Vec<SummaryRow> {
    let s = t.summary;
    let thinking = &plan.options;
    // The same names as the costs rows, so the page spells each option once.
    // Thinking about several is weighing them up, not a mix: what the
    // ideas use is said after, with any difference (options::thinking_and_costs).
    let considering: Vec<String> = thinking
        .considering_in_order()
        .into_iter()
        .map(|o| support::option_name(o, t.support).to_owned())
        .collect();
    let mut rows = Vec::new();
    // What matters to the family, in question order (never ranked), with
    // how each option fits what they said, in words.
    let asked = options::answers_asked(plan);
    // How an option fits an answer does not depend on the council.
    let fits = options::fit_view(&asked, &options::LocalAvailability::default(), t);
    for question in options::questions(plan) {
        let Some(answer) = asked.answers.get(&question) else {
            continue;
        };
        let mut value = vec![answer.label(t.options).to_owned()];
        value.extend(fits.options.iter().filter_map(|option| {
            let row = option.rows.iter().find(|r| r.question == question)?;
            Some(format!("{}: {}", option.name, row.fit_label))
        }));
        rows.push(SummaryRow {
            key: question.question(t.options).to_owned(),
            value,
        });
    }
    if !rows.is_empty() {
        // The fits are not a score: the choice is the family's.
        rows.push(row("", fits.your_choice[0]));
    }
    if !considering.is_empty() {
        rows.push(SummaryRow {
            key: s.options_considering.to_owned(),
            value: considering,
        });
    }
    if !thinking.why.trim().is_empty() {
        rows.push(row(s.options_why, thinking.why.trim()));
    }
    if let Some(note) = options::thinking_differs_from_costs(plan, t) {
        rows.push(row("", &note));
    }
    rows
}

/// Questions to ask, by rules from what the plan holds, in a fixed order.
pub fn questions(plan: &Plan, t: &Text) -> Vec<&'static str> {
    let s = t.summary;
    let budget = &plan.support;
    let lines = &budget.lines;
    let has_pa = lines
        .iter()
        .any(|l| matches!(l.input, LineInput::PersonalAssistant(_)));
    // Weeks read by the budget engine's own parser, so "052" is 52 and a
    // blank means the whole plan, as in the costs.
    let read_weeks = |text: &str, kind| parse_optional_whole(text, kind).ok().flatten();
    let plan_weeks = read_weeks(&budget.settings.plan_weeks, FieldKind::PlanWeeks);
    let term_time = plan_weeks.is_some_and(|plan_weeks| {
        lines.iter().any(|l| {
            l.input
                .weeks_text()
                .and_then(|text| read_weeks(text, FieldKind::Weeks))
                .is_some_and(|weeks| weeks < plan_weeks)
        })
    });
    let considering = &plan.options.considering;
    let age = about::parse_age(&plan.about.age).ok();
    let rules: [(bool, &'static str); 10] = [
        (true, s.question_budget),
        (has_pa, s.question_pa_rate),
        (
            considering.contains(&SdsOption::Option1),
            s.question_direct_payment_help,
        ),
        (
            considering.contains(&SdsOption::Option2),
            s.question_option2_providers,
        ),
        (considering.is_empty(), s.question_time_to_choose),
        (term_time, s.question_term_time),
        (
            age.is_some_and(|a| (14..=17).contains(&a)),
            s.question_transition,
        ),
        (
            age.is_some_and(|a| (14..=17).contains(&a)),
            s.question_adult_worker,
        ),
        (
            age.is_some_and(|a| (16..=17).contains(&a)),
            s.question_support_after_18,
        ),
        (true, s.question_review),
    ];
    rules
        .into_iter()
        .filter_map(|(applies, q)| applies.then_some(q))
        .collect()
}

pub fn summary(plan: &Plan, worker: &SupportWorker, t: &Text, today: &str) -> SummaryView {
    let section = |id: SectionId, rows: Vec<SummaryRow>| SummarySection {
        id,
        heading: match id {
            SectionId::GrowingUp => t.growing_up.summary_heading,
            _ => id.title(t),
        },
        rows,
    };
    let name = plan.about.child_name.trim();
    // The costs page's view, worked out once for the rows and the picture.
    let start = costs::start(plan, t);
    SummaryView {
        title: if name.is_empty() {
            t.summary.title.to_owned()
        } else {
            t.summary.title_for(&name)
        },
        profile: profile::profile(plan, worker.named().as_deref(), today, t),
        day_pictures: pictures::day_pictures(plan, t),
        week_picture: pictures::week_picture(plan, t),
        people_picture: pictures::people_picture(plan, t),
        made_on: t.summary.made_on(&t.locale.long_date(today)),
        helped_by: worker.named().map(|who| t.summary.helped_by(&who)),
        sections: vec![
            section(SectionId::AboutUs, about_us(plan, t)),
            section(SectionId::OurStory, story(plan, t)),
            section(SectionId::Outcomes, outcomes(plan, &start.ideas, t)),
            section(SectionId::Support, costs(&start, t)),
            section(SectionId::Options, options_thinking(plan, t)),
        ]
        .into_iter()
        .chain(
            growing_up::applies(plan)
                .then(|| section(SectionId::GrowingUp, adult_life(plan, today, t))),
        )
        .collect(),
        picture: start.costs.ok().and_then(|c| c.picture),
        questions: questions(plan, t),
        my_plan: my_plan::my_plan(plan, today, t).map(|page| MyPlanOffer {
            added: plan.with_my_plan,
            hint: my_plan::add_hint(plan, t),
            page,
        }),
    }
}

/// "Planning for adult life", from 14: the steps for now and next, and
/// those done, with who the family spoke to.
fn adult_life(plan: &Plan, today: &str, t: &Text) -> Vec<SummaryRow> {
    let g = t.growing_up;
    growing_up::view(plan, today, t)
        .steps
        .into_iter()
        .filter(|step| {
            matches!(
                step.state,
                StepState::Now | StepState::Late | StepState::Next | StepState::Done
            )
        })
        .map(|step| {
            let mut value = vec![format!("{}: {}", step.state_label, step.when)];
            if !step.spoke_to.trim().is_empty() {
                value.push(g.summary_spoke_to(&step.spoke_to.trim()));
            }
            SummaryRow {
                key: step.title.to_owned(),
                value,
            }
        })
        .collect()
}

/// The whole summary as plain text, for an email or a council form.
pub fn as_text(view: &SummaryView, t: &Text) -> String {
    let mut out = format!("{}\n{}\n", view.title, view.made_on);
    if let Some(helped_by) = &view.helped_by {
        out.push_str(&format!("{helped_by}\n"));
    }
    if let Some(profile) = &view.profile {
        out.push_str(&format!("\n{}\n", profile.heading.to_uppercase()));
        out.extend(profile.age.iter().map(|age| format!("{age}\n")));
        for section in &profile.sections {
            out.push_str(&format!(
                "{}: {}\n",
                section.heading,
                section
                    .lines
                    .iter()
                    .map(|l| l.words.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        out.extend(profile.continued.map(|c| format!("{c}\n")));
    }
    for section in &view.sections {
        out.push_str(&format!("\n{}\n", section.heading.to_uppercase()));
        if section.rows.is_empty() {
            out.push_str(&format!("{}\n", t.summary.not_filled_in));
        }
        for row in &section.rows {
            let value = row.value.join("; ");
            if row.key.is_empty() {
                out.push_str(&format!("{value}\n"));
            } else {
                out.push_str(&format!("{}: {}\n", row.key, value));
            }
        }
    }
    out.push_str(&format!(
        "\n{}\n",
        t.summary.questions_heading.to_uppercase()
    ));
    for (n, q) in view.questions.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", n + 1, q));
    }
    if let Some(page) = view.my_plan_page() {
        out.push_str(&my_plan::as_text(page));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::model::Screen;
    use crate::budget::{LineId, LineKind, SupportLine};
    use crate::steps::outcomes::Outcome;
    use crate::test_support::plan_about;
    use crate::text::EN;
    use crate::vocabulary::OutcomeId;

    fn section(view: &SummaryView, id: SectionId) -> &SummarySection {
        view.sections.iter().find(|s| s.id == id).unwrap()
    }

    fn summary_of(plan: Plan, today: &str) -> SummaryView {
        summary(&plan, &SupportWorker::default(), &EN, today)
    }

    fn line(id: u32, kind: LineKind, weeks: &str) -> SupportLine {
        let mut input = LineInput::empty(kind);
        match &mut input {
            LineInput::PersonalAssistant(i) => i.weeks = weeks.into(),
            LineInput::Activity(i) => i.weeks = weeks.into(),
            _ => {}
        }
        SupportLine::new(LineId(id), SdsOption::Option1, input)
    }

    #[test]
    fn a_support_worker_who_gives_a_name_is_on_the_summary_and_its_text() {
        let worker = |name: &str, organisation: &str| SupportWorker {
            name: name.into(),
            organisation: organisation.into(),
        };
        for (given, shown) in [
            (
                worker(" Alex Smith ", "Argyll Family Support"),
                Some("Made with help from Alex Smith, Argyll Family Support."),
            ),
            (
                worker("Alex Smith", " "),
                Some("Made with help from Alex Smith."),
            ),
            (
                worker("", "Argyll Family Support"),
                Some("Made with help from Argyll Family Support."),
            ),
            (worker(" ", ""), None),
        ] {
            let view = summary(&Plan::default(), &given, &EN, "2026-12-02");
            assert_eq!(view.helped_by.as_deref(), shown, "{given:?}");
            let text = as_text(&view, &EN);
            let second_line = text.lines().nth(2).unwrap_or_default();
            match shown {
                Some(line) => assert_eq!(second_line, line),
                None => assert!(!text.contains("Made with help"), "{text}"),
            }
        }
    }

    #[test]
    fn an_empty_plan_asks_the_always_questions_and_about_time_to_choose() {
        let expected = vec![
            EN.summary.question_budget,
            EN.summary.question_time_to_choose,
            EN.summary.question_review,
        ];
        assert_eq!(questions(&Plan::default(), &EN), expected);
    }

    #[test]
    fn a_pa_line_asks_whether_the_rate_covers_the_true_cost() {
        let mut plan = Plan::default();
        plan.support
            .lines
            .push(line(1, LineKind::PersonalAssistant, ""));
        assert!(questions(&plan, &EN).contains(&EN.summary.question_pa_rate));
    }

    #[test]
    fn considering_option_2_asks_about_local_providers_and_not_about_time_to_choose() {
        let mut plan = Plan::default();
        plan.options.considering = vec![SdsOption::Option2];
        let asked = questions(&plan, &EN);
        assert!(asked.contains(&EN.summary.question_option2_providers));
        assert!(!asked.contains(&EN.summary.question_time_to_choose));
        assert!(!asked.contains(&EN.summary.question_direct_payment_help));
    }

    #[test]
    fn considering_option_1_asks_about_help_with_a_direct_payment() {
        let mut plan = Plan::default();
        plan.options.considering = vec![SdsOption::Option1];
        assert!(questions(&plan, &EN).contains(&EN.summary.question_direct_payment_help));
    }

    #[test]
    fn a_term_time_line_asks_about_moving_budget_between_weeks() {
        let mut plan = Plan::default();
        plan.support.lines.push(line(1, LineKind::Activity, "39"));
        assert!(questions(&plan, &EN).contains(&EN.summary.question_term_time));
    }

    #[test]
    fn weeks_are_read_as_numbers_not_compared_as_text() {
        let mut plan = Plan::default();
        plan.support.lines.push(line(1, LineKind::Activity, "052"));
        assert!(!questions(&plan, &EN).contains(&EN.summary.question_term_time));
        plan.support.settings.plan_weeks = "39".into();
        plan.support.lines = vec![line(1, LineKind::Activity, "")];
        assert!(!questions(&plan, &EN).contains(&EN.summary.question_term_time));
    }

    #[test]
    fn a_line_for_every_week_of_the_plan_is_not_term_time() {
        let mut plan = Plan::default();
        plan.support.lines.push(line(1, LineKind::Activity, "52"));
        plan.support.lines.push(line(2, LineKind::Activity, ""));
        assert!(!questions(&plan, &EN).contains(&EN.summary.question_term_time));
    }

    #[test]
    fn ages_14_to_17_ask_about_adult_services() {
        for (age, asked) in [("13", false), ("14", true), ("17", true), ("18", false)] {
            let mut plan = Plan::default();
            plan.about.age = age.into();
            assert_eq!(
                questions(&plan, &EN).contains(&EN.summary.question_transition),
                asked,
                "{age}"
            );
            assert_eq!(
                questions(&plan, &EN).contains(&EN.summary.question_adult_worker),
                asked,
                "{age}"
            );
        }
        // What happens between 18 and adult support: asked from 16.
        for (age, asked) in [("15", false), ("16", true), ("17", true), ("18", false)] {
            let mut plan = Plan::default();
            plan.about.age = age.into();
            assert_eq!(
                questions(&plan, &EN).contains(&EN.summary.question_support_after_18),
                asked,
                "{age}"
            );
        }
    }

    #[test]
    fn from_14_the_summary_has_planning_for_adult_life_with_who_they_spoke_to() {
        use crate::plan::growing_up::TransitionStep;
        let mut plan = plan_about("Amir", "13");
        let view = summary_of(plan.clone(), "2026-12-04");
        assert!(view.sections.iter().all(|s| s.id != SectionId::GrowingUp));
        plan.about.age = "15".into();
        plan.growing_up.change(TransitionStep::StartPlanning, |r| {
            r.done = true;
            r.spoke_to = "Mrs Lee, guidance teacher".into();
        });
        let view = summary_of(plan, "2026-12-04");
        let adult_life = section(&view, SectionId::GrowingUp);
        assert_eq!(adult_life.heading, "Planning for adult life");
        assert_eq!(
            adult_life.rows.first(),
            Some(&SummaryRow {
                key: "Start planning for adult life".into(),
                value: vec![
                    "Done: From 14".into(),
                    "Spoke to: Mrs Lee, guidance teacher".into()
                ],
            })
        );
        // Now and next only: nothing for 18 yet.
        let keys: Vec<&str> = adult_life.rows.iter().map(|r| r.key.as_str()).collect();
        assert!(keys.contains(&"Ask for a meeting about leaving school"));
        assert!(!keys.contains(&"Planning can go on up to 25"));
        assert!(as_text(&view, &EN).contains("\nPLANNING FOR ADULT LIFE\nStart planning for adult life: Done: From 14; Spoke to: Mrs Lee, guidance teacher\n"));
    }

    #[test]
    fn the_review_question_always_comes_last() {
        let asked = questions(&plan_about("Sam", "15"), &EN);
        assert_eq!(asked.last(), Some(&EN.summary.question_review));
    }

    #[test]
    fn about_us_shows_what_was_given_with_who_decides() {
        let view = summary_of(plan_about("Sam", "15"), "2026-11-26");
        let about = section(&view, SectionId::AboutUs);
        let keys: Vec<&str> = about.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            vec![
                "Name",
                "Age",
                "Filled in by",
                "Council area",
                "Who makes decisions"
            ]
        );
        assert_eq!(about.rows[1].value, vec!["15 years old"]);
        assert_eq!(about.rows[3].value, vec!["Highland"]);
        assert_eq!(
            about.rows[4].value,
            vec![EN.decisions_under_16, EN.transition_from_14]
        );
        assert_eq!(about.id.screen(), Screen::AboutUs);
    }

    #[test]
    fn the_title_and_date_name_the_child_and_the_day() {
        let view = summary_of(plan_about("Sam", "15"), "2026-11-26");
        assert_eq!(view.title, "Our summary for Sam's assessment");
        assert!(
            view.made_on
                .starts_with("Made with SDS Explorer on 26 November 2026.")
        );
        assert_eq!(
            summary_of(Plan::default(), "2026-11-26").title,
            "Our summary for the assessment"
        );
    }

    #[test]
    fn empty_sections_have_no_rows() {
        let view = summary_of(Plan::default(), "2026-11-26");
        assert!(view.sections.iter().all(|s| s.rows.is_empty()));
    }

    #[test]
    fn outcomes_are_listed_in_the_familys_words() {
        let mut plan = Plan::default();
        for (id, words) in [(4, "Sam goes to a club"), (9, "  ")] {
            let words = words.into();
            plan.outcomes.items.push(Outcome {
                id: OutcomeId(id),
                words,
                ..Outcome::default()
            });
        }
        let view = summary_of(plan.clone(), "2026-11-26");
        let rows = &section(&view, SectionId::Outcomes).rows;
        assert_eq!(rows, &vec![row("Change 1", "Sam goes to a club")]);
    }

    #[test]
    fn the_faces_are_named_for_the_childs_age() {
        let mut plan = Plan::default();
        plan.about.age = "14".into();
        plan.story.child_words.feelings.school = Some(Feeling::Happy);
        let view = summary_of(plan, "2026-11-26");
        let text = format!("{:?}", section(&view, SectionId::OurStory).rows);
        assert!(text.contains("At school: "), "{text}");
        assert!(!text.contains("nursery"), "{text}");
    }

    #[test]
    fn thinking_about_two_options_is_not_called_a_mix() {
        let mut plan = Plan::default();
        plan.options.considering = vec![SdsOption::Option3, SdsOption::Option1];
        plan.options.why = "We want some control".into();
        let view = summary_of(plan.clone(), "2026-11-26");
        let rows = &section(&view, SectionId::Options).rows;
        assert_eq!(
            rows,
            &vec![
                SummaryRow {
                    key: "Options we are thinking about".into(),
                    value: vec![
                        support::option_name(SdsOption::Option1, EN.support).into(),
                        support::option_name(SdsOption::Option3, EN.support).into(),
                    ],
                },
                row("Why", "We want some control"),
            ]
        );
        assert!(!format!("{rows:?}").contains("Option 4"), "{rows:?}");
    }

    #[test]
    fn a_difference_between_thinking_and_the_ideas_is_pointed_out() {
        let mut plan = Plan::default();
        plan.options.considering = vec![SdsOption::Option1];
        plan.support.lines = vec![
            crate::test_support::pa(1, "10", "13.45", ""),
            crate::test_support::pa(2, "5", "13.45", ""),
        ];
        plan.support.lines[0].option = Some(SdsOption::Option1);
        plan.support.lines[1].option = Some(SdsOption::Option3);
        let view = summary_of(plan, "2026-11-26");
        let rows = &section(&view, SectionId::Options).rows;
        // The costs rows already say the ideas make a mix.
        assert_eq!(
            rows[1..],
            [row(
                "",
                "You are thinking about Option 1, and your support ideas use Options 1 and 3. You may want to check these before your assessment."
            )]
        );
    }

    #[test]
    fn the_story_shows_what_was_written_with_good_days_by_part_of_the_day() {
        use crate::steps::story::{DayStory, FamilyMember, HowItGoes};
        use crate::vocabulary::MemberId;
        let mut plan = Plan::default();
        plan.story.important_to = "Being outdoors".into();
        plan.story.child_day.evening.bad = "Meltdowns before bed".into();
        plan.story.child_day.morning.good = "Breakfast together".into();
        plan.story.child_day.night.how = Some(HowItGoes::UsuallyHard);
        plan.about.child_name = "Sam".into();
        let mut jack = crate::test_support::jack_a_young_carer();
        jack.day.evening.bad = "Helps with Sam all evening".into();
        let mut parent = FamilyMember {
            id: MemberId(2),
            role: FamilyRole::ParentOrCarer,
            name: String::new(),
            young_carer: false,
            day: DayStory::default(),
        };
        parent.day.night.bad = "  ".into();
        plan.story.family = vec![jack, parent];
        let view = summary_of(plan, "2026-11-26");
        let rows = &section(&view, SectionId::OurStory).rows;
        assert_eq!(
            rows,
            &vec![
                row("Important to us", "Being outdoors"),
                SummaryRow {
                    key: "Our family".into(),
                    value: vec![
                        "Jack (brother or sister, young carer)".into(),
                        "A parent or carer".into()
                    ]
                },
                SummaryRow {
                    key: "Carers' own support".into(),
                    value: vec![
                        "A parent or carer can ask for an adult carer support plan.".into(),
                        "Jack can ask for a young carer statement.".into(),
                        EN.carers.four_options.into(),
                        EN.carers.where_to_ask.into(),
                    ]
                },
                row(
                    "How the day usually goes for Sam",
                    "Bedtime and night: Usually hard"
                ),
                row(
                    "A good day for Sam",
                    "Waking up and morning: Breakfast together"
                ),
                row("A bad day for Sam", "Evening: Meltdowns before bed"),
                row("A bad day for Jack", "Evening: Helps with Sam all evening"),
            ]
        );
    }

    #[test]
    fn what_matters_is_said_in_question_order_with_each_options_fit_in_option_order() {
        use crate::plan::options::{Answer, WhatMatters};
        let mut plan = Plan::default();
        plan.about.age = "9".into();
        plan.options
            .answers
            .insert(WhatMatters::CoverWhenOff, Answer::Yes);
        plan.options
            .answers
            .insert(WhatMatters::ChooseWhoSupports, Answer::Yes);
        // Asked before the age was known: not a question for a 9-year-old.
        plan.options
            .answers
            .insert(WhatMatters::YoungPersonManages, Answer::Yes);
        let view = summary_of(plan, "2026-11-26");
        let rows = &section(&view, SectionId::Options).rows;
        let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            vec![
                "We want to choose who supports our child",
                "We need cover when a worker is ill or on holiday",
                ""
            ]
        );
        assert_eq!(
            rows[2].value,
            vec!["This does not pick an option for you. The choice is yours."]
        );
        assert_eq!(rows[0].value[0], "Yes");
        let options: Vec<&str> = rows[0].value[1..]
            .iter()
            .map(|line| line.split(':').next().unwrap_or(""))
            .collect();
        assert_eq!(
            options,
            vec!["Option 1", "Option 2", "Option 3", "Option 4"]
        );
    }

    #[test]
    fn each_outcome_lists_the_ideas_linked_to_it_and_unlinked_ideas_come_after() {
        let mut plan = Plan::default();
        for (id, words) in [(1, "Sam goes swimming with friends"), (2, "We get a break")] {
            plan.outcomes.items.push(Outcome {
                id: OutcomeId(id),
                words: words.into(),
                ..Outcome::default()
            });
        }
        let mut pa = SupportLine::personal_assistant(LineId(1), "10", "13.45", "52");
        pa.name = "Jo".into();
        pa.outcome_ids = vec![OutcomeId(1), OutcomeId(2)];
        let mut club = line(2, LineKind::Activity, "");
        club.name = "Swimming club".into();
        club.outcome_ids = vec![OutcomeId(1)];
        let mut gym = line(3, LineKind::Activity, "");
        gym.name = "Gym pass".into();
        plan.support.lines = vec![pa, club, gym];
        let view = summary_of(plan, "2026-11-26");
        let rows = &section(&view, SectionId::Outcomes).rows;
        let shown: Vec<(String, Vec<String>)> = rows
            .iter()
            .map(|r| {
                (
                    r.key.clone(),
                    r.value
                        .iter()
                        .map(|v| v.split(':').next().unwrap_or("").to_owned())
                        .collect(),
                )
            })
            .collect();
        let owned = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            shown,
            vec![
                (
                    "Change 1".into(),
                    owned(&[
                        "Sam goes swimming with friends",
                        "Support ideas for this",
                        "Jo",
                        "Swimming club"
                    ])
                ),
                (
                    "Change 2".into(),
                    owned(&["We get a break", "Support ideas for this", "Jo"])
                ),
                (
                    "Ideas not linked to a change yet".into(),
                    owned(&["Gym pass"])
                ),
                (
                    "".into(),
                    owned(&[
                        "You could link each of these ideas to the change it is for, on its page in Support ideas and costs. It helps everyone see why you need it."
                    ])
                ),
            ]
        );
        assert!(
            rows[0].value[2].starts_with("Jo: Option 1"),
            "{}",
            rows[0].value[2]
        );
    }

    #[test]
    fn costs_show_each_idea_the_totals_and_the_estimate_warning_with_the_tax_year() {
        let mut plan = Plan::default();
        let mut pa = SupportLine::personal_assistant(LineId(1), "20", "13.45", "52");
        pa.name = "PA for clubs".into();
        plan.support.lines.push(pa);
        let view = summary_of(plan, "2026-11-26");
        let rows = &section(&view, SectionId::Support).rows;
        let text: Vec<String> = rows
            .iter()
            .map(|r| format!("{}: {}", r.key, r.value.join(" | ")))
            .collect();
        assert!(
            text.iter().any(|l| l.starts_with("PA for clubs: ")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|l| l.contains("£16,159.44") && l.contains("About a week: £310.76")),
            "{text:?}"
        );
        assert_eq!(
            text.last().map(String::as_str),
            Some(
                ": This is an estimate to help you talk to your council. It is not your budget. Figures use the rates for the 2026/27 tax year."
            )
        );
    }

    #[test]
    fn the_text_version_holds_every_section_and_numbered_questions() {
        let view = summary_of(plan_about("Sam", "15"), "2026-11-26");
        let text = as_text(&view, &EN);
        assert!(text.starts_with(
            "Our summary for Sam's assessment\nMade with SDS Explorer on 26 November 2026."
        ));
        assert!(text.contains("\nABOUT US\nName: Sam\nAge: 15 years old\n"));
        assert!(text.contains("\nWHAT WE WANT TO CHANGE\nNot filled in yet\n"));
        assert!(
            text.contains("\nQUESTIONS TO ASK AT THE ASSESSMENT\n1. What is our indicative budget")
        );
    }
}
