//! Small hooks shared by the screens.

use std::rc::Rc;

use sds_core::text::{Language, Text};
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

/// The text catalogue in the model's language. English is the only one so
/// far, so it is the model's default; once the app handle is a context,
/// this reads `model().language` from it.
#[hook]
pub fn use_text() -> &'static Text {
    Language::default().text()
}

/// A question page's "Save and continue": sends `action`, and after each
/// submit that leaves the page showing its error summary, moves focus to
/// that summary (the design systems' pattern). Returns the summary's
/// reference, the form's `onsubmit`, and whether it has been pressed yet.
#[hook]
pub fn use_save_and_continue(
    app: &AppContext,
    action: Action,
) -> (NodeRef, Callback<SubmitEvent>, bool) {
    let summary_ref = use_node_ref();
    let submits = use_state(|| 0_u32);
    {
        let summary_ref = summary_ref.clone();
        use_effect_with(*submits, move |count| {
            if *count > 0
                && let Some(summary) = summary_ref.cast::<web_sys::HtmlElement>()
            {
                let _ = summary.focus();
            }
        });
    }
    let tried = *submits > 0;
    let dispatcher = app.state.dispatcher();
    let onsubmit = Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        dispatcher.dispatch(action.clone());
        submits.set(*submits + 1);
    });
    (summary_ref, onsubmit, tried)
}
