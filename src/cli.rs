//! Command-line arguments: `stepwise [PATH]`, `--help`, `--version`.

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

pub const USAGE: &str = "\
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
                    None => Err("--check needs the path of a progress file.".to_owned()),
                };
            }
            Some("--") if !only_paths => only_paths = true,
            Some("--quiet") if !only_paths => quiet = true,
            Some("-h" | "--help") if !only_paths => return Ok(Cli::Help),
            Some("-V" | "--version") if !only_paths => return Ok(Cli::Version),
            Some(flag) if flag.starts_with('-') && !only_paths => {
                return Err(format!("Unknown option {flag}. Try 'stepwise --help'."));
            }
            _ => {
                if path.is_some() {
                    return Err("Stepwise opens one file at a time. Try 'stepwise --help'.".to_owned());
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
}
