//! Placeholder for this section's screens.

use sds_core::options::OptionsScreen;
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct OptionsProps {
    pub app: AppContext,
    pub screen: OptionsScreen,
}

#[component]
pub fn Options(_props: &OptionsProps) -> Html {
    let t = use_text();
    html! { <h1 class="sds-heading-xl" tabindex="-1">{ t.options.title }</h1> }
}
