//! The root component: holds the model, gives every screen the app handle
//! through a context, and performs the effects the core asks for (saving
//! the plan, moving focus).

use std::rc::Rc;

use sds_core::Action;
use sds_core::app::model::{self, Effect, Saving};
use sds_core::council::config::ConfigReading;
use sds_core::council::embedding::{ScreenHistory, TopHeading};
use sds_core::vocabulary::Keeping;
use yew::prelude::*;

use gloo::file::ObjectUrl;

use crate::effects::other_tabs::OtherTabs;
use crate::effects::{clipboard, files, focus, history, print, storage};
use crate::hooks::{AppContext, State};
use crate::screens;
use crate::widgets::saving_bar::SavingBar;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Prefix for element ids, unique per copy of the tool on a page.
    pub instance: AttrValue,
    /// The council's configuration as read (or none).
    pub council: Rc<ConfigReading>,
    /// The level of each screen's top heading (h1 on our page, h2 by
    /// default inside a council's).
    pub top_heading: TopHeading,
    /// Where the screen showing is kept in the browser's history.
    pub history: ScreenHistory,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let council = props.council.clone();
    let screen_history = props.history;
    let state = use_reducer_eq(move || {
        let startup = model::start_with_council(
            storage::read_device(),
            storage::read_session(),
            (*council).clone(),
        );
        let mut model = startup.model;
        if let Some(text) = &startup.keep_as_backup
            && storage::keep_backup(text).is_err()
        {
            // No room for a copy: the core then writes nothing over it.
            model::update(&mut model, Action::BackupFailed);
        }
        if storage::is_marked_shared() {
            model::update(&mut model, Action::DeviceIsShared);
        }
        // A reload (or a bookmark) opens the screen it was on, if it can
        // still show; otherwise the address is put right.
        if let Some(address) = history::address_now(screen_history) {
            for effect in model::update(&mut model, Action::arrived(&address)) {
                if let Effect::ReplaceHistoryEntry(address) = effect {
                    history::replace(screen_history, &address);
                }
            }
        }
        State::new(model)
    });

    let main_ref = use_node_ref();
    // The hidden link downloads go through, and the file's address, kept
    // until the next download replaces it so the download can start.
    let download_ref = use_node_ref();
    let download_url = use_mut_ref(|| None::<ObjectUrl>);
    let other_tabs = use_mut_ref(|| None::<OtherTabs>);
    {
        // Hear the other tabs (and copies on this page) from the start.
        let dispatcher = state.dispatcher();
        let other_tabs = other_tabs.clone();
        use_effect_with((), move |_| {
            *other_tabs.borrow_mut() = OtherTabs::listen(move || {
                dispatcher.dispatch(Action::SavedElsewhere(storage::read_device()));
            });
            move || drop(other_tabs.borrow_mut().take())
        });
    }
    {
        // After printing the one-page profile alone, the next print is the
        // whole summary again.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = print::when_closed(move || dispatcher.dispatch(Action::Printed));
            move || drop(listener)
        });
    }
    {
        // Back and Forward move between the tool's screens.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = history::listen(screen_history, move |address| {
                dispatcher.dispatch(Action::arrived(&address));
            });
            move || drop(listener)
        });
    }
    {
        // Perform what the core asked for on the last action, once. First
        // load only saves: on a council page, moving focus would scroll the
        // host page to the tool.
        let dispatcher = state.dispatcher();
        let main_ref = main_ref.clone();
        let download_ref = download_ref.clone();
        let other_tabs = other_tabs.clone();
        let state = state.clone();
        let title_tag = props.top_heading.tag(1);
        use_effect_with(state.generation, move |_| {
            for effect in state.effects.iter() {
                match effect {
                    Effect::SavePlan => {
                        let model = &state.model;
                        let saved = storage::save(model.plan(), model.keeping());
                        if saved.is_ok()
                            && model.keeping() == Keeping::OnThisDevice
                            && let Some(tabs) = other_tabs.borrow().as_ref()
                        {
                            tabs.say_saved();
                        }
                        match (saved, model.saving()) {
                            (Ok(()), Saving::NotSaving) => {
                                dispatcher.dispatch(Action::StorageWorked);
                            }
                            (Err(_), Saving::OnThisDevice) => {
                                dispatcher.dispatch(Action::StorageFailed);
                            }
                            _ => {}
                        }
                    }
                    Effect::FocusHeading => focus::focus_heading(&main_ref, title_tag),
                    Effect::FocusHubSection(section) => {
                        focus::focus_hub_section(&main_ref, *section, title_tag);
                    }
                    Effect::FocusErrorSummary => focus::focus_error_summary(&main_ref),
                    Effect::FocusDayStep => focus::focus_day_step(&main_ref, title_tag),
                    Effect::DownloadFile { name, text } => {
                        if let Some(url) = files::download_json(&download_ref, text, name) {
                            *download_url.borrow_mut() = Some(url);
                        }
                    }
                    Effect::Print => print::print(),
                    Effect::AddHistoryEntry(address) => history::add(screen_history, address),
                    Effect::ReplaceHistoryEntry(address) => {
                        history::replace(screen_history, address);
                    }
                    Effect::CopyText(text) => {
                        clipboard::copy(text, dispatcher.to_callback().reform(Action::Copied));
                    }
                    Effect::DeleteStoredPlans => {
                        // If storage is blocked there is nothing stored to
                        // delete, and the plan in memory is emptied either way.
                        let _ = storage::delete_everything();
                    }
                    Effect::MarkSharedDevice(shared) => {
                        // If storage is blocked the device cannot be marked;
                        // the session goes on all the same.
                        let _ = storage::mark_shared(*shared);
                    }
                    Effect::EndSession => {
                        // Blocked storage held nothing; the plan in memory
                        // goes either way.
                        let _ = storage::end_session();
                        dispatcher.dispatch(Action::SessionEnded(storage::read_device()));
                    }
                }
            }
        });
    }

    let app = AppContext::new(
        state.model.clone(),
        state.dispatcher().to_callback(),
        props.instance.clone(),
        props.top_heading,
    );
    html! {
        // No <main> here: the host page (ours or a council's) owns landmarks.
        <div class="sds-app" lang={state.model.language().tag()} ref={main_ref}>
            <ContextProvider<AppContext> context={app}>
                <SavingBar />
                { screens::show(state.model.screen()) }
            </ContextProvider<AppContext>>
            <a class="sds-hidden" ref={download_ref} aria-hidden="true" tabindex="-1"></a>
        </div>
    }
}
