//! One module per screen, named like the core's steps and in the order the
//! family's information flows, then the app's own screens.

pub mod about;
pub mod costs;
pub mod hub;
pub mod options;
pub mod outcomes;
pub mod story;
pub mod summary;
pub mod support;

pub mod delete_everything;
pub mod privacy;
pub mod replace_with_file;
pub mod session;
