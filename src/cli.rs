//! Command-line arguments: `stepwise [PATH]`, `--help`, `--version`. What they answer is in
//! the language in use (the `cli-...` messages).

use std::ffi::OsString;
use std::path::PathBuf;

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Cli {
    /// Open the window on this file, or on the default library when `None`.
    Run {
        path: Option<PathBuf>,
        /// Started with the computer: minimised, on Practice, without the opening notices.
        quiet: bool,
    },
    /// Check that a progress file loads and print what it holds, without opening a window.
    Check {
        path: PathBuf,
    },
    Help,
    Version,
}

/// What `stepwise --help` prints, in the language in use.
#[must_use]
pub fn usage() -> String {
    crate::t!("cli-usage")
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, String> {
    let mut path = None;
    let mut quiet = false;
    let mut only_paths = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--check") if !only_paths => {
                return match args.next() {
                    Some(path) => Ok(Cli::Check { path: PathBuf::from(path) }),
                    None => Err(crate::t!("cli-check-needs-path")),
                };
            }
            Some("--") if !only_paths => only_paths = true,
            Some("--quiet") if !only_paths => quiet = true,
            Some("-h" | "--help") if !only_paths => return Ok(Cli::Help),
            Some("-V" | "--version") if !only_paths => return Ok(Cli::Version),
            Some(flag) if flag.starts_with('-') && !only_paths => {
                return Err(crate::t!("cli-unknown-option", flag = flag));
            }
            _ => {
                if path.is_some() {
                    return Err(crate::t!("cli-one-file"));
                }
                path = Some(PathBuf::from(arg));
            }
        }
    }
    Ok(Cli::Run { path, quiet })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn parses_the_documented_forms() {
        assert_eq!(parse(args(&[])), Ok(Cli::Run { path: None, quiet: false }));
        assert_eq!(parse(args(&["a.ron"])), Ok(Cli::Run { path: Some("a.ron".into()), quiet: false }));
        assert_eq!(parse(args(&["--quiet"])), Ok(Cli::Run { path: None, quiet: true }));
        assert_eq!(
            parse(args(&["--quiet", "--", "/a b/x.ron"])),
            Ok(Cli::Run { path: Some("/a b/x.ron".into()), quiet: true })
        );
        assert_eq!(parse(args(&["--help"])), Ok(Cli::Help));
        assert_eq!(parse(args(&["-V"])), Ok(Cli::Version));
        assert_eq!(parse(args(&["--check", "x.ron"])), Ok(Cli::Check { path: "x.ron".into() }));
        assert!(parse(args(&["--check"])).is_err());
        assert_eq!(parse(args(&["--", "-odd.ron"])), Ok(Cli::Run { path: Some("-odd.ron".into()), quiet: false }));
    }

    #[test]
    fn rejects_unknown_flags_and_two_paths() {
        assert!(parse(args(&["--frobnicate"])).unwrap_err().contains("Unknown option"));
        assert!(parse(args(&["a", "b"])).unwrap_err().contains("one file"));
    }

    #[test]
    fn the_help_reads_in_english_as_before_and_in_italian() {
        use crate::i18n::{Lang, tr_in};
        let english = "\
Stepwise - practise small, steady steps with social anxiety.

Usage:
  stepwise            open your progress file (in your data folder)
  stepwise PATH       open the progress file at PATH (created with starter ladders if missing)
  stepwise --quiet [PATH]  start minimised, for practice reminders (used when starting
                      with the computer)
  stepwise --check PATH  check that a progress file opens, and say what it holds
  stepwise --help     show this help
  stepwise --version  show the version

Stepwise is a self-help practice tool, not treatment.";
        assert_eq!(tr_in(Lang::english(), "cli-usage", &[]), english);
        let italian = tr_in(Lang::from_tag("it").expect("Stepwise has Italian"), "cli-usage", &[]);
        assert!(italian.contains("\nUso:\n  stepwise            apre"), "{italian}");
        // The options are the same words in every language.
        for option in ["--quiet", "--check", "--help", "--version"] {
            assert!(italian.contains(&format!("  stepwise {option}")), "{option}");
        }
    }

    #[test]
    fn the_check_counts_agree_in_number_in_italian() {
        use crate::i18n::{Arg, Lang, tr_in};
        let counts = |n: usize| {
            [
                ("ladders", Arg::from(n)),
                ("exposures", Arg::from(n)),
                ("entries", Arg::from(n)),
                ("sessions", Arg::from(n)),
            ]
        };
        let it = Lang::from_tag("it").expect("Stepwise has Italian");
        assert_eq!(
            tr_in(it, "cli-check-ok", &counts(1)),
            "OK: 1 scala, 1 esposizione, 1 nota del diario, 1 sessione di respiro"
        );
        assert_eq!(
            tr_in(it, "cli-check-ok", &counts(0)),
            "OK: 0 scale, 0 esposizioni, 0 note del diario, 0 sessioni di respiro"
        );
        assert_eq!(
            tr_in(Lang::english(), "cli-check-ok", &counts(4)),
            "OK: 4 ladders, 4 exposures, 4 journal entries, 4 breathing sessions"
        );
    }
}
