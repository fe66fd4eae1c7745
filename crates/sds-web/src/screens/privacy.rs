//! "Your privacy": what is kept where, and how to delete it.

use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::{back_to_plan, page_heading, paragraphs};

#[component]
pub fn Privacy() -> Html {
    let t = use_text();
    let app = &use_app();
    html! {
        <>
            { back_to_plan(app, t) }
            { page_heading(t.privacy_title) }
            { for t.privacy_sections.iter().map(|section| html! {
                <>
                    <Heading depth={2} class="sds-heading-m">{ section.heading }</Heading>
                    { paragraphs(section.paragraphs) }
                </>
            }) }
        </>
    }
}
