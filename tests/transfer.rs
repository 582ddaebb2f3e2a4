//! Export then import, through the real file format: the round trip gives back the library.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use stepwise::model::{Library, Timestamp};
use stepwise::sample::heavy_library;
use stepwise::{export, merge, store};

fn library() -> Library {
    heavy_library(21, 6, 1_500, Timestamp::from_unix_secs(1_795_000_000))
}

#[test]
fn exporting_everything_then_importing_into_an_empty_library_gives_it_back() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("all.stepwise.ron");
    store::write_text(&path, &store::format::encode(&export::subset(&lib, &[])).unwrap()).unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded, lib);
    let merged = merge::merge(&Library::default(), &loaded);
    assert_eq!(merged.library, lib);
    // And importing it again into the result changes nothing.
    let again = merge::merge(&merged.library, &loaded);
    assert_eq!(again.library, lib);
    assert!(!again.report.changes_anything());
}

#[test]
fn a_one_ladder_export_imports_as_exactly_that_ladder() {
    let lib = library();
    let chosen = lib.ladders[2].id;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.stepwise.ron");
    store::write_text(&path, &store::format::encode(&export::subset(&lib, &[chosen])).unwrap()).unwrap();
    let loaded = store::load(&path).unwrap();
    // Into a library that already has everything: nothing new, nothing changed.
    let merged = merge::merge(&lib, &loaded);
    assert_eq!(merged.library, lib);
    assert!(!merged.report.changes_anything());
    // Into a fresh one: the ladder, its exposures and its journal entries.
    let fresh = merge::merge(&Library::default(), &loaded).library;
    assert_eq!(fresh.ladders, vec![lib.ladder(chosen).unwrap().clone()]);
    let expected: Vec<_> = lib.exposures.iter().filter(|e| e.ladder == chosen).cloned().collect();
    assert_eq!(*fresh.exposures, expected);
    assert!(!fresh.journal.is_empty() && fresh.journal.iter().all(|j| j.ladder == Some(chosen)));
}

#[test]
fn the_csv_and_the_summary_hold_every_exposure_of_the_chosen_ladder() {
    let lib = library();
    let chosen = lib.ladders[0].id;
    let offset = chrono::FixedOffset::east_opt(0).unwrap();
    let csv = export::csv(&lib, &[chosen], &offset);
    let count = lib.exposures.iter().filter(|e| e.ladder == chosen).count();
    assert_eq!(csv.split("\r\n").filter(|l| !l.is_empty()).count(), count + 1);
    let now = Timestamp::from_unix_secs(1_795_000_000).utc().with_timezone(&offset);
    let html = export::html(&lib, &[chosen], &now);
    let title = &lib.ladder(chosen).unwrap().title;
    assert!(html.contains(&format!("<h2 id=\"ladder-1\" class=\"new-page\">Ladder: {title}</h2>")));
    assert_eq!(html.matches("class=\"new-page\">Ladder: ").count(), 1, "only the chosen ladder is in the summary");
}
