//! What each screen shows, worked out from the model, so every status and
//! sentence a family sees is tested here rather than in a component.

use crate::about::{self, AboutError, DecisionStage};
use crate::model::{Model, Notice, Saving, Screen};
use crate::plan::Plan;
use crate::text::Text;
use crate::{options, outcomes, story, support};

/// The task-list statuses of the design systems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
    CannotStartYet,
}

impl SectionStatus {
    pub fn label(self, t: &Text) -> &'static str {
        match self {
            SectionStatus::NotStarted => t.status_not_started,
            SectionStatus::InProgress => t.status_in_progress,
            SectionStatus::Completed => t.status_completed,
            SectionStatus::CannotStartYet => t.status_cannot_start,
        }
    }

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

#[derive(Debug, Clone, PartialEq)]
pub struct HubSection {
    pub id: SectionId,
    pub title: &'static str,
    pub hint: &'static str,
    pub status: SectionStatus,
    /// The screen the section's link opens; `None` while it cannot start.
    pub opens: Option<Screen>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HubView {
    /// "Plan for Sam" once a name is given.
    pub plan_for: Option<String>,
    pub progress: String,
    pub sections: Vec<HubSection>,
}

pub fn about_us_status(plan: &Plan) -> SectionStatus {
    let about = &plan.about;
    let untouched = about.child_name.is_empty()
        && about.age.is_empty()
        && about.filler.is_none()
        && about.council.is_none();
    if untouched {
        SectionStatus::NotStarted
    } else if about.confirmed && about::check(about).is_empty() {
        SectionStatus::Completed
    } else {
        SectionStatus::InProgress
    }
}

pub fn hub(plan: &Plan, t: &Text) -> HubView {
    let sections: Vec<HubSection> = SectionId::ALL
        .into_iter()
        .map(|id| {
            let (title, hint) = match id {
                SectionId::AboutUs => (t.section_about_us, t.section_about_us_hint),
                SectionId::OurStory => (t.section_our_story, t.section_our_story_hint),
                SectionId::Outcomes => (t.section_outcomes, t.section_outcomes_hint),
                SectionId::Options => (t.section_options, t.section_options_hint),
                SectionId::Support => (t.section_support, t.section_support_hint),
                SectionId::Summary => (t.section_summary, t.section_summary_hint),
            };
            let (status, screen) = match id {
                SectionId::AboutUs => (about_us_status(plan), Screen::AboutUs),
                SectionId::OurStory => (story::status(plan), Screen::Story(Default::default())),
                SectionId::Outcomes => {
                    (outcomes::status(plan), Screen::Outcomes(Default::default()))
                }
                SectionId::Options => (options::status(plan), Screen::Options(Default::default())),
                SectionId::Support => (support::status(plan), Screen::Support(Default::default())),
                SectionId::Summary => (SectionStatus::CannotStartYet, Screen::Hub),
            };
            let opens = (status != SectionStatus::CannotStartYet).then_some(screen);
            HubSection {
                id,
                title,
                hint,
                status,
                opens,
            }
        })
        .collect();
    let done = sections
        .iter()
        .filter(|s| s.status == SectionStatus::Completed)
        .count();
    let name = plan.about.child_name.trim();
    HubView {
        plan_for: (!name.is_empty()).then(|| (t.plan_for)(name)),
        progress: (t.hub_progress)(done, sections.len()),
        sections,
    }
}

/// One problem to show beside its field and in the error summary.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field_id: &'static str,
    pub message: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AboutView {
    pub errors: Vec<FieldError>,
    /// Who decides, shown once a valid age is typed.
    pub decisions: Vec<&'static str>,
}

impl AboutView {
    pub fn error_for(&self, field_id: &str) -> Option<&'static str> {
        self.errors
            .iter()
            .find(|e| e.field_id == field_id)
            .map(|e| e.message)
    }
}

pub fn about_us(model: &Model, t: &Text) -> AboutView {
    let errors = if model.about_submitted {
        about::check(&model.plan.about)
            .into_iter()
            .map(|e: AboutError| FieldError {
                field_id: e.field().id(),
                message: e.message(t),
            })
            .collect()
    } else {
        Vec::new()
    };
    let decisions = about::parse_age(&model.plan.about.age)
        .map(|age| DecisionStage::for_age(age).explain(t))
        .unwrap_or_default();
    AboutView { errors, decisions }
}

/// The saving status line under the hub.
#[derive(Debug, Clone, PartialEq)]
pub struct SavingView {
    pub saved: bool,
    pub heading: &'static str,
    pub hint: &'static str,
}

pub fn saving(model: &Model, t: &Text) -> SavingView {
    match model.saving {
        Saving::OnThisDevice => SavingView {
            saved: true,
            heading: t.saved_on_device,
            hint: t.saved_on_device_hint,
        },
        Saving::NotSaving => SavingView {
            saved: false,
            heading: t.not_saving,
            hint: t.not_saving_hint,
        },
    }
}

pub fn notice(model: &Model, t: &Text) -> Option<&'static str> {
    model.notice.map(|n| match n {
        Notice::BrokenDataKept => t.notice_broken_data,
        Notice::NewerVersionKept => t.notice_newer_version,
        Notice::EverythingDeleted => t.notice_deleted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::council::Filler;
    use crate::model::{Action, apply};
    use crate::text::EN;

    fn after(actions: impl IntoIterator<Item = Action>) -> Model {
        actions.into_iter().fold(Model::default(), apply)
    }

    fn statuses(model: &Model) -> Vec<(&'static str, &'static str)> {
        hub(&model.plan, &EN)
            .sections
            .iter()
            .map(|s| (s.title, s.status.label(&EN)))
            .collect()
    }

    #[test]
    fn a_new_plan_shows_about_us_not_started_and_the_rest_cannot_start_yet() {
        let expected = vec![
            ("About us", "Not started"),
            ("Our story", "Not started"),
            ("What we want to change", "Not started"),
            ("The four options", "Cannot start yet"),
            ("Support ideas and costs", "Cannot start yet"),
            ("Our summary for the assessment", "Cannot start yet"),
        ];
        assert_eq!(statuses(&Model::default()), expected);
        assert_eq!(
            hub(&Model::default().plan, &EN).progress,
            "You have completed 0 of 6 sections."
        );
    }

    #[test]
    fn typing_anything_in_about_us_makes_it_in_progress() {
        let model = after([Action::SetAge("9".into())]);
        assert_eq!(about_us_status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn a_submitted_about_us_is_completed_and_counted() {
        let model = after([
            Action::SetAge("9".into()),
            Action::SetFiller(Filler::YoungPerson),
            Action::SetCouncil("moray".into()),
            Action::SubmitAboutUs,
        ]);
        assert_eq!(about_us_status(&model.plan), SectionStatus::Completed);
        assert_eq!(
            hub(&model.plan, &EN).progress,
            "You have completed 1 of 6 sections."
        );
    }

    #[test]
    fn breaking_a_completed_answer_puts_it_back_in_progress() {
        let model = after([
            Action::SetAge("9".into()),
            Action::SetFiller(Filler::YoungPerson),
            Action::SetCouncil("moray".into()),
            Action::SubmitAboutUs,
            Action::SetAge("nine".into()),
        ]);
        assert_eq!(about_us_status(&model.plan), SectionStatus::InProgress);
    }

    #[test]
    fn only_about_us_opens_a_screen_for_now() {
        let view = hub(&Model::default().plan, &EN);
        let opens: Vec<Option<Screen>> = view.sections.iter().map(|s| s.opens).collect();
        assert_eq!(
            opens,
            vec![
                Some(Screen::AboutUs),
                Some(Screen::Story(Default::default())),
                Some(Screen::Outcomes(Default::default())),
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn the_hub_names_the_plan_after_the_child_once_given() {
        assert_eq!(hub(&Model::default().plan, &EN).plan_for, None);
        let model = after([Action::SetChildName("  Sam ".into())]);
        assert_eq!(
            hub(&model.plan, &EN).plan_for.as_deref(),
            Some("Plan for Sam")
        );
    }

    #[test]
    fn errors_are_hidden_until_the_first_submit() {
        let model = after([Action::SetAge("abc".into())]);
        assert_eq!(about_us(&model, &EN).errors, vec![]);
    }

    #[test]
    fn after_a_submit_each_problem_is_listed_with_its_field() {
        let model = after([Action::SetAge("abc".into()), Action::SubmitAboutUs]);
        let view = about_us(&model, &EN);
        let actual: Vec<(&str, &str)> = view
            .errors
            .iter()
            .map(|e| (e.field_id, e.message))
            .collect();
        let expected = vec![
            ("age", "Enter the age as a whole number, like 7"),
            ("filler", "Select who is filling this in"),
            ("council", "Select your council area"),
        ];
        assert_eq!(actual, expected);
        assert_eq!(
            view.error_for("age"),
            Some("Enter the age as a whole number, like 7")
        );
        assert_eq!(view.error_for("child-name"), None);
    }

    #[test]
    fn a_valid_age_explains_who_decides() {
        let model = after([Action::SetAge("16".into())]);
        assert_eq!(
            about_us(&model, &EN).decisions,
            vec![EN.decisions_16_17, EN.transition_16_17]
        );
        let model = after([Action::SetAge("x".into())]);
        assert!(about_us(&model, &EN).decisions.is_empty());
    }

    #[test]
    fn the_saving_line_says_where_answers_are_kept() {
        assert_eq!(
            saving(&Model::default(), &EN).heading,
            "Saved on this device only"
        );
        let blocked = after([Action::StorageFailed]);
        assert_eq!(saving(&blocked, &EN).heading, "Not saved");
        assert!(!saving(&blocked, &EN).saved);
    }

    #[test]
    fn a_notice_has_its_text_until_hidden() {
        let model = after([Action::EverythingDeleted]);
        assert_eq!(
            notice(&model, &EN),
            Some("Everything has been deleted from this device.")
        );
        assert_eq!(notice(&apply(model, Action::DismissNotice), &EN), None);
    }
}
