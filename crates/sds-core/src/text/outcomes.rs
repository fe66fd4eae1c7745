//! The words of "What we want to change".

#[derive(Debug)]
pub struct OutcomesText {
    pub title: &'static str,
}

pub const EN: OutcomesText = OutcomesText {
    title: "What we want to change",
};
