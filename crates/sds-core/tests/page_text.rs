//! The pages' own words come from the catalogue too. What `www/index.html`
//! and `www/frame.html` show before the app arrives (or without JavaScript),
//! and the loading line of `www/embed.js`, are marked with the catalogue key
//! they come from: `data-text="page.loading"` on an element,
//! `// text: page.loading` after a JavaScript string. This test fails when a marked text differs
//! from English's, when a page shows a text with no key, or when a page's
//! `lang` is not English's. To copy the catalogue's words into the pages:
//!
//!     SDS_WRITE_PAGE_TEXT=1 cargo test -p sds-core --test page_text

// Helpers here read the pages the test checks: a failure should stop the
// test with the reason, which is what unwrap and panic do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

const PAGES: &[&str] = &["www/index.html", "www/frame.html"];
const SCRIPTS: &[&str] = &["www/embed.js"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn english() -> toml::Table {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("text/en.toml");
    fs::read_to_string(path).unwrap().parse().unwrap()
}

/// The sentence at a key path: `hub_title`, `page.loading`.
fn text_of(english: &toml::Table, key: &str) -> String {
    let mut parts = key.split('.');
    let first = parts.next().and_then(|k| english.get(k));
    parts
        .try_fold(first, |value, part| Some(value?.get(part)))
        .flatten()
        .and_then(toml::Value::as_str)
        .unwrap_or_else(|| panic!("the catalogue has no sentence {key:?}"))
        .to_owned()
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Each `data-text` element's text replaced by the catalogue's, and each
/// stretch of text in the page with no key (to be none).
fn html_from_catalogue(page: &str, english: &toml::Table) -> (String, Vec<String>) {
    let lang = text_of(english, "lang");
    let mut out = String::new();
    let mut unmarked = Vec::new();
    for (n, chunk) in page.split('<').enumerate() {
        if n > 0 {
            out.push('<');
        }
        let Some((tag, text)) = chunk.split_once('>') else {
            out.push_str(chunk);
            continue;
        };
        let key = tag
            .split_once("data-text=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(key, _)| key);
        let tag = if tag.starts_with("html ") {
            format!("html lang=\"{lang}\"")
        } else {
            tag.to_owned()
        };
        out.push_str(&tag);
        out.push('>');
        match key {
            Some(key) => out.push_str(&escape_html(&text_of(english, key))),
            None => {
                if !text.trim().is_empty() {
                    unmarked.push(text.trim().to_owned());
                }
                out.push_str(text);
            }
        }
    }
    (out, unmarked)
}

/// Each string marked `// text: key` replaced by the catalogue's.
fn script_from_catalogue(script: &str, english: &toml::Table) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in script.split('\n') {
        let key = line.split_once("// text: ").map(|(_, key)| key.trim());
        let rewritten = key.and_then(|key| {
            let (before, rest) = line.split_once('\'')?;
            let (_, after) = rest.split_once('\'')?;
            let text = text_of(english, key)
                .replace('\\', "\\\\")
                .replace('\'', "\\'");
            Some(format!("{before}'{text}'{after}"))
        });
        out.push(rewritten.unwrap_or_else(|| line.to_owned()));
    }
    out.join("\n")
}

#[test]
fn the_pages_say_what_the_catalogue_says() {
    let english = english();
    let write = std::env::var_os("SDS_WRITE_PAGE_TEXT").is_some();
    let mut wrong = Vec::new();
    let files = PAGES.iter().chain(SCRIPTS);
    for name in files {
        let path = root().join(name);
        let now = fs::read_to_string(&path).unwrap();
        let (wanted, unmarked) = if PAGES.contains(name) {
            html_from_catalogue(&now, &english)
        } else {
            (script_from_catalogue(&now, &english), Vec::new())
        };
        assert_eq!(
            unmarked,
            Vec::<String>::new(),
            "{name}: text with no catalogue key"
        );
        if wanted != now {
            if write {
                fs::write(&path, &wanted).unwrap();
            } else {
                wrong.push(*name);
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{wrong:?} differ from text/en.toml: run SDS_WRITE_PAGE_TEXT=1 cargo test -p sds-core --test page_text"
    );
}

#[test]
fn the_marked_texts_are_found() {
    let english = english();
    let page = "<p data-text=\"page.loading\">Old words</p>\n<p>Unmarked</p>";
    let (html, unmarked) = html_from_catalogue(page, &english);
    assert_eq!(
        html,
        "<p data-text=\"page.loading\">Loading SDS Explorer…</p>\n<p>Unmarked</p>"
    );
    assert_eq!(unmarked, ["Unmarked"]);
    assert_eq!(
        script_from_catalogue("x = 'Old'; // text: page.loading\ny = 'Kept';", &english),
        "x = 'Loading SDS Explorer…'; // text: page.loading\ny = 'Kept';"
    );
}
