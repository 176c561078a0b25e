//! Chart stage, map of groups: one circle per group (area ∝ members), one
//! line per pair sharing members (width ∝ shared), placed by a
//! Fruchterman–Reingold force-directed layout started from a fixed seed
//! (same input, same picture). Lines are the pairs sharing significantly
//! more members than chance (q-value ≤ `--fdr`, see
//! [`crate::analyse::significance`]), most shared first. Colour = connected part; a
//! thick orange ring = a cut point of the groups (groups.csv's
//! `cut_point`: without it, other groups would no longer be linked);
//! groups sharing nobody are lined up at the bottom as islands.

use super::canvas::{heading_height, wrap, Font};
use super::{colours, largest_groups, pairs_among, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::Findings;
use crate::lang::Lang;
use anyhow::Result;
use plotters::prelude::*;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

const W: i32 = 960;
const PLOT_H: i32 = 640;
const ISLAND_ROW: i32 = 70;
/// At most this many lines, the strongest.
const MAX_LINKS: usize = 250;

struct Node {
    name: String,
    members: u64,
    component: u32,
    cut_point: bool,
    /// Position in [0, 1]², or `None` for an island.
    at: Option<(f64, f64)>,
}

/// The map, laid out.
pub struct Map {
    lang: Lang,
    nodes: Vec<Node>,
    /// (node, node, shared).
    links: Vec<(usize, usize, u64)>,
    total_groups: usize,
    total_links: usize,
    notes: Vec<String>,
    top: i32,
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

pub fn layout(f: &Findings, o: &ChartOptions) -> Map {
    let ids = largest_groups(f, o.max_groups.min(MOST));
    // f.pairs is most-shared first already. With many groups, lift > 1
    // is noise: only the pairs significant over all pairs are drawn.
    let mut links: Vec<(usize, usize, u64)> = pairs_among(f, &ids)
        .filter(|(_, _, p)| f.is_significant(p))
        .map(|(a, b, p)| (a, b, u64::from(p.shared)))
        .collect();
    let total_links = links.len();
    links.truncate(MAX_LINKS);
    // Islands: groups sharing nobody with any group at all.
    let placed: Vec<usize> = (0..ids.len())
        .filter(|&i| !f.groups[ids[i] as usize].isolated)
        .collect();
    let index: HashMap<usize, usize> = placed.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let max_shared = links.iter().map(|l| l.2).max().unwrap_or(1) as f64;
    let weighted: Vec<(usize, usize, f64)> = links
        .iter()
        .map(|&(a, b, s)| (index[&a], index[&b], s as f64 / max_shared))
        .collect();
    let xy = force_layout(placed.len(), &weighted, 42);
    let nodes = ids
        .iter()
        .enumerate()
        .map(|(i, &g)| {
            let row = &f.groups[g as usize];
            Node {
                name: shorten(&row.name, 22),
                members: row.members,
                component: row.component,
                cut_point: row.cut_point,
                at: index.get(&i).map(|&k| xy[k]),
            }
        })
        .collect();
    let mut m = Map {
        lang: o.lang,
        nodes,
        links,
        total_groups: f.groups.len(),
        total_links,
        notes: Vec::new(),
        top: 0,
    };
    m.notes = m
        .notes()
        .iter()
        .flat_map(|n| wrap(n, 11.5, W - 40))
        .collect();
    m.top = heading_height(m.notes.len());
    m
}

impl Map {
    fn islands(&self) -> Vec<&Node> {
        self.nodes.iter().filter(|n| n.at.is_none()).collect()
    }

    fn island_rows(&self) -> i32 {
        (self.islands().len() as i32 + 7) / 8
    }

    fn notes(&self) -> Vec<String> {
        let l = self.lang;
        let mut a = l
            .tr(
                "Circle area: members. Lines: pairs sharing more members than chance would (significant), thicker when more are shared. Colour: connected part. Orange ring: without this group, other groups would no longer be linked.",
                "Surface du cercle : membres. Traits : paires partageant nettement plus de membres que le hasard, plus épais quand plus de membres sont partagés. Couleur : partie connexe. Anneau orange : sans ce groupe, d'autres groupes ne seraient plus reliés.",
            )
            .to_string();
        let mut b = String::new();
        if self.nodes.len() < self.total_groups {
            b += &format!(
                "{} {} {} {} {}. ",
                l.tr("The", "Les"),
                l.count(self.nodes.len() as u64),
                l.tr("largest of", "plus grands des"),
                l.count(self.total_groups as u64),
                l.tr("groups are shown", "groupes sont montrés"),
            );
        }
        if self.links.len() < self.total_links {
            b += &format!(
                "{} {} {} {}.",
                l.count(self.links.len() as u64),
                l.tr("strongest of", "plus forts sur"),
                l.count(self.total_links as u64),
                l.tr("such pairs are drawn", "telles paires sont tracées"),
            );
        }
        if b.is_empty() {
            a += " ";
            a += l.tr("Same input, same picture.", "Mêmes données, même image.");
        }
        vec![a, b]
    }
}

impl Figure for Map {
    fn title(&self) -> String {
        self.lang
            .tr(
                "Map of groups: who links whom",
                "Carte des groupes : qui relie qui",
            )
            .to_string()
    }

    fn size(&self) -> (u32, u32) {
        let h = self.top + PLOT_H + 30 + self.island_rows() * ISLAND_ROW + 20;
        (W as u32, h as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        c.heading(&self.title(), &self.notes)?;
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
        let max_shared = self.links.iter().map(|x| x.2).max().unwrap_or(1).max(1) as f64;
        // Weakest first, so that strong links are on top.
        for &(a, b, s) in self.links.iter().rev() {
            let (Some(pa), Some(pb)) = (self.nodes[a].at, self.nodes[b].at) else {
                continue;
            };
            let w = 1 + (6.0 * s as f64 / max_shared).round() as u32;
            c.line(vec![at(pa), at(pb)], RGBAColor(90, 90, 110, 0.35), w)?;
        }
        let colour = |n: &Node| {
            let k = (n.component as usize).saturating_sub(1);
            colours::CATEGORIES[k.min(colours::CATEGORIES.len() - 1)]
        };
        let draw_node = |n: &Node, p: (i32, i32)| -> Result<()> {
            let r = radius(n.members);
            let ring = n.cut_point.then_some((colours::ALERT, 4));
            c.circle(p, r, colour(n).mix(0.85), ring)?;
            c.text(&n.name, (p.0, p.1 + r + 9), Font::new(11.0).centre())
        };
        for n in self.nodes.iter().filter(|n| n.at.is_some()) {
            draw_node(n, at(n.at.expect("filtered")))?;
        }
        let islands = self.islands();
        if !islands.is_empty() {
            let y0 = top + PLOT_H + 10;
            c.line(vec![(20, y0), (W - 20, y0)], colours::DOT_OFF.into(), 1)?;
            c.text(
                l.tr(
                    "Islands: groups sharing nobody with the others",
                    "Îlots : groupes ne partageant personne avec les autres",
                ),
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
