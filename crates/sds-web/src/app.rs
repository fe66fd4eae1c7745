//! The root component: holds the model, saves the plan when it changes, and
//! moves focus to the heading of each new screen.

use std::rc::Rc;

use sds_core::Action;
use sds_core::council_config::ConfigReading;
use sds_core::model::{self, Saving, Screen};
use web_sys::HtmlElement;
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
use crate::storage;

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
        State(startup.model)
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
            let heading = main_ref
                .cast::<HtmlElement>()
                .and_then(|main| main.query_selector("h1").ok().flatten())
                .and_then(|h1| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(h1).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
                heading.scroll_into_view();
            }
        });
    }

    let app = AppContext {
        state: state.clone(),
        instance: props.instance.clone(),
    };
    let screen = match state.0.screen {
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
        <div class="sds-app" lang={state.0.language.tag()} ref={main_ref}>{ screen }</div>
    }
}
