//! Placeholder for this section's screens.

use sds_core::support::SupportScreen;
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct SupportProps {
    pub app: AppContext,
    pub screen: SupportScreen,
}

#[component]
pub fn Support(_props: &SupportProps) -> Html {
    let t = use_text();
    html! { <h1 class="sds-heading-xl" tabindex="-1">{ t.support.title }</h1> }
}
