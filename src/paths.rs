//! Where the person's progress file lives by default.

use std::path::PathBuf;

pub const FILE_NAME: &str = "library.ron";

/// The platform data folder (`~/.local/share/stepwise` on Linux, `~/Library/Application
/// Support/org.Stepwise.Stepwise` on macOS, `%APPDATA%\Stepwise\Stepwise\data` on Windows),
/// or the current folder when the platform has none.
#[must_use]
pub fn default_data_path() -> PathBuf {
    directories::ProjectDirs::from("org", "Stepwise", "Stepwise")
        .map_or_else(|| PathBuf::from("."), |dirs| dirs.data_dir().to_owned())
        .join(FILE_NAME)
}
