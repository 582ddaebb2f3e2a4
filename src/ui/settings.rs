//! The Settings screen: the person's own practice (weekly goal, mastery streak, exposure length,
//! when a day starts), their words for 0, 5 and 10, their safety behaviours, and reduced motion.
//!
//! Each change is a [`SettingsEdit`], checked against `model::limits` by the model, saved at once
//! and undoable (Ctrl+Z). Texts are committed when their field loses focus, on Enter, or when the
//! person leaves the screen ([`SettingsView::take_pending_edits`]); the slider when it is let go.

use egui::RichText;

use super::practice::choice_button;
use super::theme;
use crate::command::Command;
use crate::model::{Anchors, Library, SettingsEdit, limits};
use crate::view::RemindersView;

/// Drafts of what is being typed or dragged; never saved.
#[derive(Debug, Default)]
pub struct SettingsView {
    /// The weekly goal while the slider is held.
    goal: Option<u8>,
    /// The three anchor texts being edited, from the settings as they were when editing began.
    anchors: Option<Anchors>,
    /// A safety behaviour being renamed: its index and the text so far.
    renaming: Option<(usize, String)>,
    new_behaviour: String,
}

impl SettingsView {
    /// Text typed but not yet committed, as commands; the drafts are cleared. Called before
    /// leaving the screen or closing.
    pub fn take_pending_edits(&mut self, library: &Library) -> Vec<SettingsEdit> {
        let mut edits = Vec::new();
        if let Some(anchors) = self.anchors.take()
            && anchors != library.settings.anchors
        {
            edits.push(SettingsEdit::Anchors(anchors));
        }
        if let Some((index, name)) = self.renaming.take()
            && library.settings.safety_behaviours.get(index).is_some_and(|old| old.trim() != name.trim())
        {
            edits.push(SettingsEdit::RenameSafetyBehaviour { index, name });
        }
        edits
    }
}

/// One line under a setting saying what it does.
fn explain(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).small().color(theme::palette(ui).muted_text));
    ui.add_space(theme::GAP_S);
}

fn section(ui: &mut egui::Ui, title: &str, body: impl FnOnce(&mut egui::Ui)) {
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(title).strong().size(16.0));
        ui.add_space(theme::GAP_S);
        body(ui);
    });
    ui.add_space(theme::GAP_M);
}

pub fn settings_ui(
    ui: &mut egui::Ui,
    library: &Library,
    reminders: &RemindersView<'_>,
    view: &mut SettingsView,
    commands: &mut Vec<Command>,
) {
    super::screen_heading(
        ui,
        "Settings",
        "Your practice, your way. Each change is saved at once and can be undone with Ctrl+Z.",
    );
    ui.set_max_width(theme::READING_WIDTH + 80.0);
    let mut edits = Vec::new();
    let mut push = |edit: SettingsEdit| edits.push(Command::Settings(edit));
    practice_section(ui, library, view, &mut push);
    plan_section(ui, library, &mut push);
    reminders_section(ui, library, reminders, &mut edits);
    let mut push = |edit: SettingsEdit| edits.push(Command::Settings(edit));
    anchors_section(ui, library, view, &mut push);
    behaviours_section(ui, library, view, &mut push);
    section(ui, "Display", |ui| {
        let mut reduced = library.settings.reduced_motion;
        if ui.checkbox(&mut reduced, "Reduce motion").changed() {
            push(SettingsEdit::ReducedMotion(reduced));
        }
        explain(ui, "The breathing pacer shows a bar and words instead of a moving shape.");
    });
    commands.append(&mut edits);
}

/// Reminders and starting with the computer: preferences of this computer, not of the progress
/// file (a work computer may stay quiet while the one at home reminds).
fn reminders_section(ui: &mut egui::Ui, library: &Library, reminders: &RemindersView<'_>, commands: &mut Vec<Command>) {
    use crate::autostart::Status;
    let palette = theme::palette(ui);
    section(ui, "Reminders on this computer", |ui| {
        let mut on = reminders.on;
        if ui.checkbox(&mut on, "Remind me at practice times").changed() {
            commands.push(Command::SetReminders(on));
        }
        explain(
            ui,
            "While Stepwise is open, even minimised: one quiet notification at each practice time, without sound. \
             It says only \"Practice time\", never what you practise. None during an exposure, in the hour after \
             one, or once today's exposures are done.",
        );
        if library.settings.practice_times.is_empty() {
            ui.label(RichText::new("Add a practice time above for reminders to come.").italics());
        }
        if let Some(problem) = reminders.problem {
            ui.label(RichText::new(problem).color(palette.warn_text));
        }
        ui.add_space(theme::GAP_S);
        match reminders.autostart {
            Status::Unsupported => {
                ui.label("Starting Stepwise with the computer is not available on this system yet.");
            }
            Status::Unknown => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Looking whether Stepwise starts with the computer...");
                });
            }
            Status::Foreign(path) => {
                ui.label(format!(
                    "A start-up entry that Stepwise did not write is at {}. It is left as it is.",
                    path.display()
                ));
            }
            status @ (Status::On | Status::Off) => {
                let mut start = *status == Status::On;
                ui.horizontal(|ui| {
                    let changed = ui.add_enabled(
                        !reminders.autostart_busy,
                        egui::Checkbox::new(&mut start, "Start Stepwise when I log in"),
                    );
                    if changed.changed() {
                        commands.push(Command::SetAutostart(start));
                    }
                    if reminders.autostart_busy {
                        ui.spinner();
                    }
                });
                explain(
                    ui,
                    "It starts minimised and quiet, so reminders can come; opening it shows the Today card. Off unless you turn it on.",
                );
            }
        }
        if let Some(error) = reminders.autostart_error {
            ui.label(RichText::new(error).color(palette.warn_text));
        }
    });
}

/// A label and one button per value of `range`, the `current` one chosen; the value clicked when
/// it differs from the current one.
fn choice_row(
    ui: &mut egui::Ui,
    label: &str,
    range: std::ops::RangeInclusive<u8>,
    current: u8,
    text: impl Fn(u8) -> String,
) -> Option<u8> {
    ui.horizontal(|ui| {
        ui.label(label);
        let mut chosen = None;
        for value in range {
            if ui.add(choice_button(current == value, text(value))).clicked() && current != value {
                chosen = Some(value);
            }
        }
        chosen
    })
    .inner
}

fn practice_section(
    ui: &mut egui::Ui,
    library: &Library,
    view: &mut SettingsView,
    push: &mut impl FnMut(SettingsEdit),
) {
    let s = &library.settings;
    section(ui, "Your practice", |ui| {
        let range = limits::WEEKLY_GOAL_RANGE;
        let mut goal = view.goal.unwrap_or(s.weekly_goal);
        ui.horizontal(|ui| {
            ui.label("Weekly goal");
            // The value is said beside the slider (a typed value would be one more field to commit).
            let slider = egui::Slider::new(&mut goal, *range.start()..=*range.end()).show_value(false);
            let response = ui.add(slider);
            response.widget_info(|| egui::WidgetInfo::slider(true, f64::from(goal), "Exposures a week"));
            ui.label(crate::model::count(usize::from(goal), "exposure a week", "exposures a week"));
            if response.dragged() {
                view.goal = Some(goal);
            } else if response.drag_stopped() || response.changed() {
                // Let go, or moved with the keyboard: one change.
                view.goal = None;
                if goal != s.weekly_goal {
                    push(SettingsEdit::WeeklyGoal(goal));
                }
            }
        });
        explain(
            ui,
            "About ten small exposures a week builds confidence; when you are starting out, five is a fine aim.",
        );

        if let Some(streak) =
            choice_row(ui, "A step is done after", limits::MASTERY_STREAK_RANGE, s.mastery_streak, |n| {
                format!("{n} in a row")
            })
        {
            push(SettingsEdit::MasteryStreak(streak));
        }
        explain(
            ui,
            "How many after-ratings in a row must be below 2 before the next step opens. 3 is steadier, 2 quicker.",
        );

        if let Some(minutes) =
            choice_row(ui, "Exposure timer", limits::EXPOSURE_MINUTES_RANGE, s.exposure_minutes, |n| format!("{n} min"))
        {
            push(SettingsEdit::ExposureMinutes(minutes));
        }
        explain(ui, "How long the timer runs unless you change it before starting. Two to four minutes works best.");

        let hour_label = |h: u8| if h == 0 { "midnight".to_owned() } else { format!("{h}:00") };
        ui.horizontal(|ui| {
            ui.label("A new day starts at");
            let combo = egui::ComboBox::from_id_salt("day_starts_at")
                .selected_text(hour_label(s.day_starts_at))
                .show_ui(ui, |ui| {
                    for h in 0..=limits::DAY_START_HOUR_MAX {
                        if ui.selectable_label(s.day_starts_at == h, hour_label(h)).clicked() && s.day_starts_at != h {
                            push(SettingsEdit::DayStartsAt(h));
                        }
                    }
                });
            let value = hour_label(s.day_starts_at);
            combo.response.widget_info(|| {
                let mut info = egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Hour a new day starts");
                info.current_text_value = Some(value.clone());
                info
            });
        });
        explain(
            ui,
            "For night owls: practice before this hour counts for the day before, in the daily limits and the week.",
        );
    });
}

/// A small drop-down of two-digit numbers ("07", "30") named `name` for a screen reader; the
/// value chosen (the `current` one when nothing was).
fn two_digit_choice(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    current: u8,
    options: impl Iterator<Item = u8>,
    name: &str,
) -> u8 {
    let mut value = current;
    let combo = egui::ComboBox::from_id_salt(id).selected_text(format!("{current:02}")).width(48.0).show_ui(ui, |ui| {
        for option in options {
            ui.selectable_value(&mut value, option, format!("{option:02}"));
        }
    });
    combo.response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name);
        info.current_text_value = Some(format!("{current:02}"));
        info
    });
    value
}

/// The practice times: days, a time and optionally a ladder each; every change is one edit.
fn plan_section(ui: &mut egui::Ui, library: &Library, push: &mut impl FnMut(SettingsEdit)) {
    use crate::model::{PracticeTime, Weekdays};
    section(ui, "When you mean to practise", |ui| {
        explain(
            ui,
            "Small and often works best: for example three days a week at the same time. Today's times show on Practice.",
        );
        let times = &library.settings.practice_times;
        if times.is_empty() {
            ui.label(RichText::new("No practice times yet.").italics());
        }
        for (n, time) in times.iter().enumerate() {
            let number = n + 1;
            ui.horizontal_wrapped(|ui| {
                for day in Weekdays::ALL {
                    let on = time.days.contains(day);
                    let short = &format!("{day:?}")[..2];
                    let response = ui.add(choice_button(on, short).min_size(egui::vec2(32.0, 30.0)));
                    let name =
                        format!("{} for practice time {number}", crate::plan::days_in_words(Weekdays::of(&[day])));
                    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, name.clone()));
                    // The last day cannot be taken away: a time needs a day (remove it instead).
                    if response.clicked() && !(on && time.days.days().count() == 1) {
                        push(SettingsEdit::SetPracticeTime(PracticeTime {
                            days: time.days.with(day, !on),
                            ..time.clone()
                        }));
                    }
                }
                ui.add_space(theme::GAP_S);
                let hour = two_digit_choice(
                    ui,
                    ("practice_hour", time.id),
                    time.hour,
                    0..24,
                    &format!("Hour of practice time {number}"),
                );
                ui.label(":");
                let minute = two_digit_choice(
                    ui,
                    ("practice_minute", time.id),
                    time.minute,
                    (0..60).step_by(5),
                    &format!("Minutes of practice time {number}"),
                );
                let mut ladder = time.ladder.filter(|id| library.ladder(*id).is_some());
                let chosen =
                    ladder.and_then(|id| library.ladder(id)).map_or("any ladder".to_owned(), |l| l.title.clone());
                let combo = egui::ComboBox::from_id_salt(("practice_ladder", time.id))
                    .selected_text(crate::model::ellipsis(&chosen, 16))
                    .width(140.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut ladder, None, "any ladder");
                        for l in library.ladders.iter().filter(|l| !l.archived) {
                            ui.selectable_value(&mut ladder, Some(l.id), &l.title);
                        }
                    });
                combo.response.widget_info(|| {
                    let mut info = egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        format!("Ladder of practice time {number}"),
                    );
                    info.current_text_value = Some(chosen.clone());
                    info
                });
                if (hour, minute, ladder) != (time.hour, time.minute, time.ladder) {
                    push(SettingsEdit::SetPracticeTime(PracticeTime { hour, minute, ladder, ..time.clone() }));
                }
                let remove = ui.button("Remove");
                remove.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Remove practice time {number}"))
                });
                if remove.clicked() {
                    push(SettingsEdit::RemovePracticeTime(time.id));
                }
            });
        }
        ui.add_space(theme::GAP_S);
        let full = times.len() >= limits::MAX_PRACTICE_TIMES;
        if ui.add_enabled(!full, egui::Button::new("Add a practice time")).clicked() {
            // A first suggestion the person changes: three evenings a week.
            let days = Weekdays::of(&[chrono::Weekday::Mon, chrono::Weekday::Wed, chrono::Weekday::Fri]);
            push(SettingsEdit::SetPracticeTime(PracticeTime {
                id: crate::model::fresh_id(),
                days,
                hour: 18,
                minute: 30,
                ladder: None,
            }));
        }
    });
}

fn anchors_section(ui: &mut egui::Ui, library: &Library, view: &mut SettingsView, push: &mut impl FnMut(SettingsEdit)) {
    section(ui, "Your 0-10 scale", |ui| {
        explain(ui, "In your own words, what 0, 5 and 10 feel like for you. Every 0-10 choice shows the nearest one.");
        let saved = &library.settings.anchors;
        let mut draft = view.anchors.clone().unwrap_or_else(|| saved.clone());
        let mut commit = false;
        let mut editing = false;
        egui::Grid::new("anchors").num_columns(2).spacing([theme::GAP_M, theme::GAP_S]).show(ui, |ui| {
            let fields: [(&str, &mut String, &str); 3] = [
                ("0", &mut draft.calm, Anchors::DEFAULT[0]),
                ("5", &mut draft.middle, Anchors::DEFAULT[1]),
                ("10", &mut draft.worst, Anchors::DEFAULT[2]),
            ];
            for (point, text, default) in fields {
                ui.label(RichText::new(point).strong());
                let response = ui
                    .add(
                        egui::TextEdit::singleline(text)
                            .hint_text(default)
                            .char_limit(limits::SHORT_TEXT_CHARS)
                            .desired_width(420.0),
                    )
                    .on_hover_text("Leave it empty for the words shown in grey");
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("What {point} feels like"))
                });
                editing |= response.has_focus();
                commit |= response.lost_focus();
                ui.end_row();
            }
        });
        if commit {
            view.anchors = None;
            // Spaces around the words are not a change (the model keeps them trimmed).
            let trimmed =
                |a: &Anchors| [a.calm.trim().to_owned(), a.middle.trim().to_owned(), a.worst.trim().to_owned()];
            if trimmed(&draft) != trimmed(saved) {
                push(SettingsEdit::Anchors(draft));
            }
        } else if editing || view.anchors.is_some() && draft != *saved {
            view.anchors = Some(draft);
        } else {
            view.anchors = None;
        }
    });
}

fn behaviours_section(
    ui: &mut egui::Ui,
    library: &Library,
    view: &mut SettingsView,
    push: &mut impl FnMut(SettingsEdit),
) {
    let list = &library.settings.safety_behaviours;
    section(ui, "Your safety behaviours", |ui| {
        explain(
            ui,
            "Things you do to feel safer that keep the fear going. Before an exposure you can choose one to drop.",
        );
        if list.is_empty() {
            ui.label(RichText::new("Your list is empty. Add the ones you notice in yourself.").italics());
        }
        for (index, name) in list.iter().enumerate() {
            ui.horizontal(|ui| {
                let renaming = view.renaming.as_ref().is_some_and(|(i, _)| *i == index);
                let mut text = if renaming {
                    view.renaming.as_ref().map_or_else(String::new, |(_, t)| t.clone())
                } else {
                    name.clone()
                };
                let response = ui.add(
                    egui::TextEdit::singleline(&mut text).char_limit(limits::SHORT_TEXT_CHARS).desired_width(360.0),
                );
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Safety behaviour {}", index + 1))
                });
                if response.lost_focus() {
                    view.renaming = None;
                    if text.trim() != name.trim() {
                        push(SettingsEdit::RenameSafetyBehaviour { index, name: text });
                    }
                } else if response.changed() || renaming {
                    view.renaming = Some((index, text));
                }
                let remove = ui.button("Remove");
                remove.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Remove {name}")));
                if remove.clicked() {
                    // A rename still being typed in another row is kept first (the click took
                    // its focus this frame), then this row goes.
                    if let Some((renamed, text)) = view.renaming.take()
                        && renamed != index
                        && list.get(renamed).is_some_and(|old| old.trim() != text.trim())
                    {
                        push(SettingsEdit::RenameSafetyBehaviour { index: renamed, name: text });
                    }
                    push(SettingsEdit::RemoveSafetyBehaviour(index));
                }
            });
        }
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            let response = ui.add(
                egui::TextEdit::singleline(&mut view.new_behaviour)
                    .hint_text("Another one, in a few words")
                    .char_limit(limits::SHORT_TEXT_CHARS)
                    .desired_width(360.0),
            );
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "New safety behaviour"));
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let full = list.len() >= limits::MAX_SAFETY_BEHAVIOURS;
            // Said here, before adding, so the words typed are not lost to a refusal.
            let twin = list.iter().find(|b| crate::model::same_words(b, &view.new_behaviour));
            let ready = !view.new_behaviour.trim().is_empty() && !full && twin.is_none();
            if (ui.add_enabled(ready, egui::Button::new("Add")).clicked() || entered) && ready {
                push(SettingsEdit::AddSafetyBehaviour(std::mem::take(&mut view.new_behaviour)));
            }
            if let Some(twin) = twin {
                ui.label(
                    RichText::new(format!("\"{twin}\" is already in your list."))
                        .small()
                        .color(theme::palette(ui).muted_text),
                );
            } else if full {
                explain(ui, "Your list is full; remove one to add another.");
            }
        });
    });
}
