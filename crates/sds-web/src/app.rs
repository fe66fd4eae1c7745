//! The root component: holds the model, saves the plan when it changes, and
//! moves focus to the heading of each new screen.

use std::rc::Rc;

use sds_core::Action;
use sds_core::app::model::{self, Effect, Saving, Screen};
use sds_core::council::config::ConfigReading;
use yew::prelude::*;

use crate::components::{
    about_us::AboutUs,
    delete_everything::DeleteEverything,
    hub::Hub,
    options::Options,
    outcomes::Outcomes,
    privacy::Privacy,
    replace_with_file::ReplaceWithFile,
    session::{EndSession, StartSession},
    story::Story,
    summary::Summary,
    support::Support,
};
use crate::hooks::{AppContext, State};
use crate::{focus, storage};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Prefix for element ids, unique per copy of the tool on a page.
    pub instance: AttrValue,
    /// The council's configuration as read (or none).
    pub council: Rc<ConfigReading>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let council = props.council.clone();
    let state = use_reducer_eq(move || {
        let startup = model::start_with_council(
            storage::read_device(),
            storage::read_session(),
            (*council).clone(),
        );
        if let Some(text) = &startup.keep_as_backup {
            // Nothing more to do if this fails: the notice already says the
            // old data could not be read, and the plan starts empty.
            let _ = storage::keep_backup(text);
        }
        State::new(startup.model)
    });

    let main_ref = use_node_ref();
    {
        // Perform what the core asked for on the last action, once. First
        // load only saves: on a council page, moving focus would scroll the
        // host page to the tool.
        let dispatcher = state.dispatcher();
        let main_ref = main_ref.clone();
        let state = state.clone();
        use_effect_with(state.generation, move |_| {
            for effect in state.effects.iter() {
                match effect {
                    Effect::SavePlan => {
                        let model = &state.model;
                        match (storage::save(&model.plan, model.keeping), model.saving) {
                            (Ok(()), Saving::NotSaving) => {
                                dispatcher.dispatch(Action::StorageWorked);
                            }
                            (Err(_), Saving::OnThisDevice) => {
                                dispatcher.dispatch(Action::StorageFailed);
                            }
                            _ => {}
                        }
                    }
                    Effect::FocusHeading => focus::first(&main_ref, "h1", true),
                    Effect::FocusErrorSummary => {
                        focus::first(&main_ref, ".sds-error-summary", false);
                    }
                }
            }
        });
    }

    let app = AppContext {
        state: state.clone(),
        instance: props.instance.clone(),
    };
    let screen = match state.model.screen {
        Screen::Hub => html! { <Hub app={app.clone()} /> },
        Screen::AboutUs => html! { <AboutUs app={app.clone()} /> },
        Screen::DeleteEverything => html! { <DeleteEverything app={app.clone()} /> },
        Screen::Story(screen) => html! { <Story app={app.clone()} {screen} /> },
        Screen::Outcomes(screen) => html! { <Outcomes app={app.clone()} {screen} /> },
        Screen::Options(screen) => html! { <Options app={app.clone()} {screen} /> },
        Screen::Support(screen) => html! { <Support app={app.clone()} {screen} /> },
        Screen::Summary => html! { <Summary app={app.clone()} /> },
        Screen::Privacy => html! { <Privacy app={app.clone()} /> },
        Screen::ReplaceWithFile => html! { <ReplaceWithFile app={app.clone()} /> },
        Screen::StartSession => html! { <StartSession app={app.clone()} /> },
        Screen::EndSession => html! { <EndSession app={app.clone()} /> },
    };
    html! {
        // No <main> here: the host page (ours or a council's) owns landmarks.
        <div class="sds-app" ref={main_ref}>{ screen }</div>
    }
}
