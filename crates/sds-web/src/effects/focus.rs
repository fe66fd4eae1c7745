//! Moving keyboard focus, by element reference (never by a `document`
//! lookup: the tool may sit inside a council page's shadow root).

use web_sys::HtmlElement;
use yew::NodeRef;

/// Focuses the element, if it is on the page.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Focuses the first `h1` inside `container` and scrolls it into view: a
/// new screen's heading.
pub fn focus_heading(container: &NodeRef) {
    let heading = container
        .cast::<HtmlElement>()
        .and_then(|element| element.query_selector("h1").ok().flatten())
        .and_then(|h1| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(h1).ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
        heading.scroll_into_view();
    }
}
