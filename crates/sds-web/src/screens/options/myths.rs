//! Myths about SDS, each with the fact.

use yew::prelude::*;

use super::{BackToOptions, PageProps, page_heading};
use crate::hooks::use_text;

#[component]
pub fn Myths(props: &PageProps) -> Html {
    let t = use_text();
    let o = t.options;
    html! {
        <>
            <BackToOptions app={props.app.clone()} />
            { page_heading(o.myths_title) }
            { for o.myths.iter().map(|m| html! {
                <div class="sds-options-myth">
                    <h2 class="sds-heading-m">
                        <span class="sds-options-myth__label">{ o.myth_label }</span>{ " " }{ m.heading }
                    </h2>
                    { for m.body.iter().map(|p| html! {
                        <p class="sds-body"><strong>{ o.fact_label }</strong>{ " " }{ *p }</p>
                    }) }
                </div>
            }) }
            <p class="sds-body-s sds-options-source">{ o.myths_source }</p>
        </>
    }
}
