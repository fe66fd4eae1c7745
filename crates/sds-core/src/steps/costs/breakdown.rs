//! The costs on the section's main page: each idea's cost broken down,
//! the costs of being an employer, totals per option and a week, and the
//! checks against an indicative budget.

use super::*;

/// One printed figure with what it is and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownRow {
    pub label: String,
    pub amount: String,
    pub explanation: &'static str,
    /// Extra words for this figure (why a pension is 0, an unconfirmed rate).
    pub note: Option<&'static str>,
    /// A yearly cost in a plan that is not a year: "For your 26 weeks:
    /// £40.00 (£80.00 a year)."
    pub scaled: Option<String>,
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
    /// "Sam: 46 weeks. Cover while Sam is on holiday: 6 weeks." on a PA
    /// with holiday cover and on its cover.
    pub weeks: Option<String>,
    pub rows: Vec<BreakdownRow>,
    pub total: String,
    pub notices: Vec<String>,
}

/// The costs of being an employer, once for all PAs: every figure
/// positive, the Employment Allowance on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerBreakdown {
    pub rows: Vec<BreakdownRow>,
    /// The sum of `rows`.
    pub total: String,
    pub allowance: AllowanceBreakdown,
}

/// The employer National Insurance and the Employment Allowance, in
/// lines that add up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllowanceBreakdown {
    /// Three lines that add up: the National Insurance before the
    /// allowance (label, amount), the allowance itself (its amount
    /// negative), and what is left to pay.
    Claimed {
        ni_before: (&'static str, String),
        row: Box<BreakdownRow>,
        left_to_pay: (&'static str, String),
    },
    /// "You are not claiming the Employment Allowance…".
    NotClaimed(String),
}

/// What a row of the totals is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotalKind {
    Idea,
    Employer,
    /// The one figure that is taken off.
    Allowance,
    OptionTotal,
    PlanTotal,
}

/// One row of the totals: each idea, the costs of being an employer and
/// the allowance, with a total for each option in use and for the plan, so
/// the rows above each total add up to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalRow {
    pub kind: TotalKind,
    pub label: String,
    /// For an idea: the option that pays for it.
    pub option: Option<&'static str>,
    /// For a PA with holiday cover, and the cover: the weeks each has.
    pub note: Option<String>,
    pub for_the_plan: String,
    /// For the totals only.
    pub about_a_week: Option<String>,
}

/// The costed plan: present once the settings are valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Costs {
    pub lines: Vec<LineBreakdown>,
    pub employer: Option<EmployerBreakdown>,
    /// Each idea, by option, with the employer's costs and the allowance
    /// under Option 1, each option's total when there is more than one,
    /// then the whole plan.
    pub totals: Vec<TotalRow>,
    pub plan_total: String,
    /// "For 26 weeks": the totals' column, so every total says its period.
    pub period: String,
    pub plan_weeks: u32,
    pub about_a_week: String,
    pub option_4_note: Option<&'static str>,
    pub balances: Vec<String>,
    pub picture: Option<MoneyPicture>,
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
    labelled_row(
        component,
        component_text(component.kind, t).label.to_owned(),
        note,
        rates,
        t,
    )
}

fn labelled_row(
    component: &crate::budget::Component,
    label: String,
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
        label,
        amount: money(component.amount),
        explanation: words.explanation,
        note: note.or_else(|| rate_unverified_note(component.kind, rates, t)),
        scaled: None,
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

/// "Sam: 46 weeks. Cover while Sam is on holiday: 6 weeks." for a line
/// that is a PA with cover, or the cover.
fn cover_words(
    budget: &BudgetPlan,
    b: &BudgetBreakdown,
    id: LineId,
    s: &SupportText,
) -> Option<String> {
    let split = b
        .covers
        .iter()
        .filter(|c| c.counted)
        .find(|c| c.pa_line == id || c.cover_line == id)?;
    Some(cover_sentences(budget, split, s).join(" "))
}

/// Insurance and payroll are priced by the year: in a plan that is not a
/// year, their row shows the yearly figure too.
fn yearly_figure(
    kind: ComponentKind,
    settings: &crate::budget::ParsedSettings,
    pa_count: u32,
) -> Option<Decimal> {
    match kind {
        ComponentKind::Insurance => Some(settings.insurance_premium_a_year.value),
        ComponentKind::Payroll => settings
            .payroll_cost_a_payslip
            .value
            .checked_mul(settings.payslips_a_year.value)?
            .checked_mul(Decimal::from(pa_count)),
        _ => None,
    }
}

fn employer_breakdown(
    budget: &BudgetPlan,
    e: &EmployerCosts,
    rates: &RateTable,
    plan_weeks: u32,
    s: &SupportText,
) -> EmployerBreakdown {
    let allowance = match &e.allowance {
        Some(allowance) => {
            let row = labelled_row(
                allowance,
                allowance_label(rates, plan_weeks, s),
                None,
                rates,
                s,
            );
            AllowanceBreakdown::Claimed {
                ni_before: (s.ni_before_allowance, money(e.ni_before_allowance_total)),
                row: Box::new(row),
                left_to_pay: (s.ni_left_to_pay, money(e.employer_ni_after_allowance)),
            }
        }
        None => {
            AllowanceBreakdown::NotClaimed(s.allowance_off(&money(e.ni_before_allowance_total)))
        }
    };
    // Read once: a breakdown exists only when the settings read.
    let settings = budget.settings.parse(rates).ok();
    EmployerBreakdown {
        rows: e
            .components
            .iter()
            .map(|c| {
                let mut row = breakdown_row(c, None, rates, s);
                if plan_weeks != 52 {
                    let yearly = settings
                        .as_ref()
                        .and_then(|settings| yearly_figure(c.kind, settings, e.pa_count));
                    row.scaled = yearly.map(|yearly| {
                        s.for_your_weeks(&plan_weeks, &money(c.amount), &money(yearly))
                    });
                }
                row
            })
            .collect(),
        total: money(e.costs),
        allowance,
    }
}

/// "Employment Allowance: the government pays up to £10,500 of your
/// employer National Insurance", with the figure for a shorter plan.
fn allowance_label(rates: &RateTable, plan_weeks: u32, s: &SupportText) -> String {
    let yearly = rates.employment_allowance_a_year.value;
    if plan_weeks == 52 {
        s.allowance_line(&money_short(yearly))
    } else {
        s.allowance_line_scaled(
            &money_short(for_plan_weeks(yearly, plan_weeks).unwrap_or(yearly)),
            &plan_weeks,
            &money_short(yearly),
        )
    }
}

/// The costed plan from the engine's answer, or why it cannot be costed.
pub fn costs(
    budget: &BudgetPlan,
    breakdown: &Result<BudgetBreakdown, BudgetError>,
    rates: &RateTable,
    s: &SupportText,
) -> Result<Costs, &'static str> {
    let b = match breakdown {
        Err(_) => return Err(s.error_settings),
        Ok(b) => b,
    };
    let allowance_on = b.employer.as_ref().is_some_and(|e| e.allowance.is_some());
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
                    (ComponentKind::Pension, Some(pa)) => pension_note(pa.pension_status, s),
                    _ => None,
                };
                if c.kind == ComponentKind::EmployerNiBeforeAllowance && allowance_on {
                    labelled_row(c, s.ni_before_allowance.to_owned(), note, rates, s)
                } else {
                    breakdown_row(c, note, rates, s)
                }
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
            name: line_name(budget, line, s),
            option: chosen_option_name(cost.option, s),
            weeks: cover_words(budget, b, cost.id, s),
            rows,
            total: money(costed.total),
            notices,
        });
    }
    let employer = b
        .employer
        .as_ref()
        .map(|e| employer_breakdown(budget, e, rates, b.plan_weeks, s));
    let used: Vec<SdsOption> = SdsOption::ONE_TO_THREE
        .into_iter()
        .filter(|o| budget.lines.iter().any(|l| l.paid_under() == Some(*o)))
        .collect();
    let mut totals = Vec::new();
    for option in &used {
        for cost in b.lines.iter().filter(|l| l.option == Some(*option)) {
            let (LineResult::Costed(costed), Some(line)) =
                (&cost.result, budget.lines.iter().find(|l| l.id == cost.id))
            else {
                continue;
            };
            totals.push(TotalRow {
                kind: TotalKind::Idea,
                label: line_name(budget, line, s),
                option: Some(option_name(*option, s)),
                note: cover_words(budget, b, cost.id, s),
                for_the_plan: money(costed.total),
                about_a_week: None,
            });
        }
        if let (SdsOption::Option1, Some(e), Some(view)) = (option, &b.employer, &employer) {
            totals.push(TotalRow {
                kind: TotalKind::Employer,
                option: None,
                note: None,
                label: s.employer_heading.to_owned(),
                for_the_plan: money(e.costs),
                about_a_week: None,
            });
            if let AllowanceBreakdown::Claimed { row, .. } = &view.allowance {
                totals.push(TotalRow {
                    kind: TotalKind::Allowance,
                    option: None,
                    note: Some(s.allowance_note(
                        &money(e.ni_before_allowance_total),
                        &money(e.employer_ni_after_allowance),
                    )),
                    label: row.label.clone(),
                    for_the_plan: row.amount.clone(),
                    about_a_week: None,
                });
            }
        }
        if used.len() > 1 {
            totals.push(TotalRow {
                kind: TotalKind::OptionTotal,
                option: None,
                note: None,
                label: s.option_total(&option_name(*option, s)),
                for_the_plan: money(b.options.get(*option)),
                about_a_week: Some(about_a_week_of(b.options.get(*option), b.plan_weeks)),
            });
        }
    }
    totals.push(TotalRow {
        kind: TotalKind::PlanTotal,
        option: None,
        note: None,
        label: s.total_all.to_owned(),
        for_the_plan: money(b.total),
        about_a_week: Some(money(b.about_a_week)),
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
                }) => Some(s.left(
                    &scope,
                    &money(budget),
                    &money(sketch),
                    &b.plan_weeks,
                    &money(left),
                )),
                Ok(BudgetBalance::Over {
                    budget,
                    sketch,
                    over,
                }) => Some(s.over(
                    &scope,
                    &money(budget),
                    &money(sketch),
                    &b.plan_weeks,
                    &money(over),
                )),
                Err(_) => None,
            }
        })
        .collect();
    Ok(Costs {
        lines,
        employer,
        totals,
        plan_total: s.plan_total(&money(b.total), &b.plan_weeks),
        period: s.column_period(&b.plan_weeks),
        plan_weeks: b.plan_weeks,
        about_a_week: s.about_a_week(&money(b.about_a_week)),
        option_4_note: (used.len() > 1).then_some(s.option_4_note),
        balances,
        picture: money_picture(budget, b, s),
    })
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
