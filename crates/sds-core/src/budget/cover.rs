//! Holiday cover. A PA booked for every week of the plan still takes 5.6
//! weeks' paid leave, and families say depending on one person with no
//! cover is one of their worries about Option 1. So the plan reminds them,
//! and can suggest a line to cover those weeks.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::lines::{LineId, LineInput, PaInput, ProviderHoursInput, SdsOption, SupportLine};
use super::money::{FieldKind, parse_field, parse_optional_whole, parse_whole, round_pennies};
use super::rates::RateTable;
use super::settings::BudgetPlan;

/// Who would cover the PA's leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum CoverBy {
    /// A second PA, employed like the first (Option 1).
    AnotherPa,
    /// Provider or agency hours, paid through the chosen option.
    Provider { option: SdsOption },
}

/// PA lines booked for every week of the plan with no cover line yet: each
/// needs a reminder that the PA's leave leaves a gap.
pub fn holiday_cover_due(plan: &BudgetPlan) -> Vec<LineId> {
    let Ok(plan_weeks) = parse_whole(&plan.settings.plan_weeks, FieldKind::PlanWeeks) else {
        return Vec::new();
    };
    plan.lines
        .iter()
        .filter(|line| line.covers.is_none())
        .filter_map(|line| match &line.input {
            LineInput::PersonalAssistant(pa) => Some((line.id, pa)),
            _ => None,
        })
        .filter(|(_, pa)| {
            let every_week = match parse_optional_whole(&pa.weeks, FieldKind::Weeks) {
                Ok(None) => true,
                Ok(Some(weeks)) => weeks == plan_weeks,
                Err(_) => false,
            };
            let no_hours =
                parse_field(&pa.hours_a_week, FieldKind::HoursAWeek).is_ok_and(|h| h.is_zero());
            every_week && !no_hours
        })
        .map(|(id, _)| id)
        .filter(|id| !plan.lines.iter().any(|line| line.covers == Some(*id)))
        .collect()
}

/// A line covering `pa_line`'s leave: the PA's hours for 5.6 weeks (the
/// rate table's figure), pro rata for a plan shorter than a year. Weeks are
/// whole, so the cover runs for the weeks rounded up, at the hours a week
/// that keep the total hours the same. The rate is the PA's own, for the
/// family to change. `None` if the PA line's figures are not usable yet.
pub fn suggested_cover_line(
    plan: &BudgetPlan,
    rates: &RateTable,
    pa_line: LineId,
    by: CoverBy,
    new_id: LineId,
) -> Option<SupportLine> {
    let plan_weeks = parse_whole(&plan.settings.plan_weeks, FieldKind::PlanWeeks).ok()?;
    let line = plan.lines.iter().find(|line| line.id == pa_line)?;
    let LineInput::PersonalAssistant(pa) = &line.input else {
        return None;
    };
    let hours = parse_field(&pa.hours_a_week, FieldKind::HoursAWeek).ok()?;
    let weeks_of_leave = rates
        .holiday_weeks
        .value
        .checked_mul(Decimal::from(plan_weeks))?
        .checked_div(Decimal::from(52))?;
    let total_hours = hours.checked_mul(weeks_of_leave)?;
    let cover_weeks = weeks_of_leave
        .ceil()
        .max(Decimal::ONE)
        .min(Decimal::from(plan_weeks));
    let hours_a_week = round_pennies(total_hours.checked_div(cover_weeks)?)
        .min(FieldKind::HoursAWeek.bounds().max)
        .normalize()
        .to_string();
    let weeks = cover_weeks.normalize().to_string();
    if let CoverBy::Provider { option } = by
        && !option.pays_for_one_idea()
    {
        // One idea is paid for under Option 1, 2 or 3, never the mix.
        return None;
    }
    let hourly_rate = pa.hourly_rate.clone();
    let (option, input) = match by {
        CoverBy::AnotherPa => (
            SdsOption::Option1,
            LineInput::PersonalAssistant(PaInput {
                hours_a_week,
                hourly_rate,
                weeks,
                aged_22_or_over: true,
            }),
        ),
        CoverBy::Provider { option } => (
            option,
            LineInput::ProviderHours(ProviderHoursInput {
                hours_a_week,
                hourly_rate,
                weeks,
            }),
        ),
    };
    Some(SupportLine {
        id: new_id,
        option,
        outcome_ids: line.outcome_ids.clone(),
        name: String::new(),
        covers: Some(pa_line),
        input,
        week: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::engine::compute;
    use crate::budget::rates::TaxYear;
    use crate::test_support::{budget_plan as plan, d, pa};
    use crate::vocabulary::OutcomeId;

    #[test]
    fn a_pa_every_week_of_the_plan_needs_a_cover_reminder() {
        let plan = plan(
            "52",
            vec![
                pa(1, "20", "13.45", ""),
                pa(2, "10", "13.45", "52"),
                pa(3, "10", "13.45", "39"),
                pa(4, "0", "13.45", ""),
            ],
        );
        assert_eq!(holiday_cover_due(&plan), vec![LineId(1), LineId(2)]);
    }

    #[test]
    fn a_term_time_pa_needs_no_reminder() {
        let plan = plan("52", vec![pa(1, "20", "13.45", "39")]);
        assert_eq!(holiday_cover_due(&plan), vec![]);
    }

    #[test]
    fn a_cover_line_answers_the_reminder() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        let cover =
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2)).unwrap();
        plan.lines.push(cover);
        assert_eq!(holiday_cover_due(&plan), vec![]);
    }

    #[test]
    fn cover_is_the_pas_hours_for_five_point_six_weeks() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        plan.lines[0].outcome_ids = vec![OutcomeId(3)];
        let rates = TaxYear::Y2026_27.rates();
        let actual = suggested_cover_line(
            &plan,
            &rates,
            LineId(1),
            CoverBy::Provider {
                option: SdsOption::Option2,
            },
            LineId(7),
        );
        // 20 × 5.6 = 112 hours over 6 whole weeks: 18.67 hours a week.
        let expected = Some(SupportLine {
            id: LineId(7),
            option: SdsOption::Option2,
            outcome_ids: vec![OutcomeId(3)],
            name: String::new(),
            covers: Some(LineId(1)),
            input: LineInput::ProviderHours(ProviderHoursInput {
                hours_a_week: "18.67".into(),
                hourly_rate: "13.45".into(),
                weeks: "6".into(),
            }),
            week: Vec::new(),
        });
        assert_eq!(actual, expected);
    }

    #[test]
    fn a_second_pa_for_cover_is_costed_as_another_employee() {
        let mut plan = plan("26", vec![pa(1, "10", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        let cover =
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2)).unwrap();
        // 10 × 5.6 × 26/52 = 28 hours over 3 weeks.
        let LineInput::PersonalAssistant(input) = &cover.input else {
            panic!("expected a PA line");
        };
        assert_eq!(
            (input.hours_a_week.as_str(), input.weeks.as_str()),
            ("9.33", "3")
        );
        plan.lines.push(cover);
        let breakdown = compute(&plan, &rates).unwrap();
        assert_eq!(breakdown.employer.unwrap().pa_count, 2);
        assert!(breakdown.total > d("0"));
    }

    #[test]
    fn no_cover_is_suggested_for_a_pa_without_usable_hours() {
        let plan = plan("52", vec![pa(1, "lots", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        assert_eq!(
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2)),
            None
        );
    }
}
