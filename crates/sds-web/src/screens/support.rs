//! "Support ideas and costs": one file per page. The core works out every
//! figure and sentence; these components only lay them out.

mod choose_kind;
mod line;
mod remove;
mod start;

use sds_core::Action;
use sds_core::model::Screen;
use sds_core::support::SupportScreen;
use yew::prelude::*;

use crate::screens::costs::{budget, settings, week};

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct SupportProps {
    pub app: AppContext,
    pub screen: SupportScreen,
}

#[component]
pub fn Support(props: &SupportProps) -> Html {
    let app = props.app.clone();
    match props.screen {
        SupportScreen::Start => html! { <start::Start {app} /> },
        SupportScreen::ChooseKind => html! { <choose_kind::ChooseKind {app} /> },
        SupportScreen::Line(id) => html! { <line::LinePage {app} {id} /> },
        SupportScreen::Settings => html! { <settings::SettingsPage {app} /> },
        SupportScreen::Week => html! { <week::WeekPage {app} /> },
        SupportScreen::Budget => html! { <budget::BudgetPage {app} /> },
        SupportScreen::Remove(id) => html! { <remove::RemovePage {app} {id} /> },
    }
}

/// "Back to support ideas and costs".
#[derive(Properties, PartialEq)]
pub struct BackProps {
    pub app: AppContext,
}

#[component]
pub fn BackToSupport(props: &BackProps) -> Html {
    let t = use_text();
    html! {
        <a href="#support" class="sds-back-link"
            onclick={props.app.send(Action::Open(Screen::Support(SupportScreen::Start)))}>
            { t.support.back_to_support }
        </a>
    }
}
