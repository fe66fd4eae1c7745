//! Where each screen is, as a short address ("story/child-day",
//! "support/idea/3"), so Back and reload return to the screen the family
//! was on. The shell keeps the address in the URL fragment on the tool's
//! own page, and in the browser history's state when it sits inside a
//! council's page (whose own address it never changes).

use crate::app::model::Screen;
use crate::steps::costs::CostsScreen;
use crate::steps::options::OptionsScreen;
use crate::steps::outcomes::OutcomesScreen;
use crate::steps::story::{DayStep, Person, StoryScreen};
use crate::steps::support::SupportScreen;
use crate::vocabulary::{LineId, OutcomeId, SectionId};

/// The screens that need no id, for reading an address back.
fn screens_without_ids() -> Vec<Screen> {
    let mut screens = vec![
        Screen::Hub,
        Screen::AboutUs,
        Screen::DeleteEverything,
        Screen::Summary,
        Screen::GrowingUp,
        Screen::Privacy,
        Screen::ReplaceWithFile,
        Screen::StartSession,
        Screen::EndSession,
        Screen::Story(StoryScreen::Overview),
        Screen::Outcomes(OutcomesScreen::List),
        Screen::Options(OptionsScreen::Start),
        Screen::Support(SupportScreen::Start),
        Screen::Support(SupportScreen::ChooseKind),
        Screen::Costs(CostsScreen::Settings),
        Screen::Costs(CostsScreen::Week),
        Screen::Costs(CostsScreen::Budget),
    ];
    screens.extend(
        StoryScreen::MAIN_PAGES
            .into_iter()
            .skip(1)
            .chain(DayStep::ALL.map(|step| StoryScreen::Day(Person::Child, step)))
            .map(Screen::Story),
    );
    screens.extend(OptionsScreen::PAGES.into_iter().map(Screen::Options));
    screens
}

impl Screen {
    /// The screen's address: empty for the hub, then the section and page.
    pub fn address(self) -> String {
        match self {
            Screen::Hub => String::new(),
            Screen::AboutUs => "about-us".into(),
            Screen::DeleteEverything => "delete-everything".into(),
            Screen::Summary => "summary".into(),
            Screen::GrowingUp => "growing-up".into(),
            Screen::Privacy => "privacy".into(),
            Screen::ReplaceWithFile => "open-a-file".into(),
            Screen::StartSession => "start-a-session".into(),
            Screen::EndSession => "end-the-session".into(),
            Screen::Story(StoryScreen::Overview) => "story".into(),
            Screen::Story(page) => format!("story/{}", page.key()),
            Screen::Outcomes(OutcomesScreen::List) => "outcomes".into(),
            Screen::Outcomes(OutcomesScreen::Edit(id)) => format!("outcomes/{}", id.0),
            Screen::Outcomes(OutcomesScreen::Remove(id)) => format!("outcomes/{}/remove", id.0),
            Screen::Options(OptionsScreen::Start) => "options".into(),
            Screen::Options(page) => format!("options/{}", page.key()),
            Screen::Support(SupportScreen::Start) => "support".into(),
            Screen::Support(SupportScreen::ChooseKind) => "support/new-idea".into(),
            Screen::Support(SupportScreen::Line(id)) => format!("support/idea/{}", id.0),
            Screen::Support(SupportScreen::Remove(id)) => format!("support/idea/{}/remove", id.0),
            Screen::Costs(CostsScreen::Settings) => "support/settings".into(),
            Screen::Costs(CostsScreen::Week) => "support/typical-week".into(),
            Screen::Costs(CostsScreen::Budget) => "support/budget".into(),
        }
    }

    /// The screen an address names, or `None` when it names none. Whether
    /// the screen can show now (the idea still exists, say) is the model's
    /// to decide.
    pub fn from_address(address: &str) -> Option<Screen> {
        let address = address.trim().trim_start_matches('#').trim_matches('/');
        if let Some(screen) = screens_without_ids()
            .into_iter()
            .find(|s| s.address() == address)
        {
            return Some(screen);
        }
        let parts: Vec<&str> = address.split('/').collect();
        let number = |text: &str| -> Option<u32> {
            // Digits only: "+3" or " 3" is not an address the tool made.
            text.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| text.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            ["story", ..] => {
                let key = address.strip_prefix("story/")?;
                Some(Screen::Story(StoryScreen::from_key(key)?))
            }
            ["outcomes", id] => {
                let id = OutcomeId(number(id)?);
                Some(Screen::Outcomes(OutcomesScreen::Edit(id)))
            }
            ["outcomes", id, "remove"] => {
                let id = OutcomeId(number(id)?);
                Some(Screen::Outcomes(OutcomesScreen::Remove(id)))
            }
            ["support", "idea", id] => {
                let id = LineId(number(id)?);
                Some(Screen::Support(SupportScreen::Line(id)))
            }
            ["support", "idea", id, "remove"] => {
                let id = LineId(number(id)?);
                Some(Screen::Support(SupportScreen::Remove(id)))
            }
            _ => None,
        }
    }

    /// The plan section the screen belongs to; `None` for the hub and the
    /// pages around the plan (privacy, sessions, files, deleting).
    pub fn section(self) -> Option<SectionId> {
        match self {
            Screen::AboutUs => Some(SectionId::AboutUs),
            Screen::Story(_) => Some(SectionId::OurStory),
            Screen::Outcomes(_) => Some(SectionId::Outcomes),
            Screen::Options(_) => Some(SectionId::Options),
            Screen::Support(_) | Screen::Costs(_) => Some(SectionId::Support),
            Screen::Summary => Some(SectionId::Summary),
            Screen::GrowingUp => Some(SectionId::GrowingUp),
            Screen::Hub
            | Screen::DeleteEverything
            | Screen::Privacy
            | Screen::ReplaceWithFile
            | Screen::StartSession
            | Screen::EndSession => None,
        }
    }

    /// Where to go instead when this screen cannot show (its idea or
    /// outcome is gone): the start of its section.
    pub fn section_start(self) -> Screen {
        match self {
            Screen::Story(_) => Screen::Story(StoryScreen::Overview),
            Screen::Outcomes(_) => Screen::Outcomes(OutcomesScreen::List),
            Screen::Support(_) => Screen::Support(SupportScreen::Start),
            _ => Screen::Hub,
        }
    }
}

impl SectionId {
    /// Where the section's link goes.
    pub fn screen(self) -> Screen {
        match self {
            SectionId::AboutUs => Screen::AboutUs,
            SectionId::OurStory => Screen::Story(StoryScreen::default()),
            SectionId::Outcomes => Screen::Outcomes(OutcomesScreen::default()),
            SectionId::Options => Screen::Options(OptionsScreen::default()),
            SectionId::Support => Screen::Support(SupportScreen::default()),
            SectionId::Summary => Screen::Summary,
            SectionId::GrowingUp => Screen::GrowingUp,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::MemberId;

    fn every_kind_of_screen() -> Vec<Screen> {
        let mut screens = screens_without_ids();
        screens.extend([
            Screen::Outcomes(OutcomesScreen::Edit(OutcomeId(3))),
            Screen::Outcomes(OutcomesScreen::Remove(OutcomeId(12))),
            Screen::Support(SupportScreen::Line(LineId(0))),
            Screen::Support(SupportScreen::Remove(LineId(4_000_000_000))),
            Screen::Story(StoryScreen::Member(MemberId(2))),
            Screen::Story(StoryScreen::RemoveMember(MemberId(2))),
            Screen::Story(StoryScreen::Day(
                Person::Member(MemberId(7)),
                DayStep::Difference,
            )),
            Screen::Story(StoryScreen::Day(
                Person::Member(MemberId(7)),
                DayStep::Part(crate::plan::story::DayPart::Night),
            )),
        ]);
        screens
    }

    #[test]
    fn every_screen_reads_back_from_its_address() {
        for screen in every_kind_of_screen() {
            assert_eq!(
                Screen::from_address(&screen.address()),
                Some(screen),
                "{screen:?} at {:?}",
                screen.address()
            );
        }
    }

    #[test]
    fn no_two_screens_share_an_address() {
        let mut addresses: Vec<String> = every_kind_of_screen()
            .into_iter()
            .map(Screen::address)
            .collect();
        let count = addresses.len();
        addresses.sort();
        addresses.dedup();
        assert_eq!(addresses.len(), count);
    }

    #[test]
    fn the_fragment_forms_read_the_same() {
        let idea = Some(Screen::Support(SupportScreen::Line(LineId(2))));
        assert_eq!(Screen::from_address("#/support/idea/2"), idea);
        assert_eq!(Screen::from_address("/support/idea/2/"), idea);
        assert_eq!(Screen::from_address("#/"), Some(Screen::Hub));
        assert_eq!(Screen::from_address(""), Some(Screen::Hub));
        assert_eq!(
            Screen::from_address("story/child-day"),
            Some(Screen::Story(StoryScreen::Day(
                Person::Child,
                DayStep::FIRST
            )))
        );
    }

    #[test]
    fn addresses_from_before_the_timeline_still_lead_into_our_story() {
        assert_eq!(
            Screen::from_address("story/child-difference-page"),
            Some(Screen::Story(StoryScreen::Day(
                Person::Child,
                DayStep::Difference
            )))
        );
        for old in ["story/parent-day", "story/sibling-difference-page"] {
            assert_eq!(
                Screen::from_address(old),
                Some(Screen::Story(StoryScreen::Overview)),
                "{old}"
            );
        }
    }

    #[test]
    fn addresses_the_tool_never_made_name_no_screen() {
        for address in [
            "nowhere",
            "support/idea/",
            "support/idea/-1",
            "support/idea/+1",
            "support/idea/99999999999",
            "support/idea/1e3",
            "outcomes/1/remove/now",
            "story/child-day/extra",
            "story/child-day/morning/more",
            "story/family/x",
            "story/family/1/day",
            "story/family/+1/remove",
            "story/overview",
            "options/options",
            "%2F",
            "support/idea/٣",
        ] {
            assert_eq!(Screen::from_address(address), None, "{address}");
        }
    }
}
