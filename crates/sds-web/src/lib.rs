//! SDS Explorer's web shell: screens that lay out what the core works out,
//! built from one set of widgets, and the browser effects (storage, files,
//! print, focus, clipboard). Mounts into an element it is given, so a
//! council page can host it.

mod app;
mod effects;
mod hooks;
mod screens;
mod widgets;

use std::cell::Cell;
use std::rc::Rc;

use sds_core::council::config::{ConfigReading, read_config};
use sds_core::council::embedding::{ScreenHistory, TopHeading};
use wasm_bindgen::prelude::*;

pub use app::{App, AppProps};

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// A running copy of the tool; `unmount` removes it from its element.
#[wasm_bindgen]
pub struct MountedApp {
    handle: Option<yew::AppHandle<App>>,
    brand_css: String,
}

#[wasm_bindgen]
impl MountedApp {
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }

    /// The council's checked brand colours as CSS declarations (empty when
    /// there are none); the loader adopts them as a constructed stylesheet,
    /// which strict content security policies allow.
    pub fn brand_css(&self) -> String {
        self.brand_css.clone()
    }
}

/// Shows the tool inside `root`, replacing whatever placeholder it holds.
/// Each copy gets its own id prefix, so two on one page never clash.
///
/// `config` is the text of a council configuration file, if one was named;
/// `config_source` says where it came from and `config_error` why it could
/// not be fetched, for the console messages to the council's web team.
/// `heading_level` is the host's `heading-level` attribute, when the tool
/// sits inside a council's page (its top heading is then `h2` unless the
/// host says otherwise); `None` on the tool's own page, where it is `h1`.
/// `history` is the host's `history` attribute (or the iframe's
/// `?history=`): "off" keeps the tool's screens out of the browser's
/// history.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    config: Option<String>,
    config_source: Option<String>,
    config_error: Option<String>,
    embedded: bool,
    heading_level: Option<String>,
    history: Option<String>,
) -> MountedApp {
    let default_heading = if embedded {
        TopHeading::EMBEDDED
    } else {
        TopHeading::PAGE
    };
    let (top_heading, heading_problem) =
        TopHeading::read(heading_level.as_deref(), default_heading);
    let default_history = if embedded {
        ScreenHistory::InStateOnly
    } else {
        ScreenHistory::InFragment
    };
    let (history, history_problem) = ScreenHistory::read(history.as_deref(), default_history);
    for problem in [heading_problem, history_problem].into_iter().flatten() {
        gloo::console::warn!(problem);
    }
    let source = config_source.unwrap_or_default();
    let reading = match (config, config_error) {
        (_, Some(error)) => ConfigReading::unreachable(&source, &error),
        (Some(text), None) => read_config(&text),
        (None, None) => ConfigReading::none(),
    };
    for problem in &reading.problems {
        gloo::console::warn!(problem.console_message());
    }
    let brand_css = reading
        .config
        .as_ref()
        .map(|c| c.colours.css())
        .unwrap_or_default();
    let number = INSTANCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    root.set_text_content(None);
    let props = AppProps {
        instance: format!("sds{number}").into(),
        council: Rc::new(reading),
        top_heading,
        history,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MountedApp {
        handle: Some(handle),
        brand_css,
    }
}
