//! Stepwise: a calm desktop companion for practising micro-exposure with social anxiety.
//!
//! Layout (see each module's docs):
//! - [`model`]: the person's data, pure (no egui, no IO, no clock).
//! - [`store`]: the versioned RON progress file: atomic saves, backups, lock, validation.
//! - [`templates`]: the built-in ladders and the starter library.
//! - [`command`]: what a frame can ask for ([`Command`], [`Screen`]); plain data below `app` and `ui`.
//! - [`view`]: what the screens read ([`view::AppView`]) and the status types they match on.
//! - [`app`]: [`StepwiseApp`], the one place commands change the model; the store worker.
//! - [`ui`]: drawing, one file per screen; reads the view, returns commands.
//! - [`shell`]: the `eframe::App` that wires `app` and `ui`; the only module naming both.
//! - [`pacer`]: the breathing pacer's session state; pure, time passed in.
//! - [`coach`]: the practice rules (next step, mastery, daily limits, safety gate); pure.
//! - [`practice`]: the five-part exposure as a pure state machine.
//! - [`breathing`]: the breathing pacer's timing, its shapes and its frame rate; pure.
//! - [`frame_cost`]: the measured CPU cost of a frame, for choosing a frame rate; pure.
//! - [`stats`]: numbers for the Progress screen and the exports (curves, weekly counts); pure.
//! - [`export`]: the CSV, HTML and Markdown reports and the ladder subset file; pure renderers.
//! - [`merge`]: importing one library into another by id; pure.
//! - [`plan`]: the person's practice times: today, the next one, when to remind; pure.
//! - [`autostart`]: the entry that starts Stepwise with the computer (text pure; file written by
//!   the store thread).
//! - [`clock`]: the only place that reads the time (and the process's CPU time).
//! - [`icon`]: the window icon, built in.

pub mod app;
pub mod autostart;
pub mod breathing;
pub mod cli;
pub mod clock;
pub mod coach;
pub mod command;
pub mod export;
pub mod frame_cost;
pub mod i18n;
pub mod icon;
pub mod merge;
pub mod model;
pub mod pacer;
pub mod paths;
pub mod plan;
pub mod practice;
pub mod sample;
pub mod shell;
pub mod stats;
pub mod store;
pub mod templates;
pub mod ui;
pub mod view;

pub use app::{Config, StepwiseApp};
pub use command::{Command, Screen};
pub use shell::Shell;
