//! Chart stage, shared rate per group: one horizontal bar per group (the
//! largest `max_groups` when there are more), sorted from most to least
//! shared, with the network's multi-membership rate marked as a line.

use super::canvas::{notes_height, text_width, wrap, Font, NOTE_SIZE};
use super::{colours, largest_groups, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

const ROW: i32 = 22;
const BAR_W: i32 = 420;
const TEXT: f64 = 13.0;
const NAME_CHARS: usize = 34;

/// The bars, laid out.
pub struct SharedRate {
    lang: Lang,
    /// (name shown, shared_rate, full name), most shared first.
    rows: Vec<(String, f64, String)>,
    rate: f64,
    total_groups: usize,
    name_w: i32,
    notes: Vec<String>,
    top: i32,
}

pub fn layout(f: &Findings, o: &ChartOptions) -> SharedRate {
    // Under --min-count K, a group whose shared rate is withheld (fewer
    // than K members, or 1 to K − 1 shared members) has no bar.
    let k = f.summary.privacy.min_count;
    let small = |n: u64| n > 0 && n < k;
    let mut rows: Vec<(String, f64, String)> = largest_groups(f, o.max_groups)
        .into_iter()
        .filter(|&g| {
            let r = &f.groups[g as usize];
            !small(r.members) && !small(r.shared_members)
        })
        .map(|g| {
            let r = &f.groups[g as usize];
            (shorten(&r.name, NAME_CHARS), r.shared_rate, r.name.clone())
        })
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.2.cmp(&b.2)));
    let name_w = rows
        .iter()
        .map(|r| text_width(&r.0, TEXT))
        .max()
        .unwrap_or(0)
        .max(60)
        + 14;
    let mut s = SharedRate {
        lang: o.lang,
        rows,
        rate: f.summary.multi_membership_rate,
        total_groups: f.groups.len(),
        name_w,
        notes: Vec::new(),
        top: 0,
    };
    s.notes = s
        .notes()
        .iter()
        .flat_map(|n| wrap(n, NOTE_SIZE, s.size().0 as i32 - 40))
        .collect();
    s.top = notes_height(s.notes.len()) + 20;
    s
}

impl SharedRate {
    /// The line's meaning, and what the chart leaves out.
    fn notes(&self) -> Vec<String> {
        let l = self.lang;
        let mut notes = vec![t!(l, "chart-shared_rate-line", rate = l.percent(self.rate))];
        if self.rows.len() < self.total_groups {
            notes.push(t!(
                l,
                "chart-largest-groups",
                shown = self.rows.len(),
                total = self.total_groups
            ));
        }
        notes
    }
}

impl Figure for SharedRate {
    fn full_texts(&self) -> Vec<(String, String)> {
        self.rows
            .iter()
            .map(|r| (r.0.clone(), r.2.clone()))
            .collect()
    }

    fn size(&self) -> (u32, u32) {
        let w = (20 + self.name_w + BAR_W + 80).max(760);
        (
            w as u32,
            (self.top + self.rows.len() as i32 * ROW + 50) as u32,
        )
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        c.notes(&self.notes)?;
        let x0 = 20 + self.name_w;
        let top = self.top;
        let bottom = top + self.rows.len() as i32 * ROW;
        for k in 0..=4 {
            let x = x0 + BAR_W * k / 4;
            c.line(vec![(x, top - 6), (x, bottom)], colours::STRIPE.into(), 1)?;
            c.text(
                &l.percent(k as f64 / 4.0),
                (x, top - 16),
                Font::new(TEXT).colour(colours::MUTED).centre(),
            )?;
        }
        for (i, (name, rate, _)) in self.rows.iter().enumerate() {
            let y = top + i as i32 * ROW;
            c.text(name, (x0 - 8, y + ROW / 2), Font::new(TEXT).right())?;
            let len = (rate * BAR_W as f64).round() as i32;
            if len > 0 {
                c.rect((x0, y + 3), (x0 + len, y + ROW - 3), colours::BAR)?;
            }
            c.text(
                &l.percent(*rate),
                (x0 + len + 6, y + ROW / 2),
                Font::new(TEXT).colour(colours::MUTED),
            )?;
        }
        let x = x0 + (self.rate * BAR_W as f64).round() as i32;
        let mut y = top - 6;
        while y < bottom {
            c.line(
                vec![(x, y), (x, (y + 6).min(bottom))],
                colours::ALERT.into(),
                2,
            )?;
            y += 10;
        }
        c.text(
            &t!(l, "chart-shared_rate-axis"),
            (x0 + BAR_W / 2, bottom + 20),
            Font::new(TEXT).colour(colours::MUTED).centre(),
        )?;
        Ok(())
    }
}
