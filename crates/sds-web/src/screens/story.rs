//! "Our story": an overview listing the section's short question pages,
//! and the pages themselves (one topic each, so a phone shows one at a
//! time). The core works out every label, value and error; this lays them
//! out in the design systems' question-page pattern.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::app::view;
use sds_core::steps::story::{
    self, CarersNote, DayStepView, DayView, FamilyRole, Feeling, FeelingQuestion, HowItGoes,
    MemberLink, PageLink, Person, QuestionView, StoryAction, StoryScreen,
};
use sds_core::text::Text;
use sds_core::vocabulary::{MemberId, SectionId};
use yew::prelude::*;

use crate::hooks::{AppContext, QuestionPage, use_app, use_question_page, use_text};
use crate::widgets::choices::{Choice, Fieldset, Legend, checkbox, fieldset};
use crate::widgets::confirm_page::ConfirmPage;
use crate::widgets::faces::{face_icon, how_icon};
use crate::widgets::finished_question::finished_question;
use crate::widgets::heading::Heading;
use crate::widgets::local_contacts::contact_line;
use crate::widgets::text_box::{AreaLook, InputLook, TextBox, text_area, text_input};
use crate::widgets::{
    back_link, back_to_plan, hidden_words, page_heading, paragraphs, young_person_decides,
};

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub screen: StoryScreen,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    match props.screen {
        StoryScreen::Overview => html! { <Overview /> },
        // One page for the whole day: its steps share the page's state.
        StoryScreen::Day(person, step) => {
            html! { <DayPage key={person.key()} {person} {step} /> }
        }
        StoryScreen::Member(id) => html! { <MemberPage key={id.0} {id} /> },
        StoryScreen::RemoveMember(id) => html! { <RemoveMember {id} /> },
        // Keyed by page, so each page starts with its own fresh state.
        page => html! { <StoryPage key={page.key()} screen={page} /> },
    }
}

fn back_to_story(app: &AppContext, t: &Text) -> Html {
    back_link(
        "#our-story",
        app.send(Action::Open(Screen::Story(StoryScreen::Overview))),
        t.story.back_to_story,
    )
}

#[component]
fn Overview() -> Html {
    let t = use_text();
    let app = &use_app();
    let view = story::overview(app.model().plan(), t);
    let s = t.story;
    html! {
        <>
            { back_to_plan(app, t) }
            { page_heading(s.title) }
            { paragraphs(s.overview_intro) }
            if let Some(decides) = sds_core::steps::about::young_person_decides(&app.model().plan().about, t) {
                { young_person_decides(decides) }
            }
            <Heading depth={2} class="sds-heading-l">{ s.pages_heading }</Heading>
            <ul class="sds-task-list">
                { for view.main.iter().map(|link| page_link(app, link)) }
            </ul>
            <Heading depth={2} class="sds-heading-l">{ s.optional_pages_heading }</Heading>
            <p class="sds-body">{ s.optional_pages_hint }</p>
            if !view.family.is_empty() {
                <ul class="sds-family-list">
                    { for view.family.iter().map(|member| member_item(app, t, member)) }
                </ul>
            }
            if let Some(limit) = &view.family_limit {
                <p class="sds-body">{ limit.clone() }</p>
            } else {
                <div class="sds-button-group">
                    { for FamilyRole::ALL.into_iter().map(|role| {
                        let label = match role {
                            FamilyRole::ParentOrCarer => s.add_parent,
                            FamilyRole::Sibling => s.add_sibling,
                        };
                        html! {
                            <button type="button" class="sds-button sds-button--secondary"
                                onclick={app.send(Action::Story(StoryAction::AddMember(role)))}>{ label }</button>
                        }
                    }) }
                </div>
            }
            { finished_question(app, t, (SectionId::OurStory, "story-finished"), view.finished,
                |finished| Action::Story(StoryAction::SetFinished(finished)),
                |onward| Action::Story(StoryAction::Continue(onward))) }
        </>
    }
}

fn status_tag(started: bool, status: &'static str, id: String) -> Html {
    let tag = if started {
        "sds-tag sds-tag--in-progress"
    } else {
        "sds-tag sds-tag--not-started"
    };
    html! { <strong class={tag} {id}>{ status }</strong> }
}

fn page_link(app: &AppContext, link: &PageLink) -> Html {
    let key = link.screen.key();
    let status_id = app.id(&format!("story-{key}-status"));
    html! {
        <li class="sds-task-list__item sds-task-list__item--link" key={key.clone()}>
            <div class="sds-task-list__name">
                <a class="sds-link sds-task-list__link" href={format!("#{key}")} aria-describedby={status_id.clone()}
                    onclick={app.send(Action::Open(Screen::Story(link.screen)))}>{ link.title.clone() }</a>
            </div>
            <div class="sds-task-list__status">{ status_tag(link.started, link.status, status_id) }</div>
        </li>
    }
}

/// A person in the family: their day, and changing or removing them.
fn member_item(app: &AppContext, t: &Text, member: &MemberLink) -> Html {
    let s = t.story;
    let key = member.day.screen.key();
    let status_id = app.id(&format!("story-member-{}-status", member.id.0));
    let id = member.id;
    html! {
        <li class="sds-family-list__item" key={key.clone()}>
            <a class="sds-link sds-family-list__day" href={format!("#{key}")} aria-describedby={status_id.clone()}
                onclick={app.send(Action::Open(Screen::Story(member.day.screen)))}>{ member.day.title.clone() }</a>
            <div class="sds-family-list__tags">
                { status_tag(member.day.started, member.day.status, status_id) }
                if member.young_carer {
                    <strong class="sds-tag sds-tag--young-carer">{ s.young_carer_tag }</strong>
                }
            </div>
            <ul class="sds-family-list__actions">
                <li><a class="sds-link" href={format!("#{}", StoryScreen::Member(id).key())}
                    onclick={app.send(Action::Open(Screen::Story(StoryScreen::Member(id))))}>
                    { s.change_details }{ hidden_words(&member.called) }</a></li>
                <li><a class="sds-link" href={format!("#{}", StoryScreen::RemoveMember(id).key())}
                    onclick={app.send(Action::Open(Screen::Story(StoryScreen::RemoveMember(id))))}>
                    { s.remove_person }{ hidden_words(&member.called) }</a></li>
            </ul>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DayProps {
    person: Person,
    step: story::DayStep,
}

/// A day as a timeline: every part listed, one open at a time with its
/// face and its boxes, the others showing what was said.
#[component]
fn DayPage(props: &DayProps) -> Html {
    let t = use_text();
    let app = &use_app();
    let view = story::day(app.model().plan(), props.person, props.step, t);
    let page = use_question_page();
    let errors = error_items(&view.errors);
    html! {
        <>
            { back_to_story(app, t) }
            { page.summary_once_tried(app, "story-error-summary-title", errors) }
            { page_heading(&view.title) }
            <p class="sds-body">{ view.intro.clone() }</p>
            <ol class="sds-day" aria-label={t.story.day_timeline_heading}>
                { for view.steps.iter().map(|step| day_step(app, t, &page, &view, step)) }
            </ol>
            if let Some(note) = story::carers_note(app.model().plan(), props.person, app.model().council(), t) {
                { carers_note(t, &note) }
            }
        </>
    }
}

/// What a parent or a brother or sister can ask for as a carer.
fn carers_note(t: &Text, note: &CarersNote) -> Html {
    html! {
        <div class="sds-inset sds-carers-note">
            <Heading depth={2} class="sds-heading-m">{ note.heading.clone() }</Heading>
            { for note.paragraphs.iter().map(|p| html! { <p class="sds-body">{ p.clone() }</p> }) }
            if let Some(centre) = &note.centre {
                <p class="sds-body sds-local__name">{ centre.name.clone() }</p>
                { for view::organisation_lines(centre, t).iter().map(contact_line) }
            }
        </div>
    }
}

fn day_step(
    app: &AppContext,
    t: &Text,
    page: &QuestionPage,
    view: &DayView,
    step: &DayStepView,
) -> Html {
    let person = view.person;
    let screen = StoryScreen::Day(person, step.step);
    let key = step.step.key();
    if !step.open {
        let said = match step.how {
            Some(how) => {
                html! { <p class="sds-day-step__how">{ how_icon(how) }{ how.label(t) }</p> }
            }
            None if step.written.is_empty() => {
                html! { <p class="sds-day-step__how sds-day-step__how--none">{ t.story.step_not_answered }</p> }
            }
            None => html! {},
        };
        return html! {
            <li class="sds-day-step" key={key}>
                <div class="sds-day-step__top">
                    <Heading depth={2} class="sds-heading-s sds-day-step__heading">{ step.name }</Heading>
                    <a class="sds-link sds-day-step__change" href={format!("#{}", screen.key())}
                        onclick={app.send(Action::Open(Screen::Story(screen)))}>
                        { t.story.change_step }{ hidden_words(step.name) }</a>
                </div>
                { said }
                if let Some(too_long) = step.too_long {
                    <p class="sds-error-message">{ too_long }</p>
                }
                { for step.written.iter().map(|w| html! { <p class="sds-day-step__said">{ format!("“{w}”") }</p> }) }
            </li>
        };
    }
    let onsubmit = page.onsubmit(app, Action::Story(StoryAction::SavePage(screen)));
    html! {
        <li class="sds-day-step sds-day-step--open" key={key}>
            <form class="sds-form" novalidate=true {onsubmit}>
                <Heading depth={2} class="sds-heading-m sds-day-step__heading" focusable=true>
                    <span class="sds-caption">{ step.count.clone() }</span>{ " " }{ step.name }
                </Heading>
                <p class="sds-hint">{ step.hint }</p>
                if let story::DayStep::Part(part) = step.step {
                    { how_question(app, t, person, part, step) }
                }
                { for step.questions.iter().map(|q| text_question(app, t, page, q, false)) }
                <button type="submit" class="sds-button">{ view.next_label.clone() }</button>
            </form>
        </li>
    }
}

fn how_question(
    app: &AppContext,
    t: &Text,
    person: Person,
    part: story::DayPart,
    step: &DayStepView,
) -> Html {
    let name = app.id(&format!("{}-{}-how", person.key(), part.key()));
    let faces = HowItGoes::ALL.into_iter().map(|how| Face {
        key: how.key(),
        label: how.label(t),
        icon: how_icon(how),
        checked: step.how == Some(how),
        choose: Action::Story(StoryAction::SetHow(person, part, how)),
    });
    face_question(app, t, name, &step.how_question, true, faces)
}

/// One face of a picture scale.
struct Face {
    key: &'static str,
    label: &'static str,
    icon: Html,
    checked: bool,
    choose: Action,
}

/// A question answered by picking a face: radios drawn as faces with
/// their words. `grouped` puts it in its own form group.
fn face_question(
    app: &AppContext,
    t: &Text,
    name: String,
    question: &str,
    grouped: bool,
    faces: impl Iterator<Item = Face>,
) -> Html {
    let faces = html! {
        <div class="sds-story-faces">
            { for faces.map(|face| {
                let id = format!("{name}-{}", face.key);
                let choose = face.choose;
                let onchange = app.sender(move |_: Event| choose.clone());
                html! {
                    <div class="sds-story-face">
                        <input class="sds-story-face__input" type="radio" id={id.clone()} name={name.clone()}
                            value={face.key} checked={face.checked} {onchange} />
                        <label class="sds-story-face__label" for={id}>
                            { face.icon }
                            <span class="sds-story-face__text">{ face.label }</span>
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
            grouped,
            ..Fieldset::new(
                name.clone(),
                Legend::Words(question, "sds-fieldset__legend sds-story-feeling__legend"),
                faces,
            )
        },
    )
}

#[derive(Properties, PartialEq)]
struct MemberProps {
    id: MemberId,
}

/// A parent's, carer's, brother's or sister's name, and for a brother or
/// sister whether they are a young carer.
#[component]
fn MemberPage(props: &MemberProps) -> Html {
    let t = use_text();
    let app = &use_app();
    let s = t.story;
    let id = props.id;
    let page = use_question_page();
    let Some(view) = story::member(app.model().plan(), id, t) else {
        // Removed in another tab: the model moves on to the overview.
        return back_to_story(app, t);
    };
    let onsubmit = page.onsubmit(
        app,
        Action::Story(StoryAction::SavePage(StoryScreen::Member(id))),
    );
    let name_id = app.id("member-name");
    let errors = view
        .name_error
        .map(|e| ("member-name".into(), e.into()))
        .into_iter()
        .collect();
    html! {
        <>
            { back_to_story(app, t) }
            { page.summary_once_tried(app, "member-error-summary-title", errors) }
            { page_heading(&view.title) }
            <p class="sds-body">{ s.member_intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { text_input(t, TextBox {
                    id: name_id,
                    name: "member-name",
                    label: s.member_name_label,
                    hint: s.member_name_hint,
                    value: &view.name,
                    error: view.name_error,
                    node: page.field("member-name"),
                    oninput: app.sender(move |name| Action::Story(StoryAction::SetMemberName(id, name))),
                }, InputLook { width: "sds-input--width-20", inputmode: None, prefix: None, suffix: None, label_is_heading: true }) }
                if let Some(young_carer) = view.young_carer {
                    { fieldset(t, Fieldset {
                        hint: Some(s.young_carer_hint),
                        ..Fieldset::new(app.id("young-carer"), Legend::Heading(s.young_carer_heading),
                            html! { <div class="sds-checkboxes">{ checkbox(Choice::new(
                                app.id("young-carer-yes"), &view.young_carer_label, young_carer,
                                app.sender(move |checked: bool| Action::Story(StoryAction::SetYoungCarer(id, checked)))))
                            }</div> })
                    }) }
                }
                <button type="submit" class="sds-button">{ s.member_save }</button>
            </form>
        </>
    }
}

#[component]
fn RemoveMember(props: &MemberProps) -> Html {
    let t = use_text();
    let app = &use_app();
    let s = t.story;
    let title = story::remove_member_title(app.model().plan(), props.id, t);
    html! {
        <ConfirmPage title={title} body={std::slice::from_ref(&s.remove_member_body)}>
            <button type="button" class="sds-button sds-button--warning"
                onclick={app.send(Action::Story(StoryAction::RemoveMember(props.id)))}>{ s.remove_member_yes }</button>
            <button type="button" class="sds-button sds-button--secondary"
                onclick={app.send(Action::Open(Screen::Story(StoryScreen::Overview)))}>{ s.remove_member_no }</button>
        </ConfirmPage>
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
    let errors = error_items(&view.errors);

    html! {
        <>
            { back_to_story(app, t) }
            { page.summary_once_tried(app, "story-error-summary-title", errors) }
            { page_heading(&view.title) }
            <p class="sds-body">{ view.intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { for view.questions.iter().map(|q| text_question(app, t, &page, q, true)) }
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

/// The error summary's lines for boxes over the limit: field id, message.
fn error_items(errors: &[QuestionView]) -> Vec<(AttrValue, AttrValue)> {
    errors
        .iter()
        .filter_map(|q| Some((q.id.clone().into(), q.text_box.error?.into())))
        .collect()
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
            label: &q.text_box.label,
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
    let faces = Feeling::ALL.into_iter().map(|feeling| Face {
        key: feeling.key(),
        label: feeling.label(t),
        icon: face_icon(feeling),
        checked: q.chosen == Some(feeling),
        choose: Action::Story(StoryAction::SetFeeling(topic, feeling)),
    });
    face_question(app, t, name, q.label, false, faces)
}
