//! "Are you sure?" before deleting the plan from this browser.

use sds_core::Action;
use sds_core::model::Screen;
use yew::prelude::*;

use crate::effects::storage;
use crate::hooks::{AppContext, use_text};
use crate::widgets::confirm_page::ConfirmPage;

#[derive(Properties, PartialEq)]
pub struct DeleteEverythingProps {
    pub app: AppContext,
}

#[component]
pub fn DeleteEverything(props: &DeleteEverythingProps) -> Html {
    let t = use_text();
    let app = &props.app;
    let confirm = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            // If storage is blocked there is nothing stored to delete, and
            // the plan in memory is emptied either way.
            let _ = storage::delete_everything();
            dispatcher.dispatch(Action::EverythingDeleted);
        })
    };
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
