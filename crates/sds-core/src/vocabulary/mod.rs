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

impl std::fmt::Display for OutcomeId {
    /// The number a family sees ("Outcome 3").
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Which SDS option pays for a line (Option 4 is a plan using more than
/// one). The default is Option 3 because the Act treats a person who does
/// not choose as choosing it (s.5(5)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SdsOption {
    Option1,
    Option2,
    #[default]
    Option3,
}

impl SdsOption {
    pub const ALL: [SdsOption; 3] = [SdsOption::Option1, SdsOption::Option2, SdsOption::Option3];
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
        }
    }
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
