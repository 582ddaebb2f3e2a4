//! The Ladders screen: the list of ladders, and an editor for the selected one.
//!
//! Everything the person changes goes out as a [`LadderEdit`] command (undoable, saved by the
//! background job). Text fields edit a draft that is committed when the field loses focus or
//! Enter is pressed, so one edit of a sentence is one undo step, not one per key. A draft keeps
//! the text the field held when it took focus (its base) and is committed only if the person
//! changed that text, so a change that arrived meanwhile (merged from another computer, or an
//! undo) is never reverted by a field that was merely focused; until the person types, the field
//! follows such a change ([`Draft`]). The fear sentence may be cleared; a title or a step may
//! not (`Field::commit` decides).
//! Steps are reordered by dragging the handle, by Alt+Up / Alt+Down on a focused step, or with
//! the per-step "Move up" / "Move down" buttons.

use std::collections::{BTreeMap, BTreeSet};

use egui::{Key, Modifiers, RichText};

use super::theme;
use crate::coach;
use crate::command::Command;
use crate::model::edit::{LadderEdit, ladder_warnings};
use crate::model::{Ladder, LadderId, Library, Rating, Step, StepId};
use crate::t;

/// Which text field a draft belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Field {
    Title(LadderId),
    Fear(LadderId),
    Step(StepId),
}

impl Field {
    /// Whether the field may be cleared: the fear sentence may (the `SetFear` edit allows an
    /// empty one); a ladder's title and a step may not.
    fn may_be_empty(self) -> bool {
        matches!(self, Self::Fear(_))
    }

    /// What editing the field commits when it ends: the draft's text, when the person changed
    /// it from its base, it differs from the `current` text (surrounding spaces aside both times)
    /// and the field accepts it; otherwise nothing. A draft the person did not change commits
    /// nothing even when the library changed underneath: the newer text there stays.
    fn commit(self, draft: Draft, current: &str) -> Option<String> {
        let changed = draft.typed() && draft.text.trim() != current.trim();
        (changed && (self.may_be_empty() || !draft.text.trim().is_empty())).then_some(draft.text)
    }
}

/// A text field's edit in progress: what the person sees and types (`text`) beside the text the
/// library held when the field took focus (`base`), so typing can be told from a change made
/// underneath (merged from another computer, or an undo).
#[derive(Debug, PartialEq, Eq)]
struct Draft {
    base: String,
    text: String,
}

impl Draft {
    /// Whether the person changed the text since the field took focus (surrounding spaces aside).
    fn typed(&self) -> bool {
        self.text.trim() != self.base.trim()
    }

    /// Follows a change made underneath while the person has not typed: the field then shows,
    /// and starts from, the library's `current` text. Typed text is left alone (it wins).
    fn follow(&mut self, current: &str) {
        if self.text == self.base && self.base != current {
            current.clone_into(&mut self.base);
            current.clone_into(&mut self.text);
        }
    }
}

/// A question waiting for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Confirm {
    DeleteLadder(LadderId),
    DeleteStep(LadderId, StepId),
}

/// Walking through a ladder to give each step a fresh estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ReRate {
    ladder: LadderId,
    index: usize,
    estimates: Vec<(StepId, u8)>,
}

/// The editor's transient state.
#[derive(Debug)]
pub struct LadderView {
    show_archived: bool,
    /// Recently deleted is unfolded.
    show_deleted: bool,
    drafts: BTreeMap<Field, Draft>,
    new_step: String,
    new_estimate: u8,
    /// The template gallery, open on the template at this index.
    gallery: Option<usize>,
    confirm: Option<Confirm>,
    rerate: Option<ReRate>,
    /// Mastered steps, recomputed only when the exposures or the streak change.
    mastered: coach::MasteredCache,
    /// The coach's next step for the ladder shown, recomputed only after a change to the
    /// library (its generation) or for another ladder: one ladder's answer, never all of them.
    next: Option<((u64, LadderId), Option<coach::Recommendation>)>,
}

impl LadderView {
    /// Edits typed into text fields but not yet committed (the field still has focus), as
    /// commands; the drafts are cleared. Called before leaving the screen or closing. As when a
    /// field loses focus, only text the person changed is committed ([`Field::commit`]).
    pub fn take_pending_edits(&mut self, library: &Library) -> Vec<LadderEdit> {
        let drafts = std::mem::take(&mut self.drafts);
        drafts
            .into_iter()
            .filter_map(|(field, draft)| match field {
                Field::Title(ladder) => library
                    .ladder(ladder)
                    .and_then(|l| field.commit(draft, &l.title))
                    .map(|title| LadderEdit::Rename { ladder, title }),
                Field::Fear(ladder) => library
                    .ladder(ladder)
                    .and_then(|l| field.commit(draft, &l.fear))
                    .map(|fear| LadderEdit::SetFear { ladder, fear }),
                Field::Step(step) => library
                    .ladders
                    .iter()
                    .find_map(|l| l.step(step).map(|s| (l.id, s)))
                    .and_then(|(ladder, s)| field.commit(draft, &s.situation).map(|situation| (ladder, situation)))
                    .map(|(ladder, situation)| LadderEdit::SetStepText { ladder, step, situation }),
            })
            .collect()
    }
}

impl Default for LadderView {
    fn default() -> Self {
        Self {
            show_archived: false,
            show_deleted: false,
            drafts: BTreeMap::new(),
            new_step: String::new(),
            new_estimate: 3,
            gallery: None,
            confirm: None,
            rerate: None,
            mastered: coach::MasteredCache::default(),
            next: None,
        }
    }
}

/// A step as a drag-and-drop item: identified by its stable id, never by its position.
#[derive(Debug)]
struct StepRow<'a> {
    index: usize,
    step: &'a Step,
}

impl std::hash::Hash for StepRow<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.step.id.hash(state);
    }
}

pub fn ladders_ui(
    ui: &mut egui::Ui,
    library: &Library,
    now: crate::model::Timestamp,
    generation: u64,
    selected: Option<LadderId>,
    view: &mut LadderView,
    commands: &mut Vec<Command>,
) {
    let mastered = view.mastered.get(library);
    super::screen_heading(ui, &t!("ladders-heading"), &t!("ladders-heading-intro"));
    let selected = selected.and_then(|id| library.ladder(id)).filter(|l| view.show_archived || !l.archived);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(250.0);
            ladder_list_ui(ui, library, &mastered, selected.map(|l| l.id), view, commands);
            deleted::deleted_ui(ui, library, now, view, commands);
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.set_width(ui.available_width());
            match selected {
                Some(ladder) if view.rerate.as_ref().is_some_and(|r| r.ladder == ladder.id) => {
                    dialogs::rerate_ui(ui, ladder, view, commands);
                }
                Some(ladder) => ladder_editor_ui(ui, library, generation, &mastered, ladder, view, commands),
                None => {
                    ui.label(t!("ladders-choose"));
                }
            }
        });
    });
    dialogs::gallery_ui(ui, view, commands);
    dialogs::confirm_ui(ui, library, view, commands);
}

fn ladder_list_ui(
    ui: &mut egui::Ui,
    library: &Library,
    mastered: &BTreeSet<StepId>,
    selected: Option<LadderId>,
    view: &mut LadderView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    ui.horizontal(|ui| {
        if ui.button(t!("ladders-new-button")).clicked() {
            commands
                .push(Command::Edit(LadderEdit::CreateLadder { title: t!("ladders-new-title"), fear: String::new() }));
        }
        if ui.button(t!("ladders-from-template")).clicked() {
            view.gallery = Some(0);
        }
    });
    ui.add_space(theme::GAP_S);
    for ladder in library.ladders.iter().filter(|l| view.show_archived || !l.archived) {
        let done = ladder.steps.iter().filter(|s| mastered.contains(&s.id)).count();
        let text = t!("ladders-list-item", title = ladder.display_title(), done = done, total = ladder.steps.len());
        if ui.selectable_label(selected == Some(ladder.id), text).clicked() {
            commands.push(Command::SelectLadder(ladder.id));
        }
    }
    let archived = library.ladders.iter().filter(|l| l.archived).count();
    if archived > 0 {
        ui.add_space(theme::GAP_S);
        ui.checkbox(&mut view.show_archived, t!("ladders-show-archived", count = archived));
    }
    if library.ladders.is_empty() {
        ui.label(RichText::new(t!("ladders-none")).color(palette.muted_text));
    }
}

/// The shape of a [`draft_field`].
#[derive(Clone, Copy, Debug, PartialEq)]
enum DraftShape {
    /// One line that wraps, this wide (`f32::INFINITY`: all the width there is).
    Line(f32),
    /// A paragraph of two rows or more, all the width there is.
    Paragraph,
}

/// What the controls after a step's text take (estimate, Up, Down, Delete) before the first
/// frame measures them.
const STEP_CONTROLS_WIDTH: f32 = 300.0;
/// The narrowest a step's text field becomes, however wide its controls.
const MIN_STEP_TEXT_WIDTH: f32 = 120.0;

/// A text field whose edits become one command when it loses focus. Returns the new text then,
/// if the person changed it ([`Field::commit`]).
fn draft_field(
    ui: &mut egui::Ui,
    drafts: &mut BTreeMap<Field, Draft>,
    field: Field,
    current: &str,
    accessible_label: &str,
    shape: DraftShape,
) -> Option<String> {
    let id = ui.make_persistent_id(("draft", field)); // i18n: not shown (a widget id)
    if let Some(draft) = drafts.get_mut(&field) {
        draft.follow(current);
    }
    let editing = drafts.contains_key(&field);
    let mut shown = current.to_owned();
    let buffer = match drafts.get_mut(&field) {
        Some(draft) => &mut draft.text,
        None => &mut shown,
    };
    let multiline = shape == DraftShape::Paragraph;
    let (edit, width) = match shape {
        DraftShape::Paragraph => (egui::TextEdit::multiline(buffer).desired_rows(2), f32::INFINITY),
        // One line of text that wraps so all of it shows (a long step is never cut off); Enter
        // ends the edit as in a one-line field, and a pasted line break becomes a space.
        DraftShape::Line(width) => (egui::TextEdit::multiline(buffer).desired_rows(1).return_key(None), width),
    };
    let response = ui.add(edit.id(id).desired_width(width));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, accessible_label));
    if !multiline {
        if let Some(draft) = drafts.get_mut(&field)
            && draft.text.contains(['\n', '\r'])
        {
            draft.text = draft.text.replace(['\r', '\n'], " ");
        }
        if response.has_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            response.surrender_focus();
        }
    }
    if response.has_focus() && !editing {
        drafts.insert(field, Draft { base: current.to_owned(), text: shown });
        return None;
    }
    if editing && !response.has_focus() {
        let draft = drafts.remove(&field)?;
        // Escape leaves the field and throws the draft away; Enter or clicking elsewhere keeps it.
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            return None;
        }
        return field.commit(draft, current);
    }
    None
}

fn ladder_editor_ui(
    ui: &mut egui::Ui,
    library: &Library,
    generation: u64,
    mastered: &BTreeSet<StepId>,
    ladder: &Ladder,
    view: &mut LadderView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    let id = ladder.id;

    ui.label(RichText::new(t!("ladders-title-label")).small().color(palette.muted_text));
    if let Some(title) = draft_field(
        ui,
        &mut view.drafts,
        Field::Title(id),
        &ladder.title,
        &t!("ladders-title-field"),
        DraftShape::Line(f32::INFINITY),
    ) {
        commands.push(Command::Edit(LadderEdit::Rename { ladder: id, title }));
    }
    let fear_label = t!("ladders-fear-field");
    ui.label(RichText::new(&fear_label).small().color(palette.muted_text));
    if let Some(fear) =
        draft_field(ui, &mut view.drafts, Field::Fear(id), &ladder.fear, &fear_label, DraftShape::Paragraph)
    {
        commands.push(Command::Edit(LadderEdit::SetFear { ladder: id, fear }));
    }
    ui.add_space(theme::GAP_S);

    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("ladders-sort")).on_hover_text(t!("ladders-sort-hint")).clicked() {
            commands.push(Command::Edit(LadderEdit::SortByEstimate { ladder: id }));
        }
        if ui.button(t!("ladders-rerate")).on_hover_text(t!("ladders-rerate-hint")).clicked()
            && !ladder.steps.is_empty()
        {
            view.rerate = Some(ReRate {
                ladder: id,
                index: 0,
                estimates: ladder.steps.iter().map(|s| (s.id, s.estimate.get())).collect(),
            });
        }
        if ui.button(t!("ladders-duplicate")).clicked() {
            commands.push(Command::Edit(LadderEdit::Duplicate { ladder: id }));
        }
        let archive = if ladder.archived { t!("ladders-unarchive") } else { t!("ladders-archive") };
        if ui.button(archive).clicked() {
            commands.push(Command::Edit(LadderEdit::SetArchived { ladder: id, archived: !ladder.archived }));
        }
        if ui.button(t!("ladders-delete-ladder")).clicked() {
            view.confirm = Some(Confirm::DeleteLadder(id));
        }
    });

    for warning in ladder_warnings(ladder) {
        ui.label(RichText::new(warning.message()).small().color(palette.warn_text));
    }
    let key = (generation, id);
    if view.next.as_ref().is_none_or(|(cached, _)| *cached != key) {
        view.next = Some((key, coach::recommend(library, id)));
    }
    let next = view.next.as_ref().and_then(|(_, next)| next.clone());
    if let Some(rec) = &next {
        ui.label(RichText::new(&rec.reason).color(palette.accent));
    }
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(t!("ladders-steps-intro")).small().color(palette.muted_text));
    steps_ui(ui, library, mastered, ladder, next.and_then(|r| r.step), view, commands);
    ui.add_space(theme::GAP_M);
    add_step_ui(ui, id, view, commands);
}

fn steps_ui(
    ui: &mut egui::Ui,
    library: &Library,
    mastered: &BTreeSet<StepId>,
    ladder: &Ladder,
    next: Option<StepId>,
    view: &mut LadderView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    let count = ladder.steps.len();
    // Measured once, so every row gets the same width (the row frame's margins aside).
    let row_width = ui.available_width() - 24.0;
    let rows = ladder.steps.iter().enumerate().map(|(index, step)| StepRow { index, step });
    let list_id = ui.make_persistent_id(("steps", ladder.id)); // i18n: not shown (a widget id)
    let response = egui_dnd::dnd(ui, list_id).show(rows, |ui, row, handle, _state| {
        let StepRow { index, step } = row;
        let number = index + 1;
        let frame = if Some(step.id) == next { theme::banner(palette.info_bg) } else { theme::banner(palette.card) };
        frame.show(ui, |ui| {
            // Left to right, in the order a screen reader and the Tab key go through the row:
            // the handle, the number, the text, the estimate, then the buttons. The text
            // field takes the width the controls after it leave; their width is measured
            // each frame (it grows with larger text), and a change asks for one more frame.
            // The height is fixed: a centred layout would otherwise take all the height there is.
            let row_size = egui::vec2(row_width, ui.spacing().interact_size.y + 4.0);
            let measured_id = egui::Id::unique("step_row_controls_width"); // i18n: not shown (a widget id)
            let controls_width = ui.data(|d| d.get_temp::<f32>(measured_id)).unwrap_or(STEP_CONTROLS_WIDTH);
            ui.allocate_ui_with_layout(row_size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
                // The handle senses drags itself: in egui 0.37 a widget inside it would
                // otherwise cover the handle's area and egui_dnd would never see the pointer.
                handle
                    .sense(egui::Sense::drag())
                    .ui(ui, |ui| grip_ui(ui, palette.muted_text))
                    .on_hover_text(t!("ladders-step-drag-hint"))
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            t!("ladders-step-drag-name", number = number),
                        )
                    });
                ui.label(RichText::new(format!("{number:>2}")).strong());
                if mastered.contains(&step.id) {
                    ui.label(RichText::new(t!("ladders-step-mastered")).small().strong().color(palette.ok_text));
                } else if Some(step.id) == next {
                    ui.label(RichText::new(t!("ladders-step-next")).small().strong().color(palette.accent));
                }
                let label = t!("ladders-step-name", number = number);
                let text_width = (ui.available_width() - controls_width).max(MIN_STEP_TEXT_WIDTH);
                if let Some(situation) = draft_field(
                    ui,
                    &mut view.drafts,
                    Field::Step(step.id),
                    &step.situation,
                    &label,
                    DraftShape::Line(text_width),
                ) {
                    commands.push(Command::Edit(LadderEdit::SetStepText {
                        ladder: ladder.id,
                        step: step.id,
                        situation,
                    }));
                }
                let field_id = ui.make_persistent_id(("draft", Field::Step(step.id))); // i18n: not shown (a widget id)
                let mut row_focused = ui.memory(|m| m.has_focus(field_id));

                let controls_start = ui.cursor().min.x;
                let mut estimate = step.estimate.get();
                ui.spacing_mut().slider_width = 90.0;
                let slider = egui::Slider::new(&mut estimate, 0..=Rating::MAX);
                let slider_response = ui.add(slider).on_hover_text(t!("ladders-step-estimate-hint"));
                slider_response.widget_info(|| {
                    egui::WidgetInfo::slider(
                        true,
                        f64::from(estimate),
                        t!("ladders-step-estimate-name", number = number),
                    )
                });
                // One command per change: on release after a drag, or at once for keys and clicks.
                let settled = !slider_response.dragged() || slider_response.drag_stopped();
                if settled && estimate != step.estimate.get() {
                    commands.push(Command::Edit(LadderEdit::SetStepEstimate {
                        ladder: ladder.id,
                        step: step.id,
                        estimate: Rating::saturating(estimate),
                    }));
                }
                let up = ui
                    .add_enabled(index > 0, egui::Button::new(t!("ladders-step-up")))
                    .on_hover_text(t!("ladders-step-up-hint"));
                up.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        index > 0,
                        t!("ladders-step-up-name", number = number),
                    )
                });
                let down = ui
                    .add_enabled(index + 1 < count, egui::Button::new(t!("ladders-step-down")))
                    .on_hover_text(t!("ladders-step-down-hint"));
                down.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        index + 1 < count,
                        t!("ladders-step-down-name", number = number),
                    )
                });
                let delete = ui.button(t!("ladders-step-delete"));
                delete.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, t!("ladders-step-delete-name", number = number))
                });
                let used = ui.min_rect().right() - controls_start + ui.spacing().item_spacing.x;
                if (used - controls_width).abs() > 0.5 {
                    ui.data_mut(|d| d.insert_temp(measured_id, used));
                    ui.ctx().request_discard("the step row's controls changed width"); // i18n: not shown (a reason for egui's debug output)
                }
                row_focused |= up.has_focus() || down.has_focus() || slider_response.has_focus();

                let alt_up = row_focused && ui.input_mut(|i| i.consume_key(Modifiers::ALT, Key::ArrowUp));
                let alt_down = row_focused && ui.input_mut(|i| i.consume_key(Modifiers::ALT, Key::ArrowDown));
                if (up.clicked() || alt_up) && index > 0 {
                    commands.push(Command::Edit(LadderEdit::MoveStep {
                        ladder: ladder.id,
                        step: step.id,
                        to: index - 1,
                    }));
                }
                if (down.clicked() || alt_down) && index + 1 < count {
                    commands.push(Command::Edit(LadderEdit::MoveStep {
                        ladder: ladder.id,
                        step: step.id,
                        to: index + 1,
                    }));
                }
                if delete.clicked() {
                    if library.step_has_records(step.id) {
                        view.confirm = Some(Confirm::DeleteStep(ladder.id, step.id));
                    } else {
                        commands.push(Command::Edit(LadderEdit::DeleteStep { ladder: ladder.id, step: step.id }));
                    }
                }
            });
        });
    });
    if let Some(update) = response.final_update()
        && let Some(step) = ladder.steps.get(update.from)
    {
        // egui_dnd reports the insertion point in the list before removal.
        let to = if update.to > update.from { update.to - 1 } else { update.to };
        if to != update.from {
            commands.push(Command::Edit(LadderEdit::MoveStep { ladder: ladder.id, step: step.id, to }));
        }
    }
    if ladder.steps.is_empty() {
        ui.label(t!("ladders-no-steps"));
    }
}

/// Six dots in two columns: the usual sign for "drag me".
fn grip_ui(ui: &mut egui::Ui, colour: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 24.0), egui::Sense::hover());
    for row in 0..3 {
        for column in 0..2 {
            let centre =
                rect.center() + egui::vec2(f32::from(column as u8) * 6.0 - 3.0, f32::from(row as u8) * 6.0 - 6.0);
            ui.painter().circle_filled(centre, 1.6, colour);
        }
    }
}

fn add_step_ui(ui: &mut egui::Ui, ladder: LadderId, view: &mut LadderView, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    ui.label(RichText::new(t!("ladders-add-heading")).strong());
    ui.horizontal(|ui| {
        let id = ui.make_persistent_id("new_step"); // i18n: not shown (a widget id)
        let field = egui::TextEdit::singleline(&mut view.new_step)
            .id(id)
            .hint_text(t!("ladders-add-hint"))
            .desired_width((ui.available_width() - 280.0).max(200.0));
        let response = ui.add(field);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("ladders-add-field")));
        ui.add(egui::Slider::new(&mut view.new_estimate, 0..=Rating::MAX).text(t!("ladders-add-suds"))).widget_info(
            || egui::WidgetInfo::slider(true, f64::from(view.new_estimate), t!("ladders-add-estimate-name")),
        );
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if (ui.button(t!("ladders-add-button")).clicked() || entered) && !view.new_step.trim().is_empty() {
            commands.push(Command::Edit(LadderEdit::AddStep {
                ladder,
                situation: std::mem::take(&mut view.new_step),
                estimate: Rating::saturating(view.new_estimate),
            }));
            if entered {
                ui.memory_mut(|m| m.request_focus(id));
            }
        }
    });
    ui.label(RichText::new(t!("ladders-add-advice")).small().color(palette.muted_text));
}

mod deleted;
mod dialogs;
#[cfg(test)]
mod tests;
