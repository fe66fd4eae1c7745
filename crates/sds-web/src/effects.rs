//! What the shell does to the browser on the core's behalf.

pub mod storage;
