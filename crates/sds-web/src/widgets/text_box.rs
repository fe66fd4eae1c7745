//! Text boxes in the design systems' question pattern: a label (as the
//! question's heading, usually), a hint, the error beside the box, and the
//! box itself: one line (`TextInput`) or several (`TextArea`).

use crate::widgets::heading::Heading;
use sds_core::text::Text;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The ids a question's parts get from its box's id.
pub struct Ids {
    pub hint: String,
    pub error: String,
    pub count: String,
}

impl Ids {
    pub fn of(id: &str) -> Ids {
        Ids {
            hint: format!("{id}-hint"),
            error: format!("{id}-error"),
            count: format!("{id}-count"),
        }
    }
}

/// The question's outer `div`, marked when there is an error.
pub fn group_class(error: Option<&str>) -> Classes {
    classes!(
        "sds-form-group",
        error.is_some().then_some("sds-form-group--error")
    )
}

/// The message beside a field, read out after "Error:".
pub fn error_message(t: &Text, id: &str, error: Option<&str>) -> Html {
    match error {
        Some(message) => html! {
            <p class="sds-error-message" id={id.to_owned()}>
                <span class="sds-visually-hidden">{ t.error_prefix }{ " " }</span>{ message.to_owned() }
            </p>
        },
        None => html! {},
    }
}

/// The label, as a heading when the question is the page's own.
pub fn label(id: &str, text: &str, as_heading: bool) -> Html {
    let label = html! {
        <label class={classes!("sds-label", as_heading.then_some("sds-label--m"))} for={id.to_owned()}>
            { text.to_owned() }
        </label>
    };
    if as_heading {
        html! { <Heading depth={2} class="sds-label-wrapper">{ label }</Heading> }
    } else {
        label
    }
}

/// The hint under the label, when there is one.
pub fn hint(id: &str, text: &str) -> Html {
    if text.is_empty() {
        return html! {};
    }
    html! { <div class="sds-hint" id={id.to_owned()}>{ text.to_owned() }</div> }
}

/// `aria-describedby` from the parts shown, in order.
pub fn described_by<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    let ids: Vec<&str> = parts.into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// What every text box has.
pub struct TextBox<'a> {
    /// The element id (with the instance's prefix).
    pub id: String,
    pub name: &'a str,
    pub label: &'a str,
    pub hint: &'a str,
    pub value: &'a str,
    pub error: Option<&'a str>,
    pub node: NodeRef,
    pub oninput: Callback<String>,
}

/// How a one-line box looks.
pub struct InputLook<'a> {
    /// The box's width class, after `sds-input`.
    pub width: &'static str,
    /// The keyboard a phone shows: "text", "decimal" or "numeric".
    pub inputmode: Option<&'static str>,
    /// Shown before the box, as "£" is for money.
    pub prefix: Option<&'a str>,
    /// Shown after the box, as "years old" is for an age.
    pub suffix: Option<&'a str>,
    /// The label is the question's heading (a page of questions); not when
    /// the boxes sit under a heading of their own.
    pub label_is_heading: bool,
}

/// A one-line box.
pub fn text_input(t: &Text, b: TextBox<'_>, look: InputLook<'_>) -> Html {
    let ids = Ids::of(&b.id);
    let has_hint = !b.hint.is_empty();
    let described = described_by([
        has_hint.then_some(ids.hint.as_str()),
        b.error.map(|_| ids.error.as_str()),
    ]);
    let emit = b.oninput;
    let oninput = Callback::from(move |event: InputEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            emit.emit(input.value());
        }
    });
    let input = html! {
        <input class={classes!("sds-input", look.width, b.error.map(|_| "sds-input--error"))}
            id={b.id.clone()} name={b.name.to_owned()} type="text" inputmode={look.inputmode}
            autocomplete="off" spellcheck="false" value={b.value.to_owned()} ref={b.node}
            aria-describedby={described} aria-invalid={b.error.map(|_| "true")} {oninput} />
    };
    html! {
        <div class={group_class(b.error)}>
            { label(&b.id, b.label, look.label_is_heading) }
            { hint(&ids.hint, b.hint) }
            { error_message(t, &ids.error, b.error) }
            if look.prefix.is_some() || look.suffix.is_some() {
                <div class="sds-input-wrapper">
                    if let Some(prefix) = look.prefix {
                        <div class="sds-support-prefix" aria-hidden="true">{ prefix.to_owned() }</div>
                    }
                    { input }
                    if let Some(suffix) = look.suffix {
                        <div class="sds-input__suffix" aria-hidden="true">{ suffix.to_owned() }</div>
                    }
                </div>
            } else {
                { input }
            }
        </div>
    }
}

/// How a box of several lines looks and counts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AreaLook {
    /// An answer in the family's words (Our story, What we want to change):
    /// the count shows only when it is over the limit.
    Answer,
    /// Longer notes (What we are thinking about): the count always shows,
    /// as a hint.
    Notes,
}

/// A box of several lines. `as_heading` makes the label the question's
/// heading (pages whose questions are not already under a heading of their
/// own); `count` is the character count's message, if it shows.
pub fn text_area(
    t: &Text,
    b: TextBox<'_>,
    look: AreaLook,
    as_heading: bool,
    count: Option<&str>,
) -> Html {
    let ids = Ids::of(&b.id);
    let described = described_by([
        (!b.hint.is_empty()).then_some(ids.hint.as_str()),
        b.error.map(|_| ids.error.as_str()),
        count.map(|_| ids.count.as_str()),
    ]);
    let (class, error_class, rows) = match look {
        AreaLook::Answer => ("sds-story-textarea", "sds-story-textarea--error", "4"),
        AreaLook::Notes => ("sds-options-textarea", "sds-input--error", "6"),
    };
    let emit = b.oninput;
    let oninput = Callback::from(move |event: InputEvent| {
        if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
            emit.emit(area.value());
        }
    });
    let count = match (count, look) {
        (None, _) => html! {},
        (Some(count), AreaLook::Answer) => {
            html! { <p class="sds-story-count" id={ids.count}>{ count.to_owned() }</p> }
        }
        (Some(count), AreaLook::Notes) => {
            html! { <div class="sds-hint sds-options-count" id={ids.count}>{ count.to_owned() }</div> }
        }
    };
    html! {
        <div class={group_class(b.error)}>
            { label(&b.id, b.label, as_heading) }
            { hint(&ids.hint, b.hint) }
            { error_message(t, &ids.error, b.error) }
            <textarea class={classes!(class, b.error.map(|_| error_class))}
                id={b.id.clone()} name={b.name.to_owned()} {rows} spellcheck="true" ref={b.node}
                value={b.value.to_owned()} aria-describedby={described}
                aria-invalid={b.error.map(|_| "true")} {oninput} />
            { count }
        </div>
    }
}
