//! The end of a section: "Continue to <the next section>" and "Back to
//! your plan" (the core's `section_end`). The plan then shows the section
//! just finished.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::app::view;
use sds_core::text::Text;
use sds_core::vocabulary::{Onward, SectionId};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::hooks::AppContext;

const BACK: &str = "back-to-plan";

/// The buttons that end a section's form. Both submit it, so the section
/// checks and keeps its answers first; `onward_submit` reads which was
/// pressed (Enter in a box is the first: on to the next section).
pub fn section_end_buttons(t: &Text, section: SectionId) -> Html {
    let end = view::section_end(section, t);
    html! {
        <div class="sds-button-group sds-section-end">
            if let Some((label, _)) = end.next {
                <button type="submit" class="sds-button" value="next">{ label }</button>
            }
            <button type="submit" class={classes!("sds-button", end.next.is_some().then_some("sds-button--secondary"))}
                value={BACK}>{ end.back }</button>
        </div>
    }
}

/// The `onsubmit` of a form ended by `section_end_buttons`: sends the
/// section's "Continue" with where the family chose to go.
pub fn onward_submit(app: &AppContext, finish: fn(Onward) -> Action) -> Callback<SubmitEvent> {
    app.sender(move |event: SubmitEvent| {
        event.prevent_default();
        let back = event
            .submitter()
            .and_then(|button| button.dyn_into::<HtmlElement>().ok())
            .and_then(|button| button.get_attribute("value"))
            .is_some_and(|value| value == BACK);
        finish(if back {
            Onward::Plan
        } else {
            Onward::NextSection
        })
    })
}

/// The same two ways out for a section that has nothing to save: they
/// simply open the next section or the plan.
pub fn section_end_links(app: &AppContext, t: &Text, section: SectionId) -> Html {
    let end = view::section_end(section, t);
    html! {
        <div class="sds-button-group sds-section-end">
            if let Some((label, screen)) = end.next {
                <button type="button" class="sds-button" onclick={app.send(Action::Open(screen))}>{ label }</button>
            }
            <button type="button" class={classes!("sds-button", end.next.is_some().then_some("sds-button--secondary"))}
                onclick={app.send(Action::Open(Screen::Hub))}>{ end.back }</button>
        </div>
    }
}
