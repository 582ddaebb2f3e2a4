//! The `stepwise` binary: parse arguments, open the window. Everything else lives in the library.

// Double-clicked on Windows, a release build opens its window without a console beside it. Its
// messages then also appear in a small dialog (see `say`), since no console shows them.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::io::IsTerminal as _;
use std::process::ExitCode;

use stepwise::cli::{self, Cli};
use stepwise::{Config, StepwiseApp, paths};

fn main() -> ExitCode {
    let path = match cli::parse(std::env::args_os().skip(1)) {
        Ok(Cli::Help) => {
            say(cli::USAGE, Stream::Out, cfg!(windows));
            return ExitCode::SUCCESS;
        }
        Ok(Cli::Version) => {
            say(&format!("stepwise {}", env!("CARGO_PKG_VERSION")), Stream::Out, cfg!(windows));
            return ExitCode::SUCCESS;
        }
        Ok(Cli::Check { path }) => return check(&path),
        Ok(Cli::Run { path }) => path.unwrap_or_else(paths::default_data_path),
        Err(message) => {
            say(&message, Stream::Err, cfg!(windows));
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
            // Started from a desktop, nobody reads the terminal: without the dialog a double-click
            // would seem to do nothing.
            let text = format!(
                "Stepwise could not open its window ({e}). Your progress file was not opened or changed. \
                 This usually means the graphics driver offers no OpenGL 2 or newer; updating it may help."
            );
            say(&text, Stream::Err, true);
            ExitCode::FAILURE
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    Out,
    Err,
}

/// Prints `text`; when `also_in_a_dialog` and the stream is not a terminal (the program was
/// started from a desktop, or on Windows has no console), shows it in a message dialog too.
fn say(text: &str, stream: Stream, also_in_a_dialog: bool) {
    let terminal = match stream {
        Stream::Out => {
            println!("{text}");
            std::io::stdout().is_terminal()
        }
        Stream::Err => {
            eprintln!("{text}");
            std::io::stderr().is_terminal()
        }
    };
    if also_in_a_dialog && !terminal {
        let level = if stream == Stream::Err { rfd::MessageLevel::Error } else { rfd::MessageLevel::Info };
        let _ = rfd::MessageDialog::new()
            .set_level(level)
            .set_title("Stepwise")
            .set_description(text)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
}

/// `stepwise --check PATH`: load and validate without a window; exit 1 with the reason if it fails.
fn check(path: &std::path::Path) -> ExitCode {
    match stepwise::store::load(path) {
        Ok(library) => {
            let text = format!(
                "OK: {} ladders, {} exposures, {} journal entries, {} breathing sessions",
                library.ladders.len(),
                library.exposures.len(),
                library.journal.len(),
                library.pacer_sessions.len()
            );
            say(&text, Stream::Out, cfg!(windows));
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&e.to_string(), Stream::Err, cfg!(windows));
            ExitCode::FAILURE
        }
    }
}
