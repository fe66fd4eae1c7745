//! The browser's print dialogue (the stylesheet lays the summary out on A4).

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Calls `closed` each time the print dialogue closes, for as long as the
/// listener is kept.
pub fn when_closed(closed: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "afterprint",
        move |_| closed(),
    ))
}
