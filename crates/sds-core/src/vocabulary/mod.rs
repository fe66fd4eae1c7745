//! The words every layer shares: the four SDS options, the ids of things a
//! family adds, who is filling the plan in, where it is kept, the task-list
//! statuses and the one shape of a field error. The bottom layer: it imports
//! nothing from the crate.

use serde::{Deserialize, Serialize};

/// A stable key for a support idea (a line of the budget), so the
/// interface never keys on list position. Saved in plan files as a number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct LineId(pub u32);

/// A stable key for an outcome: support ideas link to outcomes by it, so
/// it is never reused within a plan. Saved in plan files as a number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct OutcomeId(pub u32);

/// A stable key for a parent, carer, brother or sister the family names in
/// Our story, so their good and bad day stays theirs when someone else is
/// added or removed. Saved in plan files as a number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct MemberId(pub u32);

impl std::fmt::Display for OutcomeId {
    /// The number a family sees ("Outcome 3").
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The four SDS options. A single support idea is paid for under one of
/// Options 1 to 3; Option 4 is a mix of them, so it names a plan, never one
/// idea (the budget refuses an idea marked Option 4). The default is
/// Option 3 because the Act treats a person who does not choose as choosing
/// it (s.5(5)).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SdsOption {
    Option1,
    Option2,
    #[default]
    Option3,
    Option4,
}

impl SdsOption {
    /// Always this order: 1, 2, 3, 4. No view reorders it.
    pub const ALL: [SdsOption; 4] = [
        SdsOption::Option1,
        SdsOption::Option2,
        SdsOption::Option3,
        SdsOption::Option4,
    ];

    /// The options that can pay for a single support idea.
    pub const ONE_TO_THREE: [SdsOption; 3] =
        [SdsOption::Option1, SdsOption::Option2, SdsOption::Option3];

    /// A stable name for element ids and styling, never shown.
    pub fn key(self) -> &'static str {
        match self {
            SdsOption::Option1 => "option-1",
            SdsOption::Option2 => "option-2",
            SdsOption::Option3 => "option-3",
            SdsOption::Option4 => "option-4",
        }
    }

    /// The option's number, as the chart shows it.
    pub fn number(self) -> &'static str {
        match self {
            SdsOption::Option1 => "1",
            SdsOption::Option2 => "2",
            SdsOption::Option3 => "3",
            SdsOption::Option4 => "4",
        }
    }

    /// Whether one support idea can be paid for under this option.
    pub fn pays_for_one_idea(self) -> bool {
        self != SdsOption::Option4
    }
}

/// Who is filling in the plan. It changes the wording a little and tells a
/// support worker's session apart from a family's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Filler {
    ParentOrCarer,
    YoungPerson,
    SupportWorker,
}

impl Filler {
    pub const ALL: [Filler; 3] = [
        Filler::ParentOrCarer,
        Filler::YoungPerson,
        Filler::SupportWorker,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Filler::ParentOrCarer => "parent_or_carer",
            Filler::YoungPerson => "young_person",
            Filler::SupportWorker => "support_worker",
        }
    }

    pub fn from_id(id: &str) -> Option<Filler> {
        Filler::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// Where the plan is kept between visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keeping {
    /// In this browser's local storage, until deleted.
    #[default]
    OnThisDevice,
    /// A session on a shared device: session storage, gone when the tab
    /// closes, and wiped when the session ends.
    SessionOnly,
}

/// The task-list statuses of the design systems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
    CannotStartYet,
}

impl SectionStatus {
    /// A stable name for styling (the tag colour), never shown.
    pub fn class(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "not-started",
            SectionStatus::InProgress => "in-progress",
            SectionStatus::Completed => "completed",
            SectionStatus::CannotStartYet => "cannot-start",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionId {
    AboutUs,
    OurStory,
    Outcomes,
    Options,
    Support,
    Summary,
    /// "Growing up: planning for 16 and 18": offered on the hub from 14,
    /// beside the plan's sections rather than one of them (not in `ALL`).
    GrowingUp,
}

impl SectionId {
    pub const ALL: [SectionId; 6] = [
        SectionId::AboutUs,
        SectionId::OurStory,
        SectionId::Outcomes,
        SectionId::Options,
        SectionId::Support,
        SectionId::Summary,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SectionId::AboutUs => "about-us",
            SectionId::OurStory => "our-story",
            SectionId::Outcomes => "outcomes",
            SectionId::Options => "options",
            SectionId::Support => "support",
            SectionId::Summary => "summary",
            SectionId::GrowingUp => "growing-up",
        }
    }

    /// The section after this one in the plan, if any.
    pub fn next(self) -> Option<SectionId> {
        let at = SectionId::ALL.iter().position(|s| *s == self)?;
        SectionId::ALL.get(at + 1).copied()
    }
}

/// Where a family goes when they finish a section: on to the next one, or
/// back to the plan (the hub), which then shows the section they finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Onward {
    NextSection,
    Plan,
}

/// One problem to show beside its field and in the error summary.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field_id: &'static str,
    pub message: &'static str,
}
/// What a step's reducer asks of the app after an action: the steps know
/// their own pages, and only the app knows the screens around them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next<P> {
    /// Stay on the page.
    Stay,
    /// "Save" found problems: stay, and show them with the error summary.
    ShowErrors,
    /// Go to another page of the same step.
    Page(P),
    /// Back to the plan (the hub).
    Plan,
}
