//! "What we want to change" as the plan holds it: the family's outcomes in
//! their own words, each linked to wellbeing indicators (sds-facts.md §4).

use serde::{Deserialize, Serialize};

use crate::text::Text;
use crate::vocabulary::OutcomeId;

/// The changes the family wants (saved in the plan). Support lines link to
/// outcomes by `Outcome::id` (`SupportLine::outcome_ids`), so ids are never
/// reused within a plan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcomes {
    pub items: Vec<Outcome>,
    /// The id the next outcome gets.
    pub next_id: u32,
    /// Keys of suggestions the family chose to ignore; they stay hidden.
    pub dismissed: Vec<String>,
    /// The family's answer to "Have you finished this section?".
    pub finished: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcome {
    pub id: OutcomeId,
    /// In the family's own words, for example "Sam can go to a club with
    /// friends after school".
    pub words: String,
    /// In the order of `Indicator::ALL`, each at most once.
    pub indicators: Vec<Indicator>,
    pub for_whom: Option<ForWhom>,
    pub how_we_know: String,
    /// The key of the suggestion it was made from, if any.
    pub suggestion: Option<String>,
}

/// The eight GIRFEC wellbeing indicators, SHANARRI (sds-facts.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    Safe,
    Healthy,
    Achieving,
    Nurtured,
    Active,
    Respected,
    Responsible,
    Included,
}

impl Indicator {
    pub const ALL: [Indicator; 8] = [
        Indicator::Safe,
        Indicator::Healthy,
        Indicator::Achieving,
        Indicator::Nurtured,
        Indicator::Active,
        Indicator::Respected,
        Indicator::Responsible,
        Indicator::Included,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Indicator::Safe => "safe",
            Indicator::Healthy => "healthy",
            Indicator::Achieving => "achieving",
            Indicator::Nurtured => "nurtured",
            Indicator::Active => "active",
            Indicator::Respected => "respected",
            Indicator::Responsible => "responsible",
            Indicator::Included => "included",
        }
    }

    pub fn name(self, t: &Text) -> &'static str {
        let o = t.outcomes;
        match self {
            Indicator::Safe => o.safe,
            Indicator::Healthy => o.healthy,
            Indicator::Achieving => o.achieving,
            Indicator::Nurtured => o.nurtured,
            Indicator::Active => o.active,
            Indicator::Respected => o.respected,
            Indicator::Responsible => o.responsible,
            Indicator::Included => o.included,
        }
    }

    pub fn description(self, t: &Text) -> &'static str {
        let o = t.outcomes;
        match self {
            Indicator::Safe => o.safe_hint,
            Indicator::Healthy => o.healthy_hint,
            Indicator::Achieving => o.achieving_hint,
            Indicator::Nurtured => o.nurtured_hint,
            Indicator::Active => o.active_hint,
            Indicator::Respected => o.respected_hint,
            Indicator::Responsible => o.responsible_hint,
            Indicator::Included => o.included_hint,
        }
    }
}

/// Who an outcome is mainly for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForWhom {
    Child,
    ParentOrCarer,
    Sibling,
    WholeFamily,
}

impl ForWhom {
    /// Whether the GIRFEC wellbeing indicators belong to the outcome: they
    /// describe the child's wellbeing, so a parent's or a brother's or
    /// sister's outcome (a carer's or family outcome) has none. Not yet
    /// said (`None`) is treated as the child's.
    pub fn has_wellbeing(for_whom: Option<ForWhom>) -> bool {
        matches!(for_whom, None | Some(ForWhom::Child | ForWhom::WholeFamily))
    }

    pub const ALL: [ForWhom; 4] = [
        ForWhom::Child,
        ForWhom::ParentOrCarer,
        ForWhom::Sibling,
        ForWhom::WholeFamily,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ForWhom::Child => "child",
            ForWhom::ParentOrCarer => "parent",
            ForWhom::Sibling => "sibling",
            ForWhom::WholeFamily => "family",
        }
    }

    pub fn label(self, t: &Text) -> &'static str {
        match self {
            ForWhom::Child => t.outcomes.for_child,
            ForWhom::ParentOrCarer => t.outcomes.for_parent,
            ForWhom::Sibling => t.outcomes.for_sibling,
            ForWhom::WholeFamily => t.outcomes.for_family,
        }
    }
}
