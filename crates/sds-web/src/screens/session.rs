//! Sessions on a shared device, for support workers: start one (nothing is
//! kept after the tab closes) and end one (offer a file, then wipe).

use sds_core::Action;
use sds_core::model::Screen;
use yew::prelude::*;

use crate::effects::storage;
use crate::hooks::{AppContext, use_text};
use crate::widgets::confirm_page::ConfirmPage;
use crate::widgets::plan_files::SaveCopyButton;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub app: AppContext,
}

#[component]
pub fn StartSession(props: &SessionProps) -> Html {
    let t = use_text();
    let app = &props.app;
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
pub fn EndSession(props: &SessionProps) -> Html {
    let t = use_text();
    let app = &props.app;
    let end = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            // Blocked storage held nothing; the plan in memory goes either way.
            let _ = storage::end_session();
            dispatcher.dispatch(Action::SessionEnded(storage::read_device()));
        })
    };
    html! {
        <ConfirmPage title={t.end_session_title} body={t.end_session_body}>
            <SaveCopyButton app={app.clone()} secondary=true />
            <button type="button" class="sds-button sds-button--warning" onclick={end}>
                { t.end_session_confirm }
            </button>
            <button type="button" class="sds-button sds-button--secondary" onclick={app.send(Action::Open(Screen::Hub))}>
                { t.go_back }
            </button>
        </ConfirmPage>
    }
}
