//! Stepwise: a calm desktop companion for practising micro-exposure with social anxiety.
//!
//! Layout (see each module's docs):
//! - [`model`]: the person's data, pure (no egui, no IO, no clock).
//! - [`store`]: the versioned RON progress file: atomic saves, backups, lock, validation.
//! - [`templates`]: the built-in ladders and the starter library.
//! - [`app`]: the eframe application, its commands and the background store worker.
//! - [`ui`]: drawing, one file per screen.
//! - [`coach`]: the practice rules (next step, mastery, daily limits, safety gate); pure.
//! - [`practice`]: the five-part exposure as a pure state machine.
//! - [`breathing`]: the breathing pacer's timing; pure.
//! - [`stats`]: numbers for the Progress screen and the exports (curves, weekly counts); pure.
//! - [`export`]: the CSV, HTML and Markdown reports and the ladder subset file; pure renderers.
//! - [`merge`]: importing one library into another by id; pure.
//! - [`clock`]: the only place that reads the time.
//! - [`icon`]: the window icon, built in.

pub mod app;
pub mod breathing;
pub mod cli;
pub mod clock;
pub mod coach;
pub mod export;
pub mod icon;
pub mod merge;
pub mod model;
pub mod paths;
pub mod practice;
pub mod sample;
pub mod stats;
pub mod store;
pub mod templates;
pub mod ui;

pub use app::{Command, Config, Screen, StepwiseApp};
