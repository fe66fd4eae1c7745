//! The shape shared by "are you sure?" pages: a heading, a few sentences,
//! and the buttons the page gives.

use yew::prelude::*;

use super::paragraphs;
use crate::widgets::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct ConfirmPageProps {
    pub title: AttrValue,
    pub body: &'static [&'static str],
    pub children: Children,
}

#[component]
pub fn ConfirmPage(props: &ConfirmPageProps) -> Html {
    html! {
        <>
            <Heading depth={1} class="sds-heading-l" focusable=true>{ props.title.clone() }</Heading>
            { paragraphs(props.body) }
            <div class="sds-button-group">{ props.children.clone() }</div>
        </>
    }
}
