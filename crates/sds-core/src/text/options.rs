//! The words of "The four options".

#[derive(Debug)]
pub struct OptionsText {
    pub title: &'static str,
}

pub const EN: OptionsText = OptionsText {
    title: "The four options",
};
