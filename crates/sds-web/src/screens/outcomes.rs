//! "What we want to change": the list of outcomes (summary cards), ideas
//! from Our story to add or ignore, and one page per outcome. The core
//! gives every label, choice and error; this lays them out.

use sds_core::Action;
use sds_core::model::Screen;
use sds_core::outcomes::{
    self, EditView, ForWhom, Indicator, OutcomeField, OutcomeRow, OutcomesAction, OutcomesScreen,
    SuggestionView,
};
use sds_core::text::Text;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};
use crate::screens::story::{FinishedQuestion, TextBox, text_box};
use crate::widgets::error_summary::{ErrorSummary, SummaryItem};

#[derive(Properties, PartialEq)]
pub struct OutcomesProps {
    pub app: AppContext,
    pub screen: OutcomesScreen,
}

#[component]
pub fn Outcomes(props: &OutcomesProps) -> Html {
    match props.screen {
        OutcomesScreen::List => html! { <List app={props.app.clone()} /> },
        // Keyed by outcome, so each page starts with its own fresh state.
        OutcomesScreen::Edit(id) => {
            html! { <Edit key={format!("outcome-{id}")} app={props.app.clone()} {id} /> }
        }
        OutcomesScreen::Remove(id) => html! { <RemovePage app={props.app.clone()} {id} /> },
    }
}

#[derive(Properties, PartialEq)]
struct RemoveProps {
    app: AppContext,
    id: u32,
}

/// Asks first: an outcome holds the family's own words, and support ideas
/// may link to it.
#[component]
fn RemovePage(props: &RemoveProps) -> Html {
    let t = use_text();
    let o = t.outcomes;
    let app = &props.app;
    let back = app.send(Action::Open(Screen::Outcomes(OutcomesScreen::List)));
    html! {
        <>
            <a href="#outcomes" class="sds-back-link" onclick={back.clone()}>{ o.cancel }</a>
            <h1 class="sds-heading-xl" tabindex="-1">{ o.remove_title }</h1>
            if let Some(label) = outcomes::remove_page(&app.model().plan, props.id, t) {
                <div class="sds-inset"><p class="sds-body sds-outcomes-remove__words">{ label }</p></div>
                <div class="sds-button-group">
                    <button type="button" class="sds-button sds-button--warning"
                        onclick={send(app, OutcomesAction::Remove(props.id))}>{ o.remove_yes }</button>
                    <button type="button" class="sds-link-button" onclick={back}>{ o.remove_no }</button>
                </div>
            }
        </>
    }
}

fn send(app: &AppContext, action: OutcomesAction) -> Callback<MouseEvent> {
    app.send(Action::Outcomes(action))
}

#[derive(Properties, PartialEq)]
struct ListProps {
    app: AppContext,
}

#[component]
fn List(props: &ListProps) -> Html {
    let t = use_text();
    let o = t.outcomes;
    let app = &props.app;
    let view = outcomes::list(&app.model().plan, t);
    // An ignored suggestion's card disappears with the focused button, so
    // focus moves to the heading of the ideas instead of being lost.
    let ideas_ref = use_node_ref();
    let on_finished = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |finished: bool| {
            dispatcher.dispatch(Action::Outcomes(OutcomesAction::SetFinished(finished)))
        })
    };
    html! {
        <>
            <a href="#hub" class="sds-back-link" onclick={app.send(Action::Open(Screen::Hub))}>{ t.back_to_plan }</a>
            <h1 class="sds-heading-xl" tabindex="-1">{ o.title }</h1>
            { for o.intro.iter().map(|p| html! { <p class="sds-body">{ *p }</p> }) }

            <h2 class="sds-heading-l">{ o.your_outcomes_heading }</h2>
            if view.rows.is_empty() {
                <p class="sds-body">{ o.no_outcomes_yet }</p>
            } else {
                <ul class="sds-outcomes-list">
                    { for view.rows.iter().map(|row| outcome_card(app, t, row)) }
                </ul>
            }
            if view.can_add {
                <button type="button" class="sds-button sds-button--secondary"
                    onclick={send(app, OutcomesAction::Add)}>
                    { if view.rows.is_empty() { o.add_outcome } else { o.add_another_outcome } }
                </button>
            } else {
                <div class="sds-inset"><p class="sds-body">{ o.limit_reached }</p></div>
            }

            <h2 class="sds-heading-l sds-outcomes-ideas" tabindex="-1" ref={ideas_ref.clone()}>{ o.suggestions_heading }</h2>
            if view.suggestions.is_empty() {
                <p class="sds-body">{ o.no_suggestions }</p>
            } else {
                <p class="sds-body">{ o.suggestions_intro }</p>
                <ul class="sds-outcomes-list">
                    { for view.suggestions.iter().map(|s| suggestion_card(app, t, s, view.can_add, &ideas_ref)) }
                </ul>
            }

            <FinishedQuestion app={app.clone()} name="outcomes-finished" finished={view.finished}
                on_change={on_finished} />
        </>
    }
}

fn outcome_card(app: &AppContext, t: &Text, row: &OutcomeRow) -> Html {
    let o = t.outcomes;
    let title_id = app.id(&format!("outcome-{}-title", row.id));
    html! {
        <li class="sds-outcomes-card" key={row.id.to_string()}>
            <div class="sds-outcomes-card__header">
                <h3 class="sds-outcomes-card__title" id={title_id.clone()}>{ row.label.clone() }</h3>
                <div class="sds-outcomes-card__actions">
                    <button type="button" class="sds-link-button" aria-describedby={title_id.clone()}
                        onclick={app.send(Action::Open(Screen::Outcomes(OutcomesScreen::Edit(row.id))))}>
                        { o.change }
                    </button>
                    <button type="button" class="sds-link-button" aria-describedby={title_id}
                        onclick={app.send(Action::Open(Screen::Outcomes(OutcomesScreen::Remove(row.id))))}>
                        { o.remove }
                    </button>
                </div>
            </div>
            <dl class="sds-outcomes-summary">
                <div class="sds-outcomes-summary__row">
                    <dt class="sds-outcomes-summary__key">{ o.wellbeing_term }</dt>
                    <dd class="sds-outcomes-summary__value">{ row.indicators.clone() }</dd>
                </div>
                <div class="sds-outcomes-summary__row">
                    <dt class="sds-outcomes-summary__key">{ o.for_whom_term }</dt>
                    <dd class="sds-outcomes-summary__value">{ row.for_whom }</dd>
                </div>
                <div class="sds-outcomes-summary__row">
                    <dt class="sds-outcomes-summary__key">{ o.how_we_know_term }</dt>
                    <dd class="sds-outcomes-summary__value">{ row.how_we_know.clone() }</dd>
                </div>
            </dl>
        </li>
    }
}

fn suggestion_card(
    app: &AppContext,
    t: &Text,
    s: &SuggestionView,
    can_add: bool,
    ideas_ref: &NodeRef,
) -> Html {
    let o = t.outcomes;
    let words_id = app.id(&format!("suggestion-{}", s.key.replace('/', "-")));
    let accept = send(
        app,
        OutcomesAction::Accept {
            key: s.key.clone(),
            words: s.words.clone(),
        },
    );
    let ignore = {
        let dispatcher = app.state.dispatcher();
        let key = s.key.clone();
        let ideas_ref = ideas_ref.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            dispatcher.dispatch(Action::Outcomes(OutcomesAction::Ignore(key.clone())));
            if let Some(heading) = ideas_ref.cast::<HtmlElement>() {
                let _ = heading.focus();
            }
        })
    };
    html! {
        <li class="sds-outcomes-card sds-outcomes-card--suggestion" key={s.key.clone()}>
            <p class="sds-outcomes-card__title" id={words_id.clone()}>{ s.words.clone() }</p>
            <p class="sds-hint">{ s.why.clone() }</p>
            <dl class="sds-outcomes-summary">
                <div class="sds-outcomes-summary__row">
                    <dt class="sds-outcomes-summary__key">{ o.wellbeing_term }</dt>
                    <dd class="sds-outcomes-summary__value">{ s.indicators.clone() }</dd>
                </div>
                <div class="sds-outcomes-summary__row">
                    <dt class="sds-outcomes-summary__key">{ o.for_whom_term }</dt>
                    <dd class="sds-outcomes-summary__value">{ s.for_whom }</dd>
                </div>
            </dl>
            <div class="sds-button-group">
                if can_add {
                    <button type="button" class="sds-button sds-button--secondary" aria-describedby={words_id.clone()}
                        onclick={accept}>{ o.accept }</button>
                }
                <button type="button" class="sds-link-button sds-outcomes-ignore" aria-describedby={words_id}
                    onclick={ignore}>{ o.ignore }</button>
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct EditProps {
    app: AppContext,
    id: u32,
}

#[derive(Clone, PartialEq, Default)]
struct FieldRefs {
    words: NodeRef,
    indicators: NodeRef,
    for_whom: NodeRef,
    how: NodeRef,
}

impl FieldRefs {
    fn of(&self, field: OutcomeField) -> NodeRef {
        match field {
            OutcomeField::Words => self.words.clone(),
            OutcomeField::Indicators => self.indicators.clone(),
            OutcomeField::ForWhom => self.for_whom.clone(),
            OutcomeField::HowWeKnow => self.how.clone(),
        }
    }
}

#[component]
fn Edit(props: &EditProps) -> Html {
    let t = use_text();
    let o = t.outcomes;
    let app = &props.app;
    let id = props.id;
    let submits = use_state(|| 0_u32);
    let refs = use_memo((), |_| FieldRefs::default());
    let summary_ref = use_node_ref();
    {
        let summary_ref = summary_ref.clone();
        use_effect_with(*submits, move |count| {
            if *count > 0
                && let Some(summary) = summary_ref.cast::<HtmlElement>()
            {
                let _ = summary.focus();
            }
        });
    }
    let back = html! {
        <a href="#outcomes" class="sds-back-link" onclick={send(app, OutcomesAction::Leave(id))}>{ o.cancel }</a>
    };
    let Some(view) = outcomes::edit(&app.model().plan, id, *submits > 0, t) else {
        return html! {
            <>
                { back }
                <h1 class="sds-heading-xl" tabindex="-1">{ o.edit_title }</h1>
            </>
        };
    };
    let onsubmit = {
        let dispatcher = app.state.dispatcher();
        let submits = submits.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            dispatcher.dispatch(Action::Outcomes(OutcomesAction::Save(id)));
            submits.set(*submits + 1);
        })
    };
    let field_id = |field: OutcomeField| app.id(field.id());
    let summary_items: Vec<SummaryItem> = if *submits > 0 {
        view.errors
            .iter()
            .map(|e| SummaryItem {
                message: e.message,
                href: format!("#{}", field_id(e.field)),
                field: refs.of(e.field),
            })
            .collect()
    } else {
        Vec::new()
    };
    let text_action = |make: fn(u32, String) -> OutcomesAction| {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |value: String| dispatcher.dispatch(Action::Outcomes(make(id, value))))
    };

    html! {
        <>
            { back }
            <ErrorSummary items={summary_items} summary_ref={summary_ref} title_id={app.id("outcome-error-summary-title")} />
            <h1 class="sds-heading-xl" tabindex="-1">{ o.edit_title }</h1>
            <form class="sds-form" novalidate=true {onsubmit}>
                { text_box(app, t, TextBox {
                    id: field_id(OutcomeField::Words),
                    label: o.words_label,
                    hint: o.words_hint,
                    value: view.words.clone(),
                    error: view.error_for(OutcomeField::Words),
                    count_message: view.words_count.clone(),
                    node: refs.words.clone(),
                    as_heading: true,
                    oninput: text_action(OutcomesAction::SetWords),
                }) }
                { indicators(app, t, &view, &refs) }
                { for_whom(app, t, &view, &refs) }
                { text_box(app, t, TextBox {
                    id: field_id(OutcomeField::HowWeKnow),
                    label: o.how_we_know_label,
                    hint: o.how_we_know_hint,
                    value: view.how_we_know.clone(),
                    error: view.error_for(OutcomeField::HowWeKnow),
                    count_message: view.how_count.clone(),
                    node: refs.how.clone(),
                    as_heading: true,
                    oninput: text_action(OutcomesAction::SetHowWeKnow),
                }) }
                <button type="submit" class="sds-button">{ o.save_outcome }</button>
            </form>
        </>
    }
}

fn error_message(t: &Text, id: &str, error: Option<&'static str>) -> Html {
    match error {
        Some(message) => html! {
            <p class="sds-error-message" id={id.to_owned()}>
                <span class="sds-visually-hidden">{ t.error_prefix }{ " " }</span>{ message }
            </p>
        },
        None => html! {},
    }
}

fn indicators(app: &AppContext, t: &Text, view: &EditView, refs: &FieldRefs) -> Html {
    let o = t.outcomes;
    let id = view.id;
    let group_id = app.id(OutcomeField::Indicators.id());
    let hint_id = format!("{group_id}-hint");
    let error_id = format!("{group_id}-error");
    let error = view.error_for(OutcomeField::Indicators);
    let described = match error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        <div class={classes!("sds-form-group", error.is_some().then_some("sds-form-group--error"))}>
            <fieldset class="sds-fieldset" aria-describedby={described}>
                <legend class="sds-fieldset__legend">
                    <h2 class="sds-fieldset__heading">{ o.indicators_label }</h2>
                </legend>
                <div class="sds-hint" id={hint_id}>{ o.indicators_hint }</div>
                { error_message(t, &error_id, error) }
                <div class="sds-outcomes-checkboxes">
                    { for view.indicators.iter().enumerate().map(|(n, choice)| {
                        let box_id = if n == 0 { group_id.clone() } else { format!("{group_id}-{}", choice.key) };
                        let choice_hint = format!("{group_id}-{}-hint", choice.key);
                        let indicator: Indicator = choice.value;
                        let onchange = {
                            let dispatcher = app.state.dispatcher();
                            Callback::from(move |event: Event| {
                                if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                                    dispatcher.dispatch(Action::Outcomes(
                                        OutcomesAction::SetIndicator(id, indicator, input.checked())));
                                }
                            })
                        };
                        html! {
                            <div class="sds-outcomes-checkbox">
                                <input class="sds-outcomes-checkbox__input" type="checkbox" id={box_id.clone()}
                                    name={group_id.clone()} value={choice.key} checked={choice.checked}
                                    aria-describedby={choice_hint.clone()} {onchange}
                                    ref={if n == 0 { refs.indicators.clone() } else { NodeRef::default() }} />
                                <label class="sds-label sds-outcomes-checkbox__label" for={box_id}>{ choice.label }</label>
                                <div class="sds-hint sds-outcomes-checkbox__hint" id={choice_hint}>{ choice.hint }</div>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

fn for_whom(app: &AppContext, t: &Text, view: &EditView, refs: &FieldRefs) -> Html {
    let o = t.outcomes;
    let id = view.id;
    let group_id = app.id(OutcomeField::ForWhom.id());
    let error_id = format!("{group_id}-error");
    let error = view.error_for(OutcomeField::ForWhom);
    html! {
        <div class={classes!("sds-form-group", error.is_some().then_some("sds-form-group--error"))}>
            <fieldset class="sds-fieldset" aria-describedby={error.map(|_| error_id.clone())}>
                <legend class="sds-fieldset__legend">
                    <h2 class="sds-fieldset__heading">{ o.for_whom_label }</h2>
                </legend>
                { error_message(t, &error_id, error) }
                <div class="sds-radios">
                    { for view.for_whom.iter().enumerate().map(|(n, choice)| {
                        let radio_id = if n == 0 { group_id.clone() } else { format!("{group_id}-{}", choice.key) };
                        let who: ForWhom = choice.value;
                        let onchange = {
                            let dispatcher = app.state.dispatcher();
                            Callback::from(move |_: Event| {
                                dispatcher.dispatch(Action::Outcomes(OutcomesAction::SetForWhom(id, who)))
                            })
                        };
                        html! {
                            <div class="sds-radios__item">
                                <input class="sds-radios__input" type="radio" id={radio_id.clone()}
                                    name={group_id.clone()} value={choice.key} checked={choice.checked} {onchange}
                                    ref={if n == 0 { refs.for_whom.clone() } else { NodeRef::default() }} />
                                <label class="sds-label sds-radios__label" for={radio_id}>{ choice.label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
