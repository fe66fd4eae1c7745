//! "Are you sure?" before deleting the plan from this browser.

use sds_core::Action;
use sds_core::app::model::Screen;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::confirm_page::ConfirmPage;
use crate::widgets::plan_files::SaveCopyButton;

#[component]
pub fn DeleteEverything() -> Html {
    let t = use_text();
    let app = &use_app();
    let confirm = app.send(Action::DeleteEverything);
    html! {
        <ConfirmPage title={t.delete_title} body={t.delete_body}>
            // Deleting cannot be undone: a copy first, for anyone unsure.
            <SaveCopyButton label={Some(t.delete_save_first)} secondary=true />
            <button type="button" class="sds-button sds-button--warning" onclick={confirm}>
                { t.delete_confirm }
            </button>
            <button type="button" class="sds-button sds-button--secondary"
                onclick={app.send(Action::Open(Screen::Hub))}>
                { t.delete_cancel }
            </button>
        </ConfirmPage>
    }
}
