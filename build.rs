//! Build script: when the target is Windows, embeds the icon (`dist/icons/stepwise.ico`) and the
//! version information (from `Cargo.toml`) into `stepwise.exe`. For every other target it only
//! prints its `rerun-if-changed` lines, so it runs once and then never again.
//!
//! `winresource` is a `[target.'cfg(windows)'.build-dependencies]`: Cargo builds it only when the
//! *host* is Windows, so Linux and macOS builds compile no extra crate. Cross-compiling to Windows
//! from another host therefore gives an exe without the icon (with a warning saying so).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=dist/icons/stepwise.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows") {
        windows::embed_resources();
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
