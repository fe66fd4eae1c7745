//! What the shell does to the browser on the core's behalf, one small
//! module each. Every call may fail; none panics.

pub mod clipboard;
pub mod files;
pub mod focus;
pub mod history;
pub mod other_tabs;
pub mod print;
pub mod storage;
