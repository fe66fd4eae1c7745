//! "What kind of support is it?": one radio per kind, with examples. The
//! core says what is missing and adds the line.

use sds_core::Action;
use sds_core::budget::LineKind;
use sds_core::steps::support::{self, KIND_FIELD_ID, SupportAction};
use yew::prelude::*;

use crate::hooks::{use_app, use_question_page, use_text};
use crate::screens::support::{back_to_support, choice, summary_items};
use crate::widgets::choices::{Choice, Fieldset, Legend, fieldset, radio};

fn key(kind: LineKind) -> &'static str {
    match kind {
        LineKind::PersonalAssistant => "pa",
        LineKind::ProviderHours => "provider",
        LineKind::Activity => "activity",
        LineKind::ShortBreaks => "short-breaks",
        LineKind::OneOff => "one-off",
        LineKind::Travel => "travel",
        LineKind::Other => "other",
    }
}

#[component]
pub fn ChooseKind() -> Html {
    let t = use_text();
    let s = t.support;
    let app = &use_app();
    // Which radio is ticked is the page's own until "Continue" sends it.
    let chosen = use_state(|| None::<LineKind>);
    let page = use_question_page();
    let view = support::choose_kind(*chosen, page.tried(), t);
    let onsubmit = page.onsubmit(
        app,
        Action::Support(SupportAction::ContinueWithKind(*chosen)),
    );
    let error = view.errors.first().map(|e| e.message.as_str());
    let errors = summary_items(&view.errors);
    let choices: Html = view
        .choices
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let kind = c.value;
            let chosen = chosen.clone();
            radio(Choice {
                node: page.choice(n, KIND_FIELD_ID),
                ..choice(
                    app,
                    KIND_FIELD_ID,
                    key(kind),
                    c.label,
                    c.hint,
                    c.checked,
                    Callback::from(move |_: bool| chosen.set(Some(kind))),
                )
            })
        })
        .collect();
    html! {
        <>
            { back_to_support(app, t) }
            { page.summary(app, "support-error-summary-title", errors) }
            <form class="sds-form" novalidate=true {onsubmit}>
                { fieldset(t, Fieldset {
                    hint: Some(s.choose_hint),
                    error,
                    ..Fieldset::new(app.id(KIND_FIELD_ID), Legend::PageHeading(s.choose_heading), choices)
                }) }
                <button type="submit" class="sds-button">{ s.continue_button }</button>
            </form>
        </>
    }
}
