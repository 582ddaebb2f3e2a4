//! System notifications behind a small trait, so the reminder thread can show one and tests can
//! see what it would have shown (as `dialogs` does for file dialogs). The real one is
//! `notify-rust`: freedesktop notifications over D-Bus on Linux, the system's own on macOS and
//! Windows.

use std::sync::Mutex;

/// One reminder as the system shows it. Neutral words only: notifications appear on lock
/// screens and over shared screens, so they never name a fear or a ladder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub title: String,
    pub body: String,
}

impl Reminder {
    /// The reminder at a practice time.
    #[must_use]
    pub fn practice_time() -> Self {
        Self { title: crate::t!("app-reminder-title"), body: crate::t!("app-reminder-body") }
    }
}

/// What became of a shown notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The person clicked it: Stepwise comes forward on the Today card.
    Clicked,
    /// It was closed, expired, or the system does not tell.
    Closed,
}

/// A notification on screen: waiting on it blocks until the person clicks or closes it, where
/// the system tells (call it on the thread that showed it).
pub struct Shown(Box<dyn FnOnce() -> Outcome>);

impl Shown {
    #[must_use]
    pub fn new(wait: impl FnOnce() -> Outcome + 'static) -> Self {
        Self(Box::new(wait))
    }

    /// Blocks until the notification is clicked or closed.
    #[must_use]
    pub fn wait(self) -> Outcome {
        (self.0)()
    }
}

impl std::fmt::Debug for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shown")
    }
}

/// Shows system notifications. An `Err` is a sentence for Settings saying why none can be shown.
pub trait Notifier: Send + Sync + std::fmt::Debug {
    /// Whether notifications can be shown here at all (a notification service answers).
    fn check(&self) -> Result<(), String>;
    fn show(&self, reminder: &Reminder) -> Result<Shown, String>;
}

/// The system's notifications, through `notify-rust`.
#[derive(Debug, Default)]
pub struct SystemNotifier;

impl Notifier for SystemNotifier {
    #[cfg(all(unix, not(target_os = "macos")))]
    fn check(&self) -> Result<(), String> {
        notify_rust::get_server_information().map(|_| ()).map_err(|e| {
            // The technical reason goes to the terminal only; Settings says what it means.
            eprintln!("stepwise: no desktop notifications: {e}");
            crate::t!("app-notifications-unavailable")
        })
    }

    // macOS and Windows always have their notification centre; a failure shows at `show`.
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    fn check(&self) -> Result<(), String> {
        Ok(())
    }

    fn show(&self, reminder: &Reminder) -> Result<Shown, String> {
        let mut notification = notify_rust::Notification::new();
        notification.appname("Stepwise").summary(&reminder.title).body(&reminder.body);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            // The icon and the launcher it belongs to (dist/linux/stepwise.desktop); "default" is
            // the action of a click on the notification itself. No sound.
            notification
                .icon("stepwise")
                .action("default", &crate::t!("app-reminder-open"))
                .hint(notify_rust::Hint::DesktopEntry("stepwise".to_owned()))
                .hint(notify_rust::Hint::SuppressSound(true));
        }
        let handle = notification.show().map_err(|e| {
            eprintln!("stepwise: a reminder could not be shown: {e}");
            crate::t!("app-reminder-not-shown")
        })?;
        Ok(Shown::new(move || {
            let mut outcome = Outcome::Closed;
            handle.wait_for_action(|action| {
                if action == "default" {
                    outcome = Outcome::Clicked;
                }
            });
            outcome
        }))
    }
}

/// Notifications remembered instead of shown, for tests and scripted runs: it can be told to
/// fail, and whether the person "clicks" what it shows.
#[derive(Debug, Default)]
pub struct RecordingNotifier {
    shown: Mutex<Vec<Reminder>>,
    failure: Mutex<Option<String>>,
    click: Mutex<bool>,
}

impl RecordingNotifier {
    /// What was shown so far.
    #[must_use]
    pub fn shown(&self) -> Vec<Reminder> {
        self.shown.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// From now on, checks and notifications fail with `why` (`None`: they work).
    pub fn fail_with(&self, why: Option<&str>) {
        if let Ok(mut failure) = self.failure.lock() {
            *failure = why.map(str::to_owned);
        }
    }

    /// From now on, each notification shown is clicked at once.
    pub fn click_each(&self, click: bool) {
        if let Ok(mut c) = self.click.lock() {
            *c = click;
        }
    }

    fn failure(&self) -> Option<String> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }
}

impl Notifier for RecordingNotifier {
    fn check(&self) -> Result<(), String> {
        self.failure().map_or(Ok(()), Err)
    }

    fn show(&self, reminder: &Reminder) -> Result<Shown, String> {
        if let Some(why) = self.failure() {
            return Err(why);
        }
        if let Ok(mut shown) = self.shown.lock() {
            shown.push(reminder.clone());
        }
        let clicked = self.click.lock().is_ok_and(|c| *c);
        Ok(Shown::new(move || if clicked { Outcome::Clicked } else { Outcome::Closed }))
    }
}
