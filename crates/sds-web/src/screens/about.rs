//! "About us": the child's name, age, who is filling this in and the council
//! area. Answers are kept as typed; the core checks them on "Save and
//! continue" and says who makes decisions at the age given.

use sds_core::Action;

use sds_core::council::COUNCIL_AREAS;
use sds_core::steps::about::{self, AboutField};
use sds_core::vocabulary::{Filler, SectionId};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::hooks::{use_app, use_question_page, use_text};
use crate::widgets::choices::{Choice, Fieldset, Legend, fieldset, radio};
use crate::widgets::heading::Heading;
use crate::widgets::section_end::{Finish, onward_submit, section_end};
use crate::widgets::text_box::{
    Ids, InputLook, TextBox, described_by, error_message, group_class, hint, label, text_input,
};
use crate::widgets::{back_to_plan, page_heading, paragraphs};

#[component]
pub fn AboutUs() -> Html {
    let t = use_text();
    let app = &use_app();
    let about = &app.model().plan().about;
    let view = about::page(about, app.model().tried_to_save(), t);
    let page = use_question_page();
    let onsubmit = onward_submit(app, Action::SubmitAboutUs);
    let errors = view
        .errors
        .iter()
        .map(|e| (e.field_id.into(), e.message.into()))
        .collect();
    let id = |field: AboutField| app.id(field.id());
    let error = |field: AboutField| view.error_for(field.id());

    let filler_id = id(AboutField::Filler);
    let fillers = html! {
        <div class="sds-radios">
            { for Filler::ALL.into_iter().enumerate().map(|(n, option)| radio(Choice {
                name: Some(filler_id.clone()),
                value: Some(option.id()),
                node: page.choice(n, AboutField::Filler.id()),
                ..Choice::new(app.id(&format!("filler-{}", option.id())), option.label(t),
                    about.filler == Some(option), app.sender(move |_: bool| Action::SetFiller(option)))
            })) }
        </div>
    };

    let council_id = id(AboutField::Council);
    let council_ids = Ids::of(&council_id);
    let council_error = error(AboutField::Council);
    let on_council = app.filter_sender(|event: Event| {
        let select = event.target_dyn_into::<HtmlSelectElement>()?;
        Some(Action::SetCouncil(select.value()))
    });

    html! {
        <>
            { back_to_plan(app, t) }
            { page.summary(app, "error-summary-title", errors) }
            { page_heading(t.about_title) }
            <p class="sds-body">{ t.about_intro }</p>
            <form class="sds-form" novalidate=true {onsubmit}>
                { text_input(t, TextBox {
                    id: id(AboutField::ChildName),
                    name: "child-name",
                    label: t.child_name_label,
                    hint: t.child_name_hint,
                    value: &about.child_name,
                    error: error(AboutField::ChildName),
                    node: page.field(AboutField::ChildName.id()),
                    oninput: app.sender(Action::SetChildName),
                }, InputLook { width: "sds-input--width-20", inputmode: None, prefix: None, suffix: None, label_is_heading: true }) }
                { text_input(t, TextBox {
                    id: id(AboutField::Age),
                    name: "age",
                    label: t.age_label,
                    hint: t.age_hint,
                    value: &about.age,
                    error: error(AboutField::Age),
                    node: page.field(AboutField::Age.id()),
                    oninput: app.sender(Action::SetAge),
                }, InputLook { width: "sds-input--width-3", inputmode: Some("numeric"), prefix: None, suffix: Some(t.age_suffix), label_is_heading: true }) }

                <div class="sds-inset" aria-live="polite">
                    if !view.decisions.is_empty() {
                        <Heading depth={2} class="sds-heading-s">{ t.decisions_heading }</Heading>
                        { paragraphs(&view.decisions) }
                    }
                </div>

                { fieldset(t, Fieldset {
                    error: error(AboutField::Filler),
                    ..Fieldset::new(filler_id.clone(), Legend::LargerHeading(t.filler_label), fillers)
                }) }

                <div class={group_class(council_error)}>
                    { label(&council_id, t.council_label, true) }
                    { hint(&council_ids.hint, t.council_hint) }
                    { error_message(t, &council_ids.error, council_error) }
                    <select class={classes!("sds-select", council_error.map(|_| "sds-input--error"))}
                        id={council_id.clone()} name="council" ref={page.field(AboutField::Council.id())}
                        aria-describedby={described_by([Some(council_ids.hint.as_str()), council_error.map(|_| council_ids.error.as_str())])}
                        aria-invalid={council_error.map(|_| "true")} onchange={on_council}>
                        <option value="" selected={about.council.is_none()}>{ t.council_choose }</option>
                        { for COUNCIL_AREAS.iter().map(|c| html! {
                            <option value={c.id} selected={about.council.as_deref() == Some(c.id)}>{ c.name }</option>
                        }) }
                    </select>
                </div>

                { section_end(app, t, SectionId::AboutUs, Finish::Form(Action::SubmitAboutUs)) }
            </form>
        </>
    }
}
