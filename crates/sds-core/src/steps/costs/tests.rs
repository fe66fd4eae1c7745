// Compiled only under #[cfg(test)] (see mod.rs).
use super::*;
use crate::app::model::{Action, Model, Screen, apply as apply_action};
use crate::budget::{LineField, LineKind};
use crate::steps::support::*;
use crate::test_support::{after, club, with, worked_example};
use crate::text::EN;

fn on(screen: CostsScreen) -> Model {
    apply_action(Model::default(), Action::Open(Screen::Costs(screen)))
}

fn costs(model: &Model) -> Costs {
    start(&model.plan, &EN).costs.unwrap()
}

fn rows(rows: &[BreakdownRow]) -> Vec<(&str, String)> {
    rows.iter()
        .map(|r| (r.label.as_str(), r.amount.clone()))
        .collect()
}

fn totals(costs: &Costs) -> Vec<(TotalKind, &str, &str, Option<&str>)> {
    costs
        .totals
        .iter()
        .map(|r| {
            (
                r.kind,
                r.label.as_str(),
                r.for_the_plan.as_str(),
                r.about_a_week.as_deref(),
            )
        })
        .collect()
}

const ALLOWANCE: &str =
    "Employment Allowance: the government pays up to £10,500 of your employer National Insurance";

#[test]
fn saving_settings_goes_back_to_the_list_only_when_every_figure_reads() {
    let model = with(
        on(CostsScreen::Settings),
        [
            CostsAction::SetEmployerField(SettingsField::PlanWeeks, "lots".into()),
            CostsAction::SaveSettings,
        ],
    );
    assert_eq!(model.screen, Screen::Costs(CostsScreen::Settings));
    let model = with(
        model,
        [
            CostsAction::SetEmployerField(SettingsField::PlanWeeks, "39".into()),
            CostsAction::SaveSettings,
        ],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::Start));
}

#[test]
fn saving_the_budget_goes_back_to_the_list_only_when_every_figure_reads() {
    let model = with(
        on(CostsScreen::Budget),
        [
            CostsAction::SetBudgetKind(BudgetKind::WholePlan),
            CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "twenty".into()),
            CostsAction::SaveBudget,
        ],
    );
    assert_eq!(model.screen, Screen::Costs(CostsScreen::Budget));
    let model = with(
        model,
        [
            CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "£20,000".into()),
            CostsAction::SaveBudget,
        ],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::Start));
    let model = with(
        on(CostsScreen::Budget),
        [
            CostsAction::SetBuysField(ScenarioField::Weeks, "60".into()),
            CostsAction::SaveBudget,
        ],
    );
    assert_eq!(model.screen, Screen::Costs(CostsScreen::Budget));
}

#[test]
fn saving_the_budget_checks_exactly_what_the_page_shows() {
    let typed = [
        (BudgetKind::NotEntered, "", "", "", ""),
        (BudgetKind::WholePlan, "", "", "", ""),
        (BudgetKind::WholePlan, "£1e30", "", "", ""),
        (BudgetKind::PerOption, "500", "", "", ""),
        (BudgetKind::WholePlan, "9000", "lots", "", ""),
        (BudgetKind::WholePlan, "9000", "5000", "£2", ""),
        (BudgetKind::WholePlan, "9000", "5000", "£14", "53"),
        (BudgetKind::WholePlan, "9000", "5000", "", "20"),
    ];
    for (kind, amount, buys, rate, weeks) in typed {
        let model = after([
            CostsAction::SetBudgetKind(kind),
            CostsAction::SetBudgetAmount(BudgetScope::WholePlan, amount.into()),
            CostsAction::SetBudgetAmount(BudgetScope::Option(SdsOption::Option1), amount.into()),
            CostsAction::SetBuysField(ScenarioField::Amount, buys.into()),
            CostsAction::SetBuysField(ScenarioField::HourlyRate, rate.into()),
            CostsAction::SetBuysField(ScenarioField::Weeks, weeks.into()),
        ]);
        assert_eq!(
            budget_page_reads(&model.plan.support),
            budget(&model.plan, &EN).errors.is_empty(),
            "{kind:?} {amount:?} {buys:?} {rate:?} {weeks:?}"
        );
    }
}

// The breakdown and totals -----------------------------------------------------

#[test]
fn the_worked_example_breaks_down_to_the_penny() {
    let costs = costs(&worked_example());
    assert_eq!(
        rows(&costs.lines[0].rows),
        vec![
            ("Wages", "£13,988.00".to_owned()),
            ("Holiday pay", "£1,688.35".to_owned()),
            (
                "Employer National Insurance, before the allowance",
                "£1,601.45".to_owned()
            ),
            ("Workplace pension", "£283.09".to_owned()),
        ]
    );
    assert_eq!(costs.lines[0].total, "£17,560.89");
    let employer = costs.employer.unwrap();
    assert_eq!(
        rows(&employer.rows),
        vec![
            ("Employer's liability insurance", "£80.00".to_owned()),
            ("Payroll service", "£120.00".to_owned()),
            ("Money kept for surprises (contingency)", "£0.00".to_owned()),
        ]
    );
    assert_eq!(employer.total, "£200.00");
    let AllowanceBreakdown::Claimed {
        ni_before,
        row,
        left_to_pay,
    } = employer.allowance
    else {
        panic!("the allowance is claimed by default");
    };
    // 1,601.45 − 1,601.45 = 0.00.
    assert_eq!(
        ni_before,
        (
            "Employer National Insurance, before the allowance",
            "£1,601.45".to_owned()
        )
    );
    assert_eq!(
        (row.label.as_str(), row.amount.as_str()),
        (ALLOWANCE, "−£1,601.45")
    );
    assert_eq!(
        left_to_pay,
        (
            "Employer National Insurance left to pay",
            "£0.00".to_owned()
        )
    );
}

#[test]
fn with_the_allowance_off_nothing_says_it_is_taken_off() {
    let model = with(
        worked_example(),
        [CostsAction::SetEmploymentAllowance(false)],
    );
    let costs = costs(&model);
    assert_eq!(costs.lines[0].rows[2].label, "Employer National Insurance");
    let employer = costs.employer.unwrap();
    assert_eq!(
        employer.allowance,
        AllowanceBreakdown::NotClaimed(
            "You are not claiming the Employment Allowance, so all your employer National Insurance is counted: £1,601.45. You can change this under \"Change the tax year, plan length and employer costs\".".into()
        )
    );
    assert!(
        !costs
            .totals
            .iter()
            .any(|r| r.kind == TotalKind::Allowance || r.label.contains("Allowance"))
    );
    // 17,560.89 + 200.00
    assert_eq!(
        costs.totals.last().map(|r| r.for_the_plan.as_str()),
        Some("£17,760.89")
    );
    let ideas = start(&model.plan, &EN).ideas;
    assert_eq!(
        ideas[0].cost.as_deref(),
        Some(
            "About £17,560.89 for the whole plan (52 weeks). The costs of being an employer are added once, in the totals."
        )
    );
}

#[test]
fn the_worked_example_totals_16159_44_or_about_310_76_a_week() {
    let costs = costs(&worked_example());
    assert_eq!(
        costs.plan_total,
        "Your ideas cost about £16,159.44 for 52 weeks."
    );
    assert_eq!(costs.about_a_week, "about £310.76 a week");
    // 17,560.89 + 200.00 − 1,601.45 = 16,159.44: the rows add up.
    assert_eq!(
        totals(&costs),
        vec![
            (
                TotalKind::Idea,
                "Personal assistant (PA)",
                "£17,560.89",
                None
            ),
            (
                TotalKind::Employer,
                "Costs of being an employer",
                "£200.00",
                None
            ),
            (TotalKind::Allowance, ALLOWANCE, "−£1,601.45", None),
            (
                TotalKind::PlanTotal,
                "All your ideas",
                "£16,159.44",
                Some("£310.76")
            ),
        ]
    );
}

#[test]
fn every_figure_has_an_explanation_and_a_source() {
    let costs = costs(&club(worked_example()));
    let all = costs
        .lines
        .iter()
        .flat_map(|l| l.rows.iter())
        .chain(costs.employer.iter().flat_map(|e| e.rows.iter()));
    for row in all {
        assert!(!row.explanation.is_empty(), "{}", row.label);
        assert!(row.source.starts_with("Source: "), "{}", row.label);
    }
    assert_eq!(
        costs.lines[0].rows[1].source,
        "Source: GOV.UK, holiday entitlement"
    );
    assert_eq!(
        costs.lines[0].rows[0].source,
        "Source: what you entered; the length of your plan"
    );
}

#[test]
fn the_employment_allowance_is_marked_unconfirmed_for_2026_27_only() {
    let costs_26 = costs(&worked_example());
    let note = |costs: Costs| match costs.employer.unwrap().allowance {
        AllowanceBreakdown::Claimed { row, .. } => row.note,
        AllowanceBreakdown::NotClaimed(_) => None,
    };
    assert_eq!(note(costs_26), Some(EN.support.unverified));
    let model = with(
        worked_example(),
        [CostsAction::SetTaxYear(TaxYear::Y2025_26)],
    );
    assert_eq!(note(costs(&model)), None);
}

#[test]
fn a_term_time_club_under_option_2_is_totalled_separately() {
    let costs = costs(&club(worked_example()));
    // 12.50 × 2 × 39 = 975.00
    assert_eq!(
        rows(&costs.lines[1].rows),
        vec![("Club or activity", "£975.00".to_owned())]
    );
    assert_eq!(
        totals(&costs),
        vec![
            (
                TotalKind::Idea,
                "Personal assistant (PA)",
                "£17,560.89",
                None
            ),
            (
                TotalKind::Employer,
                "Costs of being an employer",
                "£200.00",
                None
            ),
            (TotalKind::Allowance, ALLOWANCE, "−£1,601.45", None),
            (
                TotalKind::OptionTotal,
                "Total for Option 1: direct payment",
                "£16,159.44",
                Some("£310.76")
            ),
            (TotalKind::Idea, "Club or activity", "£975.00", None),
            (
                TotalKind::OptionTotal,
                "Total for Option 2: you choose, someone else arranges",
                "£975.00",
                Some("£18.75")
            ),
            (
                TotalKind::PlanTotal,
                "All your ideas",
                "£17,134.44",
                Some("£329.51")
            ),
        ]
    );
    assert_eq!(costs.option_4_note, Some(EN.support.option_4_note));
}

#[test]
fn a_pa_earning_below_the_trigger_says_why_there_is_no_pension() {
    let model = with(
        worked_example(),
        [SupportAction::SetField(
            LineId(1),
            LineField::HoursAWeek,
            "10".into(),
        )],
    );
    let row = &costs(&model).lines[0].rows[3];
    assert_eq!(
        (row.label.as_str(), row.amount.as_str()),
        ("Workplace pension", "£0.00")
    );
    assert_eq!(row.note, Some(EN.support.pension_none_below_trigger));
}

#[test]
fn changing_the_tax_year_changes_the_figures() {
    let model = with::<Action>(
        worked_example(),
        [
            CostsAction::SetTaxYear(TaxYear::Y2025_26).into(),
            SupportAction::SetField(LineId(1), LineField::HourlyRate, "12.60".into()).into(),
        ],
    );
    let view = start(&model.plan, &EN);
    assert_eq!(
        view.tax_year,
        "Figures use the rates for the 2025/26 tax year."
    );
    // 20 × 12.60 × 52 = 13,104.00; holiday 1,581.65; gross 14,685.65;
    // pension 3% × 8,445.65 = 253.37; + 80 + 120.
    assert_eq!(
        view.costs.unwrap().totals.last().unwrap().for_the_plan,
        "£15,139.02"
    );
}

#[test]
fn a_shorter_plan_scales_the_yearly_costs() {
    let model = with(worked_example(), [CostsAction::SetPlanWeeks("26".into())]);
    let costs = costs(&model);
    let employer = costs.employer.unwrap();
    assert_eq!(employer.rows[0].amount, "£40.00");
    assert_eq!(employer.rows[1].amount, "£60.00");
    assert_eq!(costs.lines[0].rows[0].amount, "£6,994.00");
}

#[test]
fn a_line_with_mistakes_is_listed_but_not_counted() {
    let model = with(
        worked_example(),
        [
            SupportAction::AddLine(LineKind::OneOff),
            SupportAction::SetField(LineId(2), LineField::Amount, "lots".into()),
        ],
    );
    let view = start(&model.plan, &EN);
    assert_eq!(view.ideas[1].problem, Some(EN.support.idea_not_counted));
    assert_eq!(view.ideas[1].cost, None);
    // The PA's own costs; the employer items are shown once for all PAs.
    assert_eq!(
        view.ideas[0].cost.as_deref(),
        Some(
            "About £17,560.89 for the whole plan (52 weeks). In the totals, the costs of being an employer are added once and the Employment Allowance is taken off once."
        )
    );
    assert_eq!(
        view.costs.unwrap().totals.last().unwrap().for_the_plan,
        "£16,159.44"
    );
}

#[test]
fn bad_settings_hide_the_costs_and_say_why() {
    let model = with(worked_example(), [CostsAction::SetPlanWeeks("0".into())]);
    assert_eq!(
        start(&model.plan, &EN).costs,
        Err(EN.support.error_settings)
    );
}

#[test]
fn a_line_is_named_by_the_family_or_by_its_kind() {
    let model = with(
        club(worked_example()),
        [SupportAction::SetName(LineId(2), "  Swimming club ".into())],
    );
    let names: Vec<(String, Option<&str>)> = start(&model.plan, &EN)
        .ideas
        .into_iter()
        .map(|i| (i.name, i.kind))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Personal assistant (PA)".to_owned(), None),
            ("Swimming club".to_owned(), Some("Club or activity")),
        ]
    );
}

// Indicative budget --------------------------------------------------------------

#[test]
fn a_whole_plan_budget_shows_what_is_left() {
    let model = with(
        worked_example(),
        [
            CostsAction::SetBudgetKind(BudgetKind::WholePlan),
            CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "£20,000".into()),
        ],
    );
    assert_eq!(
        costs(&model).balances,
        vec![
            "Whole plan: the budget is £20,000.00 and your ideas cost £16,159.44 for 52 weeks. You have £3,840.56 left."
        ]
    );
}

#[test]
fn a_budget_per_option_shows_how_far_over_an_option_is() {
    let model = with(
        club(worked_example()),
        [
            CostsAction::SetBudgetKind(BudgetKind::PerOption),
            CostsAction::SetBudgetAmount(BudgetScope::Option(SdsOption::Option1), "15000".into()),
            CostsAction::SetBudgetAmount(BudgetScope::Option(SdsOption::Option2), "1000".into()),
        ],
    );
    assert_eq!(
        costs(&model).balances,
        vec![
            "Option 1: direct payment: the budget is £15,000.00 and your ideas cost £16,159.44 for 52 weeks. That is £1,159.44 over the budget.",
            "Option 2: you choose, someone else arranges: the budget is £1,000.00 and your ideas cost £975.00 for 52 weeks. You have £25.00 left.",
        ]
    );
}

#[test]
fn choosing_the_same_budget_kind_again_keeps_the_amount() {
    let model = after([
        CostsAction::SetBudgetKind(BudgetKind::WholePlan),
        CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "500".into()),
        CostsAction::SetBudgetKind(BudgetKind::WholePlan),
    ]);
    assert_eq!(
        model.plan.support.settings.indicative_budget,
        IndicativeBudget::WholePlan {
            amount: "500".into()
        }
    );
}

#[test]
fn a_mistyped_budget_is_an_error_beside_its_box_and_kept_as_typed() {
    let model = after([
        CostsAction::SetBudgetKind(BudgetKind::WholePlan),
        CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "£1e30".into()),
    ]);
    let view = budget(&model.plan, &EN);
    assert_eq!(view.amounts[0].1.value, "£1e30");
    assert_eq!(
        view.errors,
        vec![SupportFieldError {
            field_id: "budget-whole",
            message: "Enter the budget as a number, like 250.00".into(),
        }]
    );
}

// What a budget buys --------------------------------------------------------------

#[test]
fn the_worked_example_total_buys_twenty_hours_at_the_minimum_rate() {
    let model = after([CostsAction::SetBuysField(
        ScenarioField::Amount,
        "16159.44".into(),
    )]);
    let view = budget(&model.plan, &EN);
    assert_eq!(
        view.buys_result.as_deref(),
        Some(
            "£16,159.44 buys up to 20 hours a week of a PA at £13.45 an hour for 52 weeks, with all the costs of being an employer."
        )
    );
    let table: Vec<(&str, &str)> = view
        .trade_off
        .iter()
        .map(|r| (r.rate.as_str(), r.hours.as_str()))
        .collect();
    assert_eq!(table[0], ("£13.45", "20 hours a week"));
    assert_eq!(table.len(), 4);
    assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
}

#[test]
fn with_a_pa_in_the_plan_the_question_is_about_that_pa() {
    let model = with(
        worked_example(),
        [CostsAction::SetBuysField(
            ScenarioField::Amount,
            "16159.44".into(),
        )],
    );
    assert_eq!(
        budget(&model.plan, &EN).trade_off[0].hours,
        "20 hours a week"
    );
}

#[test]
fn a_typed_rate_gets_its_own_row_in_the_table() {
    let model = after([
        CostsAction::SetBuysField(ScenarioField::Amount, "20000".into()),
        CostsAction::SetBuysField(ScenarioField::HourlyRate, "15.95".into()),
    ]);
    let rates: Vec<String> = budget(&model.plan, &EN)
        .trade_off
        .into_iter()
        .map(|r| r.rate)
        .collect();
    assert_eq!(
        rates,
        vec!["£13.45", "£14.45", "£15.45", "£15.95", "£16.45"]
    );
}

#[test]
fn a_bad_buys_figure_is_a_field_error_and_no_answer_is_given() {
    let model = after([
        CostsAction::SetBuysField(ScenarioField::Amount, "10000".into()),
        CostsAction::SetBuysField(ScenarioField::Weeks, "60".into()),
    ]);
    let view = budget(&model.plan, &EN);
    assert_eq!(view.buys_result, None);
    assert_eq!(
        view.errors,
        vec![SupportFieldError {
            field_id: "buys-weeks",
            message: "Enter 52 weeks or fewer: your plan covers 52 weeks".into(),
        }]
    );
}

// A typical week -------------------------------------------------------------------

#[test]
fn the_week_shows_gaps_and_clashes_in_words() {
    let saturday_morning = WeekSlot {
        day: Weekday::Saturday,
        part: PartOfDay::Morning,
    };
    let model = with(
        club(worked_example()),
        [
            SupportAction::SetWeekSlot(LineId(1), saturday_morning, true),
            SupportAction::SetWeekSlot(LineId(2), saturday_morning, true),
        ],
    );
    let view = week(&model.plan, &EN);
    let cell = &view.rows[5].cells[0];
    assert_eq!(view.rows[5].day, "Saturday");
    assert_eq!(
        cell.ideas,
        vec!["Personal assistant (PA)", "Club or activity"]
    );
    // The PA takes the child to the club: one plan, not a clash.
    assert_eq!(cell.clash, None);
    assert_eq!(view.rows[0].cells[0].gap, Some("Nothing planned"));
    assert_eq!(view.not_placed, vec![]);
    // A second club at the same time cannot happen too.
    let two_clubs = with(
        club(model),
        [SupportAction::SetWeekSlot(
            LineId(3),
            saturday_morning,
            true,
        )],
    );
    let cell = &week(&two_clubs.plan, &EN).rows[5].cells[0];
    assert_eq!(cell.clash.as_deref(), Some("3 things at once"));
}

#[test]
fn a_clash_is_two_workers_or_two_places_at_once() {
    use LineKind::*;
    let cases: [(&[LineKind], bool); 9] = [
        (&[PersonalAssistant, Activity], false),
        (&[ProviderHours, ShortBreaks], false),
        (&[PersonalAssistant, Travel, Activity], false),
        (&[PersonalAssistant, Other], false),
        (&[Travel, Other, Activity], false),
        (&[PersonalAssistant, ProviderHours], true),
        (&[PersonalAssistant, PersonalAssistant], true),
        (&[Activity, ShortBreaks], true),
        (&[PersonalAssistant, Activity, Activity], true),
    ];
    for (kinds, clashes) in cases {
        assert_eq!(clash(kinds), clashes, "{kinds:?}");
    }
}

#[test]
fn the_week_has_a_bedtime_and_night_part() {
    let view = week(&Plan::default(), &EN);
    assert_eq!(
        view.parts,
        ["Morning", "Afternoon", "Evening", "Bedtime and night"]
    );
    let night = WeekSlot {
        day: Weekday::Friday,
        part: PartOfDay::Night,
    };
    let model = with(
        worked_example(),
        [SupportAction::SetWeekSlot(LineId(1), night, true)],
    );
    assert_eq!(
        week(&model.plan, &EN).rows[4].cells[3].ideas,
        ["Personal assistant (PA)"]
    );
}

#[test]
fn unticking_a_time_takes_the_line_out_of_it() {
    let slot = WeekSlot {
        day: Weekday::Monday,
        part: PartOfDay::Evening,
    };
    let model = with(
        worked_example(),
        [
            SupportAction::SetWeekSlot(LineId(1), slot, true),
            SupportAction::SetWeekSlot(LineId(1), slot, true),
            SupportAction::SetWeekSlot(LineId(1), slot, false),
        ],
    );
    assert!(model.plan.support.lines[0].week.is_empty());
    assert_eq!(
        week(&model.plan, &EN).not_placed,
        vec![(LineId(1), "Personal assistant (PA)".into())]
    );
}

#[test]
fn the_line_page_ticks_the_chosen_times() {
    let slot = WeekSlot {
        day: Weekday::Tuesday,
        part: PartOfDay::Afternoon,
    };
    let model = with(
        worked_example(),
        [SupportAction::SetWeekSlot(LineId(1), slot, true)],
    );
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    let ticked: Vec<WeekSlot> = view
        .week
        .iter()
        .flat_map(|d| d.parts.iter())
        .filter(|p| p.checked)
        .map(|p| p.slot)
        .collect();
    assert_eq!(ticked, vec![slot]);
}

// Settings ---------------------------------------------------------------------------

#[test]
fn settings_defaults_say_where_they_came_from() {
    let view = settings(&Model::default().plan, &EN);
    assert_eq!(
        view.employer_fields[0].hint,
        "Leave blank to use £80.00: a typical figure this tool suggests, as an example."
    );
    assert_eq!(view.plan_weeks.value, "52");
    assert!(view.employment_allowance);
    assert_eq!(
        view.tax_years
            .iter()
            .filter(|y| y.checked)
            .map(|y| y.label)
            .collect::<Vec<_>>(),
        vec!["2026/27"]
    );
}

#[test]
fn employer_settings_change_the_costs() {
    let model = with(
        worked_example(),
        [
            CostsAction::SetEmploymentAllowance(false),
            CostsAction::SetEmployerField(SettingsField::InsurancePremiumAYear, "95".into()),
            CostsAction::SetEmployerField(SettingsField::ContingencyPercent, "5".into()),
        ],
    );
    let employer = costs(&model).employer.unwrap();
    // 15,676.35 + 1,601.45 + 283.09 + 95 + 120 = 17,775.89; 5% = 888.79.
    assert_eq!(
        rows(&employer.rows),
        vec![
            ("Employer's liability insurance", "£95.00".to_owned()),
            ("Payroll service", "£120.00".to_owned()),
            (
                "Money kept for surprises (contingency)",
                "£888.79".to_owned()
            ),
        ]
    );
}

#[test]
fn bad_settings_are_errors_beside_each_box() {
    let model = after([
        CostsAction::SetPlanWeeks("200".into()),
        CostsAction::SetEmployerField(SettingsField::ContingencyPercent, "150".into()),
    ]);
    let view = settings(&model.plan, &EN);
    assert_eq!(
        view.errors,
        vec![
            SupportFieldError {
                field_id: "plan-weeks",
                message: "Enter the length of your plan in weeks of 104 or less".into(),
            },
            SupportFieldError {
                field_id: "contingency",
                message: "Enter the percentage of 100 or less".into(),
            },
        ]
    );
}

// Text -------------------------------------------------------------------------------

#[test]
fn every_component_and_source_has_words() {
    for kind in [
        ComponentKind::Wages,
        ComponentKind::HolidayPay,
        ComponentKind::EmployerNiBeforeAllowance,
        ComponentKind::Pension,
        ComponentKind::ProviderHours,
        ComponentKind::Activity,
        ComponentKind::ShortBreaks,
        ComponentKind::OneOff,
        ComponentKind::Travel,
        ComponentKind::Other,
        ComponentKind::EmploymentAllowance,
        ComponentKind::Insurance,
        ComponentKind::Payroll,
        ComponentKind::Contingency,
    ] {
        let words = component_text(kind, EN.support);
        assert!(
            !words.label.is_empty() && words.explanation.ends_with('.'),
            "{kind:?}"
        );
    }
    for kind in LineKind::ALL {
        let words = kind_text(kind, EN.support);
        assert!(words.examples.contains("For example"), "{kind:?}");
    }
}

#[test]
fn the_estimate_warning_is_worded_as_agreed() {
    assert_eq!(
        EN.support.estimate_warning,
        "This is an estimate to help you talk to your council. It is not your budget."
    );
}

#[test]
fn a_26_week_plan_refuses_a_39_week_club_and_halves_the_pa_costs() {
    let model = with(
        club(worked_example()),
        [CostsAction::SetPlanWeeks("26".into())],
    );
    let view = start(&model.plan, &EN);
    assert_eq!(view.ideas[1].problem, Some(EN.support.idea_not_counted));
    let costs = view.costs.unwrap();
    assert_eq!(
        totals(&costs),
        vec![
            (
                TotalKind::Idea,
                "Personal assistant (PA)",
                "£8,780.46",
                None
            ),
            (
                TotalKind::Employer,
                "Costs of being an employer",
                "£100.00",
                None
            ),
            (
                TotalKind::Allowance,
                "Employment Allowance: the government pays up to £5,250 of your employer National Insurance in 26 weeks (£10,500 a year)",
                "−£800.73",
                None
            ),
            (
                TotalKind::OptionTotal,
                "Total for Option 1: direct payment",
                "£8,079.73",
                Some("£310.76")
            ),
            (
                TotalKind::OptionTotal,
                "Total for Option 2: you choose, someone else arranges",
                "£0.00",
                Some("£0.00")
            ),
            (
                TotalKind::PlanTotal,
                "All your ideas",
                "£8,079.73",
                Some("£310.76")
            ),
        ]
    );
}

#[test]
fn national_sources_link_to_where_the_figure_comes_from() {
    let costs = costs(&worked_example());
    let holiday = &costs.lines[0].rows[1];
    assert_eq!(
        holiday.sources,
        vec![SourceLink {
            text: "GOV.UK, holiday entitlement",
            url: Some("https://www.gov.uk/holiday-entitlement-rights"),
        }]
    );
    let wages = &costs.lines[0].rows[0];
    assert!(wages.sources.iter().all(|s| s.url.is_none()));
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn any_field() -> impl Strategy<Value = LineField> {
        prop::sample::select(vec![
            LineField::HoursAWeek,
            LineField::HourlyRate,
            LineField::Weeks,
            LineField::CostASession,
            LineField::SessionsAWeek,
            LineField::CostEach,
            LineField::Number,
            LineField::Amount,
            LineField::MilesAWeek,
            LineField::PenceAMile,
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever is typed into any box, every page's view is worked out
        /// without a panic.
        #[test]
        fn any_typed_text_gives_every_view(
            kinds in prop::collection::vec(prop::sample::select(LineKind::ALL.to_vec()), 1..5),
            typed in prop::collection::vec((any_field(), "[−£0-9,. a-z]{0,12}|[0-9]{1,40}"), 0..12),
            plan_weeks in "[0-9]{0,4}|[a-z ]{0,3}",
            budget_text in "[−£0-9,.e]{0,40}",
            buys in "[−£0-9,.]{0,40}",
        ) {
            let mut actions: Vec<Action> = kinds.into_iter().map(|k| SupportAction::AddLine(k).into()).collect();
            let count = u32::try_from(actions.len()).unwrap();
            for (n, (field, text)) in typed.into_iter().enumerate() {
                let id = LineId(u32::try_from(n).unwrap() % count + 1);
                actions.push(SupportAction::SetField(id, field, text).into());
            }
            actions.push(CostsAction::SetPlanWeeks(plan_weeks).into());
            actions.push(CostsAction::SetBudgetKind(BudgetKind::WholePlan).into());
            actions.push(CostsAction::SetBudgetAmount(BudgetScope::WholePlan, budget_text).into());
            actions.push(CostsAction::SetBuysField(ScenarioField::Amount, buys).into());
            let model = after(actions);
            let _ = start(&model.plan, &EN);
            let _ = settings(&model.plan, &EN);
            let _ = week(&model.plan, &EN);
            let _ = budget(&model.plan, &EN);
            for id in 1..=count {
                prop_assert!(line(&model.plan, model.council.as_ref(), LineId(id), true, &EN).is_some());
            }
        }

        /// Money always reads back as the amount rounded to pennies.
        #[test]
        fn money_reads_back_as_the_rounded_amount(pennies in -100_000_000_000i64..=100_000_000_000i64) {
            let amount = Decimal::new(pennies, 2);
            let text = money(amount);
            let plain: String = text
                .replace('\u{2212}', "-")
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
                .collect();
            prop_assert_eq!(plain.parse::<Decimal>().unwrap(), amount);
        }
    }
}

// What can we pay a PA? ------------------------------------------------------------

#[test]
fn what_can_we_pay_a_pa_the_worked_example() {
    // budget-rules.md: £18.50 funded, 20 hours, 52 weeks: £16.01 an hour.
    let model = with(
        worked_example(),
        [CostsAction::SetPayField(
            PayField::FundedRate,
            "£18.50/hr".into(),
        )],
    );
    let view = pay(&model.plan, None, &EN);
    assert_eq!(
        view.fields[1].1.hint,
        "Leave blank to use your PA's 20 hours a week."
    );
    assert_eq!(view.fields[2].1.hint, "Leave blank for 52 weeks.");
    assert_eq!(
        view.funding.as_deref(),
        Some("At £18.50 an hour for 20 hours a week for 52 weeks, the council pays £19,240.00.")
    );
    let answer = view.answer.unwrap();
    assert_eq!(
        answer.answer,
        "You could pay your PA up to £16.01 an hour, once every cost of being an employer is paid."
    );
    assert_eq!(
        answer.against_minimum.as_deref(),
        Some("That is at least £13.45 an hour, the least a PA should be paid in 2026/27.")
    );
    assert!(!answer.below_minimum);
    assert_eq!(
        answer.total,
        (
            "Full cost for 52 weeks at this rate".into(),
            "£19,232.70".into()
        )
    );
    let amounts: Vec<&str> = answer.rows.iter().map(|(_, a)| a.as_str()).collect();
    assert_eq!(
        amounts,
        vec![
            "£16,650.40",
            "£2,009.70",
            "£2,049.02",
            "£372.60",
            "£80.00",
            "£120.00",
            "£0.00",
            "−£2,049.02"
        ]
    );
    assert_eq!(
        answer.next_penny.as_deref(),
        Some("At £16.02 an hour it would cost £19,244.71, which is more than £19,240.00.")
    );
}

#[test]
fn a_low_funded_rate_says_plainly_it_is_below_the_minimum() {
    let model = after([
        CostsAction::SetPayField(PayField::FundedRate, "14".into()),
        CostsAction::SetPayField(PayField::HoursAWeek, "20 hours".into()),
    ]);
    let answer = pay(&model.plan, None, &EN).answer.unwrap();
    assert!(answer.below_minimum);
    assert!(answer.against_minimum.unwrap().starts_with(
        "That is less than £13.45 an hour, the least a PA should be paid in 2026/27."
    ));
}

#[test]
fn the_councils_funded_rate_is_used_when_the_box_is_blank() {
    let reading = crate::council::config::read_config(crate::test_support::EXAMPLE_COUNCIL);
    let council = reading.config.unwrap();
    let rate = council.pa_hourly_rate.unwrap();
    let model = worked_example();
    let view = pay(&model.plan, Some(&council), &EN);
    assert_eq!(
        view.fields[0].1.hint,
        format!(
            "Leave blank to use {}'s figure, {} an hour.",
            council.council_name,
            money(rate)
        )
    );
    assert!(
        view.funding
            .unwrap()
            .starts_with(&format!("At {} an hour", money(rate)))
    );
}

#[test]
fn without_a_rate_or_hours_there_is_no_answer_and_no_error() {
    let view = pay(&Model::default().plan, None, &EN);
    assert_eq!(view.answer, None);
    assert!(view.fields.iter().all(|(_, f)| f.error.is_none()));
    let model = with(
        on(CostsScreen::Budget),
        [CostsAction::SetPayField(PayField::Weeks, "60".into())],
    );
    let view = pay(&model.plan, None, &EN);
    assert_eq!(
        view.fields[2].1.error.as_deref(),
        Some("Enter 52 weeks or fewer: your plan covers 52 weeks")
    );
    let saved = with(model, [CostsAction::SaveBudget]);
    // A box that does not read keeps the family on the page.
    assert_eq!(saved.screen, Screen::Costs(CostsScreen::Budget));
}

#[test]
fn hours_read_as_a_family_says_them() {
    let cases = [
        ("20", "20 hours"),
        ("1", "1 hour"),
        ("14.75", "14¾ hours"),
        ("14.5", "14½ hours"),
        ("0.25", "15 minutes"),
        ("14.33", "14 hours 20 minutes"),
        ("0.99", "59 minutes"),
        ("1.33", "1 hour 20 minutes"),
        ("0.02", "1 minute"),
        ("2.02", "2 hours 1 minute"),
        ("1.999", "2 hours"),
        ("0", "0 hours"),
        ("168", "168 hours"),
    ];
    for (value, expected) in cases {
        assert_eq!(
            hours(crate::test_support::d(value), EN.support),
            expected,
            "{value}"
        );
    }
}

#[test]
fn what_a_budget_buys_starts_from_the_budget_and_the_pa_already_entered() {
    // The worked example and a club under Option 2; a budget typed once.
    let model = with(
        club(worked_example()),
        [
            CostsAction::SetBudgetKind(BudgetKind::WholePlan),
            CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "£17,134.44".into()),
        ],
    );
    let view = budget(&model.plan, &EN);
    let hints: Vec<&str> = view.buys.iter().map(|(_, f)| f.hint.as_str()).collect();
    assert_eq!(
        hints,
        vec![
            "Leave blank to use your budget for the whole plan, £17,134.44, minus £975.00 for your ideas under Options 2 and 3: £16,159.44.",
            "Leave blank to use your PA's rate, £13.45 an hour.",
            "Leave blank to use your PA's 52 weeks.",
        ]
    );
    // £16,159.44 is exactly the worked example's Option 1: 20 hours.
    assert_eq!(
        view.buys_result.as_deref(),
        Some(
            "£16,159.44 buys up to 20 hours a week of a PA at £13.45 an hour for 52 weeks, with all the costs of being an employer."
        )
    );
    // A budget for each option: Option 1's is used.
    let per_option = with(
        model,
        [
            CostsAction::SetBudgetKind(BudgetKind::PerOption),
            CostsAction::SetBudgetAmount(BudgetScope::Option(SdsOption::Option1), "8,000".into()),
        ],
    );
    let view = budget(&per_option.plan, &EN);
    assert_eq!(
        view.buys[0].1.hint,
        "Leave blank to use your budget for Option 1, £8,000.00."
    );
    assert!(
        view.buys_result
            .unwrap()
            .starts_with("£8,000.00 buys up to 9")
    );
    // A typed figure wins over the budget.
    let typed = with(
        per_option,
        [CostsAction::SetBuysField(
            ScenarioField::Amount,
            "16159.44".into(),
        )],
    );
    assert!(
        budget(&typed.plan, &EN)
            .buys_result
            .unwrap()
            .starts_with("£16,159.44 buys up to 20 hours a week")
    );
}

#[test]
fn a_short_plan_says_so_beside_every_total_and_yearly_figure() {
    let model = with(
        worked_example(),
        [CostsAction::SetPlanWeeks("26 weeks".into())],
    );
    let view = start(&model.plan, &EN);
    let costs = view.costs.unwrap();
    assert_eq!(costs.period, "For 26 weeks");
    assert_eq!(
        costs.plan_total,
        "Your ideas cost about £8,079.73 for 26 weeks."
    );
    assert!(
        view.ideas[0]
            .cost
            .as_deref()
            .unwrap()
            .starts_with("About £8,780.46 for the whole plan (26 weeks).")
    );
    let employer = costs.employer.unwrap();
    let scaled: Vec<Option<&str>> = employer.rows.iter().map(|r| r.scaled.as_deref()).collect();
    assert_eq!(
        scaled,
        vec![
            Some("For your 26 weeks: £40.00 (£80.00 a year)."),
            Some("For your 26 weeks: £60.00 (£120.00 a year)."),
            None,
        ]
    );
    assert_eq!(
        settings(&model.plan, &EN).employer_fields[0].hint,
        "Leave blank to use £80.00: a typical figure this tool suggests, as an example. For your 26 weeks: £40.00 (£80.00 a year)."
    );
    // A year's plan needs no second figure.
    let year = start(&worked_example().plan, &EN).costs.unwrap();
    assert!(
        year.employer
            .unwrap()
            .rows
            .iter()
            .all(|r| r.scaled.is_none())
    );
    // The summary's totals say their period too.
    let summary = crate::steps::summary::summary(
        &model.plan,
        &crate::steps::summary::SupportWorker::default(),
        &EN,
        "2026-12-02",
    );
    let text = crate::steps::summary::as_text(&summary, &EN);
    assert!(
        text.contains("All your ideas: £8,079.73 for 26 weeks"),
        "{text}"
    );
}

#[test]
fn each_box_gives_an_example_that_fits_it() {
    let model = after([
        CostsAction::SetPlanWeeks("half a year".into()),
        CostsAction::SetEmployerField(SettingsField::ContingencyPercent, "five".into()),
        CostsAction::SetEmployerField(SettingsField::PayslipsAYear, "12.5".into()),
    ]);
    let messages: Vec<String> = settings(&model.plan, &EN)
        .errors
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert_eq!(
        messages,
        vec![
            "Enter the length of your plan in weeks as a number, like 39",
            "Enter the number of payslips a year as a whole number, like 12",
            "Enter the percentage as a number, like 5",
        ]
    );
}

#[test]
fn the_picture_has_a_bar_for_each_option_and_the_plan_against_the_budget() {
    let model = with(
        club(worked_example()),
        [
            CostsAction::SetBudgetKind(BudgetKind::WholePlan),
            CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "20000".into()),
        ],
    );
    let picture = costs(&model).picture.unwrap();
    let labels: Vec<&str> = picture.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        vec![
            "Option 1: direct payment",
            "Option 2: you choose, someone else arranges",
            "Whole plan"
        ]
    );
    let option_1 = &picture.bars[0];
    // One scale for all: the £20,000 budget is the widest figure.
    let parts: Vec<(u32, u32)> = option_1.parts.iter().map(|p| (p.start, p.width)).collect();
    // 17,560.89 and 200.00 of 20,000: 878 and 10 units.
    assert_eq!(parts, vec![(0, 878), (878, 10)]);
    let off = option_1.taken_off.as_ref().unwrap();
    // 16,159.44 to 17,760.89.
    assert_eq!((off.start, off.width), (808, 80));
    assert_eq!(
        option_1.text,
        "Option 1: direct payment: £16,159.44 for 52 weeks (Personal assistant (PA) £17,560.89; Costs of being an employer £200.00; minus the Employment Allowance £1,601.45)."
    );
    let plan = &picture.bars[2];
    assert_eq!(
        plan.budget,
        Some(BudgetMark {
            at: 1000,
            label: "Budget £20,000.00".into()
        })
    );
    assert!(
        plan.text
            .ends_with("The budget is £20,000.00, so £2,865.56 is left.")
    );
    for bar in &picture.bars {
        for part in &bar.parts {
            assert!(part.start + part.width <= PICTURE_WIDTH);
        }
    }
}

#[test]
fn with_one_option_the_whole_plan_budget_marks_its_bar() {
    let model = with(
        worked_example(),
        [
            CostsAction::SetBudgetKind(BudgetKind::WholePlan),
            CostsAction::SetBudgetAmount(BudgetScope::WholePlan, "15000".into()),
        ],
    );
    let picture = costs(&model).picture.unwrap();
    assert_eq!(picture.bars.len(), 1);
    assert!(
        picture.bars[0]
            .text
            .ends_with("The budget is £15,000.00, so this is £1,159.44 over.")
    );
    assert_eq!(costs(&Model::default()).picture, None);
}

mod what_is_shown_adds_up {
    use super::*;
    use crate::budget::CoverBy;
    use proptest::prelude::*;

    /// "£1,234.56" or "−£1,234.56" in pennies, as a reader would add it.
    fn pennies(shown: &str) -> i64 {
        let negative = shown.starts_with('\u{2212}');
        let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
        let value: i64 = digits.parse().unwrap();
        if negative { -value } else { value }
    }

    fn any_line() -> impl Strategy<Value = Vec<Action>> {
        let figure = |range: std::ops::RangeInclusive<u32>| range.prop_map(|n| n.to_string());
        prop_oneof![
            (
                figure(0..=60),
                figure(1_000..=3_000),
                prop::option::of(figure(1..=52))
            )
                .prop_map(|(hours, pence, weeks)| {
                    vec![
                        SupportAction::AddLine(LineKind::PersonalAssistant).into(),
                        SupportAction::SetField(LineId(0), LineField::HoursAWeek, hours).into(),
                        SupportAction::SetField(
                            LineId(0),
                            LineField::HourlyRate,
                            format!(
                                "{}.{:02}",
                                pence.parse::<u32>().unwrap() / 100,
                                pence.parse::<u32>().unwrap() % 100
                            ),
                        )
                        .into(),
                        SupportAction::SetField(
                            LineId(0),
                            LineField::Weeks,
                            weeks.unwrap_or_default(),
                        )
                        .into(),
                    ]
                }),
            (figure(0..=40), figure(1..=3)).prop_map(|(cost, sessions)| {
                vec![
                    SupportAction::AddLine(LineKind::Activity).into(),
                    SupportAction::SetField(LineId(0), LineField::CostASession, cost).into(),
                    SupportAction::SetField(LineId(0), LineField::SessionsAWeek, sessions).into(),
                    SupportAction::SetOption(LineId(0), SdsOption::Option3).into(),
                ]
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// On the costs page, each option's rows add up to its total and
        /// every row to the plan's; no row is negative but the allowance;
        /// with the allowance on or off, with or without holiday cover.
        #[test]
        fn the_rows_shown_add_up_to_the_totals_shown(
            lines in prop::collection::vec(any_line(), 1..5),
            cover in prop::option::of((1u32..=4, any::<bool>())),
            allowance in any::<bool>(),
            plan_weeks in prop::sample::select(vec!["52", "26", "39", "104", "1"]),
        ) {
            let mut actions: Vec<Action> = vec![
                CostsAction::SetPlanWeeks(plan_weeks.into()).into(),
                CostsAction::SetEmploymentAllowance(allowance).into(),
            ];
            for (n, line) in lines.into_iter().enumerate() {
                let id = LineId(u32::try_from(n).unwrap() + 1);
                actions.extend(line.into_iter().map(|action| match action {
                    Action::Support(SupportAction::SetField(_, field, text)) => {
                        SupportAction::SetField(id, field, text).into()
                    }
                    Action::Support(SupportAction::SetOption(_, option)) => {
                        SupportAction::SetOption(id, option).into()
                    }
                    other => other,
                }));
            }
            if let Some((pa, by_pa)) = cover {
                let by = if by_pa { CoverBy::AnotherPa } else { CoverBy::Agency };
                actions.push(SupportAction::AddHolidayCover(LineId(pa), by).into());
            }
            let mut model = with(Model::default(), actions);
            // The cover's agency rate, wherever it landed.
            if let Some(last) = model.plan.support.lines.last().map(|l| l.id) {
                model = with(model, [SupportAction::SetField(last, LineField::HourlyRate, "22".into())]);
            }
            let costs = start(&model.plan, &EN).costs.unwrap();
            let mut option = 0;
            let mut plan = 0;
            for row in &costs.totals {
                let amount = pennies(&row.for_the_plan);
                match row.kind {
                    TotalKind::Allowance => {
                        prop_assert!(allowance);
                        prop_assert!(amount <= 0);
                        option += amount;
                    }
                    TotalKind::Idea | TotalKind::Employer => {
                        prop_assert!(amount >= 0, "{} is {}", row.label, row.for_the_plan);
                        option += amount;
                    }
                    TotalKind::OptionTotal => {
                        prop_assert_eq!(amount, option, "{}", row.label);
                        plan += option;
                        option = 0;
                    }
                    TotalKind::PlanTotal => {
                        prop_assert_eq!(amount, plan + option);
                    }
                }
            }
            // Each idea's breakdown adds up to the figure beside it.
            for line in &costs.lines {
                let sum: i64 = line.rows.iter().map(|r| pennies(&r.amount)).sum();
                prop_assert_eq!(sum, pennies(&line.total));
                prop_assert!(line.rows.iter().all(|r| pennies(&r.amount) >= 0));
            }
            if let Some(employer) = &costs.employer {
                let sum: i64 = employer.rows.iter().map(|r| pennies(&r.amount)).sum();
                prop_assert_eq!(sum, pennies(&employer.total));
                match &employer.allowance {
                    AllowanceBreakdown::Claimed { ni_before, row, left_to_pay } => {
                        prop_assert!(allowance);
                        prop_assert_eq!(pennies(&ni_before.1) + pennies(&row.amount), pennies(&left_to_pay.1));
                    }
                    AllowanceBreakdown::NotClaimed(words) => {
                        prop_assert!(!allowance);
                        prop_assert!(!words.contains("taken off"));
                    }
                }
            }
        }
    }
}

#[test]
fn the_trade_off_table_says_the_weeks_its_costs_are_for() {
    let model = with(
        worked_example(),
        [CostsAction::SetBuysField(
            ScenarioField::Weeks,
            "39 weeks".into(),
        )],
    );
    assert_eq!(
        budget(&model.plan, &EN).cost_column,
        "Option 1 cost for 39 weeks"
    );
    assert_eq!(
        budget(&worked_example().plan, &EN).cost_column,
        "Option 1 cost for 52 weeks"
    );
}
