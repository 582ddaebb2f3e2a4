//! Help & safety: crisis resources, when self-guided exposure is not the right tool, and the
//! plain statement that Stepwise is a self-help practice tool, not treatment. Reachable from
//! every screen in one click (the top bar's "Crisis help" button, or F1).

use egui::RichText;

use super::theme;
use crate::command::{Command, Screen};
use crate::model::{CrisisContact, Library, crisis};
use crate::t;

/// Editing the crisis lines: `(name, how to reach)` rows while the editor is open.
#[derive(Debug, Default)]
pub struct SafetyView {
    editing: Option<Vec<(String, String)>>,
}

/// The page. `region` is the system's (`"IT"`): it chooses the built-in crisis lines shown until
/// the person saves their own.
pub fn safety_ui(
    ui: &mut egui::Ui,
    library: Option<&Library>,
    region: Option<&str>,
    view: &mut SafetyView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    ui.set_max_width(theme::READING_WIDTH);
    super::screen_heading(ui, &Screen::Safety.label(), &t!("safety-subtitle"));
    if library.is_some_and(|l| !l.settings.safety_acknowledged) {
        theme::banner(palette.info_bg).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(t!("safety-read-once", button = t!("shell-crisis-help")));
        });
        ui.add_space(theme::GAP_M);
    }

    // Never an empty list: the person's own once saved, otherwise the built-in ones for where
    // they live.
    let contacts = crisis::shown(library, region);
    theme::banner(palette.crisis_bg).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(t!("safety-in-crisis")).strong().color(palette.crisis_text));
        for contact in &contacts {
            ui.label(RichText::new(format!("{}: {}", contact.name, contact.how)).color(palette.crisis_text));
        }
        ui.label(RichText::new(t!("safety-emergency")).color(palette.crisis_text));
        // Where there is no built-in local line, only the emergency number: ask for one.
        if crisis::needs_local_line(region) && library.is_none_or(|l| crisis::never_edited(&l.settings)) {
            ui.add_space(theme::GAP_S);
            ui.label(RichText::new(t!("safety-add-local-line")).strong().color(palette.crisis_text));
        }
    });
    if library.is_some() {
        contacts_editor_ui(ui, &contacts, region, view, commands);
    }
    ui.add_space(theme::GAP_L);

    ui.label(RichText::new(t!("safety-not-suitable-heading")).strong());
    ui.label(t!("safety-not-suitable-intro"));
    // When self-guided exposure is not the right tool.
    let not_suitable = [
        t!("safety-not-suitable-trauma"),
        t!("safety-not-suitable-crisis"),
        t!("safety-not-suitable-panic"),
        t!("safety-not-suitable-phobia"),
        t!("safety-not-suitable-high-anxiety"),
        t!("safety-not-suitable-stress"),
    ];
    for line in not_suitable {
        ui.label(format!("-  {line}"));
    }
    ui.add_space(theme::GAP_S);
    ui.label(t!("safety-small-steps"));
    ui.add_space(theme::GAP_L);

    if let Some(library) = library {
        if library.settings.safety_acknowledged {
            ui.label(RichText::new(t!("safety-confirmed")).color(palette.ok_text));
        } else if ui.button(t!("safety-have-read")).clicked() {
            commands.push(Command::AcknowledgeSafety);
        }
    }
}

/// The button that opens the editor, or the editor, starting from the lines shown (`shown`).
fn contacts_editor_ui(
    ui: &mut egui::Ui,
    shown: &[CrisisContact],
    region: Option<&str>,
    view: &mut SafetyView,
    commands: &mut Vec<Command>,
) {
    ui.add_space(theme::GAP_S);
    let Some(rows) = view.editing.as_mut() else {
        if ui.button(t!("safety-change-lines")).clicked() {
            view.editing = Some(shown.iter().map(|c| (c.name.clone(), c.how.clone())).collect());
        }
        return;
    };
    let mut close = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(t!("safety-your-lines")).strong());
        ui.label(RichText::new(t!("safety-lines-hint")).small().color(theme::palette(ui).muted_text));
        let mut remove = None;
        for (index, (name, how)) in rows.iter_mut().enumerate() {
            let number = index + 1;
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(name).hint_text(t!("safety-line-name-hint")).desired_width(220.0))
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("safety-line-name", number = number))
                    });
                ui.add(egui::TextEdit::singleline(how).hint_text(t!("safety-line-how-hint")).desired_width(200.0))
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("safety-line-how", number = number))
                    });
                let button = ui.button(t!("safety-remove"));
                button.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, t!("safety-remove-line", number = number))
                });
                if button.clicked() {
                    remove = Some(index);
                }
            });
        }
        if let Some(index) = remove {
            rows.remove(index);
        }
        ui.horizontal(|ui| {
            if ui.button(t!("safety-add-line")).clicked() {
                rows.push((String::new(), String::new()));
            }
            if ui.button(t!("safety-built-in-lines")).clicked() {
                *rows = crisis::lines_for(region).into_iter().map(|c| (c.name, c.how)).collect();
            }
        });
        ui.horizontal(|ui| {
            if ui.button(t!("safety-save-lines")).clicked() {
                let contacts =
                    rows.iter().map(|(name, how)| CrisisContact { name: name.clone(), how: how.clone() }).collect();
                commands.push(Command::SetCrisisContacts(contacts));
                close = true;
            } else if ui.button(t!("safety-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close {
        view.editing = None;
    }
}
