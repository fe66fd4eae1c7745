//! How sentences are filled in, and how numbers, lists and dates are
//! written. The words come from the catalogue (`[locale]` and the keys
//! ending `_one` and `_other`); this only puts them together. Plurals follow
//! English for now: 1 takes the `_one` sentence, any other number `_other`.

use std::fmt::{Display, Write as _};

use super::locale::LocaleText;
use super::options::OptionsText;
use super::story::StoryText;
use super::summary::SummaryText;

/// A sentence's first letter made a capital: "Brother or sister 2" from
/// "brother or sister 2", "Your child's…" from "your child's…".
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Fills each `{0}`, `{1}`, ... of a sentence with that argument. The
/// generated methods call this: the build numbers each `{name}` by the
/// order of English's `args`, and checks every one has an argument. One
/// without is left as it stands.
pub fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut pieces = template.split('{');
    out.push_str(pieces.next().unwrap_or_default());
    for piece in pieces {
        // "0} and the rest": one digit, as no sentence has ten arguments.
        let mut chars = piece.chars();
        let arg = chars
            .next()
            .and_then(|c| c.to_digit(10))
            .and_then(|i| args.get(i as usize))
            .filter(|_| chars.next() == Some('}'));
        match arg {
            Some(value) => {
                let _ = write!(out, "{value}");
                out.push_str(chars.as_str());
            }
            None => {
                out.push('{');
                out.push_str(piece);
            }
        }
    }
    out
}

/// Picks the sentence for 1 (`_one`) or for any other number (`_other`).
fn plural(is_one: bool, one: &str, other: impl FnOnce() -> String) -> String {
    if is_one { one.to_owned() } else { other() }
}

impl StoryText {
    /// "You have 3 characters too many."
    pub fn characters_over(&self, over: usize) -> String {
        plural(over == 1, self.characters_over_one, || {
            self.characters_over_other(&over)
        })
    }
}

impl OptionsText {
    /// "You said "Not sure" to 2 questions. They are not used here."
    pub fn fits_not_sure(&self, count: usize) -> String {
        plural(count == 1, self.fits_not_sure_one, || {
            self.fits_not_sure_other(&count)
        })
    }
}

impl SummaryText {
    /// "7 years old".
    pub fn years_old(&self, age: u8) -> String {
        plural(age == 1, self.years_old_one, || self.years_old_other(&age))
    }
}

impl LocaleText {
    /// 2000 as "2,000".
    pub fn thousands(&self, n: usize) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.thousands_separator);
            }
            out.push(c);
        }
        out
    }

    /// ["1", "2", "3"] as "1, 2 and 3".
    pub fn and_list(&self, items: &[&str]) -> String {
        match items {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => self.list_last(&rest.join(self.list_separator), last),
        }
    }

    /// "2026-11-26" as "26 November 2026"; anything else is shown as given.
    pub fn long_date(&self, iso: &str) -> String {
        let mut parts = iso.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return iso.to_owned();
        };
        let month = m
            .parse::<usize>()
            .ok()
            .and_then(|m| m.checked_sub(1))
            .and_then(|i| self.months.get(i));
        match (month, d.parse::<u8>()) {
            (Some(month), Ok(day)) if y.len() == 4 => self.date(&day, month, &y),
            _ => iso.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::EN;
    use super::fill;

    #[test]
    fn dates_read_in_words_and_odd_dates_pass_through() {
        let long_date = |iso| EN.locale.long_date(iso);
        assert_eq!(long_date("2026-11-26"), "26 November 2026");
        assert_eq!(long_date("2027-01-05"), "5 January 2027");
        assert_eq!(long_date("2027-13-05"), "2027-13-05");
        assert_eq!(long_date("soon"), "soon");
    }

    #[test]
    fn long_numbers_are_grouped_in_threes() {
        let n = |n| EN.locale.thousands(n);
        assert_eq!(
            [n(0), n(999), n(1000), n(2000), n(1_234_567)],
            ["0", "999", "1,000", "2,000", "1,234,567"]
        );
    }

    #[test]
    fn lists_end_with_and() {
        let list = |items: &[&str]| EN.locale.and_list(items);
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["1"]), "1");
        assert_eq!(list(&["1", "2"]), "1 and 2");
        assert_eq!(list(&["1", "2", "3"]), "1, 2 and 3");
    }

    #[test]
    fn one_takes_its_own_sentence() {
        assert_eq!(EN.summary.years_old(1), "1 year old");
        assert_eq!(EN.summary.years_old(7), "7 years old");
        assert_eq!(
            EN.story.characters_over(1),
            "You have 1 character too many."
        );
        assert_eq!(
            EN.story.characters_over(12),
            "You have 12 characters too many."
        );
    }

    #[test]
    fn placeholders_take_the_argument_of_their_number() {
        assert_eq!(fill("{1} then {0}", &[&1, &"two"]), "two then 1");
        assert_eq!(fill("{0}{0}", &[&7]), "77");
        assert_eq!(fill("no {3} argument", &[&1]), "no {3} argument");
        assert_eq!(fill("{x} and {12}", &[&1]), "{x} and {12}");
        assert_eq!(fill("open { only", &[]), "open { only");
        assert_eq!(fill("plain", &[]), "plain");
        assert_eq!(
            EN.hub_progress(&2, &6),
            "You have completed 2 of 6 sections."
        );
    }
}
