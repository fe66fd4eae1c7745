//! The plan's settings, the typical week and the indicative budget with
//! what a budget buys.

use super::*;
use crate::budget::LineKind;

/// A settings box.
pub type SettingsFieldView = FieldView<SettingsField>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsView {
    pub tax_years: Vec<ChoiceView<TaxYear>>,
    pub plan_weeks: SettingsFieldView,
    pub employment_allowance: bool,
    pub pension_opt_in: bool,
    pub employer_fields: Vec<SettingsFieldView>,
    pub errors: Vec<SupportFieldError>,
}

pub fn settings(plan: &Plan, t: &Text) -> SettingsView {
    let s = t.support;
    let settings = &plan.support.settings;
    let rates = settings.tax_year.rates();
    let parse_errors = settings.parse(&rates).err().unwrap_or_default();
    let error_for = |field: SettingsField| {
        parse_errors.iter().find(|e| e.field == field).map(|e| {
            amount_error_message(e.error, settings_noun(field, s), settings_kind(field), s)
        })
    };
    let view =
        |field: SettingsField, label: &'static str, hint: String, value: &str| SettingsFieldView {
            field,
            id: settings_field_id(field),
            label,
            hint,
            value: value.to_owned(),
            error: error_for(field),
            money: settings_kind(field).bounds().money,
        };
    let default_is =
        |value: String, source: RateSource| s.default_is(&value, &source_text(source, s));
    let employer = &settings.employer;
    let contingency_hint = format!(
        "{} {}",
        s.contingency_hint,
        default_is(
            format!("{}%", number(rates.contingency_percent.value)),
            rates.contingency_percent.source
        )
    );
    // A yearly figure in a plan that is not a year says what it comes to.
    let plan_weeks = parse_whole(&settings.plan_weeks, FieldKind::PlanWeeks)
        .ok()
        .filter(|w| *w != 52);
    let insurance_yearly = parse_optional(&employer.insurance_premium_a_year, FieldKind::Amount)
        .ok()
        .map(|typed| typed.unwrap_or(rates.insurance_premium_a_year.value));
    let mut insurance_hint = default_is(
        money(rates.insurance_premium_a_year.value),
        rates.insurance_premium_a_year.source,
    );
    if let (Some(weeks), Some(yearly)) = (plan_weeks, insurance_yearly) {
        insurance_hint = format!(
            "{insurance_hint} {}",
            s.for_your_weeks(
                &weeks,
                &money(for_plan_weeks(yearly, weeks).unwrap_or(yearly)),
                &money(yearly)
            )
        );
    }
    let employer_fields = vec![
        view(
            SettingsField::InsurancePremiumAYear,
            s.insurance_label,
            insurance_hint,
            &employer.insurance_premium_a_year,
        ),
        view(
            SettingsField::PayrollCostAPayslip,
            s.payslip_cost_label,
            default_is(
                money(rates.payroll_cost_a_payslip.value),
                rates.payroll_cost_a_payslip.source,
            ),
            &employer.payroll_cost_a_payslip,
        ),
        view(
            SettingsField::PayslipsAYear,
            s.payslips_label,
            default_is(
                number(rates.payslips_a_year.value),
                rates.payslips_a_year.source,
            ),
            &employer.payslips_a_year,
        ),
        view(
            SettingsField::ContingencyPercent,
            s.contingency_label,
            contingency_hint,
            &employer.contingency_percent,
        ),
    ];
    let plan_weeks = view(
        SettingsField::PlanWeeks,
        s.plan_weeks_label,
        s.plan_weeks_hint.to_owned(),
        &settings.plan_weeks,
    );
    let errors = field_errors(
        std::iter::once(&plan_weeks)
            .chain(employer_fields.iter())
            .map(|f| (f.id, &f.error)),
    );
    SettingsView {
        tax_years: TaxYear::ALL
            .into_iter()
            .map(|y| ChoiceView {
                value: y,
                label: tax_year_choice(y),
                hint: None,
                checked: settings.tax_year == y,
            })
            .collect(),
        plan_weeks,
        employment_allowance: employer.employment_allowance,
        pension_opt_in: employer.pension_opt_in,
        employer_fields,
        errors,
    }
}

fn tax_year_choice(year: TaxYear) -> &'static str {
    match year {
        TaxYear::Y2025_26 => "2025/26",
        TaxYear::Y2026_27 => "2026/27",
    }
}

/// One part of one day in the typical week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekCell {
    pub part: &'static str,
    pub ideas: Vec<String>,
    /// "2 things at once" when ideas cannot all happen together (see
    /// `clash`), so a clash is never shown by colour alone.
    pub clash: Option<String>,
    /// "Nothing planned" for a gap.
    pub gap: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekRow {
    pub day: &'static str,
    pub cells: Vec<WeekCell>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekView {
    pub parts: Vec<&'static str>,
    pub rows: Vec<WeekRow>,
    /// Ideas with no days chosen, each with its id for a "Change when" link.
    pub not_placed: Vec<(LineId, String)>,
}

pub fn week(plan: &Plan, t: &Text) -> WeekView {
    let s = t.support;
    // A one-off purchase is not part of a typical week.
    let lines: Vec<&crate::budget::SupportLine> = plan
        .support
        .lines
        .iter()
        .filter(|l| l.input.kind() != crate::budget::LineKind::OneOff)
        .collect();
    let rows = Weekday::ALL
        .into_iter()
        .map(|day| WeekRow {
            day: day_name(day, s),
            cells: PartOfDay::ALL
                .into_iter()
                .map(|part| {
                    let slot = WeekSlot { day, part };
                    let here: Vec<&&crate::budget::SupportLine> =
                        lines.iter().filter(|l| l.week.contains(&slot)).collect();
                    let ideas: Vec<String> = here
                        .iter()
                        .map(|l| line_name(&plan.support, l, s))
                        .collect();
                    let kinds: Vec<LineKind> = here.iter().map(|l| l.input.kind()).collect();
                    WeekCell {
                        part: part_name(part, s),
                        clash: clash(&kinds).then(|| s.at_once(&ideas.len())),
                        gap: ideas.is_empty().then_some(s.nothing_planned),
                        ideas,
                    }
                })
                .collect(),
        })
        .collect();
    WeekView {
        parts: PartOfDay::ALL
            .into_iter()
            .map(|p| part_name(p, s))
            .collect(),
        rows,
        not_placed: lines
            .iter()
            .filter(|l| l.week.is_empty())
            .map(|l| (l.id, line_name(&plan.support, l, s)))
            .collect(),
    }
}

/// Whether ideas at the same time cannot all happen: two workers, or two
/// places to be. A worker with one place (a PA at the club), travel, and
/// anything else go together.
pub fn clash(kinds: &[LineKind]) -> bool {
    let workers = kinds.iter().filter(|k| k.is_a_worker()).count();
    let places = kinds.iter().filter(|k| k.is_a_place()).count();
    workers > 1 || places > 1
}

/// A budget box with its error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountFieldView {
    pub id: &'static str,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    pub money: bool,
}

/// A figure of a "what if" question as typed, with what it measures.
pub(super) struct Typed<'a> {
    pub(super) value: &'a str,
    pub(super) error: Option<AmountError>,
    pub(super) noun: &'a str,
    pub(super) kind: FieldKind,
}

/// The boxes of one "what if" question: each with the field it is for,
/// its element id from `id`, and its problem (if any) in words.
pub(super) fn question_boxes<'s, F: Copy + 's>(
    id: fn(F) -> &'static str,
    s: &'s SupportText,
) -> impl Fn(F, &'static str, String, Typed<'_>) -> (F, AmountFieldView) + 's {
    move |field, label, hint, typed| {
        let view = AmountFieldView {
            id: id(field),
            label: label.to_owned(),
            hint,
            value: typed.value.to_owned(),
            error: typed
                .error
                .map(|e| amount_error_message(e, typed.noun, typed.kind, s)),
            money: typed.kind.bounds().money,
        };
        (field, view)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TradeOffRowView {
    pub rate: String,
    pub above: String,
    pub hours: String,
    pub cost: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetView {
    pub kinds: Vec<ChoiceView<BudgetKind>>,
    /// (scope, box) for each budget figure asked for.
    pub amounts: Vec<(BudgetScope, AmountFieldView)>,
    pub balances: Vec<String>,
    pub buys: Vec<(ScenarioField, AmountFieldView)>,
    pub buys_result: Option<String>,
    pub trade_off: Vec<TradeOffRowView>,
    /// "Option 1 cost for 52 weeks": the table's cost column says its period.
    pub cost_column: String,
    pub errors: Vec<SupportFieldError>,
}

/// A typed budget's problem; a blank box is not one.
fn budget_amount_error(text: &str) -> Option<AmountError> {
    if text.trim().is_empty() {
        None
    } else {
        parse_field(text, FieldKind::Amount).err()
    }
}

/// "What a budget buys" as typed, read.
struct BuysTyped {
    plan_weeks: Option<u32>,
    /// `None` while the box is blank.
    amount: Option<Result<Decimal, AmountError>>,
    rate: Result<Option<Decimal>, AmountError>,
    /// The plan's weeks when the box is blank.
    weeks: Result<Option<u32>, AmountError>,
}

fn read_buys(budget: &BudgetPlan) -> BuysTyped {
    let plan_weeks = parse_whole(&budget.settings.plan_weeks, FieldKind::PlanWeeks).ok();
    let input = &budget.buys;
    let weeks = match (
        parse_optional_whole(&input.weeks, FieldKind::Weeks),
        plan_weeks,
    ) {
        (Ok(Some(w)), Some(p)) if w > p => Err(AmountError::MoreThanPlanWeeks { plan_weeks: p }),
        (Ok(w), p) => Ok(w.or(p)),
        (Err(e), _) => Err(e),
    };
    BuysTyped {
        plan_weeks,
        amount: (!input.amount.trim().is_empty())
            .then(|| parse_field(&input.amount, FieldKind::Amount)),
        rate: parse_optional(&input.hourly_rate, FieldKind::HourlyRate),
        weeks,
    }
}

/// The first PA in the plan that can be costed (not one covering
/// another's holiday): the questions on the budget page start from them.
pub(super) struct PaFigures {
    pub(super) id: LineId,
    pub(super) hours_a_week: Decimal,
    pub(super) hourly_rate: Decimal,
    /// The weeks they are costed for, after any holiday cover.
    pub(super) weeks: u32,
    pub(super) aged_22_or_over: bool,
    /// How the hints name them: "Jo", "PA 2" or "your PA".
    pub(super) name: String,
}

/// From `breakdown`, the engine's answer for `budget` (worked out once by
/// the page).
pub(super) fn first_pa_line(
    budget: &BudgetPlan,
    breakdown: &BudgetBreakdown,
    s: &SupportText,
) -> Option<PaFigures> {
    breakdown.lines.iter().find_map(|line| {
        let is_cover = breakdown.covers.iter().any(|c| c.cover_line == line.id);
        let source = budget.lines.iter().find(|l| l.id == line.id)?;
        match (&line.result, &source.input, is_cover) {
            (LineResult::Costed(_), LineInput::PersonalAssistant(input), false) => {
                let weeks = breakdown
                    .covers
                    .iter()
                    .find(|c| c.pa_line == line.id)
                    .and_then(|c| c.pa_weeks)
                    .or_else(|| {
                        parse_optional_whole(&input.weeks, FieldKind::Weeks)
                            .ok()
                            .map(|w| w.unwrap_or(breakdown.plan_weeks))
                    })?;
                Some(PaFigures {
                    id: line.id,
                    hours_a_week: parse_field(&input.hours_a_week, FieldKind::HoursAWeek).ok()?,
                    hourly_rate: parse_field(&input.hourly_rate, FieldKind::HourlyRate).ok()?,
                    weeks,
                    aged_22_or_over: input.aged_22_or_over,
                    name: pa_reference(budget, source, s).1,
                })
            }
            _ => None,
        }
    })
}

/// The money for Option 1 from the budget the family entered, with the
/// hint saying where it came from: their Option 1 budget, or the whole
/// plan's less what the ideas under Options 2 and 3 cost.
fn budget_for_option_1(
    budget: &BudgetPlan,
    breakdown: &BudgetBreakdown,
    s: &SupportText,
) -> Option<(Decimal, String)> {
    match &budget.settings.indicative_budget {
        IndicativeBudget::NotEntered => None,
        IndicativeBudget::PerOption { option1, .. } => {
            let amount = parse_field(option1, FieldKind::Amount).ok()?;
            Some((amount, s.buys_amount_hint_option_1(&money(amount))))
        }
        IndicativeBudget::WholePlan { amount } => {
            let whole = parse_field(amount, FieldKind::Amount).ok()?;
            let others = breakdown
                .options
                .option2
                .checked_add(breakdown.options.option3)?;
            let left = whole.checked_sub(others)?.max(Decimal::ZERO);
            let hint = if others.is_zero() {
                s.buys_amount_hint_whole(&money(whole))
            } else {
                s.buys_amount_hint_whole_less(&money(whole), &money(others), &money(left))
            };
            Some((left, hint))
        }
    }
}

/// Whether every box on the budget page reads: the page's own errors,
/// before they are put into words.
pub(super) fn budget_page_reads(budget: &BudgetPlan) -> bool {
    let buys = read_buys(budget);
    budget
        .settings
        .indicative_budget
        .figures()
        .into_iter()
        .all(|(_, text)| budget_amount_error(text).is_none())
        && !matches!(buys.amount, Some(Err(_)))
        && buys.rate.is_ok()
        && buys.weeks.is_ok()
}

pub fn budget(plan: &Plan, t: &Text) -> BudgetView {
    let s = t.support;
    let budget = &plan.support;
    let rates = rates(budget);
    let kind = match budget.settings.indicative_budget {
        IndicativeBudget::NotEntered => BudgetKind::NotEntered,
        IndicativeBudget::WholePlan { .. } => BudgetKind::WholePlan,
        IndicativeBudget::PerOption { .. } => BudgetKind::PerOption,
    };
    let kinds = [
        (BudgetKind::NotEntered, s.budget_none),
        (BudgetKind::WholePlan, s.budget_whole),
        (BudgetKind::PerOption, s.budget_per_option),
    ]
    .into_iter()
    .map(|(value, label)| ChoiceView {
        value,
        label,
        hint: None,
        checked: kind == value,
    })
    .collect();
    let typed: Vec<(BudgetScope, String, &str)> = budget
        .settings
        .indicative_budget
        .figures()
        .into_iter()
        .map(|(scope, text)| {
            let label = match scope {
                BudgetScope::WholePlan => s.budget_amount_label.to_owned(),
                BudgetScope::Option(o) => s.budget_option_label(&option_name(o, s)),
            };
            (scope, label, text)
        })
        .collect();
    let amounts: Vec<(BudgetScope, AmountFieldView)> = typed
        .into_iter()
        .map(|(scope, label, text)| {
            let error = budget_amount_error(text)
                .map(|e| amount_error_message(e, s.noun_budget, FieldKind::Amount, s));
            (
                scope,
                AmountFieldView {
                    id: budget_field_id(scope),
                    label,
                    hint: s.budget_hint.to_owned(),
                    value: text.to_owned(),
                    error,
                    money: true,
                },
            )
        })
        .collect();
    // The engine runs once for the whole page.
    let computed = compute(budget, &rates);
    let balances = match costs(budget, &computed, &rates, s) {
        Ok(costs) => costs.balances,
        Err(_) => Vec::new(),
    };

    // What a budget buys.
    let input = &budget.buys;
    let BuysTyped {
        plan_weeks,
        amount,
        rate,
        weeks,
    } = read_buys(budget);
    let buys_box = question_boxes(buys_field_id, s);
    // A figure is entered once: blank boxes use the budget the family
    // typed above and their PA's own rate and weeks, and say so.
    let breakdown = computed.as_ref().ok();
    let first_pa = breakdown.and_then(|b| first_pa_line(budget, b, s));
    let from_budget = breakdown.and_then(|b| budget_for_option_1(budget, b, s));
    let buys = vec![
        buys_box(
            ScenarioField::Amount,
            s.buys_amount_label,
            from_budget
                .as_ref()
                .map_or_else(|| s.buys_amount_hint.to_owned(), |(_, hint)| hint.clone()),
            Typed {
                value: &input.amount,
                error: amount.and_then(|a| a.err()),
                noun: s.noun_amount,
                kind: FieldKind::Amount,
            },
        ),
        buys_box(
            ScenarioField::HourlyRate,
            s.buys_rate_label,
            match &first_pa {
                Some(pa) => s.buys_rate_hint_pa(&pa.name, &money(pa.hourly_rate)),
                None => s.buys_rate_hint(&money(rates.pa_minimum_hourly.value)),
            },
            Typed {
                value: &input.hourly_rate,
                error: rate.err(),
                noun: s.noun_rate,
                kind: FieldKind::HourlyRate,
            },
        ),
        buys_box(
            ScenarioField::Weeks,
            s.buys_weeks_label,
            match &first_pa {
                Some(pa) => s.buys_weeks_hint_pa(&pa.name, &pa.weeks),
                None => s.buys_weeks_hint(&plan_weeks.unwrap_or(52)),
            },
            Typed {
                value: &input.weeks,
                error: weeks.err(),
                noun: s.noun_weeks,
                kind: FieldKind::Weeks,
            },
        ),
    ];
    let mut buys_result = None;
    let mut trade_off = Vec::new();
    let amount = match amount {
        Some(typed) => Some(typed),
        None => from_budget.map(|(amount, _)| Ok(amount)),
    };
    let rate = rate.map(|typed| typed.or(first_pa.as_ref().map(|pa| pa.hourly_rate)));
    let weeks = match (&input.weeks.trim().is_empty(), &first_pa, weeks) {
        (true, Some(pa), Ok(_)) => Ok(Some(pa.weeks)),
        (_, _, weeks) => weeks,
    };
    let cost_column = s.column_cost(&match &weeks {
        Ok(Some(w)) => *w,
        _ => plan_weeks.unwrap_or(52),
    });
    if let (Some(Ok(amount)), Ok(rate), Ok(Some(weeks))) = (amount, rate, weeks) {
        // With a PA already in the plan, the question is how many hours
        // that PA could have (the same PA the hints name); otherwise it is
        // a new PA.
        let question = TradeOffQuestion {
            amount,
            weeks,
            aged_22_or_over: first_pa.as_ref().is_none_or(|pa| pa.aged_22_or_over),
            replacing: first_pa.as_ref().map(|pa| pa.id),
        };
        let minimum = rates.pa_minimum_hourly.value;
        let rate = rate.unwrap_or(minimum);
        let mut steps = default_rate_steps().to_vec();
        let typed_step = rate.checked_sub(minimum).filter(|d| !d.is_sign_negative());
        if let Some(step) = typed_step
            && !steps.contains(&step)
        {
            steps.push(step);
            steps.sort_unstable();
        }
        if let Ok(bought) = crate::budget::most_hours_within(budget, &rates, &question, rate) {
            buys_result = Some(match bought {
                HoursBought::Hours { hours_a_week, .. } => s.buys_result(
                    &money(amount),
                    &hours(hours_a_week, s),
                    &money(rate),
                    &weeks,
                ),
                HoursBought::NothingFits { .. } => s.buys_nothing(&money(amount)),
            });
        }
        if let Ok(rows) = trade_off_table(budget, &rates, &question, &steps) {
            trade_off = rows
                .into_iter()
                .map(|row| {
                    let (hours, cost) = match row.bought {
                        HoursBought::Hours {
                            hours_a_week,
                            option1_cost,
                        } => (s.hours_a_week(&hours(hours_a_week, s)), money(option1_cost)),
                        HoursBought::NothingFits {
                            option1_cost_at_zero_hours,
                        } => (s.none_fit.to_owned(), money(option1_cost_at_zero_hours)),
                    };
                    TradeOffRowView {
                        rate: money(row.hourly_rate),
                        above: if row.above_minimum.is_zero() {
                            s.the_minimum.to_owned()
                        } else {
                            s.above_minimum(&money(row.above_minimum))
                        },
                        hours,
                        cost,
                    }
                })
                .collect();
        }
    }
    let errors = field_errors(
        amounts
            .iter()
            .map(|(_, f)| f)
            .chain(buys.iter().map(|(_, f)| f))
            .map(|f| (f.id, &f.error)),
    );
    BudgetView {
        kinds,
        amounts,
        balances,
        buys,
        buys_result,
        trade_off,
        cost_column,
        errors,
    }
}
