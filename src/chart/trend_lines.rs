//! Chart stage, the figures over time: the multi-membership rate of each
//! snapshot as a line (its own panel, from 0), then one small panel per
//! count (persons, groups, memberships, persons in two groups or more,
//! overlapping pairs, isolated groups, separate parts, cut-point
//! persons), each from 0 to its largest value, snapshots evenly spaced in
//! label order.

use super::canvas::Font;
use super::distribution::tick_step;
use super::{colours, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::compare::Headline;
use crate::analyse::trend::Trend;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

const W: i32 = 960;
const RATE_H: i32 = 230;
const SMALL_W: i32 = 225;
const SMALL_H: i32 = 150;
const COLUMNS: i32 = 4;

/// The counts drawn in small panels, in order.
/// A count of the headline figures.
type Count = fn(&Headline) -> u64;

/// Each panel: its title, its count, and whether `--min-count` withholds
/// it when small (a count of persons with something in common; the
/// headline counts are exact).
const COUNTS: [(&str, Count, bool); 8] = [
    ("chart-trend-persons", |h| h.persons, false),
    ("chart-trend-groups", |h| h.groups, false),
    ("chart-trend-memberships", |h| h.memberships, false),
    ("chart-trend-multi", |h| h.persons_in_2plus_groups, false),
    ("chart-trend-pairs", |h| h.overlapping_pairs, false),
    ("chart-trend-isolated", |h| h.isolated_groups, false),
    ("chart-trend-parts", |h| h.parts, false),
    ("chart-trend-cut-points", |h| h.cut_point_persons, true),
];

/// The lines, laid out.
pub struct TrendLines {
    lang: Lang,
    labels: Vec<String>,
    rates: Vec<f64>,
    /// (panel title, values), one per count.
    counts: Vec<(String, Vec<u64>)>,
    /// Per count: withheld when small (see [`COUNTS`]).
    small_withheld: Vec<bool>,
    /// `--min-count`: a count of persons below it (the cut-point
    /// persons) is not drawn, and reads "< K".
    min_count: u64,
}

pub fn layout(t: &Trend, o: &ChartOptions) -> TrendLines {
    let l = o.lang;
    TrendLines {
        lang: l,
        min_count: t.privacy.min_count,
        small_withheld: COUNTS.iter().map(|c| c.2).collect(),
        labels: t.points.iter().map(|p| p.label.clone()).collect(),
        rates: t
            .points
            .iter()
            .map(|p| p.headline.multi_membership_rate)
            .collect(),
        counts: COUNTS
            .iter()
            .map(|(key, value, _)| {
                (
                    crate::messages::message(l, key, &[]),
                    t.points.iter().map(|p| value(&p.headline)).collect(),
                )
            })
            .collect(),
    }
}

impl TrendLines {
    /// The panels' titles and values (for the tests).
    pub fn counts(&self) -> &[(String, Vec<u64>)] {
        &self.counts
    }

    fn rows(&self) -> i32 {
        (self.counts.len() as i32 + COLUMNS - 1) / COLUMNS
    }
}

/// x of snapshot `i` of `n` between `x0` and `x1`.
fn x_at(i: usize, n: usize, x0: i32, x1: i32) -> i32 {
    if n <= 1 {
        (x0 + x1) / 2
    } else {
        x0 + ((x1 - x0) as f64 * i as f64 / (n - 1) as f64).round() as i32
    }
}

impl Figure for TrendLines {
    fn size(&self) -> (u32, u32) {
        let h = 60 + RATE_H + 60 + self.rows() * (SMALL_H + 40) + 10;
        (W as u32, h as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        c.notes(&[])?;
        let n = self.labels.len();
        if n == 0 {
            return Ok(());
        }
        // The rate, from 0.
        let (x0, x1, y0, y1) = (90, W - 50, 70, 70 + RATE_H);
        c.text(&t!(l, "chart-trend-rate"), (20, 52), Font::new(12.0).bold())?;
        let max = self.rates.iter().copied().fold(0.0, f64::max).max(0.01);
        let step = tick_step(max * 100.0) / 100.0;
        let top = ((max / step).ceil() * step).max(step);
        let y_of = |v: f64| y1 - ((v / top) * f64::from(y1 - y0)).round() as i32;
        let mut v = 0.0;
        while v <= top + 1e-12 {
            let y = y_of(v);
            c.line(vec![(x0, y), (x1, y)], colours::STRIPE.into(), 1)?;
            c.text(
                &l.percent(v),
                (x0 - 8, y),
                Font::new(10.0).colour(colours::MUTED).right(),
            )?;
            v += step;
        }
        let points: Vec<(i32, i32)> = self
            .rates
            .iter()
            .enumerate()
            .map(|(i, &r)| (x_at(i, n, x0, x1), y_of(r)))
            .collect();
        c.line(points.clone(), colours::BAR.into(), 3)?;
        // Labels thin out when there are many snapshots.
        let every = n.div_ceil(12).max(1);
        for (i, (&p, &r)) in points.iter().zip(&self.rates).enumerate() {
            c.circle(p, 5, colours::BAR.mix(1.0), None)?;
            if i % every == 0 || i + 1 == n {
                c.text(&l.percent(r), (p.0, p.1 - 14), Font::new(10.5).centre())?;
                c.text(
                    &shorten(&self.labels[i], 14),
                    (p.0, y1 + 14),
                    Font::new(10.0).colour(colours::MUTED).centre(),
                )?;
            }
        }
        // One small panel per count.
        for (k, (title, values)) in self.counts.iter().enumerate() {
            let (row, col) = (k as i32 / COLUMNS, k as i32 % COLUMNS);
            let px = 20 + col * (SMALL_W + 10);
            let py = y1 + 60 + row * (SMALL_H + 40);
            c.text(title, (px, py), Font::new(11.5).bold())?;
            let (sx0, sx1, sy0, sy1) = (px + 10, px + SMALL_W - 20, py + 26, py + SMALL_H);
            let max = values.iter().copied().max().unwrap_or(0).max(1) as f64;
            let y_of = |v: u64| sy1 - ((v as f64 / max) * f64::from(sy1 - sy0)).round() as i32;
            c.line(vec![(sx0, sy1), (sx1, sy1)], colours::DOT_OFF.into(), 1)?;
            let pts: Vec<(i32, i32)> = values
                .iter()
                .enumerate()
                .map(|(i, &v)| (x_at(i, n, sx0, sx1), y_of(v)))
                .collect();
            // The counts of persons --min-count withholds (the
            // cut-point persons): no point, no line through, "< K".
            let withheld =
                |i: usize| self.small_withheld[k] && values[i] > 0 && values[i] < self.min_count;
            if !(0..n).any(withheld) {
                c.line(pts.clone(), colours::BAR.into(), 2)?;
            }
            for (i, &p) in pts.iter().enumerate() {
                if !withheld(i) {
                    c.circle(p, 3, colours::BAR.mix(1.0), None)?;
                }
            }
            for i in [0, n - 1] {
                let shown = if withheld(i) {
                    t!(l, "below-min-count", k = self.min_count)
                } else {
                    l.count(values[i])
                };
                let y = if withheld(i) { sy1 } else { pts[i].1 };
                c.text(&shown, (pts[i].0, y - 11), Font::new(10.0).centre())?;
            }
            c.text(
                &shorten(&self.labels[0], 12),
                (sx0, sy1 + 12),
                Font::new(9.5).colour(colours::MUTED),
            )?;
            c.text(
                &shorten(&self.labels[n - 1], 12),
                (sx1, sy1 + 12),
                Font::new(9.5).colour(colours::MUTED).right(),
            )?;
        }
        Ok(())
    }
}
