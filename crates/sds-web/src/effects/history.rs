//! The browser's history: each screen the tool shows becomes an entry, so
//! Back (and Android's back gesture) goes to the screen before and reload
//! stays put. On the tool's own page the address is the URL fragment; on
//! a council's page it is in the entry's state only, and the page's own
//! address is never changed. Every call may fail; none panics.

use gloo::events::EventListener;
use sds_core::council::embedding::ScreenHistory;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::PopStateEvent;

/// The key our entries' state keeps the address under, so the host's own
/// state (if it keeps any) is never mistaken for ours.
const STATE_KEY: &str = "sds-explorer-screen";

/// The address the page was loaded or reloaded at, if any.
pub fn address_now(mode: ScreenHistory) -> Option<String> {
    let window = web_sys::window()?;
    match mode {
        ScreenHistory::InFragment => {
            let hash = window.location().hash().ok()?;
            Some(fragment_address(&hash))
        }
        ScreenHistory::InStateOnly => {
            let state = window.history().ok()?.state().ok()?;
            address_in(&state)
        }
        ScreenHistory::Off => None,
    }
}

/// A new entry for the screen now showing.
pub fn add(mode: ScreenHistory, address: &str) {
    write(mode, address, true);
}

/// The entry showing now, made to name the screen now showing.
pub fn replace(mode: ScreenHistory, address: &str) {
    write(mode, address, false);
}

fn write(mode: ScreenHistory, address: &str, new_entry: bool) {
    if mode == ScreenHistory::Off {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let state = js_sys::Object::new();
    if js_sys::Reflect::set(&state, &STATE_KEY.into(), &address.into()).is_err() {
        return;
    }
    let url = match mode {
        ScreenHistory::InStateOnly | ScreenHistory::Off => None,
        ScreenHistory::InFragment if address.is_empty() => {
            // The hub: the page's address with no fragment at all.
            let location = window.location();
            let path = location.pathname().unwrap_or_default();
            let search = location.search().unwrap_or_default();
            Some(format!("{path}{search}"))
        }
        ScreenHistory::InFragment => Some(format!("#/{address}")),
    };
    // Failing (a sandboxed frame, too many entries) leaves Back as it was.
    let _ = if new_entry {
        history.push_state_with_url(&state, "", url.as_deref())
    } else {
        history.replace_state_with_url(&state, "", url.as_deref())
    };
}

/// Hears Back and Forward, calling `arrived` with the entry's address
/// (empty for an entry that is not ours: the host page as it was, so the
/// hub). Dropping it stops listening.
pub fn listen(mode: ScreenHistory, arrived: impl Fn(String) + 'static) -> Option<EventListener> {
    if mode == ScreenHistory::Off {
        return None;
    }
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |event| {
        let address = match mode {
            ScreenHistory::InFragment => address_now(mode),
            _ => event
                .dyn_ref::<PopStateEvent>()
                .and_then(|e| address_in(&e.state())),
        };
        arrived(address.unwrap_or_default());
    }))
}

fn address_in(state: &JsValue) -> Option<String> {
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(state, &STATE_KEY.into())
        .ok()?
        .as_string()
}

/// "#/story/important" is "story/important"; a fragment a person typed,
/// percent-encoded or not, is read as it was meant.
fn fragment_address(hash: &str) -> String {
    let hash = hash.trim_start_matches('#');
    js_sys::decode_uri_component(hash)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| hash.to_owned())
}
