//! SDS Explorer core: the plan model, the actions that change it, validation,
//! money rules and every piece of text a family reads. Pure Rust: no browser
//! crates, so everything here is tested natively in milliseconds.
//!
//! The modules are layers, each importing only itself and the layers below
//! it (`tests/layering.rs` checks this), bottom first:
//! vocabulary → text → budget → council → plan → steps → app.
//! See docs/architecture.md.

pub mod vocabulary;

pub mod text;

pub mod budget;

pub mod council;

pub mod plan;

pub mod steps;

pub mod app;

#[cfg(test)]
pub(crate) mod test_support;

pub use app::model::{Action, Model, Screen, apply};
