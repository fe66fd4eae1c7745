//! The words of "Support ideas and costs".

#[derive(Debug)]
pub struct SupportText {
    pub title: &'static str,
}

pub const EN: SupportText = SupportText {
    title: "Support ideas and costs",
};
