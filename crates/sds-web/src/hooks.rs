//! The hooks screens share: the app handle from context, the text, and the
//! one question-page hook.

mod app;
mod question_page;

pub use app::{AppContext, State, use_app};
pub use question_page::{QuestionPage, use_question_page};

use sds_core::text::{EN, Text};
use yew::prelude::*;

/// The text catalogue. One language for now; the hook is where a choice of
/// language would go.
#[hook]
pub fn use_text() -> &'static Text {
    &EN
}
