//! Chart stage, shared rate per group: one horizontal bar per group (the
//! largest `max_groups` when there are more), sorted from most to least
//! shared, with the network's multi-membership rate marked as a line.

use super::canvas::{heading_height, text_width, wrap, Font};
use super::{colours, largest_groups, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::Findings;
use crate::lang::Lang;
use anyhow::Result;
use plotters::prelude::*;

const ROW: i32 = 20;
const BAR_W: i32 = 420;

/// The bars, laid out.
pub struct SharedRate {
    lang: Lang,
    /// (name, shared_rate, members), most shared first.
    rows: Vec<(String, f64, u64)>,
    rate: f64,
    total_groups: usize,
    name_w: i32,
    notes: Vec<String>,
    top: i32,
}

pub fn layout(f: &Findings, o: &ChartOptions) -> SharedRate {
    let mut rows: Vec<(String, f64, u64)> = largest_groups(f, o.max_groups)
        .into_iter()
        .map(|g| {
            let r = &f.groups[g as usize];
            (shorten(&r.name, 34), r.shared_rate, r.members)
        })
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let name_w = rows
        .iter()
        .map(|r| text_width(&r.0, 11.0))
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
    s.notes = wrap(&s.note(), 11.5, s.size().0 as i32 - 40);
    s.top = heading_height(s.notes.len()) + 16;
    s
}

impl SharedRate {
    fn note(&self) -> String {
        let l = self.lang;
        let mut s = format!(
            "{} {} {}.",
            l.tr(
                "Dashed line: the multi-membership rate of the whole network,",
                "Tirets : taux de multi-appartenance de tout le réseau,"
            ),
            l.percent(self.rate),
            l.tr(
                "of persons in 2+ groups",
                "des personnes dans 2 groupes ou plus"
            ),
        );
        if self.rows.len() < self.total_groups {
            s += &format!(
                " {} {} {} {} {}.",
                l.tr("The", "Les"),
                l.count(self.rows.len() as u64),
                l.tr("largest of", "plus grands des"),
                l.count(self.total_groups as u64),
                l.tr("groups are shown", "groupes sont montrés"),
            );
        }
        s
    }
}

impl Figure for SharedRate {
    fn title(&self) -> String {
        self.lang
            .tr(
                "Share of each group's members who are in other groups too",
                "Part des membres de chaque groupe présents dans d'autres groupes",
            )
            .to_string()
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
        c.heading(&self.title(), &self.notes)?;
        let x0 = 20 + self.name_w;
        let top = self.top;
        let bottom = top + self.rows.len() as i32 * ROW;
        for k in 0..=4 {
            let x = x0 + BAR_W * k / 4;
            c.line(vec![(x, top - 6), (x, bottom)], colours::STRIPE.into(), 1)?;
            c.text(
                &l.percent(k as f64 / 4.0),
                (x, top - 16),
                Font::new(10.0).colour(colours::MUTED).centre(),
            )?;
        }
        for (i, (name, rate, _)) in self.rows.iter().enumerate() {
            let y = top + i as i32 * ROW;
            c.text(name, (x0 - 8, y + ROW / 2), Font::new(11.0).right())?;
            let len = (rate * BAR_W as f64).round() as i32;
            if len > 0 {
                c.rect((x0, y + 3), (x0 + len, y + ROW - 3), colours::BAR)?;
            }
            c.text(
                &l.percent(*rate),
                (x0 + len + 6, y + ROW / 2),
                Font::new(10.0).colour(colours::MUTED),
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
            l.tr(
                "members also in another group",
                "membres aussi dans un autre groupe",
            ),
            (x0 + BAR_W / 2, bottom + 20),
            Font::new(11.0).colour(colours::MUTED).centre(),
        )?;
        Ok(())
    }
}
