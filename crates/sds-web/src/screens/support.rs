//! "Support ideas and costs", the ideas: the list with what they cost, the
//! kind of a new idea, one idea's page, and removing one. The costs pages
//! (settings, week, budget) are in `costs`. The core works out every figure
//! and sentence; these components only lay them out.

pub mod choose_kind;
pub mod line;
pub mod remove;
pub mod start;
pub mod week_grid;

use sds_core::Action;
use sds_core::app::model::Screen;
use sds_core::steps::costs::AmountFieldView;
use sds_core::steps::support::{ChoiceView, FieldView, SupportFieldError, SupportScreen};
use sds_core::text::Text;
use yew::prelude::*;

use crate::hooks::{AppContext, QuestionPage};
use crate::widgets::back_link;
use crate::widgets::choices::{Choice, WITH_HINT, WITH_HINT_BOX, checkbox, radio};
use crate::widgets::text_box::{InputLook, TextBox, text_input};

/// "Back to support ideas and costs".
pub fn back_to_support(app: &AppContext, t: &Text) -> Html {
    back_link(
        "#support",
        app.send(Action::Open(Screen::Support(SupportScreen::Start))),
        t.support.back_to_support,
    )
}

/// The section's errors for the error summary.
pub fn summary_items(errors: &[SupportFieldError]) -> Vec<(AttrValue, AttrValue)> {
    errors
        .iter()
        .map(|e| (e.field_id.into(), e.message.clone().into()))
        .collect()
}

/// A figure's box on the section's pages (an idea, the settings, the
/// budget): "£" before money, sending `action(text)` as the family types.
pub struct Figure<'a> {
    pub id: &'static str,
    pub label: &'a str,
    pub hint: &'a str,
    pub value: &'a str,
    pub error: Option<&'a str>,
    pub money: bool,
    /// The keyboard a phone shows: "text", "decimal" or "numeric".
    pub inputmode: &'static str,
}

impl<'a, F> From<&'a FieldView<F>> for Figure<'a> {
    /// A figure's box, with the keyboard for decimals.
    fn from(f: &'a FieldView<F>) -> Self {
        Figure {
            id: f.id,
            label: f.label,
            hint: &f.hint,
            value: &f.value,
            error: f.error.as_deref(),
            money: f.money,
            inputmode: "decimal",
        }
    }
}

impl<'a> From<&'a AmountFieldView> for Figure<'a> {
    /// A budget box, with the keyboard for decimals.
    fn from(f: &'a AmountFieldView) -> Self {
        Figure {
            id: f.id,
            label: &f.label,
            hint: &f.hint,
            value: &f.value,
            error: f.error.as_deref(),
            money: f.money,
            inputmode: "decimal",
        }
    }
}

pub fn figure_box<A: Into<Action>>(
    app: &AppContext,
    t: &Text,
    page: &QuestionPage,
    f: Figure<'_>,
    action: impl Fn(String) -> A + 'static,
) -> Html {
    text_input(
        t,
        TextBox {
            id: app.id(f.id),
            name: f.id,
            label: f.label,
            hint: f.hint,
            value: f.value,
            error: f.error,
            node: page.field(f.id),
            oninput: app.sender(move |text| action(text).into()),
        },
        InputLook {
            width: "sds-support-input",
            inputmode: Some(f.inputmode),
            prefix: f.money.then_some("£"),
            suffix: None,
            label_is_heading: true,
        },
    )
}

/// One choice of the group `group` (ids and name made from it), which
/// may have a hint.
pub fn choice<'a>(
    app: &AppContext,
    group: &str,
    key: &'a str,
    label: &'a str,
    hint: Option<&'a str>,
    checked: bool,
    onchange: Callback<bool>,
) -> Choice<'a> {
    Choice {
        name: Some(app.id(group)),
        value: Some(key),
        hint,
        look: WITH_HINT,
        ..Choice::new(app.id(&format!("{group}-{key}")), label, checked, onchange)
    }
}

/// One radio for each of the core's choices, sending `action(value)`.
pub fn radios<T: Copy + 'static, A: Into<Action>>(
    app: &AppContext,
    group: &str,
    choices: &[ChoiceView<T>],
    key: fn(T) -> &'static str,
    action: impl Fn(T) -> A + Copy + 'static,
) -> Html {
    choices
        .iter()
        .map(|c| {
            let value = c.value;
            radio(choice(
                app,
                group,
                key(value),
                c.label,
                c.hint,
                c.checked,
                app.sender(move |_: bool| action(value).into()),
            ))
        })
        .collect()
}

/// A checkbox with an optional hint read out with it.
pub fn tick_box(
    app: &AppContext,
    key: &str,
    label: &str,
    hint: Option<&str>,
    checked: bool,
    onchange: Callback<bool>,
) -> Html {
    checkbox(Choice {
        hint,
        look: WITH_HINT_BOX,
        ..Choice::new(app.id(key), label, checked, onchange)
    })
}
