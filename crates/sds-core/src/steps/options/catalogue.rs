//! The options catalogue: what each option means, fact by fact, and how a
//! council's local picture narrows it.

use crate::council::config::CouncilConfig;
use crate::text::Text;
use crate::text::options::{OptionFactsText, OptionsText};
use crate::vocabulary::SdsOption;

// ---------------------------------------------------------------------------
// The options catalogue (sds-facts.md §2, §5, §6, §8).

/// What the catalogue says about one of the four options.
pub fn facts(option: SdsOption, t: &OptionsText) -> &'static OptionFactsText {
    match option {
        SdsOption::Option1 => t.option_1,
        SdsOption::Option2 => t.option_2,
        SdsOption::Option3 => t.option_3,
        SdsOption::Option4 => t.option_4,
    }
}

/// The things every option says something about: the rows of the
/// comparison table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    WhoChooses,
    WhoArranges,
    WhoHoldsMoney,
    EmployStaff,
    Paperwork,
    UseFor,
    WorkerOff,
}

impl Fact {
    pub const ALL: [Fact; 7] = [
        Fact::WhoChooses,
        Fact::WhoArranges,
        Fact::WhoHoldsMoney,
        Fact::EmployStaff,
        Fact::Paperwork,
        Fact::UseFor,
        Fact::WorkerOff,
    ];

    pub fn label(self, t: &OptionsText) -> &'static str {
        match self {
            Fact::WhoChooses => t.fact_who_chooses,
            Fact::WhoArranges => t.fact_who_arranges,
            Fact::WhoHoldsMoney => t.fact_who_holds_money,
            Fact::EmployStaff => t.fact_employ_staff,
            Fact::Paperwork => t.fact_paperwork,
            Fact::UseFor => t.fact_use_for,
            Fact::WorkerOff => t.fact_worker_off,
        }
    }

    /// Where the fact comes from, in shared/domain/sds-facts.md.
    pub fn source(self) -> &'static str {
        match self {
            Fact::WhoChooses | Fact::WhoArranges | Fact::WhoHoldsMoney | Fact::EmployStaff => {
                "sds-facts.md §2"
            }
            Fact::Paperwork => "sds-facts.md §2, §6",
            Fact::UseFor => "sds-facts.md §2, §5, §8",
            Fact::WorkerOff => "sds-facts.md §6",
        }
    }

    pub fn of(self, facts: &OptionFactsText) -> &'static str {
        match self {
            Fact::WhoChooses => facts.who_chooses,
            Fact::WhoArranges => facts.who_arranges,
            Fact::WhoHoldsMoney => facts.who_holds_money,
            Fact::EmployStaff => facts.employ_staff,
            Fact::Paperwork => facts.paperwork,
            Fact::UseFor => facts.use_for,
            Fact::WorkerOff => facts.worker_off,
        }
    }
}

// ---------------------------------------------------------------------------
// Local availability: what a council offers can narrow the catalogue.

/// Whether an option can be had locally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Availability {
    /// Nothing is known: ask the council (the built-in default).
    #[default]
    AskYourCouncil,
    Available,
    /// For example a council with no Option 3 services (sds-facts.md §8).
    NotCurrentlyAvailable,
}

/// One option's local picture: whether it is available, and a note in the
/// council's words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalOption {
    pub availability: Availability,
    pub note: Option<String>,
}

/// A council's local picture of the options. Council configuration files
/// come later; until then `LocalAvailability::default()` is used, which says
/// "ask your council what is available" for every option.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalAvailability {
    pub option_1: LocalOption,
    pub option_2: LocalOption,
    pub option_3: LocalOption,
    /// Families may use providers in neighbouring council areas.
    pub neighbouring_providers: bool,
    /// A general note from the council.
    pub note: Option<String>,
}

impl LocalAvailability {
    /// A mix is available when at least two of its parts might be.
    pub fn of(&self, option: SdsOption) -> Availability {
        let part = |o: &LocalOption| o.availability;
        match option {
            SdsOption::Option1 => part(&self.option_1),
            SdsOption::Option2 => part(&self.option_2),
            SdsOption::Option3 => part(&self.option_3),
            SdsOption::Option4 => {
                let parts = [
                    part(&self.option_1),
                    part(&self.option_2),
                    part(&self.option_3),
                ];
                let open = parts
                    .iter()
                    .filter(|a| **a != Availability::NotCurrentlyAvailable)
                    .count();
                if open < 2 {
                    Availability::NotCurrentlyAvailable
                } else if parts.iter().all(|a| *a == Availability::Available) {
                    Availability::Available
                } else {
                    Availability::AskYourCouncil
                }
            }
        }
    }

    fn note_for(&self, option: SdsOption) -> Option<String> {
        match option {
            SdsOption::Option1 => self.option_1.note.clone(),
            SdsOption::Option2 => self.option_2.note.clone(),
            SdsOption::Option3 => self.option_3.note.clone(),
            SdsOption::Option4 => None,
        }
    }
}

/// The local picture from the council's configuration; without one, the
/// built-in default ("ask your council") for every option.
pub fn local_availability(council: Option<&CouncilConfig>) -> LocalAvailability {
    let Some(council) = council else {
        return LocalAvailability::default();
    };
    let part = |option: SdsOption| {
        council
            .options
            .iter()
            .find(|o| o.option == option)
            .map(|o| LocalOption {
                availability: if o.available {
                    Availability::Available
                } else {
                    Availability::NotCurrentlyAvailable
                },
                note: (!o.note.is_empty()).then(|| o.note.clone()),
            })
            .unwrap_or_default()
    };
    LocalAvailability {
        option_1: part(SdsOption::Option1),
        option_2: part(SdsOption::Option2),
        option_3: part(SdsOption::Option3),
        neighbouring_providers: false,
        note: (!council.options_note.is_empty()).then(|| council.options_note.clone()),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilityView {
    pub availability: Availability,
    pub label: &'static str,
    /// The council's own note for this option, if any.
    pub note: Option<String>,
}

fn availability_view(
    local: &LocalAvailability,
    option: SdsOption,
    t: &OptionsText,
) -> AvailabilityView {
    let availability = local.of(option);
    AvailabilityView {
        availability,
        label: match availability {
            Availability::AskYourCouncil => t.available_ask,
            Availability::Available => t.available_yes,
            Availability::NotCurrentlyAvailable => t.available_not_now,
        },
        note: local.note_for(option),
    }
}

// ---------------------------------------------------------------------------
// The comparison (table on wide screens, cards on phones).

#[derive(Debug, Clone, PartialEq)]
pub struct FactCell {
    pub fact: Fact,
    pub label: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionColumn {
    pub id: SdsOption,
    pub name: &'static str,
    pub also_called: &'static str,
    pub facts: Vec<FactCell>,
    pub availability: AvailabilityView,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonView {
    /// Always Options 1, 2, 3, 4 in that order.
    pub columns: Vec<OptionColumn>,
    /// Notes about the local picture, in order (the default says "ask your
    /// council what is available").
    pub local_notes: Vec<String>,
}

pub fn comparison(local: &LocalAvailability, t: &Text) -> ComparisonView {
    let o = t.options;
    let columns = SdsOption::ALL
        .into_iter()
        .map(|id| {
            let facts = facts(id, o);
            OptionColumn {
                id,
                name: facts.name,
                also_called: facts.also_called,
                facts: Fact::ALL
                    .into_iter()
                    .map(|fact| FactCell {
                        fact,
                        label: fact.label(o),
                        text: fact.of(facts),
                    })
                    .collect(),
                availability: availability_view(local, id, o),
            }
        })
        .collect();
    let mut local_notes = Vec::new();
    if let Some(note) = &local.note {
        local_notes.push(note.clone());
    }
    if local.neighbouring_providers {
        local_notes.push(o.local_neighbouring.to_owned());
    }
    if *local == LocalAvailability::default() {
        local_notes.push(o.local_default.to_owned());
    }
    ComparisonView {
        columns,
        local_notes,
    }
}
