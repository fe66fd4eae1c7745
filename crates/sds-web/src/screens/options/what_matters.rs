//! "What matters to us in choosing": short optional questions, and under
//! them how each option fits each answer. The core computes every fit; no
//! option is ranked or named best.

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::options::{
    self, Answer, Fit, OptionFit, OptionsAction, OptionsScreen, WhatMatters as Question,
};
use sds_core::text::Text;
use yew::prelude::*;

use super::back_to_options;
use crate::hooks::{AppContext, use_app, use_text};
use crate::widgets::choices::{Choice, Fieldset, Legend, fieldset, radio};
use crate::widgets::heading::Heading;
use crate::widgets::{page_heading, paragraphs};

#[component]
pub fn WhatMattersPage() -> Html {
    let t = use_text();
    let o = t.options;
    let app = &use_app();
    let plan = app.model().plan();
    let thinking = &plan.options;
    let view = options::fit_view(
        &options::answers_asked(plan),
        &options::local_availability(app.model().council()),
        t,
    );
    html! {
        <>
            { back_to_options(app, t) }
            { page_heading(o.matters_title) }
            { paragraphs(o.matters_intro) }
            <div class="sds-options-questions">
                { for options::questions(plan).into_iter().map(|q| question(app, t, q, thinking.answers.get(&q).copied())) }
            </div>

            <Heading depth={2} class="sds-heading-l">{ o.fits_heading }</Heading>
            <div class="sds-inset sds-options-your-choice">
                { paragraphs(&view.your_choice) }
            </div>
            if view.nothing_answered {
                <p class="sds-body">{ o.fits_nothing_yet }</p>
            } else {
                <p class="sds-body">{ o.fits_intro }</p>
                <div class="sds-options-fits">
                    { for view.options.iter().map(option_fit) }
                </div>
            }
            if view.not_sure > 0 {
                <p class="sds-body sds-options-not-sure">{ o.fits_not_sure(view.not_sure) }</p>
            }
            <div class="sds-button-group">
                <button type="button" class="sds-button"
                    onclick={app.send(Action::Open(Screen::Options(OptionsScreen::OurThinking)))}>
                    { o.thinking_title }
                </button>
                <a href="#options" class="sds-link"
                    onclick={app.send(Action::Open(Screen::Options(OptionsScreen::Start)))}>
                    { o.back_to_options }
                </a>
            </div>
        </>
    }
}

fn question(app: &AppContext, t: &Text, q: Question, current: Option<Answer>) -> Html {
    let o = t.options;
    let name = app.id(&format!("matters-{}", q.key()));
    let choices = html! {
        <div class="sds-radios sds-radios--inline">
            { for Answer::ALL.into_iter().map(|answer| radio(Choice {
                name: Some(name.clone()),
                value: Some(answer.key()),
                ..Choice::new(format!("{name}-{}", answer.key()), answer.label(o), current == Some(answer),
                    app.sender(move |_: bool| Action::Options(OptionsAction::Answer(q, answer))))
            })) }
        </div>
    };
    let legend = Legend::Words(q.question(o), "sds-fieldset__legend sds-options-question");
    fieldset(t, Fieldset::new(name.clone(), legend, choices))
}

fn option_fit(f: &OptionFit) -> Html {
    html! {
        <section class="sds-options-fit" key={f.id.key()}>
            <Heading depth={3} class="sds-heading-m">{ f.name }</Heading>
            if let Some(note) = f.not_available {
                <p class="sds-body sds-options-availability--not-now">{ note }</p>
            }
            <ul class="sds-options-fit__list">
                { for f.rows.iter().map(|row| html! {
                    <li class={classes!("sds-options-fit__row", format!("sds-options-fit__row--{}", row.fit.class()))}
                        key={row.question.key()}>
                        <p class="sds-options-fit__said">{ row.what_you_said.clone() }</p>
                        <p class="sds-options-fit__result">
                            { icon(row.fit) }
                            <strong class="sds-options-fit__label">{ row.fit_label }</strong>
                            <span class="sds-visually-hidden">{ ": " }</span>
                            <span class="sds-options-fit__reason">{ row.reason }</span>
                        </p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// A shape for each fit, so it never rests on colour alone: a tick, a half
/// circle, a cross. The words beside it say the same.
fn icon(fit: Fit) -> Html {
    let shape = match fit {
        Fit::Fits => html! { <path d="M5 12.5 L10 17.5 L19 7" class="sds-options-icon__line" /> },
        Fit::PartlyFits => html! {
            <>
                <circle cx="12" cy="12" r="8" class="sds-options-icon__ring" />
                <path d="M12 4 A8 8 0 0 0 12 20 Z" class="sds-options-icon__fill" />
            </>
        },
        Fit::DoesNotFit => {
            html! { <path d="M6 6 L18 18 M18 6 L6 18" class="sds-options-icon__line" /> }
        }
    };
    html! {
        <svg class={classes!("sds-options-icon", format!("sds-options-icon--{}", fit.class()))}
            viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            { shape }
        </svg>
    }
}
