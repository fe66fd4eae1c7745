//! The words of "Our story".

#[derive(Debug)]
pub struct StoryText {
    pub title: &'static str,
}

pub const EN: StoryText = StoryText { title: "Our story" };
