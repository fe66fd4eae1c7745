//! SDS Explorer's web shell: Yew components that lay out what the core works
//! out, and the browser effects (storage, focus). Mounts into an element it is
//! given, so a council page can host it.

mod app;
mod components;
mod hooks;
mod storage;

use std::cell::Cell;

use wasm_bindgen::prelude::*;

pub use app::{App, AppProps};

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// A running copy of the tool; `unmount` removes it from its element.
#[wasm_bindgen]
pub struct MountedApp {
    handle: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl MountedApp {
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Shows the tool inside `root`, replacing whatever placeholder it holds.
/// Each copy gets its own id prefix, so two on one page never clash.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) -> MountedApp {
    let number = INSTANCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    root.set_text_content(None);
    let props = AppProps {
        instance: format!("sds{number}").into(),
    };
    MountedApp {
        handle: Some(yew::Renderer::<App>::with_root_and_props(root, props).render()),
    }
}
