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

/// How a section's last page is finished.
pub enum Finish {
    /// A form with its own "Continue" (`finish`), which checks and keeps
    /// the answers first: "Continue to" submits the form (as Enter in a box
    /// does) and "Back to your plan" sends the same finish with the plan
    /// as where to go; the form's `onsubmit` is `onward_submit`.
    Form(fn(Onward) -> Action),
    /// Nothing to save: the buttons simply open the next section or the
    /// plan.
    NothingToSave,
}

/// "Continue to <the next section>" and "Back to your plan".
pub fn section_end(app: &AppContext, t: &Text, section: SectionId, finish: Finish) -> Html {
    let end = view::section_end(section, t);
    let (next_type, next, back) = match finish {
        Finish::Form(finish) => ("submit", None, app.send(finish(Onward::Plan))),
        Finish::NothingToSave => (
            "button",
            end.next.map(|(_, screen)| app.send(Action::Open(screen))),
            app.send(Action::Open(Screen::Hub)),
        ),
    };
    html! {
        <div class="sds-button-group sds-section-end">
            if let Some((label, _)) = end.next {
                <button type={next_type} class="sds-button" onclick={next}>{ label }</button>
            }
            <button type="button" class={classes!("sds-button", end.next.is_some().then_some("sds-button--secondary"))}
                onclick={back}>{ end.back }</button>
        </div>
    }
}

/// The `onsubmit` of a form ended by `section_end` with `Finish::Form`: on
/// to the next section.
pub fn onward_submit(app: &AppContext, finish: fn(Onward) -> Action) -> Callback<SubmitEvent> {
    app.sender(move |event: SubmitEvent| {
        event.prevent_default();
        finish(Onward::NextSection)
    })
}
