//! "What we are thinking about": which options, and why, for the summary.
//! The notes are kept as typed; the core checks the length on "Save and
//! continue".

use sds_core::Action;
use sds_core::budget::SdsOption;
use sds_core::steps::options::{self, OptionsAction};
use yew::prelude::*;

use super::back_to_options;
use crate::hooks::{use_app, use_question_page, use_text};
use crate::widgets::choices::{Choice, Fieldset, Legend, OPTION_BOX, checkbox, fieldset};
use crate::widgets::page_heading;
use crate::widgets::text_box::{AreaLook, TextBox, text_area};

const WHY: &str = "why";

#[component]
pub fn Thinking() -> Html {
    let t = use_text();
    let o = t.options;
    let app = &use_app();
    let model = app.model();
    let local = options::local_availability(model.council());
    let view = options::thinking(model.plan(), &local, model.tried_to_save(), t);
    let page = use_question_page();
    let onsubmit = page.onsubmit(app, Action::Options(OptionsAction::SaveThinking));
    let why_error = view
        .errors
        .iter()
        .find(|e| e.field_id == WHY)
        .map(|e| e.message);
    let errors = view
        .errors
        .iter()
        .map(|e| (e.field_id.into(), e.message.into()))
        .collect();
    let considering_id = app.id("considering");
    let choices = html! {
        <div class="sds-options-checkboxes">
            { for view.choices.iter().enumerate().map(|(n, choice)| {
                let option: SdsOption = choice.option;
                let id = app.id(&format!("considering-{}", option.key()));
                checkbox(Choice {
                    name: Some(considering_id.clone()),
                    hint: choice.not_available,
                    // The first box, for a link from the error summary.
                    node: page.choice(n, "considering"),
                    look: OPTION_BOX,
                    ..Choice::new(id, choice.name, choice.ticked,
                        app.sender(move |on| Action::Options(OptionsAction::Consider(option, on))))
                })
            }) }
        </div>
    };

    html! {
        <>
            { back_to_options(app, t) }
            { page.summary(app, "options-error-summary-title", errors) }
            { page_heading(o.thinking_title) }
            <p class="sds-body">{ o.thinking_intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { fieldset(t, Fieldset {
                    hint: Some(o.considering_hint),
                    ..Fieldset::new(considering_id.clone(), Legend::LargerHeading(o.considering_label), choices)
                }) }
                <div class="sds-inset" aria-live="polite">
                    if let Some(note) = view.several_note {
                        <p class="sds-body">{ note }</p>
                    }
                    { for view.costs_notes.iter().map(|note| html! { <p class="sds-body">{ note.clone() }</p> }) }
                </div>
                { text_area(t, TextBox {
                    id: app.id(WHY),
                    name: WHY,
                    label: o.why_label,
                    hint: o.why_hint,
                    value: &model.plan().options.why,
                    error: why_error,
                    node: page.field(WHY),
                    oninput: app.sender(|text| Action::Options(OptionsAction::SetWhy(text))),
                }, AreaLook::Notes, true, Some(&view.why_count)) }
                <button type="submit" class="sds-button">{ t.save_and_continue }</button>
            </form>
        </>
    }
}
