//! The screens' messages (locales/*/ui.ftl) put into words on the host: the
//! English is what the screens said before they were messages, and the
//! selectors and plurals the views rely on pick the right words in German
//! and Spanish.

use upright::i18n::{Lang, Words};
use upright::tr;

fn words(lang: Lang) -> Words {
    let (words, problems) = Words::from_disk(lang);
    assert!(problems.is_empty(), "{problems:?}");
    words
}

#[test]
fn english_reads_as_the_screens_did_before() {
    let en = Words::english();
    assert_eq!(tr!(en, "ui-home-minutes", minutes = 9), "About 9 minutes");
    assert_eq!(tr!(en, "ui-step-count", kind = "set", index = 2, count = 3), "Set 2 of 3");
    assert_eq!(tr!(en, "ui-step-count", kind = "cobra", index = 1, count = 3), "Cobra 1 of 3");
    assert_eq!(tr!(en, "ui-step-side", side = "left", part = "leg"), "Left leg");
    assert_eq!(tr!(en, "ui-step-side", side = "right", part = "side"), "Right side");
    assert_eq!(tr!(en, "ui-step-reps", count = 15), "15 reps");
    assert_eq!(tr!(en, "ui-days", count = 1), "1 day");
    assert_eq!(tr!(en, "ui-days", count = 0), "0 days");
    assert_eq!(tr!(en, "ui-away-hours", count = 1), "1 hour");
    assert_eq!(tr!(en, "ui-calendar-month", month = 11, year = "2026"), "November 2026");
    assert_eq!(tr!(en, "ui-summary-duration", minutes = 9, seconds = "05"), "9 min 05 s");
    assert_eq!(
        tr!(en, "ui-report-around", count = 1, before = "4.0", after = "3.5"),
        "Over the 1 workout with both ratings, pain averaged 4.0 before a workout and 3.5 after it."
    );
    assert_eq!(tr!(en, "ui-history-felt", felt = "good"), "felt about right");
}

#[test]
fn german_and_spanish_pick_their_own_words() {
    let de = words(Lang::De);
    assert_eq!(tr!(de, "ui-step-side", side = "left", part = "leg"), "Linkes Bein");
    assert_eq!(tr!(de, "ui-step-side", side = "right", part = "side"), "Rechte Seite");
    assert_eq!(tr!(de, "ui-days", count = 1), "1 Tag");
    assert_eq!(tr!(de, "ui-days", count = 3), "3 Tage");
    assert_eq!(tr!(de, "ui-calendar-month", month = 3, year = "2026"), "März 2026");
    let es = words(Lang::Es);
    assert_eq!(tr!(es, "ui-step-side", side = "left", part = "leg"), "Pierna izquierda");
    assert_eq!(tr!(es, "ui-step-count", kind = "breath", index = 2, count = 5), "Respiración 2 de 5");
    assert_eq!(tr!(es, "ui-home-minutes", minutes = 1), "Cerca de 1 minuto");
    assert_eq!(tr!(es, "ui-calendar-month", month = 12, year = "2026"), "diciembre de 2026");
    // Every weekday list has seven letters, Monday first.
    for lang in Lang::ALL {
        assert_eq!(words(lang).text("ui-calendar-weekdays", None).split_whitespace().count(), 7, "{}", lang.tag());
    }
}
