//! Saving a copy of the plan as a file, and opening one. Files are the only
//! way a plan moves between devices: nothing is stored online.

use gloo::file::callbacks::FileReader;
use gloo::file::{Blob, File, ObjectUrl};
use sds_core::Action;
use sds_core::plan_file::{self, MAX_BYTES, OpenError};
use web_sys::{HtmlAnchorElement, HtmlInputElement};
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct SaveCopyProps {
    pub app: AppContext,
    /// The button's words; "Save a copy to this device" when not given.
    #[prop_or_default]
    pub label: Option<&'static str>,
    #[prop_or_default]
    pub secondary: bool,
}

/// Today as YYYY-MM-DD, for a file's name and a summary's date.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

#[component]
pub fn SaveCopyButton(props: &SaveCopyProps) -> Html {
    let t = use_text();
    let anchor = use_node_ref();
    let url = use_mut_ref(|| None::<ObjectUrl>);
    let onclick = {
        let anchor = anchor.clone();
        let plan = props.app.model().plan.clone();
        Callback::from(move |_: MouseEvent| {
            let today = today();
            let (Ok(text), Some(link)) = (
                plan_file::to_file(&plan, &today),
                anchor.cast::<HtmlAnchorElement>(),
            ) else {
                return;
            };
            let object_url = ObjectUrl::from(Blob::new_with_options(
                text.as_str(),
                Some("application/json"),
            ));
            link.set_href(&object_url);
            link.set_download(&plan_file::file_name(&plan, &today));
            link.click();
            // Keep the URL alive until the next save replaces it.
            *url.borrow_mut() = Some(object_url);
        })
    };
    let class = classes!(
        "sds-button",
        props.secondary.then_some("sds-button--secondary")
    );
    html! {
        <>
            <button type="button" {class} {onclick}>{ props.label.unwrap_or(t.save_copy) }</button>
            <a class="sds-hidden" ref={anchor} aria-hidden="true" tabindex="-1"></a>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct OpenPlanFileProps {
    pub app: AppContext,
}

/// The design systems' file upload pattern: a labelled file input.
#[component]
pub fn OpenPlanFile(props: &OpenPlanFileProps) -> Html {
    let t = use_text();
    let app = &props.app;
    // The reader must live until it calls back.
    let reading = use_mut_ref(|| None::<FileReader>);
    let onchange = {
        let dispatcher = app.state.dispatcher();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Let the same file be chosen again after a fix.
            input.set_value("");
            let file = File::from(file);
            if file.size() > MAX_BYTES as u64 {
                dispatcher.dispatch(Action::FileNotOpened(OpenError::TooLarge));
                return;
            }
            let dispatcher = dispatcher.clone();
            let reader = gloo::file::callbacks::read_as_text(&file, move |result| match result {
                Ok(text) => dispatcher.dispatch(Action::FileChosen(text)),
                Err(_) => dispatcher.dispatch(Action::FileNotOpened(OpenError::CouldNotRead)),
            });
            *reading.borrow_mut() = Some(reader);
        })
    };
    let id = app.id("open-plan");
    let hint_id = app.id("open-plan-hint");
    html! {
        <div class="sds-form-group">
            <label class="sds-label sds-label--s" for={id.clone()}>{ t.open_saved }</label>
            <div class="sds-hint" id={hint_id.clone()}>{ t.open_saved_hint }</div>
            <input class="sds-file-upload" type="file" id={id} accept=".json,application/json"
                aria-describedby={hint_id} {onchange} />
        </div>
    }
}
