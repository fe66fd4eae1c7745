//! The app on top of the steps: the model, the screen showing, the one
//! reducer, startup, the hub and notices.

pub mod address;
pub mod model;
pub mod view;

#[cfg(test)]
mod monkey;
