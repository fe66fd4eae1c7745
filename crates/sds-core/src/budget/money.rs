//! Turning what a family typed into exact amounts, and rounding to pennies.
//!
//! Families type figures the way they write them on paper ("£1,200.50",
//! " 13 "), so the parser accepts those forms and nothing looser: a guess at
//! what "1,2,3" or "1e3" meant would put a wrong figure in front of a council.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// Why a typed figure could not be used. The text catalogue turns each
/// variant into a message beside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum AmountError {
    /// Nothing typed (or only a pound sign).
    Empty,
    /// Not a plain number: letters, "1e3", "12.3.4", commas out of place.
    NotANumber,
    /// A minus sign: every figure here is a cost, a count or a rate.
    Negative,
    /// A fraction where only whole numbers make sense (weeks, nights).
    NotWholeNumber,
    /// More decimal places than the field can hold (pennies for money).
    TooManyDecimalPlaces {
        max_places: u32,
    },
    TooSmall {
        min: Decimal,
    },
    TooLarge {
        max: Decimal,
    },
    /// A line needed for more weeks than the plan covers.
    MoreThanPlanWeeks {
        plan_weeks: u32,
    },
}

/// What a field measures. Each kind carries its own bounds so that the same
/// rules hold wherever the figure is typed: on a line, in the plan settings
/// or in a council's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    HoursAWeek,
    HourlyRate,
    Weeks,
    PlanWeeks,
    /// Any sum of money: a price, a premium, a budget.
    Amount,
    SessionsAWeek,
    /// Nights or days of short breaks in the plan period.
    NumberOfBreaks,
    MilesAWeek,
    PenceAMile,
    Percentage,
    PayslipsAYear,
    /// Paid leave in weeks a year; fractional (5.6).
    WeeksOfLeave,
}

/// The accepted range and precision of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldBounds {
    pub min: Decimal,
    pub max: Decimal,
    /// 0 means whole numbers only.
    pub max_places: u32,
    /// Whether a leading "£" belongs in this field.
    pub money: bool,
}

impl FieldKind {
    pub fn bounds(self) -> FieldBounds {
        let whole = |min: i64, max: i64| FieldBounds {
            min: Decimal::from(min),
            max: Decimal::from(max),
            max_places: 0,
            money: false,
        };
        let two_places = |max: i64, money: bool| FieldBounds {
            min: Decimal::ZERO,
            max: Decimal::from(max),
            max_places: 2,
            money,
        };
        match self {
            FieldKind::HoursAWeek => two_places(168, false),
            FieldKind::HourlyRate => two_places(1_000, true),
            FieldKind::Weeks | FieldKind::PlanWeeks => whole(1, 104),
            FieldKind::Amount => two_places(1_000_000, true),
            // Fractions allowed: a fortnightly club is half a session a week.
            FieldKind::SessionsAWeek => two_places(50, false),
            // Seven a week for the longest plan.
            FieldKind::NumberOfBreaks => whole(0, 728),
            FieldKind::MilesAWeek => two_places(10_000, false),
            FieldKind::PenceAMile => two_places(200, false),
            FieldKind::Percentage => two_places(100, false),
            // Weekly payroll in a year with 53 paydays.
            FieldKind::PayslipsAYear => whole(0, 53),
            FieldKind::WeeksOfLeave => two_places(52, false),
        }
    }

    /// Checks a figure that did not come from typed text (a council's
    /// configuration, a trade-off scenario) against the same bounds.
    pub fn check(self, value: Decimal) -> Result<Decimal, AmountError> {
        let bounds = self.bounds();
        if value.is_sign_negative() && !value.is_zero() {
            return Err(AmountError::Negative);
        }
        let value = value.normalize();
        if value.scale() > bounds.max_places {
            return Err(if bounds.max_places == 0 {
                AmountError::NotWholeNumber
            } else {
                AmountError::TooManyDecimalPlaces {
                    max_places: bounds.max_places,
                }
            });
        }
        if value < bounds.min {
            return Err(AmountError::TooSmall { min: bounds.min });
        }
        if value > bounds.max {
            return Err(AmountError::TooLarge { max: bounds.max });
        }
        Ok(value)
    }
}

/// No bound reaches a million million, so a longer run of digits is too
/// large before it is even converted (and can never overflow).
const MAX_INTEGER_DIGITS: usize = 12;

impl FieldKind {
    /// The words a family may type after the figure, as they would write
    /// it on paper: "5%", "26 weeks", "£13.45/hr". Longest first, so
    /// "hours a week" is taken whole rather than leaving "a week" behind.
    fn units(self) -> &'static [&'static str] {
        match self {
            FieldKind::HoursAWeek => &[
                "hours a week",
                "hours per week",
                "hrs a week",
                "hrs/week",
                "hours",
                "hrs/wk",
                "hour",
                "hrs",
                "hr",
                "h",
            ],
            FieldKind::HourlyRate => &[
                "per hour", "an hour", "a hour", "per hr", "/ hour", "/hour", "/ hr", "p/h", "/hr",
                "/ h", "ph", "/h",
            ],
            FieldKind::Weeks | FieldKind::PlanWeeks | FieldKind::WeeksOfLeave => {
                &["weeks", "week", "wks", "wk"]
            }
            FieldKind::Percentage => &["per cent", "percent", "%"],
            FieldKind::SessionsAWeek => &[
                "sessions a week",
                "times a week",
                "sessions",
                "a week",
                "per week",
            ],
            FieldKind::NumberOfBreaks => &["nights", "night", "days", "day"],
            FieldKind::MilesAWeek => &["miles a week", "miles", "mile"],
            FieldKind::PenceAMile => &["pence a mile", "p a mile", "p/mile", "pence", "p"],
            FieldKind::PayslipsAYear => &["payslips a year", "payslips", "a year"],
            FieldKind::Amount => &[],
        }
    }

    /// `text` without one unit word at its end, if it has one.
    fn without_unit(self, text: &str) -> &str {
        let text = text.trim();
        for unit in self.units() {
            let Some(at) = text.len().checked_sub(unit.len()) else {
                continue;
            };
            if text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case(unit) {
                let figure = text[..at].trim_end();
                // "h" alone, or "5 hours hours", is still not a number.
                if figure.ends_with(|c: char| c.is_ascii_digit() || ".¼½¾".contains(c)) {
                    return figure;
                }
            }
        }
        text
    }
}

/// Hours as the app shows them: "14¾" is 14.75, "½" is 0.5.
fn with_quarters(kind: FieldKind, text: &str) -> std::borrow::Cow<'_, str> {
    if kind != FieldKind::HoursAWeek {
        return text.into();
    }
    for (glyph, decimals) in [('¼', "25"), ('½', "5"), ('¾', "75")] {
        if let Some(whole) = text.strip_suffix(glyph)
            && whole.bytes().all(|b| b.is_ascii_digit())
        {
            return format!("{whole}.{decimals}").into();
        }
    }
    text.into()
}

/// Parses typed text such as "13.45", "£13.45", "13", " 1,200 ",
/// "£1,200.50", or a figure with its unit ("5%", "26 weeks",
/// "£13.45/hr"), into a figure within the field's bounds.
pub fn parse_field(text: &str, kind: FieldKind) -> Result<Decimal, AmountError> {
    let bounds = kind.bounds();
    let text = with_quarters(kind, kind.without_unit(text));
    let number = parse_number(&text, bounds.money)?;
    if number.negative {
        return Err(AmountError::Negative);
    }
    let fraction = number.fraction.trim_end_matches('0');
    if fraction.len() > bounds.max_places as usize {
        return Err(if bounds.max_places == 0 {
            AmountError::NotWholeNumber
        } else {
            AmountError::TooManyDecimalPlaces {
                max_places: bounds.max_places,
            }
        });
    }
    let integer = number.integer.trim_start_matches('0');
    if integer.len() > MAX_INTEGER_DIGITS {
        return Err(AmountError::TooLarge { max: bounds.max });
    }
    let value =
        digits_to_decimal(integer, fraction).ok_or(AmountError::TooLarge { max: bounds.max })?;
    if value < bounds.min {
        return Err(AmountError::TooSmall { min: bounds.min });
    }
    if value > bounds.max {
        return Err(AmountError::TooLarge { max: bounds.max });
    }
    Ok(value)
}

/// Like [`parse_field`], for counts that the arithmetic uses as whole
/// numbers (weeks, nights, payslips).
pub fn parse_whole(text: &str, kind: FieldKind) -> Result<u32, AmountError> {
    let value = parse_field(text, kind)?;
    decimal_to_u32(value).ok_or(AmountError::TooLarge {
        max: kind.bounds().max,
    })
}

/// A blank optional field means "use the default", so it is not an error.
pub fn parse_optional(text: &str, kind: FieldKind) -> Result<Option<Decimal>, AmountError> {
    match parse_field(text, kind) {
        Ok(value) => Ok(Some(value)),
        Err(AmountError::Empty) => Ok(None),
        Err(error) => Err(error),
    }
}

/// As [`parse_optional`], for whole numbers.
pub fn parse_optional_whole(text: &str, kind: FieldKind) -> Result<Option<u32>, AmountError> {
    match parse_whole(text, kind) {
        Ok(value) => Ok(Some(value)),
        Err(AmountError::Empty) => Ok(None),
        Err(error) => Err(error),
    }
}

/// Every component is rounded once, when it is computed, so the printed
/// lines always add up to the printed total.
pub fn round_pennies(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// A yearly figure for a plan of `plan_weeks` weeks, to the penny:
/// `yearly × plan_weeks / 52`. `None` only on overflow.
pub fn for_plan_weeks(yearly: Decimal, plan_weeks: u32) -> Option<Decimal> {
    Some(round_pennies(
        yearly
            .checked_mul(Decimal::from(plan_weeks))?
            .checked_div(Decimal::from(52))?,
    ))
}

pub(crate) fn decimal_to_u32(value: Decimal) -> Option<u32> {
    if !value.fract().is_zero() {
        return None;
    }
    value.to_u32()
}

struct TypedNumber<'a> {
    negative: bool,
    integer: String,
    fraction: &'a str,
}

fn parse_number(text: &str, money: bool) -> Result<TypedNumber<'_>, AmountError> {
    let mut rest = text.trim();
    if rest.is_empty() {
        return Err(AmountError::Empty);
    }
    let mut negative = false;
    let mut pound = false;
    // "-£5", "£-5", "- 5" and "−£5" (a true minus sign, as the app shows
    // amounts taken off) all mean a negative figure.
    loop {
        if let Some(after) = rest
            .strip_prefix('-')
            .or_else(|| rest.strip_prefix('\u{2212}'))
        {
            if negative {
                return Err(AmountError::NotANumber);
            }
            negative = true;
            rest = after.trim_start();
        } else if let Some(after) = rest.strip_prefix('£') {
            if pound || !money {
                return Err(AmountError::NotANumber);
            }
            pound = true;
            rest = after.trim_start();
        } else {
            break;
        }
    }
    if rest.is_empty() {
        return Err(if negative {
            AmountError::NotANumber
        } else {
            AmountError::Empty
        });
    }
    let (integer_text, fraction) = match rest.split_once('.') {
        Some((integer, fraction)) => (integer, fraction),
        None => (rest, ""),
    };
    if integer_text.is_empty() && fraction.is_empty() {
        return Err(AmountError::NotANumber);
    }
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AmountError::NotANumber);
    }
    let integer = integer_digits(integer_text).ok_or(AmountError::NotANumber)?;
    Ok(TypedNumber {
        negative,
        integer,
        fraction,
    })
}

/// Commas are accepted only as thousands separators ("1,200", "12,345,678"),
/// so "1,2,3" or a European "12,50" is refused rather than misread.
fn integer_digits(text: &str) -> Option<String> {
    if !text.contains(',') {
        return text
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| text.to_owned());
    }
    let mut groups = text.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = first.to_owned();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(group);
    }
    Some(digits)
}

/// Both parts are short runs of ASCII digits (checked by the caller), so
/// the mantissa fits comfortably in an i64; checked steps keep it so.
fn digits_to_decimal(integer: &str, fraction: &str) -> Option<Decimal> {
    let mut mantissa: i64 = 0;
    for byte in integer.bytes().chain(fraction.bytes()) {
        let digit = i64::from(byte.checked_sub(b'0')?);
        mantissa = mantissa.checked_mul(10)?.checked_add(digit)?;
    }
    let scale = u32::try_from(fraction.len()).ok()?;
    Decimal::try_new(mantissa, scale).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::d;
    use proptest::prelude::*;

    fn money(text: &str) -> Result<Decimal, AmountError> {
        parse_field(text, FieldKind::Amount)
    }

    #[test]
    fn plain_and_pound_and_comma_forms_are_accepted() {
        let cases = [
            ("13.45", "13.45"),
            ("£13.45", "13.45"),
            ("13", "13"),
            (" 1,200 ", "1200"),
            ("£1,200.50", "1200.50"),
            ("£ 13.45", "13.45"),
            ("1,000,000", "1000000"),
            ("0", "0"),
            ("0.5", "0.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("007", "7"),
            ("13.450", "13.45"),
            ("\u{a0}12\t", "12"),
        ];
        for (text, expected) in cases {
            let actual = money(text);
            assert_eq!(actual, Ok(d(expected)), "{text:?}");
        }
    }

    #[test]
    fn text_that_is_not_a_plain_number_is_refused() {
        let cases = [
            "1e30",
            "10^30",
            "NaN",
            "inf",
            "12.3.4",
            "1,2,3",
            "1,20",
            "12,50",
            ",100",
            "1,,000",
            "1,0000",
            "abc",
            "13.45p",
            "£13.45£",
            "££5",
            "+5",
            "0x10",
            "1 200",
            "--5",
            "-",
            "£-",
            ".",
            "١٢",
            "１２",
            "13.4 5",
            "5-",
        ];
        for text in cases {
            let actual = money(text);
            assert_eq!(actual, Err(AmountError::NotANumber), "{text:?}");
        }
    }

    #[test]
    fn a_figure_may_carry_its_unit() {
        let cases = [
            ("5%", FieldKind::Percentage, "5"),
            ("5 %", FieldKind::Percentage, "5"),
            ("2.5 per cent", FieldKind::Percentage, "2.5"),
            ("26 weeks", FieldKind::PlanWeeks, "26"),
            ("39 Weeks", FieldKind::Weeks, "39"),
            ("1 week", FieldKind::Weeks, "1"),
            ("£12,000", FieldKind::Amount, "12000"),
            ("12,000.50", FieldKind::Amount, "12000.50"),
            ("£13.45/hr", FieldKind::HourlyRate, "13.45"),
            ("£13.45 / hr", FieldKind::HourlyRate, "13.45"),
            ("14¾", FieldKind::HoursAWeek, "14.75"),
            ("14½ hours", FieldKind::HoursAWeek, "14.5"),
            ("¼", FieldKind::HoursAWeek, "0.25"),
            ("13.45 an hour", FieldKind::HourlyRate, "13.45"),
            ("£13.45 per hour", FieldKind::HourlyRate, "13.45"),
            ("15 hours", FieldKind::HoursAWeek, "15"),
            ("14.75 hours a week", FieldKind::HoursAWeek, "14.75"),
            ("20hrs", FieldKind::HoursAWeek, "20"),
            ("45p", FieldKind::PenceAMile, "45"),
            ("2 sessions a week", FieldKind::SessionsAWeek, "2"),
            ("4 nights", FieldKind::NumberOfBreaks, "4"),
            ("12 payslips", FieldKind::PayslipsAYear, "12"),
        ];
        for (text, kind, expected) in cases {
            assert_eq!(parse_field(text, kind), Ok(d(expected)), "{text:?}");
        }
    }

    #[test]
    fn a_unit_that_does_not_belong_is_still_refused() {
        let cases = [
            ("5%", FieldKind::Amount),
            ("26 weeks", FieldKind::HoursAWeek),
            ("£13.45/hr", FieldKind::Amount),
            ("%", FieldKind::Percentage),
            ("weeks", FieldKind::Weeks),
            ("5 % %", FieldKind::Percentage),
            ("h", FieldKind::HoursAWeek),
            ("15 hours hours", FieldKind::HoursAWeek),
            ("£20 hours", FieldKind::HoursAWeek),
        ];
        for (text, kind) in cases {
            assert_eq!(
                parse_field(text, kind),
                Err(AmountError::NotANumber),
                "{text:?}"
            );
        }
        assert_eq!(
            parse_field("%", FieldKind::Percentage),
            Err(AmountError::NotANumber)
        );
        assert_eq!(
            parse_field("-5%", FieldKind::Percentage),
            Err(AmountError::Negative)
        );
    }

    #[test]
    fn nothing_typed_is_empty() {
        for text in ["", "   ", "£", " £ "] {
            assert_eq!(money(text), Err(AmountError::Empty), "{text:?}");
        }
    }

    #[test]
    fn a_minus_sign_is_negative() {
        for text in [
            "-5",
            "-£5",
            "−£5",
            "£-5",
            "- 5",
            "-0",
            "-99999999999999999999999",
        ] {
            assert_eq!(money(text), Err(AmountError::Negative), "{text:?}");
        }
    }

    #[test]
    fn money_takes_at_most_pennies() {
        let actual = money("13.455");
        let expected = Err(AmountError::TooManyDecimalPlaces { max_places: 2 });
        assert_eq!(actual, expected);
    }

    #[test]
    fn amounts_above_a_million_are_too_large() {
        let expected = Err(AmountError::TooLarge {
            max: Decimal::from(1_000_000),
        });
        assert_eq!(money("1,000,000.01"), expected);
        assert_eq!(money("99999999999999999999999999999999999"), expected);
    }

    #[test]
    fn hours_are_bounded_by_the_hours_in_a_week() {
        assert_eq!(parse_field("168", FieldKind::HoursAWeek), Ok(d("168")));
        assert_eq!(parse_field("37.5", FieldKind::HoursAWeek), Ok(d("37.5")));
        assert_eq!(
            parse_field("168.25", FieldKind::HoursAWeek),
            Err(AmountError::TooLarge {
                max: Decimal::from(168)
            })
        );
    }

    #[test]
    fn a_pound_sign_on_hours_is_not_a_number() {
        let actual = parse_field("£20", FieldKind::HoursAWeek);
        assert_eq!(actual, Err(AmountError::NotANumber));
    }

    #[test]
    fn hourly_rate_is_bounded_at_a_thousand_pounds() {
        assert_eq!(parse_field("£1,000", FieldKind::HourlyRate), Ok(d("1000")));
        assert_eq!(
            parse_field("1000.01", FieldKind::HourlyRate),
            Err(AmountError::TooLarge {
                max: Decimal::from(1_000)
            })
        );
    }

    #[test]
    fn weeks_are_whole_and_between_one_and_104() {
        assert_eq!(parse_whole("39", FieldKind::Weeks), Ok(39));
        assert_eq!(parse_whole("52.0", FieldKind::Weeks), Ok(52));
        assert_eq!(
            parse_whole("5.6", FieldKind::Weeks),
            Err(AmountError::NotWholeNumber)
        );
        assert_eq!(
            parse_whole("0", FieldKind::Weeks),
            Err(AmountError::TooSmall { min: Decimal::ONE })
        );
        assert_eq!(
            parse_whole("105", FieldKind::PlanWeeks),
            Err(AmountError::TooLarge {
                max: Decimal::from(104)
            })
        );
    }

    #[test]
    fn percentages_run_from_nought_to_a_hundred() {
        assert_eq!(parse_field("12.5", FieldKind::Percentage), Ok(d("12.5")));
        assert_eq!(
            parse_field("100.5", FieldKind::Percentage),
            Err(AmountError::TooLarge {
                max: Decimal::ONE_HUNDRED
            })
        );
    }

    #[test]
    fn a_blank_optional_field_means_use_the_default() {
        assert_eq!(parse_optional("  ", FieldKind::Amount), Ok(None));
        assert_eq!(parse_optional("£80", FieldKind::Amount), Ok(Some(d("80"))));
        assert_eq!(
            parse_optional("x", FieldKind::Amount),
            Err(AmountError::NotANumber)
        );
        assert_eq!(parse_optional_whole("", FieldKind::Weeks), Ok(None));
    }

    #[test]
    fn rounding_takes_halves_away_from_zero() {
        assert_eq!(round_pennies(d("1601.4525")), d("1601.45"));
        assert_eq!(round_pennies(d("0.125")), d("0.13"));
        assert_eq!(round_pennies(d("-0.125")), d("-0.13"));
        assert_eq!(round_pennies(d("283.0905")), d("283.09"));
    }

    #[test]
    fn checking_a_configured_figure_uses_the_same_bounds() {
        assert_eq!(FieldKind::Percentage.check(d("3")), Ok(d("3")));
        assert_eq!(
            FieldKind::Percentage.check(d("-1")),
            Err(AmountError::Negative)
        );
        assert_eq!(
            FieldKind::PayslipsAYear.check(d("12.5")),
            Err(AmountError::NotWholeNumber)
        );
        assert_eq!(
            FieldKind::Amount.check(d("0.001")),
            Err(AmountError::TooManyDecimalPlaces { max_places: 2 })
        );
    }

    proptest! {
        #[test]
        fn any_text_is_parsed_or_refused_without_panic(text in any::<String>()) {
            for kind in [FieldKind::Amount, FieldKind::HoursAWeek, FieldKind::Weeks, FieldKind::Percentage] {
                let _ = parse_field(&text, kind);
                let _ = parse_whole(&text, kind);
            }
        }

        #[test]
        fn number_like_text_is_parsed_or_refused_without_panic(text in "[-−£ 0-9,.e]{0,40}") {
            if let Ok(value) = parse_field(&text, FieldKind::Amount) {
                prop_assert!(value >= Decimal::ZERO);
                prop_assert!(value <= Decimal::from(1_000_000));
            }
        }

        #[test]
        fn any_amount_in_pennies_round_trips(pennies in 0i64..=100_000_000) {
            let value = Decimal::new(pennies, 2);
            prop_assert_eq!(money(&value.to_string()), Ok(value));
            prop_assert_eq!(money(&format!("£{value}")), Ok(value));
        }
    }
}
