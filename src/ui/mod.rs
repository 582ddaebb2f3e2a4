//! Drawing. Screens read a read-only [`AppView`] and return [`Command`]s; they never change the
//! model themselves and never see the app. One file per screen, each with its own transient
//! state in [`Screens`]; colours and spacing come from [`theme`].

mod breathe;
mod journal;
mod ladders;
mod practice;
pub mod progress;
mod safety;
mod settings;
mod states;
pub mod theme;
pub mod transfer;

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::command::{Command, PacerCommand, Screen};
use crate::t;
use crate::view::{AppView, Doc, NoticeKind, file_name};

/// The screens' transient state: drafts, open dialogs, walk-throughs. Never saved.
#[derive(Debug, Default)]
pub struct Screens {
    pub ladders: ladders::LadderView,
    pub practice: practice::PracticeView,
    pub journal: journal::JournalView,
    pub safety: safety::SafetyView,
    pub settings: settings::SettingsView,
    pub breathe: breathe::BreatheView,
    pub progress: progress::ProgressView,
    pub transfer: transfer::TransferView,
}

/// What a screen reader calls the window: the app's name, the same in every language.
pub const WINDOW_NAME: &str = "Stepwise"; // i18n: not shown (a name, never translated)

/// A message of this module that other screens show as it is: it becomes text in the language
/// in use where it is drawn (egui turns it into [`egui::WidgetText`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message(pub &'static str);

impl From<Message> for egui::WidgetText {
    fn from(message: Message) -> Self {
        crate::i18n::tr(message.0).into()
    }
}

/// A keyboard shortcut as the menus and tooltips show it: "Ctrl+O" (`key` is "O").
pub(crate) fn shortcut(key: &str) -> String {
    t!("shell-shortcut", key = key)
}

/// A shortcut with Shift: "Ctrl+Shift+Z" ("Ctrl+Maiusc+Z" in Italian).
pub(crate) fn shortcut_shift(key: &str) -> String {
    t!("shell-shortcut-shift", key = key)
}

/// The key the screens' caches are built for: the library's generation and the language in use,
/// so a cache of words made in one language is made again in the other (the language applies
/// on the next frame, with no change to the library).
fn cache_key(app: &AppView<'_>) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::hash::DefaultHasher::new();
    (app.generation, app.language.in_use).hash(&mut hasher);
    hasher.finish()
}

/// Draws the whole window and returns what the person asked for this frame.
///
/// Text still being typed in the ladder editor is committed (as [`Command::Edit`]s, ahead of
/// everything else) when the person leaves the screen, quits or closes the window, so the app
/// never has to reach into a screen's drafts.
pub fn app_ui(ui: &mut egui::Ui, app: &AppView<'_>, screens: &mut Screens) -> Vec<Command> {
    // The screens key their caches by `generation`: theirs changes with the language too.
    let app = &AppView { generation: cache_key(app), ..*app };
    let mut commands = Vec::new();
    // The window's own name for a screen reader (the title bar's text belongs to the system).
    ui.ctx().accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(WINDOW_NAME));
    shortcuts_ui(ui, app, &mut screens.transfer, &mut commands);
    egui::Panel::top(TOP_BAR_ID)
        .frame(theme::bar_panel(ui))
        .show(ui, |ui| top_bar_ui(ui, app, &mut screens.transfer, &mut commands));
    egui::Panel::bottom(STATUS_BAR_ID).frame(theme::bar_panel(ui)).show(ui, |ui| status_bar_ui(ui, app));
    if app.close_blocked {
        unsaved_close_ui(ui, app, &mut screens.transfer, &mut commands);
    }
    if let Some(library) = app.library() {
        transfer::export_dialog_ui(ui, library, &mut screens.transfer, &mut commands);
    }
    transfer::import_ui(ui, app, &mut commands);
    transfer::drop_ui(ui, app, &mut commands);
    egui::CentralPanel::default().frame(theme::central_panel(ui)).show(ui, |ui| {
        if app.read_only {
            read_only_banner_ui(ui);
        }
        notices_ui(ui, app, &mut commands);
        let scrolled = egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            screen_ui(ui, app, screens, &mut commands);
        });
        name_scroll_bar(ui, scrolled.id, &t!("shell-scroll-screen", screen = app.screen.label()));
    });
    let leaving = ui.input(|i| i.viewport().close_requested())
        || commands.iter().any(|c| matches!(c, Command::Quit | Command::Navigate(_)));
    if leaving && let Some(library) = app.library() {
        let pending = screens.ladders.take_pending_edits(library).into_iter().map(Command::Edit);
        let settings = screens.settings.take_pending_edits(library).into_iter().map(Command::Settings);
        commands.splice(0..0, pending.chain(settings));
    }
    commands
}

/// Names a scroll area's vertical scroll bar for a screen reader (egui gives it a role only).
/// egui gives the bar the area's id with the axis (1: vertical); a bar that is not shown this
/// frame has no node, and nothing is named.
pub(crate) fn name_scroll_bar(ui: &egui::Ui, area: egui::Id, name: &str) {
    let bar = area.with(1_usize);
    if ui.ctx().has_accesskit_node(bar) {
        ui.ctx().accesskit_node_builder(bar, |node| node.set_label(name));
    }
}

/// Ctrl+1 to Ctrl+7 open the screens in navigation order (Ctrl+, opens Settings too); F1 opens
/// Help & safety; Ctrl+Q quits;
/// Ctrl+O imports a progress file and Ctrl+E opens the export dialog;
/// B opens the breathing pacer and, there, Space starts and pauses it;
/// Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes (unless a text field is being edited, where
/// they act on the text).
fn shortcuts_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    transfer: &mut transfer::TransferView,
    commands: &mut Vec<Command>,
) {
    const KEYS: [Key; 7] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7];
    let typing = ui.ctx().egui_wants_keyboard_input();
    ui.input_mut(|input| {
        if !typing && input.consume_key(Modifiers::NONE, Key::B) {
            commands.push(Command::Navigate(Screen::Breathe));
        }
        if !typing && app.screen == Screen::Breathe && input.consume_key(Modifiers::NONE, Key::Space) {
            commands.push(Command::Pacer(PacerCommand::Toggle));
        }
        if !typing {
            let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
            if input.consume_shortcut(&redo)
                || input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y))
            {
                commands.push(Command::Redo);
            } else if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)) {
                commands.push(Command::Undo);
            }
        }
        for (key, screen) in KEYS.into_iter().zip(Screen::ALL) {
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)) {
                commands.push(Command::Navigate(screen));
            }
        }
        if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Comma)) {
            commands.push(Command::Navigate(Screen::Settings));
        }
        if input.consume_key(Modifiers::NONE, Key::F1) {
            commands.push(Command::Navigate(Screen::Safety));
        }
        if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)) {
            commands.push(Command::Quit);
        }
        // Import and export one at a time: not while an import is under way.
        if app.can_start_transfer() {
            if app.can_import() && input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)) {
                commands.push(Command::ImportChoose);
            }
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::E)) {
                transfer.export_open = true;
            }
        }
    });
}

fn top_bar_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    transfer: &mut transfer::TransferView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        ui.label(RichText::new(WINDOW_NAME).strong().size(18.0).color(palette.accent));
        ui.add_space(theme::GAP_S);
        file_menu_ui(ui, app, transfer, commands);
        edit_menu_ui(ui, app, commands);
        view_menu_ui(ui);
        ui.add_space(theme::GAP_S);
        for (n, screen) in Screen::ALL.into_iter().enumerate() {
            if screen == Screen::Safety {
                continue;
            }
            let response =
                ui.selectable_label(app.screen == screen, screen.label()).on_hover_text(shortcut(&(n + 1).to_string()));
            if response.clicked() {
                commands.push(Command::Navigate(screen));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let crisis = egui::Button::new(RichText::new(t!("shell-crisis-help")).color(palette.crisis_text))
                .fill(palette.crisis_bg);
            if ui.add(crisis).on_hover_text(t!("shell-crisis-help-hover")).clicked() {
                commands.push(Command::Navigate(Screen::Safety));
            }
            if ui.selectable_label(app.screen == Screen::Safety, Screen::Safety.label()).clicked() {
                commands.push(Command::Navigate(Screen::Safety));
            }
        });
    });
    ui.add_space(theme::GAP_S);
}

/// Why importing is not offered in a read-only window.
pub const READ_ONLY_IMPORT_HOVER: Message = Message("shell-read-only-import-hover"); // i18n: not shown (a message id)
/// Why importing is not offered while an import is open.
const IMPORT_BUSY_HOVER: Message = Message("shell-import-busy"); // i18n: not shown (a message id)

/// Shown on every screen while the progress file can only be read. Calm: nothing is wrong with
/// the person's data, and it says what is kept and how to keep more.
fn read_only_banner_ui(ui: &mut egui::Ui) {
    theme::banner(theme::palette(ui).info_bg).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(t!("shell-read-only"));
    });
    ui.add_space(theme::GAP_S);
}

/// The closing questions' widget ids.
const UNSAVED_CLOSE_ID: &str = "unsaved_close"; // i18n: not shown (a widget id)
const READ_ONLY_CLOSE_ID: &str = "read_only_close"; // i18n: not shown (a widget id)
/// The bars' widget ids.
const TOP_BAR_ID: &str = "top_bar"; // i18n: not shown (a widget id)
const STATUS_BAR_ID: &str = "status_bar"; // i18n: not shown (a widget id)

/// Asked when closing while the latest changes could not be saved, or cannot be (read-only).
fn unsaved_close_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    transfer: &mut transfer::TransferView,
    commands: &mut Vec<Command>,
) {
    if app.read_only {
        read_only_close_ui(ui, transfer, commands);
        return;
    }
    theme::modal(ui, UNSAVED_CLOSE_ID).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(t!("shell-unsaved-title"));
        if let Some(error) = app.save_error {
            ui.label(error);
        }
        ui.label(t!("shell-unsaved-body"));
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if ui.button(t!("shell-try-saving")).clicked() {
                commands.push(Command::RetrySave);
            }
            if ui.button(t!("shell-close-without-saving")).clicked() {
                commands.push(Command::QuitWithoutSaving);
            }
        });
    });
}

/// Closing a read-only window with changes: they cannot go into the file, so the way to keep
/// them is an export.
fn read_only_close_ui(ui: &mut egui::Ui, transfer: &mut transfer::TransferView, commands: &mut Vec<Command>) {
    theme::modal(ui, READ_ONLY_CLOSE_ID).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(t!("shell-read-only-close-title"));
        ui.label(t!("shell-read-only-close-body"));
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if ui.button(t!("shell-export-copy")).clicked() {
                commands.push(Command::CancelQuit);
                transfer.export_open = true;
            }
            if ui.button(t!("shell-close-without-saving")).clicked() {
                commands.push(Command::QuitWithoutSaving);
            }
            if ui.button(t!("shell-keep-open")).clicked() {
                commands.push(Command::CancelQuit);
            }
        });
    });
}

/// The File menu: import, export and quit.
fn file_menu_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    transfer: &mut transfer::TransferView,
    commands: &mut Vec<Command>,
) {
    ui.menu_button(t!("shell-menu-file"), |ui| {
        let open = app.can_start_transfer();
        let import = egui::Button::new(t!("shell-import")).shortcut_text(shortcut("O"));
        let why_not = if app.read_only { READ_ONLY_IMPORT_HOVER } else { IMPORT_BUSY_HOVER };
        if ui.add_enabled(app.can_import(), import).on_disabled_hover_text(why_not).clicked() {
            commands.push(Command::ImportChoose);
            ui.close();
        }
        if ui.add_enabled(open, egui::Button::new(t!("shell-export")).shortcut_text(shortcut("E"))).clicked() {
            transfer.export_open = true;
            ui.close();
        }
        ui.separator();
        if ui.add(egui::Button::new(t!("shell-quit")).shortcut_text(shortcut("Q"))).clicked() {
            commands.push(Command::Quit);
            ui.close();
        }
    });
}

/// The Edit menu: undo and redo, naming what they will change.
fn edit_menu_ui(ui: &mut egui::Ui, app: &AppView<'_>, commands: &mut Vec<Command>) {
    ui.menu_button(t!("shell-menu-edit"), |ui| {
        // The change's name is a message id of the model's (or, before it had one, its words).
        let undo = app.undo_label;
        let text =
            undo.map_or_else(|| t!("shell-undo"), |label| t!("shell-undo-action", action = crate::i18n::tr(label)));
        if ui.add_enabled(undo.is_some(), egui::Button::new(text).shortcut_text(shortcut("Z"))).clicked() {
            commands.push(Command::Undo);
            ui.close();
        }
        let redo = app.redo_label;
        let text =
            redo.map_or_else(|| t!("shell-redo"), |label| t!("shell-redo-action", action = crate::i18n::tr(label)));
        if ui.add_enabled(redo.is_some(), egui::Button::new(text).shortcut_text(shortcut_shift("Z"))).clicked() {
            commands.push(Command::Redo);
            ui.close();
        }
        ui.separator();
        if ui.add(egui::Button::new(t!("shell-open-settings")).shortcut_text(shortcut(","))).clicked() {
            commands.push(Command::Navigate(Screen::Settings));
            ui.close();
        }
    });
}

/// The View menu: text size and light or dark colours. These belong to this window, not to the
/// progress file; egui keeps them with the window's other preferences.
fn view_menu_ui(ui: &mut egui::Ui) {
    ui.menu_button(t!("shell-menu-view"), |ui| {
        let ctx = ui.ctx().clone();
        let zoom = ctx.zoom_factor();
        if ui
            .add_enabled(zoom < 4.95, egui::Button::new(t!("shell-larger-text")).shortcut_text(shortcut("+")))
            .clicked()
        {
            egui::gui_zoom::zoom_in(&ctx);
        }
        if ui
            .add_enabled(zoom > 0.25, egui::Button::new(t!("shell-smaller-text")).shortcut_text(shortcut("-")))
            .clicked()
        {
            egui::gui_zoom::zoom_out(&ctx);
        }
        let percent = format!("{:.0}", zoom * 100.0);
        let reset = egui::Button::new(t!("shell-usual-size", percent = percent)).shortcut_text(shortcut("0"));
        if ui.add_enabled((zoom - 1.0).abs() > 0.01, reset).clicked() {
            ctx.set_zoom_factor(1.0);
        }
        ui.separator();
        let mut preference = ctx.options(|o| o.theme_preference);
        let before = preference;
        ui.radio_value(&mut preference, egui::ThemePreference::System, t!("shell-colours-system"));
        ui.radio_value(&mut preference, egui::ThemePreference::Light, t!("shell-colours-light"));
        ui.radio_value(&mut preference, egui::ThemePreference::Dark, t!("shell-colours-dark"));
        if preference != before {
            ctx.set_theme(preference);
            // This frame's background was cleared in the old theme's colour (the panels paint
            // none: `theme::clear_color`); the next frame is drawn in the new one.
            ctx.request_repaint();
        }
    });
}

fn status_bar_ui(ui: &mut egui::Ui, app: &AppView<'_>) {
    let palette = theme::palette(ui);
    ui.horizontal(|ui| {
        let (text, colour) = match (app.doc, app.save_error) {
            (Doc::Loading, _) => (t!("shell-opening"), palette.muted_text),
            (Doc::Damaged { .. }, _) => (t!("shell-status-damaged"), palette.warn_text),
            (Doc::Refused { .. }, _) => (t!("shell-status-refused"), palette.warn_text),
            (Doc::Ready(_), _) if app.read_only && app.unsaved => {
                (t!("shell-status-read-only-unsaved"), palette.muted_text)
            }
            (Doc::Ready(_), _) if app.read_only => (t!("shell-status-read-only"), palette.muted_text),
            (Doc::Ready(_), Some(error)) => (t!("shell-status-not-saved", error = error), palette.warn_text),
            (Doc::Ready(_), None) if app.unsaved => (t!("shell-status-saving"), palette.muted_text),
            (Doc::Ready(_), None) => match app.saving_to {
                // The progress file changed outside and cannot be read (a notice says more).
                Some(copy) => (t!("shell-status-saved-to", file = file_name(copy)), palette.warn_text),
                None => (t!("shell-status-saved"), palette.ok_text),
            },
        };
        ui.label(RichText::new(text).color(colour).small());
        // The next practice time, when there is a plan (a few times over a few days: cheap).
        if let Some(next) = app.library().and_then(|l| crate::plan::next_after(&l.settings.practice_times, &app.now)) {
            ui.separator();
            ui.label(
                RichText::new(t!("shell-status-next-practice", when = crate::plan::describe(&next.at, &app.now)))
                    .small()
                    .color(palette.muted_text),
            );
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(app.data_path.display().to_string()).small().color(palette.muted_text))
                .on_hover_text(t!("shell-status-path-hover"));
        });
    });
}

fn notices_ui(ui: &mut egui::Ui, app: &AppView<'_>, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    if let Some(offer) = app.conflict_offer {
        theme::banner(palette.info_bg).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(t!("shell-not-now")).on_hover_text(t!("shell-not-now-hover")).clicked() {
                        commands.push(Command::SkipConflictCopy);
                    }
                    let review = ui.add_enabled(app.can_start_transfer(), egui::Button::new(t!("shell-review")));
                    if review.on_hover_text(t!("shell-review-hover")).clicked() {
                        commands.push(Command::ReviewConflictCopy);
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true), |ui| {
                        ui.label(RichText::new(&offer.text).color(ui.visuals().text_color()));
                    });
                });
            });
        });
        ui.add_space(theme::GAP_S);
    }
    for (index, notice) in app.notices.iter().enumerate() {
        let (fill, colour) = match notice.kind {
            NoticeKind::Info => (palette.info_bg, ui.visuals().text_color()),
            NoticeKind::Warning => (palette.warn_bg, palette.warn_text),
        };
        theme::banner(fill).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let dismiss = ui.button(t!("shell-dismiss"));
                    dismiss.widget_info(|| {
                        let start: String = notice.text.chars().take(40).collect();
                        egui::WidgetInfo::labeled(egui::Role::Button, true, t!("shell-dismiss-name", text = start))
                    });
                    if dismiss.clicked() {
                        commands.push(Command::DismissNotice(index));
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true), |ui| {
                        ui.label(RichText::new(&notice.text).color(colour));
                    });
                });
            });
        });
        ui.add_space(theme::GAP_S);
    }
}

fn screen_ui(ui: &mut egui::Ui, app: &AppView<'_>, view: &mut Screens, commands: &mut Vec<Command>) {
    // Help & safety is reachable whatever state the file is in.
    if app.screen == Screen::Safety {
        safety::safety_ui(ui, app.library(), app.language.region, &mut view.safety, commands);
        return;
    }
    match app.doc {
        Doc::Loading => states::loading_ui(ui),
        Doc::Damaged { error, backup, stepwise_copies } => {
            states::damaged_ui(ui, error, backup.as_ref(), stepwise_copies, commands);
        }
        Doc::Refused { error } => states::refused_ui(ui, error, commands),
        Doc::Ready(library) => match app.screen {
            Screen::Ladders => {
                ladders::ladders_ui(
                    ui,
                    library,
                    app.timestamp,
                    app.generation,
                    app.selected_ladder,
                    &mut view.ladders,
                    commands,
                );
            }
            Screen::Practice => practice::practice_ui(ui, app, &mut view.practice, commands),
            Screen::Breathe => {
                breathe::breathe_ui(ui, library, app.pacer, app.monotonic_secs, &mut view.breathe, commands);
            }
            Screen::Progress => {
                progress::progress_ui(ui, app, library, &mut view.progress, &mut view.transfer, commands);
            }
            Screen::Journal => journal::journal_ui(ui, library, app.generation, &mut view.journal, commands),
            Screen::Settings => {
                settings::settings_ui(ui, library, &app.reminders, &app.language, &mut view.settings, commands);
            }
            Screen::Safety => {}
        },
    }
}

/// A screen title with an optional one-line explanation under it.
fn screen_heading(ui: &mut egui::Ui, title: &str, subtitle: &str) {
    ui.add_space(theme::GAP_S);
    ui.heading(title);
    if !subtitle.is_empty() {
        ui.label(RichText::new(subtitle).color(theme::palette(ui).muted_text));
    }
    ui.add_space(theme::GAP_M);
}
