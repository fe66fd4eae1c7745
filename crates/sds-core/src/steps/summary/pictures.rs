//! Pictures for people who would rather look than read, as view models the
//! shell draws as SVG. Each carries its words too: the picture's text
//! equivalent, which the summary's rows also say.

use crate::plan::Plan;
use crate::steps::about::child_called;
use crate::steps::costs;
use crate::steps::story::{DayPart, HowItGoes, Person, member_called, person_called, shortened};
use crate::text::Text;
use crate::text::format::upper_first;

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

/// One day and part of the week on the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekPictureCell {
    /// The ideas then, shortened to fit a cell.
    pub names: Vec<String>,
    /// Ideas that cannot all happen at once: drawn hatched and marked "!",
    /// never by colour alone.
    pub clash: bool,
}

/// The typical week as a grid: a column for each day, a row for each
/// part of the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekPicture {
    pub heading: &'static str,
    pub days: Vec<&'static str>,
    pub parts: Vec<&'static str>,
    /// `cells[part][day]`.
    pub cells: Vec<Vec<WeekPictureCell>>,
    /// The picture in words, a sentence for each day with anything planned.
    pub words: String,
    /// The same sentences one by one, for a screen too narrow for the grid.
    pub days_said: Vec<String>,
}

/// The most characters of an idea's name in a grid cell.
const CELL_CHARS: usize = 14;

/// The week, once any idea has days chosen.
pub fn week_picture(plan: &Plan, t: &Text) -> Option<WeekPicture> {
    let week = costs::week(plan, t);
    if week
        .rows
        .iter()
        .all(|row| row.cells.iter().all(|c| c.ideas.is_empty()))
    {
        return None;
    }
    let cells = (0..week.parts.len())
        .map(|part| {
            week.rows
                .iter()
                .filter_map(|row| row.cells.get(part))
                .map(|cell| WeekPictureCell {
                    names: cell
                        .ideas
                        .iter()
                        .map(|i| shortened(i, CELL_CHARS))
                        .collect(),
                    clash: cell.clash.is_some(),
                })
                .collect()
        })
        .collect();
    let days_said: Vec<String> = week
        .rows
        .iter()
        .filter(|row| row.cells.iter().any(|c| !c.ideas.is_empty()))
        .map(|row| {
            let planned: Vec<String> = row
                .cells
                .iter()
                .filter(|c| !c.ideas.is_empty())
                .map(|c| {
                    let mut said = format!(
                        "{}: {}",
                        c.part,
                        t.locale
                            .and_list(&c.ideas.iter().map(String::as_str).collect::<Vec<_>>())
                    );
                    if let Some(clash) = &c.clash {
                        said.push_str(&format!(" ({clash})"));
                    }
                    said
                })
                .collect();
            format!("{}: {}.", row.day, planned.join("; "))
        })
        .collect();
    let words = days_said.join(" ");
    Some(WeekPicture {
        heading: t.summary.week_picture,
        days: t.support.days_short.to_vec(),
        parts: week.parts,
        cells,
        words,
        days_said,
    })
}

/// The people around the child as circles: the child in the middle, the
/// family next, then the people and places that help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeoplePicture {
    pub heading: String,
    pub centre: String,
    /// The family, closest.
    pub inner: Vec<String>,
    /// The people and places that help, from what the family wrote.
    pub outer: Vec<String>,
    pub words: String,
}

/// The most names on a circle, and the most characters of each.
const ON_A_CIRCLE: usize = 8;
const NAME_CHARS: usize = 22;

/// The circles, once the family has named anyone or written who helps.
pub fn people_picture(plan: &Plan, t: &Text) -> Option<PeoplePicture> {
    let s = t.summary;
    let story = &plan.story;
    let inner: Vec<String> = story
        .family
        .iter()
        .take(ON_A_CIRCLE)
        .map(|m| {
            let called = member_called(story, m.id, t).capital;
            let called = if m.young_carer {
                t.profile.young_carer(&called)
            } else {
                called
            };
            shortened(&called, NAME_CHARS)
        })
        .collect();
    // What they wrote, one helper a line (or between semicolons); commas
    // belong to their sentences.
    let helpers: Vec<&str> = story
        .people_and_places
        .split(['\n', ';'])
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .collect();
    if inner.is_empty() && helpers.is_empty() {
        return None;
    }
    let outer: Vec<String> = helpers
        .iter()
        .take(ON_A_CIRCLE)
        .map(|h| shortened(h, NAME_CHARS))
        .collect();
    let child = child_called(&plan.about, t);
    let list = |names: &[String]| {
        t.locale
            .and_list(&names.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let mut words = vec![s.people_centre(&child.capital)];
    if !inner.is_empty() {
        words.push(s.people_inner(&list(&inner)));
    }
    if !helpers.is_empty() {
        // As written, each one whole.
        words.push(s.people_outer(&helpers.join("; ")));
    }
    if story.family.len() > ON_A_CIRCLE || helpers.len() > ON_A_CIRCLE {
        words.push(s.people_more.to_owned());
    }
    Some(PeoplePicture {
        heading: upper_first(&s.people_picture(&child.possessive)),
        centre: shortened(&child.capital, NAME_CHARS),
        inner,
        outer,
        words: words.join(" "),
    })
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

#[cfg(test)]
mod week_tests {
    use super::*;
    use crate::budget::{LineId, PartOfDay, SupportLine, WeekSlot, Weekday};
    use crate::text::EN;

    #[test]
    fn the_week_is_a_grid_with_its_words_and_clashes_marked() {
        let mut plan = Plan::default();
        assert_eq!(week_picture(&plan, &EN), None);
        let at = |day, part| WeekSlot { day, part };
        let mut jo = SupportLine::personal_assistant(LineId(1), "10", "13.45", "52");
        jo.name = "Jo".into();
        jo.week = vec![
            at(Weekday::Tuesday, PartOfDay::Evening),
            at(Weekday::Saturday, PartOfDay::Morning),
        ];
        let mut ali = SupportLine::personal_assistant(LineId(2), "4", "13.45", "52");
        ali.name = "Ali".into();
        ali.week = vec![at(Weekday::Tuesday, PartOfDay::Evening)];
        plan.support.lines = vec![jo, ali];
        let picture = week_picture(&plan, &EN).unwrap();
        assert_eq!(picture.days.len(), 7);
        let evening = picture.parts.iter().position(|p| *p == "Evening").unwrap();
        let tuesday = &picture.cells[evening][1];
        assert_eq!(tuesday.names, vec!["Jo", "Ali"]);
        assert!(tuesday.clash);
        assert_eq!(
            picture.words,
            "Tuesday: Evening: Jo and Ali (2 things at once). Saturday: Morning: Jo."
        );
    }
}

#[cfg(test)]
mod people_tests {
    use super::*;
    use crate::test_support::jack_a_young_carer;
    use crate::text::EN;

    #[test]
    fn the_child_is_in_the_middle_with_the_family_closest() {
        let mut plan = Plan::default();
        assert_eq!(people_picture(&plan, &EN), None);
        plan.about.child_name = "Sam".into();
        plan.story.family.push(jack_a_young_carer());
        plan.story.people_and_places =
            "Gran, who lives nearby, on Tuesdays; the swimming club\nSchool".into();
        let picture = people_picture(&plan, &EN).unwrap();
        assert_eq!(picture.heading, "Sam's circle of support");
        assert_eq!(picture.centre, "Sam");
        assert_eq!(picture.inner, vec!["Jack, a young carer"]);
        assert_eq!(
            picture.outer,
            vec!["Gran, who lives…", "the swimming club", "School"]
        );
        assert_eq!(
            picture.words,
            "Sam is in the middle. Closest: Jack, a young carer. Around them: Gran, who lives nearby, on Tuesdays; the swimming club; School."
        );
        plan.about.child_name = String::new();
        assert_eq!(
            people_picture(&plan, &EN).unwrap().heading,
            "Your child's circle of support"
        );
    }
}
