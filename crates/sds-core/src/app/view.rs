//! What each screen shows, worked out from the model, so every status and
//! sentence a family sees is tested here rather than in a component.

use crate::app::model::{Model, Notice, Saving, Screen};
use crate::council::config::Organisation;
use crate::plan::Plan;
use crate::steps::about;
use crate::steps::{growing_up, options, outcomes, story, support};
use crate::text::Text;
use crate::vocabulary::{Keeping, SectionId, SectionStatus};

impl SectionStatus {
    pub fn label(self, t: &Text) -> &'static str {
        match self {
            SectionStatus::NotStarted => t.status_not_started,
            SectionStatus::InProgress => t.status_in_progress,
            SectionStatus::Completed => t.status_completed,
            SectionStatus::CannotStartYet => t.status_cannot_start,
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
    /// "Growing up: planning for 16 and 18", from 14.
    pub growing_up: Option<HubSection>,
    /// For a parent or worker filling it in for a young person of 16 or
    /// 17: the young person now decides.
    pub young_person_decides: Option<String>,
}

impl SectionId {
    pub fn title(self, t: &Text) -> &'static str {
        match self {
            SectionId::AboutUs => t.section_about_us,
            SectionId::OurStory => t.section_our_story,
            SectionId::Outcomes => t.section_outcomes,
            SectionId::Options => t.section_options,
            SectionId::Support => t.section_support,
            SectionId::Summary => t.section_summary,
            SectionId::GrowingUp => t.growing_up.title,
        }
    }

    fn hint(self, t: &Text) -> &'static str {
        match self {
            SectionId::AboutUs => t.section_about_us_hint,
            SectionId::OurStory => t.section_our_story_hint,
            SectionId::Outcomes => t.section_outcomes_hint,
            SectionId::Options => t.section_options_hint,
            SectionId::Support => t.section_support_hint,
            SectionId::Summary => t.section_summary_hint,
            SectionId::GrowingUp => t.growing_up.hint,
        }
    }
}

/// The two ways out at the end of a section.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionEnd {
    /// "Continue to <the next section>", and the screen it opens; `None`
    /// for the last section.
    pub next: Option<(&'static str, Screen)>,
    /// "Back to your plan".
    pub back: &'static str,
}

pub fn section_end(section: SectionId, t: &Text) -> SectionEnd {
    let label = |next: SectionId| match (section, next) {
        (SectionId::AboutUs, _) => t.save_and_continue_to_our_story,
        (_, SectionId::Outcomes) => t.continue_to_outcomes,
        (_, SectionId::Options) => t.continue_to_options,
        (_, SectionId::Support) => t.continue_to_support,
        _ => t.continue_to_summary,
    };
    SectionEnd {
        next: section.next().map(|next| (label(next), next.screen())),
        back: if section == SectionId::AboutUs {
            t.save_and_back_to_plan
        } else {
            t.back_to_plan
        },
    }
}

/// The summary shows whatever the plan holds, so it can be looked at as
/// soon as anything is typed. It is not started until the family opens
/// it, and complete once they have and every other section is.
fn summary_status(plan: &Plan, others: &[SectionStatus]) -> SectionStatus {
    if !plan.summary_looked_at {
        SectionStatus::NotStarted
    } else if others.iter().all(|s| *s == SectionStatus::Completed) {
        SectionStatus::Completed
    } else {
        SectionStatus::InProgress
    }
}

pub fn hub(plan: &Plan, t: &Text) -> HubView {
    let others = [
        (SectionId::AboutUs, about::status(&plan.about)),
        (SectionId::OurStory, story::status(plan)),
        (SectionId::Outcomes, outcomes::status(plan)),
        (SectionId::Options, options::status(plan)),
        (SectionId::Support, support::status(plan)),
    ];
    let other_statuses: Vec<SectionStatus> = others.iter().map(|(_, s)| *s).collect();
    let sections: Vec<HubSection> = others
        .into_iter()
        .chain([(SectionId::Summary, summary_status(plan, &other_statuses))])
        .map(|(id, status)| HubSection {
            id,
            title: id.title(t),
            hint: id.hint(t),
            status,
            opens: (status != SectionStatus::CannotStartYet).then_some(id.screen()),
        })
        .collect();
    let done = sections
        .iter()
        .filter(|s| s.status == SectionStatus::Completed)
        .count();
    let name = plan.about.child_name.trim();
    HubView {
        plan_for: (!name.is_empty()).then(|| t.plan_for(&name)),
        progress: t.hub_progress(&done, &sections.len()),
        sections,
        growing_up: growing_up::applies(plan).then(|| HubSection {
            id: SectionId::GrowingUp,
            title: SectionId::GrowingUp.title(t),
            hint: SectionId::GrowingUp.hint(t),
            status: growing_up::status(plan),
            opens: Some(Screen::GrowingUp),
        }),
        young_person_decides: about::young_person_decides(&plan.about, t),
    }
}

/// A way to reach someone: a label and what to show, with a link target
/// (tel:, mailto: or https:) where there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactLine {
    pub label: &'static str,
    pub text: String,
    pub href: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContactGroup {
    pub heading: String,
    pub hint: Option<&'static str>,
    /// Each entry: a name (when a group lists organisations) and its lines.
    pub entries: Vec<(Option<String>, Vec<ContactLine>)>,
}

fn phone_line(phone: &str, t: &Text) -> ContactLine {
    ContactLine {
        label: t.local_phone,
        text: phone.to_owned(),
        href: Some(format!(
            "tel:{}",
            phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        )),
    }
}

fn web_line(web: &str, t: &Text) -> ContactLine {
    ContactLine {
        label: t.local_web,
        text: web.to_owned(),
        href: Some(web.to_owned()),
    }
}

/// An organisation's phone number and website, as lines to show.
pub fn organisation_lines(organisation: &Organisation, t: &Text) -> Vec<ContactLine> {
    organisation
        .phone
        .as_deref()
        .map(|p| phone_line(p, t))
        .into_iter()
        .chain(organisation.web.as_deref().map(|w| web_line(w, t)))
        .collect()
}

/// "Who can help": the council's own contacts and local organisations, from
/// its configuration. Empty without one.
pub fn local_contacts(model: &Model, t: &Text) -> Vec<ContactGroup> {
    let Some(council) = &model.council else {
        return Vec::new();
    };
    let phone = |p: &str| phone_line(p, t);
    let web = |w: &str| web_line(w, t);
    let mut groups = Vec::new();
    let mut lines: Vec<ContactLine> = Vec::new();
    lines.extend(council.phone.as_deref().map(phone));
    lines.extend(council.email.as_deref().map(|e| ContactLine {
        label: t.local_email,
        text: e.to_owned(),
        href: Some(format!("mailto:{e}")),
    }));
    lines.extend(council.web.as_deref().map(web));
    if let Some(eligibility) = &council.eligibility_web {
        lines.push(ContactLine {
            label: t.local_eligibility,
            text: eligibility.clone(),
            href: Some(eligibility.clone()),
        });
    }
    if !council.council_name.is_empty() || !lines.is_empty() {
        let name = if council.council_name.is_empty() {
            t.section_about_us
        } else {
            council.council_name.as_str()
        };
        groups.push(ContactGroup {
            heading: t.local_council_contact(&name),
            hint: None,
            entries: vec![(None, lines)],
        });
    }
    for (heading, hint, organisations) in [
        (
            t.local_support_organisations,
            t.local_support_organisations_hint,
            &council.support_organisations,
        ),
        (
            t.local_advocacy,
            t.local_advocacy_hint,
            &council.advocacy_services,
        ),
    ] {
        if organisations.is_empty() {
            continue;
        }
        let entries = organisations
            .iter()
            .map(|o| (Some(o.name.clone()), organisation_lines(o, t)))
            .collect();
        groups.push(ContactGroup {
            heading: heading.to_owned(),
            hint: Some(hint),
            entries,
        });
    }
    groups
}

#[derive(Debug, Clone, PartialEq)]
pub struct SavingView {
    pub saved: bool,
    pub heading: &'static str,
    pub hint: &'static str,
    /// A session is on: offer "End session" rather than starting one.
    pub session: bool,
    /// Nothing is being saved: offer to save the answers as a file now.
    pub offer_file: bool,
    /// Saving is held to keep data the tool could not read: offer that
    /// data as a file, which lets saving start again.
    pub offer_unreadable_file: bool,
    /// The plan is open in another tab or window too, said plainly.
    pub open_elsewhere: Option<&'static str>,
}

/// After "Save a copy" on a shared device: where the file went, and what to
/// do with it before leaving.
/// "Saved as sds-plan-sam-2026-12-02.json…" just after a copy is saved;
/// on a shared device, with what to do with it before leaving.
pub fn saved_copy(model: &Model, t: &Text) -> Option<String> {
    let name = model.saved_copy.as_deref()?;
    Some(if model.keeping == Keeping::SessionOnly {
        t.saved_on_shared_device(&name)
    } else {
        t.saved_copy_where(&name)
    })
}

pub fn saving(model: &Model, t: &Text) -> SavingView {
    let session = model.keeping == Keeping::SessionOnly;
    let guarding = model.guarding_unreadable && !session;
    let (saved, heading, hint) = match (model.saving, model.keeping) {
        _ if guarding => (false, t.not_saving, t.not_saving_guarding_hint),
        (Saving::NotSaving, _) => (false, t.not_saving, t.not_saving_hint),
        (Saving::OnThisDevice, Keeping::OnThisDevice) => {
            (true, t.saved_on_device, t.saved_on_device_hint)
        }
        (Saving::OnThisDevice, Keeping::SessionOnly) => (true, t.session_on, t.session_on_hint),
    };
    SavingView {
        saved,
        heading,
        hint,
        session,
        offer_file: !saved,
        offer_unreadable_file: guarding && model.unreadable.is_some(),
        open_elsewhere: (model.open_elsewhere && !session).then_some(t.open_elsewhere),
    }
}

/// A one-off message: whether it reports a problem, and its sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeView {
    pub problem: bool,
    pub lines: Vec<&'static str>,
    /// The notice is about saved data the tool could not read: offer it as
    /// a file.
    pub offer_unreadable_file: bool,
}

pub fn notice(model: &Model, t: &Text) -> Option<NoticeView> {
    let (problem, lines) = match model.notice.as_ref()? {
        Notice::BrokenDataKept => (true, vec![t.notice_broken_data]),
        Notice::NewerVersionKept => (true, vec![t.notice_newer_version]),
        Notice::EverythingDeleted => (false, vec![t.notice_deleted]),
        Notice::FileOpened => (false, vec![t.notice_file_opened]),
        Notice::FileNotOpened(error) => (
            true,
            vec![
                t.notice_file_not_opened,
                error.message(t),
                t.notice_plan_unchanged,
            ],
        ),
        Notice::SessionStarted => (false, vec![t.notice_session_started]),
        Notice::SessionEnded => (false, vec![t.notice_session_ended]),
        Notice::NextFamily => (false, vec![t.notice_session_ended, t.notice_next_family]),
    };
    let about_unreadable = matches!(
        model.notice,
        Some(Notice::BrokenDataKept | Notice::NewerVersionKept)
    );
    let mut lines = lines;
    if about_unreadable && model.guarding_unreadable {
        lines.push(t.notice_kept_in_place);
    }
    Some(NoticeView {
        problem,
        lines,
        offer_unreadable_file: about_unreadable && model.unreadable.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::model::{Action, Effect, apply, update};
    use crate::test_support::{EXAMPLE_COUNCIL, about_us_saved, after};
    use crate::text::EN;

    fn statuses(model: &Model) -> Vec<(&'static str, &'static str)> {
        hub(&model.plan, &EN)
            .sections
            .iter()
            .map(|s| (s.title, s.status.label(&EN)))
            .collect()
    }

    #[test]
    fn a_new_plan_shows_every_section_not_started() {
        let expected = vec![
            ("About us", "Not started"),
            ("Our story", "Not started"),
            ("What we want to change", "Not started"),
            ("The four options", "Not started"),
            ("Support ideas and costs", "Not started"),
            ("Our summary for the assessment", "Not started"),
        ];
        assert_eq!(statuses(&Model::default()), expected);
        assert_eq!(
            hub(&Model::default().plan, &EN).progress,
            "You have completed 0 of 6 sections."
        );
    }

    #[test]
    fn a_submitted_about_us_is_counted_on_the_hub() {
        let model = after(about_us_saved());
        assert_eq!(statuses(&model)[0], ("About us", "Completed"));
        assert_eq!(
            hub(&model.plan, &EN).progress,
            "You have completed 1 of 6 sections."
        );
    }

    #[test]
    fn sections_that_cannot_start_yet_have_no_link() {
        let view = hub(&Model::default().plan, &EN);
        for section in view.sections {
            let linked = section.opens.is_some();
            let can_start = section.status != SectionStatus::CannotStartYet;
            assert_eq!(linked, can_start, "{:?}", section.id);
        }
    }

    #[test]
    fn each_section_ends_with_the_next_one_by_name() {
        let labels: Vec<Option<&str>> = SectionId::ALL
            .iter()
            .map(|s| section_end(*s, &EN).next.map(|(label, _)| label))
            .collect();
        assert_eq!(
            labels,
            [
                Some("Save and continue to Our story"),
                Some("Continue to What we want to change"),
                Some("Continue to the four options"),
                Some("Continue to Support ideas and costs"),
                Some("Continue to your summary"),
                None,
            ]
        );
        assert_eq!(
            section_end(SectionId::AboutUs, &EN).back,
            "Save and go back to your plan"
        );
        assert_eq!(
            section_end(SectionId::Options, &EN).back,
            "Back to your plan"
        );
        for section in SectionId::ALL {
            if let Some((_, screen)) = section_end(section, &EN).next {
                assert_eq!(screen.section(), section.next());
            }
        }
    }

    #[test]
    fn the_summary_is_not_started_until_it_is_opened() {
        let status = |model: &Model| hub(&model.plan, &EN).sections[5].status;
        assert_eq!(status(&Model::default()), SectionStatus::NotStarted);
        let typed = after([Action::SetAge("9".into())]);
        assert_eq!(status(&typed), SectionStatus::NotStarted);
        let opened = after([
            Action::SetAge("9".into()),
            Action::Open(Screen::Summary),
            Action::Open(Screen::Hub),
        ]);
        assert_eq!(status(&opened), SectionStatus::InProgress);
        // Opening it is kept, like an answer.
        let effects = update(
            &mut after([Action::SetAge("9".into())]),
            Action::Open(Screen::Summary),
        );
        assert!(effects.contains(&Effect::SavePlan), "{effects:?}");
    }

    #[test]
    fn opening_the_summary_of_an_empty_plan_keeps_it_empty() {
        let model = after([Action::Open(Screen::Summary)]);
        assert!(model.plan.is_empty());
    }

    #[test]
    fn the_summary_is_completed_once_opened_with_every_other_section_done() {
        let done = crate::test_support::every_section_done();
        let status = |model: &Model| hub(&model.plan, &EN).sections[5].status;
        assert_eq!(status(&done), SectionStatus::NotStarted);
        let opened = apply(done, Action::Open(Screen::Summary));
        assert_eq!(status(&opened), SectionStatus::Completed);
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
    fn a_copy_saved_in_a_session_says_where_it_went_until_the_screen_changes() {
        let today = "2026-12-02".to_owned();
        let device = after([
            Action::SetChildName("Sam".into()),
            Action::SaveAsFile {
                today: today.clone(),
            },
        ]);
        assert_eq!(
            saved_copy(&device, &EN).as_deref(),
            Some(
                "Saved as sds-plan-sam-2026-12-02.json, usually in your Downloads folder. Keep it somewhere safe: it is the only copy outside this browser."
            )
        );
        let session = after([
            Action::SessionStarted,
            Action::SetChildName("Sam".into()),
            Action::SaveAsFile { today },
        ]);
        let said = saved_copy(&session, &EN).unwrap();
        assert!(said.contains("sds-plan-sam-2026-12-02.json"), "{said}");
        assert!(said.contains("Downloads"), "{said}");
        let moved_on = apply(session, Action::Open(Screen::AboutUs));
        assert_eq!(saved_copy(&moved_on, &EN), None);
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
        let model = after([Action::DeleteEverything]);
        let expected = NoticeView {
            problem: false,
            lines: vec!["Everything has been deleted from this device."],
            offer_unreadable_file: false,
        };
        assert_eq!(notice(&model, &EN), Some(expected));
        assert_eq!(notice(&apply(model, Action::DismissNotice), &EN), None);
    }

    #[test]
    fn a_file_that_would_not_open_says_why_and_that_the_plan_is_unchanged() {
        let model = after([Action::FileChosen(String::new())]);
        let expected = NoticeView {
            problem: true,
            lines: vec![
                "We could not open that file.",
                "The file is empty.",
                "Your plan here has not changed.",
            ],
            offer_unreadable_file: false,
        };
        assert_eq!(notice(&model, &EN), Some(expected));
    }

    #[test]
    fn without_a_configuration_there_are_no_local_contacts() {
        assert_eq!(local_contacts(&Model::default(), &EN), vec![]);
    }

    #[test]
    fn the_councils_contacts_come_first_then_local_organisations() {
        let reading = crate::council::config::read_config(EXAMPLE_COUNCIL);
        let model = crate::app::model::start_with_council(
            crate::app::model::StoredPlan::Nothing,
            crate::app::model::StoredPlan::Nothing,
            reading,
        )
        .model;
        let groups = local_contacts(&model, &EN);
        let headings: Vec<&str> = groups.iter().map(|g| g.heading.as_str()).collect();
        assert_eq!(
            headings,
            vec![
                "Loch Fyne Council (an example): Self-directed Support team",
                "Independent support organisations",
                "Advocacy services"
            ]
        );
        let council_lines = &groups[0].entries[0].1;
        assert_eq!(council_lines[0].href.as_deref(), Some("tel:01234567890"));
        assert_eq!(
            council_lines[1].href.as_deref(),
            Some("mailto:sds@lochfyne.example")
        );
        assert_eq!(
            groups[1].entries[0].0.as_deref(),
            Some("Loch Fyne Independent Support")
        );
    }

    #[test]
    fn a_session_shows_that_nothing_is_kept_after_the_tab_closes() {
        let model = after([Action::SessionStarted]);
        let view = saving(&model, &EN);
        assert_eq!(view.heading, "Session on a shared device");
        assert!(view.session);
    }
}
