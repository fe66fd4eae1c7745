//! Every heading in the tool, at the level the host page chose: `h1` for a
//! screen's title on our own page, `h2` by default inside a council's page
//! (which has its own `h1`), and the levels below following on.

use yew::prelude::*;

use crate::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// How far into the screen: 1 for its title, 2 for a section, 3 for a
    /// part of a section.
    pub depth: u8,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// A screen's title takes focus when the screen opens.
    #[prop_or_default]
    pub focusable: bool,
    #[prop_or_default]
    pub node_ref: NodeRef,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let app = use_app();
    let tabindex = props.focusable.then_some("-1");
    html! {
        <@{app.heading_tag(props.depth)}
            class={props.class.clone()}
            id={props.id.clone()}
            {tabindex}
            ref={props.node_ref.clone()}
        >
            { props.children.clone() }
        </@>
    }
}
