//! The flexibility and responsibility chart, as numbers and words.

use crate::text::Text;
use crate::text::options::OptionsText;
use crate::vocabulary::SdsOption;

use super::{LocalAvailability, facts, not_available_note, options_in_costs, options_named};
use crate::plan::Plan;

// ---------------------------------------------------------------------------
// Flexibility and responsibility (sds-facts.md §2: they rise together;
// Option 1 has the most of both, Option 3 the least).

/// Where an option sits on the chart, from 0 (none) to 10 (the most).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub flexibility: u8,
    pub responsibility: u8,
}

/// Where Options 1 to 3 sit: on the diagonal, because flexibility and
/// responsibility go together, Option 3 lowest, Option 1 highest and
/// Option 2 between them. Option 4 is not a point but a band between the
/// options it mixes (see `chart`); asked for on its own, this gives the
/// middle of the widest band, from Option 3 to Option 1.
pub fn position(option: SdsOption) -> Position {
    let on_the_diagonal = |level| Position {
        flexibility: level,
        responsibility: level,
    };
    match option {
        SdsOption::Option1 => on_the_diagonal(9),
        SdsOption::Option2 => on_the_diagonal(6),
        SdsOption::Option3 => on_the_diagonal(2),
        SdsOption::Option4 => between(on_the_diagonal(2), on_the_diagonal(9)),
    }
}

/// Halfway from `a` to `b`, rounded down.
fn between(a: Position, b: Position) -> Position {
    let half = |x: u8, y: u8| x.min(y) + x.abs_diff(y) / 2;
    Position {
        flexibility: half(a.flexibility, b.flexibility),
        responsibility: half(a.responsibility, b.responsibility),
    }
}

/// A level in words, for the text alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub fn of(value: u8) -> Level {
        match value {
            0..=3 => Level::Low,
            4..=6 => Level::Medium,
            _ => Level::High,
        }
    }

    pub fn label(self, t: &OptionsText) -> &'static str {
        match self {
            Level::Low => t.level_low,
            Level::Medium => t.level_medium,
            Level::High => t.level_high,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub id: SdsOption,
    pub name: &'static str,
    pub short: &'static str,
    pub at: Position,
    pub flexibility: &'static str,
    pub responsibility: &'static str,
    /// "Not currently available in your area", from the council's
    /// configuration; drawn as an outline rather than a filled mark.
    pub not_available: Option<&'static str>,
    /// The family is thinking about this option: ringed, and said.
    pub considering: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartView {
    pub title: &'static str,
    pub x_axis: &'static str,
    pub y_axis: &'static str,
    /// Options 1, 2 and 3.
    pub points: Vec<ChartPoint>,
    /// Option 4: a band from the least to the most flexible of the options
    /// it mixes.
    pub mix_from: Position,
    pub mix_to: Position,
    /// Where Option 4's mark sits: on its band, between two options, so it
    /// covers neither.
    pub mix_mark: Position,
    pub mix_name: &'static str,
    pub mix_short: &'static str,
    /// Option 4's row of the text alternative.
    pub mix_flexibility: String,
    pub mix_responsibility: String,
    pub mix_not_available: Option<&'static str>,
    /// The sentences the picture says, for everyone.
    pub summary: Vec<String>,
}

/// The chart. Option 4's band spans the options the support ideas use when
/// they use two or more (that is the family's mix), otherwise the whole
/// range from Option 3 to Option 1. What the family is only thinking about
/// is not a mix and does not move it.
pub fn chart(plan: &Plan, local: &LocalAvailability, t: &Text) -> ChartView {
    let o = t.options;
    let points: Vec<ChartPoint> = SdsOption::ONE_TO_THREE
        .into_iter()
        .map(|option| {
            let at = position(option);
            ChartPoint {
                id: option,
                name: facts(option, o).name,
                short: facts(option, o).short,
                at,
                flexibility: Level::of(at.flexibility).label(o),
                responsibility: Level::of(at.responsibility).label(o),
                not_available: not_available_note(local, option, t),
                considering: plan
                    .options
                    .considering
                    .contains(&option)
                    .then_some(o.chart_considering),
            }
        })
        .collect();
    let used = options_in_costs(plan);
    let is_mix = used.len() >= 2;
    let mixed: Vec<SdsOption> = if is_mix {
        used
    } else {
        SdsOption::ONE_TO_THREE.to_vec()
    };
    // The band runs from the least to the most flexible option it mixes;
    // the mark sits between its lower end and the next option drawn above
    // it (mixed or not), so it covers no option's own mark.
    let flexibility = |m: &SdsOption| position(*m).flexibility;
    let least = mixed
        .iter()
        .min_by_key(|m| flexibility(m))
        .copied()
        .unwrap_or(SdsOption::Option3);
    let most = mixed
        .iter()
        .max_by_key(|m| flexibility(m))
        .copied()
        .unwrap_or(SdsOption::Option1);
    let next = SdsOption::ONE_TO_THREE
        .into_iter()
        .filter(|m| flexibility(m) > flexibility(&least))
        .min_by_key(flexibility)
        .unwrap_or(most);
    let (from, to) = (position(least), position(most));
    let name = |option: SdsOption| option.number();
    let range = |a: u8, b: u8| {
        o.chart_mix_range(
            &Level::of(a).label(o),
            &name(least),
            &Level::of(b).label(o),
            &name(most),
        )
    };
    let mut summary = vec![o.chart_summary.to_owned()];
    summary.push(if is_mix {
        o.chart_mix_yours(&options_named(&mixed, t))
    } else {
        o.chart_mix_any.to_owned()
    });
    summary.extend(
        points
            .iter()
            .filter(|p| p.not_available.is_some())
            .map(|p| o.chart_not_available(&p.short)),
    );
    ChartView {
        title: o.chart_title,
        x_axis: o.chart_x_axis,
        y_axis: o.chart_y_axis,
        points,
        mix_from: from,
        mix_to: to,
        mix_mark: between(position(least), position(next)),
        mix_name: o.option_4.name,
        mix_short: o.option_4.short,
        mix_flexibility: range(from.flexibility, to.flexibility),
        mix_responsibility: range(from.responsibility, to.responsibility),
        mix_not_available: not_available_note(local, SdsOption::Option4, t),
        summary,
    }
}
