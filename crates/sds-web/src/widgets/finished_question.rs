//! "Have you finished this section?" as in the design systems' task list
//! pattern, with the section's way out: on to the next, or back to the plan.

use sds_core::Action;
use sds_core::text::Text;
use sds_core::vocabulary::{Onward, SectionId};
use yew::prelude::*;

use super::choices::{Choice, Fieldset, Legend, fieldset, radio};
use super::section_end::{Finish, onward_submit, section_end};
use crate::hooks::AppContext;

/// `name` is part of the radios' ids and name; `set` sends the answer and
/// `finish` is what the buttons at the end of `section` do.
pub fn finished_question(
    app: &AppContext,
    t: &Text,
    (section, name): (SectionId, &str),
    finished: Option<bool>,
    set: fn(bool) -> Action,
    finish: fn(Onward) -> Action,
) -> Html {
    let name = app.id(name);
    let onsubmit = onward_submit(app, finish);
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
            { section_end(app, t, section, Finish::Form(finish)) }
        </form>
    }
}
