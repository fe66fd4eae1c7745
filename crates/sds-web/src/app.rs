//! The root component: holds the model, gives every screen the app handle
//! through a context, saves the plan when it changes, and moves focus to
//! the heading of each new screen.

use std::rc::Rc;

use sds_core::Action;
use sds_core::council_config::ConfigReading;
use sds_core::model::{self, Saving};
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
        State(Rc::new(startup.model))
    });

    {
        let dispatcher = state.dispatcher();
        let saving = state.0.saving;
        use_effect_with(
            (state.0.plan.clone(), state.0.keeping),
            move |(plan, keeping)| match (storage::save(plan, *keeping), saving) {
                (Ok(()), Saving::NotSaving) => dispatcher.dispatch(Action::StorageWorked),
                (Err(_), Saving::OnThisDevice) => dispatcher.dispatch(Action::StorageFailed),
                _ => {}
            },
        );
    }

    let main_ref = use_node_ref();
    {
        // Move focus to the new screen's heading, but not on first load:
        // on a council page that would scroll the host page to the tool.
        let main_ref = main_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.0.screen, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            focus::focus_heading(&main_ref);
        });
    }

    let app = AppContext::new(
        state.0.clone(),
        state.dispatcher().to_callback(),
        props.instance.clone(),
    );
    html! {
        // No <main> here: the host page (ours or a council's) owns landmarks.
        <div class="sds-app" ref={main_ref}>
            <ContextProvider<AppContext> context={app}>
                { screens::show(state.0.screen) }
            </ContextProvider<AppContext>>
        </div>
    }
}
