//! The end of a section: "Continue to <the next section>" and "Back to
//! your plan" (the core's `section_end`). The plan then shows the section
//! just finished.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::app::view;
use sds_core::text::Text;
use sds_core::vocabulary::{Onward, SectionId};
use yew::prelude::*;

use crate::hooks::AppContext;

/// The buttons that end a section's form. "Continue to" submits it (as
/// Enter in a box does), so the section checks and keeps its answers and
/// goes on; "Back to your plan" sends the same finish with the plan as
/// where to go, so both check the answers the same way.
pub fn section_end_buttons(
    app: &AppContext,
    t: &Text,
    section: SectionId,
    finish: fn(Onward) -> Action,
) -> Html {
    let end = view::section_end(section, t);
    let back = app.send(finish(Onward::Plan));
    html! {
        <div class="sds-button-group sds-section-end">
            if let Some((label, _)) = end.next {
                <button type="submit" class="sds-button">{ label }</button>
            }
            <button type={if end.next.is_some() { "button" } else { "submit" }}
                class={classes!("sds-button", end.next.is_some().then_some("sds-button--secondary"))}
                onclick={back}>{ end.back }</button>
        </div>
    }
}

/// The `onsubmit` of a form ended by `section_end_buttons`: on to the next
/// section.
pub fn onward_submit(app: &AppContext, finish: fn(Onward) -> Action) -> Callback<SubmitEvent> {
    app.sender(move |event: SubmitEvent| {
        event.prevent_default();
        finish(Onward::NextSection)
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
