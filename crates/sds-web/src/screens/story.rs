//! "Our story": an overview listing the section's short question pages,
//! and the pages themselves (one topic each, so a phone shows one at a
//! time). The core works out every label, value and error; this lays them
//! out in the design systems' question-page pattern.

use std::collections::HashMap;

use sds_core::Action;
use sds_core::model::Screen;
use sds_core::story::{
    self, Feeling, FeelingQuestion, PageLink, QuestionView, StoryAction, StoryScreen,
};
use sds_core::text::Text;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::hooks::{AppContext, use_save_and_continue, use_text};
use crate::widgets::error_summary::{ErrorSummary, SummaryItem};

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub app: AppContext,
    pub screen: StoryScreen,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    match props.screen {
        StoryScreen::Overview => html! { <Overview app={props.app.clone()} /> },
        // Keyed by page, so each page starts with its own fresh state.
        page => html! { <StoryPage key={page.key()} app={props.app.clone()} screen={page} /> },
    }
}

#[derive(Properties, PartialEq)]
struct OverviewProps {
    app: AppContext,
}

#[component]
fn Overview(props: &OverviewProps) -> Html {
    let t = use_text();
    let app = &props.app;
    let view = story::overview(&app.model().plan.story, t);
    let others_hint_id = app.id("story-others-hint");
    let on_finished = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |finished: bool| {
            dispatcher.dispatch(Action::Story(StoryAction::SetFinished(finished)))
        })
    };
    html! {
        <>
            <a href="#hub" class="sds-back-link" onclick={app.send(Action::Open(Screen::Hub))}>{ t.back_to_plan }</a>
            <h1 class="sds-heading-xl" tabindex="-1">{ t.story.title }</h1>
            { for t.story.overview_intro.iter().map(|p| html! { <p class="sds-body">{ *p }</p> }) }
            <h2 class="sds-heading-l">{ t.story.pages_heading }</h2>
            <ul class="sds-task-list">
                { for view.main.iter().map(|link| page_link(app, link)) }
            </ul>
            <h2 class="sds-heading-l">{ t.story.optional_pages_heading }</h2>
            <p class="sds-body" id={others_hint_id}>{ t.story.optional_pages_hint }</p>
            <ul class="sds-task-list">
                { for view.others.iter().map(|link| page_link(app, link)) }
            </ul>
            <FinishedQuestion app={app.clone()} name="story-finished" finished={view.finished}
                on_change={on_finished} />
        </>
    }
}

fn page_link(app: &AppContext, link: &PageLink) -> Html {
    let key = link.screen.key();
    let status_id = app.id(&format!("story-{key}-status"));
    let tag = if link.started {
        "sds-tag sds-tag--in-progress"
    } else {
        "sds-tag sds-tag--not-started"
    };
    html! {
        <li class="sds-task-list__item sds-task-list__item--link" key={key.clone()}>
            <div class="sds-task-list__name">
                <a class="sds-link sds-task-list__link" href={format!("#{key}")} aria-describedby={status_id.clone()}
                    onclick={app.send(Action::Open(Screen::Story(link.screen)))}>{ link.title }</a>
            </div>
            <div class="sds-task-list__status" id={status_id}>
                <strong class={tag}>{ link.status }</strong>
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct FinishedProps {
    pub app: AppContext,
    /// Part of the radios' ids and name.
    pub name: AttrValue,
    pub finished: Option<bool>,
    pub on_change: Callback<bool>,
}

/// "Have you finished this section?" as in the design systems' task list
/// pattern; "Continue" goes back to the plan.
#[component]
pub fn FinishedQuestion(props: &FinishedProps) -> Html {
    let t = use_text();
    let app = &props.app;
    let name = app.id(&props.name);
    let onsubmit = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            dispatcher.dispatch(Action::Open(Screen::Hub));
        })
    };
    let radio = |value: bool, label: &'static str| {
        let id = format!("{name}-{}", if value { "yes" } else { "no" });
        let on_change = props.on_change.clone();
        html! {
            <div class="sds-radios__item">
                <input class="sds-radios__input" type="radio" id={id.clone()} name={name.clone()}
                    checked={props.finished == Some(value)}
                    onchange={Callback::from(move |_: Event| on_change.emit(value))} />
                <label class="sds-label sds-radios__label" for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <form class="sds-form sds-story-finished" novalidate=true {onsubmit}>
            <div class="sds-form-group">
                <fieldset class="sds-fieldset">
                    <legend class="sds-fieldset__legend">
                        <h2 class="sds-fieldset__heading">{ t.story.finished_question }</h2>
                    </legend>
                    <div class="sds-radios">
                        { radio(true, t.story.finished_yes) }
                        { radio(false, t.story.finished_no) }
                    </div>
                </fieldset>
            </div>
            <button type="submit" class="sds-button">{ t.story.continue_button }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct StoryPageProps {
    app: AppContext,
    screen: StoryScreen,
}

#[component]
fn StoryPage(props: &StoryPageProps) -> Html {
    let t = use_text();
    let app = &props.app;
    let screen = props.screen;
    let view = story::page(&app.model().plan.story, screen, t);
    let refs = use_memo(screen, |screen| {
        screen
            .fields()
            .into_iter()
            .map(|f| (f.id(), NodeRef::default()))
            .collect::<HashMap<String, NodeRef>>()
    });
    let (summary_ref, onsubmit, tried) =
        use_save_and_continue(app, Action::Story(StoryAction::SavePage(screen)));
    let summary_items: Vec<SummaryItem> = if tried {
        view.errors
            .iter()
            .filter_map(|q| {
                Some(SummaryItem {
                    message: q.error?,
                    href: format!("#{}", app.id(&q.id)),
                    field: refs.get(&q.id).cloned().unwrap_or_default(),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let node = |q: &QuestionView| refs.get(&q.id).cloned().unwrap_or_default();

    html! {
        <>
            <a href="#our-story" class="sds-back-link"
                onclick={app.send(Action::Open(Screen::Story(StoryScreen::Overview)))}>{ t.story.back_to_story }</a>
            <ErrorSummary items={summary_items} summary_ref={summary_ref} title_id={app.id("story-error-summary-title")} />
            <h1 class="sds-heading-xl" tabindex="-1">{ view.title }</h1>
            <p class="sds-body">{ view.intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { for view.groups.iter().map(|group| match group.heading {
                    Some(heading) => {
                        let hint_id = app.id(&format!("{}-part-hint", group.questions.first().map(|q| q.id.as_str()).unwrap_or("part")));
                        html! {
                            <fieldset class="sds-fieldset sds-story-part" aria-describedby={hint_id.clone()}>
                                <legend class="sds-fieldset__legend">
                                    <h2 class="sds-fieldset__heading">{ heading }</h2>
                                </legend>
                                <div class="sds-hint" id={hint_id}>{ group.hint }</div>
                                { for group.questions.iter().map(|q| text_question(app, t, q, node(q), false)) }
                            </fieldset>
                        }
                    }
                    None => html! {
                        { for group.questions.iter().map(|q| text_question(app, t, q, node(q), true)) }
                    },
                }) }
                if !view.feelings.is_empty() {
                    <div class="sds-form-group">
                        <fieldset class="sds-fieldset" aria-describedby={app.id("feelings-hint")}>
                            <legend class="sds-fieldset__legend">
                                <h2 class="sds-fieldset__heading">{ t.story.feelings_heading }</h2>
                            </legend>
                            <div class="sds-hint" id={app.id("feelings-hint")}>{ t.story.feelings_hint }</div>
                            { for view.feelings.iter().map(|q| feeling_question(app, t, q)) }
                        </fieldset>
                    </div>
                }
                <button type="submit" class="sds-button">{ t.save_and_continue }</button>
            </form>
        </>
    }
}

/// One free-text box. `as_heading` makes the label the question's heading
/// (pages whose questions are not already under a part-of-the-day heading).
fn text_question(
    app: &AppContext,
    t: &Text,
    q: &QuestionView,
    node: NodeRef,
    as_heading: bool,
) -> Html {
    let field = q.field;
    let oninput = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |value: String| {
            dispatcher.dispatch(Action::Story(StoryAction::SetText(field, value)))
        })
    };
    text_box(
        app,
        t,
        TextBox {
            id: app.id(&q.id),
            label: q.label,
            hint: q.hint,
            value: q.value.clone(),
            error: q.error,
            count_message: q.count_message.clone(),
            node,
            as_heading,
            oninput,
        },
    )
}

/// What a free-text box shows; shared with "What we want to change".
pub struct TextBox {
    pub id: String,
    pub label: &'static str,
    pub hint: &'static str,
    pub value: String,
    pub error: Option<&'static str>,
    pub count_message: Option<String>,
    pub node: NodeRef,
    pub as_heading: bool,
    pub oninput: Callback<String>,
}

pub fn text_box(_app: &AppContext, t: &Text, b: TextBox) -> Html {
    let hint_id = format!("{}-hint", b.id);
    let error_id = format!("{}-error", b.id);
    let count_id = format!("{}-count", b.id);
    let mut described: Vec<&str> = Vec::new();
    if !b.hint.is_empty() {
        described.push(&hint_id);
    }
    if b.error.is_some() {
        described.push(&error_id);
    }
    if b.count_message.is_some() {
        described.push(&count_id);
    }
    let described_by = (!described.is_empty()).then(|| described.join(" "));
    let label = html! { <label class={classes!("sds-label", b.as_heading.then_some("sds-label--m"))} for={b.id.clone()}>{ b.label }</label> };
    let oninput = {
        let emit = b.oninput.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                emit.emit(area.value());
            }
        })
    };
    html! {
        <div class={classes!("sds-form-group", b.error.is_some().then_some("sds-form-group--error"))}>
            if b.as_heading {
                <h2 class="sds-label-wrapper">{ label }</h2>
            } else {
                { label }
            }
            if !b.hint.is_empty() {
                <div class="sds-hint" id={hint_id.clone()}>{ b.hint }</div>
            }
            if let Some(message) = b.error {
                <p class="sds-error-message" id={error_id.clone()}>
                    <span class="sds-visually-hidden">{ t.error_prefix }{ " " }</span>{ message }
                </p>
            }
            <textarea class={classes!("sds-story-textarea", b.error.is_some().then_some("sds-story-textarea--error"))}
                id={b.id.clone()} name={b.id.clone()} rows="4" spellcheck="true" ref={b.node}
                value={b.value} aria-describedby={described_by}
                aria-invalid={b.error.map(|_| "true")} {oninput} />
            if let Some(count) = b.count_message {
                <p class="sds-story-count" id={count_id}>{ count }</p>
            }
        </div>
    }
}

fn feeling_question(app: &AppContext, t: &Text, q: &FeelingQuestion) -> Html {
    let name = app.id(&format!("feeling-{}", q.topic.key()));
    let topic = q.topic;
    html! {
        <fieldset class="sds-fieldset sds-story-feeling">
            <legend class="sds-fieldset__legend sds-story-feeling__legend">{ q.label }</legend>
            <div class="sds-story-faces">
                { for Feeling::ALL.into_iter().map(|feeling| {
                    let id = format!("{name}-{}", feeling.key());
                    let onchange = {
                        let dispatcher = app.state.dispatcher();
                        Callback::from(move |_: Event| {
                            dispatcher.dispatch(Action::Story(StoryAction::SetFeeling(topic, feeling)))
                        })
                    };
                    html! {
                        <div class="sds-story-face">
                            <input class="sds-story-face__input" type="radio" id={id.clone()} name={name.clone()}
                                value={feeling.key()} checked={q.chosen == Some(feeling)} {onchange} />
                            <label class="sds-story-face__label" for={id}>
                                { face_icon(feeling) }
                                <span class="sds-story-face__text">{ feeling.label(t) }</span>
                            </label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A simple face: a smile, a straight mouth or a frown. Drawn, not an emoji,
/// so it looks the same everywhere; the text label beside it carries the
/// meaning, so the picture is hidden from screen readers.
fn face_icon(feeling: Feeling) -> Html {
    let (mouth, class) = match feeling {
        Feeling::Happy => ("M14 27 Q20 33 26 27", "sds-story-face__icon--happy"),
        Feeling::NotSure => ("M14 28 L26 28", "sds-story-face__icon--not-sure"),
        Feeling::Unhappy => ("M14 30 Q20 24 26 30", "sds-story-face__icon--unhappy"),
    };
    html! {
        <svg class={classes!("sds-story-face__icon", class)} viewBox="0 0 40 40" width="40" height="40"
            aria-hidden="true" focusable="false">
            <circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5" />
            <circle cx="14" cy="16" r="2.2" fill="currentColor" />
            <circle cx="26" cy="16" r="2.2" fill="currentColor" />
            <path d={mouth} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
    }
}
