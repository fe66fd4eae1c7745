//! The core is layered, and imports run one way only: down. This test reads
//! every source file's paths into the crate (`use crate::…` lines and
//! `crate::…` paths in the code) and fails on any edge that runs up, naming
//! the file, the line and the layers. Test code (from `#[cfg(test)]` on, and
//! `tests.rs` files) may drive the app from above, so it is not read.
//!
//! The layers, bottom first (docs/architecture.md):
//! vocabulary → text → budget → council → plan → the steps, in the order the
//! family's information flows (about → growing up → story → outcomes → support ideas →
//! options → costs → summary) → app.

use std::fs;
use std::path::{Path, PathBuf};

/// Layers by their path inside the crate, bottom first. A module may import
/// its own layer and any layer below it.
const LAYERS: &[&str] = &[
    "vocabulary",
    "text",
    "budget",
    "council",
    "plan",
    "steps",
    "steps::about",
    "steps::growing_up",
    "steps::story",
    "steps::outcomes",
    "steps::support",
    "steps::options",
    "steps::costs",
    "steps::summary",
    "app",
];

/// The layer a module path (`steps::story::page`, `budget`) belongs to.
fn layer_of(path: &str) -> Option<usize> {
    LAYERS
        .iter()
        .enumerate()
        .filter(|(_, layer)| path == **layer || path.starts_with(&format!("{layer}::")))
        .map(|(rank, _)| rank)
        .max_by_key(|rank| LAYERS.get(*rank).map_or(0, |l| l.len()))
}

/// `src/steps/story.rs` → `steps::story`; `src/budget/mod.rs` → `budget`.
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The code a module ships, comments dropped: up to its first `#[cfg(test)]`
/// item, leaving out a `#[cfg(test)] mod tests;` declaration on the way.
fn shipped_code(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut code = Vec::new();
    let mut n = 0;
    while let Some(line) = lines.get(n) {
        if line.trim_start().starts_with("#[cfg(test)]") {
            let next = lines.get(n + 1).map_or("", |l| l.trim());
            if next.starts_with("mod ") && next.ends_with(';') {
                n += 2;
                continue;
            }
            break;
        }
        code.push((n + 1, line.split("//").next().unwrap_or("").to_owned()));
        n += 1;
    }
    code
}

/// Expands a path tree that follows `crate::`, such as
/// `steps::{options, story::DayPart}` or `budget::SdsOption`, into the
/// module paths it names (as deep as two segments, enough for the layers).
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let mut paths = Vec::new();
    expand_into("", &tree, &mut paths);
    paths
}

fn expand_into(prefix: &str, tree: &str, paths: &mut Vec<String>) {
    if let Some(open) = tree.find('{') {
        let head = tree[..open].trim_end_matches("::");
        let prefix = join(prefix, head);
        let inner = &tree[open + 1..matching_brace(tree, open)];
        for branch in split_top_level(inner) {
            expand_into(&prefix, branch, paths);
        }
    } else {
        let path: String = tree
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let path = join(prefix, path.trim_end_matches(':'));
        if !path.is_empty() {
            paths.push(path);
        }
    }
}

fn join(prefix: &str, rest: &str) -> String {
    match (prefix.is_empty(), rest.is_empty() || rest == "self") {
        (true, _) => rest.to_owned(),
        (false, true) => prefix.to_owned(),
        (false, false) => format!("{prefix}::{rest}"),
    }
}

fn matching_brace(text: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    text.len()
}

fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Every path into the crate that a file's shipped code names, with its line.
fn imports(text: &str) -> Vec<(usize, String)> {
    let lines = shipped_code(text);
    let mut found = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (number, line) in lines {
        if let Some((start, mut statement)) = pending.take() {
            statement.push_str(&line);
            if line.contains(';') {
                found.extend(paths_in(&statement).into_iter().map(|p| (start, p)));
            } else {
                pending = Some((start, statement));
            }
            continue;
        }
        let trimmed = line.trim_start();
        let is_use = trimmed.starts_with("use crate::") || trimmed.starts_with("pub use crate::");
        if is_use && !line.contains(';') {
            pending = Some((number, line.clone()));
        } else {
            found.extend(paths_in(&line).into_iter().map(|p| (number, p)));
        }
    }
    found
}

fn paths_in(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .flat_map(|(i, _)| {
            let rest = &code[i + "crate::".len()..];
            let end = if rest.starts_with('{') || rest.contains("::{") && rest.contains('}') {
                rest.rfind('}').map_or(rest.len(), |e| e + 1)
            } else {
                rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(rest.len())
            };
            expand(&rest[..end])
        })
        .collect()
}

/// Every upward edge in the crate at `src`, as readable lines.
fn upward_edges(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for file in files {
        if file
            .file_name()
            .is_some_and(|n| n == "tests.rs" || n == "test_support.rs" || n == "lib.rs")
        {
            continue;
        }
        let module = module_of(src, &file);
        let Some(own) = layer_of(&module) else {
            problems.push(format!("{}: not in any layer", file.display()));
            continue;
        };
        let text = fs::read_to_string(&file).unwrap_or_default();
        for (line, path) in imports(&text) {
            match layer_of(&path) {
                Some(target) if target > own => problems.push(format!(
                    "{}:{line}: {} imports {path}, a layer above it ({} > {})",
                    file.display(),
                    module,
                    LAYERS.get(target).unwrap_or(&"?"),
                    LAYERS.get(own).unwrap_or(&"?"),
                )),
                Some(_) => {}
                None => problems.push(format!(
                    "{}:{line}: {path} is not in any layer",
                    file.display()
                )),
            }
        }
    }
    problems
}

#[test]
fn every_import_in_the_core_runs_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let problems = upward_edges(&src);
    assert!(
        problems.is_empty(),
        "imports that run up the layers:\n{}",
        problems.join("\n")
    );
}

#[test]
fn an_upward_import_is_caught() {
    let dir = std::env::temp_dir().join(format!("sds-layering-{}", std::process::id()));
    let budget = dir.join("budget");
    fs::create_dir_all(&budget).unwrap();
    fs::write(
        budget.join("mod.rs"),
        "use crate::vocabulary::SdsOption;\nuse crate::steps::{about, story::OurStory};\n\
         #[cfg(test)]\nmod tests;\nfn f() { crate::app::model::apply(); }\n#[cfg(test)]\nmod more { use crate::app::Model; }\n",
    )
    .unwrap();
    let problems = upward_edges(&dir);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].contains("imports steps::about"));
    assert!(problems[1].contains("imports steps::story::OurStory"));
    assert!(problems[2].contains("imports app::model::apply"));
}

#[test]
fn use_trees_expand_to_each_path_they_name() {
    assert_eq!(
        expand("steps::{options, story::{DayPart, Person}, self}"),
        [
            "steps::options",
            "steps::story::DayPart",
            "steps::story::Person",
            "steps"
        ]
    );
    assert_eq!(expand("budget::SdsOption"), ["budget::SdsOption"]);
    assert_eq!(layer_of("steps::story::DayPart"), Some(8));
    assert_eq!(layer_of("steps::support"), Some(10));
    assert_eq!(layer_of("app::model::apply"), Some(14));
}
