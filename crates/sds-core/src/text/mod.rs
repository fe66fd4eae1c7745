//! Every sentence a family reads, in one place: the data files in
//! `crates/sds-core/text/`, one a language (`en.toml` is English, the
//! default). The build script (`build/main.rs`) compiles them in as the types
//! below, the same for every language, and one `static` a language (`EN`).
//! A sentence with `{placeholders}` is a method of the same name:
//! `t.hub_progress(&done, &total)`. `format` writes numbers, lists and dates
//! and picks the sentence for 1 or for another number; which sentence to show
//! is otherwise decided by the code that shows it (for example
//! `options::reasons`).
//!
//! Wording follows the GOV.UK and Scottish Government design systems: plain
//! English for a reading age of about 9, "you" and "your child", neutral about
//! the four options. Facts come from shared/domain/sds-facts.md (section named
//! beside each one in the data file).

pub mod format;

include!(concat!(env!("OUT_DIR"), "/text.rs"));

/// A language the tool can show. A new one is a data file in
/// `crates/sds-core/text/` (checked by the catalogue test) and a variant here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
}

impl Language {
    pub const ALL: [Language; 1] = [Language::English];

    /// The name of its data file: `text/en.toml`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }

    /// Its BCP 47 tag, for the `lang` attribute of what shows it.
    pub fn tag(self) -> &'static str {
        self.text().lang
    }

    /// Its catalogue.
    pub fn text(self) -> &'static Text {
        match self {
            Language::English => &EN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_its_data_file() {
        assert_eq!(Language::default(), Language::English);
        assert_eq!(Language::English.code(), "en");
        assert_eq!(Language::English.tag(), "en-GB");
        assert_eq!(Language::English.text().app_name, EN.app_name);
    }
}
