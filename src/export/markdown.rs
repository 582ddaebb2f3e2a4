//! The summary as plain text with Markdown pipe tables, for an email or a notes app: the same
//! report model ([`super::report`]) as the web page, laid out as Markdown. No content is decided
//! here; the person's text is backslash-escaped so it shows as typed.

use chrono::{DateTime, TimeZone};

use super::report::{Block, Table, report};
use crate::i18n::Lang;
use crate::model::{LadderId, Library};

/// The same summary as [`html`](super::html()), as Markdown (pipe tables, text escaped), in the
/// language in use.
#[must_use]
pub fn markdown<Tz: TimeZone>(library: &Library, ladders: &[LadderId], now: &DateTime<Tz>) -> String {
    markdown_in(crate::i18n::language(), library, ladders, now)
}

/// [`markdown`] in `lang`.
pub(super) fn markdown_in<Tz: TimeZone>(
    lang: Lang,
    library: &Library,
    ladders: &[LadderId],
    now: &DateTime<Tz>,
) -> String {
    render_markdown(lang, &report(lang, library, ladders, now))
}

fn render_markdown(lang: Lang, blocks: &[Block]) -> String {
    let rows: usize = blocks.iter().map(|b| if let Block::Table(t) = b { t.rows.len() } else { 1 }).sum();
    let mut out = String::with_capacity(1024 + rows * 240);
    for block in blocks {
        match block {
            Block::Heading { level, text, .. } => heading(&mut out, *level, text),
            Block::Note { title, paras } => {
                out.push_str("> **");
                escape_markdown(&mut out, &one_line(title));
                out.push_str("**\n");
                for para in paras {
                    out.push_str(">\n> ");
                    escape_markdown(&mut out, &one_line(para));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Contents(links) => {
                escape_markdown(&mut out, &tl!(lang, "export-report-contents"));
                out.push(' ');
                let names: Vec<String> = links.iter().map(|(_, text)| one_line(text)).collect();
                escape_markdown(&mut out, &names.join("; "));
                out.push_str(".\n\n");
            }
            Block::Figures(charts) => {
                for chart in charts {
                    out.push_str("**");
                    escape_markdown(&mut out, &one_line(&chart.title));
                    out.push_str(".** ");
                    escape_markdown(&mut out, &one_line(&chart.reading));
                    out.push_str("\n\n");
                    if chart.has_data() {
                        table(&mut out, &chart.table);
                    }
                }
            }
            Block::Para(text) => {
                escape_markdown_lines(&mut out, text);
                out.push_str("\n\n");
            }
            Block::Entry { date, text } => {
                out.push_str("**");
                escape_markdown(&mut out, date);
                out.push_str("**  \n");
                escape_markdown_lines(&mut out, text);
                out.push_str("\n\n");
            }
            Block::Table(t) => table(&mut out, t),
        }
    }
    out
}

/// `## Text`, on one line.
fn heading(out: &mut String, level: u8, text: &str) {
    out.push_str(&"#".repeat(usize::from(level)));
    out.push(' ');
    escape_markdown(out, &one_line(text));
    out.push_str("\n\n");
}

/// A pipe table, numeric columns right-aligned, each cell on one line.
fn table(out: &mut String, table: &Table) {
    let row = |out: &mut String, cells: &[String]| {
        out.push('|');
        for cell in cells {
            out.push(' ');
            escape_markdown(out, &one_line(cell));
            out.push_str(" |");
        }
        out.push('\n');
    };
    row(out, &table.head);
    out.push('|');
    for right in &table.right {
        out.push_str(if *right { " ---: |" } else { " --- |" });
    }
    out.push('\n');
    for cells in &table.rows {
        row(out, cells);
    }
    out.push('\n');
}

/// Line breaks (CRLF, CR or LF) as single spaces, for table cells and headings.
fn one_line(text: &str) -> String {
    if text.contains(['\n', '\r']) { text.replace("\r\n", " ").replace(['\r', '\n'], " ") } else { text.to_owned() }
}

/// Appends one line of text with Markdown's inline punctuation backslash-escaped, so the
/// person's text shows as typed (no emphasis, links, HTML or table cells).
fn escape_markdown(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Appends a paragraph of possibly several lines: each line trimmed at the start, escaped, with
/// what would start a heading, list, quote or rule at the line start escaped too; lines joined
/// with hard line breaks.
fn escape_markdown_lines(out: &mut String, text: &str) {
    let lines: Vec<&str> = text.lines().map(str::trim_start).filter(|l| !l.is_empty()).collect();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            out.push_str("  \n");
        }
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &line[digits..];
        if line.starts_with(['#', '-', '+', '=']) {
            out.push('\\');
            escape_markdown(out, line);
        } else if digits > 0 && rest.starts_with(['.', ')']) {
            out.push_str(&line[..digits]);
            out.push('\\');
            escape_markdown(out, rest);
        } else {
            escape_markdown(out, line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::small;
    use crate::stats::tests::local;

    #[test]
    fn markdown_has_the_same_content_with_escaped_pipes() {
        let lib = small();
        let md = markdown(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
        assert!(md.starts_with("# Stepwise practice summary\n\nPrepared 2026-03-20 by Stepwise, a self-help"));
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
}
