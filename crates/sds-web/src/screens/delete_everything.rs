//! "Are you sure?" before deleting the plan from this browser.

use sds_core::Action;
use sds_core::app::model::Screen;
use yew::prelude::*;

use crate::effects::storage;
use crate::hooks::{use_app, use_text};
use crate::widgets::confirm_page::ConfirmPage;

#[component]
pub fn DeleteEverything() -> Html {
    let t = use_text();
    let app = &use_app();
    let confirm = app.sender(|_: MouseEvent| {
        // If storage is blocked there is nothing stored to delete, and the
        // plan in memory is emptied either way.
        let _ = storage::delete_everything();
        Action::EverythingDeleted
    });
    html! {
        <ConfirmPage title={t.delete_title} body={t.delete_body}>
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
