//! "What we are thinking about": which options, and why, for the summary.
//! The notes are kept as typed; the core checks the length on "Save and
//! continue".

use sds_core::Action;
use sds_core::budget::SdsOption;
use sds_core::options::{self, OptionsAction};
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{BackToOptions, PageProps, page_heading};
use crate::hooks::{use_save_and_continue, use_text};
use crate::widgets::error_summary::{ErrorSummary, SummaryItem};

#[component]
pub fn Thinking(props: &PageProps) -> Html {
    let t = use_text();
    let o = t.options;
    let app = &props.app;
    let model = app.model();
    let view = options::thinking(model, t);
    let why_ref = use_node_ref();
    let first_box = use_node_ref();
    let (summary_ref, onsubmit, _) =
        use_save_and_continue(app, Action::Options(OptionsAction::SaveThinking));
    let on_why = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |event: InputEvent| {
            // web-sys's textarea type is not enabled in this crate; the
            // value property reads the same on any form control.
            let value = event
                .target()
                .and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str("value")).ok())
                .and_then(|v| v.as_string());
            if let Some(value) = value {
                dispatcher.dispatch(Action::Options(OptionsAction::SetWhy(value)));
            }
        })
    };

    let why_id = app.id("why");
    let why_hint_id = format!("{why_id}-hint");
    let why_count_id = format!("{why_id}-count");
    let why_error_id = format!("{why_id}-error");
    let why_error = view
        .errors
        .iter()
        .find(|e| e.field_id == "why")
        .map(|e| e.message);
    let described_by = match why_error {
        Some(_) => format!("{why_hint_id} {why_count_id} {why_error_id}"),
        None => format!("{why_hint_id} {why_count_id}"),
    };
    let summary_items: Vec<SummaryItem> = view
        .errors
        .iter()
        .map(|e| SummaryItem {
            message: e.message,
            href: format!("#{}", app.id(e.field_id)),
            field: why_ref.clone(),
        })
        .collect();
    let considering_id = app.id("considering");

    html! {
        <>
            <BackToOptions app={app.clone()} />
            <ErrorSummary items={summary_items} summary_ref={summary_ref} title_id={app.id("options-error-summary-title")} />
            { page_heading(o.thinking_title) }
            <p class="sds-body">{ o.thinking_intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                <div class="sds-form-group">
                    <fieldset class="sds-fieldset" aria-describedby={format!("{considering_id}-hint")}>
                        <legend class="sds-fieldset__legend sds-fieldset__legend--m">
                            <h2 class="sds-fieldset__heading">{ o.considering_label }</h2>
                        </legend>
                        <div class="sds-hint" id={format!("{considering_id}-hint")}>{ o.considering_hint }</div>
                        <div class="sds-options-checkboxes">
                            { for view.choices.iter().enumerate().map(|(n, (option, name, ticked))| {
                                let option: SdsOption = *option;
                                let id = app.id(&format!("considering-{}", options::OptionId::of(option).key()));
                                let onchange = {
                                    let dispatcher = app.state.dispatcher();
                                    Callback::from(move |event: Event| {
                                        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                                            dispatcher.dispatch(Action::Options(OptionsAction::Consider(option, input.checked())));
                                        }
                                    })
                                };
                                html! {
                                    <div class="sds-options-checkboxes__item">
                                        <input class="sds-options-checkboxes__input" type="checkbox" id={id.clone()}
                                            name={considering_id.clone()} checked={*ticked} {onchange}
                                            ref={if n == 0 { first_box.clone() } else { NodeRef::default() }} />
                                        <label class="sds-label sds-options-checkboxes__label" for={id}>{ *name }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
                <div class="sds-inset" aria-live="polite">
                    if let Some(note) = view.mix_note {
                        <p class="sds-body">{ note }</p>
                    }
                </div>
                <div class={classes!("sds-form-group", why_error.is_some().then_some("sds-form-group--error"))}>
                    <h2 class="sds-label-wrapper">
                        <label class="sds-label sds-label--m" for={why_id.clone()}>{ o.why_label }</label>
                    </h2>
                    <div class="sds-hint" id={why_hint_id}>{ o.why_hint }</div>
                    if let Some(message) = why_error {
                        <p class="sds-error-message" id={why_error_id}>
                            <span class="sds-visually-hidden">{ t.error_prefix }{ " " }</span>{ message }
                        </p>
                    }
                    <textarea class={classes!("sds-options-textarea", why_error.is_some().then_some("sds-input--error"))}
                        id={why_id} name="why" rows="6" spellcheck="true"
                        value={model.plan.options.why.clone()} ref={why_ref.clone()}
                        aria-describedby={described_by} aria-invalid={why_error.map(|_| "true")}
                        oninput={on_why} />
                    <div class="sds-hint sds-options-count" id={why_count_id}>{ view.why_count.clone() }</div>
                </div>
                <button type="submit" class="sds-button">{ t.save_and_continue }</button>
            </form>
        </>
    }
}
