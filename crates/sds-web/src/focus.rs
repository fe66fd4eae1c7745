//! Moving focus, the one browser effect every screen change needs. Looks
//! only inside the app's own element, never through `document`.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::NodeRef;

/// Focuses the first element inside `root` matching `selector`, scrolling
/// it into view when `scroll` is set.
pub fn first(root: &NodeRef, selector: &str, scroll: bool) {
    let element = root
        .cast::<HtmlElement>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|found| found.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        if scroll {
            element.scroll_into_view();
        }
    }
}
