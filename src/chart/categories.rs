//! Chart stage, category × category matrix: for each pair of categories of
//! groups (categories.csv, category_pairs.csv), the persons they share and
//! the lift (shared / expected by chance), as the lower triangle of a
//! matrix; the diagonal gives the persons of each category. Cells are
//! coloured by lift in five bins (orange: less than chance, blue: more).
//! At most [`MOST`] categories, those with the most persons; without
//! categories, the chart says which file would give them.

use super::canvas::{text_width, wrap, Font};
use super::{colours, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;
use std::collections::HashMap;

/// Categories drawn at most (the matrix grows with their square).
pub const MOST: usize = 30;
const CELL_W: i32 = 76;
const CELL_H: i32 = 44;
const NAME_CHARS: usize = 24;
const TEXT: f64 = 12.0;
const MIN_W: i32 = 760;

/// Upper bounds of the lift bins, and their colours (PuOr, colour-blind
/// safe): far below chance, below, about chance, above, far above.
pub const LIFT_BINS: [(f64, RGBColor); 5] = [
    (0.5, RGBColor(0xE6, 0x61, 0x01)),
    (0.8, RGBColor(0xFD, 0xB8, 0x63)),
    (1.25, RGBColor(0xF2, 0xEF, 0xE6)),
    (2.0, RGBColor(0xB2, 0xAB, 0xD2)),
    (f64::INFINITY, RGBColor(0x5E, 0x3C, 0x99)),
];

/// The diagonal: persons of the category.
pub const DIAGONAL: RGBColor = RGBColor(0xE4, 0xE4, 0xE4);

/// The colour of a lift.
pub fn lift_colour(lift: f64) -> RGBColor {
    LIFT_BINS
        .iter()
        .find(|(upper, _)| lift < *upper)
        .map_or(LIFT_BINS[4].1, |b| b.1)
}

/// One cell of the lower triangle.
struct PairCell {
    shared: u64,
    lift: f64,
}

/// The matrix, laid out.
pub struct CategoryMatrix {
    lang: Lang,
    /// Category names shown, in name order.
    names: Vec<String>,
    /// Persons of each category shown.
    persons: Vec<u64>,
    /// Row-major lower triangle: `cells[i][j]` for j < i.
    cells: Vec<Vec<PairCell>>,
    total: usize,
    label_w: i32,
    notes: Vec<String>,
    top: i32,
    /// `--min-count`: counts of 1 to K − 1 persons read "< K", with no
    /// lift.
    min_count: u64,
}

pub fn layout(f: &Findings, o: &ChartOptions) -> CategoryMatrix {
    let l = o.lang;
    let total = f.categories.len();
    let mut ids: Vec<usize> = (0..total).collect();
    if ids.len() > MOST {
        ids.sort_by_key(|&c| (std::cmp::Reverse(f.categories[c].persons), c));
        ids.truncate(MOST);
        ids.sort_unstable();
    }
    let pairs: HashMap<(u32, u32), (u64, f64)> = f
        .category_pairs
        .iter()
        .map(|p| ((p.a, p.b), (p.shared, p.lift)))
        .collect();
    let cells = ids
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            ids[..i]
                .iter()
                .map(|&a| {
                    // Pairs sharing nobody are not listed past 1,000
                    // categories.
                    let (shared, lift) = pairs
                        .get(&(a as u32, b as u32))
                        .copied()
                        .unwrap_or((0, 0.0));
                    PairCell { shared, lift }
                })
                .collect()
        })
        .collect();
    let names: Vec<String> = ids
        .iter()
        .map(|&c| shorten(&f.categories[c].category, NAME_CHARS))
        .collect();
    let label_w = names
        .iter()
        .map(|s| text_width(s, TEXT))
        .max()
        .unwrap_or(0)
        .max(40)
        + 12;
    let mut m = CategoryMatrix {
        lang: l,
        persons: ids.iter().map(|&c| f.categories[c].persons).collect(),
        names,
        cells,
        total,
        label_w,
        notes: Vec::new(),
        top: 0,
        min_count: f.summary.privacy.min_count,
    };
    let width = m.size().0 as i32 - 40;
    m.notes = m
        .note_texts()
        .iter()
        .flat_map(|n| wrap(n, TEXT, width))
        .collect();
    m.top = 52 + 18 * m.notes.len() as i32 + 16;
    m
}

impl CategoryMatrix {
    fn note_texts(&self) -> Vec<String> {
        let l = self.lang;
        if self.names.is_empty() {
            return vec![t!(l, "chart-categories-none")];
        }
        let mut v = vec![t!(l, "chart-categories-note")];
        if self.names.len() < self.total {
            v.push(t!(
                l,
                "chart-categories-shown",
                shown = self.names.len(),
                total = self.total
            ));
        }
        v
    }

    fn origin(&self) -> (i32, i32) {
        let longest = self.label_w;
        (20 + self.label_w, self.top + longest)
    }
}

impl Figure for CategoryMatrix {
    fn size(&self) -> (u32, u32) {
        let n = self.names.len() as i32;
        if n == 0 {
            return (MIN_W as u32, (self.top + 20) as u32);
        }
        let (x, y) = self.origin();
        let w = (x + n * CELL_W + 260).max(MIN_W);
        (w as u32, (y + n * CELL_H + 30).max(y + 230) as u32)
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
        let n = self.names.len() as i32;
        if n == 0 {
            return Ok(());
        }
        let (x0, y0) = self.origin();
        for (i, name) in self.names.iter().enumerate() {
            let i = i as i32;
            c.text(
                name,
                (x0 - 8, y0 + i * CELL_H + CELL_H / 2),
                Font::new(TEXT).right(),
            )?;
            c.text(
                name,
                (x0 + i * CELL_W + CELL_W / 2, y0 - 8),
                Font::new(TEXT).rotated(),
            )?;
        }
        let centre = |i: i32, j: i32| (x0 + j * CELL_W + CELL_W / 2, y0 + i * CELL_H + CELL_H / 2);
        for (i, row) in self.cells.iter().enumerate() {
            let i = i as i32;
            let (x, y) = (x0 + i * CELL_W, y0 + i * CELL_H);
            c.rect((x, y), (x + CELL_W - 2, y + CELL_H - 2), DIAGONAL)?;
            let (cx, cy) = centre(i, i);
            let persons = self.persons[i as usize];
            let shown = if persons > 0 && persons < self.min_count {
                t!(l, "below-min-count", k = self.min_count)
            } else {
                l.count(persons)
            };
            c.text(
                &shown,
                (cx, cy),
                Font::new(TEXT).centre().colour(colours::MUTED),
            )?;
            for (j, cell) in row.iter().enumerate() {
                let j = j as i32;
                let (x, y) = (x0 + j * CELL_W, y0 + i * CELL_H);
                let (cx, cy) = centre(i, j);
                if cell.shared > 0 && cell.shared < self.min_count {
                    c.rect((x, y), (x + CELL_W - 2, y + CELL_H - 2), DIAGONAL)?;
                    c.text(
                        &t!(l, "below-min-count", k = self.min_count),
                        (cx, cy),
                        Font::new(TEXT).centre().colour(colours::MUTED),
                    )?;
                    continue;
                }
                let fill = lift_colour(cell.lift);
                c.rect((x, y), (x + CELL_W - 2, y + CELL_H - 2), fill)?;
                // Light text on the two dark bins.
                let ink = if cell.lift < LIFT_BINS[0].0 || cell.lift >= LIFT_BINS[3].0 {
                    WHITE
                } else {
                    colours::INK
                };
                c.text(
                    &l.count(cell.shared),
                    (cx, cy - 8),
                    Font::new(TEXT).centre().bold().colour(ink),
                )?;
                c.text(
                    &format!("× {}", l.decimal(cell.lift, 2)),
                    (cx, cy + 9),
                    Font::new(TEXT).centre().colour(ink),
                )?;
            }
        }
        // Legend: the lift bins, then the diagonal.
        let lx = x0 + n * CELL_W + 30;
        c.text(
            &t!(l, "chart-categories-legend"),
            (lx, y0 + 8),
            Font::new(TEXT).bold(),
        )?;
        let mut lower = 0.0;
        for (k, &(upper, colour)) in LIFT_BINS.iter().enumerate() {
            let y = y0 + 26 + k as i32 * 24;
            c.rect((lx, y), (lx + 18, y + 18), colour)?;
            let label = if upper.is_infinite() {
                format!("≥ {}", l.decimal(lower, 2))
            } else if k == 0 {
                format!("< {}", l.decimal(upper, 2))
            } else {
                format!("{} – {}", l.decimal(lower, 2), l.decimal(upper, 2))
            };
            c.text(&label, (lx + 26, y + 9), Font::new(TEXT))?;
            lower = upper;
        }
        let y = y0 + 26 + LIFT_BINS.len() as i32 * 24 + 8;
        c.rect((lx, y), (lx + 18, y + 18), DIAGONAL)?;
        c.text(
            &t!(l, "chart-categories-diagonal"),
            (lx + 26, y + 9),
            Font::new(TEXT),
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifts_fall_in_their_bins() {
        assert_eq!(lift_colour(0.0), LIFT_BINS[0].1);
        assert_eq!(lift_colour(0.49), LIFT_BINS[0].1);
        assert_eq!(lift_colour(0.5), LIFT_BINS[1].1);
        assert_eq!(lift_colour(1.0), LIFT_BINS[2].1);
        assert_eq!(lift_colour(1.25), LIFT_BINS[3].1);
        assert_eq!(lift_colour(2.0), LIFT_BINS[4].1);
        assert_eq!(lift_colour(50.0), LIFT_BINS[4].1);
        // Every bin colour differs from the diagonal's.
        assert!(LIFT_BINS.iter().all(|b| b.1 != DIAGONAL));
    }
}
