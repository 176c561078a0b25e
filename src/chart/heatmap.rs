//! Chart stage, overlap heatmap: Jaccard similarity of every pair of groups
//! (the largest `max_groups` groups when there are more). Rows and columns
//! follow the leaf order of an average-linkage clustering on 1 − Jaccard
//! (kodama), so groups that overlap sit together; groups sharing nobody
//! with the others shown are put at the end.

use super::canvas::{notes_height, text_width, wrap, Font, NOTE_SIZE};
use super::{colours, largest_groups, pairs_among, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

const CELL: i32 = 16;
const NAME_CHARS: usize = 24;
const TEXT: f64 = 12.0;

/// The heatmap, laid out.
pub struct Heatmap {
    lang: Lang,
    /// Group names in display order: (shown, full).
    names: Vec<(String, String)>,
    /// Jaccard of display positions (i, j), row-major, `n * n`.
    values: Vec<f64>,
    /// Groups at the end of the order that share no member with the
    /// others shown.
    isolated: usize,
    total_groups: usize,
    label_w: i32,
    notes: Vec<String>,
    top: i32,
}

/// The display order: clustered groups first (leaf order of the
/// average-linkage dendrogram), then isolated ones in name order.
pub fn order(n: usize, jaccard: &dyn Fn(usize, usize) -> f64) -> (Vec<usize>, usize) {
    let linked: Vec<usize> = (0..n)
        .filter(|&i| (0..n).any(|j| j != i && jaccard(i, j) > 0.0))
        .collect();
    let alone: Vec<usize> = (0..n).filter(|i| !linked.contains(i)).collect();
    let m = linked.len();
    let mut ordered = Vec::with_capacity(n);
    if m >= 2 {
        let mut condensed = Vec::with_capacity(m * (m - 1) / 2);
        for a in 0..m {
            for b in a + 1..m {
                condensed.push(1.0 - jaccard(linked[a], linked[b]));
            }
        }
        let dendrogram = kodama::linkage(&mut condensed, m, kodama::Method::Average);
        let steps = dendrogram.steps();
        // Expand the last merge down to the leaves, left to right.
        let mut stack = vec![m + steps.len() - 1];
        while let Some(c) = stack.pop() {
            if c < m {
                ordered.push(linked[c]);
            } else {
                let s = &steps[c - m];
                stack.push(s.cluster2);
                stack.push(s.cluster1);
            }
        }
    } else {
        ordered.extend(&linked);
    }
    let isolated = alone.len();
    ordered.extend(alone);
    (ordered, isolated)
}

/// The chart must fit the page's width for its names to stay readable:
/// at most this many groups, whatever `--max-groups` says.
const MOST: usize = 45;

pub fn layout(f: &Findings, o: &ChartOptions) -> Heatmap {
    let ids = largest_groups(f, o.max_groups.min(MOST));
    let n = ids.len();
    let mut j = vec![0.0; n * n];
    // Under --min-count K, a pair sharing fewer than K persons is drawn
    // as sharing nobody: its Jaccard is withheld (pairs.csv).
    let k = f.summary.privacy.min_count;
    for (a, b, p) in pairs_among(f, &ids) {
        if u64::from(p.shared) < k {
            continue;
        }
        let r = f.ratios(p).jaccard;
        j[a * n + b] = r;
        j[b * n + a] = r;
    }
    let (ord, isolated) = order(n, &|a, b| j[a * n + b]);
    let names: Vec<(String, String)> = ord
        .iter()
        .map(|&i| {
            let name = &f.groups[ids[i] as usize].name;
            (shorten(name, NAME_CHARS), name.clone())
        })
        .collect();
    let mut values = vec![0.0; n * n];
    for (x, &a) in ord.iter().enumerate() {
        for (y, &b) in ord.iter().enumerate() {
            values[x * n + y] = j[a * n + b];
        }
    }
    let label_w = names
        .iter()
        .map(|s| text_width(&s.0, TEXT))
        .max()
        .unwrap_or(0)
        .max(40)
        + 10;
    let mut h = Heatmap {
        lang: o.lang,
        names,
        values,
        isolated,
        total_groups: f.groups.len(),
        label_w,
        notes: Vec::new(),
        top: 0,
    };
    h.notes = h
        .notes()
        .iter()
        .flat_map(|n| wrap(n, NOTE_SIZE, h.size().0 as i32 - 40))
        .collect();
    h.top = notes_height(h.notes.len());
    h
}

/// White to dark blue.
fn shade(t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let mix = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    RGBColor(mix(247.0, 8.0), mix(251.0, 48.0), mix(255.0, 107.0))
}

const DIAGONAL: RGBColor = RGBColor(0xE4, 0xE4, 0xE4);

impl Heatmap {
    /// What the chart leaves out (how to read it is the page's).
    fn notes(&self) -> Vec<String> {
        let l = self.lang;
        let mut notes = Vec::new();
        if self.names.len() < self.total_groups {
            notes.push(t!(
                l,
                "chart-largest-groups",
                shown = self.names.len(),
                total = self.total_groups
            ));
        }
        if self.isolated > 0 {
            notes.push(t!(l, "chart-heatmap-alone", n = self.isolated));
        }
        notes
    }

    fn origin(&self) -> (i32, i32) {
        (20 + self.label_w, self.top + self.label_w)
    }
}

impl Figure for Heatmap {
    fn full_texts(&self) -> Vec<(String, String)> {
        // Each name is drawn twice: row, then column.
        self.names
            .iter()
            .flat_map(|n| [n.clone(), n.clone()])
            .collect()
    }

    fn size(&self) -> (u32, u32) {
        let n = self.names.len() as i32;
        let (x, y) = self.origin();
        let w = (x + n * CELL + 110).max(760);
        (w as u32, (y + n * CELL + 30) as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        c.notes(&self.notes)?;
        let n = self.names.len();
        let (x0, y0) = self.origin();
        let max = self.values.iter().copied().fold(0.0, f64::max).max(1e-9);
        for (i, name) in self.names.iter().enumerate() {
            let y = y0 + i as i32 * CELL;
            c.text(&name.0, (x0 - 6, y + CELL / 2), Font::new(TEXT).right())?;
            let x = x0 + i as i32 * CELL;
            c.text(&name.0, (x + CELL / 2, y0 - 6), Font::new(TEXT).rotated())?;
        }
        for i in 0..n {
            for j in 0..n {
                let (x, y) = (x0 + j as i32 * CELL, y0 + i as i32 * CELL);
                let v = self.values[i * n + j];
                let colour = if i == j {
                    DIAGONAL
                } else if v > 0.0 {
                    shade(v / max)
                } else {
                    continue;
                };
                c.rect((x, y), (x + CELL - 1, y + CELL - 1), colour)?;
            }
        }
        // Frame and legend.
        let side = n as i32 * CELL;
        c.line(
            vec![
                (x0, y0),
                (x0 + side, y0),
                (x0 + side, y0 + side),
                (x0, y0 + side),
                (x0, y0),
            ],
            colours::DOT_OFF.into(),
            1,
        )?;
        let lx = x0 + side + 30;
        let steps = 10;
        for k in 0..steps {
            let y = y0 + 20 + (steps - 1 - k) * 12;
            c.rect(
                (lx, y),
                (lx + 16, y + 12),
                shade((k as f64 + 0.5) / steps as f64),
            )?;
        }
        c.text(
            &t!(l, "chart-heatmap-scale"),
            (lx, y0 + 6),
            Font::new(TEXT).colour(colours::MUTED),
        )?;
        c.text(
            &l.decimal(max, 2),
            (lx + 22, y0 + 26),
            Font::new(TEXT).colour(colours::MUTED),
        )?;
        c.text(
            &l.decimal(0.0, 0),
            (lx + 22, y0 + 20 + steps * 12 - 6),
            Font::new(TEXT).colour(colours::MUTED),
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clustered_groups_sit_together_and_isolated_ones_go_last() {
        // Groups 0..5: {0, 2} overlap strongly, {1, 3} too, 4 is alone.
        let j = |a: usize, b: usize| {
            let (a, b) = (a.min(b), a.max(b));
            match (a, b) {
                (0, 2) => 0.8,
                (1, 3) => 0.7,
                (0, 1) => 0.05,
                _ => 0.0,
            }
        };
        let (ord, isolated) = order(5, &j);
        assert_eq!(isolated, 1);
        assert_eq!(ord[4], 4);
        let at = |g: usize| ord.iter().position(|&x| x == g).unwrap() as i32;
        assert_eq!((at(0) - at(2)).abs(), 1, "{ord:?}");
        assert_eq!((at(1) - at(3)).abs(), 1, "{ord:?}");
        let mut sorted = ord.clone();
        sorted.sort();
        assert_eq!(sorted, [0, 1, 2, 3, 4]);
    }
}
