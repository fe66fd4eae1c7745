//! Component tests: the real App mounted into an element in headless
//! Chromium, read as a user would read it.
#![cfg(target_arch = "wasm32")]
// A test fails by panicking; clippy does not see `#[wasm_bindgen_test]` functions as tests.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).unwrap()
}

/// A new element on the page, and the app mounted in it.
async fn mounted() -> (Element, sds_web::MountedApp) {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = sds_web::mount(root.clone(), None, None, None, false, None, None);
    settle().await;
    (root, app)
}

/// Lets Yew's scheduler render.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_hub_lists_six_sections_with_about_us_not_started() {
    let (root, mut app) = mounted().await;
    assert_eq!(
        text_of(&root, "h1"),
        "Get ready for your Self-directed Support assessment"
    );
    assert_eq!(
        root.query_selector_all(".sds-task-list__item")
            .unwrap()
            .length(),
        6
    );
    assert_eq!(text_of(&root, ".sds-task-list__status"), "Not started");
    app.unmount();
    root.remove();
}

#[wasm_bindgen_test]
async fn following_about_us_opens_its_page_and_focuses_the_heading() {
    let (root, mut app) = mounted().await;
    let link: HtmlElement = root
        .query_selector(".sds-task-list__link")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    link.click();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "About us");
    let focused = document().active_element().and_then(|e| e.text_content());
    assert_eq!(focused.as_deref(), Some("About us"));
    app.unmount();
    root.remove();
}

#[wasm_bindgen_test]
async fn two_copies_on_one_page_have_different_ids() {
    let (first, mut first_app) = mounted().await;
    let (second, mut second_app) = mounted().await;
    let id_of = |root: &Element| {
        root.query_selector(".sds-task-list__hint")
            .unwrap()
            .unwrap()
            .id()
    };
    assert_ne!(id_of(&first), id_of(&second));
    first_app.unmount();
    second_app.unmount();
    settle().await;
    assert_eq!(
        first.child_element_count(),
        0,
        "unmount empties the element"
    );
    first.remove();
    second.remove();
}
