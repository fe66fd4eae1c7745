pub mod about_us;
pub mod delete_everything;
pub mod error_summary;
pub mod hub;
pub mod notice;
pub mod saving_status;
