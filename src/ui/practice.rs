//! The Practice screen: one guided exposure at a time, in five parts (choose the step, rate
//! now, predict, do it with a timer, reflect), then a short acknowledgement.
//!
//! The screen only collects input and emits [`PracticeCommand`]s; the rules (safety gate,
//! override, limits, required reflection) live in `coach` and `practice` and are applied by the
//! app. The exposure under way is saved in the library, so closing the window loses nothing.

use std::collections::{BTreeMap, BTreeSet};

use egui::RichText;

use super::theme;
use crate::coach;
use crate::command::{Command, PracticeCommand, Screen};
use crate::model::{
    Anchors, Context, DraftStage, Exposure, ExposureDraft, Ladder, LadderId, Library, Likelihood, Outcome,
    PacerContext, Rating, SettingsEdit, StepId, Timestamp, same_words,
};
use crate::practice::{self, ReflectionInput};
use crate::t;
use crate::view::{AppView, PracticeMessage};

/// Earlier places and people offered as one-click choices.
const RECENT_CHOICES: usize = 4;

/// The screen's inputs for the part being filled in.
#[derive(Debug)]
pub struct PracticeView {
    chosen_step: Option<StepId>,
    /// The step the person ticked "I choose this step anyway" for; it counts for that step only.
    confirmed_for: Option<StepId>,
    /// Asked "discard this exposure?" and waiting for the answer.
    confirm_cancel: bool,
    before: Option<u8>,
    in_crisis: bool,
    feared: String,
    likelihood: u8,
    after: Option<u8>,
    peak: Option<u8>,
    outcome: Option<Outcome>,
    learned: String,
    /// Safety behaviours chosen to drop (Expect), by name.
    drops: BTreeSet<String>,
    context: Context,
    /// Per planned drop: did the person manage without it?
    managed: BTreeMap<String, bool>,
    /// Other safety behaviours that crept in, by name, and one in the person's words.
    crept: BTreeSet<String>,
    other_behaviour: String,
    difficult: bool,
    /// The first text field of the part gets the keyboard once (the feared outcome when the
    /// prediction opens, the learning once the outcome is chosen).
    focus_pending: bool,
    /// The part the inputs belong to; they are cleared when the exposure moves on.
    stage: Option<DraftStage>,
    /// The coach's answers, kept until the library changes, another step is chosen or a
    /// minute passes (spacing hints count minutes), so a frame does not rescan every exposure.
    advice: Option<(AdviceKey, Advice)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct AdviceKey {
    generation: u64,
    minute: i64,
    ladder: LadderId,
    chosen_step: Option<StepId>,
}

#[derive(Debug, Clone)]
struct Advice {
    week: coach::WeeklyProgress,
    recommendation: Option<coach::Recommendation>,
    chosen: Option<StepId>,
    override_reason: Option<String>,
    daily: Option<coach::DailyStatus>,
    /// The chosen step's last try, for "Last time" (none for a step never tried).
    last_try: Option<Exposure>,
    /// Different contexts per step of the ladder.
    contexts: BTreeMap<StepId, usize>,
    /// The chosen step's contexts, named.
    chosen_contexts: Vec<String>,
    /// Earlier places and people, most recent first.
    places: Vec<String>,
    people: Vec<String>,
    high_baseline: Option<coach::HighBaseline>,
    /// Today's practice times, what is done today, and the next time.
    today: crate::plan::Today<chrono::Local>,
    /// The ladder of today's (or the next) practice time, with the coach's step on it.
    planned_ladder: Option<(LadderId, String, Option<usize>)>,
    /// Practice times in the plan this week (the person's week).
    planned_this_week: Option<usize>,
}

impl PracticeView {
    /// The coach's answers for `ladder` now, computed at most once per change or minute.
    fn advice(&mut self, app: &AppView<'_>, library: &Library, ladder: Option<&Ladder>) -> Advice {
        let now = app.now;
        let key = AdviceKey {
            generation: app.generation,
            minute: now.timestamp() / 60,
            ladder: ladder.map_or(LadderId(0), |l| l.id),
            chosen_step: self.chosen_step,
        };
        if let Some((cached, advice)) = &self.advice
            && *cached == key
        {
            return advice.clone();
        }
        // Only a new minute: what depends on the library alone is kept, the clock's part redone.
        let same_library =
            self.advice.as_ref().is_some_and(|(cached, _)| AdviceKey { minute: key.minute, ..cached.clone() } == key);
        let mut advice = match self.advice.take() {
            Some((_, kept)) if same_library => kept,
            _ => {
                let recommendation = ladder.and_then(|l| coach::recommend(library, l.id));
                let recommended = recommendation.as_ref().and_then(|r| r.step);
                let chosen = ladder.and_then(|l| {
                    self.chosen_step
                        .filter(|id| l.step(*id).is_some())
                        .or(recommended)
                        .or(l.steps.first().map(|s| s.id))
                });
                // The step of the exposure under way, once one is under way.
                let step = library.in_progress.as_ref().map(|d| d.step).or(chosen);
                let history = step.map(|step| coach::step_history(library, step)).unwrap_or_default();
                let (places, people) = coach::recent_places_and_people(library, RECENT_CHOICES);
                Advice {
                    week: coach::WeeklyProgress { done: 0, goal: library.settings.weekly_goal },
                    override_reason: ladder
                        .zip(chosen)
                        .and_then(|(l, step)| coach::override_needed(library, l.id, step)),
                    daily: None,
                    recommendation,
                    chosen,
                    last_try: history.last().map(|e| (*e).clone()),
                    contexts: ladder.map(|l| coach::context_counts(library, l.id)).unwrap_or_default(),
                    chosen_contexts: coach::contexts(&history),
                    places,
                    people,
                    high_baseline: None,
                    today: crate::plan::Today { date: now.date_naive(), planned: Vec::new(), done: 0, next: None },
                    planned_ladder: None,
                    planned_this_week: None,
                }
            }
        };
        // The clock's part: the day, the week, the pacing, the note and the plan.
        advice.week = coach::weekly_progress(library, &now);
        advice.daily = advice.chosen.map(|step| coach::daily_status(library, step, &now));
        advice.high_baseline = coach::high_baseline_notice(library, app.timestamp);
        advice.today = crate::plan::today(library, &now);
        let monday = crate::stats::week_start(advice.today.date);
        advice.planned_this_week = Some(crate::plan::planned_in_week(&library.settings.practice_times, monday));
        let planned = advice.today.planned.iter().chain(advice.today.next.iter()).find_map(|s| s.time.ladder);
        advice.planned_ladder = planned.and_then(|id| library.ladder(id)).filter(|l| !l.archived).map(|l| {
            let step = coach::recommend(library, l.id).and_then(|r| r.step_number);
            (l.id, l.title.clone(), step)
        });
        self.advice = Some((key, advice.clone()));
        advice
    }
}

impl Default for PracticeView {
    fn default() -> Self {
        Self {
            chosen_step: None,
            confirmed_for: None,
            confirm_cancel: false,
            before: None,
            in_crisis: false,
            feared: String::new(),
            likelihood: 50,
            after: None,
            peak: None,
            outcome: None,
            learned: String::new(),
            drops: BTreeSet::new(),
            context: Context::default(),
            managed: BTreeMap::new(),
            crept: BTreeSet::new(),
            other_behaviour: String::new(),
            difficult: false,
            focus_pending: true,
            stage: None,
            advice: None,
        }
    }
}

pub fn practice_ui(ui: &mut egui::Ui, app: &AppView<'_>, view: &mut PracticeView, commands: &mut Vec<Command>) {
    let Some(library) = app.library() else { return };
    let stage = library.in_progress.as_ref().map(|d| d.stage);
    if stage != view.stage {
        // A new part begins: start its inputs fresh (the step chosen is kept).
        *view = PracticeView { chosen_step: view.chosen_step, advice: view.advice.take(), ..PracticeView::default() };
        view.stage = stage;
    }
    // While an exposure is under way the screen keeps to it: no subtitle, no weekly count.
    let under_way = library.in_progress.is_some();
    let subtitle = if under_way { String::new() } else { t!("practice-subtitle") };
    super::screen_heading(ui, &t!("practice-title"), &subtitle);
    ui.set_max_width(theme::READING_WIDTH + 80.0);
    let active: Vec<&Ladder> = library.ladders.iter().filter(|l| !l.archived).collect();
    let ladder =
        app.selected_ladder.and_then(|id| library.ladder(id)).filter(|l| !l.archived).or(active.first().copied());
    let advice = view.advice(app, library, ladder);
    if !under_way {
        today_ui(ui, app, &advice, commands);
    }
    message_ui(ui, app, commands);
    let anchors = &library.settings.anchors;
    match &library.in_progress {
        None => {
            high_baseline_ui(ui, &advice, commands);
            choose_ui(ui, library, &active, ladder, &advice, app.timestamp, view, commands);
        }
        Some(draft) => {
            let Some(ladder) = library.ladder(draft.ladder) else { return };
            draft_header_ui(ui, ladder, draft);
            match draft.stage {
                DraftStage::Rate => rate_ui(ui, app, library, view, commands),
                DraftStage::Expect => expect_ui(ui, library, &advice, app.timestamp, view, commands),
                DraftStage::DoIt => do_it_ui(ui, app, draft, anchors, view, commands),
                DraftStage::Reflect => reflect_ui(ui, library, draft, view, commands),
            }
        }
    }
}

/// Said once when most recent before-ratings are high; closing it is remembered for a week.
fn high_baseline_ui(ui: &mut egui::Ui, advice: &Advice, commands: &mut Vec<Command>) {
    let Some(high) = advice.high_baseline else { return };
    let palette = theme::palette(ui);
    theme::banner(palette.info_bg).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(high.message());
        ui.horizontal(|ui| {
            if ui.button(t!("practice-open-safety")).clicked() {
                commands.push(Command::Navigate(Screen::Safety));
            }
            if ui.button(t!("practice-close-note")).on_hover_text(t!("practice-close-note-hint")).clicked() {
                commands.push(Command::Settings(SettingsEdit::DismissHighBaseline));
            }
        });
    });
    ui.add_space(theme::GAP_M);
}

/// "Last time": the step's last prediction, what happened and what was learned, in one calm card.
fn last_time_ui(ui: &mut egui::Ui, last: &Exposure, now: Timestamp) {
    let palette = theme::palette(ui);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let days = (now.unix_secs() - last.started.unix_secs()).max(0) / 86_400;
        let heading = match days {
            0 => t!("practice-last-time-today"),
            1 => t!("practice-last-time-yesterday"),
            n => t!("practice-last-time-days", days = n),
        };
        ui.label(RichText::new(heading).small().color(palette.muted_text));
        if !last.expectancy.feared_outcome.is_empty() {
            let (feared, likelihood) = (&last.expectancy.feared_outcome, last.expectancy.likelihood.get());
            let outcome = last.reflection.outcome.label();
            ui.label(t!("practice-last-prediction", feared = feared, likelihood = likelihood, outcome = outcome));
        }
        if !last.reflection.learned.is_empty() {
            ui.label(RichText::new(t!("practice-last-learned", learned = &last.reflection.learned)).italics());
        }
    });
    ui.add_space(theme::GAP_S);
}

/// The Today card: today's practice times (a missed one is simply listed, and the next one
/// shown), what is done today, the step for the planned ladder, and the week against the goal.
fn today_ui(ui: &mut egui::Ui, app: &AppView<'_>, advice: &Advice, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    let today = &advice.today;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(t!("practice-today")).strong().size(16.0));
        // With no plan at all, the line below says so (and where to make one).
        if today.planned.is_empty() && today.next.is_some() {
            ui.label(t!("practice-no-time-today"));
        } else if !today.planned.is_empty() {
            let times: Vec<String> =
                today.planned.iter().map(|s| crate::i18n::dates::time(s.at.naive_local().time())).collect();
            ui.label(t!("practice-planned-today", times = times.join(", ")));
        }
        let done = match today.done {
            0 => t!("practice-nothing-done"),
            n => t!("practice-done-today", count = n),
        };
        ui.label(done);
        match &today.next {
            Some(next) => {
                ui.label(t!("practice-next-time", when = crate::plan::describe(&next.at, &app.now)));
            }
            None => {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(t!("practice-no-times")).color(palette.muted_text));
                    if ui.button(t!("practice-plan-in-settings")).clicked() {
                        commands.push(Command::Navigate(Screen::Settings));
                    }
                });
            }
        }
        if let Some((ladder, title, step)) = &advice.planned_ladder {
            ui.horizontal(|ui| {
                ui.label(match step {
                    Some(n) => t!("practice-planned-ladder-step", title = title, step = *n),
                    None => t!("practice-planned-ladder", title = title),
                });
                if app.selected_ladder != Some(*ladder) && ui.button(t!("practice-this-ladder")).clicked() {
                    commands.push(Command::SelectLadder(*ladder));
                }
            });
        }
        weekly_ui(ui, &advice.week);
        if let Some(planned) = advice.planned_this_week.filter(|n| *n > 0) {
            ui.label(
                RichText::new(t!("practice-plan-this-week", planned = planned, done = advice.week.done))
                    .small()
                    .color(palette.muted_text),
            );
        }
    });
    ui.add_space(theme::GAP_M);
}

fn weekly_ui(ui: &mut egui::Ui, week: &coach::WeeklyProgress) {
    let fraction = (week.done as f32 / f32::from(week.goal.max(1))).min(1.0);
    ui.horizontal(|ui| {
        ui.label(t!("practice-this-week", done = week.done, goal = week.goal));
        ui.add(egui::ProgressBar::new(fraction).desired_width(160.0));
    });
    ui.add_space(theme::GAP_S);
}

fn message_ui(ui: &mut egui::Ui, app: &AppView<'_>, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    match app.practice_message {
        Some(PracticeMessage::Saved { acknowledgement, .. }) => {
            theme::banner(palette.info_bg).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(t!("practice-saved")).strong().color(palette.ok_text));
                ui.label(acknowledgement);
                if ui.button(t!("practice-done")).clicked() {
                    commands.push(Command::Practice(PracticeCommand::Dismiss));
                }
            });
        }
        Some(PracticeMessage::SuggestBreathing(reason)) => {
            theme::banner(palette.info_bg).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(reason);
                if ui.button(t!("practice-breathe-first")).clicked() {
                    commands.push(Command::OpenBreathe { context: PacerContext::BeforeExposure, grounding: false });
                }
            });
        }
        Some(PracticeMessage::Problem(text)) => {
            theme::banner(palette.warn_bg).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(text).color(palette.warn_text));
            });
        }
        // The gate's answer is shown where the rating is asked.
        Some(PracticeMessage::Blocked(_)) | None => return,
    }
    ui.add_space(theme::GAP_M);
}

#[allow(clippy::too_many_arguments)] // One screen part; the arguments are what it shows.
fn choose_ui(
    ui: &mut egui::Ui,
    library: &Library,
    active: &[&Ladder],
    ladder: Option<&Ladder>,
    advice: &Advice,
    now: Timestamp,
    view: &mut PracticeView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    let Some(ladder) = ladder else {
        ui.label(t!("practice-no-ladder"));
        return;
    };
    egui::ComboBox::from_label(t!("practice-ladder")).selected_text(&ladder.title).show_ui(ui, |ui| {
        for other in active {
            if ui.selectable_label(other.id == ladder.id, &other.title).clicked() {
                commands.push(Command::SelectLadder(other.id));
            }
        }
    });
    if !ladder.fear.is_empty() {
        ui.label(RichText::new(&ladder.fear).italics().color(palette.muted_text));
    }
    ui.add_space(theme::GAP_S);
    let recommendation = &advice.recommendation;
    if let Some(rec) = recommendation {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&rec.reason).color(palette.accent));
        });
    }
    if ladder.steps.is_empty() {
        ui.label(t!("practice-no-steps"));
        return;
    }
    let recommended = recommendation.as_ref().and_then(|r| r.step);
    let Some(chosen) = advice.chosen else { return };
    let position = ladder.steps.iter().position(|s| s.id == chosen).unwrap_or(0);
    if let Some(step) = ladder.step(chosen) {
        ui.add_space(theme::GAP_S);
        let number = position + 1;
        let which = if Some(chosen) == recommended {
            t!("practice-recommended-step", step = number)
        } else {
            t!("practice-chosen-step", step = number)
        };
        ui.label(RichText::new(which).small().color(palette.muted_text));
        ui.label(RichText::new(&step.situation).strong().size(17.0));
        let estimate =
            t!("practice-estimate-contexts", estimate = step.estimate.get(), contexts = advice.chosen_contexts.len());
        ui.label(RichText::new(estimate).small().color(palette.muted_text));
        if let Some(last) = &advice.last_try {
            ui.add_space(theme::GAP_S);
            last_time_ui(ui, last, now);
        }
    }
    ui.add_space(theme::GAP_S);
    let override_reason = &advice.override_reason;
    if let Some(reason) = override_reason {
        ui.label(RichText::new(reason).color(palette.warn_text));
        let mut confirmed = view.confirmed_for == Some(chosen);
        if ui.checkbox(&mut confirmed, t!("practice-choose-anyway")).changed() {
            view.confirmed_for = confirmed.then_some(chosen);
        }
    }
    let Some(daily) = &advice.daily else { return };
    if let Some(hint) = &daily.spacing_hint {
        ui.label(RichText::new(hint).small().color(palette.muted_text));
    }
    if let Some(limit) = &daily.limit {
        ui.label(RichText::new(limit).color(palette.warn_text));
    }
    let confirmed = view.confirmed_for == Some(chosen);
    let allowed = override_reason.is_none() || confirmed;
    ui.horizontal(|ui| {
        if daily.limit.is_none() && ui.add_enabled(allowed, egui::Button::new(t!("practice-begin"))).clicked() {
            commands.push(begin(ladder, chosen, confirmed, false));
        }
        if ui
            .add_enabled(allowed, egui::Button::new(t!("practice-log-away")))
            .on_hover_text(t!("practice-log-away-hint"))
            .clicked()
        {
            commands.push(begin(ladder, chosen, confirmed, true));
        }
    });
    ui.add_space(theme::GAP_M);
    let streak = coach::streak_needed(library);
    egui::CollapsingHeader::new(t!("practice-choose-another")).id_salt("practice-choose-another").show(ui, |ui| {
        for (n, step) in ladder.steps.iter().enumerate() {
            let status = if coach::is_mastered(library, step.id, streak) {
                "mastered" // i18n: not shown (a variant key of the message)
            } else if Some(step.id) == recommended {
                "recommended" // i18n: not shown (a variant key of the message)
            } else {
                "none" // i18n: not shown (a variant key of the message)
            };
            let contexts = advice.contexts.get(&step.id).copied().unwrap_or(0);
            let text = step_row(n + 1, step, contexts, status);
            if ui.radio(step.id == chosen, text).clicked() {
                view.chosen_step = Some(step.id);
            }
        }
    });
}

/// A step in "Choose another step": its number `k`, situation and estimate, in how many contexts
/// `c` it was done, and its `status` (mastered, recommended or none).
fn step_row(k: usize, step: &crate::model::Step, c: usize, status: &str) -> String {
    let (situation, e) = (&step.situation, step.estimate.get());
    t!("practice-step-row", number = k, situation = situation, estimate = e, contexts = c, status = status)
}

fn begin(ladder: &Ladder, step: StepId, confirmed_override: bool, away_from_screen: bool) -> Command {
    Command::Practice(PracticeCommand::Begin { ladder: ladder.id, step, confirmed_override, away_from_screen })
}

fn draft_header_ui(ui: &mut egui::Ui, ladder: &Ladder, draft: &ExposureDraft) {
    let palette = theme::palette(ui);
    let part = match draft.stage {
        DraftStage::Rate => t!("practice-part-rate"),
        DraftStage::Expect => t!("practice-part-expect"),
        DraftStage::DoIt => t!("practice-part-do"),
        DraftStage::Reflect => t!("practice-part-reflect"),
    };
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(part).small().color(palette.muted_text));
        if let Some(step) = ladder.step(draft.step) {
            ui.label(RichText::new(&step.situation).strong().size(17.0));
        }
        // Once the prediction is made it says the fear in the person's words.
        if matches!(draft.stage, DraftStage::Rate | DraftStage::Expect) {
            ui.label(RichText::new(&ladder.fear).italics().color(palette.muted_text));
        }
    });
    ui.add_space(theme::GAP_M);
}

/// A row of 0-10 buttons; each is named "{prefix} {n}" for screen readers and tests. The
/// person's anchor nearest to the chosen number is shown beside it ("7: near 5, uneasy, but I
/// can carry on"). Returns true when a number was clicked.
fn rating_picker(ui: &mut egui::Ui, prefix: &str, value: &mut Option<u8>, anchors: &Anchors) -> bool {
    let mut clicked = false;
    ui.horizontal_wrapped(|ui| {
        for n in 0..=Rating::MAX {
            let chosen = *value == Some(n);
            let response = ui.add(choice_button(chosen, n.to_string()));
            response
                .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, chosen, format!("{prefix} {n}")));
            if response.clicked() {
                *value = Some(n);
                clicked = true;
            }
        }
        if let Some(n) = *value {
            ui.add_space(theme::GAP_S);
            let palette = theme::palette(ui);
            ui.label(RichText::new(anchor_text(anchors, n)).small().color(palette.muted_text));
        }
    });
    clicked
}

/// "7: near 5, uneasy, but I can carry on"; "5: uneasy, but I can carry on".
fn anchor_text(anchors: &Anchors, n: u8) -> String {
    let (point, text) = anchors.nearest(Rating::saturating(n));
    if point == n { format!("{n}: {text}") } else { t!("practice-anchor-near", n = n, point = point, text = text) }
}

/// A framed, toggled button for picking one of a few values.
pub(super) fn choice_button<'a>(chosen: bool, text: impl Into<egui::WidgetText>) -> egui::Button<'a> {
    egui::Button::selectable(chosen, text.into()).frame_when_inactive(true).min_size(egui::vec2(36.0, 30.0))
}

/// Cancelling before anything was rated costs nothing; later it asks first, since the ratings
/// and words entered so far would be thrown away.
fn cancel_button(ui: &mut egui::Ui, view: &mut PracticeView, commands: &mut Vec<Command>) {
    if !view.confirm_cancel {
        if ui.button(t!("practice-cancel")).clicked() {
            if view.stage == Some(DraftStage::Rate) {
                commands.push(Command::Practice(PracticeCommand::Cancel));
            } else {
                view.confirm_cancel = true;
            }
        }
        return;
    }
    ui.label(t!("practice-discard-question"));
    if ui.button(t!("practice-discard")).clicked() {
        commands.push(Command::Practice(PracticeCommand::Cancel));
        view.confirm_cancel = false;
    }
    if ui.button(t!("practice-keep-going")).clicked() {
        view.confirm_cancel = false;
    }
}

fn rate_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    library: &Library,
    view: &mut PracticeView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    if let Some(PracticeMessage::Blocked(reason)) = app.practice_message {
        theme::banner(palette.crisis_bg).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(t!("practice-not-now")).strong().color(palette.crisis_text));
            ui.label(RichText::new(reason).color(palette.crisis_text));
            for contact in crate::model::crisis::shown(Some(library), app.language.region) {
                ui.label(RichText::new(format!("{}: {}", contact.name, contact.how)).color(palette.crisis_text));
            }
        });
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if ui.button(t!("practice-breathe-pacer")).clicked() {
                commands.push(Command::OpenBreathe { context: PacerContext::SafetyGate, grounding: false });
            }
            if ui.button(t!("practice-try-grounding")).clicked() {
                commands.push(Command::OpenBreathe { context: PacerContext::SafetyGate, grounding: true });
            }
            if ui.button(t!("practice-stop-today")).clicked() {
                commands.push(Command::Practice(PracticeCommand::Cancel));
            }
        });
        ui.add_space(theme::GAP_S);
        if ui.button(t!("practice-settled")).clicked() {
            commands.push(Command::Practice(PracticeCommand::Dismiss));
        }
        return;
    }
    let words = library.settings.anchors.texts();
    ui.label(t!("practice-how-anxious-now", calm = &words[0], worst = &words[2]));
    rating_picker(ui, &t!("practice-rating-now"), &mut view.before, &library.settings.anchors);
    ui.label(RichText::new(t!("practice-normal-rating")).small().color(palette.muted_text));
    ui.checkbox(&mut view.in_crisis, t!("practice-in-crisis"));
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        let ready = view.before.is_some() || view.in_crisis;
        if ui.add_enabled(ready, egui::Button::new(t!("practice-continue"))).clicked() {
            let before = Rating::saturating(view.before.unwrap_or(Rating::MAX));
            commands.push(Command::Practice(PracticeCommand::Rate { before, in_crisis: view.in_crisis }));
        }
        cancel_button(ui, view, commands);
    });
}

fn expect_ui(
    ui: &mut egui::Ui,
    library: &Library,
    advice: &Advice,
    now: Timestamp,
    view: &mut PracticeView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    if let Some(last) = &advice.last_try {
        last_time_ui(ui, last, now);
    }
    ui.label(t!("practice-feared-question"));
    let feared = ui.add(
        egui::TextEdit::singleline(&mut view.feared).desired_width(f32::INFINITY).hint_text(t!("practice-feared-hint")),
    );
    feared.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("practice-feared-name")));
    if std::mem::take(&mut view.focus_pending) {
        feared.request_focus();
    }
    ui.add_space(theme::GAP_S);
    ui.label(t!("practice-likelihood-question", likelihood = view.likelihood));
    ui.add(egui::Slider::new(&mut view.likelihood, 0..=Likelihood::MAX).step_by(10.0).suffix(" %"))
        .widget_info(|| egui::WidgetInfo::slider(true, f64::from(view.likelihood), t!("practice-likelihood-name")));
    ui.label(RichText::new(t!("practice-compare-later")).small().color(palette.muted_text));
    ui.add_space(theme::GAP_M);
    let own = &library.settings.safety_behaviours;
    if !own.is_empty() {
        ui.label(t!("practice-drop-question"));
        ui.horizontal_wrapped(|ui| {
            for name in own {
                let on = view.drops.contains(name);
                let response = ui.add(choice_button(on, name.as_str()));
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, on, t!("practice-drop-name", behaviour = name))
                });
                if response.clicked() && !view.drops.remove(name) {
                    view.drops.insert(name.clone());
                }
            }
        });
        ui.add_space(theme::GAP_M);
    }
    context_ui(ui, advice, &mut view.context);
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        if ui.add_enabled(!view.feared.trim().is_empty(), egui::Button::new(t!("practice-continue"))).clicked() {
            commands.push(Command::Practice(PracticeCommand::Expect {
                feared_outcome: view.feared.clone(),
                likelihood: Likelihood::new(view.likelihood).unwrap_or_default(),
                planned_drops: view.drops.iter().filter(|d| own.contains(d)).cloned().collect(),
                context: view.context.clone(),
            }));
        }
        cancel_button(ui, view, commands);
    });
}

/// Where, with whom, what is different: short texts, with earlier places and people one click
/// away.
fn context_ui(ui: &mut egui::Ui, advice: &Advice, context: &mut Context) {
    ui.label(t!("practice-context-question"));
    let rows: [(String, String, &mut String, &[String], String); 2] = [
        (
            t!("practice-where"),
            t!("practice-place-name"),
            &mut context.place,
            &advice.places,
            t!("practice-place-hint"),
        ),
        (
            t!("practice-with-whom"),
            t!("practice-people-name"),
            &mut context.people,
            &advice.people,
            t!("practice-people-hint"),
        ),
    ];
    for (shown, label, text, recent, hint) in rows {
        ui.horizontal_wrapped(|ui| {
            ui.add_sized([76.0, 24.0], egui::Label::new(shown));
            ui.add(
                egui::TextEdit::singleline(text)
                    .hint_text(hint)
                    .char_limit(crate::model::limits::SHORT_TEXT_CHARS)
                    .desired_width(220.0),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
            for earlier in recent {
                let on = same_words(text, earlier);
                let response = ui.add(egui::Button::selectable(on, RichText::new(earlier).small()));
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, on, format!("{label}: {earlier}"))
                });
                if response.clicked() {
                    earlier.clone_into(text);
                }
            }
        });
    }
    ui.horizontal(|ui| {
        ui.add_sized([76.0, 24.0], egui::Label::new(t!("practice-what-is-new")));
        ui.add(
            egui::TextEdit::singleline(&mut context.different)
                .hint_text(t!("practice-different-hint"))
                .char_limit(crate::model::limits::MEDIUM_TEXT_CHARS)
                .desired_width(f32::INFINITY),
        )
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("practice-different-name")));
    });
}

fn do_it_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    draft: &ExposureDraft,
    anchors: &Anchors,
    view: &mut PracticeView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    let now = app.timestamp;
    let (feared, likelihood) = (&draft.expectancy.feared_outcome, draft.expectancy.likelihood.get());
    ui.label(t!("practice-you-predicted", feared = feared, likelihood = likelihood));
    let names: Vec<String> = draft.planned_drops.iter().map(|b| crate::model::behaviour_in_sentence(b)).collect();
    if let Some(behaviours) = practice::either_of(&names) {
        ui.label(t!("practice-without", behaviours = behaviours));
    }
    ui.add_space(theme::GAP_S);
    let mut push = |c: PracticeCommand| commands.push(Command::Practice(c));
    if draft.started.is_none() {
        ui.horizontal(|ui| {
            ui.label(t!("practice-timer"));
            for minutes in 2..=4u8 {
                let chosen = draft.planned_secs == u32::from(minutes) * 60;
                if ui.selectable_label(chosen, t!("practice-minutes-short", count = minutes)).clicked() {
                    push(PracticeCommand::SetMinutes(minutes));
                }
            }
        });
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if ui.button(t!("practice-start-timer")).clicked() {
                push(PracticeCommand::StartTimer);
            }
            if ui.button(t!("practice-did-it-away")).clicked() {
                push(PracticeCommand::DoneAwayFromScreen);
            }
        });
    } else {
        let remaining = practice::remaining_secs(draft, now);
        let elapsed = practice::elapsed_secs(draft, now);
        let fraction = (elapsed as f32 / draft.planned_secs.max(1) as f32).min(1.0);
        let left = t!("practice-time-left", time = format!("{}:{:02}", remaining / 60, remaining % 60));
        ui.label(RichText::new(left).size(34.0).color(palette.accent));
        ui.add(egui::ProgressBar::new(fraction).desired_width(320.0));
        if draft.paused_at.is_some() {
            ui.label(RichText::new(t!("practice-paused")).color(palette.muted_text));
        }
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if draft.paused_at.is_some() {
                if ui.button(t!("practice-resume")).clicked() {
                    push(PracticeCommand::Resume);
                }
            } else if ui.button(t!("practice-pause")).clicked() {
                push(PracticeCommand::Pause);
            }
            if ui.button(t!("practice-finished")).clicked() {
                push(PracticeCommand::Finish { stopped_early: false });
            }
            if ui.button(t!("practice-stop-early")).on_hover_text(t!("practice-stop-early-hint")).clicked() {
                push(PracticeCommand::Finish { stopped_early: true });
            }
        });
        ui.add_space(theme::GAP_M);
        ui.label(t!("practice-how-now"));
        let mut tapped = draft.during.last().map(|d| d.rating.get());
        // Every tap is kept, the same number again too.
        if rating_picker(ui, &t!("practice-rating-during"), &mut tapped, anchors)
            && let Some(n) = tapped
        {
            push(PracticeCommand::RateDuring(Rating::saturating(n)));
        }
        if !draft.during.is_empty() {
            let taps: Vec<String> = draft.during.iter().map(|d| d.rating.to_string()).collect();
            ui.label(RichText::new(t!("practice-so-far", ratings = taps.join(", "))).small().color(palette.muted_text));
        }
    }
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(t!("practice-notice-body")).color(palette.muted_text));
    ui.add_space(theme::GAP_S);
    cancel_button(ui, view, commands);
}

fn reflect_ui(
    ui: &mut egui::Ui,
    library: &Library,
    draft: &ExposureDraft,
    view: &mut PracticeView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    let anchors = &library.settings.anchors;
    // "Time is up" only when it was: not after "I'm done" or "Stop early", nor for a try logged later.
    let ran_out = !draft.away_from_screen
        && draft.ended.is_some_and(|ended| practice::elapsed_secs(draft, ended) >= i64::from(draft.planned_secs));
    if ran_out {
        ui.label(RichText::new(t!("practice-time-up")).color(palette.muted_text));
    }
    ui.label(t!("practice-how-anxious-after"));
    rating_picker(ui, &t!("practice-rating-after"), &mut view.after, anchors);
    ui.label(t!("practice-highest"));
    rating_picker(ui, &t!("practice-rating-peak"), &mut view.peak, anchors);
    ui.add_space(theme::GAP_S);
    ui.label(t!("practice-you-feared", feared = &draft.expectancy.feared_outcome));
    ui.horizontal(|ui| {
        for outcome in Outcome::ALL {
            if ui.add(choice_button(view.outcome == Some(outcome), outcome.label())).clicked() {
                view.focus_pending = view.outcome.is_none() && view.learned.is_empty();
                view.outcome = Some(outcome);
            }
        }
    });
    ui.add_space(theme::GAP_S);
    ui.label(t!("practice-learned-question"));
    let learned = ui.add(
        egui::TextEdit::multiline(&mut view.learned)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text(t!("practice-learned-hint")),
    );
    learned.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("practice-learned-name")));
    // The learning takes the keyboard once the outcome is chosen (the ratings before it are clicks).
    if view.outcome.is_some() && std::mem::take(&mut view.focus_pending) {
        learned.request_focus();
    }
    ui.add_space(theme::GAP_S);
    for name in &draft.planned_drops {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("practice-managed-question", behaviour = crate::model::behaviour_in_sentence(name)));
            for (answer, label) in [(true, t!("practice-yes")), (false, t!("practice-not-this-time"))] {
                let on = view.managed.get(name) == Some(&answer);
                let response = ui.add(choice_button(on, &label));
                response.widget_info(|| {
                    let text = t!("practice-managed-name", behaviour = name, answer = &label);
                    egui::WidgetInfo::selected(egui::Role::Button, true, on, text)
                });
                if response.clicked() {
                    view.managed.insert(name.clone(), answer);
                }
            }
        });
    }
    let others: Vec<&String> = library
        .settings
        .safety_behaviours
        .iter()
        .filter(|b| !draft.planned_drops.iter().any(|p| same_words(p, b)))
        .collect();
    egui::CollapsingHeader::new(t!("practice-crept-in")).id_salt("practice-crept-in").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for name in others {
                let on = view.crept.contains(name);
                if ui.add(choice_button(on, name.as_str())).clicked() && !view.crept.remove(name) {
                    view.crept.insert(name.clone());
                }
            }
        });
        ui.add(egui::TextEdit::singleline(&mut view.other_behaviour).hint_text(t!("practice-something-else")))
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("practice-other-behaviour-name"))
            });
    });
    ui.checkbox(&mut view.difficult, t!("practice-felt-hard"));
    ui.add_space(theme::GAP_S);
    let complete = view.after.is_some()
        && view.peak.is_some()
        && view.outcome.is_some()
        && !view.learned.trim().is_empty()
        && practice::drops_answered(draft, &view.managed);
    ui.horizontal(|ui| {
        if ui.add_enabled(complete, egui::Button::new(t!("practice-save"))).clicked() {
            // The ones that crept in, still in the list (one removed in Settings meanwhile is no
            // longer offered, nor saved), and the person's own words.
            let own = &library.settings.safety_behaviours;
            let mut safety_behaviours: Vec<String> = view.crept.iter().filter(|c| own.contains(c)).cloned().collect();
            safety_behaviours.push(view.other_behaviour.clone());
            commands.push(Command::Practice(PracticeCommand::Complete(ReflectionInput {
                after: view.after.map(Rating::saturating),
                peak: view.peak.map(Rating::saturating),
                outcome: view.outcome,
                learned: view.learned.clone(),
                managed_without: view.managed.clone(),
                safety_behaviours,
                difficult: view.difficult,
            })));
        }
        cancel_button(ui, view, commands);
        if !complete {
            let text = if draft.planned_drops.is_empty() { t!("practice-needed") } else { t!("practice-needed-drops") };
            ui.label(RichText::new(text).small().color(palette.muted_text));
        }
    });
}
