//! Chart stage, robustness: the share of groups still in the largest part
//! as connectors are removed, one curve per order of removal (most groups
//! first, greatest damage first, random), from `robustness.csv`. The
//! number removed is on a logarithmic axis: the greedy order halves a
//! network in a few removals where random ones take hundreds.

use super::canvas::Font;
use super::{colours, Canvas, ChartOptions, Figure};
use crate::analyse::robustness::Strategy;
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

const W: i32 = 760;
const H: i32 = 440;
const TOP: i32 = 112;
const LEFT: i32 = 80;
const RIGHT: i32 = 30;
const BOTTOM: i32 = 60;

/// The three strategies, in legend order, with their colours.
const CURVES: [(Strategy, usize); 3] = [
    (Strategy::GreatestDamage, 0),
    (Strategy::MostGroups, 3),
    (Strategy::Random, 1),
];

/// The chart, laid out.
pub struct Robustness {
    lang: Lang,
    /// Per strategy: (removed, share) points, from 0 removed.
    curves: Vec<(Strategy, Vec<(u32, f64)>)>,
    max_removed: u32,
}

pub fn layout(f: &Findings, o: &ChartOptions) -> Robustness {
    let curves: Vec<(Strategy, Vec<(u32, f64)>)> = CURVES
        .iter()
        .map(|&(s, _)| {
            let pts = f
                .robustness
                .iter()
                .filter(|x| x.strategy == s)
                .map(|x| (x.removed, x.largest_part_groups_share))
                .collect();
            (s, pts)
        })
        .collect();
    let max_removed = curves
        .iter()
        .flat_map(|c| c.1.iter().map(|p| p.0))
        .max()
        .unwrap_or(0)
        .max(1);
    Robustness {
        lang: o.lang,
        curves,
        max_removed,
    }
}

/// The legend's name of a strategy.
fn label(l: Lang, s: Strategy) -> String {
    match s {
        Strategy::GreatestDamage => t!(l, "chart-robustness-damage"),
        Strategy::MostGroups => t!(l, "chart-robustness-most-groups"),
        Strategy::Random => t!(l, "chart-robustness-random"),
    }
}

impl Figure for Robustness {
    fn size(&self) -> (u32, u32) {
        (W as u32, H as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        let (x0, y0, x1, y1) = (LEFT, TOP, W - RIGHT, H - BOTTOM);
        // ln(1 + removed) / ln(1 + max): 0 removed at the left edge.
        let span = f64::from(self.max_removed).ln_1p();
        let x_of =
            |k: u32| x0 + ((f64::from(k).ln_1p() / span) * f64::from(x1 - x0)).round() as i32;
        let y_of = |share: f64| y1 - (share * f64::from(y1 - y0)).round() as i32;
        for tenth in 0..=10 {
            let share = f64::from(tenth) / 10.0;
            let y = y_of(share);
            let colour = if tenth == 5 {
                colours::ALERT.into()
            } else {
                colours::STRIPE.into()
            };
            c.line(vec![(x0, y), (x1, y)], colour, 1)?;
            if tenth % 2 == 0 || tenth == 5 {
                c.text(
                    &l.percent(share),
                    (x0 - 8, y),
                    Font::new(12.0).colour(colours::MUTED).right(),
                )?;
            }
        }
        let mut tick = 1u32;
        c.text("0", (x0, y1 + 16), Font::new(12.0).centre())?;
        while tick <= self.max_removed {
            let x = x_of(tick);
            c.line(vec![(x, y1), (x, y1 + 5)], colours::MUTED.into(), 1)?;
            c.text(
                &l.count(u64::from(tick)),
                (x, y1 + 16),
                Font::new(12.0).centre(),
            )?;
            tick *= 10;
        }
        c.line(vec![(x0, y1), (x1, y1)], colours::MUTED.into(), 1)?;
        for (i, (s, pts)) in self.curves.iter().enumerate() {
            let colour = colours::CATEGORIES[CURVES[i].1];
            if !pts.is_empty() {
                let line: Vec<(i32, i32)> = pts.iter().map(|&(k, y)| (x_of(k), y_of(y))).collect();
                c.line(line, colour.into(), 3)?;
            }
            // Legend, one line each at the top.
            let ly = 20 + 18 * i as i32;
            c.line(vec![(24, ly), (48, ly)], colour.into(), 3)?;
            c.text(&label(l, *s), (56, ly), Font::new(12.0))?;
        }
        c.text(
            &t!(l, "chart-robustness-x"),
            ((x0 + x1) / 2, H - 18),
            Font::new(12.0).colour(colours::MUTED).centre(),
        )?;
        c.text(
            &t!(l, "chart-robustness-y"),
            (18, (y0 + y1) / 2),
            Font::new(12.0).colour(colours::MUTED).centre().rotated(),
        )?;
        Ok(())
    }
}
