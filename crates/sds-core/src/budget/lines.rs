//! Support lines: the things a family wants the budget to pay for.
//!
//! Each line keeps the text exactly as the family typed it, so a half-typed
//! figure survives a reload and its error can be shown beside the field.
//! The figures the engine uses are derived from that text on every
//! recompute by [`SupportLine::values`].

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::{
    AmountError, FieldKind, parse_field, parse_optional, parse_optional_whole, parse_whole,
};
use super::rates::{Rate, RateSource, RateTable};

pub use crate::vocabulary::{LineId, OutcomeId, SdsOption};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportLine {
    pub id: LineId,
    /// The option that would pay for it, once the family has chosen: no
    /// option is ever chosen for them (a PA is always Option 1).
    #[serde(default)]
    pub option: Option<SdsOption>,
    /// The outcomes this line helps towards.
    #[serde(default)]
    pub outcome_ids: Vec<OutcomeId>,
    /// The family's own name for the line ("Swimming club"), in their words.
    #[serde(default)]
    pub name: String,
    /// Set when this line covers a PA's holidays, so the cover reminder for
    /// that PA is not repeated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<LineId>,
    pub input: LineInput,
    /// When the line happens in a typical week, so gaps and overlaps show.
    /// Not used in any cost.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub week: Vec<WeekSlot>,
}

/// A day of the week, Monday first as on a UK calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
}

/// Roughly when in the day: families think in parts of the day, not hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    /// Bedtime and the night: overnight support, sleep-ins, short breaks.
    Night,
}

impl PartOfDay {
    pub const ALL: [PartOfDay; 4] = [
        PartOfDay::Morning,
        PartOfDay::Afternoon,
        PartOfDay::Evening,
        PartOfDay::Night,
    ];
}

impl LineKind {
    /// Whether the idea is a worker with the child (a PA, or a provider's
    /// hours), who can go along to the other kinds: a PA taking the child
    /// to a club is one plan, not a clash.
    pub fn is_a_worker(self) -> bool {
        matches!(self, LineKind::PersonalAssistant | LineKind::ProviderHours)
    }

    /// Whether the idea is somewhere the child goes (a club, a short
    /// break): two of those at once cannot both happen.
    pub fn is_a_place(self) -> bool {
        matches!(self, LineKind::Activity | LineKind::ShortBreaks)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct WeekSlot {
    pub day: Weekday,
    pub part: PartOfDay,
}

/// What kind of support a line is. Lets the interface offer an empty line
/// of each kind without building inputs itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    PersonalAssistant,
    ProviderHours,
    Activity,
    ShortBreaks,
    OneOff,
    Travel,
    Other,
}

impl LineKind {
    pub const ALL: [LineKind; 7] = [
        LineKind::PersonalAssistant,
        LineKind::ProviderHours,
        LineKind::Activity,
        LineKind::ShortBreaks,
        LineKind::OneOff,
        LineKind::Travel,
        LineKind::Other,
    ];
}

/// The typed text of each kind of line (budget-rules.md, "Support lines").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineInput {
    PersonalAssistant(PaInput),
    ProviderHours(ProviderHoursInput),
    Activity(ActivityInput),
    ShortBreaks(ShortBreaksInput),
    OneOff(OneOffInput),
    Travel(TravelInput),
    Other(OtherInput),
}

impl LineInput {
    /// The weeks as typed, for the kinds that run week by week (the others
    /// are counted by the item).
    pub fn weeks_text(&self) -> Option<&str> {
        match self {
            LineInput::PersonalAssistant(i) => Some(&i.weeks),
            LineInput::ProviderHours(i) => Some(&i.weeks),
            LineInput::Activity(i) => Some(&i.weeks),
            LineInput::Travel(i) => Some(&i.weeks),
            LineInput::Other(i) => Some(&i.weeks),
            LineInput::ShortBreaks(_) | LineInput::OneOff(_) => None,
        }
    }

    /// Empties the weeks box, so the line reads as needed every week.
    pub(super) fn clear_weeks(&mut self) {
        match self {
            LineInput::PersonalAssistant(PaInput { weeks, .. })
            | LineInput::ProviderHours(ProviderHoursInput { weeks, .. })
            | LineInput::Activity(ActivityInput { weeks, .. })
            | LineInput::Travel(TravelInput { weeks, .. })
            | LineInput::Other(OtherInput { weeks, .. }) => weeks.clear(),
            LineInput::ShortBreaks(_) | LineInput::OneOff(_) => {}
        }
    }

    pub fn empty(kind: LineKind) -> LineInput {
        match kind {
            LineKind::PersonalAssistant => LineInput::PersonalAssistant(PaInput::default()),
            LineKind::ProviderHours => LineInput::ProviderHours(ProviderHoursInput::default()),
            LineKind::Activity => LineInput::Activity(ActivityInput::default()),
            LineKind::ShortBreaks => LineInput::ShortBreaks(ShortBreaksInput::default()),
            LineKind::OneOff => LineInput::OneOff(OneOffInput::default()),
            LineKind::Travel => LineInput::Travel(TravelInput::default()),
            LineKind::Other => LineInput::Other(OtherInput::default()),
        }
    }

    pub fn kind(&self) -> LineKind {
        match self {
            LineInput::PersonalAssistant(_) => LineKind::PersonalAssistant,
            LineInput::ProviderHours(_) => LineKind::ProviderHours,
            LineInput::Activity(_) => LineKind::Activity,
            LineInput::ShortBreaks(_) => LineKind::ShortBreaks,
            LineInput::OneOff(_) => LineKind::OneOff,
            LineInput::Travel(_) => LineKind::Travel,
            LineInput::Other(_) => LineKind::Other,
        }
    }
}

/// One personal assistant employed through a direct payment. A blank
/// `weeks` means every week of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PaInput {
    pub hours_a_week: String,
    pub hourly_rate: String,
    pub weeks: String,
    /// Auto-enrolment starts at 22; most PAs are older, hence the default.
    pub aged_22_or_over: bool,
}

impl Default for PaInput {
    fn default() -> Self {
        PaInput {
            hours_a_week: String::new(),
            hourly_rate: String::new(),
            weeks: String::new(),
            aged_22_or_over: true,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderHoursInput {
    pub hours_a_week: String,
    pub hourly_rate: String,
    pub weeks: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActivityInput {
    pub cost_a_session: String,
    pub sessions_a_week: String,
    pub weeks: String,
}

/// Nights away or days of respite; the unit only changes the wording.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakUnit {
    #[default]
    Night,
    Day,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShortBreaksInput {
    pub unit: BreakUnit,
    pub cost_each: String,
    /// How many in the whole plan period.
    pub number: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OneOffInput {
    pub amount: String,
}

/// A blank `pence_a_mile` means the HMRC approved rate (or the council's).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TravelInput {
    pub miles_a_week: String,
    pub pence_a_mile: String,
    pub weeks: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountBasis {
    AWeek,
    #[default]
    ForThePeriod,
}

/// Anything else, "as entered": either a weekly amount (times `weeks`) or
/// one amount for the whole period (`weeks` then unused).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OtherInput {
    pub amount: String,
    pub basis: AmountBasis,
    pub weeks: String,
}

/// Which typed field an error belongs beside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineField {
    HoursAWeek,
    HourlyRate,
    Weeks,
    CostASession,
    SessionsAWeek,
    CostEach,
    Number,
    Amount,
    MilesAWeek,
    PenceAMile,
}

/// Why a line is left out of the totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum LineError {
    Field {
        field: LineField,
        error: AmountError,
    },
    /// Only a direct payment lets a family employ staff.
    PersonalAssistantOutsideOption1,
    /// Option 4 is a mix of the other three, so one idea is paid for
    /// under Option 1, 2 or 3 (a plan file can say otherwise).
    Option4ForOneIdea,
    /// The family has not yet chosen which option would pay for it.
    NoOptionChosen,
    /// Cannot happen within the field bounds; reported rather than panicking.
    CostTooLarge,
}

/// How many weeks a line runs, and whether that was typed or taken from the
/// plan's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineWeeks {
    pub count: u32,
    pub source: RateSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaValues {
    pub hours_a_week: Decimal,
    pub hourly_rate: Decimal,
    pub weeks: LineWeeks,
    pub aged_22_or_over: bool,
}

/// A line's typed text, checked and turned into figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineValues {
    PersonalAssistant(PaValues),
    ProviderHours {
        hours_a_week: Decimal,
        hourly_rate: Decimal,
        weeks: LineWeeks,
    },
    Activity {
        cost_a_session: Decimal,
        sessions_a_week: Decimal,
        weeks: LineWeeks,
    },
    ShortBreaks {
        cost_each: Decimal,
        number: u32,
    },
    OneOff {
        amount: Decimal,
    },
    Travel {
        miles_a_week: Decimal,
        pence_a_mile: Rate,
        weeks: LineWeeks,
    },
    Other {
        amount: Decimal,
        basis: AmountBasis,
        weeks: LineWeeks,
    },
}

impl LineValues {
    /// Sets the weeks a line is costed for, where its kind has weeks.
    pub(super) fn set_weeks(&mut self, count: u32, source: RateSource) {
        match self {
            LineValues::PersonalAssistant(PaValues { weeks, .. })
            | LineValues::ProviderHours { weeks, .. }
            | LineValues::Activity { weeks, .. }
            | LineValues::Travel { weeks, .. }
            | LineValues::Other { weeks, .. } => *weeks = LineWeeks { count, source },
            LineValues::ShortBreaks { .. } | LineValues::OneOff { .. } => {}
        }
    }
}

/// Collects every field error of a line at once, so the family sees them
/// all rather than one per attempt.
struct FieldReader {
    errors: Vec<LineError>,
    plan_weeks: u32,
}

impl FieldReader {
    fn figure(&mut self, field: LineField, text: &str, kind: FieldKind) -> Decimal {
        match parse_field(text, kind) {
            Ok(value) => value,
            Err(error) => {
                self.errors.push(LineError::Field { field, error });
                Decimal::ZERO
            }
        }
    }

    /// Hours a week and an hourly rate, read in that order (a PA's or a
    /// provider's).
    fn hours_and_rate(&mut self, hours_a_week: &str, hourly_rate: &str) -> (Decimal, Decimal) {
        let hours = self.figure(LineField::HoursAWeek, hours_a_week, FieldKind::HoursAWeek);
        let rate = self.figure(LineField::HourlyRate, hourly_rate, FieldKind::HourlyRate);
        (hours, rate)
    }

    fn count(&mut self, field: LineField, text: &str, kind: FieldKind) -> u32 {
        match parse_whole(text, kind) {
            Ok(value) => value,
            Err(error) => {
                self.errors.push(LineError::Field { field, error });
                0
            }
        }
    }

    fn weeks(&mut self, text: &str) -> LineWeeks {
        let plan_weeks = self.plan_weeks;
        let defaulted = LineWeeks {
            count: plan_weeks,
            source: RateSource::PlanLength,
        };
        match parse_optional_whole(text, FieldKind::Weeks) {
            Ok(None) => defaulted,
            Ok(Some(count)) if count <= plan_weeks => LineWeeks {
                count,
                source: RateSource::FamilyEntered,
            },
            Ok(Some(_)) => {
                self.errors.push(LineError::Field {
                    field: LineField::Weeks,
                    error: AmountError::MoreThanPlanWeeks { plan_weeks },
                });
                defaulted
            }
            Err(error) => {
                self.errors.push(LineError::Field {
                    field: LineField::Weeks,
                    error,
                });
                defaulted
            }
        }
    }

    fn pence_a_mile(&mut self, text: &str, rates: &RateTable) -> Rate {
        match parse_optional(text, FieldKind::PenceAMile) {
            Ok(None) => rates.mileage_pence_a_mile,
            Ok(Some(value)) => Rate {
                value,
                source: RateSource::FamilyEntered,
                unverified: false,
            },
            Err(error) => {
                self.errors.push(LineError::Field {
                    field: LineField::PenceAMile,
                    error,
                });
                rates.mileage_pence_a_mile
            }
        }
    }
}

impl SupportLine {
    /// A line paid for under `option`.
    pub fn new(id: LineId, option: SdsOption, input: LineInput) -> SupportLine {
        SupportLine {
            option: Some(option),
            ..SupportLine::unchosen(id, input)
        }
    }

    /// A line with no option chosen yet; a PA is Option 1 all the same.
    pub fn unchosen(id: LineId, input: LineInput) -> SupportLine {
        let option = matches!(input, LineInput::PersonalAssistant(_)).then_some(SdsOption::Option1);
        SupportLine {
            id,
            option,
            outcome_ids: Vec::new(),
            name: String::new(),
            covers: None,
            input,
            week: Vec::new(),
        }
    }

    /// A PA line from typed text; PAs are always Option 1.
    pub fn personal_assistant(
        id: LineId,
        hours_a_week: &str,
        hourly_rate: &str,
        weeks: &str,
    ) -> SupportLine {
        SupportLine::new(
            id,
            SdsOption::Option1,
            LineInput::PersonalAssistant(PaInput {
                hours_a_week: hours_a_week.to_owned(),
                hourly_rate: hourly_rate.to_owned(),
                weeks: weeks.to_owned(),
                aged_22_or_over: true,
            }),
        )
    }

    /// The option it is paid for under: the one chosen, or Option 1 for a
    /// PA (a plan file may leave a PA's out).
    pub fn paid_under(&self) -> Option<SdsOption> {
        match (&self.input, self.option) {
            (LineInput::PersonalAssistant(_), None) => Some(SdsOption::Option1),
            (_, option) => option,
        }
    }

    /// The line's figures for a plan of `plan_weeks` weeks, or every
    /// reason it cannot be costed.
    pub fn values(&self, plan_weeks: u32, rates: &RateTable) -> Result<LineValues, Vec<LineError>> {
        let mut reader = FieldReader {
            errors: Vec::new(),
            plan_weeks,
        };
        let is_pa = matches!(self.input, LineInput::PersonalAssistant(_));
        match self.option {
            _ if is_pa => {}
            None => reader.errors.push(LineError::NoOptionChosen),
            Some(option) if !option.pays_for_one_idea() => {
                reader.errors.push(LineError::Option4ForOneIdea);
            }
            Some(_) => {}
        }
        let values = match &self.input {
            LineInput::PersonalAssistant(input) => {
                if self.paid_under() != Some(SdsOption::Option1) {
                    reader
                        .errors
                        .push(LineError::PersonalAssistantOutsideOption1);
                }
                let (hours_a_week, hourly_rate) =
                    reader.hours_and_rate(&input.hours_a_week, &input.hourly_rate);
                LineValues::PersonalAssistant(PaValues {
                    hours_a_week,
                    hourly_rate,
                    weeks: reader.weeks(&input.weeks),
                    aged_22_or_over: input.aged_22_or_over,
                })
            }
            LineInput::ProviderHours(input) => {
                let (hours_a_week, hourly_rate) =
                    reader.hours_and_rate(&input.hours_a_week, &input.hourly_rate);
                LineValues::ProviderHours {
                    hours_a_week,
                    hourly_rate,
                    weeks: reader.weeks(&input.weeks),
                }
            }
            LineInput::Activity(input) => LineValues::Activity {
                cost_a_session: reader.figure(
                    LineField::CostASession,
                    &input.cost_a_session,
                    FieldKind::Amount,
                ),
                sessions_a_week: reader.figure(
                    LineField::SessionsAWeek,
                    &input.sessions_a_week,
                    FieldKind::SessionsAWeek,
                ),
                weeks: reader.weeks(&input.weeks),
            },
            LineInput::ShortBreaks(input) => LineValues::ShortBreaks {
                cost_each: reader.figure(LineField::CostEach, &input.cost_each, FieldKind::Amount),
                number: reader.count(LineField::Number, &input.number, FieldKind::NumberOfBreaks),
            },
            LineInput::OneOff(input) => LineValues::OneOff {
                amount: reader.figure(LineField::Amount, &input.amount, FieldKind::Amount),
            },
            LineInput::Travel(input) => LineValues::Travel {
                miles_a_week: reader.figure(
                    LineField::MilesAWeek,
                    &input.miles_a_week,
                    FieldKind::MilesAWeek,
                ),
                pence_a_mile: reader.pence_a_mile(&input.pence_a_mile, rates),
                weeks: reader.weeks(&input.weeks),
            },
            LineInput::Other(input) => LineValues::Other {
                amount: reader.figure(LineField::Amount, &input.amount, FieldKind::Amount),
                basis: input.basis,
                weeks: match input.basis {
                    AmountBasis::AWeek => reader.weeks(&input.weeks),
                    // Weeks are not asked for a whole-period amount, so a
                    // stale value in the hidden field must not block it.
                    AmountBasis::ForThePeriod => LineWeeks {
                        count: plan_weeks,
                        source: RateSource::PlanLength,
                    },
                },
            },
        };
        if reader.errors.is_empty() {
            Ok(values)
        } else {
            Err(reader.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::rates::TaxYear;
    use crate::test_support::d;

    fn rates() -> RateTable {
        TaxYear::Y2026_27.rates()
    }

    #[test]
    fn blank_weeks_mean_every_week_of_the_plan() {
        let line = SupportLine::personal_assistant(LineId(1), "20", "£13.45", "");
        let actual = line.values(52, &rates());
        let expected = Ok(LineValues::PersonalAssistant(PaValues {
            hours_a_week: d("20"),
            hourly_rate: d("13.45"),
            weeks: LineWeeks {
                count: 52,
                source: RateSource::PlanLength,
            },
            aged_22_or_over: true,
        }));
        assert_eq!(actual, expected);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let line = SupportLine::personal_assistant(LineId(1), "200", "abc", "5.5");
        let actual = line.values(52, &rates());
        let expected = Err(vec![
            LineError::Field {
                field: LineField::HoursAWeek,
                error: AmountError::TooLarge {
                    max: Decimal::from(168),
                },
            },
            LineError::Field {
                field: LineField::HourlyRate,
                error: AmountError::NotANumber,
            },
            LineError::Field {
                field: LineField::Weeks,
                error: AmountError::NotWholeNumber,
            },
        ]);
        assert_eq!(actual, expected);
    }

    #[test]
    fn a_line_cannot_run_longer_than_the_plan() {
        let line = SupportLine::personal_assistant(LineId(1), "10", "13.45", "39");
        let actual = line.values(26, &rates());
        let expected = Err(vec![LineError::Field {
            field: LineField::Weeks,
            error: AmountError::MoreThanPlanWeeks { plan_weeks: 26 },
        }]);
        assert_eq!(actual, expected);
    }

    #[test]
    fn a_pa_outside_option_1_is_refused() {
        let mut line = SupportLine::personal_assistant(LineId(1), "10", "13.45", "");
        line.option = Some(SdsOption::Option2);
        let actual = line.values(52, &rates());
        assert_eq!(
            actual,
            Err(vec![LineError::PersonalAssistantOutsideOption1])
        );
    }

    #[test]
    fn one_idea_under_option_4_is_refused_whatever_its_kind() {
        let mut pa = SupportLine::personal_assistant(LineId(1), "10", "13.45", "");
        pa.option = Some(SdsOption::Option4);
        assert_eq!(
            pa.values(52, &rates()),
            Err(vec![LineError::PersonalAssistantOutsideOption1])
        );
        let mut travel = SupportLine::new(
            LineId(2),
            SdsOption::Option4,
            LineInput::Travel(TravelInput {
                miles_a_week: "30".into(),
                ..TravelInput::default()
            }),
        );
        assert_eq!(
            travel.values(52, &rates()),
            Err(vec![LineError::Option4ForOneIdea])
        );
        travel.option = Some(SdsOption::Option2);
        assert!(travel.values(52, &rates()).is_ok());
    }

    #[test]
    fn travel_without_a_rate_uses_the_hmrc_mileage_rate() {
        let line = SupportLine::new(
            LineId(2),
            SdsOption::Option1,
            LineInput::Travel(TravelInput {
                miles_a_week: "30".into(),
                ..TravelInput::default()
            }),
        );
        let Ok(LineValues::Travel { pence_a_mile, .. }) = line.values(52, &rates()) else {
            panic!("travel line should be valid");
        };
        assert_eq!(
            (pence_a_mile.value, pence_a_mile.source),
            (d("45"), RateSource::HmrcMileage)
        );
    }

    #[test]
    fn a_whole_period_amount_ignores_stale_weeks() {
        let line = SupportLine::new(
            LineId(3),
            SdsOption::Option2,
            LineInput::Other(OtherInput {
                amount: "£250".into(),
                basis: AmountBasis::ForThePeriod,
                weeks: "nonsense".into(),
            }),
        );
        assert!(line.values(52, &rates()).is_ok());
    }

    #[test]
    fn a_line_reads_from_plan_json_with_missing_fields_defaulted() {
        let json = r#"{"id": 7, "input": {"kind": "personal_assistant", "hours_a_week": "12"}}"#;
        let line: SupportLine = serde_json::from_str(json).unwrap();
        let expected = SupportLine {
            id: LineId(7),
            // No option in the file is no option chosen, never a default
            // (a PA is paid under Option 1 all the same).
            option: None,
            outcome_ids: Vec::new(),
            name: String::new(),
            covers: None,
            input: LineInput::PersonalAssistant(PaInput {
                hours_a_week: "12".into(),
                ..PaInput::default()
            }),
            week: Vec::new(),
        };
        assert_eq!(line, expected);
    }

    #[test]
    fn a_line_survives_a_round_trip_through_json() {
        for kind in LineKind::ALL {
            let mut line = SupportLine::new(LineId(9), SdsOption::Option2, LineInput::empty(kind));
            line.outcome_ids = vec![OutcomeId(1), OutcomeId(4)];
            let json = serde_json::to_string(&line).unwrap();
            let back: SupportLine = serde_json::from_str(&json).unwrap();
            assert_eq!(back, line);
            assert_eq!(back.input.kind(), kind);
        }
    }
}
