//! The costs pages of "Support ideas and costs": the settings the figures
//! rest on, a typical week, and the council's budget with what it buys.

pub mod budget;
pub mod settings;
pub mod week;
