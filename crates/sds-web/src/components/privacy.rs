//! "Your privacy": what is kept where, and how to delete it.

use sds_core::Action;
use sds_core::model::Screen;
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct PrivacyProps {
    pub app: AppContext,
}

#[component]
pub fn Privacy(props: &PrivacyProps) -> Html {
    let t = use_text();
    let app = &props.app;
    html! {
        <>
            <a href="#hub" class="sds-back-link" onclick={app.send(Action::Open(Screen::Hub))}>{ t.back_to_plan }</a>
            <h1 class="sds-heading-xl" tabindex="-1">{ t.privacy_title }</h1>
            { for t.privacy_sections.iter().map(|section| html! {
                <>
                    <h2 class="sds-heading-m">{ section.heading }</h2>
                    { for section.paragraphs.iter().map(|p| html! { <p class="sds-body">{ *p }</p> }) }
                </>
            }) }
        </>
    }
}
