//! Holiday cover (budget-rules.md, "Holiday cover"). A PA booked for every
//! week of the plan still takes 5.6 weeks' paid leave, and families say
//! depending on one person with no cover is one of their worries about
//! Option 1. So the plan reminds them, and can add a line to cover those
//! weeks. Holiday pay already pays for the leave, so a cover line takes
//! its weeks out of the covered PA's line rather than adding weeks of
//! support: the leave is never counted twice.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::lines::{
    LineError, LineId, LineInput, LineValues, PaInput, ProviderHoursInput, SdsOption, SupportLine,
};
use super::money::{FieldKind, parse_field, parse_optional_whole, parse_whole};
use super::rates::RateTable;
use super::settings::BudgetPlan;

/// Who would cover the PA's leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum CoverBy {
    /// A second PA, employed like the first (Option 1).
    AnotherPa,
    /// Agency hours: the family chooses the option that pays for them.
    Agency,
}

/// Weeks moved from a PA line to the line covering their holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverSplit {
    pub pa_line: LineId,
    pub cover_line: LineId,
    /// The weeks the PA is costed for; `None` while the PA line cannot be
    /// costed.
    pub pa_weeks: Option<u32>,
    /// The weeks the cover line is costed for, whatever its own box says.
    pub cover_weeks: u32,
    /// Whether the weeks have moved: only once the cover line itself can be
    /// costed (until then the PA keeps every week, so the plan is never
    /// short of the leave while the agency's rate is still to be typed).
    pub counted: bool,
}

/// The PA's leave in whole weeks for a plan of `plan_weeks`:
/// `ceil(5.6 × plan_weeks / 52)`. `None` only on overflow, which the
/// bounds rule out.
pub fn cover_weeks_for(plan_weeks: u32, rates: &RateTable) -> Option<u32> {
    let weeks = rates
        .holiday_weeks
        .value
        .checked_mul(Decimal::from(plan_weeks))?
        .checked_div(Decimal::from(52))?
        .ceil()
        .min(Decimal::from(plan_weeks));
    super::money::decimal_to_u32(weeks)
}

/// Which line covers which PA: the first line naming a PA line in the plan
/// covers it. A second line naming the same PA, or a line naming itself, a
/// line that is not a PA or a PA that is itself cover, or a cover that is
/// neither a PA nor agency hours, is an ordinary line (only a plan file can
/// make those). `(cover line, PA line)`.
pub fn cover_pairs(plan: &BudgetPlan) -> Vec<(LineId, LineId)> {
    let mut pairs: Vec<(LineId, LineId)> = Vec::new();
    for line in &plan.lines {
        let Some(pa_line) = line.covers else {
            continue;
        };
        let is_pa = plan.lines.iter().any(|l| {
            l.id == pa_line
                && l.covers.is_none()
                && matches!(l.input, LineInput::PersonalAssistant(_))
        });
        let taken = pairs.iter().any(|(_, pa)| *pa == pa_line);
        // Cover is a person's time: another PA, or agency hours.
        let covers_time = matches!(
            line.input,
            LineInput::PersonalAssistant(_) | LineInput::ProviderHours(_)
        );
        if is_pa && covers_time && pa_line != line.id && !taken {
            pairs.push((line.id, pa_line));
        }
    }
    pairs
}

/// A line's figures as the engine reads them: a cover line's weeks are
/// the rule's, so its own weeks box is never held against it.
pub fn checked_values(
    plan: &BudgetPlan,
    line: &SupportLine,
    plan_weeks: u32,
    rates: &RateTable,
) -> Result<LineValues, Vec<LineError>> {
    let is_cover = cover_pairs(plan).iter().any(|(cover, _)| *cover == line.id);
    read_line(line, is_cover, plan_weeks, rates)
}

/// A line's figures; for cover, with its weeks box left out (the rule
/// sets its weeks).
pub(super) fn read_line(
    line: &SupportLine,
    is_cover: bool,
    plan_weeks: u32,
    rates: &RateTable,
) -> Result<LineValues, Vec<LineError>> {
    if is_cover {
        let mut cover = line.clone();
        cover.input.clear_weeks();
        cover.values(plan_weeks, rates)
    } else {
        line.values(plan_weeks, rates)
    }
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

/// A line covering `pa_line`'s leave: the PA's own hours a week for the
/// PA's leave in whole weeks ([`cover_weeks_for`]). Another PA starts at
/// the PA's rate; agency hours have no national rate, so the family types
/// the agency's. `None` if the PA line is not in the plan or the plan's
/// length is not usable yet.
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
    let hours_a_week = pa.hours_a_week.trim().to_owned();
    let weeks = cover_weeks_for(plan_weeks, rates)?.to_string();
    let (option, input) = match by {
        CoverBy::AnotherPa => (
            Some(SdsOption::Option1),
            LineInput::PersonalAssistant(PaInput {
                hours_a_week,
                hourly_rate: pa.hourly_rate.clone(),
                weeks,
                aged_22_or_over: true,
            }),
        ),
        CoverBy::Agency => (
            None,
            LineInput::ProviderHours(ProviderHoursInput {
                hours_a_week,
                hourly_rate: String::new(),
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
    use crate::budget::breakdown::LineResult;
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
    fn cover_is_the_pas_hours_for_the_leave_in_whole_weeks() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        plan.lines[0].outcome_ids = vec![OutcomeId(3)];
        let rates = TaxYear::Y2026_27.rates();
        let actual = suggested_cover_line(&plan, &rates, LineId(1), CoverBy::Agency, LineId(7));
        // ceil(5.6) = 6 weeks at the PA's 20 hours; the agency's rate is
        // the family's to type.
        let expected = Some(SupportLine {
            id: LineId(7),
            option: None,
            outcome_ids: vec![OutcomeId(3)],
            name: String::new(),
            covers: Some(LineId(1)),
            input: LineInput::ProviderHours(ProviderHoursInput {
                hours_a_week: "20".into(),
                hourly_rate: String::new(),
                weeks: "6".into(),
            }),
            week: Vec::new(),
        });
        assert_eq!(actual, expected);
    }

    #[test]
    fn the_leave_is_five_point_six_weeks_a_year_rounded_up() {
        let rates = TaxYear::Y2026_27.rates();
        let weeks: Vec<Option<u32>> = [52, 26, 39, 1, 104, 10]
            .into_iter()
            .map(|w| cover_weeks_for(w, &rates))
            .collect();
        // 5.6, 2.8, 4.2, 0.108, 11.2, 1.077 weeks.
        assert_eq!(
            weeks,
            vec![Some(6), Some(3), Some(5), Some(1), Some(12), Some(2)]
        );
    }

    /// budget-rules.md, "Holiday cover": the worked example's PA covered by
    /// agency hours, to the penny.
    #[test]
    fn cover_by_agency_takes_its_weeks_out_of_the_pa_the_worked_example() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        let mut cover =
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::Agency, LineId(2)).unwrap();
        if let LineInput::ProviderHours(input) = &mut cover.input {
            input.hourly_rate = "22.00".into();
        }
        cover.option = Some(SdsOption::Option2);
        plan.lines.push(cover);
        let b = compute(&plan, &rates).unwrap();
        let LineResult::Costed(x) = &b.lines[0].result else {
            panic!("the PA should be costed");
        };
        let x = x.pa.unwrap();
        assert_eq!(x.wages, d("12374.00"));
        assert_eq!(x.holiday, d("1493.54"));
        assert_eq!(x.gross, d("13867.54"));
        assert_eq!(x.ni_before_allowance, d("1330.13"));
        assert_eq!(x.pension, d("228.83"));
        let employer = b.employer.clone().unwrap();
        assert_eq!(employer.ni_before_allowance_total, d("1330.13"));
        assert_eq!(employer.pa_count, 1);
        assert_eq!(b.options.option1, d("14296.37"));
        assert_eq!(b.options.option2, d("2640.00"));
        assert_eq!(b.total, d("16936.37"));
        assert_eq!(
            b.covers,
            vec![CoverSplit {
                pa_line: LineId(1),
                cover_line: LineId(2),
                pa_weeks: Some(46),
                cover_weeks: 6,
                counted: true,
            }]
        );
    }

    #[test]
    fn a_second_pa_for_cover_is_costed_as_another_employee() {
        let mut plan = plan("26", vec![pa(1, "10", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        let cover =
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2)).unwrap();
        // 5.6 × 26/52 = 2.8 weeks, rounded up to 3.
        let LineInput::PersonalAssistant(input) = &cover.input else {
            panic!("expected a PA line");
        };
        assert_eq!(
            (input.hours_a_week.as_str(), input.weeks.as_str()),
            ("10", "3")
        );
        plan.lines.push(cover);
        let breakdown = compute(&plan, &rates).unwrap();
        assert_eq!(breakdown.employer.unwrap().pa_count, 2);
        // 10 × 13.45 × 23 and 10 × 13.45 × 3: the 26 weeks, split.
        let wages: Vec<Decimal> = breakdown
            .lines
            .iter()
            .filter_map(|l| match &l.result {
                LineResult::Costed(c) => c.pa.map(|pa| pa.wages),
                LineResult::Invalid { .. } => None,
            })
            .collect();
        assert_eq!(wages, vec![d("3093.50"), d("403.50")]);
    }

    #[test]
    fn the_cover_line_weeks_box_is_not_what_it_is_costed_for() {
        // A file may hold any weeks on a cover line; the rule decides.
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        let mut cover =
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2)).unwrap();
        if let LineInput::PersonalAssistant(input) = &mut cover.input {
            input.weeks = "500".into();
        }
        plan.lines.push(cover);
        let b = compute(&plan, &rates).unwrap();
        assert!(matches!(b.lines[1].result, LineResult::Costed(_)));
        assert_eq!(b.covers[0].cover_weeks, 6);
        assert_eq!(b.covers[0].pa_weeks, Some(46));
    }

    #[test]
    fn only_the_first_cover_line_for_a_pa_takes_weeks() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        for id in [2, 3] {
            let cover =
                suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(id))
                    .unwrap();
            plan.lines.push(cover);
        }
        // A line covering itself, or covering a line that is not a PA.
        let mut odd = pa(4, "5", "13.45", "");
        odd.covers = Some(LineId(4));
        plan.lines.push(odd);
        let b = compute(&plan, &rates).unwrap();
        assert_eq!(b.covers.len(), 1);
        assert_eq!(b.covers[0].cover_line, LineId(2));
    }

    #[test]
    fn a_pa_shorter_than_the_leave_gives_all_its_weeks_to_cover() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "4")]);
        let rates = TaxYear::Y2026_27.rates();
        let cover =
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2)).unwrap();
        plan.lines.push(cover);
        let b = compute(&plan, &rates).unwrap();
        assert_eq!(b.covers[0].cover_weeks, 4);
        assert_eq!(b.covers[0].pa_weeks, Some(0));
    }

    #[test]
    fn no_cover_is_suggested_for_a_line_that_is_not_a_pa() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        plan.lines[0].input = LineInput::OneOff(Default::default());
        let rates = TaxYear::Y2026_27.rates();
        assert_eq!(
            suggested_cover_line(&plan, &rates, LineId(1), CoverBy::AnotherPa, LineId(2)),
            None
        );
    }

    #[test]
    fn a_cover_that_cannot_be_costed_yet_takes_no_weeks() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        let by = CoverBy::Agency;
        let cover = suggested_cover_line(&plan, &rates, LineId(1), by, LineId(2)).unwrap();
        plan.lines.push(cover);
        // The agency's rate is still blank: the worked example's total stands.
        let b = compute(&plan, &rates).unwrap();
        assert_eq!(b.total, d("16159.44"));
        assert!(!b.covers[0].counted);
        assert_eq!(b.covers[0].pa_weeks, Some(52));
    }

    #[test]
    fn only_a_pa_or_agency_hours_can_cover() {
        let mut plan = plan("52", vec![pa(1, "20", "13.45", "")]);
        let rates = TaxYear::Y2026_27.rates();
        let mut one_off = pa(2, "1", "1", "");
        one_off.input = LineInput::OneOff(crate::budget::lines::OneOffInput { amount: "1".into() });
        one_off.option = Some(SdsOption::Option3);
        one_off.covers = Some(LineId(1));
        plan.lines.push(one_off);
        let b = compute(&plan, &rates).unwrap();
        assert_eq!(b.covers, vec![]);
        assert_eq!(b.total, d("16160.44"));
    }
}
