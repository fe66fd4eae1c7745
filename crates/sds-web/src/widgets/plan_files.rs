//! Saving a copy of the plan as a file, and opening one. Files are the only
//! way a plan moves between devices: nothing is stored online.

use gloo::file::callbacks::FileReader;
use sds_core::Action;
use sds_core::app::view;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::effects::files::{self, today};
use crate::hooks::{use_app, use_text};

#[derive(Properties, PartialEq)]
pub struct SaveCopyProps {
    /// The button's words; "Save a copy to this device" when not given.
    #[prop_or_default]
    pub label: Option<&'static str>,
    #[prop_or_default]
    pub secondary: bool,
}

#[component]
pub fn SaveCopyButton(props: &SaveCopyProps) -> Html {
    let t = use_text();
    let app = use_app();
    let onclick = app.sender(|_: MouseEvent| Action::SaveAsFile { today: today() });
    let class = classes!(
        "sds-button",
        props.secondary.then_some("sds-button--secondary")
    );
    html! {
        <>
            <button type="button" {class} {onclick}>{ props.label.unwrap_or(t.save_copy) }</button>
            // That it worked and where the file went (on a shared device,
            // what to do with it).
            if let Some(said) = view::saved_copy(app.model(), t) {
                <p class="sds-body sds-saved-in-session" role="status">{ said }</p>
            }
        </>
    }
}

/// "Save it as a file": the saved data the tool could not read, so the
/// family keeps it (and saving in this browser can start again).
#[component]
pub fn SaveUnreadableButton() -> Html {
    let t = use_text();
    let app = use_app();
    let onclick = app.sender(|_: MouseEvent| Action::SaveUnreadableAsFile { today: today() });
    html! {
        <button type="button" class="sds-button sds-button--secondary" {onclick}>
            { t.save_unreadable_as_file }
        </button>
    }
}

/// The design systems' file upload pattern: a labelled file input.
#[component]
pub fn OpenPlanFile() -> Html {
    let t = use_text();
    let app = use_app();
    // The reader must live until it calls back.
    let reading = use_mut_ref(|| None::<FileReader>);
    let onchange = {
        let done = app.sender(|result| match result {
            Ok(text) => Action::FileChosen(text),
            Err(error) => Action::FileNotOpened(error),
        });
        Callback::from(move |event: Event| {
            if let Some(reader) = event
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| files::read_chosen(&input, done.clone()))
            {
                *reading.borrow_mut() = Some(reader);
            }
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
