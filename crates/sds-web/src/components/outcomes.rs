//! Placeholder for this section's screens.

use sds_core::outcomes::OutcomesScreen;
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct OutcomesProps {
    pub app: AppContext,
    pub screen: OutcomesScreen,
}

#[component]
pub fn Outcomes(_props: &OutcomesProps) -> Html {
    let t = use_text();
    html! { <h1 class="sds-heading-xl" tabindex="-1">{ t.outcomes.title }</h1> }
}
