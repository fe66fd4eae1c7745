// Compiled only under #[cfg(test)] (see mod.rs).
use super::*;
use crate::app::model::{Action, Model, Screen, apply as apply_action};
use crate::steps::outcomes::Outcome;
use crate::test_support::{EXAMPLE_COUNCIL, about_us_saved, after, d, with};
use crate::text::EN;
use crate::vocabulary::OutcomeId;

/// The worked example of budget-rules.md, typed as a family would.
fn worked_example() -> Model {
    after([
        SupportAction::AddLine(LineKind::PersonalAssistant),
        SupportAction::SetField(LineId(1), LineField::HoursAWeek, "20".into()),
        SupportAction::SetField(LineId(1), LineField::HourlyRate, "£13.45".into()),
    ])
}

fn club(model: Model) -> Model {
    with(
        model,
        [
            SupportAction::AddLine(LineKind::Activity),
            SupportAction::SetField(LineId(2), LineField::CostASession, "12.50".into()),
            SupportAction::SetField(LineId(2), LineField::SessionsAWeek, "2".into()),
            SupportAction::SetField(LineId(2), LineField::Weeks, "39".into()),
            SupportAction::SetOption(LineId(2), SdsOption::Option2),
        ],
    )
}

fn costs(model: &Model) -> Costs {
    start(&model.plan, &EN).costs.unwrap()
}

fn rows(rows: &[BreakdownRow]) -> Vec<(&'static str, String)> {
    rows.iter().map(|r| (r.label, r.amount.clone())).collect()
}

// Formatting -----------------------------------------------------------------

#[test]
fn money_has_a_pound_sign_thousands_commas_and_pence() {
    assert_eq!(money(d("16159.44")), "£16,159.44");
    assert_eq!(money(d("0")), "£0.00");
    assert_eq!(money(d("5")), "£5.00");
    assert_eq!(money(d("1234.5")), "£1,234.50");
    assert_eq!(money(d("1000000")), "£1,000,000.00");
    assert_eq!(money(d("999.99")), "£999.99");
}

#[test]
fn money_below_zero_has_a_minus_before_the_pound_sign() {
    assert_eq!(money(d("-1601.45")), "-£1,601.45");
    assert_eq!(money(d("-0.001")), "£0.00");
}

#[test]
fn money_rounds_halves_away_from_zero() {
    assert_eq!(money(d("0.005")), "£0.01");
    assert_eq!(money(d("2.675")), "£2.68");
    assert_eq!(money(d("-0.005")), "-£0.01");
}

#[test]
fn numbers_drop_trailing_zeros_and_group_thousands() {
    assert_eq!(number(d("20.00")), "20");
    assert_eq!(number(d("27.25")), "27.25");
    assert_eq!(number(d("1200")), "1,200");
    assert_eq!(number(d("5.6")), "5.6");
}

#[test]
fn tax_years_read_as_on_a_payslip() {
    assert_eq!(tax_year_label(TaxYear::Y2025_26), "2025/26");
    assert_eq!(tax_year_label(TaxYear::Y2026_27), "2026/27");
}

// Adding and changing lines ---------------------------------------------------

#[test]
fn adding_a_line_opens_its_page_with_a_new_id() {
    let model = after([
        SupportAction::AddLine(LineKind::Activity),
        SupportAction::AddLine(LineKind::OneOff),
    ]);
    assert_eq!(
        model.screen,
        Screen::Support(SupportScreen::Line(LineId(2)))
    );
    let ids: Vec<LineId> = model.plan.support.lines.iter().map(|l| l.id).collect();
    assert_eq!(ids, vec![LineId(1), LineId(2)]);
}

#[test]
fn ids_are_not_reused_after_removing_a_line() {
    let model = after([
        SupportAction::AddLine(LineKind::Activity),
        SupportAction::AddLine(LineKind::OneOff),
        SupportAction::RemoveLine(LineId(1)),
        SupportAction::AddLine(LineKind::Travel),
    ]);
    let ids: Vec<LineId> = model.plan.support.lines.iter().map(|l| l.id).collect();
    assert_eq!(ids, vec![LineId(2), LineId(3)]);
}

#[test]
fn a_pa_line_is_option_1_and_cannot_be_moved() {
    let model = with(
        worked_example(),
        [SupportAction::SetOption(LineId(1), SdsOption::Option2)],
    );
    assert_eq!(model.plan.support.lines[0].option, SdsOption::Option1);
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert!(matches!(view.option, OptionChoice::Option1Only { .. }));
}

#[test]
fn an_idea_offers_options_1_to_3_and_never_takes_option_4() {
    let model = club(worked_example());
    let view = line(&model.plan, model.council.as_ref(), LineId(2), false, &EN).unwrap();
    let OptionChoice::Choose { choices, error } = &view.option else {
        panic!("a club can be paid for under any of Options 1 to 3");
    };
    let offered: Vec<SdsOption> = choices.iter().map(|c| c.value).collect();
    assert_eq!(offered, SdsOption::ONE_TO_THREE.to_vec());
    assert_eq!(*error, None);
    let after_4 = with(
        model,
        [SupportAction::SetOption(LineId(2), SdsOption::Option4)],
    );
    assert_eq!(after_4.plan.support.lines[1].option, SdsOption::Option2);
}

#[test]
fn an_idea_marked_option_4_says_to_choose_1_2_or_3_and_is_not_counted() {
    let mut model = club(worked_example());
    model.plan.support.lines[1].option = SdsOption::Option4;
    let view = line(&model.plan, model.council.as_ref(), LineId(2), false, &EN).unwrap();
    let message = EN.support.error_option_4_for_one_idea;
    assert!(matches!(
        view.option,
        OptionChoice::Choose { error: Some(m), .. } if m == message
    ));
    assert!(
        view.errors
            .iter()
            .any(|e| e.field_id == "line-option-1" && e.message == message)
    );
    let list = start(&model.plan, &EN);
    assert!(list.ideas.iter().any(|idea| idea.problem == Some(message)));
}

#[test]
fn typed_text_is_kept_exactly_as_typed() {
    let model = after([
        SupportAction::AddLine(LineKind::Activity),
        SupportAction::SetField(LineId(1), LineField::CostASession, " £1,2x ".into()),
    ]);
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert_eq!(view.fields[0].value, " £1,2x ");
}

#[test]
fn a_field_the_kind_does_not_have_is_ignored() {
    let before = after([SupportAction::AddLine(LineKind::OneOff)]);
    let model = with(
        before.clone(),
        [SupportAction::SetField(
            LineId(1),
            LineField::MilesAWeek,
            "40".into(),
        )],
    );
    assert_eq!(model.plan, before.plan);
}

#[test]
fn removing_a_pa_clears_the_cover_link_of_its_cover_line() {
    let model = with(
        worked_example(),
        [
            SupportAction::AddHolidayCover(LineId(1), CoverBy::AnotherPa),
            SupportAction::RemoveLine(LineId(1)),
        ],
    );
    assert_eq!(model.plan.support.lines.len(), 1);
    assert_eq!(model.plan.support.lines[0].covers, None);
}

#[test]
fn removing_from_the_question_goes_back_to_the_list() {
    let model = with(
        club(worked_example()),
        [SupportAction::SetName(LineId(2), "Swimming club".into())],
    );
    let mut asking = model.clone();
    asking.screen = Screen::Support(SupportScreen::Remove(LineId(2)));
    assert_eq!(
        remove(&asking.plan, LineId(2), &EN),
        Some(RemoveView {
            title: "Remove Swimming club?".into(),
            body: EN.support.remove_body,
        })
    );
    let removed = with(asking, [SupportAction::RemoveLine(LineId(2))]);
    assert_eq!(removed.screen, Screen::Support(SupportScreen::Start));
    assert_eq!(removed.plan.support.lines.len(), 1);
}

#[test]
fn saving_a_complete_line_goes_back_to_the_list() {
    let model = with(worked_example(), [SupportAction::SaveLine(LineId(1))]);
    assert_eq!(model.screen, Screen::Support(SupportScreen::Start));
}

#[test]
fn saving_an_incomplete_line_stays_on_its_page() {
    let model = after([
        SupportAction::AddLine(LineKind::PersonalAssistant),
        SupportAction::SaveLine(LineId(1)),
    ]);
    assert_eq!(
        model.screen,
        Screen::Support(SupportScreen::Line(LineId(1)))
    );
}

fn on(screen: SupportScreen) -> Model {
    apply_action(Model::default(), Action::Open(Screen::Support(screen)))
}

#[test]
fn continuing_without_a_kind_stays_on_the_page_and_asks_for_one() {
    let model = with(
        on(SupportScreen::ChooseKind),
        [SupportAction::ContinueWithKind(None)],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::ChooseKind));
    assert!(model.plan.support.lines.is_empty());
    assert_eq!(choose_kind(None, false, &EN).errors, vec![]);
    assert_eq!(
        choose_kind(None, true, &EN).errors,
        vec![SupportFieldError {
            field_id: "support-kind",
            message: "Select the kind of support".to_owned(),
        }]
    );
}

#[test]
fn continuing_with_a_kind_adds_a_line_of_it_and_opens_it() {
    let model = with(
        on(SupportScreen::ChooseKind),
        [SupportAction::ContinueWithKind(Some(LineKind::Activity))],
    );
    assert_eq!(
        model.screen,
        Screen::Support(SupportScreen::Line(LineId(1)))
    );
    assert_eq!(
        model.plan.support.lines.first().map(|l| l.input.kind()),
        Some(LineKind::Activity)
    );
    let view = choose_kind(Some(LineKind::Activity), true, &EN);
    assert_eq!(view.errors, vec![]);
    assert_eq!(view.choices.len(), LineKind::ALL.len());
    let ticked: Vec<LineKind> = view
        .choices
        .iter()
        .filter(|c| c.checked)
        .map(|c| c.value)
        .collect();
    assert_eq!(ticked, vec![LineKind::Activity]);
    assert!(view.choices.iter().all(|c| c.hint.is_some()));
}

#[test]
fn saving_settings_goes_back_to_the_list_only_when_every_figure_reads() {
    let model = with(
        on(SupportScreen::Settings),
        [
            SupportAction::SetEmployerField(SettingsField::PlanWeeks, "lots".into()),
            SupportAction::SaveSettings,
        ],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::Settings));
    let model = with(
        model,
        [
            SupportAction::SetEmployerField(SettingsField::PlanWeeks, "39".into()),
            SupportAction::SaveSettings,
        ],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::Start));
}

#[test]
fn saving_the_budget_goes_back_to_the_list_only_when_every_figure_reads() {
    let model = with(
        on(SupportScreen::Budget),
        [
            SupportAction::SetBudgetKind(BudgetKind::WholePlan),
            SupportAction::SetBudgetAmount(BudgetScope::WholePlan, "twenty".into()),
            SupportAction::SaveBudget,
        ],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::Budget));
    let model = with(
        model,
        [
            SupportAction::SetBudgetAmount(BudgetScope::WholePlan, "£20,000".into()),
            SupportAction::SaveBudget,
        ],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::Start));
    let model = with(
        on(SupportScreen::Budget),
        [
            SupportAction::SetBuysField(ScenarioField::Weeks, "60".into()),
            SupportAction::SaveBudget,
        ],
    );
    assert_eq!(model.screen, Screen::Support(SupportScreen::Budget));
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
            SupportAction::SetBudgetKind(kind),
            SupportAction::SetBudgetAmount(BudgetScope::WholePlan, amount.into()),
            SupportAction::SetBudgetAmount(BudgetScope::Option(SdsOption::Option1), amount.into()),
            SupportAction::SetBuysField(ScenarioField::Amount, buys.into()),
            SupportAction::SetBuysField(ScenarioField::HourlyRate, rate.into()),
            SupportAction::SetBuysField(ScenarioField::Weeks, weeks.into()),
        ]);
        assert_eq!(
            budget_page_reads(&model.plan.support),
            budget(&model.plan, &EN).errors.is_empty(),
            "{kind:?} {amount:?} {buys:?} {rate:?} {weeks:?}"
        );
    }
}

// Errors on the line page -----------------------------------------------------

fn messages(view: &LineView) -> Vec<(&'static str, String)> {
    view.errors
        .iter()
        .map(|e| (e.field_id, e.message.clone()))
        .collect()
}

#[test]
fn blank_boxes_are_not_errors_until_the_family_tries_to_save() {
    let model = after([SupportAction::AddLine(LineKind::PersonalAssistant)]);
    assert_eq!(
        messages(&line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap()),
        vec![]
    );
    assert_eq!(
        messages(&line(&model.plan, model.council.as_ref(), LineId(1), true, &EN).unwrap()),
        vec![
            ("line-hours", "Enter the hours a week".to_owned()),
            ("line-rate", "Enter the hourly rate".to_owned()),
        ]
    );
}

#[test]
fn absurd_figures_are_field_errors_with_plain_messages() {
    let model = after([
        SupportAction::AddLine(LineKind::PersonalAssistant),
        SupportAction::SetField(LineId(1), LineField::HoursAWeek, "200".into()),
        SupportAction::SetField(
            LineId(1),
            LineField::HourlyRate,
            "1000000000000000000000000000000".into(),
        ),
        SupportAction::SetField(LineId(1), LineField::Weeks, "-3".into()),
    ]);
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert_eq!(
        messages(&view),
        vec![
            (
                "line-hours",
                "Enter the hours a week of 168 or less".to_owned()
            ),
            (
                "line-rate",
                "Enter the hourly rate of £1,000.00 or less".to_owned()
            ),
            (
                "line-weeks",
                "Enter the number of weeks as 0 or more, without a minus sign".to_owned()
            ),
        ]
    );
    assert_eq!(
        view.fields[0].error.as_deref(),
        Some("Enter the hours a week of 168 or less")
    );
}

#[test]
fn words_in_a_money_box_ask_for_a_number() {
    let model = after([
        SupportAction::AddLine(LineKind::OneOff),
        SupportAction::SetField(LineId(1), LineField::Amount, "three hundred".into()),
    ]);
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert_eq!(
        messages(&view),
        vec![(
            "line-amount",
            "Enter the amount as a number, like 12.50".to_owned()
        )]
    );
}

#[test]
fn more_weeks_than_the_plan_is_an_error_naming_the_plan_length() {
    let model = after([
        SupportAction::SetPlanWeeks("26".into()),
        SupportAction::AddLine(LineKind::Activity),
        SupportAction::SetField(LineId(1), LineField::Weeks, "39".into()),
    ]);
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert_eq!(
        messages(&view),
        vec![(
            "line-weeks",
            "Enter 26 weeks or fewer: your plan covers 26 weeks".to_owned()
        )]
    );
}

#[test]
fn each_kind_asks_only_for_what_it_needs() {
    let fields = |kind: LineKind| -> Vec<LineField> {
        let model = after([SupportAction::AddLine(kind)]);
        line(&model.plan, model.council.as_ref(), LineId(1), false, &EN)
            .unwrap()
            .fields
            .iter()
            .map(|f| f.field)
            .collect()
    };
    use LineField as F;
    assert_eq!(
        fields(LineKind::PersonalAssistant),
        vec![F::HoursAWeek, F::HourlyRate, F::Weeks]
    );
    assert_eq!(
        fields(LineKind::ProviderHours),
        vec![F::HoursAWeek, F::HourlyRate, F::Weeks]
    );
    assert_eq!(
        fields(LineKind::Activity),
        vec![F::CostASession, F::SessionsAWeek, F::Weeks]
    );
    assert_eq!(fields(LineKind::ShortBreaks), vec![F::CostEach, F::Number]);
    assert_eq!(fields(LineKind::OneOff), vec![F::Amount]);
    assert_eq!(
        fields(LineKind::Travel),
        vec![F::MilesAWeek, F::PenceAMile, F::Weeks]
    );
    assert_eq!(fields(LineKind::Other), vec![F::Amount]);
}

#[test]
fn a_weekly_other_amount_also_asks_for_weeks() {
    let model = after([
        SupportAction::AddLine(LineKind::Other),
        SupportAction::SetBasis(LineId(1), AmountBasis::AWeek),
    ]);
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    let fields: Vec<LineField> = view.fields.iter().map(|f| f.field).collect();
    assert_eq!(fields, vec![LineField::Amount, LineField::Weeks]);
}

#[test]
fn the_pa_rate_hint_gives_the_years_minimum() {
    let view = line(&worked_example().plan, None, LineId(1), false, &EN).unwrap();
    assert_eq!(
        view.fields[1].hint,
        "In pounds. In 2026/27, PAs in Scotland should be paid at least £13.45 an hour, the Real Living Wage. A higher rate can help you find a PA."
    );
}

#[test]
fn a_pa_paid_below_the_minimum_is_told_so() {
    let model = with(
        worked_example(),
        [SupportAction::SetField(
            LineId(1),
            LineField::HourlyRate,
            "12".into(),
        )],
    );
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert_eq!(
        view.notices,
        vec!["This rate is below £13.45 an hour, the least a PA in Scotland should be paid. Check with your council.".to_owned()]
    );
}

// Outcomes --------------------------------------------------------------------

fn with_outcomes(model: Model) -> Model {
    let mut model = model;
    model.plan.outcomes.items.push(Outcome {
        id: OutcomeId(4),
        words: "Sam can go to a club with friends".into(),
        ..Outcome::default()
    });
    model.plan.outcomes.items.push(Outcome {
        id: OutcomeId(7),
        words: "We get a break at weekends".into(),
        ..Outcome::default()
    });
    model
}

#[test]
fn a_line_links_to_outcomes_by_id() {
    let model = with(
        with_outcomes(worked_example()),
        [
            SupportAction::SetOutcome(LineId(1), OutcomeId(7), true),
            SupportAction::SetOutcome(LineId(1), OutcomeId(4), true),
        ],
    );
    assert_eq!(
        model.plan.support.lines[0].outcome_ids,
        vec![OutcomeId(4), OutcomeId(7)]
    );
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert_eq!(view.outcomes.iter().filter(|o| o.checked).count(), 2);
    assert_eq!(view.no_outcomes, None);
    assert_eq!(
        start(&model.plan, &EN).ideas[0].outcomes,
        vec![
            "Sam can go to a club with friends",
            "We get a break at weekends"
        ]
    );
}

#[test]
fn unlinking_an_outcome_removes_it() {
    let model = with(
        with_outcomes(worked_example()),
        [
            SupportAction::SetOutcome(LineId(1), OutcomeId(4), true),
            SupportAction::SetOutcome(LineId(1), OutcomeId(4), false),
        ],
    );
    assert_eq!(
        model.plan.support.lines[0].outcome_ids,
        Vec::<OutcomeId>::new()
    );
}

#[test]
fn an_unknown_outcome_is_not_linked() {
    let model = with(
        worked_example(),
        [SupportAction::SetOutcome(LineId(1), OutcomeId(99), true)],
    );
    assert_eq!(
        model.plan.support.lines[0].outcome_ids,
        Vec::<OutcomeId>::new()
    );
}

#[test]
fn with_no_outcomes_the_page_points_to_what_we_want_to_change() {
    let view = line(&worked_example().plan, None, LineId(1), false, &EN).unwrap();
    assert!(view.outcomes.is_empty());
    assert!(
        view.no_outcomes
            .unwrap()
            .contains("\"What we want to change\"")
    );
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
            ("Employer National Insurance", "£1,601.45".to_owned()),
            ("Workplace pension", "£283.09".to_owned()),
        ]
    );
    let employer = costs.employer.unwrap();
    assert_eq!(
        rows(&employer.rows),
        vec![
            ("Employment Allowance", "-£1,601.45".to_owned()),
            ("Employer's liability insurance", "£80.00".to_owned()),
            ("Payroll service", "£120.00".to_owned()),
            ("Money kept for surprises (contingency)", "£0.00".to_owned()),
        ]
    );
    assert_eq!(
        employer.ni_after_allowance,
        "National Insurance left to pay after the Employment Allowance: £0.00"
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
    assert_eq!(
        costs.totals,
        vec![
            TotalRow {
                label: "Option 1: direct payment",
                for_the_plan: "£16,159.44".into(),
                about_a_week: "£310.76".into(),
            },
            TotalRow {
                label: "All your ideas",
                for_the_plan: "£16,159.44".into(),
                about_a_week: "£310.76".into(),
            },
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
    let note = costs_26.employer.unwrap().rows[0].note;
    assert_eq!(note, Some(EN.support.unverified));
    let model = with(
        worked_example(),
        [SupportAction::SetTaxYear(TaxYear::Y2025_26)],
    );
    assert_eq!(costs(&model).employer.unwrap().rows[0].note, None);
}

#[test]
fn a_term_time_club_under_option_2_is_totalled_separately() {
    let costs = costs(&club(worked_example()));
    // 12.50 × 2 × 39 = 975.00
    assert_eq!(
        rows(&costs.lines[1].rows),
        vec![("Club or activity", "£975.00".to_owned())]
    );
    let totals: Vec<(&str, &str, &str)> = costs
        .totals
        .iter()
        .map(|r| (r.label, r.for_the_plan.as_str(), r.about_a_week.as_str()))
        .collect();
    assert_eq!(
        totals,
        vec![
            ("Option 1: direct payment", "£16,159.44", "£310.76"),
            (
                "Option 2: you choose, someone else arranges",
                "£975.00",
                "£18.75"
            ),
            ("All your ideas", "£17,134.44", "£329.51"),
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
        (row.label, row.amount.as_str()),
        ("Workplace pension", "£0.00")
    );
    assert_eq!(row.note, Some(EN.support.pension_none_below_trigger));
}

#[test]
fn changing_the_tax_year_changes_the_figures() {
    let model = with(
        worked_example(),
        [
            SupportAction::SetTaxYear(TaxYear::Y2025_26),
            SupportAction::SetField(LineId(1), LineField::HourlyRate, "12.60".into()),
        ],
    );
    let view = start(&model.plan, &EN);
    assert_eq!(
        view.tax_year,
        "Figures use the rates for the 2025/26 tax year."
    );
    // 20 × 12.60 × 52 = 13,104.00; holiday 1,581.65; gross 14,685.65;
    // pension 3% × 8,445.65 = 253.37; + 80 + 120.
    assert_eq!(view.costs.unwrap().totals[0].for_the_plan, "£15,139.02");
}

#[test]
fn a_shorter_plan_scales_the_yearly_costs() {
    let model = with(worked_example(), [SupportAction::SetPlanWeeks("26".into())]);
    let costs = costs(&model);
    let employer = costs.employer.unwrap();
    assert_eq!(employer.rows[1].amount, "£40.00");
    assert_eq!(employer.rows[2].amount, "£60.00");
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
        Some("About £17,560.89 for the plan, plus the costs of being an employer")
    );
    assert_eq!(
        view.costs.unwrap().totals.last().unwrap().for_the_plan,
        "£16,159.44"
    );
}

#[test]
fn bad_settings_hide_the_costs_and_say_why() {
    let model = with(worked_example(), [SupportAction::SetPlanWeeks("0".into())]);
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
            SupportAction::SetBudgetKind(BudgetKind::WholePlan),
            SupportAction::SetBudgetAmount(BudgetScope::WholePlan, "£20,000".into()),
        ],
    );
    assert_eq!(
        costs(&model).balances,
        vec![
            "Whole plan: the budget is £20,000.00 and your ideas cost £16,159.44. You have £3,840.56 left."
        ]
    );
}

#[test]
fn a_budget_per_option_shows_how_far_over_an_option_is() {
    let model = with(
        club(worked_example()),
        [
            SupportAction::SetBudgetKind(BudgetKind::PerOption),
            SupportAction::SetBudgetAmount(BudgetScope::Option(SdsOption::Option1), "15000".into()),
            SupportAction::SetBudgetAmount(BudgetScope::Option(SdsOption::Option2), "1000".into()),
        ],
    );
    assert_eq!(
        costs(&model).balances,
        vec![
            "Option 1: direct payment: the budget is £15,000.00 and your ideas cost £16,159.44. That is £1,159.44 over the budget.",
            "Option 2: you choose, someone else arranges: the budget is £1,000.00 and your ideas cost £975.00. You have £25.00 left.",
        ]
    );
}

#[test]
fn choosing_the_same_budget_kind_again_keeps_the_amount() {
    let model = after([
        SupportAction::SetBudgetKind(BudgetKind::WholePlan),
        SupportAction::SetBudgetAmount(BudgetScope::WholePlan, "500".into()),
        SupportAction::SetBudgetKind(BudgetKind::WholePlan),
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
        SupportAction::SetBudgetKind(BudgetKind::WholePlan),
        SupportAction::SetBudgetAmount(BudgetScope::WholePlan, "£1e30".into()),
    ]);
    let view = budget(&model.plan, &EN);
    assert_eq!(view.amounts[0].1.value, "£1e30");
    assert_eq!(
        view.errors,
        vec![SupportFieldError {
            field_id: "budget-whole",
            message: "Enter the budget as a number, like 12.50".into(),
        }]
    );
}

// What a budget buys --------------------------------------------------------------

#[test]
fn the_worked_example_total_buys_twenty_hours_at_the_minimum_rate() {
    let model = after([SupportAction::SetBuysField(
        ScenarioField::Amount,
        "16159.44".into(),
    )]);
    let view = budget(&model.plan, &EN);
    assert_eq!(
        view.buys_result.as_deref(),
        Some(
            "£16,159.44 buys up to 20 hours a week of a PA at £13.45 an hour, with all the costs of being an employer."
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
        [SupportAction::SetBuysField(
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
        SupportAction::SetBuysField(ScenarioField::Amount, "20000".into()),
        SupportAction::SetBuysField(ScenarioField::HourlyRate, "15.95".into()),
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
        SupportAction::SetBuysField(ScenarioField::Amount, "10000".into()),
        SupportAction::SetBuysField(ScenarioField::Weeks, "60".into()),
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

// Holiday cover ----------------------------------------------------------------------

#[test]
fn a_pa_every_week_brings_a_holiday_cover_reminder() {
    let view = start(&worked_example().plan, &EN);
    assert_eq!(
        view.cover,
        vec![CoverReminder {
            pa_line: LineId(1),
            text: "Personal assistant (PA) is booked every week. A PA has 5.6 weeks of paid holiday a year, so someone else needs to cover those weeks. You could add a line for cover.".into(),
        }]
    );
}

#[test]
fn adding_the_cover_line_answers_the_reminder() {
    let model = with(
        worked_example(),
        [
            SupportAction::SetName(LineId(1), "Jo".into()),
            SupportAction::AddHolidayCover(
                LineId(1),
                CoverBy::Provider {
                    option: SdsOption::Option2,
                },
            ),
        ],
    );
    let view = start(&model.plan, &EN);
    assert_eq!(view.cover, vec![]);
    assert_eq!(view.ideas[1].name, "Cover for Jo");
    assert_eq!(
        view.ideas[1].option,
        "Option 2: you choose, someone else arranges"
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
    assert_eq!(cell.clash.as_deref(), Some("2 things at once"));
    assert_eq!(view.rows[0].cells[0].gap, Some("Nothing planned"));
    assert_eq!(view.not_placed, vec![]);
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
        .map(|p| p.value)
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
            SupportAction::SetEmploymentAllowance(false),
            SupportAction::SetEmployerField(SettingsField::InsurancePremiumAYear, "95".into()),
            SupportAction::SetEmployerField(SettingsField::ContingencyPercent, "5".into()),
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
        SupportAction::SetPlanWeeks("200".into()),
        SupportAction::SetEmployerField(SettingsField::ContingencyPercent, "150".into()),
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

// Hub status -------------------------------------------------------------------------

#[test]
fn the_section_can_start_before_about_us() {
    assert_eq!(status(&Model::default().plan), SectionStatus::NotStarted);
}

fn with_the_example_council(model: Model) -> Model {
    let reading = crate::council::config::read_config(EXAMPLE_COUNCIL);
    Model {
        council: reading.config,
        ..model
    }
}

#[test]
fn a_new_pa_idea_starts_at_the_councils_funded_rate_labelled_as_its_figure() {
    let model = crate::app::model::apply(
        with_the_example_council(Model::default()),
        Action::Support(SupportAction::AddLine(LineKind::PersonalAssistant)),
    );
    let line = model.plan.support.lines.first().unwrap();
    let LineInput::PersonalAssistant(pa) = &line.input else {
        panic!("a PA line");
    };
    assert_eq!(pa.hourly_rate, "14.50");
    let view = super::line(&model.plan, model.council.as_ref(), line.id, false, &EN).unwrap();
    let hint = view
        .fields
        .iter()
        .find(|f| f.field == LineField::HourlyRate)
        .unwrap()
        .hint
        .clone();
    assert!(
        hint.ends_with("Loch Fyne Council (an example) funds £14.50 an hour for a personal assistant. This is the council's figure. Our rate covers wages only. We add holiday pay, employer costs and insurance to your budget."),
        "{hint}"
    );
}

#[test]
fn without_a_council_a_new_pa_idea_has_no_rate_yet() {
    let model = crate::app::model::apply(
        Model::default(),
        Action::Support(SupportAction::AddLine(LineKind::PersonalAssistant)),
    );
    let LineInput::PersonalAssistant(pa) = &model.plan.support.lines[0].input else {
        panic!("a PA line");
    };
    assert_eq!(pa.hourly_rate, "");
}

#[test]
fn with_nothing_added_the_section_is_not_started() {
    assert_eq!(
        status(&after(about_us_saved()).plan),
        SectionStatus::NotStarted
    );
}

#[test]
fn a_line_with_mistakes_leaves_the_section_in_progress() {
    let model = with(
        after(about_us_saved()),
        [SupportAction::AddLine(LineKind::OneOff)],
    );
    assert_eq!(status(&model.plan), SectionStatus::InProgress);
}

#[test]
fn every_line_costed_completes_the_section() {
    let model = with(
        after(about_us_saved()),
        [
            SupportAction::AddLine(LineKind::OneOff),
            SupportAction::SetField(LineId(1), LineField::Amount, "350".into()),
        ],
    );
    assert_eq!(status(&model.plan), SectionStatus::Completed);
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
        [SupportAction::SetPlanWeeks("26".into())],
    );
    let view = start(&model.plan, &EN);
    assert_eq!(view.ideas[1].problem, Some(EN.support.idea_not_counted));
    let totals: Vec<(&str, String, String)> = view
        .costs
        .unwrap()
        .totals
        .into_iter()
        .map(|r| (r.label, r.for_the_plan, r.about_a_week))
        .collect();
    assert_eq!(
        totals,
        vec![
            (
                "Option 1: direct payment",
                "£8,079.73".into(),
                "£310.76".into()
            ),
            (
                "Option 2: you choose, someone else arranges",
                "£0.00".into(),
                "£0.00".into()
            ),
            ("All your ideas", "£8,079.73".into(), "£310.76".into()),
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
            typed in prop::collection::vec((any_field(), "[-£0-9,. a-z]{0,12}|[0-9]{1,40}"), 0..12),
            plan_weeks in "[0-9]{0,4}|[a-z ]{0,3}",
            budget_text in "[-£0-9,.e]{0,40}",
            buys in "[-£0-9,.]{0,40}",
        ) {
            let mut actions: Vec<SupportAction> = kinds.into_iter().map(SupportAction::AddLine).collect();
            let count = u32::try_from(actions.len()).unwrap();
            for (n, (field, text)) in typed.into_iter().enumerate() {
                let id = LineId(u32::try_from(n).unwrap() % count + 1);
                actions.push(SupportAction::SetField(id, field, text));
            }
            actions.push(SupportAction::SetPlanWeeks(plan_weeks));
            actions.push(SupportAction::SetBudgetKind(BudgetKind::WholePlan));
            actions.push(SupportAction::SetBudgetAmount(BudgetScope::WholePlan, budget_text));
            actions.push(SupportAction::SetBuysField(ScenarioField::Amount, buys));
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
            let plain: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-').collect();
            prop_assert_eq!(plain.parse::<Decimal>().unwrap(), amount);
        }
    }
}
