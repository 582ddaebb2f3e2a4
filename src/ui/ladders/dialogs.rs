//! The ladder editor's dialogs: walking through a ladder to re-rate every step, the template
//! gallery, and the confirmation before a ladder or step is deleted.

use egui::RichText;

use super::{Confirm, LadderView};
use crate::command::Command;
use crate::model::edit::LadderEdit;
use crate::model::{Ladder, Library, RESTORE_DAYS, Rating, Timestamp, ellipsis};
use crate::t;
use crate::templates;
use crate::ui::theme;

pub(super) fn rerate_ui(ui: &mut egui::Ui, ladder: &Ladder, view: &mut LadderView, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    let Some(rerate) = view.rerate.as_mut() else { return };
    // Steps are found by id: the ladder may have changed under the walk-through (an undo).
    let Some(step) = rerate.estimates.get(rerate.index).and_then(|(id, _)| ladder.step(*id)) else {
        view.rerate = None;
        return;
    };
    let total = rerate.estimates.len();
    ui.set_max_width(theme::READING_WIDTH);
    ui.label(RichText::new(t!("ladders-rerate-heading", title = &ladder.title)).heading());
    ui.label(
        RichText::new(t!("ladders-rerate-progress", number = rerate.index + 1, total = total))
            .color(palette.muted_text),
    );
    ui.add_space(theme::GAP_M);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(&step.situation).strong());
        ui.label(RichText::new(t!("ladders-rerate-earlier", estimate = step.estimate.get())).color(palette.muted_text));
    });
    ui.add_space(theme::GAP_S);
    ui.label(t!("ladders-rerate-question"));
    ui.horizontal(|ui| {
        for value in 0..=Rating::MAX {
            let chosen = rerate.estimates[rerate.index].1 == value;
            let response = ui.add(crate::ui::practice::choice_button(chosen, value.to_string()));
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Button,
                    true,
                    chosen,
                    t!("ladders-rerate-choice-name", value = value),
                )
            });
            if response.clicked() {
                rerate.estimates[rerate.index].1 = value;
            }
        }
    });
    ui.add_space(theme::GAP_M);
    let (index, last) = (rerate.index, rerate.index + 1 == total);
    let mut go_to = None;
    let (mut save, mut cancel) = (false, false);
    ui.horizontal(|ui| {
        if ui.add_enabled(index > 0, egui::Button::new(t!("ladders-rerate-back"))).clicked() {
            go_to = Some(index - 1);
        }
        if !last && ui.button(t!("ladders-rerate-next")).clicked() {
            go_to = Some(index + 1);
        }
        if last && ui.button(t!("ladders-rerate-save")).clicked() {
            save = true;
        }
        cancel = ui.button(t!("ladders-rerate-cancel")).clicked();
    });
    if let Some(index) = go_to {
        rerate.index = index;
    }
    if save {
        let estimates = rerate.estimates.iter().map(|(id, v)| (*id, Rating::saturating(*v))).collect();
        commands.push(Command::Edit(LadderEdit::ReRate { ladder: ladder.id, estimates }));
    }
    if save || cancel {
        view.rerate = None;
    }
}

pub(super) fn gallery_ui(ui: &mut egui::Ui, view: &mut LadderView, commands: &mut Vec<Command>) {
    let Some(chosen) = view.gallery else { return };
    let templates = templates::all();
    let modal = theme::modal(ui, "template_gallery"); // i18n: not shown (a widget id)
    let modal = modal.show(ui.ctx(), |ui| {
        ui.set_width(760.0);
        ui.heading(t!("ladders-gallery-heading"));
        ui.label(t!("ladders-gallery-intro"));
        ui.add_space(theme::GAP_S);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(200.0);
                for (index, template) in templates.iter().enumerate() {
                    if ui.selectable_label(index == chosen, &template.title).clicked() {
                        view.gallery = Some(index);
                    }
                }
            });
            // No vertical separator: in a modal it would stretch to the screen's height.
            ui.add_space(theme::GAP_L);
            ui.vertical(|ui| {
                let Some(template) = templates.get(chosen) else { return };
                ui.label(RichText::new(&template.title).strong());
                ui.label(RichText::new(&template.fear).italics());
                ui.add_space(theme::GAP_S);
                for (n, (text, estimate)) in template.steps.iter().enumerate() {
                    ui.label(format!("{}. {text} ({estimate})", n + 1));
                }
            });
        });
        ui.add_space(theme::GAP_M);
        ui.horizontal(|ui| {
            if ui.button(t!("ladders-gallery-use")).clicked()
                && let Some(template) = templates.get(chosen)
            {
                // The edit carries the ladder itself; its ids and date are made fresh when applied.
                let template = template.instantiate(Timestamp::EPOCH);
                commands.push(Command::Edit(LadderEdit::CreateFromTemplate { template }));
                view.gallery = None;
            }
            if ui.button(t!("ladders-gallery-close")).clicked() {
                view.gallery = None;
            }
        });
    });
    if modal.should_close() {
        view.gallery = None;
    }
}

pub(super) fn confirm_ui(ui: &mut egui::Ui, library: &Library, view: &mut LadderView, commands: &mut Vec<Command>) {
    let Some(confirm) = view.confirm else { return };
    let Some((question, action, edit)) = confirm_text(library, confirm) else {
        view.confirm = None;
        return;
    };
    let modal = theme::modal(ui, "confirm_delete"); // i18n: not shown (a widget id)
    let modal = modal.show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.label(question);
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if ui.button(action).clicked() {
                commands.push(Command::Edit(edit.clone()));
                view.confirm = None;
            }
            if ui.button(t!("ladders-confirm-keep")).clicked() {
                view.confirm = None;
            }
        });
    });
    if modal.should_close() {
        view.confirm = None;
    }
}

/// The question before a delete, the button that confirms it, and the edit; `None` when what
/// was to be deleted is gone already. It says where the ladder or step goes, for how long, and
/// names an exposure under way on it, which deleting sets aside.
#[must_use]
pub(super) fn confirm_text(library: &Library, confirm: Confirm) -> Option<(String, String, LadderEdit)> {
    let draft = library.in_progress.as_ref();
    match confirm {
        Confirm::DeleteLadder(ladder) => {
            let l = library.ladder(ladder)?;
            let exposures = library.exposures.iter().filter(|e| e.ladder == ladder).count();
            let (title, steps, days) = (ellipsis(&l.title, 60), l.steps.len(), RESTORE_DAYS);
            let mut text =
                t!("ladders-confirm-ladder", title = title, steps = steps, exposures = exposures, days = days);
            if let Some(step) = draft.filter(|d| d.ladder == ladder).and_then(|d| l.step(d.step)) {
                text.push_str(&under_way(&step.situation));
            }
            Some((text, t!("ladders-confirm-move-ladder"), LadderEdit::Delete { ladder }))
        }
        Confirm::DeleteStep(ladder, step) => {
            let s = library.ladder(ladder)?.step(step)?;
            let exposures = library.exposures_of_step(step).count();
            let situation = ellipsis(&s.situation, 60);
            let mut text =
                t!("ladders-confirm-step", situation = situation, exposures = exposures, days = RESTORE_DAYS);
            if draft.is_some_and(|d| d.step == step) {
                text.push_str(&under_way(&s.situation));
            }
            Some((text, t!("ladders-confirm-move-step"), LadderEdit::DeleteStep { ladder, step }))
        }
    }
}

/// A paragraph of its own after the question: an exposure under way on what would be deleted.
fn under_way(situation: &str) -> String {
    format!("\n\n{}", t!("ladders-confirm-under-way", situation = ellipsis(situation, 60)))
}
