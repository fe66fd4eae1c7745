//! One idea's question page, "What kind of support is it?" and "Remove
//! this idea?".

use super::*;

/// One typed figure on a question page: `field` says which, for an idea
/// ([`LineField`]) or for the settings ([`SettingsField`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldView<F = LineField> {
    pub field: F,
    pub id: &'static str,
    pub label: &'static str,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    /// "£" before the box, for money.
    pub money: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceView<T> {
    pub value: T,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub checked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionChoice {
    /// A PA: no choice, with the reason.
    Option1Only {
        heading: &'static str,
        reason: &'static str,
    },
    Choose {
        /// Under the question: no option is better, and what not choosing
        /// means where the family lives.
        hint: &'static str,
        choices: Vec<ChoiceView<SdsOption>>,
        /// Set when the idea is marked Option 4 (only a plan file can do that).
        error: Option<&'static str>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeChoice {
    pub id: OutcomeId,
    pub words: String,
    pub checked: bool,
}

/// One day of the "when" grid: a row of parts of the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayChoice {
    pub day: Weekday,
    pub label: &'static str,
    /// "Mon", for the grid's narrow first column.
    pub short: &'static str,
    pub parts: Vec<SlotChoice>,
}

/// One cell of the grid, named in full for a screen reader ("Monday
/// morning").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotChoice {
    pub slot: WeekSlot,
    pub name: String,
    pub checked: bool,
}

/// The id suffix of the "What kind of support is it?" radios.
pub const KIND_FIELD_ID: &str = "support-kind";

/// "What kind of support is it?": one choice per kind, with examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChooseKindView {
    pub choices: Vec<ChoiceView<LineKind>>,
    pub errors: Vec<SupportFieldError>,
}

/// The page with `chosen` ticked; "Select the kind of support" once the
/// family has tried to continue without choosing.
pub fn choose_kind(chosen: Option<LineKind>, tried_to_save: bool, t: &Text) -> ChooseKindView {
    let s = t.support;
    let errors = if tried_to_save && chosen.is_none() {
        vec![SupportFieldError {
            field_id: KIND_FIELD_ID,
            message: s.choose_missing.to_owned(),
        }]
    } else {
        Vec::new()
    };
    ChooseKindView {
        choices: LineKind::ALL
            .into_iter()
            .map(|kind| {
                let words = kind_text(kind, s);
                ChoiceView {
                    value: kind,
                    label: words.name,
                    hint: Some(words.examples),
                    checked: chosen == Some(kind),
                }
            })
            .collect(),
        errors,
    }
}

/// The question page for one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineView {
    pub id: LineId,
    pub kind: LineKind,
    pub heading: &'static str,
    pub examples: &'static str,
    pub name: String,
    pub fields: Vec<FieldView>,
    pub aged_22_or_over: Option<bool>,
    pub break_unit: Option<BreakUnit>,
    pub basis: Option<AmountBasis>,
    pub option: OptionChoice,
    pub outcomes: Vec<OutcomeChoice>,
    /// Shown when there are no outcomes to link.
    pub no_outcomes: Option<&'static str>,
    pub week: Vec<DayChoice>,
    /// Every problem, in page order: beside the fields and in the summary.
    pub errors: Vec<SupportFieldError>,
    pub cost: Option<String>,
    /// For holiday cover, and the PA it covers: the weeks each is costed
    /// for, in words (a cover line has no weeks box: the rule decides).
    pub cover: Vec<String>,
    pub notices: Vec<String>,
}

/// The page for line `id`. Blank required boxes are only reported once the
/// family has tried to save (`tried_to_save`); other mistakes show as they
/// type.
fn with_council_note(hint: String, note: Option<String>) -> String {
    match note {
        Some(note) => format!("{hint} {note}"),
        None => hint,
    }
}

/// The council's funded PA rate and what it covers, labelled as its figure.
fn council_pa_note(council: Option<&CouncilConfig>, s: &SupportText) -> Option<String> {
    let council = council?;
    let rate = council.pa_hourly_rate?;
    let note = s.council_pa_rate(&council.council_name, &money(rate));
    Some(if council.pa_rate_covers.is_empty() {
        note
    } else {
        format!("{note} {}", council.pa_rate_covers)
    })
}

/// The council's example provider rates, labelled as its figures.
fn council_provider_note(council: Option<&CouncilConfig>, s: &SupportText) -> Option<String> {
    let council = council?;
    if council.provider_rates.is_empty() {
        return None;
    }
    let list: Vec<String> = council
        .provider_rates
        .iter()
        .map(|p| format!("{} {}", p.name, money(p.hourly_rate)))
        .collect();
    Some(s.council_provider_rates(&council.council_name, &list.join("; ")))
}

pub fn line(
    plan: &Plan,
    council: Option<&CouncilConfig>,
    id: LineId,
    tried_to_save: bool,
    t: &Text,
) -> Option<LineView> {
    let s = t.support;
    let budget = &plan.support;
    let line = budget.lines.iter().find(|l| l.id == id)?;
    let rates = rates(budget);
    let plan_weeks = plan_weeks_or_longest(budget);
    let kind = line.input.kind();
    let errors_found = checked_values(budget, line, plan_weeks, &rates)
        .err()
        .unwrap_or_default();
    let breakdown = compute(budget, &rates).ok();
    let split = breakdown.as_ref().and_then(|b| {
        b.covers
            .iter()
            .find(|c| c.pa_line == id || c.cover_line == id)
            .copied()
    });
    let is_cover = split.is_some_and(|c| c.cover_line == id);
    let error_for = |field: LineField, text: &str| -> Option<String> {
        errors_found.iter().find_map(|e| match e {
            LineError::Field { field: f, error } if *f == field => {
                if *error == AmountError::Empty && !tried_to_save && text.trim().is_empty() {
                    None
                } else {
                    Some(amount_error_message(
                        *error,
                        line_field_noun(field, kind, s),
                        line_field_kind(field),
                        s,
                    ))
                }
            }
            _ => None,
        })
    };
    let year = tax_year_label(budget.settings.tax_year);
    let field = |field: LineField, label: &'static str, hint: String, text: &str| FieldView {
        field,
        id: line_field_id(field),
        label,
        hint,
        value: text.to_owned(),
        error: error_for(field, text),
        money: line_field_kind(field).bounds().money,
    };
    let weeks_hint = s.weeks_hint(&plan_weeks);
    let mut aged_22_or_over = None;
    let mut break_unit = None;
    let mut basis = None;
    let fields = match &line.input {
        LineInput::PersonalAssistant(i) => {
            aged_22_or_over = Some(i.aged_22_or_over);
            vec![
                field(
                    LineField::HoursAWeek,
                    s.hours_label,
                    s.hours_hint_pa.into(),
                    &i.hours_a_week,
                ),
                field(
                    LineField::HourlyRate,
                    s.pa_rate_label,
                    with_council_note(
                        s.pa_rate_hint(&money(rates.pa_minimum_hourly.value), &year),
                        council_pa_note(council, s),
                    ),
                    &i.hourly_rate,
                ),
                field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
            ]
        }
        LineInput::ProviderHours(i) => vec![
            field(
                LineField::HoursAWeek,
                s.hours_label,
                s.hours_hint_provider.into(),
                &i.hours_a_week,
            ),
            field(
                LineField::HourlyRate,
                s.provider_rate_label,
                with_council_note(
                    s.provider_rate_hint.into(),
                    council_provider_note(council, s),
                ),
                &i.hourly_rate,
            ),
            field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
        ],
        LineInput::Activity(i) => vec![
            field(
                LineField::CostASession,
                s.session_cost_label,
                s.session_cost_hint.into(),
                &i.cost_a_session,
            ),
            field(
                LineField::SessionsAWeek,
                s.sessions_label,
                s.sessions_hint.into(),
                &i.sessions_a_week,
            ),
            field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
        ],
        LineInput::ShortBreaks(i) => {
            break_unit = Some(i.unit);
            vec![
                field(
                    LineField::CostEach,
                    s.break_cost_label,
                    s.break_cost_hint.into(),
                    &i.cost_each,
                ),
                field(
                    LineField::Number,
                    s.break_number_label,
                    s.break_number_hint.into(),
                    &i.number,
                ),
            ]
        }
        LineInput::OneOff(i) => vec![field(
            LineField::Amount,
            s.one_off_label,
            s.one_off_hint.into(),
            &i.amount,
        )],
        LineInput::Travel(i) => vec![
            field(
                LineField::MilesAWeek,
                s.miles_label,
                s.miles_hint.into(),
                &i.miles_a_week,
            ),
            field(
                LineField::PenceAMile,
                s.pence_label,
                s.pence_hint(&pence(rates.mileage_pence_a_mile.value)),
                &i.pence_a_mile,
            ),
            field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks),
        ],
        LineInput::Other(i) => {
            basis = Some(i.basis);
            let mut fields = vec![field(
                LineField::Amount,
                s.other_amount_label,
                s.other_amount_hint.into(),
                &i.amount,
            )];
            if i.basis == AmountBasis::AWeek {
                fields.push(field(LineField::Weeks, s.weeks_label, weeks_hint, &i.weeks));
            }
            fields
        }
    };
    let mut fields = fields;
    if is_cover {
        fields.retain(|f| f.field != LineField::Weeks);
    }
    let cover = match split {
        None => Vec::new(),
        Some(split) => {
            let (start, name) = covered_pa_reference(budget, &split, s);
            if split.counted {
                let mut words = cover_sentences(budget, &split, s);
                words.push(s.cover_explained(&start, &name));
                words
            } else {
                // Until the cover can be costed, the PA keeps every week.
                vec![s.cover_not_counted(&name, &split.cover_weeks)]
            }
        }
    };
    let option = if kind == LineKind::PersonalAssistant {
        OptionChoice::Option1Only {
            heading: s.pa_option_heading,
            reason: s.pa_option_explained,
        }
    } else {
        let not_offered = |o: SdsOption| council.is_some_and(|c| c.does_not_offer(o));
        OptionChoice::Choose {
            hint: if not_offered(SdsOption::Option3) {
                s.option_hint_no_option_3
            } else {
                s.option_hint
            },
            choices: SdsOption::ONE_TO_THREE
                .into_iter()
                .map(|o| ChoiceView {
                    value: o,
                    label: option_name(o, s),
                    hint: Some(if not_offered(o) {
                        s.option_not_offered_hint
                    } else {
                        option_hint(o, s)
                    }),
                    checked: line.option == Some(o),
                })
                .collect(),
            // Not chosen is an error only once the family tries to save:
            // the idea cannot be costed without an option.
            error: if errors_found.contains(&LineError::Option4ForOneIdea) {
                Some(s.error_option_4_for_one_idea)
            } else if tried_to_save && errors_found.contains(&LineError::NoOptionChosen) {
                Some(s.error_no_option)
            } else {
                None
            },
        }
    };
    let outcomes: Vec<OutcomeChoice> = plan
        .outcomes
        .items
        .iter()
        .filter(|o| !o.words.trim().is_empty())
        .map(|o| OutcomeChoice {
            id: o.id,
            words: o.words.trim().to_owned(),
            checked: line.outcome_ids.contains(&o.id),
        })
        .collect();
    // A one-off purchase happens once, not in a typical week.
    let week_days = if kind == LineKind::OneOff {
        Vec::new()
    } else {
        Weekday::ALL.to_vec()
    };
    let week = week_days
        .into_iter()
        .map(|day| DayChoice {
            day,
            label: day_name(day, s),
            short: day_short_name(day, s),
            parts: PartOfDay::ALL
                .into_iter()
                .map(|part| {
                    let slot = WeekSlot { day, part };
                    SlotChoice {
                        slot,
                        name: s.day_and_part(&day_name(day, s), &part_name(part, s)),
                        checked: line.week.contains(&slot),
                    }
                })
                .collect(),
        })
        .collect();
    let mut errors = field_errors(fields.iter().map(|f| (f.id, &f.error)));
    if let OptionChoice::Choose {
        error: Some(message),
        ..
    } = &option
    {
        errors.push(SupportFieldError {
            field_id: "line-option-1",
            message: (*message).to_owned(),
        });
    }
    if errors_found.contains(&LineError::CostTooLarge) {
        errors.push(SupportFieldError {
            field_id: fields.first().map_or("line-name", |f| f.id),
            message: s.error_too_large_to_cost.to_owned(),
        });
    }
    let result = breakdown
        .as_ref()
        .and_then(|b| b.lines.iter().find(|l| l.id == id).map(|l| (b, &l.result)));
    let (cost, notices) = match result {
        Some((b, LineResult::Costed(costed))) => (
            Some(idea_cost_words(b, costed, s)),
            costed
                .notices
                .iter()
                .map(|n| match n {
                    LineNotice::RateBelowPaMinimum { minimum } => {
                        s.pa_below_minimum(&money(minimum.value))
                    }
                })
                .collect(),
        ),
        _ => (None, Vec::new()),
    };
    let kind_words = kind_text(kind, s);
    Some(LineView {
        id,
        kind,
        heading: kind_words.heading,
        examples: kind_words.examples,
        name: line.name.clone(),
        fields,
        aged_22_or_over,
        break_unit,
        basis,
        option,
        no_outcomes: outcomes.is_empty().then_some(s.no_outcomes),
        outcomes,
        week,
        errors,
        cost,
        cover,
        notices,
    })
}

/// The question before removing an idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoveView {
    pub title: String,
    pub body: &'static str,
}

pub fn remove(plan: &Plan, id: LineId, t: &Text) -> Option<RemoveView> {
    let s = t.support;
    let line = plan.support.lines.iter().find(|l| l.id == id)?;
    Some(RemoveView {
        title: s.remove_title(&line_name(&plan.support, line, s)),
        body: s.remove_body,
    })
}
