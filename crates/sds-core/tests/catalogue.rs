//! The catalogue test: every language file in `text/` has every key English
//! has and no other, of the same kind, and no placeholder English lacks; and
//! English's `args` match its placeholders. The build runs the same checks
//! (`build/catalogue.rs`); the fixtures here show each one catching its
//! mistake.

// Helpers here read fixture files the test ships: a failure should stop
// the test with the reason, which is what unwrap and panic do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../build/catalogue.rs"]
#[allow(dead_code)]
mod catalogue;

use std::fs;
use std::path::{Path, PathBuf};

use catalogue::{Group, Problem};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/catalogue")
        .join(name)
}

fn load(path: &Path) -> toml::Table {
    let source = fs::read_to_string(path).unwrap();
    catalogue::parse(&path.display().to_string(), &source).unwrap()
}

fn english(path: &Path) -> Group {
    catalogue::english_shape("en.toml", &load(path))
        .unwrap_or_else(|problems| panic!("{}", list(&problems)))
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("\n{p}")).collect()
}

/// The problems of a fixture language, as (key, start of the reason).
fn problems_of(name: &str) -> Vec<(String, String)> {
    let shape = english(&fixture("en.toml"));
    catalogue::check(name, &shape, &load(&fixture(name)))
        .into_iter()
        .map(|p| (p.key, p.reason))
        .collect()
}

fn has(problems: &[(String, String)], key: &str, reason: &str) -> bool {
    problems
        .iter()
        .any(|(k, r)| k == key && r.starts_with(reason))
}

#[test]
fn every_language_has_exactly_the_keys_english_has() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("text");
    // English itself is checked as its shape is read.
    let shape = english(&dir.join("en.toml"));
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") && !path.ends_with("en.toml") {
            let name = path.display().to_string();
            let problems = catalogue::check(&name, &shape, &load(&path));
            assert!(problems.is_empty(), "{}", list(&problems));
        }
    }
}

#[test]
fn a_complete_language_passes() {
    assert_eq!(problems_of("good.toml"), []);
}

#[test]
fn a_missing_key_fails() {
    let problems = problems_of("missing_key.toml");
    assert!(has(&problems, "greeting", "missing"), "{problems:?}");
    assert!(
        has(&problems, "support.kinds[1].heading", "missing"),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn an_unknown_key_fails() {
    let problems = problems_of("unknown_key.toml");
    assert!(has(&problems, "farewell", "unknown key"), "{problems:?}");
    assert!(
        has(&problems, "support.nights", "unknown key"),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn a_placeholder_english_does_not_have_fails() {
    let problems = problems_of("bad_placeholder.toml");
    assert!(has(&problems, "progress", "has {count}"), "{problems:?}");
    assert!(has(&problems, "greeting", "has {name}"), "{problems:?}");
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn a_list_of_one_for_each_keeps_its_length_and_kinds_match() {
    let problems = problems_of("wrong_length.toml");
    assert!(
        has(&problems, "support.days", "has 2 items"),
        "{problems:?}"
    );
    assert!(
        has(&problems, "greeting", "must be a string"),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn english_args_must_match_its_placeholders() {
    let problems: Vec<(String, String)> =
        catalogue::english_shape("en_bad_args.toml", &load(&fixture("en_bad_args.toml")))
            .unwrap_err()
            .into_iter()
            .map(|p| (p.key, p.reason))
            .collect();
    assert!(has(&problems, "progress", "args"), "{problems:?}");
    assert!(
        has(&problems, "twice", "args names a placeholder twice"),
        "{problems:?}"
    );
    assert!(has(&problems, "plain", "has placeholders"), "{problems:?}");
    assert!(
        has(&problems, "open", "has a { without a }"),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 4, "{problems:?}");
}

#[test]
fn placeholders_are_read_in_order() {
    assert_eq!(catalogue::placeholders("{b} and {a}"), Ok(vec!["b", "a"]));
    assert_eq!(catalogue::placeholders("none"), Ok(vec![]));
    assert!(catalogue::placeholders("a } b").is_err());
    assert!(catalogue::placeholders("{Name}").is_err());
    assert!(catalogue::placeholders("{type}").is_err());
}
