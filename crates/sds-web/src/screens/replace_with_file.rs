//! A file was chosen while a plan is in progress: never lose it unasked.

use sds_core::Action;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::confirm_page::ConfirmPage;
use crate::widgets::plan_files::SaveCopyButton;

#[component]
pub fn ReplaceWithFile() -> Html {
    let t = use_text();
    let app = &use_app();
    html! {
        <ConfirmPage title={t.replace_title} body={t.replace_body}>
            <SaveCopyButton label={Some(t.replace_save_first)} secondary=true />
            <button type="button" class="sds-button sds-button--warning" onclick={app.send(Action::ReplaceWithFile)}>
                { t.replace_confirm }
            </button>
            <button type="button" class="sds-button sds-button--secondary" onclick={app.send(Action::KeepCurrentPlan)}>
                { t.replace_cancel }
            </button>
        </ConfirmPage>
    }
}
