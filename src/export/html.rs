//! The summary as one self-contained web page: the report model ([`super::report`]) laid out as
//! HTML with inline CSS. No content is decided here; every text comes from the model and is
//! escaped on the way out ([`escape_html`]).

use std::fmt::Write as _;

use chrono::{DateTime, TimeZone};

use super::report::{Block, report};
use crate::i18n::Lang;
use crate::model::{LadderId, Library};

/// A self-contained summary for a therapist, as one HTML file: inline CSS only, no scripts, no
/// external resources, every text escaped. The chosen ladders (`ladders` empty = all), dated in
/// `now`'s time zone, in the language in use (the page's `lang`); see the module docs for what
/// is included.
#[must_use]
pub fn html<Tz: TimeZone>(library: &Library, ladders: &[LadderId], now: &DateTime<Tz>) -> String {
    html_in(crate::i18n::language(), library, ladders, now)
}

/// [`html`] in `lang`.
pub(super) fn html_in<Tz: TimeZone>(lang: Lang, library: &Library, ladders: &[LadderId], now: &DateTime<Tz>) -> String {
    render_html(lang, &report(lang, library, ladders, now))
}

const CSS: &str = "\
body { font-family: system-ui, \"Segoe UI\", Roboto, \"DejaVu Sans\", Arial, sans-serif; color: #222; \
background: #fff; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { margin-top: 2.5rem; padding-bottom: 0.2rem; border-bottom: 1px solid #bbb; }
h3 { margin-top: 1.5rem; }
.note { border: 1px solid #999; border-radius: 4px; padding: 0.4rem 0.9rem; margin: 0.8rem 0; background: #f7f7f4; }
.note h2 { margin: 0.2rem 0; border: none; font-size: 1rem; }
.note p { margin: 0.25rem 0; }
nav p { margin: 0.5rem 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0.8rem 1.2rem; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 0.85rem; margin-bottom: 0.2rem; }
figure svg { width: 100%; height: auto; max-width: 26rem; display: block; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; \
white-space: pre-wrap; }
th { background: #f2f2f2; }
th.n, td.n { text-align: right; }
.entry { margin: 0.75rem 0; }
.entry .date { margin: 0; font-weight: bold; }
.entry .text { margin: 0.2rem 0 0; white-space: pre-wrap; }
@page { margin: 12mm 11mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9pt; line-height: 1.3; }
  h1 { font-size: 15pt; margin: 0 0 2pt; }
  h2 { font-size: 12pt; margin: 10pt 0 4pt; }
  h3 { font-size: 10pt; margin: 8pt 0 3pt; break-after: avoid; }
  h2, h3 { break-after: avoid; }
  .new-page { break-before: page; margin-top: 0; }
  .note { background: none; padding: 2pt 8pt; margin: 5pt 0; }
  .note h2 { font-size: 9.5pt; }
  .note p, nav p { margin: 1pt 0; }
  p { margin: 3pt 0; }
  .charts { grid-template-columns: repeat(3, 1fr); gap: 4pt 10pt; }
  figcaption { font-size: 7.5pt; line-height: 1.25; }
  table { font-size: 7.6pt; margin: 3pt 0 6pt; width: 100%; }
  th, td { padding: 0.5pt 3pt; line-height: 1.22; }
  td:first-child, td.n { white-space: nowrap; }
  th { background: none; border-bottom: 1.5px solid #444; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .entry { margin: 3pt 0; break-inside: avoid; }
  .entry .date { display: inline; margin-right: 6pt; }
  .entry .text { display: inline; }
  nav a { color: inherit; text-decoration: none; }
}
";

fn render_html(lang: Lang, blocks: &[Block]) -> String {
    let rows: usize = blocks.iter().map(|b| if let Block::Table(t) = b { t.rows.len() } else { 1 }).sum();
    let mut out = String::with_capacity(4096 + rows * 320);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    escape_html(&mut out, lang.tag());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_html(&mut out, &tl!(lang, "export-report-title"));
    out.push_str("</title>\n<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    let mut charts = 0;
    for block in blocks {
        match block {
            Block::Heading { level, text, id, new_page } => {
                let _ = write!(out, "<h{level}");
                if let Some(id) = id {
                    let _ = write!(out, " id=\"{id}\"");
                }
                if *new_page {
                    out.push_str(" class=\"new-page\"");
                }
                out.push('>');
                escape_html(&mut out, text);
                let _ = writeln!(out, "</h{level}>");
            }
            Block::Note { title, paras } => {
                out.push_str("<section class=\"note\">\n<h2>");
                escape_html(&mut out, title);
                out.push_str("</h2>\n");
                for para in paras {
                    out.push_str("<p>");
                    escape_html(&mut out, para);
                    out.push_str("</p>\n");
                }
                out.push_str("</section>\n");
            }
            Block::Contents(links) => {
                out.push_str("<nav aria-label=\"");
                escape_html(&mut out, &tl!(lang, "export-report-contents-name"));
                out.push_str("\"><p>");
                escape_html(&mut out, &tl!(lang, "export-report-contents"));
                out.push(' ');
                for (i, (id, text)) in links.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" &middot; ");
                    }
                    let _ = write!(out, "<a href=\"#{id}\">");
                    escape_html(&mut out, text);
                    out.push_str("</a>");
                }
                out.push_str("</p></nav>\n");
            }
            Block::Figures(list) => {
                out.push_str("<div class=\"charts\">\n");
                for chart in list {
                    charts += 1;
                    out.push_str("<figure>\n<figcaption><strong>");
                    escape_html(&mut out, &chart.title);
                    out.push_str(".</strong> ");
                    escape_html(&mut out, &chart.reading);
                    out.push_str("</figcaption>\n");
                    if chart.has_data() {
                        super::svg::svg(&mut out, chart, &format!("chart-{charts}"));
                    }
                    out.push_str("\n</figure>\n");
                }
                out.push_str("</div>\n");
            }
            Block::Para(text) => {
                out.push_str("<p>");
                escape_html(&mut out, text);
                out.push_str("</p>\n");
            }
            Block::Entry { date, text } => {
                out.push_str("<div class=\"entry\"><p class=\"date\">");
                escape_html(&mut out, date);
                out.push_str("</p><p class=\"text\">");
                escape_html(&mut out, text);
                out.push_str("</p></div>\n");
            }
            Block::Table(table) => {
                let class = |i: usize| if table.right.get(i).copied().unwrap_or(false) { " class=\"n\"" } else { "" };
                out.push_str("<table>\n<thead><tr>");
                for (i, head) in table.head.iter().enumerate() {
                    let _ = write!(out, "<th{}>", class(i));
                    escape_html(&mut out, head);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in &table.rows {
                    out.push_str("<tr>");
                    for (i, cell) in row.iter().enumerate() {
                        let _ = write!(out, "<td{}>", class(i));
                        escape_html(&mut out, cell);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Appends `text` with `& < > " '` as entities; control characters other than tab and line
/// breaks become spaces.
pub(super) fn escape_html(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::{assert_nested, small, table_count};
    use crate::stats::tests::local;

    #[test]
    fn html_contains_the_steps_ratings_and_learnings() {
        let lib = small();
        let now = local(1, 2026, 3, 20, 9, 0);
        let page = html(&lib, &[], &now);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(page.contains("<h1>Stepwise practice summary</h1>"));
        assert!(page.contains("Prepared 2026-03-20 by Stepwise, a self-help practice tool (not a treatment)."));
        assert!(page.contains("below 2 on the last 3 tries in a row"));
        assert!(page.contains("<h2 id=\"ladder-1\" class=\"new-page\">Ladder: Speaking up</h2>"));
        assert!(page.contains("<p>Fear: I fear being judged when I speak. Started 2026-02-25."));
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
        assert!(page.contains("Told my sister &lt;b&gt;about&lt;/b&gt; it."));
        assert!(!page.contains("A private note"), "entries tied to no ladder stay private");
        assert!(page.contains("<h2 id=\"ladder-2\" class=\"new-page\">Ladder: Phone calls</h2>"));
        // Page one: the charts of both ladders, each with its reading and its drawing.
        assert_eq!(page.matches("<figure>").count(), 6);
        assert!(page.contains("<figcaption><strong>Predicted, and what happened.</strong> 1 prediction: 70 % likely"));
        // The contents link to the details.
        for id in ["ladder-1", "ladder-2", "all-ladders"] {
            assert!(page.contains(&format!("<a href=\"#{id}\">")) && page.contains(&format!(" id=\"{id}\"")), "{id}");
        }
        assert!(page.ends_with("</body>\n</html>\n"), "the page is complete");
        let (open, close) = table_count(&page);
        assert_eq!(open, close);
        assert!(open >= 6);

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
        for banned in
            ["<script", "http", "src=", "url(", "@import", "<link", "<img", "<iframe", " onerror=", "<image", "<use"]
        {
            assert!(!lower.contains(banned), "{banned} in the page");
        }
        // Links only to the page's own headings.
        assert_eq!(lower.matches("href=").count(), lower.matches("href=\"#").count());
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
    fn the_page_is_made_for_paper() {
        let page = html(&small(), &[], &local(0, 2026, 3, 20, 9, 0));
        let print = &page[page.find("@media print").expect("a print stylesheet")..page.find("</style>").unwrap()];
        for rule in [
            ".new-page { break-before: page;",
            "thead { display: table-header-group; }",
            "tr { break-inside: avoid; }",
            "figure { margin: 0; break-inside: avoid; }",
        ] {
            assert!(page.contains(rule), "{rule}");
        }
        assert!(print.contains(".charts { grid-template-columns: repeat(3, 1fr);"), "three charts across the page");
        // The page chooses no paper size: A4 and US Letter both print it.
        let page_rule = &page[page.find("@page {").unwrap()..];
        assert!(!page_rule[..page_rule.find('}').unwrap()].contains("size"), "{page_rule}");
        // How to read it comes first, before the charts.
        let note = page.find("<section class=\"note\">\n<h2>How to read this</h2>").unwrap();
        assert!(note < page.find("<figure>").unwrap());
        assert!(page.find("<figure>").unwrap() < page.find("class=\"new-page\"").unwrap());
    }
}
