//! The pieces every screen is built from: one set, so every question page
//! looks and behaves the same.

pub mod choices;
pub mod confirm_page;
pub mod error_summary;
pub mod faces;
pub mod finished_question;
pub mod heading;
pub mod local_contacts;
pub mod money_picture;
pub mod notice;
pub mod plan_files;
pub mod saving_bar;
pub mod section_end;
pub mod text_box;

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::text::Text;
use yew::prelude::*;

use crate::hooks::AppContext;
use crate::widgets::heading::Heading;

/// The heading a screen starts with (focus moves here on each new screen).
pub fn page_heading(text: &str) -> Html {
    html! { <Heading depth={1} class="sds-heading-xl" focusable=true>{ text.to_owned() }</Heading> }
}

/// The words a button or link acts on, after its visible words, for screen
/// readers and voice control: "Change" becomes "Change Swimming club".
pub fn hidden_words(words: &str) -> Html {
    html! { <span class="sds-visually-hidden">{ " " }{ words.to_owned() }</span> }
}

/// Paragraphs of body text.
pub fn paragraphs(lines: &[&'static str]) -> Html {
    lines
        .iter()
        .map(|p| html! { <p class="sds-body">{ *p }</p> })
        .collect::<Html>()
}

/// The link back at the top of a screen.
pub fn back_link(href: &'static str, onclick: Callback<MouseEvent>, label: &'static str) -> Html {
    html! { <a {href} class="sds-back-link" {onclick}>{ label }</a> }
}

/// "Back to your plan", to the hub.
pub fn back_to_plan(app: &AppContext, t: &Text) -> Html {
    back_link("#hub", app.send(Action::Open(Screen::Hub)), t.back_to_plan)
}

/// For a parent or worker filling it in for a young person of 16 or 17:
/// the young person now decides (on the plan and in Our story).
pub fn young_person_decides(words: String) -> Html {
    html! {
        <div class="sds-inset sds-young-person-decides">
            <p class="sds-body">{ words }</p>
        </div>
    }
}
