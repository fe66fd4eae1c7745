//! Pictures for people who would rather look than read, as view models the
//! shell draws as SVG. Each carries its words too: the picture's text
//! equivalent, which the summary's rows also say.

use crate::plan::Plan;
use crate::steps::story::{DayPart, HowItGoes, Person, person_called};
use crate::text::Text;

/// One part of the day on the timeline picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayPicturePart {
    /// "Morning", short enough to sit under a face.
    pub name: &'static str,
    /// The face picked; `None` when nothing was picked for this part.
    pub how: Option<HowItGoes>,
    /// "Usually hard", or "Not answered".
    pub label: &'static str,
}

/// How someone's day usually goes, as a row of faces along a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayPicture {
    pub person: Person,
    /// "How Sam's day usually goes".
    pub heading: String,
    pub parts: Vec<DayPicturePart>,
    /// The picture in words: "Waking up and morning: Usually hard. …".
    pub words: String,
}

/// A picture for each person with at least one face picked, in the
/// order of the story.
pub fn day_pictures(plan: &Plan, t: &Text) -> Vec<DayPicture> {
    let s = t.story;
    plan.story
        .people()
        .into_iter()
        .filter_map(|person| {
            let day = plan.story.day(person);
            if DayPart::ALL
                .iter()
                .all(|part| day.part(*part).how.is_none())
            {
                return None;
            }
            let parts: Vec<DayPicturePart> = DayPart::ALL
                .into_iter()
                .zip(s.part_short)
                .map(|(part, name)| {
                    let how = day.part(part).how;
                    DayPicturePart {
                        name,
                        how,
                        label: how.map_or(s.step_not_answered_short, |h| h.label(t)),
                    }
                })
                .collect();
            let words = DayPart::ALL
                .into_iter()
                .zip(&parts)
                .map(|(part, shown)| format!("{}: {}.", part.name(t), shown.label))
                .collect::<Vec<_>>()
                .join(" ");
            Some(DayPicture {
                person,
                heading: t
                    .summary
                    .day_picture(&person_called(plan, person, t).possessive),
                parts,
                words,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::EN;

    #[test]
    fn a_day_with_faces_is_a_picture_with_its_words() {
        let mut plan = Plan::default();
        assert_eq!(day_pictures(&plan, &EN), vec![]);
        plan.about.child_name = "Sam".into();
        plan.story.child_day.morning.how = Some(HowItGoes::UsuallyHard);
        plan.story.child_day.after_school.how = Some(HowItGoes::NotPartOfOurDay);
        let pictures = day_pictures(&plan, &EN);
        assert_eq!(pictures.len(), 1);
        let picture = &pictures[0];
        assert_eq!(picture.heading, "How Sam's day usually goes");
        let names: Vec<(&str, &str)> = picture.parts.iter().map(|p| (p.name, p.label)).collect();
        assert_eq!(
            names,
            vec![
                ("Morning", "Usually hard"),
                ("Daytime", "Not answered"),
                ("After school", "Not part of our day"),
                ("Evening", "Not answered"),
                ("Night", "Not answered"),
                ("Weekends", "Not answered"),
            ]
        );
        assert_eq!(
            picture.words,
            "Waking up and morning: Usually hard. School or daytime: Not answered. After school: Not part of our day. Evening: Not answered. Bedtime and night: Not answered. Weekends and holidays: Not answered."
        );
    }
}
