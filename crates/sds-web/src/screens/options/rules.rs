//! "Rules people trip on": paying a family member (Scottish rules), who
//! decides at each age, what a direct payment can buy.

use sds_core::steps::options;
use sds_core::text::options::Point;
use yew::prelude::*;

use super::back_to_options;
use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::{page_heading, paragraphs};

#[component]
pub fn Rules() -> Html {
    let t = use_text();
    let app = &use_app();
    let o = t.options;
    let who = options::who_decides(app.model().plan(), t);
    let rule = |p: &Point| {
        html! {
            <>
                <Heading depth={2} class="sds-heading-l">{ p.heading }</Heading>
                { paragraphs(p.body) }
            </>
        }
    };
    html! {
        <>
            { back_to_options(app, t) }
            { page_heading(o.rules_title) }
            { for o.rules.iter().take(1).map(rule) }
            <Heading depth={2} class="sds-heading-l">{ o.who_decides_heading }</Heading>
            <p class="sds-body">{ o.who_decides_intro }</p>
            <ul class="sds-options-bullets">
                { for who.bands.iter().map(|(text, yours)| html! {
                    <li class={classes!(yours.then_some("sds-options-yours"))}>
                        { *text }
                        if *yours {
                            { " " }<strong>{ o.who_decides_yours }</strong>
                        }
                    </li>
                }) }
            </ul>
            { for o.rules.iter().skip(1).map(rule) }
            <p class="sds-body-s sds-options-source">{ o.rules_source }</p>
        </>
    }
}
