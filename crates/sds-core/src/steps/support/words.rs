//! The support step's words and names: money and numbers as a family
//! reads them, each kind's and figure's name, element ids, and the one
//! field-error shape of the step's pages.

use super::*;

/// Money as a family reads it: "£16,159.44", "-£1,601.45". Rounded to
/// pennies half away from zero, like every figure in the engine.
pub fn money(amount: Decimal) -> String {
    let mut rounded = round_pennies(amount);
    rounded.rescale(2);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = rounded.abs().to_string();
    let (pounds, pence) = text.split_once('.').unwrap_or((&text, "00"));
    // A true minus sign, read as "minus" and clear in print.
    format!(
        "{}£{}.{}",
        if negative { "\u{2212}" } else { "" },
        thousands(pounds),
        pence
    )
}

/// Money with no pence when there are none: "£10,500", "£5,250.50". For
/// limits and yearly figures, not for costed lines.
pub fn money_short(amount: Decimal) -> String {
    let mut text = money(amount);
    if text.ends_with(".00") {
        text.truncate(text.len() - 3);
    }
    text
}

/// A figure with no trailing zeros and thousands separated: "20", "27.25",
/// "1,200".
pub fn number(value: Decimal) -> String {
    let text = value.normalize().abs().to_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let sign = if value.is_sign_negative() && !value.is_zero() {
        "-"
    } else {
        ""
    };
    match fraction {
        Some(fraction) => format!("{sign}{}.{fraction}", thousands(whole)),
        None => format!("{sign}{}", thousands(whole)),
    }
}

fn thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    let count = digits.chars().count();
    for (n, ch) in digits.chars().enumerate() {
        if n > 0 && (count - n).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Hours as a family says them: "20 hours", "1 hour", "14¾ hours",
/// "14 hours 20 minutes", "45 minutes"; never "14.75".
pub fn hours(value: Decimal, t: &SupportText) -> String {
    let value = value.abs();
    let whole = value.trunc();
    // Hours hold at most two places, so minutes round to whole ones.
    let mut minutes = round_pennies((value - whole) * Decimal::from(60))
        .round()
        .normalize();
    let mut whole = whole.normalize();
    if minutes >= Decimal::from(60) {
        whole += Decimal::ONE;
        minutes = Decimal::ZERO;
    }
    let quarter = |m: Decimal| match m.to_string().as_str() {
        "15" => Some("¼"),
        "30" => Some("½"),
        "45" => Some("¾"),
        _ => None,
    };
    let whole_hours = if whole == Decimal::ONE {
        t.one_hour.to_owned()
    } else {
        t.hours_whole(&number(whole))
    };
    let just_minutes = if minutes == Decimal::ONE {
        t.one_minute.to_owned()
    } else {
        t.minutes_only(&number(minutes))
    };
    match (whole.is_zero(), minutes.is_zero(), quarter(minutes)) {
        (_, true, _) => whole_hours,
        (true, false, _) => just_minutes,
        (false, false, Some(glyph)) => t.hours_whole(&format!("{}{glyph}", number(whole))),
        (false, false, None) => t.hours_and_minutes(&whole_hours, &just_minutes),
    }
}

/// "45p" for a rate in pence.
pub(crate) fn pence(value: Decimal) -> String {
    format!("{}p", number(value))
}

/// "2026/27".
pub fn tax_year_label(year: TaxYear) -> String {
    let start = year.starts();
    format!("{start}/{:02}", (start + 1) % 100)
}

// ---------------------------------------------------------------------------
// Text lookups
// ---------------------------------------------------------------------------

pub fn kind_text(kind: LineKind, t: &SupportText) -> &KindText {
    let [pa, provider, activity, breaks, one_off, travel, other] = &t.kinds;
    match kind {
        LineKind::PersonalAssistant => pa,
        LineKind::ProviderHours => provider,
        LineKind::Activity => activity,
        LineKind::ShortBreaks => breaks,
        LineKind::OneOff => one_off,
        LineKind::Travel => travel,
        LineKind::Other => other,
    }
}

pub fn option_name(option: SdsOption, t: &SupportText) -> &'static str {
    let [one, two, three, four] = t.option_names;
    match option {
        SdsOption::Option1 => one,
        SdsOption::Option2 => two,
        SdsOption::Option3 => three,
        SdsOption::Option4 => four,
    }
}

/// The option an idea is paid for under, or "No option chosen yet".
pub fn chosen_option_name(option: Option<SdsOption>, t: &SupportText) -> &'static str {
    option.map_or(t.no_option_yet, |o| option_name(o, t))
}

pub(crate) fn option_hint(option: SdsOption, t: &SupportText) -> &'static str {
    let [one, two, three, four] = t.option_hints;
    match option {
        SdsOption::Option1 => one,
        SdsOption::Option2 => two,
        SdsOption::Option3 => three,
        SdsOption::Option4 => four,
    }
}

pub fn day_name(day: Weekday, t: &SupportText) -> &'static str {
    of_day(day, t.days)
}

/// "Mon": for narrow columns, beside the full name for screen readers.
pub fn day_short_name(day: Weekday, t: &SupportText) -> &'static str {
    of_day(day, t.days_short)
}

fn of_day(day: Weekday, [mon, tue, wed, thu, fri, sat, sun]: [&'static str; 7]) -> &'static str {
    match day {
        Weekday::Monday => mon,
        Weekday::Tuesday => tue,
        Weekday::Wednesday => wed,
        Weekday::Thursday => thu,
        Weekday::Friday => fri,
        Weekday::Saturday => sat,
        Weekday::Sunday => sun,
    }
}

pub fn part_name(part: PartOfDay, t: &SupportText) -> &'static str {
    let [morning, afternoon, evening, night] = t.parts;
    match part {
        PartOfDay::Morning => morning,
        PartOfDay::Afternoon => afternoon,
        PartOfDay::Evening => evening,
        PartOfDay::Night => night,
    }
}

/// A stable id suffix for a line field (for `app.id`).
pub fn line_field_id(field: LineField) -> &'static str {
    match field {
        LineField::HoursAWeek => "line-hours",
        LineField::HourlyRate => "line-rate",
        LineField::Weeks => "line-weeks",
        LineField::CostASession => "line-session-cost",
        LineField::SessionsAWeek => "line-sessions",
        LineField::CostEach => "line-cost-each",
        LineField::Number => "line-number",
        LineField::Amount => "line-amount",
        LineField::MilesAWeek => "line-miles",
        LineField::PenceAMile => "line-pence",
    }
}

/// A figure's error in words, built from what the field measures.
pub fn amount_error_message(
    error: AmountError,
    noun: &str,
    kind: FieldKind,
    t: &SupportText,
) -> String {
    let bound = |value: Decimal| {
        if kind.bounds().money {
            money(value)
        } else {
            number(value)
        }
    };
    match error {
        AmountError::Empty => t.error_empty(&noun),
        AmountError::NotANumber => t.error_not_a_number(&noun, &example_of(kind)),
        AmountError::Negative => t.error_negative(&noun),
        AmountError::NotWholeNumber => t.error_not_whole(&noun, &example_of(kind)),
        AmountError::TooManyDecimalPlaces { .. } if kind.bounds().money => t.error_pennies(&noun),
        AmountError::TooManyDecimalPlaces { .. } => t.error_places(&noun),
        AmountError::TooSmall { min } => t.error_too_small(&noun, &bound(min)),
        AmountError::TooLarge { max } => t.error_too_large(&noun, &bound(max)),
        AmountError::MoreThanPlanWeeks { plan_weeks } => t.error_more_than_plan(&plan_weeks),
    }
}

/// A typical figure for a box, for its error message: "like 39" for weeks,
/// "like 5" for a percentage.
pub fn example_of(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::HoursAWeek => "12.5",
        FieldKind::HourlyRate => "13.45",
        FieldKind::Weeks | FieldKind::PlanWeeks => "39",
        FieldKind::Amount => "250.00",
        FieldKind::SessionsAWeek => "2",
        FieldKind::NumberOfBreaks => "4",
        FieldKind::MilesAWeek => "30",
        FieldKind::PenceAMile => "45",
        FieldKind::Percentage => "5",
        FieldKind::PayslipsAYear => "12",
        FieldKind::WeeksOfLeave => "5.6",
    }
}

pub(crate) fn line_field_noun(field: LineField, kind: LineKind, t: &SupportText) -> &'static str {
    match field {
        LineField::HoursAWeek => t.noun_hours,
        LineField::HourlyRate => t.noun_rate,
        LineField::Weeks => t.noun_weeks,
        LineField::CostASession => t.noun_session_cost,
        LineField::SessionsAWeek => t.noun_sessions,
        LineField::CostEach => t.noun_break_cost,
        LineField::Number => t.noun_break_number,
        LineField::Amount if kind == LineKind::Other => t.noun_amount,
        LineField::Amount => t.noun_amount,
        LineField::MilesAWeek => t.noun_miles,
        LineField::PenceAMile => t.noun_pence,
    }
}

pub(crate) fn line_field_kind(field: LineField) -> FieldKind {
    match field {
        LineField::HoursAWeek => FieldKind::HoursAWeek,
        LineField::HourlyRate => FieldKind::HourlyRate,
        LineField::Weeks => FieldKind::Weeks,
        LineField::CostASession | LineField::CostEach | LineField::Amount => FieldKind::Amount,
        LineField::SessionsAWeek => FieldKind::SessionsAWeek,
        LineField::Number => FieldKind::NumberOfBreaks,
        LineField::MilesAWeek => FieldKind::MilesAWeek,
        LineField::PenceAMile => FieldKind::PenceAMile,
    }
}

/// A line's name wherever it appears: the family's own; for holiday cover
/// with no name, "Cover while Sam is on holiday"; for one of several PAs
/// with no name, "PA 2"; otherwise its kind.
pub fn line_name(budget: &BudgetPlan, line: &SupportLine, t: &SupportText) -> String {
    let pairs = cover_pairs(budget);
    let covered = pairs
        .iter()
        .find(|(cover, _)| *cover == line.id)
        .and_then(|(_, pa)| budget.lines.iter().find(|l| l.id == *pa));
    match covered {
        Some(pa) if line.name.trim().is_empty() => t.cover_while(&pa_reference(budget, pa, t).1),
        _ => own_name(budget, &pairs, line, t),
    }
}

/// "Sam: 46 weeks." and "Cover while Sam is on holiday: 6 weeks.", the
/// weeks a counted cover split gives each line, in the words both lines use.
pub fn cover_sentences(budget: &BudgetPlan, split: &CoverSplit, t: &SupportText) -> Vec<String> {
    let (start, name) = covered_pa_reference(budget, split, t);
    split
        .pa_weeks
        .map(|weeks| t.pa_weeks(&start, &weeks))
        .into_iter()
        .chain([t.cover_weeks(&name, &split.cover_weeks)])
        .collect()
}

/// [`pa_reference`] for the PA a split covers.
pub(crate) fn covered_pa_reference(
    budget: &BudgetPlan,
    split: &CoverSplit,
    t: &SupportText,
) -> (String, String) {
    budget
        .lines
        .iter()
        .find(|l| l.id == split.pa_line)
        .map(|pa| pa_reference(budget, pa, t))
        .unwrap_or_default()
}

/// How the cover sentences name a PA: (at the start of a sentence, within
/// one). Their name, or "PA 2" among several, or "Your PA" / "your PA".
pub(crate) fn pa_reference(
    budget: &BudgetPlan,
    pa: &SupportLine,
    t: &SupportText,
) -> (String, String) {
    let name = own_name(budget, &cover_pairs(budget), pa, t);
    if name == kind_text(LineKind::PersonalAssistant, t).name {
        (t.your_pa_start.to_owned(), t.your_pa.to_owned())
    } else {
        (name.clone(), name)
    }
}

fn own_name(
    budget: &BudgetPlan,
    pairs: &[(LineId, LineId)],
    line: &SupportLine,
    t: &SupportText,
) -> String {
    let name = line.name.trim();
    if !name.is_empty() {
        return name.to_owned();
    }
    let kind = line.input.kind();
    if kind == LineKind::PersonalAssistant {
        let pas: Vec<LineId> = budget
            .lines
            .iter()
            .filter(|l| l.input.kind() == LineKind::PersonalAssistant)
            .filter(|l| !pairs.iter().any(|(cover, _)| *cover == l.id))
            .map(|l| l.id)
            .collect();
        if let Some(at) = pas.iter().position(|id| *id == line.id)
            && pas.len() > 1
        {
            return t.pa_number(&(at + 1));
        }
    }
    kind_text(kind, t).name.to_owned()
}

// ---------------------------------------------------------------------------
// View models
// ---------------------------------------------------------------------------

/// One problem to show beside its field and in the error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportFieldError {
    /// The id suffix of the field (pass to `app.id`).
    pub field_id: &'static str,
    pub message: String,
}

/// The summary's list: one entry for each box (`(id, error)`, in page order)
/// that has an error.
pub(crate) fn field_errors<'a>(
    fields: impl IntoIterator<Item = (&'static str, &'a Option<String>)>,
) -> Vec<SupportFieldError> {
    fields
        .into_iter()
        .filter_map(|(field_id, error)| {
            error.as_ref().map(|message| SupportFieldError {
                field_id,
                message: message.clone(),
            })
        })
        .collect()
}
