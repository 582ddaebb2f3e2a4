//! Reminders at practice times while Stepwise is open: one thread with one timer for the next
//! practice time (`plan::reminder_step`), never frames. It wakes at that time, or after
//! [`Config::reminder_recheck`](super::Config) at the most, to read the wall clock again: a
//! sleeping computer stops a timer's clock but not the wall clock, so a reminder is at most that
//! late after the computer wakes. The window is woken only when a practice time has come (so the
//! Today card moves on) and when a notification is clicked or cannot be shown.
//!
//! The thread starts with the first plan that holds a practice time, so a person without one
//! has no thread at all.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use chrono::{DateTime, Local, Utc};

use super::StepwiseApp;
use super::jobs::Job;
use super::notifier::{Notifier, Outcome, Reminder};
use crate::autostart;
use crate::clock::Clock;
use crate::model::PracticeTime;
use crate::plan::{self, ReminderStep};
use crate::view::RemindersView;

/// What the reminder thread needs to know, sent again whenever it changes.
#[derive(Clone, Debug, PartialEq)]
pub struct ReminderPlan {
    pub times: Vec<PracticeTime>,
    /// Reminders are on on this computer.
    pub on: bool,
    /// No reminder before this ([`plan::quiet_until`]).
    pub quiet_until: Option<DateTime<Utc>>,
}

/// What the reminder thread tells the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReminderEvent {
    /// A practice time came (reminded or not): the Today card moves on.
    Came,
    /// A notification was shown for the practice time at this moment.
    Shown(DateTime<Utc>),
    Clicked,
    /// Notifications cannot be shown here: why, for Settings.
    Unavailable(String),
}

type Wake = Arc<dyn Fn() + Send + Sync>;

/// The window's side of the reminder thread.
pub struct Reminders {
    notifier: Arc<dyn Notifier>,
    clock: Arc<dyn Clock>,
    recheck: Duration,
    wake: Wake,
    plans: Option<Sender<ReminderPlan>>,
    events: Option<Receiver<ReminderEvent>>,
    sent: Option<ReminderPlan>,
}

impl std::fmt::Debug for Reminders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reminders")
            .field("notifier", &self.notifier)
            .field("recheck", &self.recheck)
            .field("running", &self.plans.is_some())
            .field("sent", &self.sent)
            .finish_non_exhaustive()
    }
}

impl Reminders {
    pub fn new(notifier: Arc<dyn Notifier>, clock: Arc<dyn Clock>, recheck: Duration, wake: Wake) -> Self {
        Self { notifier, clock, recheck, wake, plans: None, events: None, sent: None }
    }

    /// Hands the thread the plan when it differs from the last one sent; starts the thread with
    /// the first plan that has a practice time.
    pub fn update(&mut self, plan: ReminderPlan) {
        if self.sent.as_ref() == Some(&plan) {
            return;
        }
        if self.plans.is_none() {
            if plan.times.is_empty() || !plan.on {
                return;
            }
            self.start();
        }
        if let Some(plans) = &self.plans
            && plans.send(plan.clone()).is_err()
        {
            // The thread has gone (it only ends with the window): no more reminders.
            self.plans = None;
        }
        self.sent = Some(plan);
    }

    fn start(&mut self) {
        let (plan_tx, plan_rx) = mpsc::channel();
        let (event_tx, event_rx) = mpsc::channel();
        let thread = Thread {
            notifier: Arc::clone(&self.notifier),
            clock: Arc::clone(&self.clock),
            recheck: self.recheck,
            wake: Arc::clone(&self.wake),
            events: event_tx,
        };
        let started =
            std::thread::Builder::new().name("stepwise-reminders".to_owned()).spawn(move || thread.run(&plan_rx));
        if started.is_ok() {
            self.plans = Some(plan_tx);
            self.events = Some(event_rx);
        }
    }

    /// The thread's news since the last frame.
    #[must_use]
    pub fn poll(&self) -> Vec<ReminderEvent> {
        self.events.as_ref().map(|events| events.try_iter().collect()).unwrap_or_default()
    }
}

struct Thread {
    notifier: Arc<dyn Notifier>,
    clock: Arc<dyn Clock>,
    recheck: Duration,
    wake: Wake,
    events: Sender<ReminderEvent>,
}

impl Thread {
    fn tell(&self, event: ReminderEvent) {
        if self.events.send(event).is_ok() {
            (self.wake)();
        }
    }

    fn run(self, plans: &Receiver<ReminderPlan>) {
        let Ok(mut plan) = plans.recv() else { return };
        // Practice times before the window opened are never reminded of.
        let mut after: DateTime<Local> = self.clock.now().with_timezone(&Local);
        let mut checked = false;
        loop {
            if plan.on && !plan.times.is_empty() && !checked {
                checked = true;
                if let Err(why) = self.notifier.check() {
                    self.tell(ReminderEvent::Unavailable(why));
                }
            }
            let now = self.clock.now().with_timezone(&Local);
            let wait = match plan::reminder_step(&plan.times, &after, &now) {
                ReminderStep::Idle => None,
                ReminderStep::Wait(left) => Some(left.to_std().unwrap_or_default().min(self.recheck)),
                ReminderStep::Due(slot) => {
                    let at = slot.at.with_timezone(&Utc);
                    after = slot.at;
                    if plan.on && plan::worth_reminding(at, now.with_timezone(&Utc), plan.quiet_until) {
                        self.remind(at);
                    }
                    self.tell(ReminderEvent::Came);
                    continue;
                }
            };
            let next = match wait {
                Some(wait) => plans.recv_timeout(wait),
                None => plans.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match next {
                Ok(new_plan) => plan = new_plan,
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// Shows the reminder on a thread of its own, which waits for a click while this one goes on
    /// timing the next practice time.
    fn remind(&self, at: DateTime<Utc>) {
        let notifier = Arc::clone(&self.notifier);
        let events = self.events.clone();
        let wake = Arc::clone(&self.wake);
        let spawned = std::thread::Builder::new().name("stepwise-notification".to_owned()).spawn(move || {
            let tell = |event| {
                if events.send(event).is_ok() {
                    wake();
                }
            };
            match notifier.show(&Reminder::practice_time()) {
                Ok(shown) => {
                    tell(ReminderEvent::Shown(at));
                    if shown.wait() == Outcome::Clicked {
                        tell(ReminderEvent::Clicked);
                    }
                }
                Err(why) => tell(ReminderEvent::Unavailable(why)),
            }
        });
        if let Err(e) = spawned {
            self.tell(ReminderEvent::Unavailable(crate::t!("app-reminder-failed", error = e.to_string())));
        }
    }
}

/// The window's reminders and start-up entry.
#[derive(Debug)]
pub struct Nudge {
    thread: Reminders,
    /// A preference of this computer (kept with the window's, not in the progress file).
    pub reminders_on: bool,
    problem: Option<String>,
    /// Bring the window forward (a notification was clicked).
    raise: bool,
    /// A reminder was shown: the next time the window gets the focus, it opens on Practice.
    land_on_focus: bool,
    /// Started with the computer (`--quiet`); `minimise` until the first frame has done so.
    quiet: bool,
    minimise: bool,
    /// The generation and switch the plan last sent was made from.
    plan_key: Option<(u64, bool, usize)>,
    autostart_path: Option<PathBuf>,
    launch: autostart::Launch,
    autostart: autostart::Status,
    autostart_error: Option<String>,
    autostart_busy: bool,
}

impl Nudge {
    #[must_use]
    pub fn new(thread: Reminders, quiet: bool, autostart_path: Option<PathBuf>, launch: autostart::Launch) -> Self {
        let autostart =
            if autostart_path.is_some() { autostart::Status::Unknown } else { autostart::Status::Unsupported };
        Self {
            thread,
            reminders_on: true,
            problem: None,
            raise: false,
            land_on_focus: false,
            quiet,
            minimise: quiet,
            plan_key: None,
            autostart_path,
            launch,
            autostart,
            autostart_error: None,
            autostart_busy: false,
        }
    }

    #[must_use]
    pub fn view(&self) -> RemindersView<'_> {
        RemindersView {
            on: self.reminders_on,
            problem: self.problem.as_deref(),
            autostart: &self.autostart,
            autostart_error: self.autostart_error.as_deref(),
            autostart_busy: self.autostart_busy,
        }
    }

    /// Started with the computer.
    #[must_use]
    pub fn quiet(&self) -> bool {
        self.quiet
    }
}

impl StepwiseApp {
    /// Once a frame, before drawing: the reminder thread's news, and the plan handed to it when
    /// the library (or the switch) changed.
    pub(super) fn reminders_tick(&mut self) {
        for event in self.nudge.thread.poll() {
            match event {
                // The frame this wakes moves the Today card and the status bar on.
                ReminderEvent::Came => {}
                ReminderEvent::Shown(_) => {
                    self.nudge.problem = None;
                    self.nudge.land_on_focus = true;
                }
                ReminderEvent::Clicked => {
                    self.nudge.land_on_focus = false;
                    self.nudge.raise = true;
                    self.apply(crate::command::Command::Navigate(crate::command::Screen::Practice));
                }
                ReminderEvent::Unavailable(why) => self.nudge.problem = Some(why),
            }
        }
        let Some(library) = self.library() else { return };
        let key = (self.save.generation, self.nudge.reminders_on, library.settings.practice_times.len());
        if self.nudge.plan_key != Some(key) {
            let plan = ReminderPlan {
                times: library.settings.practice_times.clone(),
                on: self.nudge.reminders_on,
                quiet_until: plan::quiet_until(library, &self.clock.now().with_timezone(&Local)),
            };
            self.nudge.plan_key = Some(key);
            self.nudge.thread.update(plan);
        }
        if self.nudge.autostart == autostart::Status::Unknown
            && !self.nudge.autostart_busy
            && let Some(path) = self.nudge.autostart_path.clone()
        {
            self.nudge.autostart_busy =
                self.worker.as_ref().is_some_and(|w| w.send(Job::Autostart { path, write: None }));
        }
    }

    /// True once after a notification was clicked: the window comes forward.
    pub fn take_raise_request(&mut self) -> bool {
        std::mem::take(&mut self.nudge.raise)
    }

    /// True once, at the first frame of a quiet start: the window is minimised.
    pub fn take_minimise_request(&mut self) -> bool {
        std::mem::take(&mut self.nudge.minimise)
    }

    /// The window got the keyboard focus: after a reminder, it opens on Practice (the Today card).
    pub fn window_focused(&mut self) {
        if std::mem::take(&mut self.nudge.land_on_focus) {
            self.apply(crate::command::Command::Navigate(crate::command::Screen::Practice));
        }
    }

    /// Writes or removes the start-up entry, on the store thread.
    pub(super) fn set_autostart(&mut self, on: bool) {
        let Some(path) = self.nudge.autostart_path.clone() else { return };
        if self.nudge.autostart_busy {
            return;
        }
        let write = if on {
            match autostart::contents(&self.nudge.launch) {
                Ok(Some(text)) => Some(text),
                Ok(None) => return,
                Err(why) => {
                    self.nudge.autostart_error = Some(why);
                    return;
                }
            }
        } else {
            None
        };
        self.nudge.autostart_error = None;
        self.nudge.autostart_busy =
            self.worker.as_ref().is_some_and(|w| w.send(Job::Autostart { path, write: Some(write) }));
        if !self.nudge.autostart_busy {
            self.nudge.autostart_error = Some(crate::t!("app-autostart-worker-stopped"));
        }
    }

    /// The store thread's answer about the start-up entry.
    pub(super) fn autostart_result(&mut self, result: Result<autostart::Status, String>) {
        self.nudge.autostart_busy = false;
        match result {
            Ok(status) => {
                self.nudge.autostart = status;
            }
            Err(why) => {
                self.nudge.autostart_error = Some(why);
                // Look again: what is there decides what the switch shows.
                self.nudge.autostart = autostart::Status::Unknown;
            }
        }
    }
}
