//! Chart stage, groups before and after: a dumbbell chart, one row per
//! group (the largest, `--max-groups`), two panels: its members, and its
//! shared rate (members also in another group), each a light dot before
//! and a dark dot after joined by a line. A new group has only its dark
//! dot, a closed one only its light dot, and the row says so.

use super::canvas::{notes_height, text_width, wrap, Font};
use super::distribution::tick_step;
use super::{colours, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::compare::{Comparison, GroupStatus};
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;

const W: i32 = 960;
const ROW: i32 = 22;
const NAME_W: i32 = 190;
/// The members panel, then the shared-rate panel, in x.
const P1: (i32, i32) = (NAME_W + 70, 590);
const P2: (i32, i32) = (640, W - 30);

/// One row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    pub status: GroupStatus,
    pub members: (Option<u64>, Option<u64>),
    pub rate: (Option<f64>, Option<f64>),
}

/// The dumbbells, laid out.
pub struct CompareGroups {
    lang: Lang,
    rows: Vec<Row>,
    max_members: u64,
    labels: (String, String),
    notes: Vec<String>,
    top: i32,
}

pub fn layout(c: &Comparison, o: &ChartOptions) -> CompareGroups {
    let l = o.lang;
    let size = |g: &crate::analyse::compare::GroupChange| g.members_before.max(g.members_after);
    let mut ids: Vec<usize> = (0..c.groups.len()).collect();
    // Largest first (on either side), then name order.
    ids.sort_by(|&a, &b| size(&c.groups[b]).cmp(&size(&c.groups[a])).then(a.cmp(&b)));
    let total = ids.len();
    ids.truncate(o.max_groups);
    // Under --min-count, as groups.csv: a side with fewer than K members
    // has no dots, a rate from fewer than K shared members no rate dot.
    let k = c.summary.privacy.min_count;
    let shown = |n: u64| n == 0 || n >= k;
    let rows: Vec<Row> = ids
        .iter()
        .map(|&u| {
            let g = &c.groups[u];
            let (before, after) = (shown(g.members_before), shown(g.members_after));
            Row {
                name: c.group_name(u as u32).to_string(),
                status: g.status,
                members: (
                    (g.status != GroupStatus::New && before).then_some(g.members_before),
                    (g.status != GroupStatus::Closed && after).then_some(g.members_after),
                ),
                rate: (
                    g.shared_rate_before()
                        .filter(|_| before && shown(g.shared_members_before)),
                    g.shared_rate_after()
                        .filter(|_| after && shown(g.shared_members_after)),
                ),
            }
        })
        .collect();
    let (b, a) = (&c.summary.before.label, &c.summary.after.label);
    let mut notes = vec![t!(l, "chart-cmp-groups-note", before = b, after = a)];
    if rows.len() < total {
        notes.push(t!(
            l,
            "chart-largest-shown",
            shown = rows.len(),
            total = total
        ));
    }
    let notes: Vec<String> = notes.iter().flat_map(|n| wrap(n, 11.5, W - 40)).collect();
    CompareGroups {
        lang: l,
        max_members: rows
            .iter()
            .map(|r| r.members.0.unwrap_or(0).max(r.members.1.unwrap_or(0)))
            .max()
            .unwrap_or(1)
            .max(1),
        rows,
        labels: (b.clone(), a.clone()),
        top: notes_height(notes.len()) + 50,
        notes,
    }
}

impl CompareGroups {
    /// The rows drawn, in order (for the tests).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }
}

/// A dumbbell between `from` and `to` (x positions) at `y`.
fn dumbbell<DB: DrawingBackend>(
    c: &Canvas<DB>,
    y: i32,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<()> {
    if let (Some(x0), Some(x1)) = (from, to) {
        c.line(vec![(x0, y), (x1, y)], colours::OTHER.into(), 3)?;
    }
    if let Some(x) = from {
        c.circle(
            (x, y),
            5,
            colours::SET_BAR.mix(1.0),
            Some((colours::BAR, 1)),
        )?;
    }
    if let Some(x) = to {
        c.circle((x, y), 5, colours::BAR.mix(1.0), None)?;
    }
    Ok(())
}

impl Figure for CompareGroups {
    fn size(&self) -> (u32, u32) {
        let h = self.top + ROW * self.rows.len().max(1) as i32 + 40;
        (W as u32, h as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        let y = c.notes(&self.notes)?;
        // Legend: light dot before, dark dot after.
        let mut x = 20;
        for (label, before) in [(&self.labels.0, true), (&self.labels.1, false)] {
            let dot = if before {
                (Some(x + 6), None)
            } else {
                (None, Some(x + 6))
            };
            dumbbell(c, y + 6, dot.0, dot.1)?;
            let shown = shorten(label, 30);
            c.text(&shown, (x + 16, y + 6), Font::new(11.0))?;
            x += 40 + text_width(&shown, 11.0);
        }
        let top = self.top;
        let bottom = top + ROW * self.rows.len() as i32;
        let step = tick_step(self.max_members as f64);
        let top_value = ((self.max_members as f64 / step).ceil() * step).max(1.0);
        let x_members = |v: u64| P1.0 + ((v as f64 / top_value) * (P1.1 - P1.0) as f64) as i32;
        let x_rate = |r: f64| P2.0 + (r * (P2.1 - P2.0) as f64) as i32;
        // Panel titles and grids.
        let head = Font::new(12.0).bold().centre();
        c.text(&t!(l, "chart-members"), ((P1.0 + P1.1) / 2, top - 22), head)?;
        c.text(
            &t!(l, "chart-shared-rate"),
            ((P2.0 + P2.1) / 2, top - 22),
            head,
        )?;
        let tick = Font::new(10.0).colour(colours::MUTED).centre();
        let mut v = 0.0;
        while v <= top_value + 1e-9 {
            let xx = x_members(v as u64);
            c.line(vec![(xx, top - 6), (xx, bottom)], colours::STRIPE.into(), 1)?;
            c.text(&l.count(v as u64), (xx, bottom + 12), tick)?;
            v += step;
        }
        for k in 0..=4 {
            let r = f64::from(k) / 4.0;
            let xx = x_rate(r);
            c.line(vec![(xx, top - 6), (xx, bottom)], colours::STRIPE.into(), 1)?;
            c.text(&l.percent(r), (xx, bottom + 12), tick)?;
        }
        for (i, row) in self.rows.iter().enumerate() {
            let y = top + ROW * i as i32 + ROW / 2;
            let name_font = match row.status {
                GroupStatus::Kept => Font::new(11.0).right(),
                _ => Font::new(11.0).right().bold(),
            };
            c.text(&shorten(&row.name, 26), (NAME_W, y), name_font)?;
            let tag = match row.status {
                GroupStatus::Kept => String::new(),
                GroupStatus::New => t!(l, "chart-cmp-new"),
                GroupStatus::Closed => t!(l, "chart-cmp-closed"),
            };
            if !tag.is_empty() {
                c.text(&tag, (NAME_W + 8, y), Font::new(9.5).colour(colours::ALERT))?;
            }
            dumbbell(
                c,
                y,
                row.members.0.map(x_members),
                row.members.1.map(x_members),
            )?;
            dumbbell(c, y, row.rate.0.map(x_rate), row.rate.1.map(x_rate))?;
        }
        Ok(())
    }
}
