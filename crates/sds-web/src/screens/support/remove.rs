//! "Remove this idea?": asked first, because it cannot be undone.

use sds_core::Action;
use sds_core::budget::LineId;
use sds_core::model::Screen;
use sds_core::support::{self, SupportAction, SupportScreen};
use yew::prelude::*;

use super::BackToSupport;
use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct RemoveProps {
    pub app: AppContext,
    pub id: LineId,
}

#[component]
pub fn RemovePage(props: &RemoveProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &props.app;
    let Some(view) = support::remove(app.model(), props.id, t) else {
        return html! {
            <>
                <BackToSupport app={app.clone()} />
                <h1 class="sds-heading-xl" tabindex="-1">{ s.title }</h1>
            </>
        };
    };
    html! {
        <>
            <BackToSupport app={app.clone()} />
            <h1 class="sds-heading-xl" tabindex="-1">{ view.title }</h1>
            <p class="sds-body">{ view.body }</p>
            <div class="sds-button-group">
                <button type="button" class="sds-button sds-button--warning"
                    onclick={app.send(Action::Support(SupportAction::RemoveLine(props.id)))}>
                    { s.remove_confirm }
                </button>
                <button type="button" class="sds-button sds-button--secondary"
                    onclick={app.send(Action::Open(Screen::Support(SupportScreen::Start)))}>
                    { s.remove_cancel }
                </button>
            </div>
        </>
    }
}
