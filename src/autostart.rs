//! "Start Stepwise when I log in": the entry that makes the desktop start it, quietly
//! (`--quiet`), so reminders can come.
//!
//! - Linux and other freedesktop systems: `$XDG_CONFIG_HOME/autostart/stepwise.desktop`
//!   (`~/.config/autostart`), a desktop entry checked by `desktop-file-validate` in CI.
//! - macOS: a launch agent, `~/Library/LaunchAgents/org.stepwise.Stepwise.plist`, with
//!   `RunAtLoad`. Built from the documented plist keys; never run on a Mac by this project.
//! - Windows: not offered (it needs the registry's Run key or a shortcut, neither of which this
//!   project can build and check here).
//!
//! Only an entry Stepwise wrote (it carries [`MARK`]) is ever replaced or removed: a file of the
//! same name that someone else wrote is left as it is, and the switch says so. The files are
//! written and removed on the store thread (`app::jobs`), never in a frame.

use std::path::{Path, PathBuf};

/// The words that mark an entry as Stepwise's own (a key in the desktop entry, a comment in the
/// plist).
pub const MARK: &str = "X-Stepwise-Autostart";

/// The flag the entry starts Stepwise with.
pub const QUIET_FLAG: &str = "--quiet";

/// What starts: the program, and the progress file when it is not the default one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Launch {
    pub program: PathBuf,
    pub data: Option<PathBuf>,
}

/// Whether Stepwise starts with the computer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Not known yet (the store thread is looking).
    Unknown,
    Off,
    On,
    /// A file Stepwise did not write is where its entry would go: it is left alone.
    Foreign(PathBuf),
    /// This system has no way Stepwise knows of.
    Unsupported,
}

/// Where this system keeps the entry, if Stepwise knows one here.
#[must_use]
pub fn location() -> Option<PathBuf> {
    let base = directories::BaseDirs::new()?;
    if cfg!(target_os = "macos") {
        Some(base.home_dir().join("Library/LaunchAgents/org.stepwise.Stepwise.plist"))
    } else if cfg!(windows) {
        None
    } else {
        Some(base.config_dir().join("autostart/stepwise.desktop"))
    }
}

/// The entry's text for this system (`None` where there is no entry to write).
pub fn contents(launch: &Launch) -> Result<Option<String>, String> {
    if cfg!(target_os = "macos") {
        Ok(Some(launch_agent(launch)))
    } else if cfg!(windows) {
        Ok(None)
    } else {
        desktop_entry(launch).map(Some)
    }
}

/// One argument of a desktop entry's `Exec` key: quoted when it holds a reserved character,
/// with `"`, `` ` ``, `$` and `\` escaped inside the quotes, `%` doubled, and then every
/// backslash doubled again, as the value of a string key (the Desktop Entry Specification,
/// "The Exec key").
fn exec_arg(arg: &str) -> Result<String, String> {
    const RESERVED: &str = " \t\"'\\><~|&;$*?#()`";
    if arg.chars().any(char::is_control) {
        return Err(crate::t!("app-autostart-control-character"));
    }
    let quoted = if arg.is_empty() || arg.chars().any(|c| RESERVED.contains(c)) {
        let mut q = String::from('"');
        for c in arg.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        q
    } else {
        arg.to_owned()
    };
    Ok(quoted.replace('%', "%%").replace('\\', "\\\\"))
}

/// The freedesktop autostart entry.
pub fn desktop_entry(launch: &Launch) -> Result<String, String> {
    let mut exec = vec![exec_arg(&launch.program.to_string_lossy())?, QUIET_FLAG.to_owned()];
    if let Some(data) = &launch.data {
        exec.push("--".to_owned());
        exec.push(exec_arg(&data.to_string_lossy())?);
    }
    Ok(format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Stepwise\n\
         Comment=Starts Stepwise quietly at log-in, so practice reminders can come\n\
         Exec={}\n\
         Icon=stepwise\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n\
         {MARK}=true\n",
        exec.join(" ")
    ))
}

fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The macOS launch agent.
#[must_use]
pub fn launch_agent(launch: &Launch) -> String {
    let mut args = vec![launch.program.to_string_lossy().into_owned(), QUIET_FLAG.to_owned()];
    if let Some(data) = &launch.data {
        args.push("--".to_owned());
        args.push(data.to_string_lossy().into_owned());
    }
    let args: String = args.iter().fold(String::new(), |mut all, a| {
        all.push_str("\t\t<string>");
        all.push_str(&xml_text(a));
        all.push_str("</string>\n");
        all
    });
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
         <!-- {MARK}: written by Stepwise (Settings, \"Start Stepwise when I log in\"). -->\n\
         <plist version=\"1.0\">\n\
         <dict>\n\
         \t<key>Label</key>\n\
         \t<string>org.stepwise.Stepwise</string>\n\
         \t<key>ProgramArguments</key>\n\
         \t<array>\n\
         {args}\
         \t</array>\n\
         \t<key>RunAtLoad</key>\n\
         \t<true/>\n\
         \t<key>ProcessType</key>\n\
         \t<string>Interactive</string>\n\
         </dict>\n\
         </plist>\n"
    )
}

/// Whether `text` is an entry Stepwise wrote.
#[must_use]
pub fn is_ours(text: &str) -> bool {
    text.lines().any(|l| l.trim() == format!("{MARK}=true") || l.trim().starts_with(&format!("<!-- {MARK}:")))
}

/// What is at `path` now.
#[must_use]
pub fn status(path: &Path) -> Status {
    match std::fs::read_to_string(path) {
        Ok(text) if is_ours(&text) => Status::On,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Status::Off,
        // Someone else's, or unreadable, or not text: not Stepwise's.
        Ok(_) | Err(_) => Status::Foreign(path.to_owned()),
    }
}

/// Writes (`Some(text)`) or removes (`None`) Stepwise's entry at `path`, never touching a file
/// it did not write. The entry is written whole or not at all (a temporary file renamed).
pub fn set(path: &Path, text: Option<&str>) -> Result<Status, String> {
    let shown = path.display().to_string();
    if let Status::Foreign(p) = status(path) {
        return Err(crate::t!("app-autostart-foreign", path = p.display().to_string()));
    }
    match text {
        Some(text) => {
            let dir = path.parent().ok_or_else(|| crate::t!("app-autostart-no-folder", path = &shown))?;
            std::fs::create_dir_all(dir).map_err(|e| {
                crate::t!("app-autostart-folder-failed", folder = dir.display().to_string(), error = e.to_string())
            })?;
            let temp = path.with_extension("stepwise-tmp");
            std::fs::write(&temp, text).and_then(|()| std::fs::rename(&temp, path)).map_err(|e| {
                let _ = std::fs::remove_file(&temp);
                crate::t!("app-autostart-write-failed", path = &shown, error = e.to_string())
            })?;
            Ok(Status::On)
        }
        None => match std::fs::remove_file(path) {
            Ok(()) => Ok(Status::Off),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Status::Off),
            Err(e) => Err(crate::t!("app-autostart-remove-failed", path = &shown, error = e.to_string())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn launch(program: &str, data: Option<&str>) -> Launch {
        Launch { program: program.into(), data: data.map(PathBuf::from) }
    }

    #[test]
    fn the_desktop_entry_quotes_and_escapes_its_exec_line() {
        let plain = desktop_entry(&launch("/usr/bin/stepwise", None)).unwrap();
        assert!(plain.contains("\nExec=/usr/bin/stepwise --quiet\n"), "{plain}");
        assert!(plain.starts_with("[Desktop Entry]\nType=Application\n"));
        assert!(is_ours(&plain));
        // A space quotes; a dollar sign and a backslash are escaped, then the backslashes
        // doubled; a percent sign doubled.
        let odd = desktop_entry(&launch("/home/a b/bin/step$wise", Some("/data/100%\\x.ron"))).unwrap();
        assert!(
            odd.contains("Exec=\"/home/a b/bin/step\\\\$wise\" --quiet -- \"/data/100%%\\\\\\\\x.ron\"\n"),
            "{odd}"
        );
        assert!(desktop_entry(&launch("/bin/a\nb", None)).is_err());
    }

    #[test]
    fn the_launch_agent_is_a_plist_with_the_escaped_arguments() {
        let plist = launch_agent(&launch("/Applications/Stepwise & co.app/stepwise", Some("/x/<y>.ron")));
        assert!(plist.contains("<string>/Applications/Stepwise &amp; co.app/stepwise</string>"));
        assert!(
            plist.contains("<string>--quiet</string>\n\t\t<string>--</string>\n\t\t<string>/x/&lt;y&gt;.ron</string>")
        );
        assert!(plist.contains("<key>RunAtLoad</key>\n\t<true/>"));
        assert!(is_ours(&plist));
        assert!(!is_ours("[Desktop Entry]\nName=Something else\n"));
    }

    #[test]
    fn only_its_own_entry_is_written_over_or_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("autostart/stepwise.desktop");
        assert_eq!(status(&path), Status::Off);
        let text = desktop_entry(&launch("/usr/bin/stepwise", None)).unwrap();
        assert_eq!(set(&path, Some(&text)), Ok(Status::On), "the folder is made");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        assert_eq!(status(&path), Status::On);
        assert_eq!(set(&path, None), Ok(Status::Off));
        assert!(!path.exists());
        assert_eq!(set(&path, None), Ok(Status::Off), "removing what is not there is fine");
        // Someone else's file of the same name stays, whatever is asked.
        std::fs::write(&path, "[Desktop Entry]\nType=Application\nName=Mine\nExec=mine\n").unwrap();
        assert_eq!(status(&path), Status::Foreign(path.clone()));
        assert!(set(&path, Some(&text)).unwrap_err().contains("did not write"));
        assert!(set(&path, None).is_err());
        assert!(std::fs::read_to_string(&path).unwrap().contains("Name=Mine"));
    }
}
