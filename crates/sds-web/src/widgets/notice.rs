//! A one-off message at the top of the hub (the design systems'
//! notification banner), for example after a file would not open.

use sds_core::Action;
use sds_core::app::view;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::plan_files::SaveUnreadableButton;

#[component]
pub fn Notice() -> Html {
    let t = use_text();
    let app = use_app();
    let Some(notice) = view::notice(app.model(), t) else {
        return html! {};
    };
    let title_id = app.id("notice-title");
    let class = classes!(
        "sds-notice",
        notice.problem.then_some("sds-notice--problem")
    );
    html! {
        <div {class} role="region" aria-labelledby={title_id.clone()}>
            <Heading depth={2} class="sds-notice__title" id={title_id}>{ t.notice_heading }</Heading>
            <div role={if notice.problem { "alert" } else { "status" }}>
                { for notice.lines.iter().map(|line| html! { <p class="sds-notice__body">{ *line }</p> }) }
            </div>
            if notice.offer_unreadable_file {
                <SaveUnreadableButton />
            }
            <button type="button" class="sds-link-button" onclick={app.send(Action::DismissNotice)}>
                { t.notice_dismiss }
            </button>
        </div>
    }
}
