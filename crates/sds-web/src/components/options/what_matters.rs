//! "What matters to us in choosing": short optional questions, and under
//! them how each option fits each answer. The core computes every fit; no
//! option is ranked or named best.

use sds_core::Action;
use sds_core::model::Screen;
use sds_core::options::{
    self, Answer, Fit, OptionFit, OptionsAction, OptionsScreen, WhatMatters as Question,
};
use sds_core::text::options::OptionsText;
use yew::prelude::*;

use super::{BackToOptions, PageProps, page_heading, paragraphs};
use crate::hooks::{AppContext, use_text};

#[component]
pub fn WhatMattersPage(props: &PageProps) -> Html {
    let t = use_text();
    let o = t.options;
    let app = &props.app;
    let thinking = &app.model().plan.options;
    let view = options::fit_view(
        thinking,
        &options::local_availability(app.model().council.as_ref()),
        t,
    );
    html! {
        <>
            <BackToOptions app={app.clone()} />
            { page_heading(o.matters_title) }
            { paragraphs(o.matters_intro) }
            <div class="sds-options-questions">
                { for Question::ALL.into_iter().map(|q| question(app, q, thinking.answers.get(&q).copied(), o)) }
            </div>

            <h2 class="sds-heading-l">{ o.fits_heading }</h2>
            <div class="sds-inset sds-options-your-choice">
                { paragraphs(view.your_choice) }
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

fn question(app: &AppContext, q: Question, current: Option<Answer>, o: &OptionsText) -> Html {
    let name = app.id(&format!("matters-{}", q.key()));
    html! {
        <div class="sds-form-group" key={q.key()}>
            <fieldset class="sds-fieldset">
                <legend class="sds-fieldset__legend sds-options-question">{ q.question(o) }</legend>
                <div class="sds-radios sds-radios--inline">
                    { for Answer::ALL.into_iter().map(|answer| {
                        let id = format!("{name}-{}", answer.key());
                        let onchange = {
                            let dispatcher = app.state.dispatcher();
                            Callback::from(move |_: Event| {
                                dispatcher.dispatch(Action::Options(OptionsAction::Answer(q, answer)))
                            })
                        };
                        html! {
                            <div class="sds-radios__item">
                                <input class="sds-radios__input" type="radio" id={id.clone()} name={name.clone()}
                                    value={answer.key()} checked={current == Some(answer)} {onchange} />
                                <label class="sds-label sds-radios__label" for={id}>{ answer.label(o) }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

fn option_fit(f: &OptionFit) -> Html {
    html! {
        <section class="sds-options-fit" key={f.id.key()}>
            <h3 class="sds-heading-m">{ f.name }</h3>
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
