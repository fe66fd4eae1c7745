//! Sessions on a shared device, for support workers: start one (nothing is
//! kept after the tab closes) and end one (offer a file, then wipe).

use sds_core::Action;
use sds_core::app::model::Screen;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::confirm_page::ConfirmPage;
use crate::widgets::plan_files::SaveCopyButton;

#[component]
pub fn StartSession() -> Html {
    let t = use_text();
    let app = &use_app();
    html! {
        <ConfirmPage title={t.start_session_title} body={t.start_session_body}>
            <button type="button" class="sds-button" onclick={app.send(Action::SessionStarted)}>
                { t.start_session_confirm }
            </button>
            <button type="button" class="sds-button sds-button--secondary" onclick={app.send(Action::Open(Screen::Hub))}>
                { t.go_back }
            </button>
        </ConfirmPage>
    }
}

#[component]
pub fn EndSession() -> Html {
    let t = use_text();
    let app = &use_app();
    let end = app.send(Action::EndSession);
    html! {
        <ConfirmPage title={t.end_session_title} body={t.end_session_body}>
            <SaveCopyButton secondary=true />
            <button type="button" class="sds-button sds-button--warning" onclick={end}>
                { t.end_session_confirm }
            </button>
            <button type="button" class="sds-button sds-button--secondary"
                onclick={app.send(Action::EndSessionAndStopSharing)}>
                { t.end_session_stop_sharing }
            </button>
            <button type="button" class="sds-button sds-button--secondary" onclick={app.send(Action::Open(Screen::Hub))}>
                { t.go_back }
            </button>
        </ConfirmPage>
    }
}
