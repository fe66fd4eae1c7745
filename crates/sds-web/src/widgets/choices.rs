//! Radios and checkboxes, and the fieldset that asks the question they
//! answer, in the design systems' pattern.

use sds_core::text::Text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::text_box::{Ids, described_by, error_message, group_class};
use crate::widgets::heading::Heading;

/// The classes a set of choices is drawn with.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub item: &'static str,
    pub input: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    /// The label and hint share a box beside the input, so a long hint
    /// lines up under its label.
    pub beside: bool,
}

/// Radios, and the checkboxes drawn like them.
pub const PLAIN: Look = Look {
    item: "sds-radios__item",
    input: "sds-radios__input",
    label: "sds-label sds-radios__label",
    hint: "sds-hint",
    beside: false,
};

/// Choices that may have a hint (Support ideas and costs).
pub const WITH_HINT: Look = Look {
    item: "sds-radios__item sds-support-choice",
    input: "sds-radios__input",
    label: "sds-label sds-radios__label",
    hint: "sds-hint sds-support-choice__hint",
    beside: true,
};

/// `WITH_HINT`'s checkboxes.
pub const WITH_HINT_BOX: Look = Look {
    input: "sds-radios__input sds-support-checkbox",
    ..WITH_HINT
};

/// The wellbeing indicators, each with its hint.
pub const INDICATOR: Look = Look {
    item: "sds-outcomes-checkbox",
    input: "sds-outcomes-checkbox__input",
    label: "sds-label sds-outcomes-checkbox__label",
    hint: "sds-hint sds-outcomes-checkbox__hint",
    beside: false,
};

/// The options a family is thinking about.
pub const OPTION_BOX: Look = Look {
    item: "sds-options-checkboxes__item",
    input: "sds-options-checkboxes__input",
    label: "sds-label sds-options-checkboxes__label",
    hint: "sds-hint sds-options-checkboxes__hint",
    beside: true,
};

/// One radio or checkbox.
pub struct Choice<'a> {
    /// The element id (with the instance's prefix).
    pub id: String,
    /// The group's name; radios in one group share it.
    pub name: Option<String>,
    pub value: Option<&'a str>,
    pub label: &'a str,
    pub hint: Option<&'a str>,
    pub checked: bool,
    /// Called with the new state: always `true` for a radio.
    pub onchange: Callback<bool>,
    /// The first choice of a question carries its field's reference, for
    /// the error summary.
    pub node: NodeRef,
    pub look: Look,
}

impl<'a> Choice<'a> {
    /// A choice with only the essentials; fill in the rest as needed.
    pub fn new(id: String, label: &'a str, checked: bool, onchange: Callback<bool>) -> Self {
        Choice {
            id,
            name: None,
            value: None,
            label,
            hint: None,
            checked,
            onchange,
            node: NodeRef::default(),
            look: PLAIN,
        }
    }
}

pub fn radio(c: Choice<'_>) -> Html {
    choice(c, "radio")
}

pub fn checkbox(c: Choice<'_>) -> Html {
    choice(c, "checkbox")
}

/// A radio's or checkbox's `onchange`, sending whether it is now checked.
pub fn on_checked(emit: Callback<bool>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            emit.emit(input.checked());
        }
    })
}

fn choice(c: Choice<'_>, kind: &'static str) -> Html {
    // Named after the group and value when it has them, so the first
    // choice's hint never takes the question's own hint id.
    let hint_id = match (&c.name, c.value) {
        (Some(name), Some(value)) => format!("{name}-{value}-hint"),
        _ => Ids::of(&c.id).hint,
    };
    let onchange = on_checked(c.onchange);
    let look = c.look;
    let input = html! {
        <input class={look.input} type={kind} id={c.id.clone()} name={c.name}
            value={c.value.map(str::to_owned)} checked={c.checked} {onchange} ref={c.node}
            aria-describedby={c.hint.map(|_| hint_id.clone())} />
    };
    let label = html! { <label class={look.label} for={c.id}>{ c.label.to_owned() }</label> };
    let hint = match c.hint {
        Some(hint) => html! { <div class={look.hint} id={hint_id}>{ hint.to_owned() }</div> },
        None => html! {},
    };
    if look.beside {
        html! { <div class={look.item}>{ input }<div>{ label }{ hint }</div></div> }
    } else {
        html! { <div class={look.item}>{ input }{ label }{ hint }</div> }
    }
}

/// What a fieldset's legend says, and how.
pub enum Legend<'a> {
    /// The question as a heading.
    Heading(&'a str),
    /// The same, a size larger (the page's main questions).
    LargerHeading(&'a str),
    /// The question is the page's own heading (focus moves to it).
    PageHeading(&'a str),
    /// Plain words with their own classes (a question among many).
    Words(&'a str, &'static str),
}

/// A question answered by choices.
pub struct Fieldset<'a> {
    /// The question's id (with the instance's prefix): its hint and error
    /// ids are made from it.
    pub id: String,
    pub legend: Legend<'a>,
    pub hint: Option<&'a str>,
    pub error: Option<&'a str>,
    /// More classes for the fieldset.
    pub class: Option<&'static str>,
    /// Inside a form group (every question but a part of a bigger one).
    pub grouped: bool,
    pub choices: Html,
}

impl<'a> Fieldset<'a> {
    /// A question in its own form group, with a heading as its legend.
    pub fn new(id: String, legend: Legend<'a>, choices: Html) -> Self {
        Fieldset {
            id,
            legend,
            hint: None,
            error: None,
            class: None,
            grouped: true,
            choices,
        }
    }
}

pub fn fieldset(t: &Text, f: Fieldset<'_>) -> Html {
    let ids = Ids::of(&f.id);
    let described = described_by([
        f.hint.map(|_| ids.hint.as_str()),
        f.error.map(|_| ids.error.as_str()),
    ]);
    let legend = match f.legend {
        Legend::Heading(text) => html! {
            <legend class="sds-fieldset__legend"><Heading depth={2} class="sds-fieldset__heading">{ text.to_owned() }</Heading></legend>
        },
        Legend::LargerHeading(text) => html! {
            <legend class="sds-fieldset__legend sds-fieldset__legend--m">
                <Heading depth={2} class="sds-fieldset__heading">{ text.to_owned() }</Heading>
            </legend>
        },
        Legend::PageHeading(text) => html! {
            <legend class="sds-fieldset__legend">
                <Heading depth={1} class="sds-heading-xl sds-support-legend-heading" focusable=true>{ text.to_owned() }</Heading>
            </legend>
        },
        Legend::Words(text, class) => html! { <legend {class}>{ text.to_owned() }</legend> },
    };
    let hint = match f.hint {
        Some(hint) => html! { <div class="sds-hint" id={ids.hint}>{ hint.to_owned() }</div> },
        None => html! {},
    };
    let fieldset = html! {
        <fieldset class={classes!("sds-fieldset", f.class)} aria-describedby={described}>
            { legend }
            { hint }
            { error_message(t, &ids.error, f.error) }
            { f.choices }
        </fieldset>
    };
    if f.grouped {
        html! { <div class={group_class(f.error)}>{ fieldset }</div> }
    } else {
        fieldset
    }
}
