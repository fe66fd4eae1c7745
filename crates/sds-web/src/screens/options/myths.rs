//! Myths about SDS, each with the fact.

use yew::prelude::*;

use super::back_to_options;
use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::page_heading;

#[component]
pub fn Myths() -> Html {
    let t = use_text();
    let app = &use_app();
    let o = t.options;
    html! {
        <>
            { back_to_options(app, t) }
            { page_heading(o.myths_title) }
            { for o.myths.iter().map(|m| html! {
                <div class="sds-options-myth">
                    <Heading depth={2} class="sds-heading-m">
                        <span class="sds-options-myth__label">{ o.myth_label }</span>{ " " }{ m.heading }
                    </Heading>
                    { for m.body.iter().map(|p| html! {
                        <p class="sds-body"><strong>{ o.fact_label }</strong>{ " " }{ *p }</p>
                    }) }
                </div>
            }) }
            <p class="sds-body-s sds-options-source">{ o.myths_source }</p>
        </>
    }
}
