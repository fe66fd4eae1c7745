//! Files: saving text as a download, and reading a file the family chose.
//! Files are the only way a plan moves between devices.

use gloo::file::callbacks::FileReader;
use gloo::file::{Blob, File, ObjectUrl};
use sds_core::plan::file::{self as plan_file, OpenError};
use web_sys::{HtmlAnchorElement, HtmlInputElement};
use yew::{Callback, NodeRef};

/// Today as YYYY-MM-DD, for a file's name and a summary's date.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Downloads `text` as a JSON file called `name` through the hidden link
/// `anchor`. The returned URL must be kept until the download has started:
/// keep it until the next one replaces it.
pub fn download_json(anchor: &NodeRef, text: &str, name: &str) -> Option<ObjectUrl> {
    let link = anchor.cast::<HtmlAnchorElement>()?;
    let url = ObjectUrl::from(Blob::new_with_options(text, Some("application/json")));
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Some(url)
}

/// Reads the file chosen in `input` as text and calls `done` with it, or
/// with why it could not be opened (too big to be a plan, or unreadable).
/// The returned reader must be kept until it calls back.
pub fn read_chosen(
    input: &HtmlInputElement,
    done: Callback<Result<String, OpenError>>,
) -> Option<FileReader> {
    let file = File::from(input.files()?.get(0)?);
    // Let the same file be chosen again after a fix.
    input.set_value("");
    if let Err(error) = plan_file::check_size(file.size()) {
        done.emit(Err(error));
        return None;
    }
    Some(gloo::file::callbacks::read_as_text(&file, move |result| {
        done.emit(result.map_err(|_| OpenError::CouldNotRead));
    }))
}
