//! The first screen: a welcome and the task list of the plan's sections.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::app::view::{self, HubSection};
use yew::prelude::*;

mod saving_status;

use crate::hooks::{AppContext, use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::{
    local_contacts::LocalContacts, notice::Notice, page_heading, paragraphs, young_person_decides,
};
use saving_status::SavingStatus;

#[component]
pub fn Hub() -> Html {
    let t = use_text();
    let app = &use_app();
    let hub = view::hub(app.model().plan(), t);
    html! {
        <>
            <Notice />
            { page_heading(t.hub_title) }
            { paragraphs(t.hub_intro) }
            if let Some(decides) = hub.young_person_decides.clone() {
                { young_person_decides(decides) }
            }
            if !view::saving(app.model(), t).session {
                // Where a support worker sees it first, before the family
                // types anything on a shared computer.
                <div class="sds-inset sds-hub-shared">
                    <p class="sds-body">{ t.hub_shared_device }</p>
                    <button type="button" class="sds-button sds-button--secondary"
                        onclick={app.send(Action::Open(Screen::StartSession))}>
                        { t.start_session }
                    </button>
                </div>
            }
            <Heading depth={2} class="sds-heading-l">{ t.hub_sections_heading }</Heading>
            if let Some(plan_for) = &hub.plan_for {
                <p class="sds-body sds-plan-for">{ plan_for.clone() }</p>
            }
            <p class="sds-body sds-progress">{ hub.progress.clone() }</p>
            <ul class="sds-task-list">
                { for hub.sections.iter().map(|section| task(app, section, t)) }
            </ul>
            if let Some(growing_up) = &hub.growing_up {
                <Heading depth={2} class="sds-heading-m">{ t.growing_up.hub_heading }</Heading>
                <ul class="sds-task-list">{ task(app, growing_up, t) }</ul>
            }
            <LocalContacts />
            <SavingStatus />
        </>
    }
}

fn task(app: &AppContext, section: &HubSection, t: &sds_core::text::Text) -> Html {
    let status_id = app.id(&format!("{}-status", section.id.key()));
    let hint_id = app.id(&format!("{}-hint", section.id.key()));
    let title = match section.opens {
        Some(screen) => html! {
            <a class="sds-link sds-task-list__link" href={format!("#{}", section.id.key())}
                aria-describedby={format!("{hint_id} {status_id}")} onclick={app.send(Action::Open(screen))}>
                { section.title }
            </a>
        },
        None => html! { <span class="sds-task-list__title">{ section.title }</span> },
    };
    let tag_class = format!("sds-tag sds-tag--{}", section.status.class());
    html! {
        <li class={classes!("sds-task-list__item", section.opens.is_some().then_some("sds-task-list__item--link"))}
            key={section.id.key()} data-section={section.id.key()}>
            <div class="sds-task-list__name">
                { title }
                <div class="sds-task-list__hint" id={hint_id}>{ section.hint }</div>
            </div>
            <div class="sds-task-list__status" id={status_id}>
                <strong class={tag_class}>{ section.status.label(t) }</strong>
            </div>
        </li>
    }
}
