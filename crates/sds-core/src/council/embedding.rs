//! What a host page may set on `<sds-explorer>` besides the council's
//! configuration: the level of the tool's top heading, so the tool's
//! headings fit under the council page's own `h1` (WCAG 1.3.1), and
//! whether the browser's Back button moves between the tool's screens.

/// The level of each screen's top heading: 1 on the tool's own page and in
/// the iframe (their own documents), 2 by default inside a council's page.
/// Headings below it follow on, up to `h6`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopHeading(u8);

/// A screen has three levels of heading under its title at most, so the
/// top one can be at most 4 and every level still has its own tag.
const LOWEST_TOP: u8 = 4;

impl TopHeading {
    /// The tool's own page (and the iframe page).
    pub const PAGE: TopHeading = TopHeading(1);
    /// Inside a council's page, unless it says otherwise.
    pub const EMBEDDED: TopHeading = TopHeading(2);

    /// Reads the host's `heading-level` attribute: "1" to "4". Anything else
    /// keeps `default` and says why, for the web team's console.
    pub fn read(attribute: Option<&str>, default: TopHeading) -> (TopHeading, Option<String>) {
        let Some(given) = attribute else {
            return (default, None);
        };
        match given.trim().parse::<u8>() {
            Ok(level @ 1..=LOWEST_TOP) => (TopHeading(level), None),
            _ => (
                default,
                Some(format!(
                    "SDS Explorer: heading-level must be a number from 1 to {LOWEST_TOP}; \
                     it was ignored and the top heading is h{}.",
                    default.0
                )),
            ),
        }
    }

    /// The tag for a heading `depth` levels into a screen: 1 is the
    /// screen's title, 2 a section, 3 a part of a section.
    pub fn tag(self, depth: u8) -> &'static str {
        match (self.0 + depth.max(1) - 1).min(6) {
            1 => "h1",
            2 => "h2",
            3 => "h3",
            4 => "h4",
            5 => "h5",
            _ => "h6",
        }
    }
}

impl Default for TopHeading {
    fn default() -> TopHeading {
        TopHeading::PAGE
    }
}

/// How the tool keeps its screens in the browser's history, so Back goes
/// to the screen before and reload stays on the same one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenHistory {
    /// The tool's own page and the iframe page: the screen's address is
    /// the URL fragment (`#/story/important`), so it can be bookmarked.
    InFragment,
    /// Inside a council's page: history entries carry the screen in their
    /// state only, and the page's own address never changes.
    InStateOnly,
    /// The host turned it off (`history="off"`): Back leaves the tool's
    /// screen to the host page, as it did before.
    Off,
}

impl ScreenHistory {
    /// Reads the host's `history` attribute (or the iframe's `?history=`):
    /// "off" turns it off; anything else keeps `default` and says why.
    pub fn read(
        attribute: Option<&str>,
        default: ScreenHistory,
    ) -> (ScreenHistory, Option<String>) {
        match attribute.map(str::trim) {
            None | Some("" | "on") => (default, None),
            Some(given) if given.eq_ignore_ascii_case("off") => (ScreenHistory::Off, None),
            Some(_) => (
                default,
                Some(
                    "SDS Explorer: history can only be \"off\"; it was ignored, and Back \
                     moves between the tool's screens."
                        .to_owned(),
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_is_on_unless_the_host_turns_it_off() {
        let embedded = ScreenHistory::InStateOnly;
        assert_eq!(ScreenHistory::read(None, embedded), (embedded, None));
        assert_eq!(ScreenHistory::read(Some(""), embedded), (embedded, None));
        assert_eq!(
            ScreenHistory::read(Some(" OFF "), embedded),
            (ScreenHistory::Off, None)
        );
        let (kept, problem) = ScreenHistory::read(Some("no"), embedded);
        assert_eq!(kept, embedded);
        assert!(problem.is_some_and(|p| p.contains("\"off\"")));
    }

    #[test]
    fn no_attribute_keeps_the_default_quietly() {
        assert_eq!(
            TopHeading::read(None, TopHeading::EMBEDDED),
            (TopHeading::EMBEDDED, None)
        );
    }

    #[test]
    fn levels_one_to_four_are_taken() {
        for (given, top) in [("1", "h1"), ("2", "h2"), (" 3 ", "h3"), ("4", "h4")] {
            let (level, problem) = TopHeading::read(Some(given), TopHeading::EMBEDDED);
            assert_eq!(level.tag(1), top);
            assert_eq!(problem, None);
        }
    }

    #[test]
    fn anything_else_keeps_the_default_and_says_so() {
        for given in [
            "",
            "0",
            "5",
            "9",
            "-1",
            "two",
            "2.5",
            "300",
            "h2",
            "\u{202e}2",
        ] {
            let (level, problem) = TopHeading::read(Some(given), TopHeading::EMBEDDED);
            assert_eq!(level, TopHeading::EMBEDDED, "{given:?}");
            let message = problem.unwrap_or_default();
            assert!(message.contains("from 1 to 4"), "{message}");
            assert!(message.contains("top heading is h2"), "{message}");
        }
    }

    #[test]
    fn levels_below_follow_on_without_gaps() {
        let embedded = TopHeading::EMBEDDED;
        assert_eq!(
            [embedded.tag(1), embedded.tag(2), embedded.tag(3)],
            ["h2", "h3", "h4"]
        );
        let page = TopHeading::PAGE;
        assert_eq!([page.tag(1), page.tag(2), page.tag(3)], ["h1", "h2", "h3"]);
        let lowest = TopHeading(LOWEST_TOP);
        assert_eq!(
            [lowest.tag(1), lowest.tag(2), lowest.tag(3)],
            ["h4", "h5", "h6"]
        );
    }
}
