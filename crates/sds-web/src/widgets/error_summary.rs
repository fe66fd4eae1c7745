//! "There is a problem": the design systems' error summary. It takes focus
//! when shown (see the question-page hook), and each link moves focus to
//! its field.

use yew::prelude::*;

use crate::effects::focus;
use crate::hooks::use_text;
use crate::widgets::heading::Heading;

#[derive(Clone, PartialEq)]
pub struct SummaryItem {
    pub message: AttrValue,
    pub href: String,
    pub field: NodeRef,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub items: Vec<SummaryItem>,
    pub title_id: String,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let t = use_text();
    if props.items.is_empty() {
        return html! {};
    }
    html! {
        <div class="sds-error-summary" tabindex="-1"
            role="alert" aria-labelledby={props.title_id.clone()}>
            <Heading depth={2} class="sds-error-summary__title" id={props.title_id.clone()}>{ t.error_summary_title }</Heading>
            <ul class="sds-error-summary__list">
                { for props.items.iter().map(|item| {
                    let field = item.field.clone();
                    // Focus by reference: a "#id" jump would change the host
                    // page's address and cannot reach inside a shadow root.
                    let onclick = Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        focus::focus(&field);
                    });
                    html! { <li><a href={item.href.clone()} {onclick}>{ item.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
