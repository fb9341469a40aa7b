//! Upright: a hands-free coach for a short middle-back routine.
//!
//! Data flows one way: [`routine`] data -> a [`workout`] plan and timeline ->
//! what the player shows and which cues sound -> a session record ->
//! [`progress`] history and progression -> the next plan. [`store`] writes
//! the history down and reads it back (store -> progress -> routine: the
//! domain never depends on its storage format).
//!
//! `routine`, `workout`, `progress` and `store` are plain Rust with no
//! browser access (stored forms are serde derives, written and read with
//! serde_json); `browser` is the only module touching web APIs and `ui`
//! holds the views.

pub mod i18n;
pub mod progress;
pub mod routine;
pub mod store;
pub mod workout;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
