//! The hooks screens share: the app handle from context, the text, and the
//! one question-page hook.

mod app;
mod question_page;

pub use app::{AppContext, State, use_app};
pub use question_page::{QuestionPage, use_question_page};

use sds_core::text::Text;
use yew::prelude::*;

/// The text catalogue in the language the model is showing.
#[hook]
pub fn use_text() -> &'static Text {
    use_app().model().language().text()
}
