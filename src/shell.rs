//! The window: the one module that names both `app` and `ui`. It owns the app (the model and
//! the rules that change it) and the screens' transient state side by side, hands the screens a
//! read-only [`crate::view::AppView`] each frame, and applies the commands they return.
//! Nothing else happens here.

use serde::{Deserialize, Serialize};

use crate::app::{Config, StepwiseApp};
use crate::command::{Command, Screen};
use crate::ui;

/// Key under which UI preferences live in eframe's storage.
const PREFS_KEY: &str = "stepwise-ui";

/// UI preferences kept in eframe's storage (never the person's data: eframe drops a value it
/// cannot decode, which is fine for the last screen and nothing else).
#[derive(Debug, Serialize, Deserialize)]
struct UiPrefs {
    screen: Screen,
    /// Reminders at practice times on this computer (on unless turned off here).
    #[serde(default = "on")]
    reminders: bool,
    /// The language chosen on this computer, by tag (`None`: the system's).
    #[serde(default)]
    language: Option<String>,
}

fn on() -> bool {
    true
}

impl Default for UiPrefs {
    fn default() -> Self {
        Self { screen: Screen::default(), reminders: true, language: None }
    }
}

/// The eframe application: the app and the screens.
#[derive(Debug)]
pub struct Shell {
    app: StepwiseApp,
    screens: ui::Screens,
    /// `Config::report_frames`: a line to stderr at each frame.
    report_frames: bool,
    /// Whether the window had the keyboard focus last frame.
    focused: bool,
}

impl Shell {
    /// Sets up the theme, starts the app on `config` (the file opens in the background) and
    /// reopens the screen that was open last time.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, mut config: Config) -> Self {
        ui::theme::apply(&cc.egui_ctx);
        let prefs: UiPrefs = cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY)).unwrap_or_default();
        // A language this build no longer has falls back to the system's.
        if config.language.is_none() {
            config.language = prefs.language.as_deref().and_then(crate::i18n::Lang::from_tag);
        }
        let ctx = cc.egui_ctx.clone();
        let report_frames = config.report_frames;
        let mut app = StepwiseApp::new(config, move || ctx.request_repaint());
        app.apply(Command::Navigate(prefs.screen));
        app.apply(Command::SetReminders(prefs.reminders));
        Self { app, screens: ui::Screens::default(), report_frames, focused: true }
    }

    /// The app, read-only (tests read its view).
    #[must_use]
    pub fn app(&self) -> &StepwiseApp {
        &self.app
    }

    /// The app, to apply commands directly (tests, scripts).
    pub fn app_mut(&mut self) -> &mut StepwiseApp {
        &mut self.app
    }

    /// The screens' transient state (drafts, open dialogs), read-only.
    #[must_use]
    pub fn screens(&self) -> &ui::Screens {
        &self.screens
    }

    /// The screens' transient state, to set up a measurement (`examples/frame_timing.rs`).
    pub fn screens_mut(&mut self) -> &mut ui::Screens {
        &mut self.screens
    }
}

impl eframe::App for Shell {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Closing is quitting: it waits when the latest changes could not be saved (the person
        // is asked first).
        if ctx.input(|i| i.viewport().close_requested()) {
            self.app.apply(Command::Quit);
            if !self.app.quit_requested() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            }
        }
        self.app.tick();
        // A quiet start (with the computer) begins minimised; a clicked reminder brings the
        // window forward; the focus coming back after a reminder opens the Today card.
        if self.app.take_minimise_request() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
        }
        if self.app.take_raise_request() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
        let focused = ctx.input(|i| i.focused);
        if focused && !self.focused {
            self.app.window_focused();
        }
        self.focused = focused;
        if let Some(wait) = self.app.next_frame_in() {
            ctx.request_repaint_after(wait);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let commands = ui::app_ui(ui, &self.app.view(), &mut self.screens);
        for command in commands {
            self.app.apply(command);
        }
        if self.app.quit_requested() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if let Some(millis) = self.app.first_frame_report() {
            eprintln!("first-frame-unix-ms {millis}");
        }
        if self.report_frames {
            // `frame MONOTONIC_SECS PACER_ELAPSED_SECS`, the latter `-` unless the pacer runs.
            let view = self.app.view();
            let pacer = &view.pacer.timer;
            let elapsed = pacer.is_running().then(|| format!("{:.4}", pacer.elapsed_secs(view.monotonic_secs)));
            eprintln!("frame {:.4} {}", view.monotonic_secs, elapsed.as_deref().unwrap_or("-"));
        }
        // A change made this frame is scheduled for saving without waiting for other input.
        if let Some(wait) = self.app.next_frame_in() {
            ui.ctx().request_repaint_after(wait);
        }
    }

    /// The window's background is the panel colour, cleared before each frame; the panels paint
    /// none of their own (see `ui::theme::clear_color`).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        ui::theme::clear_color(visuals)
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let view = self.app.view();
        let prefs = UiPrefs {
            screen: view.screen,
            reminders: view.reminders.on,
            language: view.language.chosen.map(|l| l.tag().to_owned()),
        };
        eframe::set_value(storage, PREFS_KEY, &prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.app.shutdown();
    }
}
