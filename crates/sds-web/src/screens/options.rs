//! "The four options": a start page (the comparison, the chart and links)
//! and short pages for the rest, so a phone user is never faced with one
//! enormous page. Everything shown is computed in `sds_core::steps::options`.

pub mod chart;
mod compare;
mod employer;
mod myths;
mod rules;
mod start;
mod thinking;
mod what_matters;

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::options::OptionsScreen;
use yew::prelude::*;

use crate::hooks::AppContext;
use crate::widgets::back_link;

#[derive(Properties, PartialEq)]
pub struct OptionsProps {
    pub screen: OptionsScreen,
}

#[component]
pub fn Options(props: &OptionsProps) -> Html {
    match props.screen {
        OptionsScreen::Start => html! { <start::Start /> },
        OptionsScreen::WhatMatters => html! { <what_matters::WhatMattersPage /> },
        OptionsScreen::Employer => html! { <employer::Employer /> },
        OptionsScreen::Rules => html! { <rules::Rules /> },
        OptionsScreen::Myths => html! { <myths::Myths /> },
        OptionsScreen::OurThinking => html! { <thinking::Thinking /> },
    }
}

/// The back link at the top of each of the section's smaller pages.
fn back_to_options(app: &AppContext, t: &sds_core::text::Text) -> Html {
    back_link(
        "#options",
        app.send(Action::Open(Screen::Options(OptionsScreen::Start))),
        t.options.back_to_options,
    )
}
