//! The app handle: the model, the way to change it and this copy's id
//! prefix, given to every screen through a Yew context.

use std::rc::Rc;

use sds_core::app::model::Effect;
use sds_core::council::embedding::TopHeading;
use sds_core::{Action, Model};
use yew::prelude::*;

/// The core's model behind Yew's reducer, with the effects the core asked
/// for on the last action: the adapter is all this is.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub model: Rc<Model>,
    pub effects: Rc<[Effect]>,
    /// Counts actions, so the effects of each one are performed once.
    pub generation: u64,
}

impl State {
    /// The state on first load, with what the core asks for as the page
    /// opens (writing the plan once, so a full storage shows at once).
    pub fn new(model: Model) -> State {
        State {
            effects: model.first_effects().into(),
            model: Rc::new(model),
            generation: 0,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut model = (*self.model).clone();
        let effects = sds_core::app::model::update(&mut model, action);
        Rc::new(State {
            model: Rc::new(model),
            effects: effects.into(),
            generation: self.generation + 1,
        })
    }
}

/// What every screen reads from context.
#[derive(Clone, Default)]
pub struct AppContext {
    model: Rc<Model>,
    dispatch: Callback<Action>,
    instance: AttrValue,
    top_heading: TopHeading,
}

impl PartialEq for AppContext {
    /// Each change makes a new model, so comparing where it lives is enough
    /// (and spares comparing the whole plan).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.model, &other.model)
            && self.dispatch == other.dispatch
            && self.instance == other.instance
            && self.top_heading == other.top_heading
    }
}

impl AppContext {
    pub fn new(
        model: Rc<Model>,
        dispatch: Callback<Action>,
        instance: AttrValue,
        top_heading: TopHeading,
    ) -> Self {
        AppContext {
            model,
            dispatch,
            instance,
            top_heading,
        }
    }

    /// The tag for a heading `depth` levels into a screen (1 is its
    /// title), under the top level the host page chose.
    pub fn heading_tag(&self, depth: u8) -> &'static str {
        self.top_heading.tag(depth)
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// An element id unique to this copy of the tool on the page.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{}", self.instance, name)
    }

    /// Sends one action now.
    pub fn dispatch(&self, action: Action) {
        self.dispatch.emit(action);
    }

    /// A callback that sends the action made from what it is given (typed
    /// text, a ticked box).
    pub fn sender<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        self.dispatch.reform(make)
    }

    /// The same, for events that may carry nothing to send (`None`).
    pub fn filter_sender<T: 'static>(
        &self,
        make: impl Fn(T) -> Option<Action> + 'static,
    ) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |input: T| {
            if let Some(action) = make(input) {
                dispatch.emit(action);
            }
        })
    }

    /// A click that sends one fixed action (and does not follow a link).
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        self.sender(move |event: MouseEvent| {
            event.prevent_default();
            action.clone()
        })
    }
}

/// The app handle. Every screen sits inside the provider in `App`; outside
/// one (never, in practice) it is an empty plan whose actions go nowhere.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().unwrap_or_default()
}
