//! A [`Chart`] drawn as inline SVG for the web page: no scripts, no fonts or files fetched, text
//! escaped, a `<title>` and `<desc>` as its text alternative. Every mark lies inside the plot
//! area (values beyond an axis are drawn at its edge), and marks are told apart by shape and
//! dash as well as colour, so the chart reads when printed in black and white.

use std::fmt::Write as _;

use super::chart::{Chart, Style};
use super::html::escape_html;

/// The drawing's size in CSS pixels (it scales with its box on the page).
pub(super) const WIDTH: f64 = 260.0;
/// The plot area: left, top, right, bottom.
pub(super) const PLOT: [f64; 4] = [30.0, 22.0, 252.0, 126.0];
const LEGEND_TOP: f64 = 158.0;
const LEGEND_LINE: f64 = 12.0;
/// An estimate of the width of a character of legend text at its size.
const CHAR_WIDTH: f64 = 4.6;
const SWATCH: f64 = 16.0;

const INK: &str = "#222";
const MAIN: &str = "#1d6b73";
const SECOND: &str = "#555";
const GRID: &str = "#ddd";

/// The chart as an `<svg>` element. `id` must be unique on the page (it names the title and
/// description the chart is labelled by).
pub(super) fn svg(out: &mut String, chart: &Chart, id: &str) {
    let legend = legend_rows(chart);
    let height = LEGEND_TOP + LEGEND_LINE * legend.len() as f64;
    let _ = write!(
        out,
        "<svg viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" \
         aria-labelledby=\"{id}-t {id}-d\" font-family=\"sans-serif\" font-size=\"9\" fill=\"{INK}\">"
    );
    let _ = write!(out, "<title id=\"{id}-t\">");
    escape_html(out, &chart.title);
    let _ = write!(out, "</title><desc id=\"{id}-d\">");
    escape_html(out, &chart.description);
    out.push_str("</desc>\n");
    axes(out, chart);
    let (sx, sy) = scales(chart);
    out.push_str("<g class=\"marks\">\n");
    for series in &chart.series {
        draw(out, series.style, &series.points.iter().map(|p| [sx(p[0]), sy(p[1])]).collect::<Vec<_>>(), chart);
    }
    out.push_str("</g>\n<g class=\"legend\">\n");
    for (row, items) in legend.iter().enumerate() {
        let y = LEGEND_TOP + LEGEND_LINE * row as f64 - 3.0;
        let mut x = PLOT[0] - 22.0;
        for (style, name) in items {
            let text_x = match style {
                Some(style) => {
                    swatch(out, *style, x, y);
                    x + SWATCH + 3.0
                }
                None => x,
            };
            let _ = write!(out, "<text x=\"{text_x:.1}\" y=\"{:.1}\" font-size=\"8.5\">", y + 3.0);
            escape_html(out, name);
            out.push_str("</text>");
            x += item_width(*style, name);
        }
        out.push('\n');
    }
    out.push_str("</g>\n</svg>");
}

/// Data values to drawing coordinates.
fn scales(chart: &Chart) -> (impl Fn(f64) -> f64 + '_, impl Fn(f64) -> f64 + '_) {
    let [left, top, right, bottom] = PLOT;
    (
        move |x: f64| left + chart.x.fraction(x) * (right - left),
        move |y: f64| bottom - chart.y.fraction(y) * (bottom - top),
    )
}

/// The frame, the grid at the y ticks, the tick labels and the axis titles.
fn axes(out: &mut String, chart: &Chart) {
    let [left, top, right, bottom] = PLOT;
    let (sx, sy) = scales(chart);
    for (value, label) in &chart.y.ticks {
        let y = sy(*value);
        let _ = write!(
            out,
            "<line x1=\"{left:.1}\" y1=\"{y:.1}\" x2=\"{right:.1}\" y2=\"{y:.1}\" stroke=\"{GRID}\" stroke-width=\"0.6\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">",
            left - 4.0,
            y + 3.0
        );
        escape_html(out, label);
        out.push_str("</text>");
    }
    let _ = writeln!(
        out,
        "<path d=\"M{left:.1} {top:.1}V{bottom:.1}H{right:.1}\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"0.8\"/>"
    );
    for (value, label) in &chart.x.ticks {
        let x = sx(*value);
        // A label near an end of the axis is anchored there, so it stays inside the drawing.
        let anchor = if x - left < 24.0 {
            "start"
        } else if right - x < 24.0 {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{bottom:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{INK}\" stroke-width=\"0.8\"/>\
             <text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">",
            bottom + 3.0,
            bottom + 12.0
        );
        escape_html(out, label);
        out.push_str("</text>");
    }
    let _ =
        write!(out, "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">", f64::midpoint(left, right), bottom + 24.0);
    escape_html(out, &chart.x.title);
    let _ = write!(out, "</text><text x=\"{:.1}\" y=\"{:.1}\">", left - 22.0, top - 10.0);
    escape_html(out, &chart.y.title);
    out.push_str("</text>\n");
}

/// One series, its points already in drawing coordinates.
fn draw(out: &mut String, style: Style, points: &[[f64; 2]], chart: &Chart) {
    let [left, _, right, bottom] = PLOT;
    let slot = (right - left) / (chart.x.max - chart.x.min).max(1.0);
    let bar = (slot * 0.7).clamp(1.0, 24.0);
    match style {
        Style::SolidDots | Style::DashedSquares => {
            let (colour, dash, width) = line_look(style);
            if points.len() > 1 {
                out.push_str("<polyline points=\"");
                for p in points {
                    let _ = write!(out, "{:.1},{:.1} ", p[0], p[1]);
                }
                let _ = write!(out, "\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\"{dash}/>");
            }
            for p in points {
                line_marker(out, style, p[0], p[1]);
            }
        }
        Style::Bars | Style::OutlineBars => {
            for p in points {
                let (x, top) = (p[0] - bar / 2.0, p[1].min(bottom));
                let _ = write!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{bar:.1}\" height=\"{:.1}\" {}/>",
                    bottom - top,
                    bar_paint(style)
                );
            }
        }
        Style::Squares | Style::Triangles | Style::Circles | Style::Diamonds => {
            for p in points {
                marker(out, style, p[0], p[1]);
            }
        }
        Style::Rule => {
            if let Some([_, y]) = points.first() {
                let (colour, dash, width) = line_look(style);
                let _ = write!(
                    out,
                    "<line x1=\"{left:.1}\" y1=\"{y:.1}\" x2=\"{right:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" \
                     stroke-width=\"{width}\"{dash}/>"
                );
            }
        }
    }
    out.push('\n');
}

/// A point marker centred on `(x, y)`.
fn marker(out: &mut String, style: Style, x: f64, y: f64) {
    let _ = match style {
        Style::Squares => {
            write!(out, "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"5\" height=\"5\" fill=\"{INK}\"/>", x - 2.5, y - 2.5)
        }
        Style::Triangles => write!(
            out,
            "<path d=\"M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" fill=\"#999\" stroke=\"#444\" stroke-width=\"0.6\"/>",
            y - 3.2,
            x + 3.0,
            y + 2.4,
            x - 3.0,
            y + 2.4
        ),
        Style::Diamonds => write!(
            out,
            "<path d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\" fill=\"#fff\" stroke=\"{INK}\" \
             stroke-width=\"1\"/>",
            y - 3.5,
            x + 3.5,
            y + 3.5,
            x - 3.5
        ),
        _ => write!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.6\" fill=\"#fff\" stroke=\"{INK}\" stroke-width=\"1\"/>"
        ),
    };
}

/// A line's colour, dash attribute and width: the main series solid, the one to compare with
/// dashed, a rule finely dashed.
fn line_look(style: Style) -> (&'static str, &'static str, f64) {
    match style {
        Style::SolidDots => (MAIN, "", 1.6),
        Style::DashedSquares => (SECOND, " stroke-dasharray=\"4 2\"", 1.2),
        _ => (INK, " stroke-dasharray=\"2 2\"", 1.0),
    }
}

/// The marker on a line's point: a dot on the main series, an open square on the other.
fn line_marker(out: &mut String, style: Style, x: f64, y: f64) {
    let (colour, ..) = line_look(style);
    let _ = if style == Style::SolidDots {
        write!(out, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.2\" fill=\"{colour}\"/>")
    } else {
        write!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"4\" height=\"4\" fill=\"#fff\" stroke=\"{colour}\"/>",
            x - 2.0,
            y - 2.0
        )
    };
}

/// A bar's fill and stroke: filled, or an outline (a total behind the filled bars).
fn bar_paint(style: Style) -> String {
    if style == Style::Bars {
        format!("fill=\"{MAIN}\"")
    } else {
        format!("fill=\"none\" stroke=\"{SECOND}\" stroke-width=\"0.8\"")
    }
}

/// A legend swatch with its left edge at `x`, centred on `y`.
fn swatch(out: &mut String, style: Style, x: f64, y: f64) {
    let mid = x + SWATCH / 2.0;
    match style {
        Style::SolidDots | Style::DashedSquares | Style::Rule => {
            let (colour, dash, _) = line_look(style);
            let _ = write!(
                out,
                "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" stroke-width=\"1.4\"{dash}/>",
                x + SWATCH
            );
            if style != Style::Rule {
                line_marker(out, style, mid, y);
            }
        }
        Style::Bars | Style::OutlineBars => {
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"7\" {}/>",
                mid - 4.0,
                y - 3.5,
                bar_paint(style)
            );
        }
        _ => marker(out, style, mid, y),
    }
}

/// The legend's rows: the caption (a text without a swatch, `None` as its style), then every
/// named series, wrapped to the drawing's width.
fn legend_rows(chart: &Chart) -> Vec<Vec<(Option<Style>, &str)>> {
    let mut rows: Vec<Vec<(Option<Style>, &str)>> = Vec::new();
    let mut used = 0.0;
    let room = WIDTH - (PLOT[0] - 22.0) - 4.0;
    let caption = chart.caption.iter().map(|c| (None, c.as_str()));
    let named = chart.series.iter().filter(|s| !s.name.is_empty()).map(|s| (Some(s.style), s.name.as_str()));
    for (style, name) in caption.chain(named) {
        let width = item_width(style, name);
        match rows.last_mut() {
            Some(row) if used + width <= room => {
                row.push((style, name));
                used += width;
            }
            _ => {
                rows.push(vec![(style, name)]);
                used = width;
            }
        }
    }
    rows
}

/// The room a legend entry takes: its swatch (if any), its text and a gap.
fn item_width(style: Option<Style>, name: &str) -> f64 {
    let swatch = if style.is_some() { SWATCH + 3.0 } else { 0.0 };
    swatch + CHAR_WIDTH * name.chars().count() as f64 + 9.0
}

#[cfg(test)]
mod tests {
    use xml::reader::{EventReader, XmlEvent};

    use super::*;
    use crate::export::chart::{Axis, Series};
    use crate::export::glance::tests::{figures, practised};
    use crate::export::report::Table;
    use crate::stats::tests::local;

    /// An element of the drawing: its name, its attributes, the group it is in and its text.
    #[derive(Debug, Default)]
    struct Element {
        name: String,
        attributes: Vec<(String, String)>,
        group: String,
        text: String,
    }

    impl Element {
        fn number(&self, name: &str) -> f64 {
            self.attributes.iter().find(|(n, _)| n == name).map_or(f64::NAN, |(_, v)| v.parse().unwrap_or(f64::NAN))
        }
        fn get(&self, name: &str) -> &str {
            self.attributes.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
        }
    }

    /// The drawing read by an XML parser nobody on this project wrote (xml-rs): it must be
    /// well-formed, or this fails.
    fn parse(svg: &str) -> Vec<Element> {
        let mut elements: Vec<Element> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut group = String::new();
        for event in EventReader::new(svg.as_bytes()) {
            match event.unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}")) {
                XmlEvent::StartElement { name, attributes, .. } => {
                    let attributes: Vec<(String, String)> =
                        attributes.into_iter().map(|a| (a.name.local_name, a.value)).collect();
                    if name.local_name == "g" {
                        group =
                            attributes.iter().find(|(n, _)| n == "class").map(|(_, v)| v.clone()).unwrap_or_default();
                    }
                    open.push(elements.len());
                    elements.push(Element {
                        name: name.local_name,
                        attributes,
                        group: group.clone(),
                        text: String::new(),
                    });
                }
                XmlEvent::Characters(text) => {
                    if let Some(&at) = open.last() {
                        elements[at].text.push_str(&text);
                    }
                }
                XmlEvent::EndElement { name } => {
                    open.pop();
                    if name.local_name == "g" {
                        group.clear();
                    }
                }
                _ => {}
            }
        }
        elements
    }

    /// Every number in a `points` or `d` attribute, as `(x, y)` pairs.
    fn pairs(text: &str) -> Vec<(f64, f64)> {
        let numbers: Vec<f64> = text
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter(|t| !t.is_empty())
            .map(|t| t.parse().unwrap())
            .collect();
        numbers.chunks(2).map(|p| (p[0], p[1])).collect()
    }

    fn assert_inside(chart: &Chart, elements: &[Element]) {
        let [left, top, right, bottom] = PLOT;
        // A marker may reach past its centre by its size.
        let inside = |x: f64, y: f64, what: &str| {
            assert!(
                (left - 4.0..=right + 4.0).contains(&x) && (top - 4.0..=bottom + 0.1).contains(&y),
                "{}: {what} at ({x}, {y}) is outside the plot area",
                chart.title
            );
        };
        let mut marks = 0;
        for e in elements.iter().filter(|e| e.group == "marks") {
            marks += 1;
            match e.name.as_str() {
                "circle" => inside(e.number("cx"), e.number("cy"), "a dot"),
                "rect" => {
                    inside(e.number("x"), e.number("y"), "a rectangle's corner");
                    inside(e.number("x") + e.number("width"), e.number("y") + e.number("height"), "a rectangle's end");
                }
                "line" => {
                    inside(e.number("x1"), e.number("y1"), "a line's start");
                    inside(e.number("x2"), e.number("y2"), "a line's end");
                }
                "polyline" => pairs(e.get("points")).into_iter().for_each(|(x, y)| inside(x, y, "a line's point")),
                "path" => pairs(e.get("d")).into_iter().for_each(|(x, y)| inside(x, y, "a marker's corner")),
                "g" => {}
                other => panic!("unexpected mark {other}"),
            }
        }
        assert!(marks > 1, "{}: nothing drawn", chart.title);
    }

    #[test]
    fn every_chart_of_page_one_is_well_formed_labelled_and_inside_its_plot() {
        let lib = practised();
        let now = local(1, 2026, 3, 12, 9, 0);
        let mut drawn = 0;
        for (i, chart) in figures(&lib, &now).iter().flatten().enumerate() {
            if !chart.has_data() {
                continue;
            }
            drawn += 1;
            let mut out = String::new();
            let id = format!("chart-{i}");
            svg(&mut out, chart, &id);
            let elements = parse(&out);
            let root = &elements[0];
            assert_eq!(root.name, "svg");
            assert_eq!(root.get("role"), "img");
            assert_eq!(root.get("aria-labelledby"), format!("{id}-t {id}-d"));
            let text_of = |name: &str| elements.iter().find(|e| e.name == name).map(|e| e.text.clone());
            assert_eq!(text_of("title"), Some(chart.title.clone()));
            assert_eq!(text_of("desc"), Some(chart.description.clone()));
            assert!(elements.iter().any(|e| e.get("id") == format!("{id}-t")));
            let texts: Vec<&str> = elements.iter().filter(|e| e.name == "text").map(|e| e.text.as_str()).collect();
            for label in [&chart.x.title, &chart.y.title].into_iter().chain(chart.x.ticks.iter().map(|t| &t.1)) {
                assert!(texts.contains(&label.as_str()), "{}: no label {label:?} in {texts:?}", chart.title);
            }
            for (_, label) in &chart.y.ticks {
                assert!(texts.contains(&label.as_str()), "{}: no tick {label:?}", chart.title);
            }
            for series in &chart.series {
                assert!(texts.contains(&series.name.as_str()), "{}: {} is not in the legend", chart.title, series.name);
            }
            assert_inside(chart, &elements);
            let [width, height] = [root.number("width"), root.number("height")];
            for e in elements.iter().filter(|e| e.name == "text") {
                assert!(e.number("x") >= 0.0 && e.number("x") < width && e.number("y") <= height, "{e:?}");
            }
        }
        assert_eq!(drawn, 5, "three charts on the first ladder, two on the second (no predictions there)");
    }

    #[test]
    fn values_beyond_an_axis_are_drawn_at_its_edge_and_text_is_escaped() {
        let axis =
            |max: f64| Axis { title: "A <b> & \"c\"".to_owned(), min: 0.0, max, ticks: vec![(0.0, "0".to_owned())] };
        let chart = Chart {
            title: "T <x>".to_owned(),
            reading: String::new(),
            description: "D & 'q'".to_owned(),
            x: axis(10.0),
            y: axis(10.0),
            series: vec![Series {
                name: "S".to_owned(),
                style: Style::SolidDots,
                points: vec![[-5.0, 15.0], [5.0, -3.0], [20.0, 5.0]],
            }],
            caption: Some("Q?".to_owned()),
            table: Table::new(&[]),
        };
        let mut out = String::new();
        svg(&mut out, &chart, "c");
        let elements = parse(&out);
        assert_inside(&chart, &elements);
        let dots: Vec<(f64, f64)> = elements
            .iter()
            .filter(|e| e.name == "circle" && e.group == "marks")
            .map(|e| (e.number("cx"), e.number("cy")))
            .collect();
        let [left, top, right, bottom] = PLOT;
        assert_eq!(dots, [(left, top), (f64::midpoint(left, right), bottom), (right, f64::midpoint(top, bottom))]);
        assert!(out.contains("<title id=\"c-t\">T &lt;x&gt;</title><desc id=\"c-d\">D &amp; &#39;q&#39;</desc>"));
        assert!(elements.iter().any(|e| e.text == "Q?" && e.group == "legend"), "the legend's caption");
    }
}
