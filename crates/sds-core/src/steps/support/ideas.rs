//! The ideas on the section's main page: each with its option, the
//! outcomes it serves and its cost or why it is not counted yet, and the
//! reminders that a PA booked every week needs holiday cover.

use super::*;

/// One idea in the list, with its cost or why it is not counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaSummary {
    pub id: LineId,
    pub name: String,
    /// The kind, unless the name already says it.
    pub kind: Option<&'static str>,
    pub option: &'static str,
    pub cost: Option<String>,
    pub problem: Option<&'static str>,
    pub outcomes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverReminder {
    pub pa_line: LineId,
    pub text: String,
}

fn line_problem(errors: &[LineError], t: &SupportText) -> &'static str {
    if errors.contains(&LineError::PersonalAssistantOutsideOption1) {
        t.error_pa_not_option_1
    } else if errors == [LineError::NoOptionChosen] {
        t.idea_no_option
    } else if errors.contains(&LineError::Option4ForOneIdea) {
        t.error_option_4_for_one_idea
    } else {
        t.idea_not_counted
    }
}

fn outcome_words(plan: &Plan, line: &SupportLine) -> Vec<String> {
    line.outcome_ids
        .iter()
        .filter_map(|id| plan.outcomes.items.iter().find(|o| o.id == *id))
        .map(|o| o.words.trim().to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The ideas in the family's order, costed from `breakdown` (the engine's
/// answer for this plan, worked out once by the page that shows them).
pub fn ideas(
    plan: &Plan,
    breakdown: Option<&BudgetBreakdown>,
    s: &SupportText,
) -> Vec<IdeaSummary> {
    let budget = &plan.support;
    let mut ideas = Vec::with_capacity(budget.lines.len());
    for line in &budget.lines {
        let result = breakdown.and_then(|b| {
            b.lines
                .iter()
                .find(|l| l.id == line.id)
                .map(|l| (b, &l.result))
        });
        let (cost, problem) = match result {
            Some((b, LineResult::Costed(costed))) => (Some(idea_cost_words(b, costed, s)), None),
            Some((_, LineResult::Invalid { errors })) => (None, Some(line_problem(errors, s))),
            None => (None, None),
        };
        let name = line_name(budget, line, s);
        let kind = kind_text(line.input.kind(), s).name;
        ideas.push(IdeaSummary {
            id: line.id,
            kind: (kind != name).then_some(kind),
            name,
            option: chosen_option_name(line.paid_under(), s),
            cost,
            problem,
            outcomes: outcome_words(plan, line),
        });
    }
    ideas
}

/// An idea's cost in words. A PA's is their own full cost; the costs of
/// being an employer (and the allowance, when claimed) are counted once,
/// in the totals, and the words say so.
pub(crate) fn idea_cost_words(b: &BudgetBreakdown, costed: &CostedLine, s: &SupportText) -> String {
    let (amount, weeks) = (money(costed.total), b.plan_weeks);
    let allowance = b.employer.as_ref().is_some_and(|e| e.allowance.is_some());
    match (costed.pa.is_some(), allowance) {
        (false, _) => s.idea_costs(&amount, &weeks),
        (true, true) => s.idea_costs_pa_allowance(&amount, &weeks),
        (true, false) => s.idea_costs_pa(&amount, &weeks),
    }
}

/// "Sam is booked every week…" for each PA with no cover line yet.
pub fn cover_reminders(budget: &BudgetPlan, s: &SupportText) -> Vec<CoverReminder> {
    let rates = rates(budget);
    let plan_weeks = parse_whole(&budget.settings.plan_weeks, FieldKind::PlanWeeks).ok();
    let Some(cover_weeks) = plan_weeks.and_then(|w| cover_weeks_for(w, &rates)) else {
        return Vec::new();
    };
    holiday_cover_due(budget)
        .into_iter()
        .filter_map(|id| budget.lines.iter().find(|l| l.id == id))
        .map(|line| {
            let (start, name) = pa_reference(budget, line, s);
            CoverReminder {
                pa_line: line.id,
                text: s.cover_reminder(
                    &start,
                    &name,
                    &number(rates.holiday_weeks.value),
                    &cover_weeks,
                ),
            }
        })
        .collect()
}
