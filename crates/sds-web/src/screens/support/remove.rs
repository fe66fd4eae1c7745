//! "Remove this idea?": asked first, because it cannot be undone.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::budget::LineId;
use sds_core::steps::support::{self, SupportAction, SupportScreen};
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::screens::support::back_to_support;
use crate::widgets::heading::Heading;
use crate::widgets::page_heading;

#[derive(Properties, PartialEq)]
pub struct RemoveProps {
    pub id: LineId,
}

#[component]
pub fn RemovePage(props: &RemoveProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &use_app();
    let Some(view) = support::remove(app.model().plan(), props.id, t) else {
        return html! {
            <>
                { back_to_support(app, t) }
                { page_heading(s.title) }
            </>
        };
    };
    html! {
        <>
            { back_to_support(app, t) }
            <Heading depth={1} class="sds-heading-xl" focusable=true>{ view.title }</Heading>
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
