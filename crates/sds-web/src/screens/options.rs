//! "The four options": a start page (the comparison, the chart and links)
//! and short pages for the rest, so a phone user is never faced with one
//! enormous page. Everything shown is computed in `sds_core::options`.

mod chart;
mod compare;
mod employer;
mod myths;
mod rules;
mod start;
mod thinking;
mod what_matters;

use sds_core::Action;
use sds_core::model::Screen;
use sds_core::options::OptionsScreen;
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct OptionsProps {
    pub app: AppContext,
    pub screen: OptionsScreen,
}

#[component]
pub fn Options(props: &OptionsProps) -> Html {
    let app = props.app.clone();
    match props.screen {
        OptionsScreen::Start => html! { <start::Start {app} /> },
        OptionsScreen::WhatMatters => html! { <what_matters::WhatMattersPage {app} /> },
        OptionsScreen::Employer => html! { <employer::Employer {app} /> },
        OptionsScreen::Rules => html! { <rules::Rules {app} /> },
        OptionsScreen::Myths => html! { <myths::Myths {app} /> },
        OptionsScreen::OurThinking => html! { <thinking::Thinking {app} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub app: AppContext,
}

/// The back link at the top of each of the section's smaller pages.
#[component]
pub fn BackToOptions(props: &PageProps) -> Html {
    let t = use_text();
    html! {
        <a href="#options" class="sds-back-link"
            onclick={props.app.send(Action::Open(Screen::Options(OptionsScreen::Start)))}>
            { t.options.back_to_options }
        </a>
    }
}

/// The heading every page starts with (focus moves here on each new page).
fn page_heading(text: &'static str) -> Html {
    html! { <h1 class="sds-heading-xl" tabindex="-1">{ text }</h1> }
}

fn paragraphs(lines: &[&'static str]) -> Html {
    lines
        .iter()
        .map(|p| html! { <p class="sds-body">{ *p }</p> })
        .collect::<Html>()
}
