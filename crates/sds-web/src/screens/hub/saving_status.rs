//! Where the answers are kept, the plan file controls, and the ways to
//! delete or to run a session on a shared device.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::app::view;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::plan_files::{OpenPlanFile, SaveCopyButton};
use crate::widgets::saving_bar::save_offer;

#[component]
pub fn SavingStatus() -> Html {
    let t = use_text();
    let app = &use_app();
    let saving = view::saving(app.model(), t);
    let heading_id = app.id("saving-heading");
    let files_id = app.id("files-heading");
    html! {
        <>
            <section class="sds-plan-files" aria-labelledby={files_id.clone()}>
                <Heading depth={2} class="sds-heading-m" id={files_id}>{ t.files_heading }</Heading>
                <p class="sds-body">{ t.files_intro }</p>
                <SaveCopyButton />
                <OpenPlanFile />
            </section>
            <section class="sds-saving" aria-labelledby={heading_id.clone()}>
                <Heading depth={2} class="sds-heading-m" id={heading_id}>{ t.saving_heading }</Heading>
                <div class={classes!("sds-saving__status", (!saving.saved).then_some("sds-saving__status--warning"))}
                    role="status">
                    <p class="sds-body sds-saving__heading"><strong>{ saving.heading }</strong></p>
                    <p class="sds-body">{ saving.hint }</p>
                    if let Some(words) = saving.open_elsewhere {
                        <p class="sds-body">{ words }</p>
                    }
                    { save_offer(&saving, t) }
                </div>
                <div class="sds-button-group">
                    if saving.session {
                        <button type="button" class="sds-button sds-button--warning"
                            onclick={app.send(Action::Open(Screen::EndSession))}>
                            { t.end_session }
                        </button>
                    } else {
                        <button type="button" class="sds-button sds-button--secondary"
                            onclick={app.send(Action::Open(Screen::DeleteEverything))}>
                            { t.delete_everything }
                        </button>

                    }
                </div>
                <p class="sds-body">
                    <a href="#privacy" class="sds-link" onclick={app.send(Action::Open(Screen::Privacy))}>{ t.privacy_link }</a>
                </p>
            </section>
        </>
    }
}
