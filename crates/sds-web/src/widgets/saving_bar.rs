//! A bar at the top of the screen. During a session on a shared device, on
//! every screen: nothing is kept after the session. Otherwise, on every
//! screen but the hub (which shows where answers are kept in full): while
//! nothing is being saved (storage full or blocked, or held to keep a plan
//! the tool could not read), offering the file there and then until saving
//! works again; and while the plan is open in another tab too.

use sds_core::app::model::Screen;
use sds_core::app::view::{self, SavingView};
use sds_core::text::Text;
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::plan_files::{SaveCopyButton, SaveUnreadableButton};

#[component]
pub fn SavingBar() -> Html {
    let t = use_text();
    let app = use_app();
    let saving = view::saving(app.model(), t);
    if saving.session && saving.saved {
        return html! {
            <div class="sds-saving-bar sds-saving-bar--info" role="status">
                <p class="sds-body"><strong>{ t.shared_device_bar }</strong></p>
            </div>
        };
    }
    if app.model().screen() == Screen::Hub {
        return html! {};
    }
    if saving.saved {
        return match saving.open_elsewhere {
            Some(words) => html! {
                <div class="sds-saving-bar sds-saving-bar--info" role="status">
                    <p class="sds-body">{ words }</p>
                </div>
            },
            None => html! {},
        };
    }
    html! {
        <div class="sds-saving-bar" role="status">
            <p class="sds-body"><strong>{ saving.heading }</strong>{ " " }{ saving.hint }</p>
            { save_offer(&saving, t) }
        </div>
    }
}

/// While nothing is being saved, the file to save now: the plan the tool
/// could not read when saving is held to keep it, otherwise the answers.
pub fn save_offer(saving: &SavingView, t: &Text) -> Html {
    if saving.offer_unreadable_file {
        html! { <SaveUnreadableButton /> }
    } else if saving.offer_file {
        html! { <SaveCopyButton label={t.save_answers_as_file} secondary=true /> }
    } else {
        html! {}
    }
}
