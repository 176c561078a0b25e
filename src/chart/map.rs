//! Chart stage, map of groups: one circle per group (area ∝ members), one
//! line per pair sharing members (width ∝ shared), placed by a
//! Fruchterman–Reingold force-directed layout started from a fixed seed
//! (same input, same picture). The pairs sharing most are always drawn,
//! and each group's largest overlap; a solid line is a pair sharing
//! significantly more members than chance (q-value ≤ `--fdr`, see
//! [`crate::analyse::significance`]), a dashed one a pair that does not.
//! Colour = the group's category when the groups have categories, else
//! its cluster of groups (groups.csv's `cluster`), with a legend naming
//! them; a thick orange ring = a cut point of the groups, as groups.csv's
//! `cut_point` says (the analysis's figures, not recomputed here); groups
//! sharing nobody are lined up at the bottom as islands, and only they.
//! Labels are placed around their circle where they overlap no other
//! label, shortened with an ellipsis when needed (the full name as a
//! tooltip).

use super::canvas::{notes_height, text_width, wrap, Font, NOTE_SIZE};
use super::{colours, largest_groups, pairs_among, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

const W: i32 = 960;
const PLOT_H: i32 = 640;
const ISLAND_ROW: i32 = 70;
const ISLANDS_PER_ROW: i32 = 6;
/// At most this many lines, the strongest.
const MAX_LINKS: usize = 250;
/// The pairs sharing most, drawn whatever chance says.
const LARGEST_LINKS: usize = 20;
const NAME_CHARS: usize = 22;
const TEXT: f64 = 12.0;

struct Node {
    name: String,
    members: u64,
    colour: RGBColor,
    cut_point: bool,
    /// Position in [0, 1]², or `None` for an island.
    at: Option<(f64, f64)>,
}

/// A group's name as drawn: the text (maybe shortened), where, how
/// anchored, and the box it takes.
#[derive(Clone, Debug)]
pub struct Label {
    pub text: String,
    pub full: String,
    pub at: (i32, i32),
    centred: bool,
    left: bool,
    /// (x0, y0, x1, y1), with a margin.
    pub bounds: (i32, i32, i32, i32),
}

/// A line of the map: (node, node, shared, above chance).
type Link = (usize, usize, u64, bool);

/// The map, laid out.
pub struct Map {
    lang: Lang,
    nodes: Vec<Node>,
    /// Pixel centre and radius of each node.
    circles: Vec<((i32, i32), i32)>,
    /// The label of each node, `None` when none fits.
    labels: Vec<Option<Label>>,
    links: Vec<Link>,
    total_groups: usize,
    total_links: usize,
    notes: Vec<String>,
    /// What the colours say, and each colour's entry, laid out.
    legend: Legend,
    top: i32,
}

/// What the circles' colours tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColourBy {
    /// The group's category (groups.csv's `category`).
    Category,
    /// The group's cluster of groups (groups.csv's `cluster`), when the
    /// groups have no categories.
    Cluster,
}

/// One entry of the legend: a colour and what it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Swatch {
    pub colour: RGBColor,
    /// As drawn (maybe shortened).
    pub text: String,
    /// In full (the tooltip of a shortened one).
    pub full: String,
    /// Top-left corner of its square.
    at: (i32, i32),
}

/// The legend above the plot: a title and the entries, in rows.
struct Legend {
    by: ColourBy,
    title: String,
    swatches: Vec<Swatch>,
    height: i32,
}

/// Legend entries: text size, square side, row height, longest name.
const LEGEND_TEXT: f64 = 12.0;
const SWATCH: i32 = 12;
const LEGEND_ROW: i32 = 20;
const LEGEND_CHARS: usize = 24;

/// The colour of each cluster: clusters 1 to 6 (those of most groups) the
/// palette's colours, the other clusters of two groups or more the
/// palette's grey, groups in no cluster (alone in theirs) a light grey.
/// `clusters` is the number of clusters of two groups or more.
pub fn cluster_colour(cluster: u32, clusters: u64) -> RGBColor {
    let named = (colours::CATEGORIES.len() - 1) as u64;
    let k = u64::from(cluster);
    if k == 0 || k > clusters {
        colours::NO_CATEGORY
    } else if k <= named {
        colours::CATEGORIES[k as usize - 1]
    } else {
        colours::OTHER_CATEGORIES
    }
}

/// Each shown group's colour (`ids`: group ids) and the legend's
/// entries, unplaced: by category when the groups have categories (the
/// colours of [`super::category_colours`], the same in every chart), else
/// by cluster ([`cluster_colour`]). Entries name each colour used once:
/// named ones first (categories in name order, clusters by number), then
/// the shared grey of the others, then the light grey of none.
fn colouring(f: &Findings, ids: &[u32], l: Lang) -> (Vec<RGBColor>, Legend) {
    // (named entries by key, other used, none used)
    let mut named: Vec<(u32, String)> = Vec::new();
    let (mut other, mut none) = (false, false);
    let palette = super::category_colours(f);
    let (by, colours_of): (ColourBy, Vec<RGBColor>) = if f.categories.is_empty() {
        let clusters = f.summary.clusters.clusters;
        let c = ids
            .iter()
            .map(|&g| {
                let k = f.groups[g as usize].cluster;
                let colour = cluster_colour(k, clusters);
                if colour == colours::NO_CATEGORY {
                    none = true;
                } else if colour == colours::OTHER_CATEGORIES {
                    other = true;
                } else if !named.iter().any(|(x, _)| *x == k) {
                    named.push((k, t!(l, "chart-map-cluster", id = k)));
                }
                colour
            })
            .collect();
        (ColourBy::Cluster, c)
    } else {
        use crate::analyse::categories::NONE;
        let c = ids
            .iter()
            .map(|&g| {
                // Every group has a category when some have: `(none)`.
                let k = f.groups[g as usize].category.unwrap_or(0);
                let colour = palette[k as usize];
                let name = &f.categories[k as usize].category;
                if name == NONE {
                    none = true;
                } else if colour == colours::OTHER_CATEGORIES {
                    other = true;
                } else if !named.iter().any(|(x, _)| *x == k) {
                    named.push((k, name.clone()));
                }
                colour
            })
            .collect();
        (ColourBy::Category, c)
    };
    // Category ids follow names; cluster ids are their numbers.
    named.sort_by_key(|(k, _)| *k);
    let mut entries: Vec<(RGBColor, String)> = named
        .into_iter()
        .map(|(k, name)| {
            let colour = match by {
                ColourBy::Category => palette[k as usize],
                ColourBy::Cluster => cluster_colour(k, f.summary.clusters.clusters),
            };
            (colour, name)
        })
        .collect();
    let (other_key, none_key, title_key) = match by {
        ColourBy::Category => (
            "chart-other-categories",
            "chart-map-no-category",
            "chart-map-legend-category",
        ),
        ColourBy::Cluster => (
            "chart-map-other-clusters",
            "chart-map-no-cluster",
            "chart-map-legend-cluster",
        ),
    };
    let message = |key: &str| crate::messages::message(l, key, &[]);
    if other {
        entries.push((colours::OTHER_CATEGORIES, message(other_key)));
    }
    if none {
        entries.push((colours::NO_CATEGORY, message(none_key)));
    }
    let swatches = entries
        .into_iter()
        .map(|(colour, full)| Swatch {
            colour,
            text: shorten(&full, LEGEND_CHARS),
            full,
            at: (0, 0),
        })
        .collect();
    let legend = Legend {
        by,
        title: message(title_key),
        swatches,
        height: 0,
    };
    (colours_of, legend)
}

impl Legend {
    /// Places the entries in rows from `y` down, after the title, and
    /// sets the legend's height.
    fn place(&mut self, y: i32) {
        // Widths as labels are measured (never less than 0.62 em per
        // character), so that no text runs into the next.
        let title_w = label_width(&self.title) + 12;
        let (mut x, mut row) = (20 + title_w, 0);
        for s in &mut self.swatches {
            let w = SWATCH + 6 + label_width(&s.text) + 14;
            if x + w > W - 20 && x > 20 + title_w {
                row += 1;
                x = 20 + title_w;
            }
            s.at = (x, y + row * LEGEND_ROW);
            x += w;
        }
        self.height = (row + 1) * LEGEND_ROW + 8;
    }
}

/// Fruchterman–Reingold in the unit square: `links` are (a, b, weight in
/// (0, 1]); nodes start at seeded random places. Deterministic.
pub fn force_layout(n: usize, links: &[(usize, usize, f64)], seed: u64) -> Vec<(f64, f64)> {
    let mut rng = rand_pcg::Pcg64::seed_from_u64(seed);
    let mut p: Vec<(f64, f64)> = (0..n)
        .map(|_| (rng.random::<f64>(), rng.random::<f64>()))
        .collect();
    if n <= 1 {
        return vec![(0.5, 0.5); n];
    }
    let k = (1.0 / n as f64).sqrt();
    let iterations = 400;
    for it in 0..iterations {
        let t = 0.1 * (1.0 - it as f64 / iterations as f64) + 0.002;
        let mut d = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (p[i].0 - p[j].0, p[i].1 - p[j].1);
                let dist = (dx * dx + dy * dy).sqrt().max(1e-4);
                let f = k * k / dist;
                d[i].0 += dx / dist * f;
                d[i].1 += dy / dist * f;
                d[j].0 -= dx / dist * f;
                d[j].1 -= dy / dist * f;
            }
        }
        for &(a, b, w) in links {
            let (dx, dy) = (p[a].0 - p[b].0, p[a].1 - p[b].1);
            let dist = (dx * dx + dy * dy).sqrt().max(1e-4);
            let f = dist * dist / k * (0.3 + w);
            d[a].0 -= dx / dist * f;
            d[a].1 -= dy / dist * f;
            d[b].0 += dx / dist * f;
            d[b].1 += dy / dist * f;
        }
        for i in 0..n {
            // A weak pull to the centre keeps separate parts in view.
            d[i].0 += (0.5 - p[i].0) * k;
            d[i].1 += (0.5 - p[i].1) * k;
            let len = (d[i].0 * d[i].0 + d[i].1 * d[i].1).sqrt().max(1e-9);
            let step = len.min(t);
            p[i].0 = (p[i].0 + d[i].0 / len * step).clamp(0.0, 1.0);
            p[i].1 = (p[i].1 + d[i].1 / len * step).clamp(0.0, 1.0);
        }
    }
    // Stretch to fill the square.
    let (minx, maxx) = p
        .iter()
        .fold((f64::MAX, f64::MIN), |m, q| (m.0.min(q.0), m.1.max(q.0)));
    let (miny, maxy) = p
        .iter()
        .fold((f64::MAX, f64::MIN), |m, q| (m.0.min(q.1), m.1.max(q.1)));
    let sx = (maxx - minx).max(1e-9);
    let sy = (maxy - miny).max(1e-9);
    p.iter()
        .map(|q| ((q.0 - minx) / sx, (q.1 - miny) / sy))
        .collect()
}

/// The layout costs O(groups²) per step, and circles need room: at most
/// this many groups, whatever `--max-groups` says.
const MOST: usize = 300;

/// Width of `s` as a label, never less than 0.62 em per character (the
/// tests measure labels that way), with a margin.
fn label_width(s: &str) -> i32 {
    let chars = s.chars().count() as f64;
    text_width(s, TEXT).max((chars * 0.62 * TEXT).ceil() as i32) + 4
}

fn overlap(a: (i32, i32, i32, i32), b: (i32, i32, i32, i32)) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Places each label around its circle (largest groups first): below,
/// above, right, left, then farther, where it overlaps no label placed
/// and, if it can, no circle; shortened step by step when nowhere fits.
/// A label that fits nowhere even at 4 characters is not drawn.
fn place_labels(
    names: &[&str],
    circles: &[((i32, i32), i32)],
    order: &[usize],
    area: (i32, i32, i32, i32),
    obstacles: Vec<(i32, i32, i32, i32)>,
) -> Vec<Option<Label>> {
    let h = TEXT.ceil() as i32 + 4;
    let mut labels: Vec<Option<Label>> = vec![None; names.len()];
    let mut placed = obstacles;
    let circle_box = |&((x, y), r): &((i32, i32), i32)| (x - r, y - r, x + r, y + r);
    for &i in order {
        let ((x, y), r) = circles[i];
        let mut chosen = None;
        'search: for avoid_circles in [true, false] {
            for chars in [NAME_CHARS, 16, 12, 8, 4] {
                let text = shorten(names[i], chars);
                let w = label_width(&text);
                // (anchor x, anchor y, centred, left-anchored)
                let gap = 4;
                let candidates = [
                    (x, y + r + gap + h / 2, true, false),
                    (x, y - r - gap - h / 2, true, false),
                    (x + r + gap, y, false, true),
                    (x - r - gap, y, false, false),
                    (x, y + r + gap + h / 2 + h, true, false),
                    (x, y - r - gap - h / 2 - h, true, false),
                    (x + r / 2 + gap, y + r + h / 2, false, true),
                    (x - r / 2 - gap, y + r + h / 2, false, false),
                    (x + r / 2 + gap, y - r - h / 2, false, true),
                    (x - r / 2 - gap, y - r - h / 2, false, false),
                ];
                for (ax, ay, centred, left) in candidates {
                    let x0 = if centred {
                        ax - w / 2
                    } else if left {
                        ax
                    } else {
                        ax - w
                    };
                    let b = (x0, ay - h / 2, x0 + w, ay + h / 2);
                    let inside = b.0 >= area.0 && b.1 >= area.1 && b.2 <= area.2 && b.3 <= area.3;
                    if !inside || placed.iter().any(|&p| overlap(p, b)) {
                        continue;
                    }
                    if avoid_circles
                        && circles
                            .iter()
                            .enumerate()
                            .any(|(k, c)| k != i && overlap(circle_box(c), b))
                    {
                        continue;
                    }
                    chosen = Some(Label {
                        text,
                        full: names[i].to_string(),
                        at: (ax, ay),
                        centred,
                        left,
                        bounds: b,
                    });
                    break 'search;
                }
            }
        }
        if let Some(l) = chosen {
            placed.push(l.bounds);
            labels[i] = Some(l);
        }
    }
    labels
}

pub fn layout(f: &Findings, o: &ChartOptions) -> Map {
    let ids = largest_groups(f, o.max_groups.min(MOST));
    // Most shared first; the significance test says whether more than
    // chance (with many groups, lift > 1 is noise).
    // Under --min-count K, a pair sharing fewer than K persons is drawn
    // as sharing nobody (its count is withheld in pairs.csv).
    let k = f.summary.privacy.min_count;
    let mut among: Vec<Link> = pairs_among(f, &ids)
        .filter(|(_, _, p)| u64::from(p.shared) >= k)
        .map(|(a, b, p)| (a, b, u64::from(p.shared), f.is_significant(p)))
        .collect();
    among.sort_by(|x, y| y.2.cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    let total_links = among.len();
    // Pairs sharing more than chance, the largest overlaps whatever
    // chance says, and each group's largest one, so that no group sharing
    // members floats without a line; at most MAX_LINKS, the largest.
    let mut keep: Vec<bool> = among
        .iter()
        .enumerate()
        .map(|(k, l)| k < LARGEST_LINKS || (l.3 && k < MAX_LINKS))
        .collect();
    let mut has_line = vec![false; ids.len()];
    for (k, l) in among.iter().enumerate() {
        if !has_line[l.0] || !has_line[l.1] {
            keep[k] = true;
        }
        has_line[l.0] = true;
        has_line[l.1] = true;
    }
    let links: Vec<Link> = among
        .iter()
        .zip(&keep)
        .filter(|(_, &k)| k)
        .map(|(l, _)| *l)
        .collect();
    // Islands: groups sharing nobody with any group at all; every other
    // group is placed on the map.
    let placed: Vec<usize> = (0..ids.len())
        .filter(|&i| !f.groups[ids[i] as usize].isolated)
        .collect();
    let index: HashMap<usize, usize> = placed.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let max_shared = links.iter().map(|l| l.2).max().unwrap_or(1) as f64;
    let weighted: Vec<(usize, usize, f64)> = links
        .iter()
        .map(|&(a, b, s, _)| (index[&a], index[&b], s as f64 / max_shared))
        .collect();
    let xy = force_layout(placed.len(), &weighted, 42);
    let (colours_of, legend) = colouring(f, &ids, o.lang);
    let nodes: Vec<Node> = ids
        .iter()
        .enumerate()
        .map(|(i, &g)| {
            let row = &f.groups[g as usize];
            Node {
                name: row.name.clone(),
                members: row.members,
                colour: colours_of[i],
                cut_point: row.cut_point,
                at: index.get(&i).map(|&k| xy[k]),
            }
        })
        .collect();
    let mut m = Map {
        lang: o.lang,
        nodes,
        circles: Vec::new(),
        labels: Vec::new(),
        links,
        total_groups: f.groups.len(),
        total_links,
        notes: Vec::new(),
        legend,
        top: 0,
    };
    m.notes = m
        .notes()
        .iter()
        .flat_map(|n| wrap(n, NOTE_SIZE, W - 40))
        .collect();
    let below_notes = notes_height(m.notes.len()) + 4;
    m.legend.place(below_notes);
    m.top = below_notes + m.legend.height;
    m.circles = m.place_circles();
    let names: Vec<&str> = m.nodes.iter().map(|n| n.name.as_str()).collect();
    let mut order: Vec<usize> = (0..m.nodes.len()).collect();
    order.sort_by(|&a, &b| m.nodes[b].members.cmp(&m.nodes[a].members).then(a.cmp(&b)));
    let (_, h) = m.size();
    // The islands' heading is in the way of labels too.
    let heading = if m.island_count() > 0 {
        let y0 = m.islands_y();
        let w = text_width(&t!(m.lang, "chart-map-islands"), 14.0) + 8;
        vec![(16, y0 + 2, 20 + w, y0 + 26)]
    } else {
        Vec::new()
    };
    let area = (2, m.top, W - 2, h as i32 - 2);
    m.labels = place_labels(&names, &m.circles, &order, area, heading);
    m
}

impl Map {
    fn island_count(&self) -> usize {
        self.nodes.iter().filter(|n| n.at.is_none()).count()
    }

    fn island_rows(&self) -> i32 {
        (self.island_count() as i32 + ISLANDS_PER_ROW - 1) / ISLANDS_PER_ROW
    }

    fn islands_y(&self) -> i32 {
        self.top + PLOT_H + 10
    }

    /// Pixel centre and radius of every node, islands in rows below.
    fn place_circles(&self) -> Vec<((i32, i32), i32)> {
        let max_members = self
            .nodes
            .iter()
            .map(|n| n.members)
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let radius = |m: u64| (5.0 + 28.0 * (m as f64 / max_members).sqrt()).round() as i32;
        let margin = 70;
        let top = self.top;
        let y0 = self.islands_y();
        let mut island = 0;
        self.nodes
            .iter()
            .map(|n| {
                let p = match n.at {
                    Some(p) => (
                        margin + (p.0 * (W - 2 * margin) as f64) as i32,
                        top + 40 + (p.1 * (PLOT_H - 80) as f64) as i32,
                    ),
                    None => {
                        let (row, col) = (island / ISLANDS_PER_ROW, island % ISLANDS_PER_ROW);
                        island += 1;
                        let slot = (W - 40) / ISLANDS_PER_ROW;
                        (20 + slot / 2 + col * slot, y0 + 50 + row * ISLAND_ROW)
                    }
                };
                (p, radius(n.members))
            })
            .collect()
    }

    /// What the chart leaves out (how to read it is the page's).
    fn notes(&self) -> Vec<String> {
        let l = self.lang;
        let mut notes = Vec::new();
        if self.nodes.len() < self.total_groups {
            notes.push(t!(
                l,
                "chart-largest-groups",
                shown = self.nodes.len(),
                total = self.total_groups
            ));
        }
        if self.links.len() < self.total_links {
            notes.push(t!(
                l,
                "chart-map-links",
                shown = self.links.len(),
                total = self.total_links
            ));
        }
        notes
    }

    /// The labels drawn (for the tests).
    pub fn labels(&self) -> Vec<&Label> {
        self.labels.iter().flatten().collect()
    }

    /// Names of the groups in the islands row.
    pub fn islands(&self) -> Vec<&str> {
        self.nodes
            .iter()
            .filter(|n| n.at.is_none())
            .map(|n| n.name.as_str())
            .collect()
    }

    /// What the colours tell.
    pub fn colour_by(&self) -> ColourBy {
        self.legend.by
    }

    /// Each group drawn: its name, the centre of its circle and its
    /// colour (for the tests).
    pub fn points(&self) -> Vec<(&str, (i32, i32), RGBColor)> {
        self.nodes
            .iter()
            .zip(&self.circles)
            .map(|(n, c)| (n.name.as_str(), c.0, n.colour))
            .collect()
    }

    /// The legend's entries (for the tests).
    pub fn legend(&self) -> &[Swatch] {
        &self.legend.swatches
    }

    /// Names of the groups ringed as cut points.
    pub fn cut_points(&self) -> Vec<&str> {
        self.nodes
            .iter()
            .filter(|n| n.cut_point)
            .map(|n| n.name.as_str())
            .collect()
    }

    /// Lines drawn, as pairs of names.
    pub fn lines(&self) -> Vec<(&str, &str)> {
        self.links
            .iter()
            .map(|l| (self.nodes[l.0].name.as_str(), self.nodes[l.1].name.as_str()))
            .collect()
    }
}

impl Figure for Map {
    fn size(&self) -> (u32, u32) {
        let islands = if self.island_count() > 0 {
            30 + self.island_rows() * ISLAND_ROW
        } else {
            0
        };
        let h = self.top + PLOT_H + 20 + islands;
        (W as u32, h as u32)
    }

    fn full_texts(&self) -> Vec<(String, String)> {
        // In drawing order: the legend, then the labels.
        self.legend
            .swatches
            .iter()
            .map(|s| (s.text.clone(), s.full.clone()))
            .chain(
                self.labels
                    .iter()
                    .flatten()
                    .map(|l| (l.text.clone(), l.full.clone())),
            )
            .collect()
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        c.notes(&self.notes)?;
        if let Some(first) = self.legend.swatches.first() {
            let y = first.at.1 + SWATCH / 2;
            c.text(
                &self.legend.title,
                (20, y),
                Font::new(LEGEND_TEXT).colour(colours::MUTED),
            )?;
            for s in &self.legend.swatches {
                let (x, y) = s.at;
                c.rect((x, y), (x + SWATCH, y + SWATCH), s.colour)?;
                c.text(
                    &s.text,
                    (x + SWATCH + 6, y + SWATCH / 2),
                    Font::new(LEGEND_TEXT),
                )?;
            }
        }
        let max_shared = self.links.iter().map(|x| x.2).max().unwrap_or(1).max(1) as f64;
        // Weakest first, so that strong links are on top.
        for &(a, b, s, above_chance) in self.links.iter().rev() {
            let (pa, pb) = (self.circles[a].0, self.circles[b].0);
            let w = 1 + (6.0 * s as f64 / max_shared).round() as u32;
            if above_chance {
                c.line(vec![pa, pb], RGBAColor(70, 70, 95, 0.45), w)?;
            } else {
                // Dashed: shares no more than chance would.
                let (dx, dy) = ((pb.0 - pa.0) as f64, (pb.1 - pa.1) as f64);
                let len = (dx * dx + dy * dy).sqrt().max(1.0);
                let mut t = 0.0;
                while t < len {
                    let e = (t + 7.0).min(len);
                    let at = |d: f64| {
                        (
                            pa.0 + (dx * d / len).round() as i32,
                            pa.1 + (dy * d / len).round() as i32,
                        )
                    };
                    c.line(vec![at(t), at(e)], RGBAColor(90, 90, 110, 0.35), w)?;
                    t += 12.0;
                }
            }
        }
        if self.island_count() > 0 {
            let y0 = self.islands_y();
            c.line(vec![(20, y0), (W - 20, y0)], colours::DOT_OFF.into(), 1)?;
            c.text(
                &t!(l, "chart-map-islands"),
                (20, y0 + 14),
                Font::new(14.0).bold(),
            )?;
        }
        for (n, &(p, r)) in self.nodes.iter().zip(&self.circles) {
            let ring = n.cut_point.then_some((colours::ALERT, 4));
            c.circle(p, r, n.colour.mix(0.85), ring)?;
        }
        for label in self.labels.iter().flatten() {
            let font = if label.centred {
                Font::new(TEXT).centre()
            } else if label.left {
                Font::new(TEXT)
            } else {
                Font::new(TEXT).right()
            };
            c.text(&label.text, label.at, font)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layout_is_the_same_for_the_same_seed_and_pulls_linked_groups_together() {
        // 0-1-2 strongly linked, 3-4 linked, 5 linked weakly to 4.
        let links = [
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 1.0),
            (3, 4, 1.0),
            (4, 5, 0.1),
        ];
        let a = force_layout(6, &links, 42);
        assert_eq!(a, force_layout(6, &links, 42));
        assert_ne!(a, force_layout(6, &links, 7));
        let d = |i: usize, j: usize| ((a[i].0 - a[j].0).powi(2) + (a[i].1 - a[j].1).powi(2)).sqrt();
        assert!(d(0, 1) < d(0, 3) && d(1, 2) < d(2, 4), "{a:?}");
        assert!(a
            .iter()
            .all(|p| (0.0..=1.0).contains(&p.0) && (0.0..=1.0).contains(&p.1)));
    }
}
