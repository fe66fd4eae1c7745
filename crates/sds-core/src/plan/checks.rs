//! What a plan must be before it opens, from a file or from storage: lists
//! only where the plan holds lists, no more than the tool lets a family
//! add by hand, every id unique and in range, and Option 4 never named for
//! one idea. A file that breaks one is refused with its own reason, and the
//! plan in progress is left as it was.

use serde_json::Value;

use crate::plan::Plan;
use crate::vocabulary::SdsOption;

/// The most outcomes a plan holds (the "Add" button goes at this many).
pub const MAX_OUTCOMES: usize = 50;
/// The most support ideas a plan holds. Far more than any family needs,
/// and few enough that every page stays quick on a phone.
pub const MAX_LINES: usize = 200;

/// The most parents, carers, brothers and sisters a plan names: with
/// every box of their days full, the largest plan still fits `MAX_BYTES`
/// (see the largest-plan test).
pub const MAX_FAMILY: usize = 4;
/// No list in a plan is longer than this (the longest is the ideas).
pub const MAX_LIST: usize = MAX_LINES;
/// The most an answer box keeps: twice the 2,000 characters a box asks
/// for, so over-long text stays on screen with its error, to be cut down.
/// Pasting more keeps the first 4,000 characters.
pub const MAX_ANSWER_KEPT: usize = 4_000;
/// The most a name box keeps (the child's name, an idea's name, an
/// ignored suggestion's key).
pub const MAX_NAME_KEPT: usize = 200;
/// The most a figure box keeps (an amount, hours, weeks, an age).
pub const MAX_FIGURE_KEPT: usize = 40;

/// Cuts `text` to its first `chars` characters.
pub fn keep_at_most(text: &mut String, chars: usize) {
    if let Some((end, _)) = text.char_indices().nth(chars) {
        text.truncate(end);
    }
}
/// The highest id an outcome or an idea can have. Ids only go up, one at a
/// time, so a family would need a million additions to get here; a file
/// with a higher one was not written by this tool.
pub const MAX_ID: u32 = 1_000_000;

/// The keys under which a plan holds a list. Everywhere else a list is a
/// sign of a damaged file: read as a section, an empty list would be an
/// empty section and the family's answers would be lost.
const LIST_KEYS: [&str; 8] = [
    "considering",
    "family",
    "items",
    "dismissed",
    "indicators",
    "lines",
    "outcome_ids",
    "week",
];

/// Why a plan does not pass its checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Something has the wrong shape: a list where a section belongs, or
    /// Option 4 for one idea.
    WrongShape,
    /// More outcomes, ideas or list items than the tool allows.
    TooMany,
    /// An id outside 1 to `MAX_ID`.
    IdOutOfRange,
    /// Two outcomes, or two ideas, with the same id.
    RepeatedId,
    /// A text longer than any box keeps.
    TooLong,
}

/// Checks the file's text, read as JSON, before it is read as a plan: a
/// list is allowed only under one of `LIST_KEYS`, and no list is longer
/// than `MAX_LIST`.
pub fn check_shape(plan: &Value) -> Result<(), Problem> {
    walk(plan, false)
}

fn walk(value: &Value, list_here: bool) -> Result<(), Problem> {
    match value {
        Value::Array(items) => {
            if !list_here {
                return Err(Problem::WrongShape);
            }
            if items.len() > MAX_LIST {
                return Err(Problem::TooMany);
            }
            // Items of a list are never lists themselves.
            items.iter().try_for_each(|item| walk(item, false))
        }
        Value::Object(fields) => fields
            .iter()
            .try_for_each(|(key, field)| walk(field, LIST_KEYS.contains(&key.as_str()))),
        Value::String(text) if text.chars().count() > MAX_ANSWER_KEPT => Err(Problem::TooLong),
        _ => Ok(()),
    }
}

/// Checks the plan as read: counts, ids and options.
pub fn check_plan(plan: &Plan) -> Result<(), Problem> {
    let outcomes = &plan.outcomes.items;
    let lines = &plan.support.lines;
    let family = &plan.story.family;
    if outcomes.len() > MAX_OUTCOMES || lines.len() > MAX_LINES || family.len() > MAX_FAMILY {
        return Err(Problem::TooMany);
    }
    // Who they spoke to is a name box's length at most.
    if plan
        .growing_up
        .steps
        .values()
        .any(|r| r.spoke_to.chars().count() > MAX_NAME_KEPT)
    {
        return Err(Problem::TooLong);
    }
    // A birthday month is 1 (January) to 12 (December).
    if plan
        .growing_up
        .birthday_month
        .is_some_and(|month| !(1..=12).contains(&month))
    {
        return Err(Problem::WrongShape);
    }
    let one_to_three = |option: &SdsOption| option.pays_for_one_idea();
    if !lines
        .iter()
        .filter_map(|l| l.option.as_ref())
        .all(one_to_three)
        || !plan.options.considering.iter().all(one_to_three)
    {
        return Err(Problem::WrongShape);
    }
    let outcome_ids: Vec<u32> = outcomes.iter().map(|o| o.id.0).collect();
    let line_ids: Vec<u32> = lines.iter().map(|l| l.id.0).collect();
    let member_ids: Vec<u32> = family.iter().map(|m| m.id.0).collect();
    let in_range = |id: &u32| (1..=MAX_ID).contains(id);
    if !outcome_ids.iter().all(in_range)
        || !line_ids.iter().all(in_range)
        || !member_ids.iter().all(in_range)
        || plan.outcomes.next_id > MAX_ID.saturating_add(1)
        || plan.story.next_member_id > MAX_ID.saturating_add(1)
    {
        return Err(Problem::IdOutOfRange);
    }
    if repeats(outcome_ids) || repeats(line_ids) || repeats(member_ids) {
        return Err(Problem::RepeatedId);
    }
    Ok(())
}

fn repeats(mut ids: Vec<u32>) -> bool {
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    ids.len() != count
}

/// The id for something new: one above the highest in use (ids are not
/// reused, so a support idea never links to a removed outcome's
/// replacement), or `None` once that would pass `MAX_ID`.
pub fn next_id(in_use: impl Iterator<Item = u32>, at_least: u32) -> Option<u32> {
    let id = in_use
        .map(|id| id.saturating_add(1))
        .max()
        .unwrap_or(1)
        .max(at_least)
        .max(1);
    (id <= MAX_ID).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_are_allowed_only_where_the_plan_has_lists() {
        assert_eq!(check_shape(&json!({"outcomes": {"items": []}})), Ok(()));
        assert_eq!(
            check_shape(&json!({"outcomes": []})),
            Err(Problem::WrongShape)
        );
        assert_eq!(
            check_shape(&json!({"support": {"lines": [[]]}})),
            Err(Problem::WrongShape)
        );
        assert_eq!(check_shape(&json!([])), Err(Problem::WrongShape));
    }

    #[test]
    fn every_list_key_is_a_list_the_plan_holds() {
        // A plan with something in every list: its lists are exactly the
        // keys allowed, so the check can refuse nothing a plan can hold.
        let mut found = Vec::new();
        fn lists(value: &Value, found: &mut Vec<String>) {
            if let Value::Object(fields) = value {
                for (key, field) in fields {
                    if field.is_array() && !found.contains(key) {
                        found.push(key.clone());
                    }
                    lists(field, found);
                }
            }
            if let Value::Array(items) = value {
                items.iter().for_each(|item| lists(item, found));
            }
        }
        let plan = crate::test_support::plan_with_every_list();
        lists(&serde_json::to_value(&plan).unwrap(), &mut found);
        found.sort();
        let mut expected: Vec<String> = LIST_KEYS.iter().map(|k| (*k).to_owned()).collect();
        expected.sort();
        assert_eq!(found, expected);
        assert_eq!(check_shape(&serde_json::to_value(&plan).unwrap()), Ok(()));
        assert_eq!(check_plan(&plan), Ok(()));
    }

    #[test]
    fn who_they_spoke_to_longer_than_a_name_box_is_refused() {
        use crate::plan::growing_up::TransitionStep;
        let mut plan = Plan::default();
        plan.growing_up.change(TransitionStep::StartPlanning, |r| {
            r.spoke_to = "x".repeat(MAX_NAME_KEPT)
        });
        assert_eq!(check_plan(&plan), Ok(()));
        plan.growing_up
            .change(TransitionStep::StartPlanning, |r| r.spoke_to.push('x'));
        assert_eq!(check_plan(&plan), Err(Problem::TooLong));
    }

    #[test]
    fn a_birthday_month_outside_the_year_is_refused() {
        let mut plan = Plan::default();
        for (month, ok) in [
            (None, true),
            (Some(1), true),
            (Some(12), true),
            (Some(0), false),
            (Some(13), false),
        ] {
            plan.growing_up.birthday_month = month;
            assert_eq!(check_plan(&plan).is_ok(), ok, "{month:?}");
        }
    }

    #[test]
    fn a_new_id_is_one_above_the_highest_and_never_passes_the_top() {
        assert_eq!(next_id([].into_iter(), 0), Some(1));
        assert_eq!(next_id([3, 9, 2].into_iter(), 0), Some(10));
        assert_eq!(next_id([3].into_iter(), 12), Some(12));
        assert_eq!(next_id([MAX_ID - 1].into_iter(), 0), Some(MAX_ID));
        assert_eq!(next_id([MAX_ID].into_iter(), 0), None);
        assert_eq!(next_id([u32::MAX].into_iter(), 0), None);
    }
}
