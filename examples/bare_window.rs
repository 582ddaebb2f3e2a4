//! The start-up baseline for `scripts/startup.sh`: an eframe window with one label, built with
//! the same renderer and features as Stepwise. With `STEPWISE_FIRST_FRAME=1` it prints the
//! wall-clock time of its first frame, like Stepwise does.

use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> eframe::Result {
    let report = std::env::var_os("STEPWISE_FIRST_FRAME").is_some();
    let mut first = true;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("bare window").with_inner_size([1180.0, 760.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare window", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
        if first && report {
            first = false;
            #[allow(clippy::disallowed_methods)] // A benchmark's own timestamp.
            let ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
            eprintln!("first-frame-unix-ms {ms}");
        }
    })
}
