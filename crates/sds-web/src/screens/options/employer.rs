//! "Being an employer": an Option 1 employer's duties in plain words, where
//! to get help, and the worries families raise with ways through them.

use yew::prelude::*;

use super::back_to_options;
use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;
use crate::widgets::{page_heading, paragraphs};

#[component]
pub fn Employer() -> Html {
    let t = use_text();
    let app = &use_app();
    let o = t.options;
    html! {
        <>
            { back_to_options(app, t) }
            { page_heading(o.employer_title) }
            { paragraphs(o.employer_intro) }
            <Heading depth={2} class="sds-heading-l">{ o.duties_heading }</Heading>
            <ul class="sds-options-points">
                { for o.duties.iter().map(|d| html! {
                    <li class="sds-options-points__item">
                        <Heading depth={3} class="sds-heading-s">{ d.heading }</Heading>
                        { paragraphs(d.body) }
                    </li>
                }) }
            </ul>
            <Heading depth={2} class="sds-heading-l">{ o.help_heading }</Heading>
            <ul class="sds-options-bullets">
                { for o.help.iter().map(|h| html! { <li>{ *h }</li> }) }
            </ul>
            <Heading depth={2} class="sds-heading-l">{ o.concerns_heading }</Heading>
            <p class="sds-body">{ o.concerns_intro }</p>
            { for o.concerns.iter().map(|c| html! {
                <details class="sds-options-details">
                    <summary class="sds-options-details__summary">{ c.heading }</summary>
                    <div class="sds-options-details__text">{ paragraphs(c.body) }</div>
                </details>
            }) }
            <p class="sds-body-s sds-options-source">{ o.employer_source }</p>
        </>
    }
}
