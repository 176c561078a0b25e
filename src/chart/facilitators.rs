//! Chart stage, the facilitators' network: one point per facilitator
//! (facilitators.csv), a line between two facilitators who are members of
//! a same group, placed by the map's force-directed layout from a fixed
//! seed (same input, same picture). A point's colour is the category of
//! the groups its facilitator runs (dark grey: several categories); an
//! orange ring marks a facilitator who is alone (no facilitator of another
//! group shares a group with them); its label is a group it runs (labels
//! that would overlap are left out; the alone facilitators' are kept). At most
//! [`MOST`] facilitators, those who run the most groups; without
//! facilitators, the chart says which file would give them. Under
//! `--min-count K` > 1 it is not drawn (its points, labelled by group,
//! would count each group's facilitators): a line says so.

use super::canvas::{text_width, wrap, Font};
use super::{colours, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::facilitators::shared_groups;
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

/// Facilitators drawn at most.
pub const MOST: usize = 150;
const W: i32 = 960;
const PLOT_H: i32 = 620;
const TEXT: f64 = 12.0;
const R: i32 = 7;
/// The lines' colour.
pub const LINK: RGBColor = RGBColor(0x5A, 0x5A, 0x6E);

struct Point {
    label: String,
    colour: RGBColor,
    alone: bool,
    /// Groups run: who is labelled first when labels would overlap.
    runs: usize,
    at: (f64, f64),
}

/// The network, laid out.
pub struct FacilitatorsNetwork {
    lang: Lang,
    points: Vec<Point>,
    /// (point, point, groups shared).
    links: Vec<(usize, usize, u32)>,
    /// Legend: (label, colour).
    legend: Vec<(String, RGBColor)>,
    total: usize,
    /// Not drawn: `--min-count`.
    withheld: bool,
    notes: Vec<String>,
    top: i32,
}

pub fn layout(f: &Findings, o: &ChartOptions) -> FacilitatorsNetwork {
    let l = o.lang;
    let rows = &f.facilitators;
    let withheld = f.summary.privacy.min_count > 1;
    let mut shown: Vec<usize> = if withheld {
        Vec::new()
    } else {
        (0..rows.len()).collect()
    };
    if shown.len() > MOST {
        shown.sort_by_key(|&i| {
            (
                std::cmp::Reverse(rows[i].groups.len()),
                std::cmp::Reverse(rows[i].linked_facilitators),
                i,
            )
        });
        shown.truncate(MOST);
        shown.sort_unstable();
    }
    let links = shared_groups(&f.network, rows, &shown);
    let most = links.iter().map(|x| x.2).max().unwrap_or(1) as f64;
    let weighted: Vec<(usize, usize, f64)> = links
        .iter()
        .map(|&(a, b, k)| (a, b, f64::from(k) / most))
        .collect();
    let xy = super::map::force_layout(shown.len(), &weighted, 42);
    let colours_of = super::category_colours(f);
    let known = !f.categories.is_empty();
    let mut used: Vec<bool> = vec![false; f.categories.len()];
    let mut several = false;
    let points: Vec<Point> = shown
        .iter()
        .zip(&xy)
        .map(|(&i, &at)| {
            let r = &rows[i];
            let mut cats: Vec<u32> = r
                .groups
                .iter()
                .filter_map(|&g| f.groups[g as usize].category)
                .collect();
            cats.sort_unstable();
            cats.dedup();
            let colour = match cats.as_slice() {
                _ if !known => colours::BAR,
                [c] => {
                    used[*c as usize] = true;
                    colours_of[*c as usize]
                }
                _ => {
                    several = true;
                    colours::SEVERAL_CATEGORIES
                }
            };
            let first = r
                .groups
                .first()
                .map_or("", |&g| f.groups[g as usize].name.as_str());
            let label = if r.groups.len() > 1 {
                t!(
                    l,
                    "chart-facilitators-label",
                    group = shorten(first, 18),
                    more = r.groups.len() - 1
                )
            } else {
                shorten(first, 18)
            };
            Point {
                label,
                colour,
                alone: r.alone(),
                runs: r.groups.len(),
                at,
            }
        })
        .collect();
    // Legend: each colour once, categories in name order.
    let mut legend: Vec<(String, RGBColor)> = Vec::new();
    for (c, &u) in used.iter().enumerate() {
        let colour = colours_of[c];
        if !u {
            continue;
        }
        if colour == colours::OTHER_CATEGORIES {
            let other = t!(l, "chart-other-categories");
            if !legend.iter().any(|(s, _)| *s == other) {
                legend.push((other, colour));
            }
        } else {
            legend.push((shorten(&f.categories[c].category, 24), colour));
        }
    }
    if several {
        legend.push((
            t!(l, "chart-several-categories"),
            colours::SEVERAL_CATEGORIES,
        ));
    }
    let mut n = FacilitatorsNetwork {
        lang: l,
        points,
        links,
        legend,
        total: rows.len(),
        withheld,
        notes: Vec::new(),
        top: 0,
    };
    n.notes = n
        .note_texts()
        .iter()
        .flat_map(|s| wrap(s, TEXT, W - 40))
        .collect();
    n.top = 52 + 18 * n.notes.len() as i32 + 16;
    n
}

impl FacilitatorsNetwork {
    fn note_texts(&self) -> Vec<String> {
        let l = self.lang;
        if self.total == 0 {
            return vec![t!(l, "chart-facilitators-none")];
        }
        if self.withheld {
            return vec![t!(l, "chart-facilitators-withheld")];
        }
        let mut v = vec![t!(l, "chart-facilitators-note")];
        if self.points.len() < self.total {
            v.push(t!(
                l,
                "chart-facilitators-shown",
                shown = self.points.len(),
                total = self.total
            ));
        }
        v
    }

    fn legend_rows(&self) -> i32 {
        // Two columns of legend entries, the alone ring first.
        (self.legend.len() as i32 + 2) / 2
    }
}

impl Figure for FacilitatorsNetwork {
    fn size(&self) -> (u32, u32) {
        if self.points.is_empty() {
            return (W as u32, (self.top + 20) as u32);
        }
        let h = self.top + PLOT_H + 20 + self.legend_rows() * 24 + 20;
        (W as u32, h as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        for (k, n) in self.notes.iter().enumerate() {
            c.text(
                n,
                (20, 52 + 18 * k as i32),
                Font::new(TEXT).colour(colours::MUTED),
            )?;
        }
        if self.points.is_empty() {
            return Ok(());
        }
        let top = self.top;
        let margin = 70;
        let at = |p: (f64, f64)| {
            (
                margin + (p.0 * f64::from(W - 2 * margin)) as i32,
                top + 20 + (p.1 * f64::from(PLOT_H - 50)) as i32,
            )
        };
        let most = self.links.iter().map(|x| x.2).max().unwrap_or(1).max(1);
        for &(a, b, k) in &self.links {
            let w = 1 + (3 * k) / most;
            c.line(
                vec![at(self.points[a].at), at(self.points[b].at)],
                LINK.mix(0.35),
                w,
            )?;
        }
        for p in &self.points {
            let xy = at(p.at);
            let ring = p.alone.then_some((colours::ALERT, 3));
            c.circle(xy, R, p.colour.mix(0.9), ring)?;
        }
        // Labels that would overlap one already drawn are left out: the
        // alone facilitators' first, then those who run the most groups.
        let mut order: Vec<usize> = (0..self.points.len()).collect();
        order.sort_by_key(|&i| {
            let p = &self.points[i];
            (!p.alone, std::cmp::Reverse(p.runs), i)
        });
        let mut boxes: Vec<(i32, i32, i32, i32)> = Vec::new();
        for i in order {
            let p = &self.points[i];
            let (x, y) = at(p.at);
            let half = text_width(&p.label, TEXT) / 2 + 2;
            // Below the point, else above it.
            for dy in [R + 10, -R - 10] {
                let b = (x - half, y + dy - 8, x + half, y + dy + 8);
                let overlaps = boxes
                    .iter()
                    .any(|o| b.0 < o.2 && o.0 < b.2 && b.1 < o.3 && o.1 < b.3);
                if !overlaps {
                    boxes.push(b);
                    c.text(&p.label, (x, y + dy), Font::new(TEXT).centre())?;
                    break;
                }
            }
        }
        // Legend, below the plot, in two columns.
        let y0 = top + PLOT_H + 20;
        let mut entries: Vec<(String, Option<RGBColor>)> =
            vec![(t!(l, "chart-facilitators-alone"), None)];
        entries.extend(self.legend.iter().map(|(s, c)| (s.clone(), Some(*c))));
        let col_w = (W - 40) / 2;
        for (k, (label, colour)) in entries.iter().enumerate() {
            let (row, col) = (k as i32 / 2, k as i32 % 2);
            let (x, y) = (30 + col * col_w, y0 + row * 24 + 10);
            match colour {
                None => c.circle((x, y), R, WHITE.mix(0.0), Some((colours::ALERT, 3)))?,
                Some(colour) => c.rect((x - R, y - R), (x + R, y + R), *colour)?,
            }
            let max = col_w - 40;
            let label = if text_width(label, TEXT) > max {
                shorten(label, 40)
            } else {
                label.clone()
            };
            c.text(&label, (x + R + 10, y), Font::new(TEXT))?;
        }
        Ok(())
    }
}
