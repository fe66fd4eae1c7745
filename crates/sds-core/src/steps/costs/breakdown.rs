//! The costs on the section's main page: each idea's cost broken down,
//! the costs of being an employer, totals per option and a week, and the
//! checks against an indicative budget.

use super::*;

/// One printed figure with what it is and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownRow {
    pub label: &'static str,
    pub amount: String,
    pub explanation: &'static str,
    /// Extra words for this figure (why a pension is 0, an unconfirmed rate).
    pub note: Option<&'static str>,
    /// "Source: …" as one sentence, for print and plain text.
    pub source: String,
    /// The same sources one by one, with a link where there is one.
    pub sources: Vec<SourceLink>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLink {
    pub text: &'static str,
    pub url: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineBreakdown {
    pub id: LineId,
    pub name: String,
    pub option: &'static str,
    pub rows: Vec<BreakdownRow>,
    pub total: String,
    pub notices: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerBreakdown {
    pub rows: Vec<BreakdownRow>,
    pub ni_after_allowance: String,
    pub total: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalRow {
    pub label: &'static str,
    pub for_the_plan: String,
    pub about_a_week: String,
}

/// The costed plan: present once the settings are valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Costs {
    pub lines: Vec<LineBreakdown>,
    pub employer: Option<EmployerBreakdown>,
    /// One row per option with ideas, then the whole plan.
    pub totals: Vec<TotalRow>,
    pub plan_total: String,
    pub about_a_week: String,
    pub option_4_note: Option<&'static str>,
    pub balances: Vec<String>,
}

/// The section's main page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartView {
    pub tax_year: String,
    pub plan_length: Option<String>,
    pub ideas: Vec<IdeaSummary>,
    pub costs: Result<Costs, &'static str>,
    pub cover: Vec<CoverReminder>,
    /// False once the plan holds all the ideas it can.
    pub can_add: bool,
}

fn rate_unverified_note(
    kind: ComponentKind,
    rates: &RateTable,
    t: &SupportText,
) -> Option<&'static str> {
    let unverified = match kind {
        ComponentKind::EmploymentAllowance => rates.employment_allowance_a_year.unverified,
        ComponentKind::HolidayPay => rates.holiday_percent.unverified,
        ComponentKind::EmployerNiBeforeAllowance => rates.employer_ni_percent.unverified,
        ComponentKind::Pension => rates.pension_employer_percent.unverified,
        _ => false,
    };
    unverified.then_some(t.unverified)
}

fn breakdown_row(
    component: &crate::budget::Component,
    note: Option<&'static str>,
    rates: &RateTable,
    t: &SupportText,
) -> BreakdownRow {
    let words = component_text(component.kind, t);
    let sources: Vec<&str> = component
        .sources
        .iter()
        .map(|s| source_text(*s, t))
        .collect();
    BreakdownRow {
        label: words.label,
        amount: money(component.amount),
        explanation: words.explanation,
        note: note.or_else(|| rate_unverified_note(component.kind, rates, t)),
        source: t.source(&sources.join("; ")),
        sources: component
            .sources
            .iter()
            .map(|s| SourceLink {
                text: source_text(*s, t),
                url: s.source_url(),
            })
            .collect(),
    }
}

fn pension_note(status: PensionStatus, t: &SupportText) -> Option<&'static str> {
    match status {
        PensionStatus::AutoEnrolled => None,
        PensionStatus::OptedIn => Some(t.pension_opted_in),
        PensionStatus::NoneUnder22 => Some(t.pension_none_under_22),
        PensionStatus::NoneBelowTrigger => Some(t.pension_none_below_trigger),
    }
}

fn about_a_week_of(amount: Decimal, plan_weeks: u32) -> String {
    let weekly = amount
        .checked_div(Decimal::from(plan_weeks.max(1)))
        .map(round_pennies)
        .unwrap_or_default();
    money(weekly)
}

/// The costed plan from the engine's answer, or why it cannot be costed.
pub fn costs(
    budget: &BudgetPlan,
    breakdown: &Result<BudgetBreakdown, BudgetError>,
    rates: &RateTable,
    s: &SupportText,
) -> Result<Costs, &'static str> {
    match breakdown {
        Err(BudgetError::Settings(_)) | Err(_) => Err(s.error_settings),
        Ok(b) => {
            let mut lines = Vec::new();
            for cost in &b.lines {
                let LineResult::Costed(costed) = &cost.result else {
                    continue;
                };
                let Some(line) = budget.lines.iter().find(|l| l.id == cost.id) else {
                    continue;
                };
                let rows = costed
                    .components
                    .iter()
                    .map(|c| {
                        let note = match (c.kind, &costed.pa) {
                            (ComponentKind::Pension, Some(pa)) => {
                                pension_note(pa.pension_status, s)
                            }
                            _ => None,
                        };
                        breakdown_row(c, note, rates, s)
                    })
                    .collect();
                let notices = costed
                    .notices
                    .iter()
                    .map(|n| match n {
                        LineNotice::RateBelowPaMinimum { minimum } => {
                            s.pa_below_minimum(&money(minimum.value))
                        }
                    })
                    .collect();
                lines.push(LineBreakdown {
                    id: cost.id,
                    name: line_name(line, s),
                    option: option_name(cost.option, s),
                    rows,
                    total: money(costed.total),
                    notices,
                });
            }
            let employer = b.employer.as_ref().map(|e| EmployerBreakdown {
                rows: e
                    .components
                    .iter()
                    .map(|c| breakdown_row(c, None, rates, s))
                    .collect(),
                ni_after_allowance: s.ni_after_allowance(&money(e.employer_ni_after_allowance)),
                total: money(e.total),
            });
            let used: Vec<SdsOption> = SdsOption::ONE_TO_THREE
                .into_iter()
                .filter(|o| budget.lines.iter().any(|l| l.option == *o))
                .collect();
            let mut totals: Vec<TotalRow> = used
                .iter()
                .map(|o| TotalRow {
                    label: option_name(*o, s),
                    for_the_plan: money(b.options.get(*o)),
                    about_a_week: about_a_week_of(b.options.get(*o), b.plan_weeks),
                })
                .collect();
            totals.push(TotalRow {
                label: s.total_all,
                for_the_plan: money(b.total),
                about_a_week: money(b.about_a_week),
            });
            let balances = b
                .budget_checks
                .iter()
                .filter_map(|check| {
                    let scope = match check.scope {
                        BudgetScope::WholePlan => s.whole_plan,
                        BudgetScope::Option(o) => option_name(o, s),
                    };
                    match check.balance {
                        Ok(BudgetBalance::Left {
                            budget,
                            sketch,
                            left,
                        }) => Some(s.left(&scope, &money(budget), &money(sketch), &money(left))),
                        Ok(BudgetBalance::Over {
                            budget,
                            sketch,
                            over,
                        }) => Some(s.over(&scope, &money(budget), &money(sketch), &money(over))),
                        Err(_) => None,
                    }
                })
                .collect();
            Ok(Costs {
                lines,
                employer,
                totals,
                plan_total: s.plan_total(&money(b.total), &b.plan_weeks),
                about_a_week: s.about_a_week(&money(b.about_a_week)),
                option_4_note: (used.len() > 1).then_some(s.option_4_note),
                balances,
            })
        }
    }
}

/// The section's main page: the ideas (from the support step) with their
/// costs, the totals and the reminders, worked out from one run of the
/// engine.
pub fn start(plan: &Plan, t: &Text) -> StartView {
    let s = t.support;
    let budget = &plan.support;
    let rates = rates(budget);
    let breakdown = compute(budget, &rates);
    let ideas = ideas(plan, breakdown.as_ref().ok(), s);
    let costs = costs(budget, &breakdown, &rates, s);
    let cover = cover_reminders(budget, s);
    let plan_length = parse_whole(&budget.settings.plan_weeks, FieldKind::PlanWeeks)
        .ok()
        .map(|weeks| s.plan_length(&weeks));
    StartView {
        tax_year: s.tax_year(&tax_year_label(budget.settings.tax_year)),
        plan_length,
        ideas,
        costs,
        cover,
        can_add: can_add(budget),
    }
}
