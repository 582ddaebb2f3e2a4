//! No user-visible text is written in the screens' code: every word in `src/ui` comes from the
//! localiser (`t!("message-id", ...)`, `i18n::tr`). The check reads the source: a string literal
//! with a word in it (two letters in a row, outside `{placeholders}`) is allowed only as a
//! message id (`t!("id"`, `tr("id"`, `tr_with("id"`), as a widget id (`Id::new(`, `id_salt(`,
//! `push_id(`, `.with(`), or on a line marked `// i18n: not shown` (with the reason). Tests (`tests.rs`, and what follows `#[cfg(test)]` at
//! the start of a line) are not read.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ui is readable").filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
            out.push(path);
        }
    }
}

/// The string literals on a line of code (comments removed), with the text just before each.
fn literals(line: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => break,
            '\'' => {
                // A char literal ('"', '\'') or a lifetime: skip a quoted char whole.
                if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else if chars.get(i + 1) == Some(&'\\') && chars.get(i + 3) == Some(&'\'') {
                    i += 4;
                } else {
                    i += 1;
                }
            }
            '"' => {
                let before: String = chars[..i].iter().collect();
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(c) = chars.get(i) {
                        text.push(*c);
                    }
                    i += 1;
                }
                out.push((before, text));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether `text` has a word in it, outside `{...}` placeholders.
fn has_word(text: &str) -> bool {
    let mut depth = 0_u32;
    let mut run = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphabetic() => {
                run += 1;
                if run >= 2 {
                    return true;
                }
                continue;
            }
            _ => {}
        }
        run = 0;
    }
    false
}

const ALLOWED_BEFORE: [&str; 9] =
    ["t!(", "tr(", "tr_with(", "Id::new(", "id_salt(", "push_id(", ".with(", "has_message(", "tr_in("];

#[test]
fn no_user_visible_literal_is_left_in_src_ui() {
    let mut files = Vec::new();
    rust_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")), &mut files);
    files.sort();
    assert!(files.len() > 10, "src/ui was found");
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("readable");
        for (n, line) in source.lines().enumerate() {
            if line.starts_with("#[cfg(test)]") {
                break;
            }
            let code = line.trim_start();
            if code.starts_with("//") || code.starts_with("#[") || line.contains("// i18n: not shown") {
                continue;
            }
            for (before, text) in literals(line) {
                let before = before.trim_end();
                if has_word(&text) && !ALLOWED_BEFORE.iter().any(|a| before.ends_with(a)) {
                    found.push(format!("{}:{}: {text:?}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{} literals in src/ui are not from the localiser:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_check_finds_what_it_should() {
    assert!(has_word("Delete"));
    assert!(!has_word("{count}"));
    assert!(!has_word("{}: {:.1}"));
    assert!(has_word("{n} steps"));
    let found = literals(r#"ui.button("Save"); t!("save-button"); let c = '"'; // "comment""#);
    let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["Save", "save-button"]);
    assert!(found[1].0.trim_end().ends_with("t!("));
}
