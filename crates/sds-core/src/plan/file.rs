//! The saved form of a plan: in this browser's storage and in files. It
//! carries its schema version so an older plan can be moved forward and a
//! plan from a newer version of the tool is recognised, not misread.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::plan::Plan;
use crate::plan::checks::{self, Problem};
use crate::text::Text;

/// Marks a JSON document as one of ours.
pub const FORMAT: &str = "sds-explorer-plan";
/// Version 0 was the bare plan object with the age as a number; version 1
/// wraps the plan with its format and version and keeps the age as typed.
pub const SCHEMA_VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Plans are small; anything bigger is not one of ours.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Where the plan lives in this browser's storage. The version in the key
/// lets a future format sit beside this one.
pub const STORAGE_KEY: &str = "sds-explorer/plan/v1";
/// Where unreadable saved data is moved, so it is never thrown away: the
/// first of [`MAX_BACKUPS`] places (see [`backup_key`]).
pub const BACKUP_KEY: &str = "sds-explorer/plan/v1/unreadable-backup";
/// How many unreadable plans this browser keeps, each in its own place so
/// one is never written over another.
pub const MAX_BACKUPS: usize = 20;

/// The `n`th place for unreadable saved data, from 0.
pub fn backup_key(n: usize) -> String {
    if n == 0 {
        BACKUP_KEY.to_owned()
    } else {
        format!("{BACKUP_KEY}/{}", n + 1)
    }
}

/// Set (to "yes") while this browser is marked as a shared device, so it
/// opens in a session. It holds no answers.
pub const SHARED_DEVICE_KEY: &str = "sds-explorer/device/shared";

/// Every key this tool may write in local storage, for "Delete everything".
pub fn all_keys() -> Vec<String> {
    let mut keys = vec![STORAGE_KEY.to_owned(), SHARED_DEVICE_KEY.to_owned()];
    keys.extend((0..MAX_BACKUPS).map(backup_key));
    keys
}

/// The name of a file holding saved data the tool could not read, so the
/// family can keep it (and open it with a newer version).
pub fn kept_file_name(today: &str) -> String {
    format!("sds-plan-kept-{}.json", file_date(today))
}

/// The date part of a file's name: YYYY-MM-DD, digits and hyphens only.
fn file_date(today: &str) -> String {
    today
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .take(10)
        .collect()
}
/// Where a session on a shared device keeps its plan: session storage,
/// which the browser clears when the tab closes.
pub const SESSION_KEY: &str = "sds-explorer/session/v1";

#[derive(Debug, Serialize, Deserialize)]
struct PlanFile {
    format: String,
    schema_version: u32,
    app_version: String,
    /// The day a file was saved, as YYYY-MM-DD (not kept in storage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_on: Option<String>,
    plan: Plan,
}

/// Why saved data could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    Empty,
    TooLarge,
    NotJson,
    NotAPlan,
    NewerVersion {
        found: u64,
    },
    /// A value of the wrong kind: text where a number belongs, say.
    WrongTypes,
    /// A number outside what the plan can hold.
    OutOfRange,
    /// The browser could not read the file at all.
    CouldNotRead,
    /// Part of the plan has the wrong shape: a list where a section
    /// belongs, or Option 4 named for one idea.
    Damaged,
    /// More outcomes or support ideas than a plan can hold.
    TooMany,
    /// Two outcomes, or two ideas, share an id.
    RepeatedIds,
    /// An answer longer than the tool keeps.
    TooLong,
}

impl From<Problem> for OpenError {
    fn from(problem: Problem) -> Self {
        match problem {
            Problem::WrongShape => OpenError::Damaged,
            Problem::TooMany => OpenError::TooMany,
            Problem::IdOutOfRange => OpenError::OutOfRange,
            Problem::RepeatedId => OpenError::RepeatedIds,
            Problem::TooLong => OpenError::TooLong,
        }
    }
}

impl OpenError {
    pub fn message(&self, t: &Text) -> &'static str {
        match self {
            OpenError::Empty => t.file_empty,
            OpenError::TooLarge => t.file_too_large,
            OpenError::NotJson => t.file_not_json,
            OpenError::NotAPlan => t.file_not_a_plan,
            OpenError::NewerVersion { .. } => t.file_newer_version,
            OpenError::WrongTypes => t.file_wrong_types,
            OpenError::OutOfRange => t.file_out_of_range,
            OpenError::CouldNotRead => t.file_could_not_read,
            OpenError::Damaged => t.file_damaged,
            OpenError::TooMany => t.file_too_many,
            OpenError::RepeatedIds => t.file_repeated_ids,
            OpenError::TooLong => t.file_too_long,
        }
    }
}

fn document(plan: &Plan, saved_on: Option<&str>) -> PlanFile {
    PlanFile {
        format: FORMAT.to_owned(),
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.to_owned(),
        saved_on: saved_on.map(str::to_owned),
        plan: plan.clone(),
    }
}

/// The plan as kept in this browser's storage.
pub fn to_json(plan: &Plan) -> Result<String, serde_json::Error> {
    serde_json::to_string(&document(plan, None))
}

/// The plan as a file the family saves: readable, and dated.
pub fn to_file(plan: &Plan, today: &str) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(&document(plan, Some(today)))
}

/// "sds-plan-sam-2026-11-26.json": the child's name (letters and digits
/// only, so any device accepts it) and the date.
pub fn file_name(plan: &Plan, today: &str) -> String {
    let mut name = String::new();
    for c in plan
        .about
        .child_name
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name: String = name.trim_end_matches('-').chars().take(30).collect();
    let date = file_date(today);
    [
        Some("sds-plan"),
        (!name.is_empty()).then_some(name.as_str()),
        (!date.is_empty()).then_some(date.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("-")
        + ".json"
}

/// Whether a chosen file of `bytes` is worth reading: anything bigger than
/// [`MAX_BYTES`] is not one of ours, and is refused before it is read.
pub fn check_size(bytes: u64) -> Result<(), OpenError> {
    if bytes > MAX_BYTES as u64 {
        Err(OpenError::TooLarge)
    } else {
        Ok(())
    }
}

/// Reads saved text back into a plan, moving older versions forward.
pub fn from_json(text: &str) -> Result<Plan, OpenError> {
    if text.len() > MAX_BYTES {
        return Err(OpenError::TooLarge);
    }
    if text.trim().is_empty() {
        return Err(OpenError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| OpenError::NotJson)?;
    let Value::Object(document) = value else {
        return Err(OpenError::NotAPlan);
    };
    let plan_value = match document.get("format") {
        Some(Value::String(format)) if format == FORMAT => current_plan_value(document)?,
        Some(_) => return Err(OpenError::NotAPlan),
        None if document.contains_key("about") => migrate_v0(document)?,
        None => return Err(OpenError::NotAPlan),
    };
    if has_huge_number(&plan_value) {
        return Err(OpenError::OutOfRange);
    }
    let plan_value = days_into_family(plan_value);
    let plan = Plan::deserialize(&plan_value).map_err(|error| {
        // serde says "invalid value" for a number out of range (-1 or 10^20
        // for a u32), "invalid length" for a list where a section belongs
        // and "invalid type" for a value of the wrong kind.
        let error = error.to_string();
        if error.starts_with("invalid value") {
            OpenError::OutOfRange
        } else if error.starts_with("invalid length") {
            OpenError::Damaged
        } else {
            OpenError::WrongTypes
        }
    })?;
    // Read as a plan, a list where a section belongs would be an empty
    // section: refuse it rather than lose the family's answers.
    checks::check_shape(&plan_value)?;
    checks::check_plan(&plan)?;
    // Every file the app saves, it opens: a plan is only taken if saving
    // it as a file (the longest form, pretty printed) fits the limit too.
    let as_file = to_file(&plan, "0000-00-00").map_err(|_| OpenError::WrongTypes)?;
    if as_file.len() > MAX_BYTES {
        return Err(OpenError::TooLarge);
    }
    Ok(plan)
}

/// A number too big for any whole-number field (JSON readers turn these
/// into floating point, which would otherwise read as a wrong type).
fn has_huge_number(value: &Value) -> bool {
    match value {
        Value::Number(n) => {
            n.as_u64().is_none()
                && n.as_i64().is_none()
                && n.as_f64().is_some_and(|f| f.abs() >= 4_294_967_296.0)
        }
        Value::Array(items) => items.iter().any(has_huge_number),
        Value::Object(fields) => fields.values().any(has_huge_number),
        _ => false,
    }
}

fn current_plan_value(mut document: Map<String, Value>) -> Result<Value, OpenError> {
    let version = document
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(OpenError::NotAPlan)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(OpenError::NewerVersion { found: version });
    }
    document.remove("plan").ok_or(OpenError::NotAPlan)
}

/// Plans from before the family could be named kept one parent's or
/// carer's day and one brother's or sister's day in the story. Each one
/// with anything written becomes an unnamed person in the family, so
/// nothing is lost.
fn days_into_family(mut plan: Value) -> Value {
    let Some(Value::Object(story)) = plan.get_mut("story") else {
        return plan;
    };
    let mut moved = Vec::new();
    for (key, role) in [
        ("parent_day", "parent_or_carer"),
        ("sibling_day", "sibling"),
    ] {
        if let Some(day) = story.remove(key)
            && has_words(&day)
        {
            moved.push((role, day));
        }
    }
    if moved.is_empty() {
        return plan;
    }
    // New ids after any a family list already holds, so nothing is lost.
    let first_id = match story.get("family") {
        Some(Value::Array(family)) => family
            .iter()
            .filter_map(|m| m.get("id").and_then(Value::as_u64))
            .max()
            .map_or(1, |id| id.saturating_add(1)),
        _ => 1,
    };
    let first_id = u32::try_from(first_id).unwrap_or(u32::MAX);
    let mut keys = Vec::new();
    let added: Vec<Value> = moved
        .into_iter()
        .zip(first_id..)
        .map(|((role, day), id)| {
            let old = if role == "sibling" {
                "sibling"
            } else {
                "parent"
            };
            keys.push((format!("bad-day/{old}/"), format!("bad-day/member-{id}/")));
            serde_json::json!({ "id": id, "role": role, "day": day })
        })
        .collect();
    match story.get_mut("family") {
        Some(Value::Array(family)) => family.extend(added),
        // Not a list: left for the checks to refuse as damaged.
        Some(_) => {}
        None => {
            story.insert("family".into(), Value::Array(added));
        }
    }
    // Suggestions added or ignored for them stay added or ignored.
    if let Some(Value::Object(outcomes)) = plan.get_mut("outcomes") {
        let rename = |key: &mut Value| {
            if let Value::String(text) = key
                && let Some((old, new)) = keys.iter().find(|(old, _)| text.starts_with(old))
            {
                *text = text.replacen(old, new, 1);
            }
        };
        if let Some(Value::Array(dismissed)) = outcomes.get_mut("dismissed") {
            dismissed.iter_mut().for_each(rename);
        }
        if let Some(Value::Array(items)) = outcomes.get_mut("items") {
            items
                .iter_mut()
                .filter_map(|item| item.get_mut("suggestion"))
                .for_each(rename);
        }
    }
    plan
}

/// Some text in `value` that is not only spaces.
fn has_words(value: &Value) -> bool {
    match value {
        Value::String(text) => !text.trim().is_empty(),
        Value::Array(items) => items.iter().any(has_words),
        Value::Object(fields) => fields.values().any(has_words),
        _ => false,
    }
}

/// Version 0 kept the age and plan period as numbers at the top. Now both
/// are text as typed, and the period sits with the budget settings.
fn migrate_v0(mut plan: Map<String, Value>) -> Result<Value, OpenError> {
    if let Some(Value::Number(weeks)) = plan.remove("plan_weeks") {
        let settings = serde_json::json!({ "settings": { "plan_weeks": weeks.to_string() } });
        plan.insert("support".into(), settings);
    }
    if let Some(Value::Object(about)) = plan.get_mut("about") {
        match about.get("age") {
            Some(Value::Number(n)) => {
                let typed = n.to_string();
                about.insert("age".into(), Value::String(typed));
            }
            Some(Value::Null) => {
                about.insert("age".into(), Value::String(String::new()));
            }
            _ => {}
        }
    }
    Ok(Value::Object(plan))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::SupportLine;
    use crate::budget::TaxYear;
    use crate::plan::outcomes::Outcome;
    use crate::test_support::plan_about;
    use crate::vocabulary::Filler;
    use serde_json::json;

    /// A name with markup, an emoji and an accent, to show they survive.
    fn sams_plan() -> Plan {
        plan_about("Sam <script>alert(1)</script> 🌈 Seònaid", "9")
    }

    #[test]
    fn a_saved_plan_opens_as_the_same_plan() {
        let plan = sams_plan();
        let text = to_json(&plan).unwrap();
        assert_eq!(from_json(&text), Ok(plan));
    }

    #[test]
    fn the_saved_text_names_its_format_and_versions() {
        let text = to_json(&Plan::default()).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], "sds-explorer-plan");
        assert_eq!(value["schema_version"], 1);
        assert_eq!(value["app_version"], APP_VERSION);
    }

    #[test]
    fn a_version_0_plan_is_moved_forward() {
        let fixture = include_str!("../../tests/fixtures/plan-v0.json");
        let plan = from_json(fixture).unwrap();
        assert_eq!(plan.about.age, "12");
        assert_eq!(plan.about.child_name, "Alex");
        assert_eq!(plan.about.council.as_deref(), Some("fife"));
        assert_eq!(plan.about.filler, Some(Filler::ParentOrCarer));
        assert_eq!(plan.support.settings.plan_weeks, "39");
    }

    #[test]
    fn a_parents_and_a_siblings_day_from_before_names_become_people_in_the_family() {
        let text = r#"{"format":"sds-explorer-plan","schema_version":1,"app_version":"0.1.0","plan":{
            "story":{"parent_day":{"night":{"bad":"Up at 3"}},"sibling_day":{"morning":{"good":" "}},
                     "child_day":{"evening":{"bad":"Shouting"}}},
            "outcomes":{"dismissed":["bad-day/parent/night","bad-day/child/evening"]}}}"#;
        let plan = from_json(text).unwrap();
        let family = &plan.story.family;
        assert_eq!(family.len(), 1, "an empty day is not kept");
        assert_eq!(
            family[0].role,
            crate::plan::story::FamilyRole::ParentOrCarer
        );
        assert_eq!(family[0].name, "");
        assert_eq!(family[0].day.night.bad, "Up at 3");
        assert_eq!(plan.story.child_day.evening.bad, "Shouting");
        assert_eq!(
            plan.outcomes.dismissed,
            vec!["bad-day/member-1/night", "bad-day/child/evening"]
        );
        let again = from_json(&to_json(&plan).unwrap()).unwrap();
        assert_eq!(again, plan);
        // With a family list already there, the old day is added to it.
        let both = r#"{"format":"sds-explorer-plan","schema_version":1,"app_version":"0.1.0","plan":{
            "story":{"family":[{"id":4,"role":"sibling","name":"Jack"}],"parent_day":{"night":{"bad":"Up at 3"}}}}}"#;
        let family = from_json(both).unwrap().story.family;
        let kept: Vec<(u32, &str, &str)> = family
            .iter()
            .map(|m| (m.id.0, m.name.as_str(), m.day.night.bad.as_str()))
            .collect();
        assert_eq!(kept, vec![(4, "Jack", ""), (5, "", "Up at 3")]);
    }

    #[test]
    fn a_plan_from_a_newer_version_is_recognised() {
        let text =
            r#"{"format":"sds-explorer-plan","schema_version":99,"app_version":"9.0.0","plan":{}}"#;
        assert_eq!(from_json(text), Err(OpenError::NewerVersion { found: 99 }));
    }

    #[test]
    fn broken_text_is_not_json() {
        assert_eq!(from_json("{\"format\": \"sds-ex"), Err(OpenError::NotJson));
    }

    #[test]
    fn empty_text_is_empty() {
        assert_eq!(from_json("  \n"), Err(OpenError::Empty));
    }

    #[test]
    fn json_that_is_not_a_plan_is_refused() {
        for text in [
            "[]",
            "42",
            "\"plan\"",
            "{}",
            r#"{"format":"something-else"}"#,
            "null",
        ] {
            assert_eq!(from_json(text), Err(OpenError::NotAPlan), "{text}");
        }
    }

    #[test]
    fn wrong_types_are_refused() {
        let text = r#"{"format":"sds-explorer-plan","schema_version":1,"app_version":"0.1.0","plan":{"about":{"age":7,"child_name":["x"]}}}"#;
        assert_eq!(from_json(text), Err(OpenError::WrongTypes));
    }

    #[test]
    fn numbers_out_of_range_are_refused() {
        for next_id in ["-1", "99999999999999999999", "4294967296"] {
            let text = format!(
                r#"{{"format":"sds-explorer-plan","schema_version":1,"app_version":"0.1.0","plan":{{"outcomes":{{"next_id":{next_id}}}}}}}"#
            );
            assert_eq!(from_json(&text), Err(OpenError::OutOfRange), "{next_id}");
        }
    }

    #[test]
    fn a_saved_file_is_dated_and_opens_as_the_same_plan() {
        let plan = sams_plan();
        let text = to_file(&plan, "2026-11-26").unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["saved_on"], "2026-11-26");
        assert_eq!(from_json(&text), Ok(plan));
    }

    #[test]
    fn a_file_is_named_after_the_child_and_the_day() {
        let mut plan = Plan::default();
        plan.about.child_name = "Sam".into();
        assert_eq!(
            file_name(&plan, "2026-11-26"),
            "sds-plan-sam-2026-11-26.json"
        );
        plan.about.child_name = "  Mary Jane <b>/..\\ ".into();
        assert_eq!(
            file_name(&plan, "2026-11-26"),
            "sds-plan-mary-jane-b-2026-11-26.json"
        );
        plan.about.child_name = "Seònaid 🌈".into();
        assert_eq!(
            file_name(&plan, "2026-11-26"),
            "sds-plan-se-naid-2026-11-26.json"
        );
    }

    #[test]
    fn a_file_with_no_name_is_named_after_the_day() {
        assert_eq!(
            file_name(&Plan::default(), "2026-11-26"),
            "sds-plan-2026-11-26.json"
        );
    }

    #[test]
    fn each_bad_file_fixture_gives_its_own_error() {
        let cases = [
            (
                include_str!("../../tests/fixtures/files/empty.json"),
                OpenError::Empty,
            ),
            (
                include_str!("../../tests/fixtures/files/not-json.json"),
                OpenError::NotJson,
            ),
            (
                include_str!("../../tests/fixtures/files/not-a-plan.json"),
                OpenError::NotAPlan,
            ),
            (
                include_str!("../../tests/fixtures/files/newer-version.json"),
                OpenError::NewerVersion { found: 9 },
            ),
            (
                include_str!("../../tests/fixtures/files/wrong-types.json"),
                OpenError::WrongTypes,
            ),
            (
                include_str!("../../tests/fixtures/files/repeated-ids.json"),
                OpenError::RepeatedIds,
            ),
            (
                include_str!("../../tests/fixtures/files/ids-at-the-top.json"),
                OpenError::OutOfRange,
            ),
            (
                include_str!("../../tests/fixtures/files/damaged-section.json"),
                OpenError::Damaged,
            ),
            (
                include_str!("../../tests/fixtures/files/out-of-range.json"),
                OpenError::OutOfRange,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(from_json(text), Err(expected));
        }
    }

    #[test]
    fn markup_in_a_file_is_kept_as_plain_text() {
        let plan = from_json(include_str!("../../tests/fixtures/files/markup.json")).unwrap();
        assert_eq!(
            plan.about.child_name,
            "<script>alert(\"hi\")</script><img src=x onerror=alert(1)>"
        );
    }

    #[test]
    fn every_open_error_has_its_own_message() {
        let errors = [
            OpenError::Empty,
            OpenError::TooLarge,
            OpenError::NotJson,
            OpenError::NotAPlan,
            OpenError::NewerVersion { found: 2 },
            OpenError::WrongTypes,
            OpenError::OutOfRange,
            OpenError::CouldNotRead,
            OpenError::Damaged,
            OpenError::TooMany,
            OpenError::RepeatedIds,
            OpenError::TooLong,
        ];
        let mut messages: Vec<&str> = errors.iter().map(|e| e.message(&crate::text::EN)).collect();
        messages.sort_unstable();
        messages.dedup();
        assert_eq!(messages.len(), errors.len());
    }

    #[test]
    fn a_file_over_5_mb_is_refused_before_it_is_read() {
        assert_eq!(check_size(MAX_BYTES as u64), Ok(()));
        assert_eq!(check_size(MAX_BYTES as u64 + 1), Err(OpenError::TooLarge));
        assert_eq!(check_size(0), Ok(()));
    }

    #[test]
    fn text_over_5_mb_is_too_large() {
        let text = format!("\"{}\"", "a".repeat(MAX_BYTES));
        assert_eq!(from_json(&text), Err(OpenError::TooLarge));
    }

    #[test]
    fn a_file_naming_option_4_for_one_idea_or_as_a_choice_is_refused() {
        use crate::vocabulary::SdsOption;
        let mut plan = sams_plan();
        plan.support
            .lines
            .push(crate::budget::SupportLine::personal_assistant(
                crate::vocabulary::LineId(1),
                "10",
                "13.45",
                "",
            ));
        let good = to_json(&plan).unwrap();
        assert_eq!(from_json(&good).unwrap(), plan);
        let line = good.replacen("\"option\":\"option1\"", "\"option\":\"option4\"", 1);
        assert_ne!(line, good);
        assert_eq!(from_json(&line), Err(OpenError::Damaged));
        plan.options.considering = vec![SdsOption::Option1, SdsOption::Option4];
        assert_eq!(from_json(&to_json(&plan).unwrap()), Err(OpenError::Damaged));
    }

    /// The plan's file text with `change` made to its JSON first.
    fn edited(plan: &Plan, change: impl FnOnce(&mut Value)) -> String {
        let mut value = serde_json::to_value(document(plan, None)).unwrap();
        change(&mut value["plan"]);
        value.to_string()
    }

    #[test]
    fn a_section_that_is_a_list_is_damaged_and_not_read_as_empty() {
        let plan = crate::test_support::plan_with_every_list();
        for (section, empty) in [
            ("outcomes", json!([])),
            ("story", json!([])),
            ("support", json!([])),
        ] {
            let text = edited(&plan, |p| p[section] = empty);
            assert_eq!(from_json(&text), Err(OpenError::Damaged), "{section}");
        }
        let whole = edited(&plan, |p| *p = json!([]));
        assert_eq!(from_json(&whole), Err(OpenError::Damaged));
        let line = edited(&plan, |p| p["support"]["lines"] = json!([[]]));
        assert_eq!(from_json(&line), Err(OpenError::Damaged));
    }

    #[test]
    fn a_text_longer_than_any_box_keeps_is_refused() {
        use crate::plan::checks::MAX_ANSWER_KEPT;
        let plan = crate::test_support::plan_with_every_list();
        let kept = edited(&plan, |p| {
            p["about"]["child_name"] = json!("x".repeat(MAX_ANSWER_KEPT))
        });
        assert!(from_json(&kept).is_ok());
        let long = edited(&plan, |p| {
            p["about"]["child_name"] = json!("x".repeat(MAX_ANSWER_KEPT + 1))
        });
        assert_eq!(from_json(&long), Err(OpenError::TooLong));
    }

    #[test]
    fn repeated_ids_are_refused() {
        let mut plan = crate::test_support::plan_with_every_list();
        let mut twin = plan.support.lines[0].clone();
        twin.name = "Swimming club".into();
        plan.support.lines.push(twin);
        assert_eq!(
            from_json(&to_json(&plan).unwrap()),
            Err(OpenError::RepeatedIds)
        );
        let mut plan = crate::test_support::plan_with_every_list();
        let twin = plan.outcomes.items[0].clone();
        plan.outcomes.items.push(twin);
        assert_eq!(
            from_json(&to_json(&plan).unwrap()),
            Err(OpenError::RepeatedIds)
        );
    }

    #[test]
    fn ids_at_the_top_of_the_range_are_refused() {
        use crate::plan::checks::MAX_ID;
        use crate::vocabulary::{LineId, OutcomeId};
        let mut plan = crate::test_support::plan_with_every_list();
        plan.support.lines[0].id = LineId(u32::MAX);
        assert_eq!(
            from_json(&to_json(&plan).unwrap()),
            Err(OpenError::OutOfRange)
        );
        plan.support.lines[0].id = LineId(MAX_ID);
        assert!(from_json(&to_json(&plan).unwrap()).is_ok());
        plan.outcomes.items[0].id = OutcomeId(0);
        assert_eq!(
            from_json(&to_json(&plan).unwrap()),
            Err(OpenError::OutOfRange)
        );
        let mut plan = crate::test_support::plan_with_every_list();
        plan.outcomes.next_id = u32::MAX;
        assert_eq!(
            from_json(&to_json(&plan).unwrap()),
            Err(OpenError::OutOfRange)
        );
    }

    #[test]
    fn more_than_a_plan_can_hold_is_refused() {
        use crate::plan::checks::{MAX_LINES, MAX_OUTCOMES};
        use crate::vocabulary::{LineId, OutcomeId};
        let mut plan = crate::test_support::plan_with_every_list();
        let line = plan.support.lines[0].clone();
        plan.support.lines = (1..=MAX_LINES as u32)
            .map(|n| SupportLine {
                id: LineId(n),
                ..line.clone()
            })
            .collect();
        assert!(from_json(&to_json(&plan).unwrap()).is_ok());
        plan.support.lines.push(SupportLine {
            id: LineId(MAX_LINES as u32 + 1),
            ..line
        });
        assert_eq!(from_json(&to_json(&plan).unwrap()), Err(OpenError::TooMany));
        let mut plan = crate::test_support::plan_with_every_list();
        let outcome = plan.outcomes.items[0].clone();
        plan.outcomes.items = (1..=MAX_OUTCOMES as u32 + 1)
            .map(|n| Outcome {
                id: OutcomeId(n),
                ..outcome.clone()
            })
            .collect();
        plan.outcomes.next_id = MAX_OUTCOMES as u32 + 2;
        assert_eq!(from_json(&to_json(&plan).unwrap()), Err(OpenError::TooMany));
        let long_list = edited(&crate::test_support::plan_with_every_list(), |p| {
            p["outcomes"]["dismissed"] = json!(vec!["x"; 10_000]);
        });
        assert_eq!(from_json(&long_list), Err(OpenError::TooMany));
    }

    #[test]
    fn missing_sections_take_their_defaults() {
        let text = r#"{"format":"sds-explorer-plan","schema_version":1,"app_version":"0.1.0","plan":{"about":{"age":"4"}}}"#;
        let plan = from_json(text).unwrap();
        assert_eq!(plan.about.age, "4");
        assert_eq!(plan.support.settings.plan_weeks, "52");
        assert_eq!(plan.support.settings.tax_year, TaxYear::Y2026_27);
    }
}
