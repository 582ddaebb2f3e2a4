//! The store's public API: round-trips, hostile files, backups, locking.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::path::Path;

use stepwise::model::{ExposureBuilder, Library, Timestamp};
use stepwise::sample::heavy_library;
use stepwise::store::{self, FileLock, StoreError, backup};
use stepwise::templates::starter_library;

const NOW: i64 = 1_795_000_000; // 2026-11-18

fn heavy() -> Library {
    heavy_library(42, 20, 11_000, Timestamp::from_unix_secs(NOW))
}

#[test]
fn starter_library_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let lib = starter_library();
    store::save(&path, &lib).unwrap();
    assert_eq!(store::load(&path).unwrap(), lib);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(&format!("(\n    version: {},\n", store::CURRENT_VERSION)));
    assert!(!text.contains('\r'));
}

#[test]
fn heavy_library_of_11000_exposures_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("heavy.ron");
    let lib = heavy();
    assert_eq!(lib.exposures.len(), 11_000);
    store::save(&path, &lib).unwrap();
    let back = store::load(&path).unwrap();
    assert_eq!(back, lib);
    // Saving what was loaded gives the same bytes: the format is stable.
    let first = std::fs::read(&path).unwrap();
    store::save(&path, &back).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
}

/// Writes `bytes`, loads, and checks the load fails with a message containing `expect`
/// and leaves the file byte-identical.
fn assert_rejected(bytes: &[u8], expect: &str) -> StoreError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    std::fs::write(&path, bytes).unwrap();
    let err = store::load(&path).expect_err("a hostile file must not load");
    let message = err.to_string();
    assert!(message.contains(expect), "message {message:?} should contain {expect:?}");
    assert!(message.contains("library.ron"), "message should name the file: {message}");
    assert!(message.contains("kept") || message.contains("Nothing was changed"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file must stay byte-identical");
    err
}

fn good_text() -> String {
    let mut lib = starter_library();
    let ladder = &lib.ladders[0];
    let exposure = ExposureBuilder::on(ladder, 0)
        .id(77)
        .at(Timestamp::from_unix_secs(NOW))
        .ratings(3, 4, 1)
        .learned("It was fine.")
        .build();
    lib.exposures_mut().push(exposure);
    store::format::encode(&lib).unwrap()
}

#[test]
fn truncated_file_is_rejected_with_a_position() {
    let text = good_text();
    let err = assert_rejected(&text.as_bytes()[..text.len() / 2], "line");
    assert!(matches!(err, StoreError::Syntax { .. }), "{err:?}");
}

#[test]
fn binary_garbage_is_rejected() {
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    assert_rejected(&bytes, "not a text file");
}

#[test]
fn invalid_utf8_is_rejected_with_its_line() {
    let mut bytes = good_text().into_bytes();
    let at = bytes.iter().position(|b| *b == b'\n').unwrap() + 1; // start of line 2
    bytes.insert(at, 0xFF);
    assert_rejected(&bytes, "invalid UTF-8 at line 2, column 1");
}

#[test]
fn a_file_that_is_not_a_progress_file_is_called_so() {
    for bytes in [&b"hello"[..], b"date,ladder,step\r\n2026-11-01,a,b\r\n"] {
        assert_rejected(bytes, "is not a Stepwise progress file");
    }
    for bytes in [&b""[..], b"\n  \n", &[0_u8; 512]] {
        assert_rejected(bytes, "is empty: there is nothing in it to read");
    }
}

#[test]
fn deep_nesting_is_rejected_without_overflowing_the_stack() {
    let mut text = String::from("(version: 1, library: (ladders: ");
    text.push_str(&"[".repeat(100_000));
    text.push_str(&"]".repeat(100_000));
    text.push_str("))");
    assert_rejected(text.as_bytes(), "could not be read at line 1");
}

#[test]
fn out_of_range_ratings_are_rejected() {
    for bad in ["11", "255"] {
        let text = good_text().replace("after: 1,", &format!("after: {bad},"));
        assert!(text.contains(&format!("after: {bad},")));
        assert_rejected(text.as_bytes(), &format!("{bad} is outside 0-10"));
    }
    // 256 does not even fit the rating's number type.
    let text = good_text().replace("after: 1,", "after: 256,");
    assert_rejected(text.as_bytes(), "could not be read");
}

#[test]
fn duplicate_ids_are_rejected() {
    let lib = starter_library();
    let mut dup = lib.clone();
    let first_step = dup.ladders[0].steps[0].id;
    dup.ladders[1].steps[0].id = first_step;
    let text = store::format::encode(&dup).unwrap();
    assert_rejected(text.as_bytes(), "two steps share the id");

    let mut dup = lib;
    dup.ladders[1].id = dup.ladders[0].id;
    let text = store::format::encode(&dup).unwrap();
    assert_rejected(text.as_bytes(), "two ladders share the id");
}

#[test]
fn an_exposure_pointing_at_a_missing_step_is_rejected() {
    let text = good_text();
    let lib: Library = store::format::decode_current(&text).unwrap().0;
    let step = lib.exposures[0].step.0;
    let text = text.replace(&format!("step: {step},"), "step: 12345,");
    assert_rejected(text.as_bytes(), "points at step step-3039, which is not in any ladder");
}

#[test]
fn a_newer_version_is_refused() {
    let text = good_text().replacen(&format!("version: {},", store::CURRENT_VERSION), "version: 9,", 1);
    let err = assert_rejected(text.as_bytes(), "written by a newer Stepwise (file format 9");
    assert!(!err.is_damaged_file());
}

#[test]
fn a_65_mib_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    drop(file);
    let err = store::load(&path).unwrap_err();
    assert!(err.to_string().contains("65.0 MiB"), "{err}");
    assert!(err.to_string().contains("kept as it is"), "{err}");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 65 * 1024 * 1024);
}

#[test]
fn a_missing_file_is_a_read_error_naming_it() {
    let err = store::load(Path::new("/nonexistent/stepwise/library.ron")).unwrap_err();
    assert!(matches!(err, StoreError::Read { .. }));
    assert!(err.to_string().contains("/nonexistent/stepwise/library.ron"));
}

#[test]
fn backups_are_taken_and_the_newest_good_one_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let lib = starter_library();
    store::save(&path, &lib).unwrap();
    let now = Timestamp::from_unix_secs(NOW);
    let taken = backup::take_daily(&path, now).unwrap().expect("first backup of the day");
    assert!(taken.starts_with(dir.path().join("backups")));
    assert!(backup::take_daily(&path, now).unwrap().is_none(), "at most once a day");

    // The data file gets damaged; the backup still opens and equals the last good library.
    std::fs::write(&path, b"(version: 1, library: (ladders: [").unwrap();
    let (found, restored) = backup::newest_loadable(&path).unwrap();
    assert_eq!(found.path, taken);
    assert_eq!(restored, lib);
}

#[test]
fn a_second_lock_on_one_file_is_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let _first = FileLock::acquire(&path).unwrap();
    let err = FileLock::acquire(&path).unwrap_err();
    assert!(err.to_string().contains("already open in another Stepwise window"), "{err}");
}

#[test]
fn a_draft_past_the_safety_gate_at_eight_is_rejected() {
    let text = std::fs::read_to_string("tests/data/format_v1.ron").unwrap();
    let hostile = text.replace("            before: Some(3),", "            before: Some(8),");
    assert_ne!(hostile, text);
    assert_rejected(hostile.as_bytes(), "went past the safety gate at a rating of 8");
}

/// Inputs the fuzzer (`examples/fuzz_store.rs`) once found crashing are kept in
/// `tests/data/fuzz/` and must now fail cleanly, without a panic.
#[test]
fn fuzz_findings_stay_fixed() {
    // Hostile inputs kept as regression cases (deep nesting, truncation, bad UTF-8, out-of-range
    // numbers and dates, duplicate ids, dangling references, NUL bytes), plus anything
    // `examples/fuzz_store.rs` ever finds. Each is refused with a message and left untouched.
    let mut entries: Vec<_> = std::fs::read_dir("tests/data/fuzz")
        .expect("tests/data/fuzz holds the corpus")
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    assert!(entries.len() >= 12, "the corpus went missing: {entries:?}");
    for path in entries {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("crash-") || name.starts_with("merge-") {
            // A fuzzer finding, once fixed, may be a valid file: it must load or be refused
            // without a panic, and a loaded one must import into another library both ways.
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("library.ron");
            std::fs::write(&file, &bytes).unwrap();
            if let Ok(library) = store::load(&file) {
                let other = starter_library();
                assert!(stepwise::merge::import(&other, &library).is_ok(), "{name} imports");
                assert!(stepwise::merge::import(&library, &other).is_ok(), "{name} takes an import");
            }
        } else {
            let err = assert_rejected(&bytes, "");
            assert!(!err.to_string().is_empty(), "{name} is refused with a reason");
        }
    }
}
