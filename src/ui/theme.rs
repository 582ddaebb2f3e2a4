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

/// The highlight of a chosen tab or option and of selected text: a soft teal in place of egui's
/// bright blue, with text that keeps its contrast (background, text).
pub const SELECTION_LIGHT: (Color32, Color32) =
    (Color32::from_rgb(0xc6, 0xe6, 0xe2), Color32::from_rgb(0x16, 0x45, 0x41));
pub const SELECTION_DARK: (Color32, Color32) =
    (Color32::from_rgb(0x1f, 0x55, 0x50), Color32::from_rgb(0xdc, 0xf2, 0xee));
/// Running text in the dark theme: egui's grey 140 reads poorly on cards and banners (below
/// 4.5:1); this stays softer than white and above the muted hint colour.
pub const DARK_BODY_TEXT: Color32 = Color32::from_gray(200);

/// Sets text sizes, spacing and the selection colour for both themes. Follows the system's
/// light/dark preference unless View chooses one.
pub fn apply(ctx: &egui::Context) {
    for (theme, (fill, text)) in [(egui::Theme::Light, SELECTION_LIGHT), (egui::Theme::Dark, SELECTION_DARK)] {
        ctx.style_mut_of(theme, |style| {
            style.visuals.selection.bg_fill = fill;
            style.visuals.selection.stroke.color = text;
        });
    }
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = DARK_BODY_TEXT;
        // Hints in empty text fields and other weak text: egui fades the body colour, which
        // drops below 3:1 in the light theme; the muted colour stays readable.
        style.visuals.weak_text_color = Some(DARK.muted_text);
    });
    ctx.style_mut_of(egui::Theme::Light, |style| style.visuals.weak_text_color = Some(LIGHT.muted_text));
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

/// A modal dialog with room around its words (egui's popup frame has a 6 px margin).
#[must_use]
pub fn modal(ui: &egui::Ui, id: &str) -> egui::Modal {
    let frame = egui::Frame::popup(ui.style()).inner_margin(egui::Margin::same(16));
    egui::Modal::new(egui::Id::unique(id)).frame(frame)
}

/// The window's background, in the form eframe's `App::clear_color` wants (gamma-space floats):
/// the theme's panel colour. The window is cleared to it before each frame, so the panels
/// ([`bar_panel`], [`central_panel`]) paint no background of their own.
///
/// With a software renderer (Mesa llvmpipe) every painted pixel runs egui's fragment shader,
/// while a clear is a plain memory fill: the three panel fills covered the whole window and
/// were half of each frame's CPU time there (20.5 ms a frame with them, 9.7 ms without, in a
/// debug build, `BENCHMARKS.md`).
#[must_use]
pub fn clear_color(visuals: &egui::Visuals) -> [f32; 4] {
    visuals.panel_fill.to_normalized_gamma_f32()
}

/// egui's frame for the top and bottom bars without its fill (the window is cleared to it:
/// [`clear_color`]).
pub fn bar_panel(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::side_top_panel(ui.style()).fill(Color32::TRANSPARENT)
}

/// egui's central panel frame without its fill (the window is cleared to it: [`clear_color`]).
pub fn central_panel(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::central_panel(ui.style()).fill(Color32::TRANSPARENT)
}

/// A framed card in the theme's card colour.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new().fill(palette(ui).card).corner_radius(CORNER).inner_margin(GAP_M)
}

/// A banner frame with the given background.
pub fn banner(fill: Color32) -> egui::Frame {
    egui::Frame::new().fill(fill).corner_radius(CORNER).inner_margin(egui::Margin::symmetric(12, 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance of an sRGB colour.
    fn luminance(c: Color32) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    /// Contrast of `text` drawn over `background` (a translucent text colour is blended first,
    /// as egui draws it: premultiplied alpha).
    fn contrast(text: Color32, background: Color32) -> f64 {
        let blend = |t: u8, b: u8| {
            let covered = f64::from(b) * (1.0 - f64::from(text.a()) / 255.0);
            (f64::from(t) + covered).round().min(255.0) as u8
        };
        let text = Color32::from_rgb(
            blend(text.r(), background.r()),
            blend(text.g(), background.g()),
            blend(text.b(), background.b()),
        );
        let (la, lb) = (luminance(text), luminance(background));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// Every text colour is readable (WCAG AA, 4.5:1) on the background it is drawn on, in both
    /// themes, including the chosen-tab highlight.
    /// The visuals `apply` installs for `theme`.
    fn installed(theme: egui::Theme) -> egui::Visuals {
        let ctx = egui::Context::default();
        apply(&ctx);
        ctx.style_of(theme).visuals.clone()
    }

    #[test]
    fn text_colours_meet_wcag_aa_on_their_backgrounds() {
        for (name, p, visuals, selection) in [
            ("light", LIGHT, installed(egui::Theme::Light), SELECTION_LIGHT),
            ("dark", DARK, installed(egui::Theme::Dark), SELECTION_DARK),
        ] {
            let panel = visuals.panel_fill;
            let pairs = [
                ("accent on panel", p.accent, panel),
                ("muted text on panel", p.muted_text, panel),
                ("muted text on card", p.muted_text, p.card),
                ("ok text on panel", p.ok_text, panel),
                ("warning text on panel", p.warn_text, panel),
                ("warning text on its banner", p.warn_text, p.warn_bg),
                ("crisis text on its button", p.crisis_text, p.crisis_bg),
                ("body text on the info banner", visuals.text_color(), p.info_bg),
                ("body text on a card", visuals.text_color(), p.card),
                ("a chosen tab", selection.1, selection.0),
                ("a hint in an empty text field", visuals.weak_text_color(), visuals.text_edit_bg_color()),
                ("weak text on the panel", visuals.weak_text_color(), panel),
            ];
            for (what, text, background) in pairs {
                let ratio = contrast(text, background);
                assert!(ratio >= 4.5, "{name}: {what} has contrast {ratio:.2}, below 4.5");
            }
        }
    }

    #[test]
    fn the_window_is_cleared_to_the_panel_colour_and_the_panels_paint_none() {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let visuals = installed(theme);
            let [r, g, b, a] = clear_color(&visuals);
            let byte = |v: f32| (v * 255.0).round() as u8;
            assert_eq!(byte(a), 255, "{theme:?}: an opaque window");
            assert_eq!(Color32::from_rgb(byte(r), byte(g), byte(b)), visuals.panel_fill, "{theme:?}");
        }
        let ctx = egui::Context::default();
        apply(&ctx);
        let output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for (ours, egui_default) in [
                (bar_panel(ui), egui::Frame::side_top_panel(ui.style())),
                (central_panel(ui), egui::Frame::central_panel(ui.style())),
            ] {
                assert_eq!(ours.fill, Color32::TRANSPARENT);
                assert_eq!(ours.fill(egui_default.fill), egui_default, "only the fill differs");
            }
        });
        output.drop_without_applying_deltas();
    }

    #[test]
    fn the_selection_colours_are_installed_for_both_themes() {
        let ctx = egui::Context::default();
        apply(&ctx);
        assert_eq!(ctx.style_of(egui::Theme::Light).visuals.selection.bg_fill, SELECTION_LIGHT.0);
        assert_eq!(ctx.style_of(egui::Theme::Dark).visuals.selection.stroke.color, SELECTION_DARK.1);
        assert_eq!(ctx.style_of(egui::Theme::Dark).visuals.text_color(), DARK_BODY_TEXT);
        assert_eq!(ctx.style_of(egui::Theme::Light).text_styles[&TextStyle::Body], FontId::proportional(15.0));
    }
}
