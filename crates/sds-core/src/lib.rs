//! SDS Explorer core: the plan model, the actions that change it, validation,
//! money rules and every piece of text a family reads. Pure Rust: no browser
//! crates, so everything here is tested natively in milliseconds.

pub mod about;
pub mod budget;
pub mod council;
pub mod council_config;
pub mod model;
pub mod options;
pub mod outcomes;
pub mod plan;
pub mod plan_file;
pub mod story;
pub mod summary;
pub mod support;
pub mod text;
pub mod view;

#[cfg(test)]
pub(crate) mod test_support;

pub use model::{Action, Model, Screen, apply};
