//! The one question-page pattern: "Save and continue" sends the page's
//! action; after each save that leaves the page showing its error summary,
//! focus moves to the summary (the design systems' pattern), and each of
//! its links moves focus to its field by reference.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use sds_core::Action;
use yew::prelude::*;

use crate::hooks::{AppContext, use_app};
use crate::widgets::error_summary::{ErrorSummary, SummaryItem};

/// One element reference per field id, kept across renders, so the error
/// summary can move focus to a field without looking it up by id.
#[derive(Default)]
struct FieldRefs(RefCell<HashMap<String, NodeRef>>);

impl FieldRefs {
    fn get(&self, id: &str) -> NodeRef {
        self.0
            .borrow_mut()
            .entry(id.to_owned())
            .or_default()
            .clone()
    }
}

/// What a question page keeps between renders. Whether the family has
/// tried to save is the model's (`Model::tried_to_save`), and the app
/// moves focus to the error summary when the core says so.
pub struct QuestionPage {
    tried: bool,
    refs: Rc<FieldRefs>,
}

#[hook]
pub fn use_question_page() -> QuestionPage {
    let tried = use_app().model().tried_to_save();
    let refs = use_memo((), |_| FieldRefs::default());
    QuestionPage { tried, refs }
}

impl QuestionPage {
    /// Whether the family has pressed the page's button and it found
    /// problems.
    pub fn tried(&self) -> bool {
        self.tried
    }

    /// The reference for the field with this id suffix: on its box, or on
    /// the first of its radios or checkboxes.
    pub fn field(&self, id: &str) -> NodeRef {
        self.refs.get(id)
    }

    /// The reference for choice `n` of the field with this id suffix: the
    /// field's own for the first (the error summary links to it).
    pub fn choice(&self, n: usize, id: &str) -> NodeRef {
        if n == 0 {
            self.field(id)
        } else {
            NodeRef::default()
        }
    }

    /// The form's `onsubmit`: sends `action`, which saves and moves on or
    /// leaves the page showing what to fix.
    pub fn onsubmit(&self, app: &AppContext, action: Action) -> Callback<SubmitEvent> {
        app.sender(move |event: SubmitEvent| {
            event.prevent_default();
            action.clone()
        })
    }

    /// "There is a problem", listing `(field id suffix, message)` in page
    /// order; nothing when there are none.
    pub fn summary(
        &self,
        app: &AppContext,
        title: &str,
        errors: Vec<(AttrValue, AttrValue)>,
    ) -> Html {
        let items: Vec<SummaryItem> = errors
            .into_iter()
            .map(|(field_id, message)| SummaryItem {
                message,
                href: format!("#{}", app.id(&field_id)),
                field: self.field(&field_id),
            })
            .collect();
        html! {
            <ErrorSummary {items} title_id={app.id(title)} />
        }
    }

    /// The summary for pages whose errors show beside each box as the
    /// family types, and in the summary only once they have tried to save.
    pub fn summary_once_tried(
        &self,
        app: &AppContext,
        title: &str,
        errors: Vec<(AttrValue, AttrValue)>,
    ) -> Html {
        if self.tried() {
            self.summary(app, title, errors)
        } else {
            self.summary(app, title, Vec::new())
        }
    }
}
