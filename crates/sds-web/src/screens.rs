//! One module per screen, named like the core's steps and in the order the
//! family's information flows, then the app's own screens. Each reads the
//! app handle from context.

pub mod about;
pub mod costs;
pub mod growing_up;
pub mod hub;
pub mod options;
pub mod outcomes;
pub mod story;
pub mod summary;
pub mod support;

pub mod delete_everything;
pub mod privacy;
pub mod replace_with_file;
pub mod session;

use sds_core::app::model::Screen;
use sds_core::steps::costs::CostsScreen;
use sds_core::steps::support::SupportScreen;
use yew::prelude::*;

/// The screen the model is on.
pub fn show(screen: Screen) -> Html {
    match screen {
        Screen::Hub => html! { <hub::Hub /> },
        Screen::AboutUs => html! { <about::AboutUs /> },
        Screen::Story(screen) => html! { <story::Story {screen} /> },
        Screen::Outcomes(screen) => html! { <outcomes::Outcomes {screen} /> },
        Screen::Support(screen) => match screen {
            SupportScreen::Start => html! { <support::start::Start /> },
            SupportScreen::ChooseKind => html! { <support::choose_kind::ChooseKind /> },
            SupportScreen::Line(id) => html! { <support::line::LinePage {id} /> },
            SupportScreen::Remove(id) => html! { <support::remove::RemovePage {id} /> },
        },
        Screen::Costs(screen) => match screen {
            CostsScreen::Settings => html! { <costs::settings::SettingsPage /> },
            CostsScreen::Week => html! { <costs::week::WeekPage /> },
            CostsScreen::Budget => html! { <costs::budget::BudgetPage /> },
        },
        Screen::Options(screen) => html! { <options::Options {screen} /> },
        Screen::Summary => html! { <summary::Summary /> },
        Screen::GrowingUp => html! { <growing_up::GrowingUp /> },
        Screen::DeleteEverything => html! { <delete_everything::DeleteEverything /> },
        Screen::Privacy => html! { <privacy::Privacy /> },
        Screen::ReplaceWithFile => html! { <replace_with_file::ReplaceWithFile /> },
        Screen::StartSession => html! { <session::StartSession /> },
        Screen::EndSession => html! { <session::EndSession /> },
    }
}
