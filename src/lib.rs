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
//! - [`clock`]: the only place that reads the time.

pub mod app;
pub mod breathing;
pub mod cli;
pub mod clock;
pub mod coach;
pub mod icon;
pub mod model;
pub mod paths;
pub mod practice;
pub mod sample;
pub mod store;
pub mod templates;
pub mod ui;

pub use app::{Command, Config, Screen, StepwiseApp};
