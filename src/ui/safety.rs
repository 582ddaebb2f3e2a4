//! Help & safety: crisis resources, when self-guided exposure is not the right tool, and the
//! plain statement that Stepwise is a self-help practice tool, not treatment. Reachable from
//! every screen in one click (the top bar's "Crisis help" button, or F1).

use egui::RichText;

use super::theme;
use crate::app::Command;
use crate::model::{Library, default_crisis_contacts};

const NOT_SUITABLE: [&str; 6] = [
    "Your fear is tied to a traumatic event, or you live with PTSD.",
    "You are in an acute crisis, or having thoughts of harming yourself.",
    "You have frequent panic attacks and are not working with a professional.",
    "A phobia stops you leaving home, working or keeping up relationships.",
    "Your everyday anxiety sits above 7 or 8 out of 10 most of the time.",
    "You are already carrying a heavy load of stress (a move, a separation, a job loss).",
];

pub fn safety_ui(ui: &mut egui::Ui, library: Option<&Library>, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    ui.set_max_width(theme::READING_WIDTH);
    super::screen_heading(ui, "Help & safety", "Stepwise is a self-help practice tool, not treatment.");

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
