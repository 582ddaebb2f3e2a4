//! Fixtures shared by the export tests (a small library with texts that need escaping, a heavy
//! one, a strict CSV reader, HTML nesting checks), the test of all formats on a heavy library,
//! and the timing run. Each room's own tests are in its file (the summary's stay here until
//! the report is split).

use super::*;
use crate::model::{Expectancy, JournalEntry, Library, Likelihood, Outcome, Reflection, Timestamp};
use crate::stats;
use crate::stats::tests::{day, exposure, ladder_with, local, zone};

pub(super) fn heavy() -> Library {
    crate::sample::heavy_library(3, 6, 1_200, Timestamp::from_unix_secs(1_795_000_000))
}

/// A small library: two ladders, three exposures with texts that need escaping.
pub(super) fn small() -> Library {
    let mut lib = Library { ladders: vec![ladder_with(&[2, 4]), ladder_with(&[3])], ..Library::default() };
    lib.ladders[0].title = "Speaking up".to_owned();
    lib.ladders[1].title = "Phone calls".to_owned();
    lib.ladders[0].steps[0].situation = "Ask a shop assistant where the milk is".to_owned();
    let mut a = exposure(&lib.ladders[0], 0, day(1), [4, 6, 1]);
    a.expectancy =
        Expectancy { feared_outcome: "They sigh, roll eyes".to_owned(), likelihood: Likelihood::new(70).unwrap() };
    a.reflection = Reflection {
        outcome: Outcome::Partly,
        learned: "It was fine, \"really\"\nand short".to_owned(),
        safety_behaviours: vec!["Rehearsed my lines".to_owned(), "Held my phone".to_owned()],
    };
    let mut b = exposure(&lib.ladders[0], 1, day(3), [5, 5, 2]);
    b.reflection.learned = "=HYPERLINK(\"x\") <script>alert(1)</script> a|b".to_owned();
    b.difficult = true;
    let c = exposure(&lib.ladders[1], 0, day(2), [3, 3, 0]);
    lib.exposures_mut().extend([b, a, c]);
    let first = lib.ladders[0].id;
    lib.journal_mut().push(JournalEntry {
        id: crate::model::EntryId(1),
        written: day(2),
        text: "Told my sister <b>about</b> it.".to_owned(),
        ladder: Some(first),
    });
    lib.journal_mut().push(JournalEntry {
        id: crate::model::EntryId(2),
        written: day(2),
        text: "A private note on no ladder".to_owned(),
        ladder: None,
    });
    lib
}

/// A strict RFC 4180 reader for the tests: rows of fields.
pub(super) fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match (c, chars.peek()) {
                ('"', Some('"')) => {
                    field.push('"');
                    chars.next();
                }
                ('"', _) => quoted = false,
                _ => field.push(c),
            }
        } else {
            match c {
                '"' => {
                    assert!(field.is_empty(), "a quote inside an unquoted field");
                    quoted = true;
                }
                ',' => row.push(std::mem::take(&mut field)),
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                '\n' => panic!("bare LF outside quotes"),
                _ => field.push(c),
            }
        }
    }
    assert!(!quoted && field.is_empty() && row.is_empty(), "the text ends with CRLF");
    rows
}

/// Checks that every element is closed in order (all text is escaped, so every `<` opens a tag).
pub(super) fn assert_nested(html: &str) {
    let mut open: Vec<&str> = Vec::new();
    for piece in html.split('<').skip(1) {
        let tag = &piece[..piece.find('>').expect("a tag ends")];
        if tag.starts_with('!') || tag.starts_with("meta ") {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop(), Some(name), "closing {name}");
        } else {
            open.push(tag.split(' ').next().unwrap());
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
}

pub(super) fn table_count(html: &str) -> (usize, usize) {
    (html.matches("<table>").count(), html.matches("</table>").count())
}

#[test]
fn html_contains_the_steps_ratings_and_learnings() {
    let lib = small();
    let now = local(1, 2026, 3, 20, 9, 0);
    let page = html(&lib, &[], &now);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("<h1>Stepwise practice summary</h1>"));
    assert!(page.contains("Prepared 2026-03-20 by Stepwise."));
    assert!(page.contains("below 2 on the last 3 tries in a row"));
    assert!(page.contains("<h2>Ladder: Speaking up</h2>"));
    assert!(page.contains("<p>Fear: I fear being judged when I speak</p>"));
    assert!(page.contains("<td>Ask a shop assistant where the milk is</td>"));
    assert!(page.contains("<td class=\"n\">2</td><td>situation 2</td><td class=\"n\">4</td><td>-</td><td>no</td>"));
    assert!(
        page.contains(
            "<tr><td>2026-03-03</td><td class=\"n\">1</td><td class=\"n\">4</td><td class=\"n\">6</td>\
             <td class=\"n\">1</td><td class=\"n\">70</td><td>Partly</td><td>It was fine, &quot;really&quot;\n\
             and short</td></tr>"
        ),
        "{page}"
    );
    assert!(page.contains(
        "<td class=\"n\">1</td><td class=\"n\">70.0%</td><td class=\"n\">50.0%</td><td class=\"n\">+20.0</td>"
    ));
    assert!(page.contains("Told my sister &lt;b&gt;about&lt;/b&gt; it."));
    assert!(!page.contains("A private note"), "entries tied to no ladder stay private");
    assert!(page.contains("<h2>Ladder: Phone calls</h2>"));
    // Week of 2 March: 3 exposures in all, 2 on the first ladder; goal 10.
    assert!(page.contains(
        "<tr><td>2026-03-02</td><td class=\"n\">2</td><td class=\"n\">3</td><td class=\"n\">10</td></tr>"
    ));
    assert!(page.ends_with("</body>\n</html>\n"), "the page is complete");
    let (open, close) = table_count(&page);
    assert_eq!(open, close);
    assert!(open >= 8);

    let only = html(&lib, &[lib.ladders[1].id], &now);
    assert!(!only.contains("Speaking up") && only.contains("Phone calls"));
    assert!(!only.contains("Told my sister"));
}

#[test]
fn html_escapes_text_and_has_no_scripts_or_outside_resources() {
    let mut lib = small();
    lib.ladders[0].title = "<script>x</script> & \"Q\"".to_owned();
    let page = html(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;script&gt;x&lt;/script&gt; &amp; &quot;Q&quot;"));
    let lower = page.to_ascii_lowercase();
    for banned in ["<script", "http", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe", " onerror="] {
        assert!(!lower.contains(banned), "{banned} in the page");
    }
    assert!(page.is_ascii(), "Stepwise's own text and these test texts are ASCII");
    let (open, close) = table_count(&page);
    assert_eq!(open, close);
    assert_eq!(page.matches("<tr>").count(), page.matches("</tr>").count());
    assert_eq!(page.matches("<td").count(), page.matches("</td>").count());
    assert_nested(&page);
}

#[test]
fn html_of_an_empty_library_is_still_a_page() {
    let page = html(&Library::default(), &[], &local(0, 2026, 3, 20, 9, 0));
    assert!(page.contains("No ladders were chosen.") && page.contains("No practice recorded yet."));
    assert!(page.ends_with("</html>\n"));
}

#[test]
fn markdown_has_the_same_content_with_escaped_pipes() {
    let lib = small();
    let md = markdown(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
    assert!(md.starts_with("# Stepwise practice summary\n\nPrepared 2026-03-20 by Stepwise.\n"));
    assert!(md.contains("## Ladder: Speaking up\n"));
    assert!(
        md.contains("| Date | Step | Before | Peak | After | Predicted % | Happened | Learned |\n| --- | ---: |")
    );
    assert!(md.contains("| 2026-03-03 | 1 | 4 | 6 | 1 | 70 | Partly | It was fine, \"really\" and short |"));
    assert!(md.contains("\\<script\\>alert(1)\\</script\\> a\\|b |"), "{md}");
    assert!(md.contains("Told my sister \\<b\\>about\\</b\\> it."));
    // Every row of a table has as many unescaped pipes as its header.
    let mut expected = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let pipes = line.replace("\\|", "").matches('|').count();
            assert_eq!(pipes, *expected.get_or_insert(pipes), "{line}");
        } else {
            expected = None;
        }
    }
    let mut lines = String::new();
    escape_markdown_lines(&mut lines, "# not a heading\n- not a list\n12. not a list\n  indented");
    assert_eq!(lines, "\\# not a heading  \n\\- not a list  \n12\\. not a list  \nindented");
}

#[test]
fn mastered_over_time_table_is_per_day() {
    let mut lib = Library { ladders: vec![ladder_with(&[2])], ..Library::default() };
    lib.settings.mastery_streak = 2;
    for (d, after) in [(1, 1), (2, 0), (3, 5), (3, 1), (4, 1)] {
        let e = exposure(&lib.ladders[0], 0, day(d), [3, 3, after]);
        lib.exposures_mut().push(e);
    }
    // Mastered on day 2, lost and not regained on day 3 (5 then 1), back on day 4.
    let page = html(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
    let table_start = page.find("<th class=\"n\">Mastered (of 1)</th>").unwrap();
    let table = &page[table_start..page[table_start..].find("</table>").unwrap() + table_start];
    let rows: Vec<_> = table.matches("<tr>").collect();
    assert_eq!(rows.len(), 4, "created, day 2 (1), day 3 (0), day 4 (1): {table}");
    assert!(table.contains("<td>2026-03-05</td><td class=\"n\">0</td>"));
}

#[test]
fn heavy_library_exports_render() {
    let lib = crate::sample::heavy_library(1, 20, 11_000, Timestamp::from_unix_secs(1_795_000_000));
    let now = local(2, 2026, 11, 20, 12, 0);
    let page = html(&lib, &[], &now);
    let (open, close) = table_count(&page);
    assert_eq!(open, close);
    assert_nested(&page);
    assert_eq!(page.matches("<h2>Ladder: ").count(), 20);
    assert!(page.matches("<tr>").count() > 11_000);
    assert!(!page.contains("<script") && !page.contains("http"));
    let rows = parse_csv(&csv(&lib, &[], &zone(2)));
    assert_eq!(rows.len(), 11_001);
    assert!(markdown(&lib, &[], &now).lines().count() > 11_000);
}

/// `cargo test --release --lib export::tests::timing -- --ignored --nocapture`
#[test]
#[ignore = "timing; run in release"]
fn timing() {
    let lib = crate::sample::heavy_library(1, 20, 11_000, Timestamp::from_unix_secs(1_795_000_000));
    let now = local(2, 2026, 11, 20, 12, 0);
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        let mut size = 0;
        for _ in 0..5 {
            let start = crate::clock::Stopwatch::start();
            size = f();
            best = best.min(start.elapsed_secs() * 1000.0);
        }
        println!("{name}: best of 5 {best:.2} ms, {size}");
    };
    time("html (bytes)", &|| html(&lib, &[], &now).len());
    let local_now = now.with_timezone(&chrono::Local);
    time("html in chrono::Local (bytes)", &|| html(&lib, &[], &local_now).len());
    time("markdown (bytes)", &|| markdown(&lib, &[], &now).len());
    time("csv (bytes)", &|| csv(&lib, &[], &zone(2)).len());
    let five: Vec<_> = lib.ladders[..5].iter().map(|l| l.id).collect();
    time("subset of 5 ladders (exposures)", &|| subset(&lib, &five).exposures.len());
    time("stats::weekly, all ladders (weeks)", &|| stats::weekly(&lib, None, &local_now).len());
    time("stats::mastered_over_time, 20 ladders (points)", &|| {
        lib.ladders.iter().map(|l| stats::mastered_over_time(&lib, l).len()).sum()
    });
    time("stats::habituation, every step (points)", &|| {
        lib.ladders.iter().flat_map(|l| &l.steps).map(|s| stats::habituation(&lib, s.id).len()).sum()
    });
    time("stats::expectancy + summary, all (points)", &|| {
        let points = stats::expectancy(&lib, None);
        stats::expectancy_summary(&points).map_or(0, |s| s.count)
    });
    let curve: Vec<[f64; 2]> = (0..100_000).map(|i| [f64::from(i), f64::from(i % 97)]).collect();
    time("stats::downsample 100,000 to 2,000 (points)", &|| stats::downsample(&curve, 2_000).len());
}
