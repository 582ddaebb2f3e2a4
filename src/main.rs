//! The `stepwise` binary: parse arguments, open the window. Everything else lives in the library.

use std::process::ExitCode;

use stepwise::cli::{self, Cli};
use stepwise::{Config, StepwiseApp, paths};

fn main() -> ExitCode {
    let path = match cli::parse(std::env::args_os().skip(1)) {
        Ok(Cli::Help) => {
            println!("{}", cli::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(Cli::Version) => {
            println!("stepwise {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Cli::Check { path }) => return check(&path),
        Ok(Cli::Run { path }) => path.unwrap_or_else(paths::default_data_path),
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let file_name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    // The app id is also the name of the desktop file (dist/linux/stepwise.desktop), which is how
    // Wayland and X11 desktops match the window to its launcher and icon.
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(format!("Stepwise - {file_name}"))
        .with_app_id("stepwise")
        .with_inner_size([1180.0, 760.0])
        .with_min_inner_size([640.0, 480.0]);
    if let Some(icon) = stepwise::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, ..Default::default() };
    let mut config = Config::new(path);
    config.report_first_frame = std::env::var_os("STEPWISE_FIRST_FRAME").is_some();
    match eframe::run_native("Stepwise", options, Box::new(|cc| Ok(Box::new(StepwiseApp::new(cc, config))))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Stepwise could not open its window: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `stepwise --check PATH`: load and validate without a window; exit 1 with the reason if it fails.
fn check(path: &std::path::Path) -> ExitCode {
    match stepwise::store::load(path) {
        Ok(library) => {
            println!(
                "OK: {} ladders, {} exposures, {} journal entries, {} breathing sessions",
                library.ladders.len(),
                library.exposures.len(),
                library.journal.len(),
                library.pacer_sessions.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
