//! The Settings screen: the person's own practice (weekly goal, mastery streak, exposure length,
//! when a day starts), their words for 0, 5 and 10, their safety behaviours, reduced motion, and
//! the language (a preference of this computer, like reminders).
//!
//! Each change is a [`SettingsEdit`], checked against `model::limits` by the model, saved at once
//! and undoable (Ctrl+Z). Texts are committed when their field loses focus, on Enter, or when the
//! person leaves the screen ([`SettingsView::take_pending_edits`]); the slider when it is let go.

use egui::RichText;

use super::practice::choice_button;
use super::theme;
use crate::command::{Command, Screen};
use crate::model::{Anchors, Library, SettingsEdit, limits};
use crate::t;
use crate::view::{LanguageView, RemindersView};

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
    language: &LanguageView<'_>,
    view: &mut SettingsView,
    commands: &mut Vec<Command>,
) {
    super::screen_heading(ui, &Screen::Settings.label(), &t!("settings-subtitle", undo = super::shortcut("Z")));
    ui.set_max_width(theme::READING_WIDTH + 80.0);
    let mut edits = Vec::new();
    let mut push = |edit: SettingsEdit| edits.push(Command::Settings(edit));
    practice_section(ui, library, view, &mut push);
    plan_section(ui, library, &mut push);
    reminders_section(ui, library, reminders, &mut edits);
    let mut push = |edit: SettingsEdit| edits.push(Command::Settings(edit));
    anchors_section(ui, library, view, &mut push);
    behaviours_section(ui, library, view, &mut push);
    section(ui, &t!("settings-display"), |ui| {
        let mut reduced = library.settings.reduced_motion;
        if ui.checkbox(&mut reduced, t!("settings-reduce-motion")).changed() {
            push(SettingsEdit::ReducedMotion(reduced));
        }
        explain(ui, &t!("settings-reduce-motion-explain"));
    });
    language_section(ui, language, &mut edits);
    commands.append(&mut edits);
}

/// The language of every word on screen: the system's, or one chosen here. Applies on the next
/// frame; the person's own words (ladders, journal) are never translated.
fn language_section(ui: &mut egui::Ui, language: &LanguageView<'_>, commands: &mut Vec<Command>) {
    section(ui, &t!("settings-language"), |ui| {
        let mut choice = language.chosen;
        ui.radio_value(&mut choice, None, t!("settings-language-system", language = language.system.native_name()));
        for lang in crate::i18n::Lang::all() {
            ui.radio_value(&mut choice, Some(lang), lang.native_name());
        }
        if choice != language.chosen {
            commands.push(Command::SetLanguage(choice));
        }
        explain(ui, &t!("settings-language-note"));
    });
}

/// Reminders and starting with the computer: preferences of this computer, not of the progress
/// file (a work computer may stay quiet while the one at home reminds).
fn reminders_section(ui: &mut egui::Ui, library: &Library, reminders: &RemindersView<'_>, commands: &mut Vec<Command>) {
    use crate::autostart::Status;
    let palette = theme::palette(ui);
    section(ui, &t!("settings-reminders"), |ui| {
        let mut on = reminders.on;
        if ui.checkbox(&mut on, t!("settings-remind-me")).changed() {
            commands.push(Command::SetReminders(on));
        }
        explain(ui, &t!("settings-reminders-explain"));
        if library.settings.practice_times.is_empty() {
            ui.label(RichText::new(t!("settings-reminders-no-times")).italics());
        }
        if let Some(problem) = reminders.problem {
            ui.label(RichText::new(problem).color(palette.warn_text));
        }
        ui.add_space(theme::GAP_S);
        match reminders.autostart {
            Status::Unsupported => {
                ui.label(t!("settings-autostart-unsupported"));
            }
            Status::Unknown => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("settings-autostart-checking"));
                });
            }
            Status::Foreign(path) => {
                ui.label(t!("settings-autostart-foreign", path = path.display().to_string()));
            }
            status @ (Status::On | Status::Off) => {
                let mut start = *status == Status::On;
                ui.horizontal(|ui| {
                    let changed = ui.add_enabled(
                        !reminders.autostart_busy,
                        egui::Checkbox::new(&mut start, t!("settings-autostart")),
                    );
                    if changed.changed() {
                        commands.push(Command::SetAutostart(start));
                    }
                    if reminders.autostart_busy {
                        ui.spinner();
                    }
                });
                explain(ui, &t!("settings-autostart-explain"));
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
    section(ui, &t!("settings-your-practice"), |ui| {
        let range = limits::WEEKLY_GOAL_RANGE;
        let mut goal = view.goal.unwrap_or(s.weekly_goal);
        ui.horizontal(|ui| {
            ui.label(t!("settings-weekly-goal"));
            // The value is said beside the slider (a typed value would be one more field to commit).
            let slider = egui::Slider::new(&mut goal, *range.start()..=*range.end()).show_value(false);
            let response = ui.add(slider);
            response.widget_info(|| egui::WidgetInfo::slider(true, f64::from(goal), t!("settings-weekly-goal-name")));
            ui.label(t!("settings-weekly-goal-value", count = goal));
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
        explain(ui, &t!("settings-weekly-goal-explain"));

        if let Some(streak) =
            choice_row(ui, &t!("settings-streak"), limits::MASTERY_STREAK_RANGE, s.mastery_streak, |n| {
                t!("settings-streak-value", count = n)
            })
        {
            push(SettingsEdit::MasteryStreak(streak));
        }
        explain(ui, &t!("settings-streak-explain"));

        if let Some(minutes) =
            choice_row(ui, &t!("settings-timer"), limits::EXPOSURE_MINUTES_RANGE, s.exposure_minutes, |n| {
                t!("settings-timer-value", count = n)
            })
        {
            push(SettingsEdit::ExposureMinutes(minutes));
        }
        explain(ui, &t!("settings-timer-explain"));

        let hour_label = |h: u8| if h == 0 { t!("settings-midnight") } else { format!("{h}:00") };
        ui.horizontal(|ui| {
            ui.label(t!("settings-day-start"));
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
                let mut info = egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("settings-day-start-name"));
                info.current_text_value = Some(value.clone());
                info
            });
        });
        explain(ui, &t!("settings-day-start-explain"));
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
    section(ui, &t!("settings-plan"), |ui| {
        explain(ui, &t!("settings-plan-explain"));
        let times = &library.settings.practice_times;
        if times.is_empty() {
            ui.label(RichText::new(t!("settings-plan-none")).italics());
        }
        for (n, time) in times.iter().enumerate() {
            let number = n + 1;
            ui.horizontal_wrapped(|ui| {
                for day in Weekdays::ALL {
                    let on = time.days.contains(day);
                    let short = t!("settings-day-short", day = day.number_from_monday());
                    let response = ui.add(choice_button(on, short).min_size(egui::vec2(32.0, 30.0)));
                    let name = t!("settings-day-name", day = crate::i18n::dates::weekday(day), number = number);
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
                    ("practice_hour", time.id), // i18n: not shown (a widget id)
                    time.hour,
                    0..24,
                    &t!("settings-hour-name", number = number),
                );
                ui.label(":");
                let minute = two_digit_choice(
                    ui,
                    ("practice_minute", time.id), // i18n: not shown (a widget id)
                    time.minute,
                    (0..60).step_by(5),
                    &t!("settings-minute-name", number = number),
                );
                let mut ladder = time.ladder.filter(|id| library.ladder(*id).is_some());
                let chosen = ladder
                    .and_then(|id| library.ladder(id))
                    .map_or_else(|| t!("settings-any-ladder"), |l| l.title.clone());
                let salt = ("practice_ladder", time.id); // i18n: not shown (a widget id)
                let combo = egui::ComboBox::from_id_salt(salt)
                    .selected_text(crate::model::ellipsis(&chosen, 16))
                    .width(140.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut ladder, None, t!("settings-any-ladder"));
                        for l in library.ladders.iter().filter(|l| !l.archived) {
                            ui.selectable_value(&mut ladder, Some(l.id), &l.title);
                        }
                    });
                combo.response.widget_info(|| {
                    let mut info = egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        t!("settings-ladder-name", number = number),
                    );
                    info.current_text_value = Some(chosen.clone());
                    info
                });
                if (hour, minute, ladder) != (time.hour, time.minute, time.ladder) {
                    push(SettingsEdit::SetPracticeTime(PracticeTime { hour, minute, ladder, ..time.clone() }));
                }
                let remove = ui.button(t!("settings-remove"));
                remove.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, t!("settings-remove-time", number = number))
                });
                if remove.clicked() {
                    push(SettingsEdit::RemovePracticeTime(time.id));
                }
            });
        }
        ui.add_space(theme::GAP_S);
        let full = times.len() >= limits::MAX_PRACTICE_TIMES;
        if ui.add_enabled(!full, egui::Button::new(t!("settings-add-time"))).clicked() {
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

/// The anchors' grid's widget id.
const ANCHORS_GRID_ID: &str = "anchors"; // i18n: not shown (a widget id)

fn anchors_section(ui: &mut egui::Ui, library: &Library, view: &mut SettingsView, push: &mut impl FnMut(SettingsEdit)) {
    section(ui, &t!("settings-anchors"), |ui| {
        explain(ui, &t!("settings-anchors-explain"));
        let saved = &library.settings.anchors;
        let mut draft = view.anchors.clone().unwrap_or_else(|| saved.clone());
        let mut commit = false;
        let mut editing = false;
        egui::Grid::new(ANCHORS_GRID_ID).num_columns(2).spacing([theme::GAP_M, theme::GAP_S]).show(ui, |ui| {
            // The grey words are what an empty field means, in the language in use.
            let [calm, middle, worst] = Anchors::default_texts();
            let fields: [(&str, &mut String, &str); 3] =
                [("0", &mut draft.calm, &calm), ("5", &mut draft.middle, &middle), ("10", &mut draft.worst, &worst)];
            for (point, text, default) in fields {
                ui.label(RichText::new(point).strong());
                let response = ui
                    .add(
                        egui::TextEdit::singleline(text)
                            .hint_text(default)
                            .char_limit(limits::SHORT_TEXT_CHARS)
                            .desired_width(420.0),
                    )
                    .on_hover_text(t!("settings-anchor-hover"));
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("settings-anchor-name", point = point))
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
    section(ui, &t!("settings-behaviours"), |ui| {
        explain(ui, &t!("settings-behaviours-explain"));
        if list.is_empty() {
            ui.label(RichText::new(t!("settings-behaviours-empty")).italics());
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
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        t!("settings-behaviour-name", number = index + 1),
                    )
                });
                if response.lost_focus() {
                    view.renaming = None;
                    if text.trim() != name.trim() {
                        push(SettingsEdit::RenameSafetyBehaviour { index, name: text });
                    }
                } else if response.changed() || renaming {
                    view.renaming = Some((index, text));
                }
                let remove = ui.button(t!("settings-remove"));
                remove.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, t!("settings-remove-behaviour", name = name))
                });
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
                    .hint_text(t!("settings-new-behaviour-hint"))
                    .char_limit(limits::SHORT_TEXT_CHARS)
                    .desired_width(360.0),
            );
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("settings-new-behaviour")));
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let full = list.len() >= limits::MAX_SAFETY_BEHAVIOURS;
            // Said here, before adding, so the words typed are not lost to a refusal.
            let twin = list.iter().find(|b| crate::model::same_words(b, &view.new_behaviour));
            let ready = !view.new_behaviour.trim().is_empty() && !full && twin.is_none();
            if (ui.add_enabled(ready, egui::Button::new(t!("settings-add"))).clicked() || entered) && ready {
                push(SettingsEdit::AddSafetyBehaviour(std::mem::take(&mut view.new_behaviour)));
            }
            if let Some(twin) = twin {
                ui.label(
                    RichText::new(t!("settings-behaviour-twin", name = twin))
                        .small()
                        .color(theme::palette(ui).muted_text),
                );
            } else if full {
                explain(ui, &t!("settings-behaviours-full"));
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Arg, Lang, tr_in};

    #[test]
    fn the_day_buttons_and_the_weekly_goal_read_in_both_languages() {
        let it = Lang::from_tag("it").expect("Italian");
        let day = |lang, n: u32| tr_in(lang, "settings-day-short", &[("day", Arg::from(n))]);
        let english: Vec<String> = (1..=7).map(|n| day(Lang::english(), n)).collect();
        assert_eq!(english, ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]);
        let italian: Vec<String> = (1..=7).map(|n| day(it, n)).collect();
        assert_eq!(italian, ["Lu", "Ma", "Me", "Gi", "Ve", "Sa", "Do"]);
        let goal = |lang, n: u8| tr_in(lang, "settings-weekly-goal-value", &[("count", Arg::from(n))]);
        assert_eq!(goal(Lang::english(), 1), "1 exposure a week");
        assert_eq!(goal(Lang::english(), 10), "10 exposures a week");
        assert_eq!(goal(it, 1), "1 esposizione a settimana");
        assert_eq!(goal(it, 5), "5 esposizioni a settimana");
        let system = |lang| tr_in(lang, "settings-language-system", &[("language", Arg::from(lang.native_name()))]);
        assert_eq!(system(Lang::english()), "As the system (English)");
        assert_eq!(system(it), "Come il sistema (Italiano)");
    }
}
