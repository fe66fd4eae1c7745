//! "About us": the child's name, age, who is filling this in and the council
//! area. Answers are kept as typed; the core checks them on "Save and
//! continue" and says who makes decisions at the age given.

use sds_core::Action;
use sds_core::about::AboutField;
use sds_core::council::{COUNCIL_AREAS, Filler};
use sds_core::model::Screen;
use sds_core::text::Text;
use sds_core::view::{self, AboutView};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::{AppContext, use_save_and_continue, use_text};
use crate::widgets::error_summary::{ErrorSummary, SummaryItem};

#[derive(Properties, PartialEq)]
pub struct AboutUsProps {
    pub app: AppContext,
}

/// One element reference per question, for the error summary's links.
#[derive(Clone, PartialEq, Default)]
struct FieldRefs {
    child_name: NodeRef,
    age: NodeRef,
    filler: NodeRef,
    council: NodeRef,
}

impl FieldRefs {
    fn of(&self, field_id: &str) -> NodeRef {
        match field_id {
            id if id == AboutField::ChildName.id() => self.child_name.clone(),
            id if id == AboutField::Age.id() => self.age.clone(),
            id if id == AboutField::Filler.id() => self.filler.clone(),
            _ => self.council.clone(),
        }
    }
}

#[component]
pub fn AboutUs(props: &AboutUsProps) -> Html {
    let t = use_text();
    let app = &props.app;
    let about = &app.model().plan.about;
    let view = view::about_us(app.model(), t);
    let refs = use_memo((), |_| FieldRefs::default());
    let (summary_ref, onsubmit, _) = use_save_and_continue(app, Action::SubmitAboutUs);
    let on_text = |to_action: fn(String) -> Action| {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                dispatcher.dispatch(to_action(input.value()));
            }
        })
    };
    let on_council = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                dispatcher.dispatch(Action::SetCouncil(select.value()));
            }
        })
    };

    let summary_items: Vec<SummaryItem> = view
        .errors
        .iter()
        .map(|e| SummaryItem {
            message: e.message,
            href: format!("#{}", app.id(e.field_id)),
            field: refs.of(e.field_id),
        })
        .collect();

    let name = Question::new(app, &view, AboutField::ChildName);
    let age = Question::new(app, &view, AboutField::Age);
    let filler = Question::new(app, &view, AboutField::Filler);
    let council = Question::new(app, &view, AboutField::Council);

    html! {
        <>
            <a href="#hub" class="sds-back-link" onclick={app.send(Action::Open(Screen::Hub))}>{ t.back_to_plan }</a>
            <ErrorSummary items={summary_items} summary_ref={summary_ref} title_id={app.id("error-summary-title")} />
            <h1 class="sds-heading-xl" tabindex="-1">{ t.about_title }</h1>
            <p class="sds-body">{ t.about_intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                <div class={name.group_class()}>
                    <h2 class="sds-label-wrapper">
                        <label class="sds-label sds-label--m" for={name.id.clone()}>{ t.child_name_label }</label>
                    </h2>
                    <div class="sds-hint" id={name.hint_id.clone()}>{ t.child_name_hint }</div>
                    { name.error(t) }
                    <input class={name.input_class("sds-input sds-input--width-20")} id={name.id.clone()}
                        name="child-name" type="text" autocomplete="off" spellcheck="false"
                        value={about.child_name.clone()} ref={refs.child_name.clone()}
                        aria-describedby={name.described_by()} aria-invalid={name.invalid()}
                        oninput={on_text(Action::SetChildName)} />
                </div>

                <div class={age.group_class()}>
                    <h2 class="sds-label-wrapper">
                        <label class="sds-label sds-label--m" for={age.id.clone()}>{ t.age_label }</label>
                    </h2>
                    <div class="sds-hint" id={age.hint_id.clone()}>{ t.age_hint }</div>
                    { age.error(t) }
                    <div class="sds-input-wrapper">
                        <input class={age.input_class("sds-input sds-input--width-3")} id={age.id.clone()}
                            name="age" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                            value={about.age.clone()} ref={refs.age.clone()}
                            aria-describedby={age.described_by()} aria-invalid={age.invalid()}
                            oninput={on_text(Action::SetAge)} />
                        <div class="sds-input__suffix" aria-hidden="true">{ t.age_suffix }</div>
                    </div>
                </div>

                <div class="sds-inset" aria-live="polite">
                    if !view.decisions.is_empty() {
                        <h2 class="sds-heading-s">{ t.decisions_heading }</h2>
                        { for view.decisions.iter().map(|p| html! { <p class="sds-body">{ *p }</p> }) }
                    }
                </div>

                <div class={filler.group_class()}>
                    <fieldset class="sds-fieldset" aria-describedby={filler.error_id_if_any()}>
                        <legend class="sds-fieldset__legend sds-fieldset__legend--m">
                            <h2 class="sds-fieldset__heading">{ t.filler_label }</h2>
                        </legend>
                        { filler.error(t) }
                        <div class="sds-radios">
                            { for Filler::ALL.into_iter().enumerate().map(|(n, option)| {
                                radio(app, &filler, option, about.filler == Some(option), t,
                                    (n == 0).then(|| refs.filler.clone()))
                            }) }
                        </div>
                    </fieldset>
                </div>

                <div class={council.group_class()}>
                    <h2 class="sds-label-wrapper">
                        <label class="sds-label sds-label--m" for={council.id.clone()}>{ t.council_label }</label>
                    </h2>
                    <div class="sds-hint" id={council.hint_id.clone()}>{ t.council_hint }</div>
                    { council.error(t) }
                    <select class={council.input_class("sds-select")} id={council.id.clone()} name="council"
                        ref={refs.council.clone()} aria-describedby={council.described_by()}
                        aria-invalid={council.invalid()} onchange={on_council}>
                        <option value="" selected={about.council.is_none()}>{ t.council_choose }</option>
                        { for COUNCIL_AREAS.iter().map(|c| html! {
                            <option value={c.id} selected={about.council.as_deref() == Some(c.id)}>{ c.name }</option>
                        }) }
                    </select>
                </div>

                <button type="submit" class="sds-button">{ t.save_and_continue }</button>
            </form>
        </>
    }
}

fn radio(
    app: &AppContext,
    question: &Question,
    option: Filler,
    checked: bool,
    t: &Text,
    node: Option<NodeRef>,
) -> Html {
    let id = app.id(&format!("filler-{}", option.id()));
    let label = option.label(t);
    let onchange = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |_: Event| dispatcher.dispatch(Action::SetFiller(option)))
    };
    html! {
        <div class="sds-radios__item">
            <input class="sds-radios__input" type="radio" id={id.clone()} name={question.id.clone()}
                value={option.id()} {checked} {onchange} ref={node.unwrap_or_default()} />
            <label class="sds-label sds-radios__label" for={id}>{ label }</label>
        </div>
    }
}

/// Ids and error state for one question, in the design systems' pattern.
struct Question {
    id: String,
    hint_id: String,
    error_id: String,
    error: Option<&'static str>,
}

impl Question {
    fn new(app: &AppContext, view: &AboutView, field: AboutField) -> Question {
        let id = app.id(field.id());
        Question {
            hint_id: format!("{id}-hint"),
            error_id: format!("{id}-error"),
            error: view.error_for(field.id()),
            id,
        }
    }

    fn group_class(&self) -> Classes {
        classes!(
            "sds-form-group",
            self.error.is_some().then_some("sds-form-group--error")
        )
    }

    fn input_class(&self, base: &'static str) -> Classes {
        classes!(base, self.error.is_some().then_some("sds-input--error"))
    }

    fn described_by(&self) -> String {
        match self.error {
            Some(_) => format!("{} {}", self.hint_id, self.error_id),
            None => self.hint_id.clone(),
        }
    }

    fn error_id_if_any(&self) -> Option<String> {
        self.error.map(|_| self.error_id.clone())
    }

    fn invalid(&self) -> Option<&'static str> {
        self.error.map(|_| "true")
    }

    fn error(&self, t: &Text) -> Html {
        match self.error {
            Some(message) => html! {
                <p class="sds-error-message" id={self.error_id.clone()}>
                    <span class="sds-visually-hidden">{ t.error_prefix }{ " " }</span>{ message }
                </p>
            },
            None => html! {},
        }
    }
}
