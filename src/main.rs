//! The `stepwise` binary: parse arguments, open the window. Everything else lives in the library.

use std::io::IsTerminal as _;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use stepwise::cli::{self, Cli};
use stepwise::{Config, Shell, paths, t};

fn main() -> ExitCode {
    // The system's language from the start (for --help and --check too); the window may switch to
    // the person's own choice later.
    stepwise::i18n::set_language(stepwise::i18n::negotiate(&stepwise::i18n::system_locales()));
    let (path, quiet) = match cli::parse(std::env::args_os().skip(1)) {
        Ok(Cli::Help) => {
            println!("{}", cli::usage());
            return ExitCode::SUCCESS;
        }
        Ok(Cli::Version) => {
            println!("stepwise {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Cli::Check { path }) => return check(&path),
        Ok(Cli::Run { path, quiet }) => (path.unwrap_or_else(paths::default_data_path), quiet),
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
    config.quiet = quiet;
    config.report_first_frame = std::env::var_os("STEPWISE_FIRST_FRAME").is_some();
    config.report_frames = std::env::var_os("STEPWISE_FRAME_LOG").is_some();
    let started = Arc::new(AtomicBool::new(false));
    let creator_started = Arc::clone(&started);
    let run = eframe::run_native(
        "Stepwise",
        options,
        Box::new(move |cc| {
            creator_started.store(true, Ordering::SeqCst);
            Ok(Box::new(Shell::new(cc, config)))
        }),
    );
    match run {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let text = window_failure(&e, started.load(Ordering::SeqCst));
            eprintln!("{text}\n({e})");
            show_if_no_terminal(&text);
            ExitCode::FAILURE
        }
    }
}

/// What to tell a person when eframe stops with an error: whether their file was touched, and
/// the likely cause, in words (the technical error goes to the terminal only).
fn window_failure(error: &eframe::Error, started: bool) -> String {
    if started {
        return t!("cli-window-failed");
    }
    match error {
        eframe::Error::Winit(_) | eframe::Error::WinitEventLoop(_) => t!("cli-no-screen"),
        // (AppCreation cannot reach here: the app had started.)
        eframe::Error::Glutin(_)
        | eframe::Error::NoGlutinConfigs(..)
        | eframe::Error::OpenGL(_)
        | eframe::Error::AppCreation(_) => t!("cli-no-graphics"),
    }
}

/// Started from a desktop, nobody reads the terminal: without a dialog, a double-click that
/// fails would seem to do nothing. Shown only when stderr is not a terminal, and never when
/// `STEPWISE_NO_DIALOG` is set (tests and scripts, which must not wait for a click).
fn show_if_no_terminal(text: &str) {
    if std::io::stderr().is_terminal() || std::env::var_os("STEPWISE_NO_DIALOG").is_some() {
        return;
    }
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("Stepwise")
        .set_description(text)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

/// `stepwise --check PATH`: load and validate without a window; exit 1 with the reason if it fails.
fn check(path: &std::path::Path) -> ExitCode {
    match stepwise::store::load(path) {
        Ok(library) => {
            let text = t!(
                "cli-check-ok",
                ladders = library.ladders.len(),
                exposures = library.exposures.len(),
                entries = library.journal.len(),
                sessions = library.pacer_sessions.len()
            );
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
