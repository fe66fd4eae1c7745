//! Pieces every page of "Support ideas and costs" uses: a text box in the
//! question-page pattern, radios, checkboxes, the error summary and the
//! wiring every question page shares.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use sds_core::Action;
use sds_core::model::Screen;
use sds_core::support::{
    AmountFieldView, FieldView, SupportAction, SupportFieldError, SupportScreen,
};
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

/// One element reference per field id, kept across renders, so the error
/// summary can move focus to a field without looking it up by id.
#[derive(Clone, Default)]
pub struct FieldRefs(Rc<RefCell<HashMap<&'static str, NodeRef>>>);

impl PartialEq for FieldRefs {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl FieldRefs {
    pub fn get(&self, id: &'static str) -> NodeRef {
        self.0.borrow_mut().entry(id).or_default().clone()
    }
}

#[hook]
fn use_field_refs() -> FieldRefs {
    (*use_memo((), |_| FieldRefs::default())).clone()
}

/// Focuses the summary after each failed attempt to save (`attempts` > 0).
#[hook]
fn use_focus_on_attempt(attempts: u32, summary: NodeRef) {
    use_effect_with(attempts, move |count| {
        if *count > 0
            && let Some(element) = summary.cast::<HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}

/// What every question page keeps between renders: how many times the
/// family has tried to save, one reference per field and the error summary,
/// which takes the focus after each failed try.
pub struct QuestionPage {
    attempts: UseStateHandle<u32>,
    pub refs: FieldRefs,
    summary_ref: NodeRef,
}

#[hook]
pub fn use_question_page() -> QuestionPage {
    let attempts = use_state(|| 0_u32);
    let refs = use_field_refs();
    let summary_ref = use_node_ref();
    use_focus_on_attempt(*attempts, summary_ref.clone());
    QuestionPage {
        attempts,
        refs,
        summary_ref,
    }
}

impl QuestionPage {
    /// Whether the family has tried to save yet.
    pub fn tried(&self) -> bool {
        *self.attempts > 0
    }

    /// Counts one more try to save (the summary then takes the focus).
    pub fn count_attempt(&self) -> impl Fn() + 'static {
        let attempts = self.attempts.clone();
        move || attempts.set(*attempts + 1)
    }

    /// The error summary, listing `errors`.
    pub fn summary(&self, app: &AppContext, errors: Vec<SupportFieldError>) -> Html {
        html! {
            <SupportErrorSummary app={app.clone()} {errors} refs={self.refs.clone()}
                summary_ref={self.summary_ref.clone()} />
        }
    }

    /// The error summary, listing `errors` only once the family has tried
    /// to save.
    pub fn summary_once_tried(&self, app: &AppContext, errors: &[SupportFieldError]) -> Html {
        let shown = if self.tried() {
            errors.to_vec()
        } else {
            Vec::new()
        };
        self.summary(app, shown)
    }

    /// Saving a page whose answers are kept as they are typed: with
    /// errors, count a failed try; otherwise go back to the section's start.
    pub fn save_or_back(&self, app: &AppContext, has_errors: bool) -> Callback<SubmitEvent> {
        let dispatcher = app.state.dispatcher();
        let count_attempt = self.count_attempt();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if has_errors {
                count_attempt();
            } else {
                dispatcher.dispatch(Action::Open(Screen::Support(SupportScreen::Start)));
            }
        })
    }

    /// The box for one typed answer, sending `action(text)` as the family
    /// types.
    pub fn answer_box(
        &self,
        app: &AppContext,
        error_prefix: &str,
        q: TextBox<'_>,
        action: impl Fn(String) -> SupportAction + 'static,
    ) -> Html {
        let dispatcher = app.state.dispatcher();
        text_box(
            app,
            &self.refs,
            error_prefix,
            q,
            on_text(move |text| dispatcher.dispatch(Action::Support(action(text)))),
        )
    }
}

/// A callback with the input's current text.
pub fn on_text(f: impl Fn(String) + 'static) -> Callback<InputEvent> {
    Callback::from(move |event: InputEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            f(input.value());
        }
    })
}

/// A callback with a checkbox's new state.
pub fn on_check(f: impl Fn(bool) + 'static) -> Callback<Event> {
    Callback::from(move |event: Event| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            f(input.checked());
        }
    })
}

pub struct TextBox<'a> {
    pub id: &'static str,
    pub label: &'a str,
    pub hint: &'a str,
    pub value: &'a str,
    pub error: Option<&'a str>,
    pub money: bool,
    /// The keyboard a phone shows: "text", "decimal" or "numeric".
    pub inputmode: &'static str,
}

impl<'a, F> From<&'a FieldView<F>> for TextBox<'a> {
    /// A figure's box, with the keyboard for decimals.
    fn from(f: &'a FieldView<F>) -> Self {
        TextBox {
            id: f.id,
            label: f.label,
            hint: &f.hint,
            value: &f.value,
            error: f.error.as_deref(),
            money: f.money,
            inputmode: "decimal",
        }
    }
}

impl<'a> From<&'a AmountFieldView> for TextBox<'a> {
    /// A budget box, with the keyboard for decimals.
    fn from(f: &'a AmountFieldView) -> Self {
        TextBox {
            id: f.id,
            label: &f.label,
            hint: &f.hint,
            value: &f.value,
            error: f.error.as_deref(),
            money: f.money,
            inputmode: "decimal",
        }
    }
}

/// A question in the design systems' pattern: label as a heading, hint,
/// error beside the field, "£" before money.
pub fn text_box(
    app: &AppContext,
    refs: &FieldRefs,
    error_prefix: &str,
    q: TextBox<'_>,
    oninput: Callback<InputEvent>,
) -> Html {
    let id = app.id(q.id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match q.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let group = classes!(
        "sds-form-group",
        q.error.is_some().then_some("sds-form-group--error")
    );
    let input_class = classes!(
        "sds-input",
        "sds-support-input",
        q.error.is_some().then_some("sds-input--error")
    );
    let input = html! {
        <input class={input_class} id={id.clone()} name={q.id} type="text"
            inputmode={q.inputmode}
            autocomplete="off" spellcheck="false" value={q.value.to_owned()}
            ref={refs.get(q.id)} aria-describedby={described}
            aria-invalid={q.error.map(|_| "true")} {oninput} />
    };
    html! {
        <div class={group}>
            <h2 class="sds-label-wrapper">
                <label class="sds-label sds-label--m" for={id.clone()}>{ q.label }</label>
            </h2>
            <div class="sds-hint" id={hint_id}>{ q.hint }</div>
            if let Some(message) = q.error {
                <p class="sds-error-message" id={error_id}>
                    <span class="sds-visually-hidden">{ error_prefix }{ " " }</span>{ message }
                </p>
            }
            if q.money {
                <div class="sds-input-wrapper">
                    <div class="sds-support-prefix" aria-hidden="true">{ "£" }</div>
                    { input }
                </div>
            } else {
                { input }
            }
        </div>
    }
}

/// One radio button with an optional hint.
#[allow(clippy::too_many_arguments)]
pub fn radio(
    app: &AppContext,
    group: &str,
    key: &str,
    label: &str,
    hint: Option<&str>,
    checked: bool,
    onchange: Callback<Event>,
    node: Option<NodeRef>,
) -> Html {
    let id = app.id(&format!("{group}-{key}"));
    let hint_id = format!("{id}-hint");
    let input = html! {
        <input class="sds-radios__input" type="radio" id={id.clone()} name={app.id(group)}
            value={key.to_owned()} {checked} {onchange} ref={node.unwrap_or_default()}
            aria-describedby={hint.map(|_| hint_id.clone())} />
    };
    choice(input, id, hint_id, label, hint)
}

/// One checkbox, with an optional hint read out with it.
pub fn checkbox(
    app: &AppContext,
    key: &str,
    label: &str,
    hint: Option<&str>,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let id = app.id(key);
    let hint_id = format!("{id}-hint");
    let input = html! {
        <input class="sds-radios__input sds-support-checkbox" type="checkbox" id={id.clone()}
            aria-describedby={hint.map(|_| hint_id.clone())} {checked} {onchange} />
    };
    choice(input, id, hint_id, label, hint)
}

/// A radio's or checkbox's `input` with its label and optional hint.
fn choice(input: Html, id: String, hint_id: String, label: &str, hint: Option<&str>) -> Html {
    html! {
        <div class="sds-radios__item sds-support-choice">
            { input }
            <div>
                <label class="sds-label sds-radios__label" for={id}>{ label }</label>
                if let Some(hint) = hint {
                    <div class="sds-hint sds-support-choice__hint" id={hint_id}>{ hint }</div>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub app: AppContext,
    pub errors: Vec<SupportFieldError>,
    pub refs: FieldRefs,
    pub summary_ref: NodeRef,
}

/// "There is a problem", linking each message to its field by reference.
#[component]
pub fn SupportErrorSummary(props: &SummaryProps) -> Html {
    let t = use_text();
    if props.errors.is_empty() {
        return html! {};
    }
    let title_id = props.app.id("support-error-summary-title");
    html! {
        <div class="sds-error-summary" ref={props.summary_ref.clone()} tabindex="-1"
            role="alert" aria-labelledby={title_id.clone()}>
            <h2 class="sds-error-summary__title" id={title_id}>{ t.error_summary_title }</h2>
            <ul class="sds-error-summary__list">
                { for props.errors.iter().map(|error| {
                    let field = props.refs.get(error.field_id);
                    let onclick = Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        if let Some(element) = field.cast::<HtmlElement>() {
                            let _ = element.focus();
                        }
                    });
                    let href = format!("#{}", props.app.id(error.field_id));
                    html! { <li><a {href} {onclick}>{ error.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
