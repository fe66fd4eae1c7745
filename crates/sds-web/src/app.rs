//! The root component: holds the model, gives every screen the app handle
//! through a context, and performs the effects the core asks for (saving
//! the plan, moving focus).

use std::rc::Rc;

use sds_core::Action;
use sds_core::app::model::{self, Effect, Saving};
use sds_core::council::config::ConfigReading;
use yew::prelude::*;

use crate::effects::{focus, storage};
use crate::hooks::{AppContext, State};
use crate::screens;

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
                        match (storage::save(model.plan(), model.keeping()), model.saving()) {
                            (Ok(()), Saving::NotSaving) => {
                                dispatcher.dispatch(Action::StorageWorked);
                            }
                            (Err(_), Saving::OnThisDevice) => {
                                dispatcher.dispatch(Action::StorageFailed);
                            }
                            _ => {}
                        }
                    }
                    Effect::FocusHeading => focus::focus_heading(&main_ref),
                    Effect::FocusErrorSummary => focus::focus_error_summary(&main_ref),
                }
            }
        });
    }

    let app = AppContext::new(
        state.model.clone(),
        state.dispatcher().to_callback(),
        props.instance.clone(),
    );
    html! {
        // No <main> here: the host page (ours or a council's) owns landmarks.
        <div class="sds-app" lang={state.model.language().tag()} ref={main_ref}>
            <ContextProvider<AppContext> context={app}>
                { screens::show(state.model.screen()) }
            </ContextProvider<AppContext>>
        </div>
    }
}
