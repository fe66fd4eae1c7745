//! The shape of the text catalogue, read from English (`text/en.toml`), and
//! the checks every other language must pass. Shared by the build script,
//! which generates the Rust catalogue from the files, and by the catalogue
//! test (`tests/catalogue.rs`), which proves the checks on small fixtures.
//!
//! A value's kind comes from its English value:
//! - a string is a sentence (`&'static str`);
//! - `{ args = [...], text = "..." }` is a sentence with `{placeholders}`,
//!   and `args` is the order the code passes them in (a method);
//! - an array of strings is paragraphs or items;
//! - a table is a group of named parts, and an array of tables a list of
//!   groups of one shape.
//!
//! Other languages give the same keys, with plain strings for sentences with
//! placeholders. Nothing here panics: every problem is a `Problem` naming the
//! file, the key and the reason.

use std::collections::BTreeSet;
use std::fmt;

use toml::{Table, Value};

/// The Rust type of a table, where it is not its key in CamelCase followed
/// by `Text` (`[story]` is `StoryText`). Tables that share a type must have
/// the same shape in English.
const TYPE_NAMES: &[(&str, &str)] = &[
    ("", "Text"),
    ("privacy_sections", "PrivacySection"),
    ("options.option_1", "OptionFactsText"),
    ("options.option_2", "OptionFactsText"),
    ("options.option_3", "OptionFactsText"),
    ("options.option_4", "OptionFactsText"),
    ("options.duties", "Point"),
    ("options.concerns", "Point"),
    ("options.rules", "Point"),
    ("options.myths", "Point"),
    ("support.kinds", "KindText"),
    ("support.components", "ComponentText"),
    ("summary.story_keys", "StoryKeys"),
    ("growing_up.start_planning", "TransitionStepText"),
    ("growing_up.transition_meeting", "TransitionStepText"),
    ("growing_up.decisions_at_16", "TransitionStepText"),
    ("growing_up.see_a_solicitor", "TransitionStepText"),
    ("growing_up.apply_for_guardianship", "TransitionStepText"),
    ("growing_up.power_of_attorney", "TransitionStepText"),
    ("growing_up.own_choice_at_16", "TransitionStepText"),
    ("growing_up.adult_disability_payment", "TransitionStepText"),
    ("growing_up.adult_services", "TransitionStepText"),
    ("growing_up.what_changes_at_18", "TransitionStepText"),
    ("growing_up.planning_to_25", "TransitionStepText"),
];

/// Lists with one item for each value of something in the code (an enum):
/// every language has exactly English's number of items, and the Rust field
/// is an array of that length. Other lists may be longer or shorter.
const FIXED_LENGTH: &[&str] = &[
    "locale.months",
    "support.option_names",
    "support.option_hints",
    "support.kinds",
    "support.components",
    "support.sources",
    "support.days",
    "support.days_short",
    "support.parts",
    "story.part_in_question",
    "story.part_short",
];

/// Tables of sentences the code picks between by a key it works out (which
/// reason fits an answer): the Rust type holds them in an array, read with
/// `get` and a generated enum of the keys, named here.
const KEYED: &[(&str, &str)] = &[("options.reasons", "Reason")];

/// Top-level tables checked like the rest but not compiled into the app:
/// the words of the static pages, which `tests/page_text.rs` checks.
pub const NOT_COMPILED: &[&str] = &["page"];

/// What kind of value a key holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A sentence with no placeholders.
    Text,
    /// A sentence with placeholders, in the order the code passes them.
    Template(Vec<String>),
    /// Paragraphs or items; `Some(n)` when every language has exactly `n`.
    List(Option<usize>),
    /// A group of named parts.
    Table(Group),
    /// A list of groups of one shape; `Some(n)` as for `List`.
    Tables(Group, Option<usize>),
}

/// A table's Rust type and its keys, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub type_name: String,
    pub fields: Vec<(String, Shape)>,
    /// For a keyed table (see `KEYED`), the name of its enum of keys.
    pub keyed: Option<String>,
}

/// One thing wrong with a catalogue file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub key: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = if self.key.is_empty() {
            "(top level)"
        } else {
            &self.key
        };
        write!(f, "{}: {}: {}", self.file, key, self.reason)
    }
}

fn problem(file: &str, key: &str, reason: impl Into<String>) -> Problem {
    Problem {
        file: file.to_owned(),
        key: key.to_owned(),
        reason: reason.into(),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Reads a catalogue file.
pub fn parse(file: &str, source: &str) -> Result<Table, Problem> {
    source
        .parse::<Table>()
        .map_err(|e| problem(file, "", format!("not valid TOML: {e}")))
}

/// The names of the `{placeholders}` in a sentence, in order. A brace that
/// does not open or close a placeholder is a mistake.
pub fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('{', None) => open = Some(i + 1),
            ('{', Some(_)) => return Err("has a { inside a placeholder".to_owned()),
            ('}', None) => return Err("has a } without a {".to_owned()),
            ('}', Some(start)) => {
                let name = text.get(start..i).unwrap_or_default();
                if !is_name(name) {
                    return Err(format!(
                        "has {{{name}}}: a placeholder is a name in lower case, like {{name}}"
                    ));
                }
                names.push(name);
                open = None;
            }
            _ => {}
        }
    }
    match open {
        Some(_) => Err("has a { without a }".to_owned()),
        None => Ok(names),
    }
}

/// A placeholder name is also a Rust argument name.
fn is_name(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true",
        "type", "unsafe", "use", "where", "while", "gen", "try", "yield",
    ];
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !KEYWORDS.contains(&name)
}

pub fn camel(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn type_name(path: &str) -> String {
    TYPE_NAMES.iter().find(|(p, _)| *p == path).map_or_else(
        || camel(path.rsplit('.').next().unwrap_or(path)) + "Text",
        |(_, name)| (*name).to_owned(),
    )
}

fn fixed(path: &str, len: usize) -> Option<usize> {
    FIXED_LENGTH.contains(&path).then_some(len)
}

/// English's `{ args = [...], text = "..." }`, if this is one.
fn template_parts(value: &Value) -> Option<(&Value, &Value)> {
    let table = value.as_table()?;
    if table.len() == 2 {
        Some((table.get("args")?, table.get("text")?))
    } else {
        None
    }
}

/// The sentence of a value: the string, or English's `text`.
pub fn sentence(value: &Value) -> Option<&str> {
    value
        .as_str()
        .or_else(|| template_parts(value).and_then(|(_, text)| text.as_str()))
}

/// Works out every key's shape from English, checking English as it goes:
/// each `args` names each placeholder of its text once, and nothing else.
pub fn english_shape(file: &str, english: &Table) -> Result<Group, Vec<Problem>> {
    let mut problems = Vec::new();
    let group = group_shape(file, "", english, &mut problems);
    let mut types: Vec<(&str, &Group)> = Vec::new();
    collect_types(&group, &mut types);
    for (i, (name, shape)) in types.iter().enumerate() {
        let first = types.iter().take(i).find(|(other, _)| other == name);
        if let Some((_, first)) = first
            && first != shape
        {
            problems.push(problem(
                file,
                "",
                format!("the tables of type {name} do not all have the same keys"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(group)
    } else {
        Err(problems)
    }
}

fn collect_types<'a>(group: &'a Group, out: &mut Vec<(&'a str, &'a Group)>) {
    out.push((&group.type_name, group));
    for (_, shape) in &group.fields {
        if let Shape::Table(inner) | Shape::Tables(inner, _) = shape {
            collect_types(inner, out);
        }
    }
}

fn group_shape(file: &str, path: &str, table: &Table, problems: &mut Vec<Problem>) -> Group {
    let fields: Vec<(String, Shape)> = table
        .iter()
        .filter_map(|(key, value)| {
            let full = join(path, key);
            if !is_name(key) {
                problems.push(problem(
                    file,
                    &full,
                    "a key is a name in lower case, with _ between words",
                ));
                return None;
            }
            value_shape(file, &full, value, problems).map(|shape| (key.clone(), shape))
        })
        .collect();
    let keyed = KEYED
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, name)| (*name).to_owned());
    if keyed.is_some()
        && fields
            .iter()
            .any(|(_, shape): &(String, Shape)| *shape != Shape::Text)
    {
        problems.push(problem(
            file,
            path,
            "every value here must be a sentence with no placeholders",
        ));
    }
    Group {
        type_name: type_name(path),
        fields,
        keyed,
    }
}

fn value_shape(
    file: &str,
    path: &str,
    value: &Value,
    problems: &mut Vec<Problem>,
) -> Option<Shape> {
    let fail = |problems: &mut Vec<Problem>, reason: String| {
        problems.push(problem(file, path, reason));
        None
    };
    if let Some((args, text)) = template_parts(value) {
        let Some(text) = text.as_str() else {
            return fail(problems, "text must be a string".to_owned());
        };
        let Some(args) = args
            .as_array()
            .and_then(|a| a.iter().map(Value::as_str).collect::<Option<Vec<_>>>())
        else {
            return fail(
                problems,
                "args must be a list of placeholder names".to_owned(),
            );
        };
        let used = match placeholders(text) {
            Ok(used) => used,
            Err(reason) => return fail(problems, reason),
        };
        let used: BTreeSet<&str> = used.into_iter().collect();
        let listed: BTreeSet<&str> = args.iter().copied().collect();
        if listed.len() != args.len() {
            return fail(problems, "args names a placeholder twice".to_owned());
        }
        if args.len() > 10 {
            return fail(
                problems,
                "a sentence can have at most 10 placeholders".to_owned(),
            );
        }
        if used != listed {
            return fail(
                problems,
                format!("args {args:?} do not match the placeholders of its text {used:?}"),
            );
        }
        return Some(Shape::Template(
            args.into_iter().map(str::to_owned).collect(),
        ));
    }
    match value {
        Value::String(text) => match placeholders(text) {
            Ok(names) if names.is_empty() => Some(Shape::Text),
            Ok(_) => fail(
                problems,
                "has placeholders: write it as { args = [...], text = \"...\" }".to_owned(),
            ),
            Err(reason) => fail(problems, reason),
        },
        Value::Table(table) => Some(Shape::Table(group_shape(file, path, table, problems))),
        Value::Array(items) if items.iter().all(Value::is_str) && !items.is_empty() => {
            for item in items {
                if let Some(Err(reason)) = item.as_str().map(placeholders) {
                    problems.push(problem(file, path, reason));
                }
            }
            Some(Shape::List(fixed(path, items.len())))
        }
        Value::Array(items) if items.iter().all(Value::is_table) && !items.is_empty() => {
            let mut groups = items
                .iter()
                .filter_map(Value::as_table)
                .map(|t| group_shape(file, path, t, problems));
            let first = groups.next()?;
            if groups.any(|g| g != first) {
                return fail(
                    problems,
                    "the tables in this list do not all have the same keys".to_owned(),
                );
            }
            Some(Shape::Tables(first, fixed(path, items.len())))
        }
        _ => fail(
            problems,
            "must be a string, a list of strings, a table or a list of tables".to_owned(),
        ),
    }
}

/// Checks a language against English's shape: every key English has, no
/// other, each of the same kind, no placeholder English lacks, and lists of
/// fixed length kept at that length.
pub fn check(file: &str, english: &Group, language: &Table) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_group(file, "", english, language, &mut problems);
    problems
}

fn check_group(file: &str, path: &str, group: &Group, table: &Table, out: &mut Vec<Problem>) {
    for (key, shape) in &group.fields {
        let full = join(path, key);
        match table.get(key) {
            None => out.push(problem(file, &full, "missing: English has this key")),
            Some(value) => check_value(file, &full, shape, value, out),
        }
    }
    for key in table.keys() {
        if !group.fields.iter().any(|(k, _)| k == key) {
            out.push(problem(
                file,
                &join(path, key),
                "unknown key: English does not have it",
            ));
        }
    }
}

fn check_value(file: &str, path: &str, shape: &Shape, value: &Value, out: &mut Vec<Problem>) {
    let mut fail = |reason: String| out.push(problem(file, path, reason));
    match shape {
        Shape::Text | Shape::Template(_) => {
            let Some(text) = value.as_str() else {
                return fail("must be a string".to_owned());
            };
            let allowed: &[String] = match shape {
                Shape::Template(args) => args,
                _ => &[],
            };
            match placeholders(text) {
                Err(reason) => fail(reason),
                Ok(names) => {
                    for name in names {
                        if !allowed.iter().any(|a| a == name) {
                            fail(format!(
                                "has {{{name}}}, a placeholder English does not have"
                            ));
                        }
                    }
                }
            }
        }
        Shape::List(length) => {
            let Some(items) = value
                .as_array()
                .and_then(|a| a.iter().map(Value::as_str).collect::<Option<Vec<_>>>())
            else {
                return fail("must be a list of strings".to_owned());
            };
            check_length(*length, items.len(), &mut fail);
            for item in items {
                match placeholders(item) {
                    Ok(names) if names.is_empty() => {}
                    Ok(_) => fail("has a placeholder English does not have".to_owned()),
                    Err(reason) => fail(reason),
                }
            }
        }
        Shape::Table(group) => match value.as_table() {
            Some(table) => check_group(file, path, group, table, out),
            None => fail("must be a table".to_owned()),
        },
        Shape::Tables(group, length) => {
            let Some(tables) = value
                .as_array()
                .and_then(|a| a.iter().map(Value::as_table).collect::<Option<Vec<_>>>())
            else {
                return fail("must be a list of tables".to_owned());
            };
            check_length(*length, tables.len(), &mut fail);
            for (n, table) in tables.into_iter().enumerate() {
                check_group(file, &format!("{path}[{n}]"), group, table, out);
            }
        }
    }
}

fn check_length(length: Option<usize>, actual: usize, fail: &mut impl FnMut(String)) {
    match length {
        Some(n) if n != actual => fail(format!(
            "has {actual} items: it needs {n}, one for each, as in English"
        )),
        None if actual == 0 => fail("is empty".to_owned()),
        _ => {}
    }
}
