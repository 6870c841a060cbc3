//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod cli;
pub mod images;
pub mod server;
pub mod smtp;

use std::sync::{Mutex, MutexGuard, PoisonError};

/// Locks `mutex`, going on after a panic in another test thread (the servers' state
/// stays readable for the assertions).
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
