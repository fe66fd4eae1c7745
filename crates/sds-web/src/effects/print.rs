//! The browser's print dialogue (the stylesheet lays the summary out on A4).

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
