// Compiled only under #[cfg(test)] (see mod.rs).
use super::*;
use crate::app::model::{Action, Model, Screen, apply as apply_action};
use crate::steps::costs::CostsAction;
use crate::steps::outcomes::Outcome;
use crate::test_support::{EXAMPLE_COUNCIL, about_us_saved, after, club, d, with, worked_example};
use crate::text::EN;
use crate::vocabulary::OutcomeId;

/// The ideas as the section's page lists them.
fn listed(plan: &Plan) -> Vec<IdeaSummary> {
    let budget = &plan.support;
    let breakdown = compute(budget, &rates(budget));
    ideas(plan, breakdown.as_ref().ok(), EN.support)
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
    assert_eq!(money(d("-1601.45")), "−£1,601.45");
    assert_eq!(money(d("-0.001")), "£0.00");
}

#[test]
fn money_rounds_halves_away_from_zero() {
    assert_eq!(money(d("0.005")), "£0.01");
    assert_eq!(money(d("2.675")), "£2.68");
    assert_eq!(money(d("-0.005")), "−£0.01");
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
    assert_eq!(model.plan.support.lines[0].option, Some(SdsOption::Option1));
    let view = line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    assert!(matches!(view.option, OptionChoice::Option1Only { .. }));
}

#[test]
fn an_idea_offers_options_1_to_3_and_never_takes_option_4() {
    let model = club(worked_example());
    let view = line(&model.plan, model.council.as_ref(), LineId(2), false, &EN).unwrap();
    let OptionChoice::Choose { choices, error, .. } = &view.option else {
        panic!("a club can be paid for under any of Options 1 to 3");
    };
    let offered: Vec<SdsOption> = choices.iter().map(|c| c.value).collect();
    assert_eq!(offered, SdsOption::ONE_TO_THREE.to_vec());
    assert_eq!(*error, None);
    let after_4 = with(
        model,
        [SupportAction::SetOption(LineId(2), SdsOption::Option4)],
    );
    assert_eq!(
        after_4.plan.support.lines[1].option,
        Some(SdsOption::Option2)
    );
}

#[test]
fn an_idea_marked_option_4_says_to_choose_1_2_or_3_and_is_not_counted() {
    let mut model = club(worked_example());
    model.plan.support.lines[1].option = Some(SdsOption::Option4);
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
    assert!(
        listed(&model.plan)
            .iter()
            .any(|idea| idea.problem == Some(message))
    );
}

#[test]
fn a_plan_holds_at_most_200_ideas_and_says_so() {
    use crate::plan::checks::MAX_LINES;
    let mut model = Model::default();
    for _ in 0..MAX_LINES {
        model = with(model, [SupportAction::AddLine(LineKind::OneOff)]);
    }
    assert_eq!(model.plan.support.lines.len(), MAX_LINES);
    assert!(!can_add(&model.plan.support));
    let before = model.plan.clone();
    let model = with(
        model,
        [
            SupportAction::AddLine(LineKind::Travel),
            SupportAction::ContinueWithKind(Some(LineKind::Travel)),
        ],
    );
    assert_eq!(model.plan, before);
    assert_eq!(model.screen, Screen::Support(SupportScreen::Start));
    assert!(
        EN.support
            .ideas_limit_reached
            .contains(&MAX_LINES.to_string())
    );
}

#[test]
fn removing_an_idea_removes_exactly_one() {
    let mut model = club(worked_example());
    // Two ideas sharing an id cannot come from a file or from adding, but
    // removal must still touch only one.
    let twin = model.plan.support.lines[1].clone();
    model.plan.support.lines.push(twin);
    let model = with(model, [SupportAction::RemoveLine(LineId(2))]);
    let ids: Vec<LineId> = model.plan.support.lines.iter().map(|l| l.id).collect();
    assert_eq!(ids, vec![LineId(1), LineId(2)]);
}

#[test]
fn a_new_idea_never_takes_an_id_in_use_even_at_the_top() {
    use crate::plan::checks::MAX_ID;
    let mut model = worked_example();
    model.plan.support.lines[0].id = LineId(MAX_ID - 1);
    let model = with(model, [SupportAction::AddLine(LineKind::OneOff)]);
    assert_eq!(model.plan.support.lines[1].id, LineId(MAX_ID));
    let model = with(model, [SupportAction::AddLine(LineKind::OneOff)]);
    assert_eq!(model.plan.support.lines.len(), 2);
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
            "Enter the amount as a number, like 250.00".to_owned()
        )]
    );
}

#[test]
fn more_weeks_than_the_plan_is_an_error_naming_the_plan_length() {
    let model = after::<Action>([
        CostsAction::SetPlanWeeks("26".into()).into(),
        SupportAction::AddLine(LineKind::Activity).into(),
        SupportAction::SetField(LineId(1), LineField::Weeks, "39".into()).into(),
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
        listed(&model.plan)[0].outcomes,
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

// Holiday cover ----------------------------------------------------------------------

#[test]
fn a_pa_every_week_brings_a_holiday_cover_reminder() {
    assert_eq!(
        cover_reminders(&worked_example().plan.support, EN.support),
        vec![CoverReminder {
            pa_line: LineId(1),
            text: "Your PA is booked every week. A PA has 5.6 weeks of paid holiday a year, and their holiday pay is already counted. If someone else will work while your PA is away, add cover. It takes 6 weeks out of your PA's line, so those weeks are not counted twice.".into(),
        }]
    );
}

#[test]
fn adding_the_cover_line_answers_the_reminder() {
    let model = with(
        worked_example(),
        [
            SupportAction::SetName(LineId(1), "Jo".into()),
            SupportAction::AddHolidayCover(LineId(1), CoverBy::Agency),
        ],
    );
    assert_eq!(cover_reminders(&model.plan.support, EN.support), vec![]);
    // The new line opens, for the agency's rate.
    assert_eq!(
        model.screen,
        Screen::Support(SupportScreen::Line(LineId(2)))
    );
    let ideas = listed(&model.plan);
    assert_eq!(ideas[1].name, "Cover while Jo is on holiday");
    // The family chooses the option for the agency hours: none is chosen for them.
    assert_eq!(ideas[1].option, "No option chosen yet");
    assert_eq!(ideas[1].problem, Some(EN.support.idea_not_counted));
    let page = line(&model.plan, None, LineId(2), false, &EN).unwrap();
    assert!(!page.fields.iter().any(|f| f.field == LineField::Weeks));
    // Until the agency's rate is typed, Jo keeps every week.
    assert_eq!(
        page.cover,
        vec!["This covers Jo's holiday: 6 weeks. Fill in the figures and those weeks come out of Jo's line.".to_owned()]
    );
    let model = with(
        model,
        [
            SupportAction::SetField(LineId(2), LineField::HourlyRate, "22".into()),
            SupportAction::SetOption(LineId(2), SdsOption::Option2),
        ],
    );
    let page = line(&model.plan, None, LineId(2), false, &EN).unwrap();
    assert_eq!(
        page.cover,
        vec![
            "Jo: 46 weeks.".to_owned(),
            "Cover while Jo is on holiday: 6 weeks.".to_owned(),
            "Jo's holiday pay is already counted, so these weeks come out of Jo's line. They are not added on top.".to_owned(),
        ]
    );
    // The PA's own page says the same; its weeks box stays.
    let pa_page = line(&model.plan, None, LineId(1), false, &EN).unwrap();
    assert_eq!(pa_page.cover[..2], page.cover[..2]);
    assert!(pa_page.fields.iter().any(|f| f.field == LineField::Weeks));
}

#[test]
fn the_cover_weeks_show_beside_both_lines_in_the_costs_and_add_up() {
    let model = with(
        worked_example(),
        [
            SupportAction::SetName(LineId(1), "Sam".into()),
            SupportAction::AddHolidayCover(LineId(1), CoverBy::Agency),
            SupportAction::SetField(LineId(2), LineField::HourlyRate, "22.00".into()),
            SupportAction::SetOption(LineId(2), SdsOption::Option2),
        ],
    );
    let costs = crate::steps::costs::start(&model.plan, &EN).costs.unwrap();
    let words = "Sam: 46 weeks. Cover while Sam is on holiday: 6 weeks.";
    assert_eq!(costs.lines[0].weeks.as_deref(), Some(words));
    assert_eq!(costs.lines[1].weeks.as_deref(), Some(words));
    let totals: Vec<(&str, &str)> = costs
        .totals
        .iter()
        .map(|r| (r.label.as_str(), r.for_the_plan.as_str()))
        .collect();
    // budget-rules.md, "Holiday cover": 14,296.37 + 2,640.00 = 16,936.37.
    assert_eq!(
        totals,
        vec![
            ("Sam", "£15,426.50"),
            ("Costs of being an employer", "£200.00"),
            (
                "Employment Allowance: the government pays up to £10,500 of your employer National Insurance",
                "−£1,330.13"
            ),
            ("Total for Option 1: direct payment", "£14,296.37"),
            ("Cover while Sam is on holiday", "£2,640.00"),
            (
                "Total for Option 2: you choose, someone else arranges",
                "£2,640.00"
            ),
            ("All your ideas", "£16,936.37"),
        ]
    );
}

#[test]
fn several_pas_without_names_are_numbered() {
    let model = with(
        worked_example(),
        [
            SupportAction::AddLine(LineKind::PersonalAssistant),
            SupportAction::AddLine(LineKind::PersonalAssistant),
            SupportAction::SetName(LineId(3), "Alex".into()),
        ],
    );
    let names: Vec<String> = listed(&model.plan).into_iter().map(|i| i.name).collect();
    assert_eq!(names, vec!["PA 1", "PA 2", "Alex"]);
    let one = worked_example();
    assert_eq!(listed(&one.plan)[0].name, "Personal assistant (PA)");
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
    // Not complete until the family chooses the option that pays.
    assert_eq!(status(&model.plan), SectionStatus::InProgress);
    let model = with(
        model,
        [SupportAction::SetOption(LineId(1), SdsOption::Option3)],
    );
    assert_eq!(status(&model.plan), SectionStatus::Completed);
}

#[test]
fn no_option_is_ever_chosen_for_the_family() {
    for kind in LineKind::ALL {
        let model = after([SupportAction::AddLine(kind)]);
        let page = line(&model.plan, None, LineId(1), false, &EN).unwrap();
        match page.option {
            OptionChoice::Option1Only { .. } => assert_eq!(kind, LineKind::PersonalAssistant),
            OptionChoice::Choose { choices, error, .. } => {
                assert!(choices.iter().all(|c| !c.checked), "{kind:?}");
                assert_eq!(error, None, "no error before trying to save");
            }
        }
    }
    // Saving without one says what to do, beside the radios.
    let model = after([
        SupportAction::AddLine(LineKind::OneOff),
        SupportAction::SetField(LineId(1), LineField::Amount, "350".into()),
        SupportAction::SaveLine(LineId(1)),
    ]);
    let page = line(&model.plan, None, LineId(1), true, &EN).unwrap();
    assert_eq!(
        page.errors,
        vec![SupportFieldError {
            field_id: "line-option-1",
            message: "Choose which option would pay for this idea".into(),
        }]
    );
    assert_eq!(
        listed(&model.plan)[0].problem,
        Some("Not counted yet: choose which option would pay for it.")
    );
    assert_eq!(listed(&model.plan)[0].option, "No option chosen yet");
}

#[test]
fn a_one_off_purchase_is_not_asked_when() {
    let model = after([SupportAction::AddLine(LineKind::OneOff)]);
    let page = line(&model.plan, None, LineId(1), false, &EN).unwrap();
    assert!(page.week.is_empty());
    let club = after([SupportAction::AddLine(LineKind::Activity)]);
    assert_eq!(
        line(&club.plan, None, LineId(1), false, &EN)
            .unwrap()
            .week
            .len(),
        7
    );
}

#[test]
fn an_option_the_council_does_not_offer_says_so_where_it_can_be_picked() {
    let model = crate::app::model::apply(
        with_the_example_council(Model::default()),
        Action::Support(SupportAction::AddLine(LineKind::Activity)),
    );
    let view = super::line(&model.plan, model.council.as_ref(), LineId(1), false, &EN).unwrap();
    let OptionChoice::Choose { hint, choices, .. } = &view.option else {
        panic!("a club can be paid for under any of Options 1 to 3");
    };
    assert_eq!(
        *hint,
        "No option is better than another. You can change this later. Your council says Option 3 is not currently available in your area."
    );
    let hints: Vec<Option<&str>> = choices.iter().map(|c| c.hint).collect();
    assert_eq!(
        hints,
        [
            Some("You get the money and arrange the support yourself."),
            Some("You choose the support, and the council or a provider arranges it."),
            Some("Not currently available in your area. Ask your council before you choose this."),
        ]
    );
    assert!(choices.iter().all(|c| !c.checked), "still nothing chosen");
    // Without a council's word, every option is as usual.
    let plain = super::line(&model.plan, None, LineId(1), false, &EN).unwrap();
    let OptionChoice::Choose { hint, .. } = plain.option else {
        panic!("a club");
    };
    assert_eq!(hint, EN.support.option_hint);
}
