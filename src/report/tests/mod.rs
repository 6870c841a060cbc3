//! Unit tests of the report modules that would make their files too long.

mod draft;
mod message;
