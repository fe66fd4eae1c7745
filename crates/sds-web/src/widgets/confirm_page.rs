//! The shape shared by "are you sure?" pages: a heading, a few sentences,
//! and the buttons the page gives.

use yew::prelude::*;

use super::paragraphs;

#[derive(Properties, PartialEq)]
pub struct ConfirmPageProps {
    pub title: &'static str,
    pub body: &'static [&'static str],
    pub children: Children,
}

#[component]
pub fn ConfirmPage(props: &ConfirmPageProps) -> Html {
    html! {
        <>
            <h1 class="sds-heading-l" tabindex="-1">{ props.title }</h1>
            { paragraphs(props.body) }
            <div class="sds-button-group">{ props.children.clone() }</div>
        </>
    }
}
