//! "Have you finished this section?" as in the design systems' task list
//! pattern, with the section's "Continue".

use sds_core::Action;
use sds_core::text::Text;
use yew::prelude::*;

use super::choices::{Choice, Fieldset, Legend, fieldset, radio};
use crate::hooks::AppContext;

/// `name` is part of the radios' ids and name; `set` sends the answer and
/// `continue_action` is what "Continue" does.
pub fn finished_question(
    app: &AppContext,
    t: &Text,
    name: &str,
    finished: Option<bool>,
    set: fn(bool) -> Action,
    continue_action: Action,
) -> Html {
    let name = app.id(name);
    let onsubmit = app.sender(move |event: SubmitEvent| {
        event.prevent_default();
        continue_action.clone()
    });
    let choice = |value: bool, label: &'static str| {
        let id = format!("{name}-{}", if value { "yes" } else { "no" });
        radio(Choice {
            name: Some(name.clone()),
            ..Choice::new(
                id,
                label,
                finished == Some(value),
                app.sender(move |_: bool| set(value)),
            )
        })
    };
    let choices = html! {
        <div class="sds-radios">
            { choice(true, t.story.finished_yes) }
            { choice(false, t.story.finished_no) }
        </div>
    };
    html! {
        <form class="sds-form sds-story-finished" novalidate=true {onsubmit}>
            { fieldset(t, Fieldset::new(name.clone(), Legend::Heading(t.story.finished_question), choices)) }
            <button type="submit" class="sds-button">{ t.story.continue_button }</button>
        </form>
    }
}
