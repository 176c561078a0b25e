//! Chart stage, memberships per person before and after: the histogram of
//! deg(p) of both snapshots side by side (persons in 1, 2, 3... groups;
//! 10 or more in one bar), light bars before, dark bars after, with both
//! multi-membership rates written on it.

use super::canvas::{notes_height, wrap, Font};
use super::distribution::tick_step;
use super::{colours, Canvas, ChartOptions, Figure};
use crate::analyse::compare::Comparison;
use crate::analyse::membership::DegreeCount;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

/// Degrees from this one up share the last pair of bars.
const TAIL: u32 = 10;
const W: i32 = 760;
const PLOT_H: i32 = 300;
const LEFT: i32 = 80;

/// The histograms, laid out.
pub struct CompareDistribution {
    lang: Lang,
    /// `--min-count`: smaller counts are not drawn.
    min_count: u64,
    /// (label, persons before, persons after), one per degree.
    bars: Vec<(String, u64, u64)>,
    labels: (String, String),
    notes: Vec<String>,
    top: i32,
}

/// Persons per degree, 1 to `last` (`last` holding every higher degree).
fn counts(d: &[DegreeCount], last: u32) -> Vec<u64> {
    let mut v = vec![0u64; last as usize];
    for x in d {
        if x.groups >= 1 {
            v[(x.groups.min(last) - 1) as usize] += x.persons;
        }
    }
    v
}

pub fn layout(c: &Comparison, o: &ChartOptions) -> CompareDistribution {
    let (b, a) = (&c.summary.before, &c.summary.after);
    let top = b
        .headline
        .degree_distribution
        .iter()
        .chain(&a.headline.degree_distribution)
        .map(|d| d.groups)
        .max()
        .unwrap_or(1)
        .max(1);
    let last = top.min(TAIL);
    let (cb, ca) = (
        counts(&b.headline.degree_distribution, last),
        counts(&a.headline.degree_distribution, last),
    );
    let bars = (1..=last)
        .map(|d| {
            let label = if d == TAIL && top > TAIL {
                format!("{TAIL}+")
            } else {
                d.to_string()
            };
            (label, cb[d as usize - 1], ca[d as usize - 1])
        })
        .collect();
    let l = o.lang;
    let note = t!(
        l,
        "chart-cmp-distribution-note",
        before = l.percent(b.headline.multi_membership_rate),
        label_before = &b.label,
        after = l.percent(a.headline.multi_membership_rate),
        label_after = &a.label
    );
    let notes = wrap(&note, 11.5, W - 40);
    CompareDistribution {
        lang: l,
        min_count: c.summary.privacy.min_count,
        bars,
        labels: (b.label.clone(), a.label.clone()),
        top: notes_height(notes.len()) + 24,
        notes,
    }
}

impl CompareDistribution {
    /// The bars, for the tests: (label, before, after).
    pub fn bars(&self) -> &[(String, u64, u64)] {
        &self.bars
    }
}

impl Figure for CompareDistribution {
    fn size(&self) -> (u32, u32) {
        (W as u32, (self.top + PLOT_H + 50) as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        let y = c.notes(&self.notes)?;
        // Legend.
        let mut x = 20;
        for (label, colour) in [
            (&self.labels.0, colours::SET_BAR),
            (&self.labels.1, colours::BAR),
        ] {
            c.rect((x, y), (x + 14, y + 12), colour)?;
            let shown = super::shorten(label, 30);
            c.text(&shown, (x + 20, y + 6), Font::new(11.0))?;
            x += 40 + super::canvas::text_width(&shown, 11.0);
        }
        let max = self
            .bars
            .iter()
            .map(|b| b.1.max(b.2))
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let step = tick_step(max);
        let top_value = (max / step).ceil() * step;
        let (x0, y0, x1, y1) = (LEFT, self.top, W - 30, self.top + PLOT_H);
        let y_of = |v: f64| y1 - ((v / top_value) * (y1 - y0) as f64).round() as i32;
        let mut v = 0.0;
        while v <= top_value + 1e-9 {
            let yy = y_of(v);
            c.line(vec![(x0, yy), (x1, yy)], colours::STRIPE.into(), 1)?;
            c.text(
                &l.count(v as u64),
                (x0 - 8, yy),
                Font::new(10.0).colour(colours::MUTED).right(),
            )?;
            v += step;
        }
        let n = self.bars.len().max(1) as i32;
        let slot = (x1 - x0) / n;
        let bar = (slot - 12) / 2;
        for (i, (label, before, after)) in self.bars.iter().enumerate() {
            let x = x0 + i as i32 * slot + 6;
            for (k, (value, colour)) in [(*before, colours::SET_BAR), (*after, colours::BAR)]
                .into_iter()
                .enumerate()
            {
                let bx = x + k as i32 * bar;
                // Under --min-count, a small count has no bar: "< K".
                if value > 0 && value < self.min_count {
                    c.text(
                        &t!(l, "below-min-count", k = self.min_count),
                        (bx + bar / 2, y1 - 8),
                        Font::new(9.0).centre(),
                    )?;
                    continue;
                }
                let yy = y_of(value as f64);
                c.rect((bx + 1, yy), (bx + bar - 1, y1), colour)?;
                c.text(
                    &l.count(value),
                    (bx + bar / 2, yy - 8),
                    Font::new(9.0).centre(),
                )?;
            }
            c.text(label, (x + bar, y1 + 14), Font::new(11.0).centre())?;
        }
        c.line(vec![(x0, y1), (x1, y1)], colours::MUTED.into(), 1)?;
        c.text(
            &t!(l, "chart-groups-per-person"),
            ((x0 + x1) / 2, y1 + 36),
            Font::new(11.0).colour(colours::MUTED).centre(),
        )?;
        c.text(
            &t!(l, "chart-persons"),
            (18, (y0 + y1) / 2),
            Font::new(11.0).colour(colours::MUTED).centre().rotated(),
        )?;
        Ok(())
    }
}
