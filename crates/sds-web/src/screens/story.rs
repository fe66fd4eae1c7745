//! "Our story": an overview listing the section's short question pages,
//! and the pages themselves (one topic each, so a phone shows one at a
//! time). The core works out every label, value and error; this lays them
//! out in the design systems' question-page pattern.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::story::{
    self, Feeling, FeelingQuestion, PageLink, QuestionView, StoryAction, StoryScreen,
};
use sds_core::text::Text;
use sds_core::vocabulary::SectionId;
use yew::prelude::*;

use crate::hooks::{AppContext, QuestionPage, use_app, use_question_page, use_text};
use crate::widgets::choices::{Fieldset, Legend, fieldset};
use crate::widgets::finished_question::finished_question;
use crate::widgets::heading::Heading;
use crate::widgets::text_box::{AreaLook, TextBox, text_area};
use crate::widgets::{back_link, back_to_plan, page_heading, paragraphs};

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub screen: StoryScreen,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    match props.screen {
        StoryScreen::Overview => html! { <Overview /> },
        // Keyed by page, so each page starts with its own fresh state.
        page => html! { <StoryPage key={page.key()} screen={page} /> },
    }
}

#[component]
fn Overview() -> Html {
    let t = use_text();
    let app = &use_app();
    let view = story::overview(&app.model().plan().story, t);
    let others_hint_id = app.id("story-others-hint");
    html! {
        <>
            { back_to_plan(app, t) }
            { page_heading(t.story.title) }
            { paragraphs(t.story.overview_intro) }
            <Heading depth={2} class="sds-heading-l">{ t.story.pages_heading }</Heading>
            <ul class="sds-task-list">
                { for view.main.iter().map(|link| page_link(app, link)) }
            </ul>
            <Heading depth={2} class="sds-heading-l">{ t.story.optional_pages_heading }</Heading>
            <p class="sds-body" id={others_hint_id}>{ t.story.optional_pages_hint }</p>
            <ul class="sds-task-list">
                { for view.others.iter().map(|link| page_link(app, link)) }
            </ul>
            { finished_question(app, t, (SectionId::OurStory, "story-finished"), view.finished,
                |finished| Action::Story(StoryAction::SetFinished(finished)),
                |onward| Action::Story(StoryAction::Continue(onward))) }
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
struct StoryPageProps {
    screen: StoryScreen,
}

#[component]
fn StoryPage(props: &StoryPageProps) -> Html {
    let t = use_text();
    let app = &use_app();
    let screen = props.screen;
    let view = story::page(app.model().plan(), screen, t);
    let page = use_question_page();
    let onsubmit = page.onsubmit(app, Action::Story(StoryAction::SavePage(screen)));
    let errors = view
        .errors
        .iter()
        .filter_map(|q| Some((q.id.clone().into(), q.text_box.error?.into())))
        .collect();

    html! {
        <>
            { back_link("#our-story", app.send(Action::Open(Screen::Story(StoryScreen::Overview))),
                t.story.back_to_story) }
            { page.summary_once_tried(app, "story-error-summary-title", errors) }
            { page_heading(view.title) }
            <p class="sds-body">{ view.intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { for view.groups.iter().map(|group| match group.heading {
                    Some(heading) => {
                        let first = group.questions.first().map(|q| q.id.as_str()).unwrap_or("part");
                        fieldset(t, Fieldset {
                            hint: Some(group.hint),
                            class: Some("sds-story-part"),
                            grouped: false,
                            ..Fieldset::new(app.id(&format!("{first}-part")), Legend::Heading(heading),
                                group.questions.iter().map(|q| text_question(app, t, &page, q, false)).collect())
                        })
                    }
                    None => group.questions.iter().map(|q| text_question(app, t, &page, q, true)).collect(),
                }) }
                if !view.feelings.is_empty() {
                    { fieldset(t, Fieldset {
                        hint: Some(t.story.feelings_hint),
                        ..Fieldset::new(app.id("feelings"), Legend::Heading(t.story.feelings_heading),
                            view.feelings.iter().map(|q| feeling_question(app, t, q)).collect())
                    }) }
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
    page: &QuestionPage,
    q: &QuestionView,
    as_heading: bool,
) -> Html {
    let field = q.field;
    let id = app.id(&q.id);
    text_area(
        t,
        TextBox {
            name: &id,
            id: id.clone(),
            label: q.text_box.label,
            hint: q.text_box.hint,
            value: &q.text_box.value,
            error: q.text_box.error,
            node: page.field(&q.id),
            oninput: app.sender(move |text| Action::Story(StoryAction::SetText(field, text))),
        },
        AreaLook::Answer,
        as_heading,
        q.text_box.count_message.as_deref(),
    )
}

fn feeling_question(app: &AppContext, t: &Text, q: &FeelingQuestion) -> Html {
    let name = app.id(&format!("feeling-{}", q.topic.key()));
    let topic = q.topic;
    let faces = html! {
        <div class="sds-story-faces">
            { for Feeling::ALL.into_iter().map(|feeling| {
                let id = format!("{name}-{}", feeling.key());
                let onchange = app.sender(move |_: Event| Action::Story(StoryAction::SetFeeling(topic, feeling)));
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
    };
    fieldset(
        t,
        Fieldset {
            class: Some("sds-story-feeling"),
            grouped: false,
            ..Fieldset::new(
                name.clone(),
                Legend::Words(q.label, "sds-fieldset__legend sds-story-feeling__legend"),
                faces,
            )
        },
    )
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
