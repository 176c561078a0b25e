//! Chart stage, links gained and lost on the map of groups: the groups of
//! either snapshot (the largest, `--max-groups`, 300 at most) placed by the
//! report map's force-directed layout (fixed seed: same input, same
//! picture) over the pairs sharing members on either side; pairs that
//! shared nobody before and share someone after in green, pairs that no
//! longer share anyone in dashed orange, pairs sharing members on both
//! sides in light grey (the strongest 250). Circle area: members (the
//! larger side); new groups green, closed groups grey; groups sharing
//! nobody on either side lined up at the bottom.

use super::canvas::{notes_height, text_width, wrap, Font};
use super::map::force_layout;
use super::{colours, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::compare::{Comparison, GroupStatus, PairStatus};
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

const W: i32 = 960;
const PLOT_H: i32 = 640;
const ISLAND_ROW: i32 = 70;
/// The layout costs O(groups²) per step: at most this many groups.
const MOST: usize = 300;
/// Pairs sharing members on both sides drawn, the strongest.
const MAX_KEPT: usize = 250;
/// Pairs gained or lost drawn, the strongest.
const MAX_CHANGED: usize = 500;

const GAINED: RGBColor = colours::CATEGORIES[1];
const LOST: RGBColor = colours::ALERT;

/// One group on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub name: String,
    pub members: u64,
    pub status: GroupStatus,
    /// Position in [0, 1]², or `None` for a group sharing nobody.
    pub at: Option<(f64, f64)>,
}

/// One line: two nodes, how their pair changed, and its weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    pub a: usize,
    pub b: usize,
    pub status: PairStatus,
    pub shared: u32,
}

/// The map, laid out.
pub struct CompareMap {
    lang: Lang,
    nodes: Vec<Node>,
    links: Vec<Link>,
    notes: Vec<String>,
    top: i32,
}

pub fn layout(c: &Comparison, o: &ChartOptions) -> CompareMap {
    let l = o.lang;
    let size = |u: usize| {
        let g = &c.groups[u];
        g.members_before.max(g.members_after)
    };
    let mut ids: Vec<usize> = (0..c.groups.len()).collect();
    let total_groups = ids.len();
    if ids.len() > o.max_groups.min(MOST) {
        ids.sort_by(|&a, &b| size(b).cmp(&size(a)).then(a.cmp(&b)));
        ids.truncate(o.max_groups.min(MOST));
        ids.sort_unstable();
    }
    let mut pos = vec![usize::MAX; c.groups.len()];
    for (i, &u) in ids.iter().enumerate() {
        pos[u] = i;
    }
    // Under --min-count, as the report's map: a pair that never shared K
    // persons is drawn as sharing nobody.
    let k = c.summary.privacy.min_count;
    let pairs: Vec<&crate::analyse::compare::PairChange> = c
        .pairs
        .iter()
        .filter(|p| u64::from(p.shared_before.max(p.shared_after)) >= k)
        .collect();
    let mut kept = Vec::new();
    let mut changed = Vec::new();
    for &p in &pairs {
        let (a, b) = (pos[p.a as usize], pos[p.b as usize]);
        if a == usize::MAX || b == usize::MAX {
            continue;
        }
        let status = p.status();
        let shared = p.shared_before.max(p.shared_after);
        let link = Link {
            a,
            b,
            status,
            shared,
        };
        match status {
            PairStatus::Gained | PairStatus::Lost => changed.push(link),
            _ => kept.push(link),
        }
    }
    // Strongest first; ties in name order (the pairs' order).
    kept.sort_by_key(|x| std::cmp::Reverse(x.shared));
    changed.sort_by_key(|x| std::cmp::Reverse(x.shared));
    let (total_kept, total_changed) = (kept.len(), changed.len());
    kept.truncate(MAX_KEPT);
    changed.truncate(MAX_CHANGED);
    // Every link among the groups shown shapes the layout, drawn or not.
    let placed: Vec<usize> = {
        let mut linked = vec![false; ids.len()];
        for p in &pairs {
            let (a, b) = (pos[p.a as usize], pos[p.b as usize]);
            if a != usize::MAX && b != usize::MAX {
                linked[a] = true;
                linked[b] = true;
            }
        }
        (0..ids.len()).filter(|&i| linked[i]).collect()
    };
    let mut index = vec![usize::MAX; ids.len()];
    for (k, &i) in placed.iter().enumerate() {
        index[i] = k;
    }
    let links: Vec<Link> = changed.iter().chain(&kept).copied().collect();
    let max_shared = links.iter().map(|x| x.shared).max().unwrap_or(1).max(1) as f64;
    let weighted: Vec<(usize, usize, f64)> = links
        .iter()
        .map(|x| (index[x.a], index[x.b], f64::from(x.shared) / max_shared))
        .collect();
    let xy = force_layout(placed.len(), &weighted, 42);
    let nodes = ids
        .iter()
        .enumerate()
        .map(|(i, &u)| Node {
            name: c.group_name(u as u32).to_string(),
            members: size(u),
            status: c.groups[u].status,
            at: (index[i] != usize::MAX).then(|| xy[index[i]]),
        })
        .collect();
    let mut notes = vec![t!(
        l,
        "chart-cmp-map-note",
        before = &c.summary.before.label,
        after = &c.summary.after.label
    )];
    if ids.len() < total_groups {
        notes.push(t!(
            l,
            "chart-largest-shown",
            shown = ids.len(),
            total = total_groups
        ));
    }
    if kept.len() < total_kept || changed.len() < total_changed {
        notes.push(t!(
            l,
            "chart-cmp-map-lines-shown",
            changed = changed.len(),
            total_changed = total_changed,
            kept = kept.len(),
            total_kept = total_kept
        ));
    }
    let notes: Vec<String> = notes.iter().flat_map(|n| wrap(n, 11.5, W - 40)).collect();
    CompareMap {
        lang: l,
        nodes,
        links,
        top: notes_height(notes.len()) + 24,
        notes,
    }
}

impl CompareMap {
    /// The groups shown (for the tests).
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The lines drawn (for the tests).
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    fn island_rows(&self) -> i32 {
        (self.nodes.iter().filter(|n| n.at.is_none()).count() as i32 + 7) / 8
    }
}

/// A dashed line: dashes of 9 pixels, gaps of 5.
fn dashed<DB: DrawingBackend>(
    c: &Canvas<DB>,
    from: (i32, i32),
    to: (i32, i32),
    colour: RGBAColor,
    width: u32,
) -> Result<()> {
    let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1.0 {
        return Ok(());
    }
    let mut s = 0.0;
    while s < len {
        let e = (s + 9.0).min(len);
        let at = |t: f64| {
            (
                from.0 + (dx * t / len).round() as i32,
                from.1 + (dy * t / len).round() as i32,
            )
        };
        c.line(vec![at(s), at(e)], colour, width)?;
        s += 14.0;
    }
    Ok(())
}

impl Figure for CompareMap {
    fn size(&self) -> (u32, u32) {
        let h = self.top + PLOT_H + 30 + self.island_rows() * ISLAND_ROW + 20;
        (W as u32, h as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        let y = c.notes(&self.notes)?;
        // Legend.
        let mut x = 20;
        let legend: [(String, u8); 5] = [
            (t!(l, "chart-cmp-map-gained"), 0),
            (t!(l, "chart-cmp-map-lost"), 1),
            (t!(l, "chart-cmp-map-kept"), 2),
            (t!(l, "chart-cmp-new-group"), 3),
            (t!(l, "chart-cmp-closed-group"), 4),
        ];
        for (label, kind) in &legend {
            match kind {
                0 => c.line(vec![(x, y + 6), (x + 24, y + 6)], GAINED.into(), 3)?,
                1 => dashed(c, (x, y + 6), (x + 24, y + 6), LOST.into(), 3)?,
                2 => c.line(
                    vec![(x, y + 6), (x + 24, y + 6)],
                    RGBAColor(90, 90, 110, 0.35),
                    3,
                )?,
                3 => c.circle((x + 12, y + 6), 6, GAINED.mix(0.85), None)?,
                _ => c.circle((x + 12, y + 6), 6, colours::OTHER.mix(0.85), None)?,
            }
            c.text(label, (x + 30, y + 6), Font::new(11.0))?;
            x += 50 + text_width(label, 11.0);
        }
        let top = self.top;
        let max_members = self
            .nodes
            .iter()
            .map(|n| n.members)
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let radius = |m: u64| (5.0 + 28.0 * (m as f64 / max_members).sqrt()).round() as i32;
        let margin = 50;
        let at = |p: (f64, f64)| {
            (
                margin + (p.0 * (W - 2 * margin) as f64) as i32,
                top + 30 + (p.1 * (PLOT_H - 60) as f64) as i32,
            )
        };
        let max_shared = self
            .links
            .iter()
            .map(|x| x.shared)
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        // Grey lines first, then the changes on top of them.
        for pass in [false, true] {
            for k in self.links.iter().rev() {
                let change = matches!(k.status, PairStatus::Gained | PairStatus::Lost);
                if change != pass {
                    continue;
                }
                let (Some(pa), Some(pb)) = (self.nodes[k.a].at, self.nodes[k.b].at) else {
                    continue;
                };
                let w = 1 + (5.0 * f64::from(k.shared) / max_shared).round() as u32;
                match k.status {
                    PairStatus::Gained => c.line(vec![at(pa), at(pb)], GAINED.mix(0.9), w + 1)?,
                    PairStatus::Lost => dashed(c, at(pa), at(pb), LOST.mix(0.9), w + 1)?,
                    _ => c.line(vec![at(pa), at(pb)], RGBAColor(90, 90, 110, 0.25), w)?,
                }
            }
        }
        let draw_node = |n: &Node, p: (i32, i32)| -> Result<()> {
            let r = radius(n.members);
            let fill = match n.status {
                GroupStatus::Kept => colours::SET_BAR.mix(0.85),
                GroupStatus::New => GAINED.mix(0.85),
                GroupStatus::Closed => colours::OTHER.mix(0.6),
            };
            c.circle(p, r, fill, None)?;
            c.text(
                &shorten(&n.name, 22),
                (p.0, p.1 + r + 9),
                Font::new(11.0).centre(),
            )
        };
        for n in self.nodes.iter() {
            if let Some(p) = n.at {
                draw_node(n, at(p))?;
            }
        }
        let islands: Vec<&Node> = self.nodes.iter().filter(|n| n.at.is_none()).collect();
        if !islands.is_empty() {
            let y0 = top + PLOT_H + 10;
            c.line(vec![(20, y0), (W - 20, y0)], colours::DOT_OFF.into(), 1)?;
            c.text(
                &t!(l, "chart-cmp-map-islands"),
                (20, y0 + 14),
                Font::new(12.0).bold(),
            )?;
            for (i, n) in islands.iter().enumerate() {
                let (row, col) = (i as i32 / 8, i as i32 % 8);
                let p = (60 + col * ((W - 80) / 8), y0 + 44 + row * ISLAND_ROW);
                draw_node(n, p)?;
            }
        }
        Ok(())
    }
}
