//! Help & safety: crisis resources, when self-guided exposure is not the right tool, and the
//! plain statement that Stepwise is a self-help practice tool, not treatment. Reachable from
//! every screen in one click (the top bar's "Crisis help" button, or F1).

use egui::RichText;

use super::theme;
use crate::command::Command;
use crate::model::{CrisisContact, Library, default_crisis_contacts};

/// Editing the crisis lines: `(name, how to reach)` rows while the editor is open.
#[derive(Debug, Default)]
pub struct SafetyView {
    editing: Option<Vec<(String, String)>>,
}

const NOT_SUITABLE: [&str; 6] = [
    "Your fear is tied to a traumatic event, or you live with PTSD.",
    "You are in an acute crisis, or having thoughts of harming yourself.",
    "You have frequent panic attacks and are not working with a professional.",
    "A phobia stops you leaving home, working or keeping up relationships.",
    "Your everyday anxiety sits above 7 or 8 out of 10 most of the time.",
    "You are already carrying a heavy load of stress (a move, a separation, a job loss).",
];

pub fn safety_ui(ui: &mut egui::Ui, library: Option<&Library>, view: &mut SafetyView, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    ui.set_max_width(theme::READING_WIDTH);
    super::screen_heading(ui, "Help & safety", "Stepwise is a self-help practice tool, not treatment.");
    if library.is_some_and(|l| !l.settings.safety_acknowledged) {
        theme::banner(palette.info_bg).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label("Before you start, please read this page once. It is always here behind \"Crisis help\".");
        });
        ui.add_space(theme::GAP_M);
    }

    theme::banner(palette.crisis_bg).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("If you are in crisis right now").strong().color(palette.crisis_text));
        // Never an empty list: with no contacts of their own the person sees the defaults.
        let contacts = library
            .map(|l| l.settings.crisis_contacts.clone())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(default_crisis_contacts);
        for contact in &contacts {
            ui.label(RichText::new(format!("{}: {}", contact.name, contact.how)).color(palette.crisis_text));
        }
        ui.label(
            RichText::new("If you are in immediate danger, call your local emergency number.")
                .color(palette.crisis_text),
        );
    });
    if let Some(library) = library {
        contacts_editor_ui(ui, library, view, commands);
    }
    ui.add_space(theme::GAP_L);

    ui.label(RichText::new("When self-guided exposure is not the right tool").strong());
    ui.label("Please look for help from a doctor, psychologist or therapist before practising here if:");
    for line in NOT_SUITABLE {
        ui.label(format!("-  {line}"));
    }
    ui.add_space(theme::GAP_S);
    ui.label(
        "Small, regular exposures work best for mild to moderate social anxiety. \
         If an exposure ever feels like too much, stop, breathe, and try a smaller step another day.",
    );
    ui.add_space(theme::GAP_L);

    if let Some(library) = library {
        if library.settings.safety_acknowledged {
            ui.label(RichText::new("You have confirmed you read this page.").color(palette.ok_text));
        } else if ui.button("I have read this").clicked() {
            commands.push(Command::AcknowledgeSafety);
        }
    }
}

fn contacts_editor_ui(ui: &mut egui::Ui, library: &Library, view: &mut SafetyView, commands: &mut Vec<Command>) {
    ui.add_space(theme::GAP_S);
    let Some(rows) = view.editing.as_mut() else {
        if ui.button("Change these for my country").clicked() {
            view.editing =
                Some(library.settings.crisis_contacts.iter().map(|c| (c.name.clone(), c.how.clone())).collect());
        }
        return;
    };
    let mut close = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Your crisis lines").strong());
        ui.label(
            RichText::new(
                "Use numbers you have checked for where you live. A line with no way to reach it is left out.",
            )
            .small()
            .color(theme::palette(ui).muted_text),
        );
        let mut remove = None;
        for (index, (name, how)) in rows.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(name).hint_text("Name").desired_width(220.0)).widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Crisis line {} name", index + 1))
                });
                ui.add(egui::TextEdit::singleline(how).hint_text("How to reach it").desired_width(200.0)).widget_info(
                    || {
                        egui::WidgetInfo::labeled(
                            egui::Role::TextInput,
                            true,
                            format!("Crisis line {} contact", index + 1),
                        )
                    },
                );
                let button = ui.button("Remove");
                button.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Remove crisis line {}", index + 1))
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
            if ui.button("Add a line").clicked() {
                rows.push((String::new(), String::new()));
            }
            if ui.button("Use the US defaults").clicked() {
                *rows = default_crisis_contacts().into_iter().map(|c| (c.name, c.how)).collect();
            }
        });
        ui.horizontal(|ui| {
            if ui.button("Save lines").clicked() {
                let contacts =
                    rows.iter().map(|(name, how)| CrisisContact { name: name.clone(), how: how.clone() }).collect();
                commands.push(Command::SetCrisisContacts(contacts));
                close = true;
            } else if ui.button("Cancel").clicked() {
                close = true;
            }
        });
    });
    if close {
        view.editing = None;
    }
}
