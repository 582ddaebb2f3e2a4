//! Writes the start-up entry Settings writes ("Start Stepwise when I log in"), for
//! `scripts/check_autostart.sh`, which checks it with `desktop-file-validate`.
//!
//! `cargo run --example write_autostart -- OUT.desktop [PROGRAM [DATA]]`: the desktop entry that
//! starts PROGRAM (default `/usr/bin/stepwise`) quietly, on DATA when given.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().ok_or("usage: write_autostart OUT.desktop [PROGRAM [DATA]]")?;
    let program = args.next().unwrap_or_else(|| "/usr/bin/stepwise".to_owned());
    let launch = stepwise::autostart::Launch { program: program.into(), data: args.next().map(Into::into) };
    let text = stepwise::autostart::desktop_entry(&launch)?;
    // The same call Settings makes on the store thread: written whole, never over another's file.
    stepwise::autostart::set(std::path::Path::new(&out), Some(&text))?;
    Ok(())
}
