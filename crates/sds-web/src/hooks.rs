//! Small hooks shared by the screens.

use std::rc::Rc;

use sds_core::text::{EN, Text};
use sds_core::{Action, Model};
use yew::prelude::*;

/// The core's model behind Yew's reducer: the adapter is all this is.
#[derive(Debug, Clone, PartialEq)]
pub struct State(pub Model);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(sds_core::apply(self.0.clone(), action)))
    }
}

pub type StateHandle = UseReducerHandle<State>;

/// What every screen is given: the model, the way to change it, and the
/// instance's id prefix.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub state: StateHandle,
    pub instance: AttrValue,
}

impl AppContext {
    pub fn model(&self) -> &Model {
        &self.state.0
    }

    /// An element id unique to this copy of the tool on the page.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{}", self.instance, name)
    }

    /// A callback that sends one fixed action.
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        let dispatcher = self.state.dispatcher();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            dispatcher.dispatch(action.clone());
        })
    }
}

/// The text catalogue. One language for now; the hook is where a choice of
/// language would go.
#[hook]
pub fn use_text() -> &'static Text {
    &EN
}
