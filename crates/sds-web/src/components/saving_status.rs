//! Where the answers are kept, and the way to delete them.

use sds_core::model::Screen;
use sds_core::{Action, view};
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct SavingStatusProps {
    pub app: AppContext,
}

#[component]
pub fn SavingStatus(props: &SavingStatusProps) -> Html {
    let t = use_text();
    let app = &props.app;
    let saving = view::saving(app.model(), t);
    let heading_id = app.id("saving-heading");
    html! {
        <section class="sds-saving" aria-labelledby={heading_id.clone()}>
            <h2 class="sds-heading-m" id={heading_id}>{ t.saving_heading }</h2>
            <div class={classes!("sds-saving__status", (!saving.saved).then_some("sds-saving__status--warning"))}
                role="status">
                <p class="sds-body sds-saving__heading"><strong>{ saving.heading }</strong></p>
                <p class="sds-body">{ saving.hint }</p>
            </div>
            <button type="button" class="sds-button sds-button--secondary"
                onclick={app.send(Action::Open(Screen::DeleteEverything))}>
                { t.delete_everything }
            </button>
        </section>
    }
}
