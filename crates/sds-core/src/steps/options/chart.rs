//! The flexibility and responsibility chart, as numbers and words.

use crate::text::Text;
use crate::text::options::OptionsText;
use crate::vocabulary::SdsOption;

use super::{OptionsThinking, facts};

// ---------------------------------------------------------------------------
// Flexibility and responsibility (sds-facts.md §2: they rise together;
// Option 1 has the most of both, Option 3 the least).

/// Where an option sits on the chart, from 0 (none) to 10 (the most).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub flexibility: u8,
    pub responsibility: u8,
}

/// The positions of Options 1 to 3. Option 4 is a range between the
/// options it mixes, drawn from their positions; on its own it sits in the
/// middle of the whole range.
pub fn position(option: SdsOption) -> Position {
    match option {
        SdsOption::Option1 => Position {
            flexibility: 9,
            responsibility: 9,
        },
        SdsOption::Option2 => Position {
            flexibility: 6,
            responsibility: 4,
        },
        SdsOption::Option3 => Position {
            flexibility: 2,
            responsibility: 2,
        },
        SdsOption::Option4 => Position {
            flexibility: 5,
            responsibility: 5,
        },
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartView {
    pub title: &'static str,
    pub x_axis: &'static str,
    pub y_axis: &'static str,
    /// Options 1, 2 and 3.
    pub points: Vec<ChartPoint>,
    /// Option 4: from the least to the most flexible of the options it
    /// mixes.
    pub mix_from: Position,
    pub mix_to: Position,
    pub mix_name: &'static str,
    pub mix_short: &'static str,
    /// Option 4's row of the text alternative.
    pub mix_flexibility: String,
    pub mix_responsibility: String,
    /// The sentences the picture says, for everyone.
    pub summary: Vec<String>,
}

/// The chart. Option 4 spans the options the family is thinking about if
/// they ticked two or more, otherwise the whole range from Option 3 to
/// Option 1.
pub fn chart(thinking: &OptionsThinking, t: &Text) -> ChartView {
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
            }
        })
        .collect();
    let mixed: Vec<SdsOption> = if thinking.is_mix() {
        thinking.considering.clone()
    } else {
        SdsOption::ONE_TO_THREE.to_vec()
    };
    let by_flexibility = |a: &&SdsOption| position(**a).flexibility;
    let least = mixed
        .iter()
        .min_by_key(by_flexibility)
        .copied()
        .unwrap_or(SdsOption::Option3);
    let most = mixed
        .iter()
        .max_by_key(by_flexibility)
        .copied()
        .unwrap_or(SdsOption::Option1);
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
    summary.push(if thinking.is_mix() {
        let numbers: Vec<&str> = mixed.iter().map(|m| name(*m)).collect();
        o.chart_mix_yours(&t.locale.and_list(&numbers))
    } else {
        o.chart_mix_any.to_owned()
    });
    ChartView {
        title: o.chart_title,
        x_axis: o.chart_x_axis,
        y_axis: o.chart_y_axis,
        points,
        mix_from: from,
        mix_to: to,
        mix_name: o.option_4.name,
        mix_short: o.option_4.short,
        mix_flexibility: range(from.flexibility, to.flexibility),
        mix_responsibility: range(from.responsibility, to.responsibility),
        summary,
    }
}
