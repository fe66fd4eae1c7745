//! The app's state and the one reducer that changes it. The web shell keeps a
//! `Model` in a Yew reducer, sends `Action`s, and performs the effects
//! (storage, focus) the model asks for.

use crate::about;
use crate::council::{Filler, council_by_id};
use crate::options::{self, OptionsAction, OptionsScreen};
use crate::outcomes::{self, OutcomesAction, OutcomesScreen};
use crate::plan::Plan;
use crate::plan_file::{self, OpenError};
use crate::story::{self, StoryAction, StoryScreen};
use crate::support::{self, SupportAction, SupportScreen};

/// Which screen is showing. Not part of the URL: embedded on a council page
/// the tool must not take over the host's address bar.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    BrokenDataKept,
    NewerVersionKept,
    EverythingDeleted,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Model {
    pub plan: Plan,
    pub screen: Screen,
    pub saving: Saving,
    pub notice: Option<Notice>,
    /// About us errors show only after the family first presses "Save and
    /// continue", as in the design systems; then they update as they type.
    pub about_submitted: bool,
    /// The same for the options notes page.
    pub options_submitted: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Open(Screen),
    SetChildName(String),
    SetAge(String),
    SetFiller(Filler),
    /// A council id, or empty for "Choose a council area".
    SetCouncil(String),
    SubmitAboutUs,
    /// The shell has removed everything from storage.
    EverythingDeleted,
    /// The shell could not write to storage.
    StorageFailed,
    /// The shell wrote to storage again after a failure.
    StorageWorked,
    DismissNotice,
    Story(StoryAction),
    Outcomes(OutcomesAction),
    Options(OptionsAction),
    Support(SupportAction),
}

/// The one way the model changes.
pub fn apply(mut model: Model, action: Action) -> Model {
    match action {
        Action::Open(screen) => {
            model.screen = screen;
            if screen == Screen::AboutUs {
                model.about_submitted = false;
            }
            if screen == Screen::Options(OptionsScreen::OurThinking) {
                model.options_submitted = false;
            }
        }
        Action::SetChildName(name) => model.plan.about.child_name = name,
        Action::SetAge(age) => model.plan.about.age = age,
        Action::SetFiller(filler) => model.plan.about.filler = Some(filler),
        Action::SetCouncil(id) => {
            model.plan.about.council = council_by_id(&id).map(|c| c.id.to_owned());
        }
        Action::SubmitAboutUs => {
            if about::check(&model.plan.about).is_empty() {
                model.plan.about.confirmed = true;
                model.about_submitted = false;
                model.screen = Screen::Hub;
            } else {
                model.about_submitted = true;
            }
        }
        Action::EverythingDeleted => {
            model.plan = Plan::default();
            model.screen = Screen::Hub;
            model.notice = Some(Notice::EverythingDeleted);
        }
        Action::StorageFailed => model.saving = Saving::NotSaving,
        Action::StorageWorked => model.saving = Saving::OnThisDevice,
        Action::DismissNotice => model.notice = None,
        Action::Story(action) => story::apply(&mut model, action),
        Action::Outcomes(action) => outcomes::apply(&mut model, action),
        Action::Options(action) => options::apply(&mut model, action),
        Action::Support(action) => support::apply(&mut model, action),
    }
    model
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

pub fn start(stored: StoredPlan) -> Startup {
    let mut model = Model::default();
    let mut keep_as_backup = None;
    match stored {
        StoredPlan::Nothing => {}
        StoredPlan::Unavailable => model.saving = Saving::NotSaving,
        StoredPlan::Text(text) => match plan_file::from_json(&text) {
            Ok(plan) => model.plan = plan,
            Err(error) => {
                model.notice = Some(match error {
                    OpenError::NewerVersion { .. } => Notice::NewerVersionKept,
                    _ => Notice::BrokenDataKept,
                });
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

    fn after(actions: impl IntoIterator<Item = Action>) -> Model {
        actions.into_iter().fold(Model::default(), apply)
    }

    fn filled_in() -> Vec<Action> {
        vec![
            Action::Open(Screen::AboutUs),
            Action::SetChildName("Sam".into()),
            Action::SetAge("9".into()),
            Action::SetFiller(Filler::ParentOrCarer),
            Action::SetCouncil("fife".into()),
        ]
    }

    #[test]
    fn the_app_opens_on_the_hub_with_an_empty_plan() {
        let model = Model::default();
        assert_eq!(model.screen, Screen::Hub);
        assert!(model.plan.is_empty());
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
        let model = after(filled_in().into_iter().chain([Action::SubmitAboutUs]));
        assert!(model.plan.about.confirmed);
        assert_eq!(model.screen, Screen::Hub);
        assert!(!model.about_submitted);
    }

    #[test]
    fn submitting_with_problems_stays_on_the_page_and_shows_errors() {
        let model = after([
            Action::Open(Screen::AboutUs),
            Action::SetAge("100".into()),
            Action::SubmitAboutUs,
        ]);
        assert_eq!(model.screen, Screen::AboutUs);
        assert!(model.about_submitted);
        assert!(!model.plan.about.confirmed);
        assert_eq!(model.plan.about.age, "100");
    }

    #[test]
    fn opening_about_us_again_hides_old_errors() {
        let model = after([
            Action::SubmitAboutUs,
            Action::Open(Screen::Hub),
            Action::Open(Screen::AboutUs),
        ]);
        assert!(!model.about_submitted);
    }

    #[test]
    fn deleting_everything_empties_the_plan_and_says_so() {
        let model = after(filled_in().into_iter().chain([Action::EverythingDeleted]));
        assert!(model.plan.is_empty());
        assert_eq!(model.screen, Screen::Hub);
        assert_eq!(model.notice, Some(Notice::EverythingDeleted));
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
            filled_in()
                .into_iter()
                .chain([Action::EverythingDeleted, Action::DismissNotice]),
        );
        assert_eq!(model.notice, None);
    }

    #[test]
    fn starting_with_nothing_stored_gives_an_empty_plan_saved_on_this_device() {
        let startup = start(StoredPlan::Nothing);
        assert_eq!(startup.model, Model::default());
        assert_eq!(startup.keep_as_backup, None);
    }

    #[test]
    fn starting_with_a_saved_plan_opens_it() {
        let saved = after(filled_in()).plan;
        let text = plan_file::to_json(&saved).unwrap();
        assert_eq!(start(StoredPlan::Text(text)).model.plan, saved);
    }

    #[test]
    fn starting_with_broken_data_keeps_it_as_a_backup_and_says_so() {
        let startup = start(StoredPlan::Text("{not json".into()));
        assert!(startup.model.plan.is_empty());
        assert_eq!(startup.model.notice, Some(Notice::BrokenDataKept));
        assert_eq!(startup.keep_as_backup.as_deref(), Some("{not json"));
    }

    #[test]
    fn starting_with_a_newer_plan_keeps_it_and_says_so() {
        let text =
            r#"{"format":"sds-explorer-plan","schema_version":7,"app_version":"3.0.0","plan":{}}"#;
        let startup = start(StoredPlan::Text(text.into()));
        assert_eq!(startup.model.notice, Some(Notice::NewerVersionKept));
        assert_eq!(startup.keep_as_backup.as_deref(), Some(text));
    }

    #[test]
    fn starting_with_blocked_storage_works_in_memory() {
        let startup = start(StoredPlan::Unavailable);
        assert_eq!(startup.model.saving, Saving::NotSaving);
        assert!(startup.model.plan.is_empty());
    }
}
