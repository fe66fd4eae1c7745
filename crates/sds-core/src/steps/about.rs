//! Checking "About us" and what the age means for who decides.

use crate::council::council_by_id;
use crate::plan::AboutUs;
use crate::text::Text;
use crate::text::format::upper_first;
use crate::vocabulary::{FieldError, Filler, Next, SectionStatus};

pub const MAX_AGE: u8 = 25;
pub const MAX_NAME_CHARS: usize = 50;

/// The questions on the About us page, in page order (the error summary
/// lists problems in this order too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AboutField {
    ChildName,
    Age,
    Filler,
    Council,
}

impl AboutField {
    /// Part of the element id, so an error summary link can reach the field.
    pub fn id(self) -> &'static str {
        match self {
            AboutField::ChildName => "child-name",
            AboutField::Age => "age",
            AboutField::Filler => "filler",
            AboutField::Council => "council",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AboutError {
    NameTooLong,
    AgeMissing,
    AgeNotWholeNumber,
    AgeOutOfRange,
    FillerMissing,
    CouncilMissing,
}

impl AboutError {
    pub fn field(self) -> AboutField {
        match self {
            AboutError::NameTooLong => AboutField::ChildName,
            AboutError::AgeMissing | AboutError::AgeNotWholeNumber | AboutError::AgeOutOfRange => {
                AboutField::Age
            }
            AboutError::FillerMissing => AboutField::Filler,
            AboutError::CouncilMissing => AboutField::Council,
        }
    }

    pub fn message(self, t: &Text) -> &'static str {
        match self {
            AboutError::NameTooLong => t.error_name_too_long,
            AboutError::AgeMissing => t.error_age_missing,
            AboutError::AgeNotWholeNumber => t.error_age_not_whole_number,
            AboutError::AgeOutOfRange => t.error_age_out_of_range,
            AboutError::FillerMissing => t.error_filler_missing,
            AboutError::CouncilMissing => t.error_council_missing,
        }
    }
}

/// Reads an age as typed. Accepts surrounding spaces; anything else that is
/// not a whole number from 0 to 25 is an error the family can fix.
pub fn parse_age(typed: &str) -> Result<u8, AboutError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(AboutError::AgeMissing);
    }
    if !typed.chars().all(|c| c.is_ascii_digit()) {
        return Err(AboutError::AgeNotWholeNumber);
    }
    match typed.parse::<u32>() {
        Ok(age) if age <= u32::from(MAX_AGE) => {
            u8::try_from(age).map_err(|_| AboutError::AgeOutOfRange)
        }
        _ => Err(AboutError::AgeOutOfRange),
    }
}

/// Every problem with the answers, in page order. Empty means they pass.
pub fn check(about: &AboutUs) -> Vec<AboutError> {
    let mut errors = Vec::new();
    if about.child_name.chars().count() > MAX_NAME_CHARS {
        errors.push(AboutError::NameTooLong);
    }
    if let Err(e) = parse_age(&about.age) {
        errors.push(e);
    }
    if about.filler.is_none() {
        errors.push(AboutError::FillerMissing);
    }
    if about.council.as_deref().and_then(council_by_id).is_none() {
        errors.push(AboutError::CouncilMissing);
    }
    errors
}

/// For a parent, carer or worker filling it in for a young person of 16 or
/// 17: that the young person now decides, so ask for their views first
/// (sds-facts.md §3). `None` when the young person is filling it in, or
/// at any other age.
pub fn young_person_decides(about: &AboutUs, t: &Text) -> Option<String> {
    let age = parse_age(&about.age).ok()?;
    let filled_in_by_someone_else = matches!(
        about.filler,
        Some(Filler::ParentOrCarer | Filler::SupportWorker)
    );
    (filled_in_by_someone_else && DecisionStage::for_age(age) == DecisionStage::YoungPersonDecides)
        .then(|| t.young_person_decides(&child_called(about, t).capital, &age))
}

/// Where the child is in life, for words that fit their age: nursery
/// before 5, school to 14, and school, college or work from 15 (when
/// planning to leave school begins). Without a readable age the words
/// cover every case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeGroup {
    NotKnown,
    UnderFive,
    SchoolAge,
    FifteenOrOver,
}

impl AgeGroup {
    pub fn of(about: &AboutUs) -> AgeGroup {
        match parse_age(&about.age) {
            Ok(0..=4) => AgeGroup::UnderFive,
            Ok(5..=14) => AgeGroup::SchoolAge,
            Ok(_) => AgeGroup::FifteenOrOver,
            Err(_) => AgeGroup::NotKnown,
        }
    }

    /// One of four wordings, in the order of the variants.
    pub fn pick<T>(self, [not_known, under_five, school_age, fifteen_or_over]: [T; 4]) -> T {
        match self {
            AgeGroup::NotKnown => not_known,
            AgeGroup::UnderFive => under_five,
            AgeGroup::SchoolAge => school_age,
            AgeGroup::FifteenOrOver => fifteen_or_over,
        }
    }
}

/// How the tool names someone: their name as typed, or words for them
/// ("your child") when the family has not given one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Called {
    /// "Sam" or "your child", for the middle of a sentence.
    pub name: String,
    /// "Sam" or "Your child", to start one.
    pub capital: String,
    /// "Sam's" or "your child's".
    pub possessive: String,
    /// Only the words for who they are ("your child", "a brother or
    /// sister"): no name, and nothing to tell them from another.
    pub only_who: bool,
}

impl Called {
    /// `name` if it has any letters, else `otherwise`.
    pub fn name_or(name: &str, otherwise: &str, t: &Text) -> Called {
        let name = name.trim();
        let only_who = name.is_empty();
        let name = if only_who { otherwise } else { name };
        Called {
            name: name.to_owned(),
            capital: upper_first(name),
            possessive: t.names.possessive(&name),
            only_who,
        }
    }
}

/// The child, as the tool names them.
pub fn child_called(about: &AboutUs, t: &Text) -> Called {
    Called::name_or(&about.child_name, t.names.your_child, t)
}

/// Who makes decisions about support at a given age (sds-facts.md §3), and
/// whether it is time to plan the move to adult services (from 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionStage {
    ParentOrCarerDecides { plan_transition: bool },
    YoungPersonDecides,
    AdultServices,
}

impl DecisionStage {
    pub fn for_age(age: u8) -> DecisionStage {
        match age {
            0..=15 => DecisionStage::ParentOrCarerDecides {
                plan_transition: age >= 14,
            },
            16 | 17 => DecisionStage::YoungPersonDecides,
            _ => DecisionStage::AdultServices,
        }
    }

    /// The sentences to show, in order.
    pub fn explain(self, t: &Text) -> Vec<&'static str> {
        match self {
            DecisionStage::ParentOrCarerDecides {
                plan_transition: false,
            } => vec![t.decisions_under_16],
            DecisionStage::ParentOrCarerDecides {
                plan_transition: true,
            } => {
                vec![t.decisions_under_16, t.transition_from_14]
            }
            DecisionStage::YoungPersonDecides => vec![t.decisions_16_17, t.transition_16_17],
            DecisionStage::AdultServices => vec![t.decisions_adult],
        }
    }
}

/// "Save and continue": confirms the answers and returns to the plan, or
/// stays to show what is wrong.
pub fn save(about: &mut AboutUs) -> Next<()> {
    if check(about).is_empty() {
        about.confirmed = true;
        Next::Plan
    } else {
        Next::ShowErrors
    }
}

impl Filler {
    pub fn label(self, t: &Text) -> &'static str {
        match self {
            Filler::ParentOrCarer => t.filler_parent,
            Filler::YoungPerson => t.filler_young_person,
            Filler::SupportWorker => t.filler_support_worker,
        }
    }
}

/// The hub status of About us.
pub fn status(about: &AboutUs) -> SectionStatus {
    let untouched = about.child_name.is_empty()
        && about.age.is_empty()
        && about.filler.is_none()
        && about.council.is_none();
    if untouched {
        SectionStatus::NotStarted
    } else if about.confirmed && check(about).is_empty() {
        SectionStatus::Completed
    } else {
        SectionStatus::InProgress
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AboutView {
    pub errors: Vec<FieldError>,
    /// Who decides, shown once a valid age is typed.
    pub decisions: Vec<&'static str>,
}

impl AboutView {
    pub fn error_for(&self, field_id: &str) -> Option<&'static str> {
        self.errors
            .iter()
            .find(|e| e.field_id == field_id)
            .map(|e| e.message)
    }
}

/// The page: its errors once the family has tried to save, and who
/// decides at the age typed.
pub fn page(about: &AboutUs, tried_to_save: bool, t: &Text) -> AboutView {
    let errors = if tried_to_save {
        check(about)
            .into_iter()
            .map(|e: AboutError| FieldError {
                field_id: e.field().id(),
                message: e.message(t),
            })
            .collect()
    } else {
        Vec::new()
    };
    let decisions = parse_age(&about.age)
        .map(|age| DecisionStage::for_age(age).explain(t))
        .unwrap_or_default();
    AboutView { errors, decisions }
}

/// The saving status line under the hub.
#[cfg(test)]
mod tests {
    #[test]
    fn at_16_and_17_whoever_fills_it_in_for_the_young_person_hears_they_now_decide() {
        let about = |age: &str, filler| AboutUs {
            child_name: "Amir".into(),
            age: age.into(),
            filler: Some(filler),
            ..AboutUs::default()
        };
        assert_eq!(
            young_person_decides(&about("16", Filler::ParentOrCarer), &crate::text::EN).as_deref(),
            Some(
                "Amir is 16, so they now decide about their own support, unless there are questions about whether they are able to decide. Ask for their views first. If you can, fill this in together."
            )
        );
        assert!(
            young_person_decides(&about("17", Filler::SupportWorker), &crate::text::EN).is_some()
        );
        for (age, filler) in [
            ("15", Filler::ParentOrCarer),
            ("18", Filler::ParentOrCarer),
            ("16", Filler::YoungPerson),
        ] {
            assert_eq!(
                young_person_decides(&about(age, filler), &crate::text::EN),
                None,
                "{age}"
            );
        }
    }

    use super::*;
    use crate::app::model::Action;
    use crate::test_support::after;
    use crate::text::EN;
    use crate::vocabulary::{Filler, Onward};

    fn complete() -> AboutUs {
        AboutUs {
            child_name: "Sam".into(),
            age: "9".into(),
            filler: Some(Filler::ParentOrCarer),
            council: Some("fife".into()),
            confirmed: false,
        }
    }

    #[test]
    fn ages_from_0_to_25_are_accepted_with_spaces_around() {
        assert_eq!(parse_age("0"), Ok(0));
        assert_eq!(parse_age(" 7 "), Ok(7));
        assert_eq!(parse_age("25"), Ok(25));
    }

    #[test]
    fn an_empty_age_asks_for_one() {
        assert_eq!(parse_age("  "), Err(AboutError::AgeMissing));
    }

    #[test]
    fn words_decimals_and_signs_are_not_whole_numbers() {
        for typed in ["seven", "7.5", "-1", "+3", "7 years", "１"] {
            assert_eq!(
                parse_age(typed),
                Err(AboutError::AgeNotWholeNumber),
                "{typed}"
            );
        }
    }

    #[test]
    fn ages_over_25_and_huge_numbers_are_out_of_range() {
        assert_eq!(parse_age("26"), Err(AboutError::AgeOutOfRange));
        assert_eq!(
            parse_age("99999999999999999999999"),
            Err(AboutError::AgeOutOfRange)
        );
    }

    #[test]
    fn complete_answers_pass() {
        assert_eq!(check(&complete()), vec![]);
    }

    #[test]
    fn the_name_is_optional() {
        let about = AboutUs {
            child_name: String::new(),
            ..complete()
        };
        assert_eq!(check(&about), vec![]);
    }

    #[test]
    fn an_empty_form_lists_every_missing_answer_in_page_order() {
        let actual = check(&AboutUs::default());
        let expected = vec![
            AboutError::AgeMissing,
            AboutError::FillerMissing,
            AboutError::CouncilMissing,
        ];
        assert_eq!(actual, expected);
    }

    #[test]
    fn an_unknown_council_id_counts_as_missing() {
        let about = AboutUs {
            council: Some("atlantis".into()),
            ..complete()
        };
        assert_eq!(check(&about), vec![AboutError::CouncilMissing]);
    }

    #[test]
    fn a_name_over_50_characters_is_too_long_counting_characters_not_bytes() {
        let ok = AboutUs {
            child_name: "é".repeat(50),
            ..complete()
        };
        assert_eq!(check(&ok), vec![]);
        let long = AboutUs {
            child_name: "é".repeat(51),
            ..complete()
        };
        assert_eq!(check(&long), vec![AboutError::NameTooLong]);
    }

    #[test]
    fn each_error_points_at_its_field_and_has_a_message() {
        assert_eq!(AboutError::AgeOutOfRange.field(), AboutField::Age);
        assert_eq!(
            AboutError::AgeOutOfRange.message(&EN),
            "Enter an age from 0 to 25"
        );
    }

    #[test]
    fn under_14_the_parent_decides_with_no_transition_note() {
        assert_eq!(
            DecisionStage::for_age(13).explain(&EN),
            vec![EN.decisions_under_16]
        );
    }

    #[test]
    fn at_14_and_15_transition_planning_is_mentioned() {
        for age in [14, 15] {
            assert_eq!(
                DecisionStage::for_age(age),
                DecisionStage::ParentOrCarerDecides {
                    plan_transition: true
                }
            );
        }
    }

    #[test]
    fn at_16_and_17_the_young_person_decides() {
        assert_eq!(
            DecisionStage::for_age(16),
            DecisionStage::YoungPersonDecides
        );
        assert_eq!(
            DecisionStage::for_age(17),
            DecisionStage::YoungPersonDecides
        );
    }

    #[test]
    fn from_18_adult_services_take_over() {
        assert_eq!(DecisionStage::for_age(18), DecisionStage::AdultServices);
        assert_eq!(DecisionStage::for_age(25), DecisionStage::AdultServices);
    }

    #[test]
    fn typing_anything_in_about_us_makes_it_in_progress() {
        let model = after([Action::SetAge("9".into())]);
        assert_eq!(status(&model.plan.about), SectionStatus::InProgress);
    }

    #[test]
    fn a_submitted_about_us_is_completed_and_counted() {
        let model = after([
            Action::SetAge("9".into()),
            Action::SetFiller(Filler::YoungPerson),
            Action::SetCouncil("moray".into()),
            Action::SubmitAboutUs(Onward::Plan),
        ]);
        assert_eq!(status(&model.plan.about), SectionStatus::Completed);
    }

    #[test]
    fn breaking_a_completed_answer_puts_it_back_in_progress() {
        let model = after([
            Action::SetAge("9".into()),
            Action::SetFiller(Filler::YoungPerson),
            Action::SetCouncil("moray".into()),
            Action::SubmitAboutUs(Onward::Plan),
            Action::SetAge("nine".into()),
        ]);
        assert_eq!(status(&model.plan.about), SectionStatus::InProgress);
    }

    #[test]
    fn errors_are_hidden_until_the_first_submit() {
        let model = after([Action::SetAge("abc".into())]);
        assert_eq!(
            page(&model.plan.about, model.tried_to_save(), &EN).errors,
            vec![]
        );
    }

    #[test]
    fn after_a_submit_each_problem_is_listed_with_its_field() {
        let model = after([
            Action::SetAge("abc".into()),
            Action::SubmitAboutUs(Onward::Plan),
        ]);
        let view = page(&model.plan.about, model.tried_to_save(), &EN);
        let actual: Vec<(&str, &str)> = view
            .errors
            .iter()
            .map(|e| (e.field_id, e.message))
            .collect();
        let expected = vec![
            ("age", "Enter the age as a whole number, like 7"),
            ("filler", "Select who is filling this in"),
            ("council", "Select your council area"),
        ];
        assert_eq!(actual, expected);
        assert_eq!(
            view.error_for("age"),
            Some("Enter the age as a whole number, like 7")
        );
        assert_eq!(view.error_for("child-name"), None);
    }

    #[test]
    fn a_valid_age_explains_who_decides() {
        let model = after([Action::SetAge("16".into())]);
        assert_eq!(
            page(&model.plan.about, model.tried_to_save(), &EN).decisions,
            vec![EN.decisions_16_17, EN.transition_16_17]
        );
        let model = after([Action::SetAge("x".into())]);
        assert!(
            page(&model.plan.about, model.tried_to_save(), &EN)
                .decisions
                .is_empty()
        );
    }
}
