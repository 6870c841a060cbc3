//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod cli;
pub mod images;
pub mod server;
pub mod smtp;
