//! "What kind of support is it?": one radio per kind, with examples.

use sds_core::Action;
use sds_core::budget::LineKind;
use sds_core::support::{self, SupportAction, SupportFieldError};
use yew::prelude::*;

use super::BackToSupport;
use crate::hooks::question_page::{radio, use_question_page};
use crate::hooks::{AppContext, use_text};

const FIELD: &str = "support-kind";

#[derive(Properties, PartialEq)]
pub struct ChooseKindProps {
    pub app: AppContext,
}

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
pub fn ChooseKind(props: &ChooseKindProps) -> Html {
    let t = use_text();
    let s = t.support;
    let app = &props.app;
    let chosen = use_state(|| None::<LineKind>);
    let page = use_question_page();

    let errors = if page.tried() && chosen.is_none() {
        vec![SupportFieldError {
            field_id: FIELD,
            message: s.choose_missing.to_owned(),
        }]
    } else {
        Vec::new()
    };
    let onsubmit = {
        let dispatcher = app.state.dispatcher();
        let chosen = chosen.clone();
        let count_attempt = page.count_attempt();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match *chosen {
                Some(kind) => dispatcher.dispatch(Action::Support(SupportAction::AddLine(kind))),
                None => count_attempt(),
            }
        })
    };
    let error_id = app.id("support-kind-error");
    let has_error = !errors.is_empty();
    html! {
        <>
            <BackToSupport app={app.clone()} />
            { page.summary(app, errors) }
            <form class="sds-form" novalidate=true {onsubmit}>
                <div class={classes!("sds-form-group", has_error.then_some("sds-form-group--error"))}>
                    <fieldset class="sds-fieldset" aria-describedby={has_error.then(|| error_id.clone())}>
                        <legend class="sds-fieldset__legend">
                            <h1 class="sds-heading-xl sds-support-legend-heading" tabindex="-1">{ s.choose_heading }</h1>
                        </legend>
                        <div class="sds-hint">{ s.choose_hint }</div>
                        if has_error {
                            <p class="sds-error-message" id={error_id}>
                                <span class="sds-visually-hidden">{ t.error_prefix }{ " " }</span>{ s.choose_missing }
                            </p>
                        }
                        { for LineKind::ALL.into_iter().enumerate().map(|(n, kind)| {
                            let words = support::kind_text(kind, s);
                            let onchange = {
                                let chosen = chosen.clone();
                                Callback::from(move |_: Event| chosen.set(Some(kind)))
                            };
                            radio(app, "support-kind", key(kind), words.name, Some(words.examples),
                                *chosen == Some(kind), onchange, (n == 0).then(|| page.refs.get(FIELD)))
                        }) }
                    </fieldset>
                </div>
                <button type="submit" class="sds-button">{ s.continue_button }</button>
            </form>
        </>
    }
}
