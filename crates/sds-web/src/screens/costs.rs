//! The costs of "Support ideas and costs": the breakdown on the ideas'
//! page, the settings the figures rest on, a typical week, and the
//! council's budget with what it buys.

pub mod breakdown;
pub mod budget;
pub mod settings;
pub mod week;
