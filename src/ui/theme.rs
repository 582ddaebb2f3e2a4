//! Every colour, size and spacing the screens use. Calm, low-contrast accents that stay legible
//! in both the light and the dark theme; nothing flashes, nothing is alarm-red.

use egui::{Color32, FontId, TextStyle};

/// Space between related items.
pub const GAP_S: f32 = 6.0;
/// Space between groups.
pub const GAP_M: f32 = 12.0;
/// Space around a screen's content.
pub const GAP_L: f32 = 20.0;
/// Maximum width of running text, so lines stay easy to read.
pub const READING_WIDTH: f32 = 640.0;
/// Rounding of cards and banners.
pub const CORNER: u8 = 8;

/// Colours for one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub accent: Color32,
    pub muted_text: Color32,
    pub card: Color32,
    pub info_bg: Color32,
    pub warn_bg: Color32,
    pub warn_text: Color32,
    pub crisis_bg: Color32,
    pub crisis_text: Color32,
    pub ok_text: Color32,
}

const LIGHT: Palette = Palette {
    accent: Color32::from_rgb(0x2f, 0x7d, 0x78),
    muted_text: Color32::from_rgb(0x5b, 0x64, 0x6b),
    card: Color32::from_rgb(0xf3, 0xf6, 0xf6),
    info_bg: Color32::from_rgb(0xe3, 0xf1, 0xef),
    warn_bg: Color32::from_rgb(0xfb, 0xef, 0xd9),
    warn_text: Color32::from_rgb(0x7a, 0x4b, 0x0c),
    crisis_bg: Color32::from_rgb(0xf7, 0xe6, 0xea),
    crisis_text: Color32::from_rgb(0x8a, 0x2d, 0x45),
    ok_text: Color32::from_rgb(0x2f, 0x6e, 0x3b),
};

const DARK: Palette = Palette {
    accent: Color32::from_rgb(0x7c, 0xc8, 0xc0),
    muted_text: Color32::from_rgb(0xa3, 0xab, 0xb2),
    card: Color32::from_rgb(0x24, 0x29, 0x2c),
    info_bg: Color32::from_rgb(0x1d, 0x33, 0x31),
    warn_bg: Color32::from_rgb(0x3b, 0x30, 0x1c),
    warn_text: Color32::from_rgb(0xf0, 0xc8, 0x84),
    crisis_bg: Color32::from_rgb(0x3a, 0x23, 0x2a),
    crisis_text: Color32::from_rgb(0xf2, 0xb3, 0xc2),
    ok_text: Color32::from_rgb(0x9c, 0xd8, 0xa6),
};

/// The palette for the theme `ui` is drawn in.
#[must_use]
pub fn palette(ui: &egui::Ui) -> Palette {
    if ui.visuals().dark_mode { DARK } else { LIGHT }
}

/// Sets text sizes and spacing for both themes. Follows the system's light/dark preference.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(TextStyle::Heading, FontId::proportional(22.0));
        style.text_styles.insert(TextStyle::Body, FontId::proportional(15.0));
        style.text_styles.insert(TextStyle::Button, FontId::proportional(15.0));
        style.text_styles.insert(TextStyle::Small, FontId::proportional(12.5));
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
    });
}

/// A framed card in the theme's card colour.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new().fill(palette(ui).card).corner_radius(CORNER).inner_margin(GAP_M)
}

/// A banner frame with the given background.
pub fn banner(fill: Color32) -> egui::Frame {
    egui::Frame::new().fill(fill).corner_radius(CORNER).inner_margin(egui::Margin::symmetric(12, 8))
}
