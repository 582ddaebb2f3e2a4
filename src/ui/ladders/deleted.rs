//! Recently deleted, under the ladder list: each deleted ladder or step with its exposures, the
//! days left to restore it, and a Restore button. Purging after 30 days is the app's (on open).

use egui::RichText;

use super::LadderView;
use crate::command::Command;
use crate::model::edit::LadderEdit;
use crate::model::{Deleted, DeletedItem, Library, RESTORE_DAYS, Timestamp, days_left, ellipsis, step_restore_blocked};
use crate::t;
use crate::ui::theme;

/// What one entry of the list says and restores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct DeletedRow {
    /// "Ladder "Phone calls"" or "Step "Call a shop" of "Phone calls"".
    pub what: String,
    /// "3 exposures; 29 days left to restore".
    pub detail: String,
    /// `None` when it cannot be restored on its own (a step of a deleted ladder).
    pub restore: Option<LadderEdit>,
    /// The accessible name of its Restore button.
    pub button: String,
}

/// The rows of Recently deleted, newest first.
#[must_use]
pub(super) fn rows(library: &Library, now: Timestamp) -> Vec<DeletedRow> {
    let mut rows: Vec<(&Deleted, DeletedRow)> = library.deleted.iter().map(|d| (d, row(library, d, now))).collect();
    rows.sort_by_key(|(d, _)| std::cmp::Reverse(d.at));
    rows.into_iter().map(|(_, row)| row).collect()
}

fn row(library: &Library, deleted: &Deleted, now: Timestamp) -> DeletedRow {
    let detail = t!("ladders-deleted-detail", exposures = deleted.exposures.len(), days = days_left(deleted, now));
    match &deleted.item {
        DeletedItem::Ladder(ladder) => {
            let title = ellipsis(&ladder.title, 40);
            DeletedRow {
                what: t!("ladders-deleted-ladder", title = &title),
                detail,
                restore: Some(LadderEdit::RestoreLadder { ladder: ladder.id }),
                button: t!("ladders-deleted-restore-ladder-name", title = title),
            }
        }
        DeletedItem::Step { ladder, step, .. } => {
            let situation = ellipsis(&step.situation, 40);
            let ladder_title = library.ladder_anywhere(*ladder).map_or("", |l| l.title.as_str());
            let blocked = step_restore_blocked(library, *ladder);
            DeletedRow {
                what: t!("ladders-deleted-step", situation = &situation, ladder = ellipsis(ladder_title, 30)),
                detail: if blocked.is_none() { detail } else { t!("ladders-deleted-detail-blocked", detail = detail) },
                restore: blocked.is_none().then_some(LadderEdit::RestoreStep { step: step.id }),
                button: t!("ladders-deleted-restore-step-name", situation = situation),
            }
        }
    }
}

/// The list, folded under a heading that counts its entries; nothing when it is empty.
pub(super) fn deleted_ui(
    ui: &mut egui::Ui,
    library: &Library,
    now: Timestamp,
    view: &mut LadderView,
    commands: &mut Vec<Command>,
) {
    if library.deleted.is_empty() {
        return;
    }
    let palette = theme::palette(ui);
    ui.add_space(theme::GAP_S);
    ui.checkbox(&mut view.show_deleted, t!("ladders-deleted-heading", count = library.deleted.len()));
    if !view.show_deleted {
        return;
    }
    ui.label(RichText::new(t!("ladders-deleted-intro", days = RESTORE_DAYS)).small().color(palette.muted_text));
    for row in rows(library, now) {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(&row.what);
            ui.label(RichText::new(&row.detail).small().color(palette.muted_text));
            let button = ui.add_enabled(row.restore.is_some(), egui::Button::new(t!("ladders-deleted-restore")));
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, row.restore.is_some(), &row.button));
            if button.clicked()
                && let Some(edit) = &row.restore
            {
                commands.push(Command::Edit(edit.clone()));
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edit::apply;
    use crate::model::{Ladder, Rating};

    fn t(days: i64) -> Timestamp {
        Timestamp::from_unix_secs(1_795_000_000 + days * 86_400)
    }

    #[test]
    fn rows_say_what_how_many_and_how_long_newest_first() {
        let r = Rating::saturating;
        let ladder = Ladder::new("Phone calls", "f", &[("Call a shop", r(2)), ("Call a friend", r(4))], t(0));
        let (l, s) = (ladder.id, ladder.steps[0].id);
        let mut lib = Library { ladders: vec![ladder], ..Library::default() };
        lib.exposures_mut().push(crate::model::ExposureBuilder::new(l, s).at(t(0)).build());
        apply(&mut lib, &LadderEdit::DeleteStep { ladder: l, step: s }, t(1)).unwrap();
        let rows_now = rows(&lib, t(2));
        assert_eq!(rows_now[0].what, "Step \"Call a shop\" of \"Phone calls\"");
        assert_eq!(rows_now[0].detail, "1 exposure; 29 days left to restore");
        assert_eq!(rows_now[0].restore, Some(LadderEdit::RestoreStep { step: s }));
        apply(&mut lib, &LadderEdit::Delete { ladder: l }, t(3)).unwrap();
        let rows_now = rows(&lib, t(3));
        assert_eq!(rows_now[0].what, "Ladder \"Phone calls\"");
        assert_eq!(rows_now[0].detail, "no exposures; 30 days left to restore");
        assert_eq!(rows_now[0].button, "Restore ladder Phone calls");
        assert_eq!(rows_now[1].restore, None, "a step waits for its ladder");
        assert!(rows_now[1].detail.ends_with("restore its ladder first"));
    }

    #[test]
    fn the_detail_counts_exposures_and_days_in_each_language() {
        use crate::i18n::{Arg, Lang, tr_in};
        let detail = |lang: Lang, exposures: usize, days: i64| {
            tr_in(lang, "ladders-deleted-detail", &[("exposures", Arg::from(exposures)), ("days", Arg::from(days))])
        };
        let (en, it) = (Lang::english(), Lang::from_tag("it").unwrap());
        assert_eq!(detail(en, 0, 0), "no exposures; last day to restore");
        assert_eq!(detail(en, 1, 1), "1 exposure; 1 day left to restore");
        assert_eq!(detail(en, 12, 29), "12 exposures; 29 days left to restore");
        assert_eq!(detail(it, 0, 0), "nessuna esposizione; ultimo giorno per ripristinare");
        assert_eq!(detail(it, 1, 1), "1 esposizione; ancora 1 giorno per ripristinare");
        assert_eq!(detail(it, 12, 29), "12 esposizioni; ancora 29 giorni per ripristinare");
        let title = [("title", Arg::from("Telefonate"))];
        assert_eq!(tr_in(it, "ladders-deleted-ladder", &title), "Scala “Telefonate”");
    }
}
