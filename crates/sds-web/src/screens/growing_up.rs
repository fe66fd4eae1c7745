//! "Growing up: planning for 16 and 18": the timeline of what to ask, and
//! when, each step with its state, where it comes from, a tick for done
//! and a box for who the family spoke to.

use sds_core::Action;
use sds_core::steps::growing_up::{self, GrowingUpAction, StepState, StepView};
use sds_core::text::Text;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::effects::files::today;
use crate::hooks::{AppContext, use_app, use_text};
use crate::screens::support::tick_box;
use crate::widgets::heading::Heading;
use crate::widgets::text_box::{InputLook, TextBox, hint, label, text_input};
use crate::widgets::{back_to_plan, page_heading, paragraphs};

#[component]
pub fn GrowingUp() -> Html {
    let t = use_text();
    let g = t.growing_up;
    let app = &use_app();
    let view = growing_up::view(app.model().plan(), &today(), t);
    let month_id = app.id("birthday-month");
    let month_hint = format!("{month_id}-hint");
    let on_month = app.sender(|event: Event| {
        let month = event
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|select| select.value().parse::<u8>().ok());
        Action::GrowingUp(GrowingUpAction::SetBirthdayMonth(month))
    });
    html! {
        <>
            { back_to_plan(app, t) }
            { page_heading(g.title) }
            <p class="sds-body sds-growing-up__now">{ view.where_now.clone() }</p>
            { paragraphs(g.intro) }
            <div class="sds-form-group">
                { label(&month_id, g.birthday_label, false) }
                { hint(&month_hint, g.birthday_hint) }
                <select class="sds-select" id={month_id.clone()} name="birthday-month"
                    aria-describedby={month_hint} onchange={on_month}>
                    <option value="" selected={view.birthday_month.is_none()}>{ g.birthday_none }</option>
                    { for t.locale.months.iter().zip(1u8..).map(|(name, n)| html! {
                        <option value={n.to_string()} selected={view.birthday_month == Some(n)}>{ *name }</option>
                    }) }
                </select>
            </div>
            <ol class="sds-timeline">
                { for view.steps.iter().map(|step| timeline_step(app, t, step)) }
            </ol>
        </>
    }
}

fn timeline_step(app: &AppContext, t: &Text, step: &StepView) -> Html {
    let g = t.growing_up;
    let key = step.step.key();
    let id = step.step;
    html! {
        <li class={classes!("sds-timeline__step", format!("sds-timeline__step--{}", step.state.key()))} key={key}>
            <div class="sds-timeline__top">
                <strong class={classes!("sds-tag", format!("sds-timeline__state--{}", step.state.key()))}>{ step.state_label }</strong>
                <span class="sds-timeline__when">{ step.when.clone() }</span>
            </div>
            <Heading depth={2} class="sds-heading-m sds-timeline__title">{ step.title }</Heading>
            <p class="sds-body">{ step.ask }</p>
            <p class="sds-body sds-timeline__source">{ g.source(&step.source) }</p>
            // Steps further ahead are to read about; a step can be ticked
            // from when it is next, and who they spoke to noted once done.
            if step.state != StepState::Later || step.done {
                { tick_box(app, &format!("{key}-done"), g.done_label, None, step.done,
                    app.sender(move |done: bool| Action::GrowingUp(GrowingUpAction::SetDone(id, done)))) }
            }
            if step.done || !step.spoke_to.is_empty() {
                { text_input(t, TextBox {
                    id: app.id(&format!("{key}-spoke-to")),
                    name: "spoke-to",
                    label: g.spoke_to_label,
                    hint: "",
                    value: &step.spoke_to,
                    error: None,
                    node: NodeRef::default(),
                    oninput: app.sender(move |words: String| Action::GrowingUp(GrowingUpAction::SetSpokeTo(id, words))),
                }, InputLook { width: "sds-input--width-20", inputmode: None, prefix: None, suffix: None, label_is_heading: false }) }
            }
        </li>
    }
}
