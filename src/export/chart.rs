//! A small chart as plain data, for the first page of the summary: what it plots, where, and
//! what it says in words. [`super::svg`] draws it for the web page; the Markdown version shows
//! its [`Chart::table`] instead, since Markdown has no pictures.
//!
//! Coordinates are data values; the renderer maps the ranges onto its plot area. Every mark is
//! told apart by its shape or dash as well as its colour, so a chart printed without colour
//! still reads.

use super::report::Table;

/// How a series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// A solid line with filled dots: the main series.
    SolidDots,
    /// A dashed line with open squares: a series to compare with.
    DashedSquares,
    /// Filled bars from zero, centred on each x.
    Bars,
    /// Bars drawn as outlines only, behind the filled ones (a total).
    OutlineBars,
    /// Points only, as filled squares.
    Squares,
    /// Points only, as grey triangles.
    Triangles,
    /// Points only, as open circles.
    Circles,
    /// Points only, as open diamonds.
    Diamonds,
    /// A horizontal dashed line across the plot at the first point's y (a goal or a threshold).
    Rule,
}

/// One named series of a chart.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Series {
    /// Its name in the legend.
    pub(super) name: String,
    pub(super) style: Style,
    /// `[x, y]` in data values.
    pub(super) points: Vec<[f64; 2]>,
}

/// One axis: its title, its range in data values and the values it labels.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Axis {
    pub(super) title: String,
    pub(super) min: f64,
    pub(super) max: f64,
    pub(super) ticks: Vec<(f64, String)>,
}

impl Axis {
    /// Where `value` lies between `min` and `max`, from 0 to 1 (clamped).
    pub(super) fn fraction(&self, value: f64) -> f64 {
        let span = self.max - self.min;
        if span.abs() < f64::EPSILON { 0.5 } else { ((value - self.min) / span).clamp(0.0, 1.0) }
    }
}

/// A chart with its reading and its text alternative.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Chart {
    /// Short, above the chart ("Anxiety after each try").
    pub(super) title: String,
    /// One sentence saying what the chart shows (the same as on the Progress screen).
    pub(super) reading: String,
    /// The chart's data in words, for a screen reader or a text-only mail client.
    pub(super) description: String,
    pub(super) x: Axis,
    pub(super) y: Axis,
    /// Drawn in this order (later over earlier).
    pub(super) series: Vec<Series>,
    /// Words before the legend's entries (the question the entries answer), if any.
    pub(super) caption: Option<String>,
    /// The same numbers as a small table, for the Markdown version.
    pub(super) table: Table,
}

impl Chart {
    /// Whether the chart has anything to draw (apart from its rules).
    pub(super) fn has_data(&self) -> bool {
        self.series.iter().any(|s| s.style != Style::Rule && !s.points.is_empty())
    }
}
