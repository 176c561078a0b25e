//! Chart stage, memberships per person: a histogram of deg(p) (persons in
//! 1, 2, 3... groups; 10 or more in one bar), with the multi-membership
//! rate written on it.

use super::canvas::Font;
use super::{colours, Canvas, ChartOptions, Figure};
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

/// Degrees from this one up share the last bar.
const TAIL: u32 = 10;
const W: i32 = 760;
const H: i32 = 420;
const TOP: i32 = 60;
const LEFT: i32 = 80;
const TEXT: f64 = 13.0;

/// The histogram, laid out.
pub struct Distribution {
    lang: Lang,
    /// (label, persons), one per bar.
    bars: Vec<(String, u64)>,
    rate: f64,
    multi: u64,
    /// `--min-count`: a bar of fewer persons is not drawn, and reads
    /// "< K".
    min_count: u64,
}

pub fn layout(f: &Findings, o: &ChartOptions) -> Distribution {
    let s = &f.summary;
    let top = s
        .degree_distribution
        .iter()
        .map(|d| d.groups)
        .max()
        .unwrap_or(1);
    let last = top.min(TAIL);
    let mut bars: Vec<(String, u64)> = (1..=last)
        .map(|d| {
            let label = if d == TAIL && top > TAIL {
                format!("{TAIL}+")
            } else {
                d.to_string()
            };
            (label, 0)
        })
        .collect();
    for d in &s.degree_distribution {
        let k = (d.groups.min(last) as usize).saturating_sub(1);
        if let Some(b) = bars.get_mut(k) {
            b.1 += d.persons;
        }
    }
    Distribution {
        lang: o.lang,
        bars,
        rate: s.multi_membership_rate,
        multi: s.persons_in_2plus_groups,
        min_count: s.privacy.min_count,
    }
}

/// A round step for `max` split in about 5 ticks.
pub(crate) fn tick_step(max: f64) -> f64 {
    let raw = (max / 5.0).max(1e-9);
    let p = 10f64.powf(raw.log10().floor());
    let m = raw / p;
    p * if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    }
}

impl Distribution {
    fn note(&self) -> String {
        let l = self.lang;
        t!(
            l,
            "chart-distribution-rate",
            rate = l.percent(self.rate),
            persons = self.multi
        )
    }
}

impl Figure for Distribution {
    fn size(&self) -> (u32, u32) {
        (W as u32, H as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        c.text(
            &self.note(),
            (20, 24),
            Font::new(14.0).colour(colours::ALERT).bold(),
        )?;
        let max = self.bars.iter().map(|b| b.1).max().unwrap_or(1).max(1) as f64;
        let step = tick_step(max);
        let top_value = (max / step).ceil() * step;
        let (x0, y0, x1, y1) = (LEFT, TOP, W - 30, H - 50);
        let y_of = |v: f64| y1 - ((v / top_value) * (y1 - y0) as f64).round() as i32;
        let mut v = 0.0;
        while v <= top_value + 1e-9 {
            let y = y_of(v);
            c.line(vec![(x0, y), (x1, y)], colours::STRIPE.into(), 1)?;
            c.text(
                &l.count(v as u64),
                (x0 - 8, y),
                Font::new(TEXT).colour(colours::MUTED).right(),
            )?;
            v += step;
        }
        let n = self.bars.len().max(1) as i32;
        let slot = (x1 - x0) / n;
        for (i, (label, persons)) in self.bars.iter().enumerate() {
            let x = x0 + i as i32 * slot;
            let colour = if i == 0 {
                colours::SET_BAR
            } else {
                colours::BAR
            };
            let withheld = *persons > 0 && *persons < self.min_count;
            let (height, count) = if withheld {
                (0.0, t!(l, "below-min-count", k = self.min_count))
            } else {
                (*persons as f64, l.count(*persons))
            };
            if !withheld {
                c.rect((x + 6, y_of(height)), (x + slot - 6, y1), colour)?;
            }
            c.text(
                &count,
                (x + slot / 2, y_of(height) - 10),
                Font::new(TEXT).centre(),
            )?;
            c.text(label, (x + slot / 2, y1 + 14), Font::new(TEXT).centre())?;
        }
        c.line(vec![(x0, y1), (x1, y1)], colours::MUTED.into(), 1)?;
        c.text(
            &t!(l, "chart-distribution-axis"),
            ((x0 + x1) / 2, H - 14),
            Font::new(TEXT).colour(colours::MUTED).centre(),
        )?;
        c.text(
            &t!(l, "chart-axis-people"),
            (18, (y0 + y1) / 2),
            Font::new(TEXT).colour(colours::MUTED).centre().rotated(),
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(tick_step(1000.0), 200.0);
        assert_eq!(tick_step(7.0), 2.0);
        assert_eq!(tick_step(4.0), 1.0);
    }
}
