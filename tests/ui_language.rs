//! Choosing the language in Settings applies at once, without a restart, and never rewrites the
//! person's ladders. A binary of its own: the language is the whole process's.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use egui_kittest::kittest::Queryable as _;
use stepwise::i18n::Lang;

mod common;
use common::{click, lib_of};

/// One test, run in order: each part sets the process's language.
#[test]
fn the_language_follows_the_system_and_the_persons_choice() {
    italian_is_chosen_in_settings_and_applies_at_once();
    a_new_library_starts_with_the_templates_of_its_language();
}

fn italian_is_chosen_in_settings_and_applies_at_once() {
    let library = common::one_ladder("Phone calls", "I fear sounding awkward", &[("Call a shop to ask the time", 2)]);
    let (_dir, mut harness, _clock) = common::open(&library);
    let before = lib_of(&harness);
    click(&mut harness, "Settings");
    harness.get_by_label("Italiano").click_accesskit();
    harness.run();
    let view = harness.state().app().view();
    assert_eq!(view.language.in_use, Lang::from_tag("it").unwrap());
    assert_eq!(stepwise::i18n::language().tag(), "it");
    // The next frame is Italian: the tabs, the heading, the choice itself.
    assert!(harness.query_all_by_label("Impostazioni").count() >= 2, "the tab and the heading");
    harness.get_by_label("Scale");
    harness.get_by_label_contains("Le tue scale restano come le hai scritte.");
    assert!(harness.query_by_label("Ladders").is_none(), "no tab is left in English");
    // The person's ladders stay as they wrote them.
    assert_eq!(lib_of(&harness), before);
    click(&mut harness, "Scale");
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Gradino 1");
    assert_eq!(field.value().as_deref(), Some("Call a shop to ask the time"));

    // Back to the system's language (English here: the tests have no system locale).
    click(&mut harness, "Impostazioni");
    harness.get_by_label("Come il sistema (English)").click_accesskit();
    harness.run();
    assert_eq!(harness.state().app().view().language.chosen, None);
    harness.get_by_label("Ladders");
    assert!(harness.query_all_by_label("Settings").count() >= 2, "the tab and the heading");
}

fn a_new_library_starts_with_the_templates_of_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    // An Italian system, nothing chosen: a first run writes the Italian starter ladders.
    let (mut harness, _clock) = common::launch_configured(&path, egui::vec2(1280.0, 1400.0), |config| {
        config.system_locales = vec!["it_IT.UTF-8".to_owned()];
    });
    common::wait_for(&mut harness, "the first run", |app| app.library().is_some());
    let lib = lib_of(&harness);
    assert_eq!(lib.ladders[0].title, "Parlare in pubblico");
    assert!(lib.settings.safety_behaviours.iter().all(|b| !b.is_empty()));
    assert_ne!(lib.settings.safety_behaviours, stepwise::model::Settings::default().safety_behaviours);
    // The crisis lines follow the system's region: Italy's, in Italian.
    let region = harness.state().app().view().language.region.map(str::to_owned);
    assert_eq!(region.as_deref(), Some("IT"));
    let shown = stepwise::model::crisis::shown(Some(&lib), region.as_deref());
    assert!(shown.iter().any(|c| c.how.contains("02 2327 2327")));
    harness.key_press(egui::Key::F1);
    harness.run();
    assert_eq!(harness.state().app().view().screen, stepwise::Screen::Safety);
    harness.get_by_label_contains("02 2327 2327");
}
