//! The steps of a plan, in the order the family's information flows: about
//! us → our story → what we want to change (outcomes) → support ideas →
//! which option pays → costs → summary. Each step has its checks, its
//! reducer and its view models, and reads only earlier steps.

pub mod about;
pub mod costs;
pub mod growing_up;
pub mod options;
pub mod outcomes;
pub mod story;
pub mod summary;
pub mod support;
