//! Chart stage, each group's shared rate over time: small multiples, one
//! panel per group (the largest over the snapshots, `--max-groups`, 24 at
//! most), its shared rate (members also in another group) per snapshot
//! from 0 to 100%, the network's multi-membership rate in light grey
//! behind it; a gap where the group is missing from a snapshot.

use super::canvas::{notes_height, wrap, Font};
use super::{colours, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::trend::Trend;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

const W: i32 = 960;
const COLUMNS: i32 = 4;
const CELL_W: i32 = 230;
const CELL_H: i32 = 130;
/// Panels at most, whatever `--max-groups` says.
const MOST: usize = 24;

/// One panel: a group's name and its rate in each snapshot (`None` where
/// it is missing).
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub name: String,
    pub rates: Vec<Option<f64>>,
}

/// The panels, laid out.
pub struct TrendGroups {
    lang: Lang,
    labels: Vec<String>,
    network: Vec<f64>,
    panels: Vec<Panel>,
    notes: Vec<String>,
    top: i32,
}

pub fn layout(t: &Trend, o: &ChartOptions) -> TrendGroups {
    let l = o.lang;
    let n = t.points.len();
    let ids = t.largest_groups(o.max_groups.min(MOST));
    let panels: Vec<Panel> = ids
        .iter()
        .map(|&g| {
            let mut rates = vec![None; n];
            // Under --min-count, a rate trend_groups.csv withholds is a
            // gap.
            let k = t.privacy.min_count;
            let shown = |n: u64| n == 0 || n >= k;
            for r in t.rows_of(g) {
                if shown(r.members) && shown(r.shared_members) {
                    rates[r.snapshot as usize] = Some(r.shared_rate());
                }
            }
            Panel {
                name: t.group_names[g as usize].clone(),
                rates,
            }
        })
        .collect();
    let mut notes = vec![t!(l, "chart-trend-groups-note")];
    if panels.len() < t.group_names.len() {
        notes.push(t!(
            l,
            "chart-largest-shown",
            shown = panels.len(),
            total = t.group_names.len()
        ));
    }
    let notes: Vec<String> = notes.iter().flat_map(|x| wrap(x, 11.5, W - 40)).collect();
    TrendGroups {
        lang: l,
        labels: t.points.iter().map(|p| p.label.clone()).collect(),
        network: t
            .points
            .iter()
            .map(|p| p.headline.multi_membership_rate)
            .collect(),
        panels,
        top: notes_height(notes.len()),
        notes,
    }
}

impl TrendGroups {
    /// The panels drawn, in order (for the tests).
    pub fn panels(&self) -> &[Panel] {
        &self.panels
    }

    fn rows(&self) -> i32 {
        (self.panels.len() as i32 + COLUMNS - 1) / COLUMNS
    }
}

impl Figure for TrendGroups {
    fn size(&self) -> (u32, u32) {
        let h = self.top + self.rows().max(1) * (CELL_H + 20) + 10;
        (W as u32, h as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        c.notes(&self.notes)?;
        let n = self.labels.len();
        if n == 0 {
            return Ok(());
        }
        for (k, panel) in self.panels.iter().enumerate() {
            let (row, col) = (k as i32 / COLUMNS, k as i32 % COLUMNS);
            let px = 20 + col * (CELL_W + 4);
            let py = self.top + row * (CELL_H + 20);
            c.text(&shorten(&panel.name, 30), (px, py), Font::new(11.5).bold())?;
            let (x0, x1, y0, y1) = (px + 34, px + CELL_W - 16, py + 18, py + CELL_H - 16);
            let x_at = |i: usize| {
                if n <= 1 {
                    (x0 + x1) / 2
                } else {
                    x0 + ((x1 - x0) as f64 * i as f64 / (n - 1) as f64).round() as i32
                }
            };
            let y_of = |r: f64| y1 - (r * f64::from(y1 - y0)).round() as i32;
            for r in [0.0, 0.5, 1.0] {
                c.line(
                    vec![(x0, y_of(r)), (x1, y_of(r))],
                    colours::STRIPE.into(),
                    1,
                )?;
                c.text(
                    &l.percent(r),
                    (x0 - 4, y_of(r)),
                    Font::new(8.5).colour(colours::MUTED).right(),
                )?;
            }
            let network: Vec<(i32, i32)> = self
                .network
                .iter()
                .enumerate()
                .map(|(i, &r)| (x_at(i), y_of(r)))
                .collect();
            c.line(network, colours::DOT_OFF.into(), 2)?;
            // Runs of snapshots holding the group, each a line.
            let mut run: Vec<(i32, i32)> = Vec::new();
            for (i, r) in panel.rates.iter().enumerate() {
                match r {
                    Some(r) => run.push((x_at(i), y_of(*r))),
                    None => {
                        if run.len() > 1 {
                            c.line(std::mem::take(&mut run), colours::BAR.into(), 2)?;
                        }
                        run.clear();
                    }
                }
            }
            if run.len() > 1 {
                c.line(run, colours::BAR.into(), 2)?;
            }
            for (i, r) in panel.rates.iter().enumerate() {
                if let Some(r) = r {
                    c.circle((x_at(i), y_of(*r)), 3, colours::BAR.mix(1.0), None)?;
                }
            }
            if let Some(Some(last)) = panel.rates.last() {
                c.text(
                    &l.percent(*last),
                    (x1 + 2, y_of(*last) - 10),
                    Font::new(9.5).right(),
                )?;
            }
            c.text(
                &shorten(&self.labels[0], 12),
                (x0, y1 + 9),
                Font::new(8.5).colour(colours::MUTED),
            )?;
            c.text(
                &shorten(&self.labels[n - 1], 12),
                (x1, y1 + 9),
                Font::new(8.5).colour(colours::MUTED).right(),
            )?;
        }
        Ok(())
    }
}
