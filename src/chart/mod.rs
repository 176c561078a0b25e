//! Chart stage: [`Findings`] -> SVG (and PNG with `--png`), drawn with
//! plotters, one file per chart. Each chart first lays itself out (what is
//! shown, what is left out and said so on the chart, its size), then draws
//! on a [`Canvas`], the same code for SVG and PNG.

mod canvas;
pub mod categories;
pub mod compare_distribution;
pub mod compare_groups;
pub mod compare_map;
pub mod distribution;
pub mod facilitators;
pub mod heatmap;
pub mod map;
pub mod robustness;
pub mod shared_rate;
pub mod trend_groups;
pub mod trend_lines;
pub mod upset;

pub use canvas::Canvas;

use crate::analyse::compare::Comparison;
use crate::analyse::trend::Trend;
use crate::analyse::Findings;
use crate::lang::Lang;
use anyhow::{anyhow, Result};
use plotters::prelude::*;
use std::path::Path;

/// `--top`: UpSet bars drawn before "other".
pub const DEFAULT_TOP: usize = 25;
/// `--min-size`: persons an UpSet bar needs.
pub const DEFAULT_MIN_SIZE: u64 = 1;
/// `--min-degree`: groups an UpSet bar needs.
pub const DEFAULT_MIN_DEGREE: usize = 2;
/// `--max-groups`: groups the heatmap, map and shared-rate chart show.
pub const DEFAULT_MAX_GROUPS: usize = 40;

/// What the charts show and how.
#[derive(Clone, Debug)]
pub struct ChartOptions {
    pub lang: Lang,
    /// UpSet: at most this many bars before "other" (fewer when the
    /// page's width holds fewer).
    pub top: usize,
    /// UpSet: intersections with fewer persons go to "other".
    pub min_size: u64,
    /// UpSet: intersections of fewer groups go to "other".
    pub min_degree: usize,
    /// Heatmap, map and shared-rate bars: at most this many groups (the
    /// largest).
    pub max_groups: usize,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            lang: Lang::En,
            top: DEFAULT_TOP,
            min_size: DEFAULT_MIN_SIZE,
            min_degree: DEFAULT_MIN_DEGREE,
            max_groups: DEFAULT_MAX_GROUPS,
        }
    }
}

/// The width of the page's column (assets/report.css: `main` is at most
/// 1100 px wide with 16 px of padding each side): a chart wider than this
/// is shrunk to it, and its texts with it. Charts stay within it so that
/// their texts keep the size they are drawn at.
pub const PAGE_WIDTH: i32 = 1068;

/// A chart laid out and ready to draw. Its title and how to read it are
/// the page's (`chart-<name>-title`, `chart-<name>-read`), not drawn.
pub trait Figure {
    /// Width and height in pixels.
    fn size(&self) -> (u32, u32);
    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()>;
    /// Texts drawn shortened, with their full wording: (shown, full), in
    /// drawing order. The SVG gives each one its full wording as a
    /// `<title>` (a tooltip).
    fn full_texts(&self) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// One drawn chart.
#[derive(Clone, Debug)]
pub struct Chart {
    /// File name without extension (`upset`, `heatmap`...).
    pub name: &'static str,
    /// Its title (`chart-<name>-title`), shown by the page.
    pub title: String,
    pub svg: String,
}

/// The font every chart uses, embedded so that PNG text needs no system
/// font (DejaVu Sans, see assets/fonts/DejaVu-LICENSE.txt).
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub(crate) const FAMILY: &str = "sans-serif";

fn register_fonts() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for style in [FontStyle::Normal, FontStyle::Bold] {
            if plotters::style::register_font(FAMILY, style, FONT).is_err() {
                unreachable!("the embedded font is a valid TrueType font");
            }
        }
    });
}

/// Draws `fig` as an SVG document.
pub fn to_svg(fig: &impl Figure) -> Result<String> {
    register_fonts();
    let mut svg = String::new();
    {
        let backend = SVGBackend::with_string(&mut svg, fig.size());
        let c = Canvas::new(backend.into_drawing_area(), 1);
        c.clear()?;
        fig.draw(&c)?;
        c.present()?;
    }
    Ok(add_titles(&svg, &fig.full_texts()))
}

/// `s` escaped as plotters escapes SVG text.
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Wraps each `<text>` showing a shortened text in a `<g>` whose `<title>`
/// holds the full wording, taking the texts in drawing order.
fn add_titles(svg: &str, texts: &[(String, String)]) -> String {
    let mut out = String::with_capacity(svg.len() + texts.len() * 64);
    let mut rest = svg;
    for (shown, full) in texts.iter().filter(|(s, f)| s != f) {
        let body = format!(">\n{}\n</text>", xml_escape(shown));
        let Some(end) = rest.find(&body) else {
            continue;
        };
        let Some(start) = rest[..end].rfind("<text") else {
            continue;
        };
        let end = end + body.len();
        out.push_str(&rest[..start]);
        out.push_str("<g><title>");
        out.push_str(&xml_escape(full));
        out.push_str("</title>");
        out.push_str(&rest[start..end]);
        out.push_str("</g>");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// PNG pixels per SVG pixel.
const PNG_SCALE: u32 = 2;

/// Draws `fig` as a PNG file at `path`, twice the SVG's size.
pub fn to_png(fig: &impl Figure, path: &Path) -> Result<()> {
    register_fonts();
    let (w, h) = fig.size();
    let backend = BitMapBackend::new(path, (w * PNG_SCALE, h * PNG_SCALE));
    let c = Canvas::new(backend.into_drawing_area(), PNG_SCALE as i32);
    c.clear()?;
    fig.draw(&c)?;
    c.present()
}

/// Lays a chart of the report out (its title `chart-<name>-title`), draws
/// it as SVG, and as PNG in `png_dir` if given.
fn draw(name: &'static str, fig: impl Figure, lang: Lang, png_dir: Option<&Path>) -> Result<Chart> {
    let title = crate::messages::message(lang, &format!("chart-{name}-title"), &[]);
    draw_titled(name, fig, title, png_dir)
}

/// The same, for a chart whose title is given (those of `compare` and
/// `trend`, whose file names are the report's).
fn draw_titled(
    name: &'static str,
    fig: impl Figure,
    title: String,
    png_dir: Option<&Path>,
) -> Result<Chart> {
    let svg = to_svg(&fig).map_err(|e| anyhow!("drawing the {name} chart: {e:#}"))?;
    if let Some(d) = png_dir {
        to_png(&fig, &d.join(format!("{name}.png")))
            .map_err(|e| anyhow!("drawing the {name} chart as PNG: {e:#}"))?;
    }
    Ok(Chart { name, title, svg })
}

type DrawChart<S> = fn(&'static str, &S, &ChartOptions, Option<&Path>) -> Result<Chart>;

/// One chart of the report (of a comparison, of a trend, with `S`).
pub struct ChartKind<S: 'static = Findings> {
    /// Its file name, without extension.
    pub name: &'static str,
    /// What it shows, in a few words (for `--help`).
    pub what: &'static str,
    pub draw: DrawChart<S>,
}

/// Every chart of the report, in reading order. A new chart is one file
/// and one entry here.
pub static CHARTS: &[ChartKind] = &[
    ChartKind {
        name: "upset",
        what: "who is in which groups (UpSet plot)",
        draw: |n, f, o, png| draw(n, upset::layout(f, o), o.lang, png),
    },
    ChartKind {
        name: "heatmap",
        what: "how much groups overlap (Jaccard)",
        draw: |n, f, o, png| draw(n, heatmap::layout(f, o), o.lang, png),
    },
    ChartKind {
        name: "map",
        what: "map of groups and who links them",
        draw: |n, f, o, png| draw(n, map::layout(f, o), o.lang, png),
    },
    ChartKind {
        name: "distribution",
        what: "how many groups each person is in",
        draw: |n, f, o, png| draw(n, distribution::layout(f, o), o.lang, png),
    },
    ChartKind {
        name: "shared_rate",
        what: "each group's share of members in other groups",
        draw: |n, f, o, png| draw(n, shared_rate::layout(f, o), o.lang, png),
    },
    ChartKind {
        name: "categories",
        what: "persons shared by each pair of categories (with --groups-info)",
        draw: |n, f, o, png| draw(n, categories::layout(f, o), o.lang, png),
    },
    ChartKind {
        name: "facilitators",
        what: "the facilitators' network: who shares a group with whom",
        draw: |n, f, o, png| draw(n, facilitators::layout(f, o), o.lang, png),
    },
    ChartKind {
        name: "robustness",
        what: "how many departures split the network",
        draw: |n, f, o, png| draw(n, robustness::layout(f, o), o.lang, png),
    },
];

/// Every chart of the report, in reading order, with their PNG renderings
/// written beside when `png_dir` is given.
pub fn draw_all(f: &Findings, o: &ChartOptions, png_dir: Option<&Path>) -> Result<Vec<Chart>> {
    CHARTS
        .iter()
        .map(|c| (c.draw)(c.name, f, o, png_dir))
        .collect()
}

/// Every chart of a comparison of two snapshots (`maillage compare`).
pub static COMPARE_CHARTS: &[ChartKind<Comparison>] = &[
    ChartKind {
        name: "groups",
        what: "each group's members and shared rate, before and after",
        draw: |n, c, o, png| {
            draw_titled(
                n,
                compare_groups::layout(c, o),
                crate::t!(o.lang, "chart-cmp-groups-title"),
                png,
            )
        },
    },
    ChartKind {
        name: "map",
        what: "map of groups: pairs that gained or lost shared members",
        draw: |n, c, o, png| {
            draw_titled(
                n,
                compare_map::layout(c, o),
                crate::t!(o.lang, "chart-cmp-map-title"),
                png,
            )
        },
    },
    ChartKind {
        name: "distribution",
        what: "how many groups each person is in, before and after",
        draw: |n, c, o, png| {
            draw_titled(
                n,
                compare_distribution::layout(c, o),
                crate::t!(o.lang, "chart-cmp-distribution-title"),
                png,
            )
        },
    },
];

/// Every chart of a trend over snapshots (`maillage trend`).
pub static TREND_CHARTS: &[ChartKind<Trend>] = &[
    ChartKind {
        name: "trend",
        what: "multi-membership rate and counts, snapshot by snapshot",
        draw: |n, t, o, png| {
            draw_titled(
                n,
                trend_lines::layout(t, o),
                crate::t!(o.lang, "chart-trend-title"),
                png,
            )
        },
    },
    ChartKind {
        name: "groups",
        what: "shared rate of the largest groups over time (small multiples)",
        draw: |n, t, o, png| {
            draw_titled(
                n,
                trend_groups::layout(t, o),
                crate::t!(o.lang, "chart-trend-groups-title"),
                png,
            )
        },
    },
];

/// Every chart of a comparison, in reading order.
pub fn draw_compare(
    c: &Comparison,
    o: &ChartOptions,
    png_dir: Option<&Path>,
) -> Result<Vec<Chart>> {
    COMPARE_CHARTS
        .iter()
        .map(|k| (k.draw)(k.name, c, o, png_dir))
        .collect()
}

/// Every chart of a trend, in reading order.
pub fn draw_trend(t: &Trend, o: &ChartOptions, png_dir: Option<&Path>) -> Result<Vec<Chart>> {
    TREND_CHARTS
        .iter()
        .map(|k| (k.draw)(k.name, t, o, png_dir))
        .collect()
}

/// `name` cut to `max` characters with an ellipsis.
pub(crate) fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// Groups to show when there are too many: the `max` largest (more members
/// first, then name order), returned in id order.
pub(crate) fn largest_groups(f: &Findings, max: usize) -> Vec<u32> {
    let mut ids: Vec<u32> = (0..f.groups.len() as u32).collect();
    if ids.len() > max {
        ids.sort_by(|&a, &b| {
            f.groups[b as usize]
                .members
                .cmp(&f.groups[a as usize].members)
                .then(a.cmp(&b))
        });
        ids.truncate(max);
        ids.sort_unstable();
    }
    ids
}

/// The pairs of `f` whose two groups are both in `ids` (a sorted id
/// list), with the groups' positions in `ids`. Positions come from a plain
/// array: the pairs of a large network are millions.
pub(crate) fn pairs_among<'a>(
    f: &'a Findings,
    ids: &[u32],
) -> impl Iterator<Item = (usize, usize, &'a crate::analyse::overlap::GroupPair)> {
    let mut pos = vec![usize::MAX; f.groups.len()];
    for (i, &g) in ids.iter().enumerate() {
        pos[g as usize] = i;
    }
    f.pairs.iter().filter_map(move |p| {
        let (a, b) = (pos[p.a as usize], pos[p.b as usize]);
        (a != usize::MAX && b != usize::MAX).then_some((a, b, p))
    })
}

/// The colours of the charts (colour-blind-safe Okabe–Ito palette for
/// categories).
pub mod colours {
    use plotters::style::RGBColor;
    pub const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
    pub const MUTED: RGBColor = RGBColor(0x66, 0x66, 0x66);
    pub const BAR: RGBColor = RGBColor(0x2B, 0x57, 0x9A);
    pub const SET_BAR: RGBColor = RGBColor(0x6C, 0x8E, 0xBF);
    pub const LIGHT_BAR: RGBColor = RGBColor(0x9D, 0xB9, 0xDE);
    pub const OTHER: RGBColor = RGBColor(0xA0, 0xA0, 0xA0);
    pub const DOT_OFF: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
    pub const STRIPE: RGBColor = RGBColor(0xF2, 0xF4, 0xF7);
    pub const ALERT: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
    pub const CATEGORIES: [RGBColor; 7] = [
        RGBColor(0x00, 0x72, 0xB2),
        RGBColor(0x00, 0x9E, 0x73),
        RGBColor(0xCC, 0x79, 0xA7),
        RGBColor(0xE6, 0x9F, 0x00),
        RGBColor(0x56, 0xB4, 0xE9),
        RGBColor(0xF0, 0xE4, 0x42),
        RGBColor(0x99, 0x99, 0x99),
    ];
    /// Categories past the six coloured ones.
    pub const OTHER_CATEGORIES: RGBColor = CATEGORIES[6];
    /// Groups without a category, `(none)`.
    pub const NO_CATEGORY: RGBColor = RGBColor(0xCC, 0xCC, 0xCC);
    /// A facilitator running groups of several categories.
    pub const SEVERAL_CATEGORIES: RGBColor = RGBColor(0x44, 0x44, 0x44);
}

/// The colour of each category (an index of `Findings::categories`), the
/// same in every chart: the six categories with the most groups (then in
/// name order) get the palette's colours, `(none)` a light grey, the
/// others the palette's grey ("other categories").
pub fn category_colours(f: &Findings) -> Vec<RGBColor> {
    use crate::analyse::categories::NONE;
    let mut ranked: Vec<usize> = (0..f.categories.len())
        .filter(|&c| f.categories[c].category != NONE)
        .collect();
    ranked.sort_by_key(|&c| (std::cmp::Reverse(f.categories[c].groups), c));
    let mut out = vec![colours::OTHER_CATEGORIES; f.categories.len()];
    for (k, &c) in ranked
        .iter()
        .enumerate()
        .take(colours::CATEGORIES.len() - 1)
    {
        out[c] = colours::CATEGORIES[k];
    }
    for (c, row) in f.categories.iter().enumerate() {
        if row.category == NONE {
            out[c] = colours::NO_CATEGORY;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_shortened_with_an_ellipsis() {
        assert_eq!(shorten("Énergie", 10), "Énergie");
        assert_eq!(shorten("Énergie citoyenne", 8), "Énergie…");
    }
}
