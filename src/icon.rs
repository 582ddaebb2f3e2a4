//! The window icon: a PNG from `dist/icons/` (made by `dist/icons/make_icons.sh` from
//! `stepwise.svg`), built into the binary and decoded with eframe's own PNG loader, which eframe
//! always links on desktop, so the icon costs no extra crate and a few KB.
//!
//! The size differs by platform. On X11 the icon goes into the `_NET_WM_ICON` property in one
//! request, and a request may be just under 256 KiB at most unless the client uses the BIG-REQUESTS extension,
//! which winit does not: a 256 px icon (65,538 values of 4 bytes) leaves the property empty, with
//! no error. 128 px fits. The macOS Dock and the Windows task bar show the icon larger, so they get
//! 256 px. (Wayland has no window icons; it shows the desktop file's icon, matched by app id.)

/// The icon's width and height in pixels.
#[cfg(any(target_os = "macos", target_os = "windows"))]
pub const SIZE: u32 = 256;
/// The icon's width and height in pixels.
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
pub const SIZE: u32 = 128;

// The X11 limit from the module docs: a 24-byte ChangeProperty header, then width, height and one
// value per pixel, all of 4 bytes, must fit in 65,535 four-byte units.
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
const _: () = assert!(24 + (2 + SIZE as usize * SIZE as usize) * 4 <= 65_535 * 4, "too big for _NET_WM_ICON");

/// The app icon as PNG bytes, [`SIZE`] pixels square.
#[cfg(any(target_os = "macos", target_os = "windows"))]
pub const PNG: &[u8] = include_bytes!("../dist/icons/stepwise-256.png");
/// The app icon as PNG bytes, [`SIZE`] pixels square.
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
pub const PNG: &[u8] = include_bytes!("../dist/icons/stepwise-128.png");

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
    use super::{SIZE, window_icon};

    #[test]
    fn the_icon_decodes_to_its_size_with_transparent_corners_and_an_opaque_middle() {
        let icon = window_icon().expect("the built-in icon decodes");
        assert_eq!((icon.width, icon.height), (SIZE, SIZE));
        let side = SIZE as usize;
        assert_eq!(icon.rgba.len(), side * side * 4);
        let alpha = |x: usize, y: usize| icon.rgba[(y * side + x) * 4 + 3];
        assert_eq!(alpha(0, 0), 0, "outside the rounded tile");
        assert_eq!(alpha(side - 1, side - 1), 0, "outside the rounded tile");
        assert_eq!(alpha(side / 2, side / 2), 255, "inside the tile");
    }
}
