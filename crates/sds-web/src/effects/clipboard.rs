//! Copying text to the clipboard.

use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Copies `text`, then calls `done` with whether it worked (a browser may
/// refuse, for example outside a secure page).
pub fn copy(text: &str, done: Callback<bool>) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(JsFuture::from(promise).await.is_ok());
    });
}
