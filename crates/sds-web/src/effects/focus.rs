//! Moving keyboard focus, by element reference (never by a `document`
//! lookup: the tool may sit inside a council page's shadow root).

use sds_core::vocabulary::SectionId;
use web_sys::HtmlElement;
use yew::NodeRef;

/// Focuses the element, if it is on the page.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// The first element inside `container` that matches `selector`.
fn first(container: &NodeRef, selector: &str) -> Option<HtmlElement> {
    container
        .cast::<HtmlElement>()
        .and_then(|element| element.query_selector(selector).ok().flatten())
        .and_then(|found| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(found).ok())
}

/// Focuses the first `title_tag` heading inside `container` (`h1`, or the
/// level the host page chose) and scrolls it into view: a new screen's
/// title.
pub fn focus_heading(container: &NodeRef, title_tag: &str) {
    if let Some(heading) = first(container, title_tag) {
        let _ = heading.focus();
        heading.scroll_into_view();
    }
}

/// Focuses a section's link in the plan's list and scrolls it to the middle
/// of the screen: back on the plan, where the family was. Without one, the
/// plan's title, as for any new screen.
pub fn focus_hub_section(container: &NodeRef, section: SectionId, title_tag: &str) {
    let selector = format!("[data-section=\"{}\"] a", section.key());
    match first(container, &selector) {
        Some(link) => {
            let _ = link.focus();
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            link.scroll_into_view_with_scroll_into_view_options(&options);
        }
        None => focus_heading(container, title_tag),
    }
}

/// Focuses the open step of a day's timeline (its heading) and scrolls it
/// into view: the next part of the same day.
pub fn focus_day_step(container: &NodeRef, title_tag: &str) {
    match first(container, ".sds-day-step--open .sds-day-step__heading") {
        Some(heading) => {
            let _ = heading.focus();
            heading.scroll_into_view();
        }
        None => focus_heading(container, title_tag),
    }
}

/// Focuses the page's error summary after a save found problems (the
/// design systems' pattern).
pub fn focus_error_summary(container: &NodeRef) {
    if let Some(summary) = first(container, ".sds-error-summary") {
        let _ = summary.focus();
    }
}
