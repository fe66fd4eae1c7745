//! "Who can help": the council's contacts and local organisations from its
//! configuration, and a small notice when some of it could not be used.

use sds_core::app::view::{self, ContactLine};
use yew::prelude::*;

use crate::hooks::{use_app, use_text};
use crate::widgets::heading::Heading;

#[component]
pub fn LocalContacts() -> Html {
    let t = use_text();
    let app = use_app();
    let groups = view::local_contacts(app.model(), t);
    let incomplete = app.model().local_info_incomplete();
    if groups.is_empty() && !incomplete {
        return html! {};
    }
    let heading_id = app.id("local-heading");
    html! {
        <section class="sds-local" aria-labelledby={heading_id.clone()}>
            <Heading depth={2} class="sds-heading-m" id={heading_id}>{ t.local_heading }</Heading>
            if incomplete {
                <p class="sds-body sds-local__incomplete">{ t.local_info_incomplete }</p>
            }
            { for groups.iter().map(|group| html! {
                <div class="sds-local__group">
                    <Heading depth={3} class="sds-heading-s">{ group.heading.clone() }</Heading>
                    if let Some(hint) = group.hint {
                        <p class="sds-hint">{ hint }</p>
                    }
                    <ul class="sds-local__list">
                        { for group.entries.iter().map(|(name, lines)| html! {
                            <li class="sds-local__entry">
                                if let Some(name) = name {
                                    <p class="sds-body sds-local__name">{ name.clone() }</p>
                                }
                                { for lines.iter().map(contact_line) }
                            </li>
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}

/// A phone number, email or web address, with its label.
pub fn contact_line(line: &ContactLine) -> Html {
    html! {
        <p class="sds-body sds-local__line">
            <span class="sds-local__label">{ line.label }{ ": " }</span>
            if let Some(href) = &line.href {
                <a class="sds-link" href={href.clone()} rel="noopener noreferrer">{ line.text.clone() }</a>
            } else {
                { line.text.clone() }
            }
        </p>
    }
}
