//! Build script: when the target is Windows, embeds the icon (`dist/icons/stepwise.ico`) and the
//! version information (from `Cargo.toml`) into `stepwise.exe`. For every other target it only
//! prints its `rerun-if-changed` lines, so it runs once and then never again.
//!
//! `winresource` is a `[target.'cfg(windows)'.build-dependencies]`: Cargo builds it only when the
//! *host* is Windows, so Linux and macOS builds compile no extra crate. Cross-compiling to Windows
//! from another host therefore gives an exe without the icon (with a warning saying so).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    i18n::embed_languages();
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=dist/icons/stepwise.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows") {
        windows::embed_resources();
    }
}

/// Every language is a folder `assets/i18n/<tag>/` of `.ftl` files (and, optionally, a
/// `templates/` folder of starter ladders). This writes `$OUT_DIR/i18n_files.rs`: the list of
/// languages, each with its files embedded by `include_str!`, so a new language needs no code.
mod i18n {
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};

    fn sorted_files(dir: &Path, ext: &str) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.is_file() && p.extension().is_some_and(|e| e == ext));
        files.sort();
        files
    }

    fn stem(path: &Path) -> String {
        path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
    }

    pub fn embed_languages() {
        let root =
            Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("assets/i18n");
        println!("cargo::rerun-if-changed={}", root.display());
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect())
            .unwrap_or_default();
        dirs.sort();
        let mut out = String::from("/// `(tag, [(file, source)], [(template key, source)])` per language, by tag.\n");
        out.push_str("pub static LANGUAGES: &[(&str, &[(&str, &str)], &[(&str, &str)])] = &[\n");
        for dir in &dirs {
            println!("cargo::rerun-if-changed={}", dir.display());
            println!("cargo::rerun-if-changed={}", dir.join("templates").display());
            let tag = dir.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let _ = write!(out, "    ({tag:?}, &[");
            for file in sorted_files(dir, "ftl") {
                println!("cargo::rerun-if-changed={}", file.display());
                let _ = write!(out, "({:?}, include_str!({:?})), ", stem(&file), file.display().to_string());
            }
            out.push_str("], &[");
            for file in sorted_files(&dir.join("templates"), "ron") {
                println!("cargo::rerun-if-changed={}", file.display());
                let _ = write!(out, "({:?}, include_str!({:?})), ", stem(&file), file.display().to_string());
            }
            out.push_str("]),\n");
        }
        out.push_str("];\n");
        let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("i18n_files.rs");
        if std::fs::read_to_string(&dest).ok().as_deref() != Some(out.as_str()) {
            std::fs::write(&dest, out).expect("OUT_DIR is writable");
        }
    }
}

#[cfg(windows)]
mod windows {
    /// Icon plus version info: `FileVersion`/`ProductVersion` come from `package.version`, the
    /// names from `[package.metadata.winresource]`.
    pub fn embed_resources() {
        let mut resource = winresource::WindowsResource::new();
        resource.set_icon("dist/icons/stepwise.ico");
        if let Err(e) = resource.compile() {
            println!("cargo::error=could not embed the Windows icon and version information: {e}");
        }
    }
}

#[cfg(not(windows))]
mod windows {
    pub fn embed_resources() {
        println!(
            "cargo::warning=cross-compiling for Windows: stepwise.exe gets no icon or version information \
             (winresource is only built on Windows hosts; see dist/README.md)"
        );
    }
}
