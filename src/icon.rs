//! The window icon: `dist/icons/stepwise-256.png` (made by `dist/icons/make_icons.sh` from
//! `stepwise.svg`), built into the binary and decoded with eframe's own PNG loader, which eframe
//! always links on desktop, so the icon costs no extra crate and about 5 KB.

/// The 256 px app icon as PNG bytes.
pub const PNG: &[u8] = include_bytes!("../dist/icons/stepwise-256.png");

/// The icon for the window (title bar, task bar, Alt+Tab, the macOS Dock). `None`, with the reason
/// on stderr, if it cannot be decoded: Stepwise then opens with the platform's default icon.
#[must_use]
pub fn window_icon() -> Option<egui::IconData> {
    match eframe::icon_data::from_png_bytes(PNG) {
        Ok(icon) => Some(icon),
        Err(e) => {
            eprintln!("Stepwise could not decode its window icon: {e}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::window_icon;

    #[test]
    fn the_icon_decodes_to_256_px_with_transparent_corners_and_an_opaque_middle() {
        let icon = window_icon().expect("the built-in icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        let alpha = |x: usize, y: usize| icon.rgba[(y * 256 + x) * 4 + 3];
        assert_eq!(alpha(0, 0), 0, "outside the rounded tile");
        assert_eq!(alpha(255, 255), 0, "outside the rounded tile");
        assert_eq!(alpha(128, 128), 255, "inside the tile");
    }
}
