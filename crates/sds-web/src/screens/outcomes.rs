//! "What we want to change": the list of outcomes (summary cards), ideas
//! from Our story to add or ignore, and one page per outcome. The core
//! gives every label, choice and error; this lays them out.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::outcomes::{
    self, EditView, OutcomeField, OutcomeRow, OutcomesAction, OutcomesScreen, SuggestionView,
};
use sds_core::text::Text;
use sds_core::vocabulary::{OutcomeId, SectionId};
use yew::prelude::*;

use crate::effects::focus;
use crate::hooks::{AppContext, QuestionPage, use_app, use_question_page, use_text};
use crate::widgets::choices::{Choice, Fieldset, INDICATOR, Legend, checkbox, fieldset, radio};
use crate::widgets::finished_question::finished_question;
use crate::widgets::heading::Heading;
use crate::widgets::text_box::{AreaLook, TextBox, text_area};
use crate::widgets::{back_link, back_to_plan, hidden_words, page_heading, paragraphs};

#[derive(Properties, PartialEq)]
pub struct OutcomesProps {
    pub screen: OutcomesScreen,
}

#[component]
pub fn Outcomes(props: &OutcomesProps) -> Html {
    match props.screen {
        OutcomesScreen::List => html! { <List /> },
        // Keyed by outcome, so each page starts with its own fresh state.
        OutcomesScreen::Edit(id) => {
            html! { <Edit key={format!("outcome-{id}")} {id} /> }
        }
        OutcomesScreen::Remove(id) => html! { <RemovePage {id} /> },
    }
}

#[derive(Properties, PartialEq)]
struct RemoveProps {
    id: OutcomeId,
}

/// Asks first: an outcome holds the family's own words, and support ideas
/// may link to it.
#[component]
fn RemovePage(props: &RemoveProps) -> Html {
    let t = use_text();
    let o = t.outcomes;
    let app = &use_app();
    let back = app.send(Action::Open(Screen::Outcomes(OutcomesScreen::List)));
    html! {
        <>
            { back_link("#outcomes", back.clone(), o.cancel) }
            { page_heading(o.remove_title) }
            if let Some(label) = outcomes::remove_page(app.model().plan(), props.id, t) {
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

#[component]
fn List() -> Html {
    let t = use_text();
    let o = t.outcomes;
    let app = &use_app();
    let view = outcomes::list(app.model().plan(), t);
    // An ignored suggestion's card disappears with the focused button, so
    // focus moves to the heading of the ideas instead of being lost.
    let ideas_ref = use_node_ref();
    html! {
        <>
            { back_to_plan(app, t) }
            { page_heading(o.title) }
            { paragraphs(o.intro) }

            <Heading depth={2} class="sds-heading-l">{ o.your_outcomes_heading }</Heading>
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

            <Heading depth={2} class="sds-heading-l sds-outcomes-ideas" focusable=true node_ref={ideas_ref.clone()}>{ o.suggestions_heading }</Heading>
            if view.suggestions.is_empty() {
                <p class="sds-body">{ o.no_suggestions }</p>
            } else {
                <p class="sds-body">{ o.suggestions_intro }</p>
                <ul class="sds-outcomes-list">
                    { for view.suggestions.iter().map(|s| suggestion_card(app, t, s, view.can_add, &ideas_ref)) }
                </ul>
                if let Some(more) = &view.more_suggestions {
                    <p class="sds-body">{ more.clone() }</p>
                }
            }

            { finished_question(app, t, (SectionId::Outcomes, "outcomes-finished"), view.finished,
                |finished| Action::Outcomes(OutcomesAction::SetFinished(finished)),
                |onward| Action::Outcomes(OutcomesAction::Continue(onward))) }
        </>
    }
}

fn outcome_card(app: &AppContext, t: &Text, row: &OutcomeRow) -> Html {
    let o = t.outcomes;
    let title_id = app.id(&format!("outcome-{}-title", row.id));
    html! {
        <li class="sds-outcomes-card" key={row.id.to_string()}>
            <div class="sds-outcomes-card__header">
                <Heading depth={3} class="sds-outcomes-card__title" id={title_id}>{ row.label.clone() }</Heading>
                <div class="sds-outcomes-card__actions">
                    <button type="button" class="sds-link-button"
                        onclick={app.send(Action::Open(Screen::Outcomes(OutcomesScreen::Edit(row.id))))}>
                        { o.change }{ hidden_words(&row.label) }
                    </button>
                    <button type="button" class="sds-link-button"
                        onclick={app.send(Action::Open(Screen::Outcomes(OutcomesScreen::Remove(row.id))))}>
                        { o.remove }{ hidden_words(&row.label) }
                    </button>
                </div>
            </div>
            <dl class="sds-outcomes-summary">
                if let Some(indicators) = &row.indicators {
                    <div class="sds-outcomes-summary__row">
                        <dt class="sds-outcomes-summary__key">{ o.wellbeing_term }</dt>
                        <dd class="sds-outcomes-summary__value">{ indicators.clone() }</dd>
                    </div>
                }
                <div class="sds-outcomes-summary__row">
                    <dt class="sds-outcomes-summary__key">{ o.for_whom_term }</dt>
                    <dd class="sds-outcomes-summary__value">{ row.for_whom.clone() }</dd>
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
        let app = app.clone();
        let key = s.key.clone();
        let ideas_ref = ideas_ref.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            app.dispatch(Action::Outcomes(OutcomesAction::Ignore(key.clone())));
            focus::focus(&ideas_ref);
        })
    };
    html! {
        <li class="sds-outcomes-card sds-outcomes-card--suggestion" key={s.key.clone()}>
            <p class="sds-outcomes-card__title" id={words_id.clone()}>{ s.words.clone() }</p>
            <p class="sds-hint">{ s.why.clone() }</p>
            if let Some(quote) = &s.quote {
                <p class="sds-body sds-outcomes-card__quote">{ quote.clone() }</p>
            }
            <dl class="sds-outcomes-summary">
                if let Some(indicators) = &s.indicators {
                    <div class="sds-outcomes-summary__row">
                        <dt class="sds-outcomes-summary__key">{ o.wellbeing_term }</dt>
                        <dd class="sds-outcomes-summary__value">{ indicators.clone() }</dd>
                    </div>
                }
                <div class="sds-outcomes-summary__row">
                    <dt class="sds-outcomes-summary__key">{ o.for_whom_term }</dt>
                    <dd class="sds-outcomes-summary__value">{ s.for_whom.clone() }</dd>
                </div>
            </dl>
            <div class="sds-button-group">
                if can_add {
                    <button type="button" class="sds-button sds-button--secondary"
                        onclick={accept}>{ o.accept }{ hidden_words(&s.words) }</button>
                }
                <button type="button" class="sds-link-button sds-outcomes-ignore"
                    onclick={ignore}>{ o.ignore }{ hidden_words(&s.words) }</button>
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct EditProps {
    id: OutcomeId,
}

#[component]
fn Edit(props: &EditProps) -> Html {
    let t = use_text();
    let o = t.outcomes;
    let app = &use_app();
    let id = props.id;
    let page = use_question_page();
    let back = back_link("#outcomes", send(app, OutcomesAction::Leave(id)), o.cancel);
    let Some(view) = outcomes::edit(app.model().plan(), id, page.tried(), t) else {
        return html! {
            <>
                { back }
                { page_heading(o.edit_title) }
            </>
        };
    };
    let onsubmit = page.onsubmit(app, Action::Outcomes(OutcomesAction::Save(id)));
    let errors = view
        .errors
        .iter()
        .map(|e| (e.field.id().into(), e.message.into()))
        .collect();
    let text = |field: OutcomeField,
                label: &'static str,
                hint: &'static str,
                value: &str,
                count: Option<&str>,
                make: fn(OutcomeId, String) -> OutcomesAction| {
        let box_id = app.id(field.id());
        text_area(
            t,
            TextBox {
                name: &box_id,
                id: box_id.clone(),
                label,
                hint,
                value,
                error: view.error_for(field),
                node: page.field(field.id()),
                oninput: app.sender(move |text| Action::Outcomes(make(id, text))),
            },
            AreaLook::Answer,
            true,
            count,
        )
    };

    html! {
        <>
            { back }
            { page.summary_once_tried(app, "outcome-error-summary-title", errors) }
            { page_heading(o.edit_title) }
            <form class="sds-form" novalidate=true {onsubmit}>
                { text(OutcomeField::Words, o.words_label, o.words_hint, &view.words,
                    view.words_count.as_deref(), OutcomesAction::SetWords) }
                // Who it is for first: it decides whether the wellbeing
                // question below is asked, so choosing never moves the
                // radios (or their focus).
                { for_whom(app, t, &view, &page) }
                <>{ indicators(app, t, &view, &page) }</>
                { text(OutcomeField::HowWeKnow, o.how_we_know_label, o.how_we_know_hint, &view.how_we_know,
                    view.how_count.as_deref(), OutcomesAction::SetHowWeKnow) }
                <button type="submit" class="sds-button">{ o.save_outcome }</button>
            </form>
        </>
    }
}

fn indicators(app: &AppContext, t: &Text, view: &EditView, page: &QuestionPage) -> Html {
    let o = t.outcomes;
    if let Some(note) = view.no_wellbeing {
        return html! { <div class="sds-inset"><p class="sds-body">{ note }</p></div> };
    }
    let id = view.id;
    let field = OutcomeField::Indicators;
    let group_id = app.id(field.id());
    let choices = html! {
        <div class="sds-outcomes-checkboxes">
            { for view.indicators.iter().enumerate().map(|(n, choice)| {
                let indicator = choice.value;
                checkbox(Choice {
                    name: Some(group_id.clone()),
                    value: Some(choice.key),
                    hint: Some(choice.hint),
                    node: page.choice(n, field.id()),
                    look: INDICATOR,
                    ..Choice::new(
                        if n == 0 { group_id.clone() } else { format!("{group_id}-{}", choice.key) },
                        &choice.label, choice.checked,
                        app.sender(move |on| Action::Outcomes(OutcomesAction::SetIndicator(id, indicator, on))))
                })
            }) }
        </div>
    };
    fieldset(
        t,
        Fieldset {
            hint: Some(o.indicators_hint),
            error: view.error_for(field),
            ..Fieldset::new(
                group_id.clone(),
                Legend::Heading(if view.indicators_optional {
                    o.indicators_label_optional
                } else {
                    o.indicators_label
                }),
                choices,
            )
        },
    )
}

fn for_whom(app: &AppContext, t: &Text, view: &EditView, page: &QuestionPage) -> Html {
    let o = t.outcomes;
    let id = view.id;
    let field = OutcomeField::ForWhom;
    let group_id = app.id(field.id());
    let choices = html! {
        <div class="sds-radios">
            { for view.for_whom.iter().enumerate().map(|(n, choice)| {
                let who = choice.value;
                radio(Choice {
                    name: Some(group_id.clone()),
                    value: Some(choice.key),
                    node: page.choice(n, field.id()),
                    ..Choice::new(
                        if n == 0 { group_id.clone() } else { format!("{group_id}-{}", choice.key) },
                        &choice.label, choice.checked,
                        app.sender(move |_: bool| Action::Outcomes(OutcomesAction::SetForWhom(id, who))))
                })
            }) }
        </div>
    };
    fieldset(
        t,
        Fieldset {
            error: view.error_for(field),
            ..Fieldset::new(group_id.clone(), Legend::Heading(o.for_whom_label), choices)
        },
    )
}
