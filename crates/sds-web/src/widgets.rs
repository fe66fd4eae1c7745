//! The pieces screens are built from.

pub mod confirm_page;
pub mod error_summary;
pub mod local_contacts;
pub mod notice;
pub mod plan_files;
