//! The app's state and the one reducer that changes it. The web shell keeps a
//! `Model` in a Yew reducer, sends `Action`s, and performs the effects
//! (storage, focus) the model asks for.

use std::rc::Rc;

use crate::council::config::{ConfigReading, CouncilConfig};
use crate::council::council_by_id;
use crate::plan::Plan;
use crate::plan::file::{self as plan_file, OpenError};
use crate::steps::about;
use crate::steps::costs::{self, CostsAction, CostsScreen};
use crate::steps::growing_up::{self, GrowingUpAction};
use crate::steps::options::{self, OptionsAction, OptionsScreen};
use crate::steps::outcomes::{self, OutcomesAction, OutcomesScreen};
use crate::steps::story::{self, StoryAction, StoryScreen};
use crate::steps::summary::SupportWorker;
use crate::steps::support::{self, SupportAction, SupportScreen};
use crate::text::Language;
use crate::vocabulary::{Filler, Keeping, Next, Onward, SectionId};

/// Which screen is showing. The shell keeps its address (see
/// `app::address`) in the URL fragment on the tool's own page, and only in
/// the history's state on a council's page, whose address it never changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Hub,
    AboutUs,
    DeleteEverything,
    Story(StoryScreen),
    Outcomes(OutcomesScreen),
    Options(OptionsScreen),
    Support(SupportScreen),
    Costs(CostsScreen),
    Summary,
    /// "Growing up: planning for 16 and 18".
    GrowingUp,
    Privacy,
    /// A file was chosen while a plan is in progress: replace it or not?
    ReplaceWithFile,
    StartSession,
    EndSession,
}

/// Whether answers are reaching this browser's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Saving {
    #[default]
    OnThisDevice,
    /// Storage is blocked or full: the plan lives in memory only.
    NotSaving,
}

/// A message shown once at the top of the hub until it is hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    BrokenDataKept,
    NewerVersionKept,
    EverythingDeleted,
    FileOpened,
    FileNotOpened(OpenError),
    SessionStarted,
    SessionEnded,
    /// A session ended on a shared device and the next family's began.
    NextFamily,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Model {
    pub(crate) plan: Plan,
    pub(crate) screen: Screen,
    pub(crate) saving: Saving,
    pub(crate) notice: Option<Notice>,
    pub(crate) keeping: Keeping,
    /// A plan read from a file, waiting for the family to say it may
    /// replace the one in progress.
    pub(crate) file_waiting: Option<Plan>,
    /// The council's local information, when the tool is embedded with a
    /// configuration; national defaults otherwise.
    pub(crate) council: Option<CouncilConfig>,
    /// Some of the council's configuration could not be used.
    pub(crate) local_info_incomplete: bool,
    /// The family pressed "Save and continue" (or "Save") on the question
    /// page showing and it found problems. Errors show only from then on,
    /// as in the design systems, and update as they type; opening another
    /// screen clears it. One flag serves every question page.
    pub(crate) tried_to_save: bool,
    /// The language the tool is showing (only English so far; not saved in
    /// the plan).
    pub(crate) language: Language,
    /// Whether the summary's text reached the clipboard; cleared when
    /// another screen opens.
    pub(crate) copying: Copying,
    /// The saved data this browser held that the tool could not read (a
    /// newer version's plan, or damaged data), offered as a file.
    pub(crate) unreadable: Option<Rc<str>>,
    /// The unreadable data could not be copied anywhere else in storage,
    /// so it still sits where the plan is saved: nothing is written there
    /// until the family has saved it as a file or deleted everything.
    pub(crate) guarding_unreadable: bool,
    /// Another tab or window (or another copy of the tool on this page)
    /// has saved this plan since this one opened: each follows the other.
    pub(crate) open_elsewhere: bool,
    /// The name of the file just saved, so the family is told it worked
    /// and where it went (on a shared device, what to do with it); cleared
    /// when another screen opens.
    pub(crate) saved_copy: Option<String>,
    /// This device is marked as shared (a support organisation's laptop):
    /// it stays in sessions, and ending one starts the next family's.
    pub(crate) shared_device: bool,
    /// The support worker helping the family, for the summary: held here
    /// only, never in the plan, its file or storage, so it goes when the
    /// session ends or the page closes.
    pub(crate) worker: SupportWorker,
    /// What the print dialogue is printing: the summary, or its one-page
    /// profile alone.
    pub(crate) printing: Printing,
}

/// What "Print" prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Printing {
    #[default]
    WholeSummary,
    /// The one-page profile alone, to give to a school or a PA.
    Profile,
    /// The "My plan" page alone, for the child or young person to keep.
    MyPlan,
}

/// What happened to the last "Copy the text".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Copying {
    #[default]
    NotYet,
    Copied,
    Failed,
}

/// The shell reads the model and changes it only through `update`.
impl Model {
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn saving(&self) -> Saving {
        self.saving
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn keeping(&self) -> Keeping {
        self.keeping
    }

    pub fn council(&self) -> Option<&CouncilConfig> {
        self.council.as_ref()
    }

    pub fn local_info_incomplete(&self) -> bool {
        self.local_info_incomplete
    }

    pub fn tried_to_save(&self) -> bool {
        self.tried_to_save
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn copying(&self) -> Copying {
        self.copying
    }

    pub fn printing(&self) -> Printing {
        self.printing
    }

    pub fn unreadable(&self) -> Option<&str> {
        self.unreadable.as_deref()
    }

    pub fn guarding_unreadable(&self) -> bool {
        self.guarding_unreadable
    }

    pub fn open_elsewhere(&self) -> bool {
        self.open_elsewhere
    }

    pub fn saved_copy(&self) -> Option<&str> {
        self.saved_copy.as_deref()
    }

    pub fn worker(&self) -> &SupportWorker {
        &self.worker
    }

    /// Whether the summary asks for the support worker's name: in a
    /// session, or when a support worker is filling the plan in.
    pub fn asks_for_worker(&self) -> bool {
        self.keeping == Keeping::SessionOnly
            || self.plan.about.filler == Some(Filler::SupportWorker)
            || !self.worker.is_empty()
    }

    pub fn shared_device(&self) -> bool {
        self.shared_device
    }

    /// What the shell does as the page opens: write the plan once, so a
    /// full or blocked storage shows at once, unless that would write over
    /// data the tool could not read and could not copy.
    pub fn first_effects(&self) -> Vec<Effect> {
        if self.saves_are_held() {
            Vec::new()
        } else {
            vec![Effect::SavePlan]
        }
    }

    /// Whether a screen can show now: the outcome or idea it is about
    /// still exists, a file is waiting to replace the plan, a session is
    /// open to end (or not yet open to start).
    pub fn can_show(&self, screen: Screen) -> bool {
        let plan = &self.plan;
        match screen {
            Screen::Outcomes(OutcomesScreen::Edit(id) | OutcomesScreen::Remove(id)) => {
                plan.outcomes.items.iter().any(|o| o.id == id)
            }
            Screen::Support(SupportScreen::Line(id) | SupportScreen::Remove(id)) => {
                plan.support.lines.iter().any(|l| l.id == id)
            }
            Screen::Story(page) => page
                .member()
                .is_none_or(|id| plan.story.member(id).is_some()),
            Screen::ReplaceWithFile => self.file_waiting.is_some(),
            Screen::StartSession => self.keeping == Keeping::OnThisDevice,
            Screen::EndSession => self.keeping == Keeping::SessionOnly,
            _ => true,
        }
    }

    fn saves_are_held(&self) -> bool {
        self.guarding_unreadable && self.keeping == Keeping::OnThisDevice
    }
}

/// Something the shell must do for the model, as data: the core decides,
/// the shell performs (storage, focus, files, printing), as in Crux's core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the plan to the storage `Model::keeping` names.
    SavePlan,
    /// A new screen is showing: move focus to its heading.
    FocusHeading,
    /// Back on the plan from a section: move focus to that section's link
    /// in the list (and scroll it into view).
    FocusHubSection(SectionId),
    /// "Save" found problems: move focus to the error summary.
    FocusErrorSummary,
    /// Another step of the same day opened: move focus to its heading.
    FocusDayStep,
    /// Offer `text` to the family as a file called `name`.
    DownloadFile { name: String, text: String },
    /// Open the browser's print dialogue.
    Print,
    /// Put `text` on the clipboard, then send `Action::Copied`.
    CopyText(String),
    /// Remove every plan and backup from this browser's storage.
    DeleteStoredPlans,
    /// Wipe the session's plan, then send `Action::SessionEnded` with what
    /// the device holds.
    EndSession,
    /// Remember in this browser whether the device is shared (true) or
    /// forget it (false). The mark holds no answers.
    MarkSharedDevice(bool),
    /// A new screen is showing: add a history entry with its address, so
    /// Back returns to the screen before.
    AddHistoryEntry(String),
    /// The address the shell reported names no screen that can show now:
    /// put this one, of the screen showing, in its place.
    ReplaceHistoryEntry(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Open(Screen),
    /// The browser went Back or Forward, or the page was reloaded, to the
    /// screen at an address (`None`: an address naming no screen); made
    /// by [`Action::arrived`]. The screen shows if it can.
    Arrived(Option<Screen>),
    SetChildName(String),
    SetAge(String),
    SetFiller(Filler),
    /// A council id, or empty for "Choose a council area".
    SetCouncil(String),
    /// "Save and continue" on About us, then on or back to the plan.
    SubmitAboutUs(Onward),
    /// "Yes, delete everything": empty the plan and this browser's storage.
    DeleteEverything,
    /// The shell could not write to storage.
    StorageFailed,
    /// The shell could not copy the unreadable saved data to a backup
    /// place (storage full), so it is still where the plan is saved.
    BackupFailed,
    /// Another tab, window or copy of the tool on the page saved the plan;
    /// this is what the device holds now.
    SavedElsewhere(StoredPlan),
    /// "Save it as a file" for the saved data the tool could not read.
    SaveUnreadableAsFile {
        today: String,
    },
    /// The shell wrote to storage again after a failure.
    StorageWorked,
    DismissNotice,
    /// The text of a file the family chose to open.
    FileChosen(String),
    /// The shell found a problem before reading: too big, or unreadable.
    FileNotOpened(OpenError),
    ReplaceWithFile,
    KeepCurrentPlan,
    /// The shell has switched to session storage.
    SessionStarted,
    /// "End the session": wipe it from this tab. On a shared device the
    /// next family's session starts.
    EndSession,
    /// "End the session and stop using sessions on this device".
    EndSessionAndStopSharing,
    /// The shell found this browser marked as a shared device at startup.
    DeviceIsShared,
    /// The shell has wiped the session; this is what the device holds.
    SessionEnded(StoredPlan),
    /// "Save a copy": the plan as a file named with today's date
    /// (YYYY-MM-DD, from the device's clock).
    SaveAsFile {
        today: String,
    },
    /// The support worker's name, for the summary (never saved).
    SetWorkerName(String),
    /// The support worker's organisation, for the summary (never saved).
    SetWorkerOrganisation(String),
    /// "Print or save as PDF" on the summary.
    PrintSummary,
    /// "Print the one-page profile" on the summary.
    PrintProfile,
    /// "Print My plan" on the summary.
    PrintMyPlan,
    /// "Add a My plan page" to the summary, or take it off (kept in the plan).
    SetWithMyPlan(bool),
    /// The print dialogue has closed: the next print is the whole summary.
    Printed,
    /// "Copy the text" of the summary: the text the page shows, made by
    /// `summary::as_text` (the page has it already, so it is not worked
    /// out twice).
    CopySummary(String),
    /// The shell's report of the copy: true when it reached the clipboard.
    Copied(bool),
    Story(StoryAction),
    Outcomes(OutcomesAction),
    Options(OptionsAction),
    Support(SupportAction),
    Costs(CostsAction),
    GrowingUp(GrowingUpAction),
}

impl Action {
    /// The browser reached this address (see `app::address`).
    pub fn arrived(address: &str) -> Action {
        Action::Arrived(Screen::from_address(address))
    }
}

impl From<SupportAction> for Action {
    fn from(action: SupportAction) -> Self {
        Action::Support(action)
    }
}

impl From<CostsAction> for Action {
    fn from(action: CostsAction) -> Self {
        Action::Costs(action)
    }
}

impl Action {
    /// Where a "Continue" that finishes a section goes next.
    fn onward(&self) -> Option<Onward> {
        match self {
            Action::SubmitAboutUs(onward)
            | Action::Story(StoryAction::Continue(onward))
            | Action::Outcomes(OutcomesAction::Continue(onward)) => Some(*onward),
            _ => None,
        }
    }

    /// Whether the action can change the plan or where it is kept, so the
    /// plan must be written again. Looking only at the action keeps a
    /// keystroke from comparing two copies of a large plan.
    fn may_change_plan(&self) -> bool {
        !matches!(
            self,
            Action::Open(_)
                | Action::Arrived(_)
                | Action::StorageFailed
                | Action::SavedElsewhere(_)
                | Action::BackupFailed
                | Action::StorageWorked
                | Action::DismissNotice
                | Action::FileNotOpened(_)
                | Action::KeepCurrentPlan
                | Action::EndSession
                | Action::EndSessionAndStopSharing
                | Action::SaveAsFile { .. }
                | Action::SetWorkerName(_)
                | Action::SetWorkerOrganisation(_)
                | Action::PrintSummary
                | Action::PrintProfile
                | Action::PrintMyPlan
                | Action::Printed
                | Action::CopySummary(_)
                | Action::Copied(_)
        )
    }
}

/// The one way the model changes, for callers that want only the model
/// (tests, folds). The shell uses `update` for the effects too.
pub fn apply(mut model: Model, action: Action) -> Model {
    update(&mut model, action);
    model
}

/// Changes the model and says what the shell must do about it.
pub fn update(model: &mut Model, mut action: Action) -> Vec<Effect> {
    keep_typing_bounded(&mut action);
    let screen_before = model.screen;
    let mut save = action.may_change_plan();
    let mut effects = asks_of_the_shell(model, &action);
    let arrived_at = match action {
        Action::Arrived(asked) => Some(asked),
        _ => None,
    };
    // The outcomes step sees to its own pages ("Back" forgets a new
    // outcome left blank); leaving one any other way (browser Back, a
    // link) forgets it too.
    let left_by_the_app = !matches!(action, Action::Outcomes(_));
    let onward = action.onward();
    let errors = change(model, action);
    // A person removed (here or in another tab) takes their pages with them.
    if let Screen::Story(page) = model.screen
        && !model.can_show(model.screen)
    {
        model.screen = Screen::Story(page).section_start();
    }
    if model.screen == Screen::Hub && screen_before != Screen::Hub {
        go_onward(model, screen_before.section(), onward);
    }
    if let Screen::Outcomes(OutcomesScreen::Edit(id)) = screen_before
        && model.screen != screen_before
        && left_by_the_app
    {
        save |= outcomes::forget_if_blank(&mut model.plan.outcomes, id);
    }
    if model.screen == Screen::Summary && !model.plan.summary_looked_at && !model.plan.is_empty() {
        // The hub says "Not started" for the summary until it is looked at.
        model.plan.summary_looked_at = true;
        save = true;
    }
    if save && !model.saves_are_held() {
        effects.push(Effect::SavePlan);
    }
    match arrived_at {
        Some(asked) if asked != Some(model.screen) => {
            effects.push(Effect::ReplaceHistoryEntry(model.screen.address()));
        }
        Some(_) => {}
        None if model.screen != screen_before => {
            effects.push(Effect::AddHistoryEntry(model.screen.address()));
        }
        None => {}
    }
    if model.screen != screen_before {
        model.tried_to_save = false;
        model.printing = Printing::WholeSummary;
        model.copying = Copying::NotYet;
        model.saved_copy = None;
        effects.push(
            match (model.screen, screen_before, screen_before.section()) {
                // Back on the plan from a section: where they were in the list.
                (Screen::Hub, _, Some(section)) => Effect::FocusHubSection(section),
                // The next part of the same day: its heading, not the page's.
                (
                    Screen::Story(StoryScreen::Day(person, _)),
                    Screen::Story(StoryScreen::Day(before, _)),
                    _,
                ) if person == before => Effect::FocusDayStep,
                _ => Effect::FocusHeading,
            },
        );
    } else if errors {
        model.tried_to_save = true;
        effects.push(Effect::FocusErrorSummary);
    }
    effects
}

/// Cuts typed text to what its box keeps, so the plan (and so any file the
/// app saves) has a bound: see `plan::checks` and the largest-plan test.
fn keep_typing_bounded(action: &mut Action) {
    use crate::plan::checks::{
        MAX_ANSWER_KEPT as ANSWER, MAX_FIGURE_KEPT as FIGURE, MAX_NAME_KEPT as NAME, keep_at_most,
    };
    let (text, most) = match action {
        Action::SetChildName(text)
        | Action::Story(StoryAction::SetMemberName(_, text))
        | Action::SetWorkerName(text)
        | Action::SetWorkerOrganisation(text) => (text, NAME),
        Action::SetAge(text) => (text, FIGURE),
        Action::Story(StoryAction::SetText(_, text))
        | Action::Outcomes(
            OutcomesAction::SetWords(_, text)
            | OutcomesAction::SetHowWeKnow(_, text)
            | OutcomesAction::Accept { words: text, .. },
        )
        | Action::Options(OptionsAction::SetWhy(text)) => (text, ANSWER),
        Action::Outcomes(OutcomesAction::Ignore(text))
        | Action::Support(SupportAction::SetName(_, text)) => (text, NAME),
        Action::Support(SupportAction::SetField(_, _, text))
        | Action::Costs(
            CostsAction::SetPlanWeeks(text)
            | CostsAction::SetEmployerField(_, text)
            | CostsAction::SetBudgetAmount(_, text)
            | CostsAction::SetBuysField(_, text)
            | CostsAction::SetPayField(_, text),
        ) => (text, FIGURE),
        _ => return,
    };
    keep_at_most(text, most);
}

/// What an action asks the shell to do beyond saving and focus: files,
/// printing, the clipboard and wiping storage. The model decides what goes
/// in the file or on the clipboard, so the shell only carries it out.
fn asks_of_the_shell(model: &Model, action: &Action) -> Vec<Effect> {
    match action {
        Action::SaveAsFile { today } => plan_file::to_file(&model.plan, today)
            .map(|text| Effect::DownloadFile {
                name: plan_file::file_name(&model.plan, today),
                text,
            })
            .into_iter()
            .collect(),
        Action::SaveUnreadableAsFile { today } => model
            .unreadable
            .as_ref()
            .map(|text| Effect::DownloadFile {
                name: plan_file::kept_file_name(today),
                text: text.to_string(),
            })
            .into_iter()
            .collect(),
        Action::PrintSummary | Action::PrintProfile | Action::PrintMyPlan => vec![Effect::Print],
        Action::CopySummary(text) => vec![Effect::CopyText(text.clone())],
        Action::DeleteEverything => vec![Effect::DeleteStoredPlans],
        Action::EndSession => vec![Effect::EndSession],
        Action::EndSessionAndStopSharing => {
            vec![Effect::MarkSharedDevice(false), Effect::EndSession]
        }
        Action::SessionStarted => vec![Effect::MarkSharedDevice(true)],
        _ => Vec::new(),
    }
}

/// A new, empty session on this device, keeping what belongs to the device
/// rather than the family: the council's information, the language, and
/// any saved data the tool could not read.
fn fresh_session(model: &mut Model) -> Model {
    Model {
        keeping: Keeping::SessionOnly,
        shared_device: true,
        language: model.language,
        council: model.council.take(),
        local_info_incomplete: model.local_info_incomplete,
        unreadable: model.unreadable.take(),
        guarding_unreadable: model.guarding_unreadable,
        ..Model::default()
    }
}

/// Takes up what another tab saved, so the two never write over each
/// other's answers: the plan here becomes the one saved there. A session
/// keeps its own plan, and data this tool cannot read changes nothing.
fn follow_elsewhere(model: &mut Model, device: StoredPlan) {
    if model.keeping != Keeping::OnThisDevice || model.guarding_unreadable {
        return;
    }
    let plan = match device {
        StoredPlan::Text(text) => match plan_file::from_json(&text) {
            Ok(plan) => plan,
            Err(_) => return,
        },
        // The other tab emptied the plan (Delete everything).
        StoredPlan::Nothing => Plan::default(),
        StoredPlan::Unavailable => return,
    };
    model.open_elsewhere = true;
    if plan != model.plan {
        model.plan = plan;
    }
}

/// A section finished with "Continue to" the next one opens it; "Back to
/// your plan" stays on the plan.
fn go_onward(model: &mut Model, finished: Option<SectionId>, onward: Option<Onward>) {
    let next = finished.and_then(SectionId::next);
    if let (Some(Onward::NextSection), Some(next)) = (onward, next) {
        model.screen = next.screen();
    }
}

/// Shows the screen asked for if it can show now, or the start of its
/// section (an idea removed since), or the hub (an address the tool never
/// made).
fn arrive(model: &mut Model, asked: Option<Screen>) {
    model.screen = match asked {
        Some(screen) if model.can_show(screen) => screen,
        Some(screen) => screen.section_start(),
        None => Screen::Hub,
    };
}

/// Follows where a step sends the family; true when it found problems.
fn follow<P>(model: &mut Model, next: Next<P>, screen: fn(P) -> Screen) -> bool {
    match next {
        Next::Stay => false,
        Next::ShowErrors => true,
        Next::Page(page) => {
            model.screen = screen(page);
            false
        }
        Next::Plan => {
            model.screen = Screen::Hub;
            false
        }
    }
}

/// The change itself; true when a "Save" found problems to show.
fn change(model: &mut Model, action: Action) -> bool {
    match action {
        Action::Open(screen) => {
            model.screen = screen;
            // Opening the same page again starts it afresh.
            model.tried_to_save = false;
        }
        Action::Arrived(asked) => arrive(model, asked),
        Action::SetChildName(name) => model.plan.about.child_name = name,
        Action::SetAge(age) => model.plan.about.age = age,
        Action::SetFiller(filler) => model.plan.about.filler = Some(filler),
        Action::SetCouncil(id) => {
            model.plan.about.council = council_by_id(&id).map(|c| c.id.to_owned());
        }
        Action::SubmitAboutUs(_) => {
            let next = about::save(&mut model.plan.about);
            return follow(model, next, |()| Screen::Hub);
        }
        Action::DeleteEverything => {
            model.worker = SupportWorker::default();
            model.unreadable = None;
            model.guarding_unreadable = false;
            model.plan = Plan::default();
            model.screen = Screen::Hub;
            model.notice = Some(Notice::EverythingDeleted);
        }
        Action::StorageFailed => model.saving = Saving::NotSaving,
        Action::SavedElsewhere(device) => follow_elsewhere(model, device),
        Action::BackupFailed => {
            model.guarding_unreadable = true;
            model.saving = Saving::NotSaving;
        }
        Action::SaveUnreadableAsFile { .. } => {
            // The family has their copy: saving can go on over it.
            if model.unreadable.is_some() && model.guarding_unreadable {
                model.guarding_unreadable = false;
                model.saving = Saving::OnThisDevice;
                return false;
            }
        }
        Action::StorageWorked => model.saving = Saving::OnThisDevice,
        Action::DismissNotice => model.notice = None,
        Action::FileChosen(text) => match plan_file::from_json(&text) {
            Err(error) => model.notice = Some(Notice::FileNotOpened(error)),
            Ok(plan) if model.plan.is_empty() => {
                model.plan = plan;
                model.notice = Some(Notice::FileOpened);
                model.screen = Screen::Hub;
            }
            Ok(plan) => {
                model.file_waiting = Some(plan);
                model.screen = Screen::ReplaceWithFile;
            }
        },
        Action::FileNotOpened(error) => model.notice = Some(Notice::FileNotOpened(error)),
        Action::ReplaceWithFile => {
            if let Some(plan) = model.file_waiting.take() {
                model.plan = plan;
                model.notice = Some(Notice::FileOpened);
            }
            model.screen = Screen::Hub;
        }
        Action::KeepCurrentPlan => {
            model.file_waiting = None;
            model.screen = Screen::Hub;
        }
        Action::SessionStarted => {
            *model = fresh_session(model);
            model.notice = Some(Notice::SessionStarted);
        }
        Action::DeviceIsShared => {
            if model.keeping == Keeping::OnThisDevice {
                *model = fresh_session(model);
            }
            model.shared_device = true;
        }
        Action::EndSessionAndStopSharing => model.shared_device = false,
        Action::SaveAsFile { today } => {
            model.saved_copy = Some(plan_file::file_name(&model.plan, &today));
        }
        Action::SetWorkerName(name) => model.worker.name = name,
        Action::SetWorkerOrganisation(name) => model.worker.organisation = name,
        Action::PrintSummary | Action::Printed => model.printing = Printing::WholeSummary,
        Action::PrintProfile => model.printing = Printing::Profile,
        Action::PrintMyPlan => model.printing = Printing::MyPlan,
        Action::SetWithMyPlan(with) => model.plan.with_my_plan = with,
        Action::EndSession | Action::CopySummary(_) => {}
        Action::Copied(worked) => {
            model.copying = if worked {
                Copying::Copied
            } else {
                Copying::Failed
            };
        }
        Action::SessionEnded(_) if model.shared_device => {
            *model = fresh_session(model);
            model.notice = Some(Notice::NextFamily);
        }
        Action::SessionEnded(device) => {
            let language = model.language;
            let guarding = model.guarding_unreadable;
            *model = start(device, StoredPlan::Nothing).model;
            model.language = language;
            model.notice = Some(Notice::SessionEnded);
            // What the device holds was unreadable at the start of the
            // session too: keep guarding it rather than save over it.
            if model.unreadable.is_some() && guarding {
                model.guarding_unreadable = true;
                model.saving = Saving::NotSaving;
            }
        }
        Action::Story(action) => {
            let next = story::apply(&mut model.plan.story, action);
            return follow(model, next, Screen::Story);
        }
        Action::Outcomes(action) => {
            let plan = &mut model.plan;
            let age = about::parse_age(&plan.about.age).ok();
            let next = outcomes::apply(&mut plan.outcomes, &plan.story, age, action);
            return follow(model, next, Screen::Outcomes);
        }
        Action::GrowingUp(action) => growing_up::change(&mut model.plan.growing_up, action),
        Action::Options(action) => {
            let next = options::apply(&mut model.plan.options, action);
            return follow(model, next, Screen::Options);
        }
        Action::Support(action) => {
            let showing = match model.screen {
                Screen::Support(page) => Some(page),
                _ => None,
            };
            let plan = &mut model.plan;
            let next = support::apply(
                &mut plan.support,
                &plan.outcomes,
                model.council.as_ref(),
                showing,
                action,
            );
            return follow(model, next, Screen::Support);
        }
        Action::Costs(action) => {
            let next = costs::apply(&mut model.plan.support, action);
            return follow(model, next, Screen::Support);
        }
    }
    false
}

/// What the shell found in storage when the page opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredPlan {
    Nothing,
    Text(String),
    /// Storage threw: blocked by the browser's settings or a policy.
    Unavailable,
}

/// The model to start with, and saved text to move to the backup key because
/// it could not be read (so it is never lost).
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    pub model: Model,
    pub keep_as_backup: Option<String>,
}

/// Starts as `start` does, with the council's configuration. A council can
/// make sessions the default (for shared computers in its offices); an open
/// session still wins after a reload.
pub fn start_with_council(
    device: StoredPlan,
    session: StoredPlan,
    reading: ConfigReading,
) -> Startup {
    let session_default = reading
        .config
        .as_ref()
        .is_some_and(|c| c.default_keeping == Keeping::SessionOnly);
    let mut startup = if session_default && !matches!(session, StoredPlan::Text(_)) {
        Startup {
            model: Model {
                keeping: Keeping::SessionOnly,
                shared_device: true,
                ..Model::default()
            },
            keep_as_backup: None,
        }
    } else {
        start(device, session)
    };
    startup.model.local_info_incomplete = !reading.problems.is_empty();
    startup.model.council = reading.config;
    startup
}

/// `device` is what local storage holds; `session` what session storage
/// holds (a session on a shared device, still open after a reload).
pub fn start(device: StoredPlan, session: StoredPlan) -> Startup {
    if let StoredPlan::Text(text) = &session
        && let Ok(plan) = plan_file::from_json(text)
    {
        let model = Model {
            plan,
            keeping: Keeping::SessionOnly,
            ..Model::default()
        };
        return Startup {
            model,
            keep_as_backup: None,
        };
    }
    let mut model = Model::default();
    let mut keep_as_backup = None;
    match device {
        StoredPlan::Nothing => {}
        StoredPlan::Unavailable => model.saving = Saving::NotSaving,
        StoredPlan::Text(text) => match plan_file::from_json(&text) {
            Ok(plan) => model.plan = plan,
            Err(error) => {
                model.notice = Some(match error {
                    OpenError::NewerVersion { .. } => Notice::NewerVersionKept,
                    _ => Notice::BrokenDataKept,
                });
                model.unreadable = Some(Rc::from(text.as_str()));
                keep_as_backup = Some(text);
            }
        },
    }
    Startup {
        model,
        keep_as_backup,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::steps::summary;
    use crate::test_support::{about_us_typed, after};

    #[test]
    fn the_app_opens_on_the_hub_with_an_empty_plan() {
        let model = Model::default();
        assert_eq!(model.screen, Screen::Hub);
        assert!(model.plan.is_empty());
    }

    fn history(effects: &[Effect]) -> Vec<&Effect> {
        effects
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    Effect::AddHistoryEntry(_) | Effect::ReplaceHistoryEntry(_)
                )
            })
            .collect()
    }

    #[test]
    fn each_new_screen_adds_a_history_entry_with_its_address() {
        let mut model = Model::default();
        let effects = update(
            &mut model,
            Action::Open(Screen::Story(StoryScreen::Important)),
        );
        assert_eq!(
            history(&effects),
            [&Effect::AddHistoryEntry("story/important".into())]
        );
        // Typing on the same screen adds nothing.
        let effects = update(
            &mut model,
            Action::Story(StoryAction::SetText(
                crate::steps::story::StoryField::Likes,
                "Music".into(),
            )),
        );
        assert!(history(&effects).is_empty());
        let effects = update(&mut model, Action::Open(Screen::Hub));
        assert_eq!(history(&effects), [&Effect::AddHistoryEntry(String::new())]);
    }

    #[test]
    fn going_back_shows_the_screen_without_adding_an_entry() {
        let mut model = Model::default();
        update(&mut model, Action::Open(Screen::Summary));
        let effects = update(&mut model, Action::arrived("story/important"));
        assert_eq!(model.screen, Screen::Story(StoryScreen::Important));
        assert!(history(&effects).is_empty());
        assert!(effects.contains(&Effect::FocusHeading));
        let effects = update(&mut model, Action::arrived(""));
        assert_eq!(model.screen, Screen::Hub);
        assert!(history(&effects).is_empty());
    }

    #[test]
    fn an_address_that_cannot_show_is_replaced_by_the_screen_shown() {
        let mut model = Model::default();
        let effects = update(&mut model, Action::arrived("support/idea/7"));
        assert_eq!(model.screen, Screen::Support(SupportScreen::Start));
        assert_eq!(
            history(&effects),
            [&Effect::ReplaceHistoryEntry("support".into())]
        );
        let effects = update(&mut model, Action::arrived("<script>"));
        assert_eq!(model.screen, Screen::Hub);
        assert_eq!(
            history(&effects),
            [&Effect::ReplaceHistoryEntry(String::new())]
        );
        for address in ["open-a-file", "end-the-session", "outcomes/1/remove"] {
            let mut model = Model::default();
            update(&mut model, Action::arrived(address));
            assert_ne!(model.screen.address(), address, "{address}");
        }
    }

    #[test]
    fn going_back_from_a_new_blank_outcome_does_not_keep_it() {
        let mut model = Model::default();
        update(&mut model, Action::Outcomes(OutcomesAction::Add));
        assert_eq!(model.plan.outcomes.items.len(), 1);
        let effects = update(&mut model, Action::arrived("outcomes"));
        assert!(model.plan.outcomes.items.is_empty());
        assert!(effects.contains(&Effect::SavePlan));
    }

    #[test]
    fn a_reload_on_an_idea_opens_that_idea() {
        let mut model = Model::default();
        update(
            &mut model,
            Action::Support(SupportAction::AddLine(crate::budget::LineKind::Activity)),
        );
        let Screen::Support(SupportScreen::Line(id)) = model.screen else {
            panic!("the idea opens");
        };
        let address = model.screen.address();
        let mut reloaded = Model {
            plan: model.plan.clone(),
            ..Model::default()
        };
        update(&mut reloaded, Action::arrived(&address));
        assert_eq!(reloaded.screen, Screen::Support(SupportScreen::Line(id)));
    }

    #[test]
    fn typing_keeps_the_text_exactly_as_typed() {
        let model = after([
            Action::SetAge("seven".into()),
            Action::SetChildName("<b>Sam</b>".into()),
        ]);
        assert_eq!(model.plan.about.age, "seven");
        assert_eq!(model.plan.about.child_name, "<b>Sam</b>");
    }

    #[test]
    fn an_unknown_council_id_clears_the_choice() {
        let model = after([
            Action::SetCouncil("fife".into()),
            Action::SetCouncil("nowhere".into()),
        ]);
        assert_eq!(model.plan.about.council, None);
    }

    #[test]
    fn submitting_good_answers_confirms_them_and_returns_to_the_hub() {
        let model = after(
            about_us_typed()
                .into_iter()
                .chain([Action::SubmitAboutUs(Onward::Plan)]),
        );
        assert!(model.plan.about.confirmed);
        assert_eq!(model.screen, Screen::Hub);
        assert!(!model.tried_to_save);
    }

    #[test]
    fn continue_to_the_next_section_opens_it_in_plan_order() {
        let about = after(
            about_us_typed()
                .into_iter()
                .chain([Action::SubmitAboutUs(Onward::NextSection)]),
        );
        assert!(about.plan.about.confirmed);
        assert_eq!(about.screen, Screen::Story(StoryScreen::Overview));
        let story = apply(
            about,
            Action::Story(StoryAction::Continue(Onward::NextSection)),
        );
        assert_eq!(story.screen, Screen::Outcomes(OutcomesScreen::List));
        let mut outcomes = story;
        let effects = update(
            &mut outcomes,
            Action::Outcomes(OutcomesAction::Continue(Onward::NextSection)),
        );
        assert_eq!(outcomes.screen, Screen::Options(OptionsScreen::Start));
        assert!(effects.contains(&Effect::FocusHeading), "{effects:?}");
        assert_eq!(
            history(&effects),
            [&Effect::AddHistoryEntry("options".into())]
        );
    }

    #[test]
    fn continue_with_problems_goes_nowhere() {
        let model = after([
            Action::Open(Screen::AboutUs),
            Action::SetAge("100".into()),
            Action::SubmitAboutUs(Onward::NextSection),
        ]);
        assert_eq!(model.screen, Screen::AboutUs);
        assert!(model.tried_to_save);
    }

    #[test]
    fn back_on_the_plan_from_a_section_focuses_that_section() {
        let mut model = after([Action::Open(Screen::Story(StoryScreen::Overview))]);
        let effects = update(
            &mut model,
            Action::Story(StoryAction::Continue(Onward::Plan)),
        );
        assert_eq!(model.screen, Screen::Hub);
        assert!(effects.contains(&Effect::FocusHubSection(SectionId::OurStory)));
        assert!(!effects.contains(&Effect::FocusHeading));
        // A costs page is part of the support section.
        let mut model = after([Action::Open(Screen::Costs(CostsScreen::Week))]);
        let effects = update(&mut model, Action::Open(Screen::Hub));
        assert!(effects.contains(&Effect::FocusHubSection(SectionId::Support)));
        // From a page around the plan, the hub's own heading.
        let mut model = after([Action::Open(Screen::Privacy)]);
        let effects = update(&mut model, Action::Open(Screen::Hub));
        assert!(effects.contains(&Effect::FocusHeading));
    }

    #[test]
    fn every_section_but_the_last_has_a_next_one() {
        let nexts: Vec<Option<SectionId>> = SectionId::ALL.iter().map(|s| s.next()).collect();
        assert_eq!(
            nexts,
            [
                Some(SectionId::OurStory),
                Some(SectionId::Outcomes),
                Some(SectionId::Options),
                Some(SectionId::Support),
                Some(SectionId::Summary),
                None,
            ]
        );
        for section in SectionId::ALL {
            assert_eq!(section.screen().section(), Some(section));
        }
    }

    #[test]
    fn submitting_with_problems_stays_on_the_page_and_shows_errors() {
        let model = after([
            Action::Open(Screen::AboutUs),
            Action::SetAge("100".into()),
            Action::SubmitAboutUs(Onward::Plan),
        ]);
        assert_eq!(model.screen, Screen::AboutUs);
        assert!(model.tried_to_save);
        assert!(!model.plan.about.confirmed);
        assert_eq!(model.plan.about.age, "100");
    }

    #[test]
    fn opening_about_us_again_hides_old_errors() {
        let model = after([
            Action::SubmitAboutUs(Onward::Plan),
            Action::Open(Screen::Hub),
            Action::Open(Screen::AboutUs),
        ]);
        assert!(!model.tried_to_save);
    }

    #[test]
    fn deleting_everything_empties_the_plan_and_says_so() {
        let model = after(
            about_us_typed()
                .into_iter()
                .chain([Action::DeleteEverything]),
        );
        assert!(model.plan.is_empty());
        assert_eq!(model.screen, Screen::Hub);
        assert_eq!(model.notice, Some(Notice::EverythingDeleted));
    }

    #[test]
    fn deleting_everything_asks_the_shell_to_wipe_storage_first() {
        let mut model = after(
            about_us_typed()
                .into_iter()
                .chain([Action::Open(Screen::DeleteEverything)]),
        );
        let effects = update(&mut model, Action::DeleteEverything);
        assert_eq!(
            effects,
            vec![
                Effect::DeleteStoredPlans,
                Effect::SavePlan,
                Effect::AddHistoryEntry(String::new()),
                Effect::FocusHeading
            ]
        );
    }

    #[test]
    fn saving_a_copy_hands_the_shell_the_dated_file_and_changes_nothing() {
        let mut model = after([Action::SetChildName("Sam".into())]);
        let before = model.clone();
        let effects = update(
            &mut model,
            Action::SaveAsFile {
                today: "2026-12-02".into(),
            },
        );
        // The plan is unchanged; only the confirmation of where it went.
        assert_eq!(model.plan, before.plan);
        assert_eq!(model.saved_copy(), Some("sds-plan-sam-2026-12-02.json"));
        let text = plan_file::to_file(&before.plan, "2026-12-02").unwrap();
        assert_eq!(
            effects,
            vec![Effect::DownloadFile {
                name: plan_file::file_name(&before.plan, "2026-12-02"),
                text: text.clone(),
            }]
        );
        // Every file the app saves, it opens.
        assert_eq!(plan_file::from_json(&text).unwrap(), before.plan);
    }

    #[test]
    fn the_one_page_profile_prints_alone_until_the_dialogue_closes() {
        let mut model = Model::default();
        assert_eq!(
            update(&mut model, Action::PrintProfile),
            vec![Effect::Print]
        );
        assert_eq!(model.printing(), Printing::Profile);
        update(&mut model, Action::Printed);
        assert_eq!(model.printing(), Printing::WholeSummary);
        update(&mut model, Action::PrintProfile);
        update(&mut model, Action::PrintSummary);
        assert_eq!(model.printing(), Printing::WholeSummary);
        // A browser that never says the dialogue closed: leaving resets it.
        update(&mut model, Action::Open(Screen::Summary));
        update(&mut model, Action::PrintProfile);
        update(&mut model, Action::Open(Screen::Hub));
        assert_eq!(model.printing(), Printing::WholeSummary);
    }

    #[test]
    fn my_plan_is_added_by_choice_kept_in_the_plan_and_prints_alone() {
        let mut model = Model::default();
        assert!(!model.plan().with_my_plan, "off until chosen");
        assert!(update(&mut model, Action::SetWithMyPlan(true)).contains(&Effect::SavePlan));
        assert!(model.plan().with_my_plan);
        let text = plan_file::to_json(model.plan()).unwrap();
        assert!(plan_file::from_json(&text).unwrap().with_my_plan);
        assert_eq!(update(&mut model, Action::PrintMyPlan), vec![Effect::Print]);
        assert_eq!(model.printing(), Printing::MyPlan);
        update(&mut model, Action::Printed);
        assert_eq!(model.printing(), Printing::WholeSummary);
    }

    #[test]
    fn printing_and_copying_are_asked_of_the_shell() {
        let mut model = after([Action::SetChildName("Sam".into())]);
        assert_eq!(
            update(&mut model, Action::PrintSummary),
            vec![Effect::Print]
        );
        let t = model.language.text();
        let text = summary::as_text(
            &summary::summary(&model.plan, &model.worker, t, "2026-12-02"),
            t,
        );
        let effects = update(&mut model, Action::CopySummary(text.clone()));
        assert_eq!(effects, vec![Effect::CopyText(text.clone())]);
        assert!(text.contains("Sam"));
    }

    #[test]
    fn the_support_workers_name_is_never_saved_and_goes_with_the_session() {
        let named = [
            Action::SetWorkerName("Alex Smith".into()),
            Action::SetWorkerOrganisation("Argyll Family Support".into()),
        ];
        let family = after([Action::SetChildName("Sam".into())]);
        assert!(
            !family.asks_for_worker(),
            "a family on its own is not asked"
        );
        let mut session = after([Action::SessionStarted, Action::SetChildName("Sam".into())]);
        assert!(session.asks_for_worker());
        for action in named.clone() {
            // Not a change to the plan: nothing is written.
            assert_eq!(update(&mut session, action), vec![]);
        }
        assert_eq!(session.worker().name, "Alex Smith");
        let file = plan_file::to_file(&session.plan, "2026-12-02").unwrap();
        assert!(!file.contains("Alex") && !file.contains("Argyll"), "{file}");
        let t = session.language.text();
        let text = summary::as_text(
            &summary::summary(&session.plan, session.worker(), t, "2026-12-02"),
            t,
        );
        assert!(text.contains("Made with help from Alex Smith, Argyll Family Support."));

        let next_family = apply(
            apply(session.clone(), Action::EndSession),
            Action::SessionEnded(StoredPlan::Nothing),
        );
        assert!(next_family.worker().is_empty());
        let stopped = apply(
            apply(session.clone(), Action::EndSessionAndStopSharing),
            Action::SessionEnded(StoredPlan::Nothing),
        );
        assert!(stopped.worker().is_empty());
        assert!(apply(session, Action::DeleteEverything).worker().is_empty());

        let mut worker_at_home = after([Action::SetFiller(Filler::SupportWorker)]);
        assert!(worker_at_home.asks_for_worker());
        update(
            &mut worker_at_home,
            Action::SetWorkerName("x".repeat(10_000)),
        );
        assert_eq!(
            worker_at_home.worker().name.chars().count(),
            crate::plan::checks::MAX_NAME_KEPT
        );
    }

    #[test]
    fn the_copy_result_shows_until_another_screen_opens() {
        let model = after([Action::Open(Screen::Summary), Action::Copied(true)]);
        assert_eq!(model.copying, Copying::Copied);
        assert_eq!(
            apply(model.clone(), Action::Copied(false)).copying,
            Copying::Failed
        );
        assert_eq!(
            apply(model, Action::Open(Screen::Hub)).copying,
            Copying::NotYet
        );
    }

    #[test]
    fn ending_a_session_asks_the_shell_to_wipe_it_and_report_back() {
        let mut model = after([Action::SessionStarted, Action::SetChildName("Sam".into())]);
        let before = model.clone();
        assert_eq!(
            update(&mut model, Action::EndSession),
            vec![Effect::EndSession]
        );
        assert_eq!(model, before);
    }

    #[test]
    fn a_storage_failure_switches_to_not_saving_and_back() {
        assert_eq!(after([Action::StorageFailed]).saving, Saving::NotSaving);
        assert_eq!(
            after([Action::StorageFailed, Action::StorageWorked]).saving,
            Saving::OnThisDevice
        );
    }

    #[test]
    fn a_notice_can_be_hidden() {
        let model = after(
            about_us_typed()
                .into_iter()
                .chain([Action::DeleteEverything, Action::DismissNotice]),
        );
        assert_eq!(model.notice, None);
    }

    fn start_device(stored: StoredPlan) -> Startup {
        start(stored, StoredPlan::Nothing)
    }

    #[test]
    fn starting_with_nothing_stored_gives_an_empty_plan_saved_on_this_device() {
        let startup = start_device(StoredPlan::Nothing);
        assert_eq!(startup.model, Model::default());
        assert_eq!(startup.keep_as_backup, None);
    }

    #[test]
    fn starting_with_a_saved_plan_opens_it() {
        let saved = after(about_us_typed()).plan;
        let text = plan_file::to_json(&saved).unwrap();
        assert_eq!(start_device(StoredPlan::Text(text)).model.plan, saved);
    }

    #[test]
    fn starting_with_broken_data_keeps_it_as_a_backup_and_says_so() {
        let startup = start_device(StoredPlan::Text("{not json".into()));
        assert!(startup.model.plan.is_empty());
        assert_eq!(startup.model.notice, Some(Notice::BrokenDataKept));
        assert_eq!(startup.keep_as_backup.as_deref(), Some("{not json"));
    }

    #[test]
    fn starting_with_a_newer_plan_keeps_it_and_says_so() {
        let text =
            r#"{"format":"sds-explorer-plan","schema_version":7,"app_version":"3.0.0","plan":{}}"#;
        let startup = start_device(StoredPlan::Text(text.into()));
        assert_eq!(startup.model.notice, Some(Notice::NewerVersionKept));
        assert_eq!(startup.keep_as_backup.as_deref(), Some(text));
    }

    const NEWER: &str =
        r#"{"format":"sds-explorer-plan","schema_version":7,"app_version":"3.0.0","plan":{}}"#;

    #[test]
    fn unreadable_saved_data_is_offered_as_a_file() {
        let mut model = start_device(StoredPlan::Text(NEWER.into())).model;
        assert_eq!(model.unreadable(), Some(NEWER));
        assert_eq!(model.first_effects(), vec![Effect::SavePlan]);
        let effects = update(
            &mut model,
            Action::SaveUnreadableAsFile {
                today: "2026-12-02".into(),
            },
        );
        assert_eq!(
            effects[0],
            Effect::DownloadFile {
                name: "sds-plan-kept-2026-12-02.json".into(),
                text: NEWER.into(),
            }
        );
    }

    #[test]
    fn with_no_room_for_a_backup_nothing_is_written_over_the_unreadable_plan() {
        let model = start_device(StoredPlan::Text(NEWER.into())).model;
        let mut model = apply(model, Action::BackupFailed);
        assert_eq!(model.first_effects(), vec![]);
        assert_eq!(model.saving, Saving::NotSaving);
        // Typing is kept on screen but not saved over the unreadable plan.
        let effects = update(&mut model, Action::SetChildName("Sam".into()));
        assert!(!effects.contains(&Effect::SavePlan));
        assert_eq!(model.plan.about.child_name, "Sam");
        // Once the family has the file, saving starts again.
        let effects = update(
            &mut model,
            Action::SaveUnreadableAsFile {
                today: "2026-12-02".into(),
            },
        );
        assert!(matches!(effects[0], Effect::DownloadFile { .. }));
        assert!(effects.contains(&Effect::SavePlan));
        assert_eq!(model.saving, Saving::OnThisDevice);
        assert!(!model.guarding_unreadable);
    }

    #[test]
    fn a_session_on_a_guarded_device_still_guards_it_when_it_ends() {
        let model = start_device(StoredPlan::Text(NEWER.into())).model;
        let model = apply(model, Action::BackupFailed);
        let model = apply(model, Action::SessionStarted);
        assert!(model.guarding_unreadable);
        let model = apply(model, Action::EndSessionAndStopSharing);
        let mut ended = apply(model, Action::SessionEnded(StoredPlan::Text(NEWER.into())));
        assert!(ended.guarding_unreadable);
        let effects = update(&mut ended, Action::SetChildName("Sam".into()));
        assert!(!effects.contains(&Effect::SavePlan));
    }

    #[test]
    fn deleting_everything_ends_the_guard() {
        let model = start_device(StoredPlan::Text(NEWER.into())).model;
        let mut model = apply(model, Action::BackupFailed);
        let effects = update(&mut model, Action::DeleteEverything);
        assert_eq!(effects[0], Effect::DeleteStoredPlans);
        assert!(effects.contains(&Effect::SavePlan));
        assert_eq!(model.unreadable(), None);
    }

    #[test]
    fn a_plan_saved_in_another_tab_is_taken_up_here_without_saving_back() {
        let mut here = after([Action::SetChildName("Sam".into())]);
        let mut there = here.plan.clone();
        there.about.age = "9".into();
        let text = plan_file::to_json(&there).unwrap();
        let effects = update(&mut here, Action::SavedElsewhere(StoredPlan::Text(text)));
        assert_eq!(here.plan, there);
        assert!(here.open_elsewhere());
        assert!(!effects.contains(&Effect::SavePlan), "no echo back");
        // Deleted there: empty here too. Unreadable there: nothing changes.
        let emptied = apply(here.clone(), Action::SavedElsewhere(StoredPlan::Nothing));
        assert!(emptied.plan.is_empty());
        let kept = apply(
            here.clone(),
            Action::SavedElsewhere(StoredPlan::Text("{broken".into())),
        );
        assert_eq!(kept.plan, there);
    }

    #[test]
    fn a_session_keeps_its_own_plan_when_another_tab_saves() {
        let session = after([Action::SessionStarted, Action::SetChildName("Robin".into())]);
        let device = plan_file::to_json(&after(about_us_typed()).plan).unwrap();
        let after_save = apply(session, Action::SavedElsewhere(StoredPlan::Text(device)));
        assert_eq!(after_save.plan.about.child_name, "Robin");
        assert!(!after_save.open_elsewhere());
    }

    /// The largest plan the app lets a family make, typed with the widest
    /// characters JSON has (a control character is written as six bytes):
    /// saved as a file it fits the opening limit and opens as the same plan.
    #[test]
    fn the_largest_plan_the_app_allows_saves_as_a_file_that_opens() {
        use crate::budget::{LineField, LineId, LineKind, SettingsField};
        use crate::plan::checks::{MAX_ANSWER_KEPT, MAX_FAMILY, MAX_LINES, MAX_LIST, MAX_OUTCOMES};
        use crate::plan::story::StoryField;
        use crate::steps::costs::CostsAction;
        use crate::steps::options::OptionsAction;
        use crate::steps::outcomes::OutcomesAction;
        use crate::steps::story::StoryAction;
        use crate::steps::support::SupportAction;
        use crate::vocabulary::OutcomeId;
        let wide = |n: usize| "\u{1}".repeat(n);
        let mut actions = vec![Action::SetChildName(wide(1_000_000))];
        let mut family = Model::default();
        for n in 1..=MAX_FAMILY as u32 + 1 {
            for action in [
                StoryAction::AddMember(crate::plan::story::FamilyRole::Sibling),
                StoryAction::SetMemberName(crate::vocabulary::MemberId(n), wide(5_000)),
            ] {
                family = apply(family, Action::Story(action.clone()));
                actions.push(Action::Story(action));
            }
        }
        for field in StoryField::all(&family.plan.story) {
            actions.push(Action::Story(StoryAction::SetText(field, wide(5_000))));
        }
        for n in 1..=MAX_OUTCOMES as u32 + 1 {
            actions.push(Action::Outcomes(OutcomesAction::Add));
            actions.push(Action::Outcomes(OutcomesAction::SetWords(
                OutcomeId(n),
                wide(5_000),
            )));
            actions.push(Action::Outcomes(OutcomesAction::SetHowWeKnow(
                OutcomeId(n),
                wide(5_000),
            )));
        }
        for n in 0..MAX_LIST + 5 {
            actions.push(Action::Outcomes(OutcomesAction::Ignore(format!(
                "{n}{}",
                wide(500)
            ))));
        }
        actions.push(Action::Options(OptionsAction::SetWhy(wide(5_000))));
        for n in 1..=MAX_LINES as u32 + 1 {
            actions.push(Action::Support(SupportAction::AddLine(
                LineKind::PersonalAssistant,
            )));
            actions.push(Action::Support(SupportAction::SetName(
                LineId(n),
                wide(5_000),
            )));
            for field in [
                LineField::HoursAWeek,
                LineField::HourlyRate,
                LineField::Weeks,
            ] {
                actions.push(Action::Support(SupportAction::SetField(
                    LineId(n),
                    field,
                    wide(500),
                )));
            }
        }
        actions.push(Action::Costs(CostsAction::SetPlanWeeks(wide(500))));
        actions.push(Action::GrowingUp(GrowingUpAction::SetBirthdayMonth(Some(
            12,
        ))));
        for step in crate::plan::growing_up::TransitionStep::ALL {
            actions.push(Action::GrowingUp(GrowingUpAction::SetDone(step, true)));
            actions.push(Action::GrowingUp(GrowingUpAction::SetSpokeTo(
                step,
                wide(500),
            )));
        }
        for field in [
            SettingsField::InsurancePremiumAYear,
            SettingsField::PayrollCostAPayslip,
            SettingsField::PayslipsAYear,
            SettingsField::ContingencyPercent,
        ] {
            actions.push(Action::Costs(CostsAction::SetEmployerField(
                field,
                wide(500),
            )));
        }
        let model = after(actions);
        assert_eq!(model.plan.outcomes.items.len(), MAX_OUTCOMES);
        assert_eq!(model.plan.support.lines.len(), MAX_LINES);
        assert_eq!(model.plan.story.family.len(), MAX_FAMILY);
        assert_eq!(model.plan.outcomes.dismissed.len(), MAX_LIST);
        assert_eq!(
            model.plan.story.child_words.likes.chars().count(),
            MAX_ANSWER_KEPT
        );
        let file = plan_file::to_file(&model.plan, "2026-12-02").unwrap();
        assert!(
            file.len() <= plan_file::MAX_BYTES,
            "{} bytes, over {}",
            file.len(),
            plan_file::MAX_BYTES
        );
        eprintln!(
            "largest plan: {} bytes as a file (limit {})",
            file.len(),
            plan_file::MAX_BYTES
        );
        assert_eq!(plan_file::from_json(&file), Ok(model.plan));
    }

    #[test]
    fn an_open_session_survives_a_reload_and_leaves_the_device_plan_alone() {
        let session_plan = after(about_us_typed()).plan;
        let text = plan_file::to_json(&session_plan).unwrap();
        let startup = start(StoredPlan::Text("{broken".into()), StoredPlan::Text(text));
        assert_eq!(startup.model.plan, session_plan);
        assert_eq!(startup.model.keeping, Keeping::SessionOnly);
        assert_eq!(startup.keep_as_backup, None);
    }

    fn a_file(plan: &Plan) -> String {
        plan_file::to_file(plan, "2026-11-26").unwrap()
    }

    #[test]
    fn a_file_opens_straight_away_when_nothing_is_in_progress() {
        let file_plan = after(about_us_typed()).plan;
        let model = after([Action::FileChosen(a_file(&file_plan))]);
        assert_eq!(model.plan, file_plan);
        assert_eq!(model.notice, Some(Notice::FileOpened));
    }

    #[test]
    fn a_file_waits_for_a_yes_when_a_plan_is_in_progress() {
        let mut file_plan = Plan::default();
        file_plan.about.child_name = "From the file".into();
        let model = after([
            Action::SetChildName("Typed here".into()),
            Action::FileChosen(a_file(&file_plan)),
        ]);
        assert_eq!(model.screen, Screen::ReplaceWithFile);
        assert_eq!(model.plan.about.child_name, "Typed here");
        let kept = apply(model.clone(), Action::KeepCurrentPlan);
        assert_eq!(kept.plan.about.child_name, "Typed here");
        assert_eq!(kept.file_waiting, None);
        let replaced = apply(model, Action::ReplaceWithFile);
        assert_eq!(replaced.plan.about.child_name, "From the file");
        assert_eq!(replaced.notice, Some(Notice::FileOpened));
    }

    #[test]
    fn a_bad_file_leaves_the_plan_untouched_and_says_why() {
        let before = after([Action::SetChildName("Sam".into())]);
        let model = apply(before.clone(), Action::FileChosen("not json".into()));
        assert_eq!(model.plan, before.plan);
        assert_eq!(
            model.notice,
            Some(Notice::FileNotOpened(OpenError::NotJson))
        );
        let unreadable = apply(before, Action::FileNotOpened(OpenError::CouldNotRead));
        assert_eq!(
            unreadable.notice,
            Some(Notice::FileNotOpened(OpenError::CouldNotRead))
        );
    }

    #[test]
    fn a_session_starts_empty_and_ending_it_on_a_shared_device_starts_the_next_familys() {
        let device_plan = after(about_us_typed()).plan;
        let mut session = after(about_us_typed());
        let effects = update(&mut session, Action::SessionStarted);
        assert!(effects.contains(&Effect::MarkSharedDevice(true)));
        assert_eq!(session.keeping, Keeping::SessionOnly);
        assert!(session.plan.is_empty());
        let session = apply(session, Action::SetChildName("Jo".into()));
        let stored = StoredPlan::Text(plan_file::to_json(&device_plan).unwrap());
        let next = apply(session, Action::SessionEnded(stored.clone()));
        assert_eq!(next.keeping, Keeping::SessionOnly, "still a session");
        assert!(next.plan.is_empty(), "the last family's plan is gone");
        assert_eq!(next.notice, Some(Notice::NextFamily));
    }

    #[test]
    fn stopping_sessions_returns_to_the_device_plan_and_forgets_the_mark() {
        let device_plan = after(about_us_typed()).plan;
        let mut session = after([Action::SessionStarted]);
        let effects = update(&mut session, Action::EndSessionAndStopSharing);
        assert_eq!(
            effects,
            vec![Effect::MarkSharedDevice(false), Effect::EndSession]
        );
        let stored = StoredPlan::Text(plan_file::to_json(&device_plan).unwrap());
        let ended = apply(session, Action::SessionEnded(stored));
        assert_eq!(ended.keeping, Keeping::OnThisDevice);
        assert_eq!(ended.plan, device_plan);
        assert_eq!(ended.notice, Some(Notice::SessionEnded));
        assert!(!ended.shared_device);
    }

    #[test]
    fn a_device_marked_as_shared_opens_in_a_session() {
        let device = StoredPlan::Text(plan_file::to_json(&after(about_us_typed()).plan).unwrap());
        let model = apply(start_device(device).model, Action::DeviceIsShared);
        assert_eq!(model.keeping, Keeping::SessionOnly);
        assert!(model.plan.is_empty(), "the device's own plan is not shown");
        assert!(model.shared_device);
        assert_eq!(model.first_effects(), vec![Effect::SavePlan]);
    }

    #[test]
    fn a_council_can_make_sessions_the_default_without_touching_the_device_plan() {
        let device = StoredPlan::Text(plan_file::to_json(&after(about_us_typed()).plan).unwrap());
        let reading = crate::council::config::read_config(r#"{"default_saving": "session"}"#);
        let startup = start_with_council(device, StoredPlan::Nothing, reading);
        assert_eq!(startup.model.keeping, Keeping::SessionOnly);
        assert!(startup.model.plan.is_empty());
        assert!(!startup.model.local_info_incomplete);
    }

    #[test]
    fn a_configuration_with_problems_is_flagged_and_its_good_parts_kept() {
        let reading = crate::council::config::read_config(
            r#"{"council_name": "Moray Council", "nonsense": 1}"#,
        );
        let startup = start_with_council(StoredPlan::Nothing, StoredPlan::Nothing, reading);
        assert!(startup.model.local_info_incomplete);
        assert_eq!(startup.model.council.unwrap().council_name, "Moray Council");
    }

    #[test]
    fn starting_with_blocked_storage_works_in_memory() {
        let startup = start_device(StoredPlan::Unavailable);
        assert_eq!(startup.model.saving, Saving::NotSaving);
        assert!(startup.model.plan.is_empty());
    }
}
