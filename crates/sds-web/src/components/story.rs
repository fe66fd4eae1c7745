//! Placeholder for this section's screens.

use sds_core::story::StoryScreen;
use yew::prelude::*;

use crate::hooks::{AppContext, use_text};

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub app: AppContext,
    pub screen: StoryScreen,
}

#[component]
pub fn Story(_props: &StoryProps) -> Html {
    let t = use_text();
    html! { <h1 class="sds-heading-xl" tabindex="-1">{ t.story.title }</h1> }
}
