//! Chart stage, UpSet plot: exclusive intersections of groups. Top: one bar
//! per intersection (persons whose groups are exactly that set), largest
//! first; below, the dot matrix saying which groups each bar is; left, the
//! size of each group. Intersections beyond `--top`, smaller than
//! `--min-size` or of fewer than `--min-degree` groups are one "other"
//! bar, and the chart says how many.

use super::canvas::{heading_height, text_width, wrap, Font};
use super::{colours, shorten, Canvas, ChartOptions, Figure};
use crate::analyse::intersections::Intersection;
use crate::analyse::Findings;
use crate::lang::Lang;
use anyhow::Result;
use plotters::prelude::*;

/// At most this many group rows, so that the chart stays readable.
const MAX_SETS: usize = 40;
const NAME_CHARS: usize = 36;
const COL: i32 = 30;
const ROW: i32 = 22;
const BARS_H: i32 = 240;
const SET_BAR_W: i32 = 170;

/// The UpSet plot, laid out.
pub struct Upset {
    lang: Lang,
    /// (group ids, persons) of each bar shown.
    bars: Vec<(Vec<u32>, u64)>,
    /// Persons and intersections folded into "other".
    other: (u64, usize),
    total_intersections: usize,
    /// Group rows: (name, members), largest first.
    sets: Vec<(String, u64, u32)>,
    name_w: i32,
    /// Persons left out by `--min-degree`, and in how many intersections.
    excluded: (u64, usize),
    min_degree: usize,
    notes: Vec<String>,
    top: i32,
}

pub fn layout(f: &Findings, o: &ChartOptions) -> Upset {
    let inter = &f.intersections;
    let degree_ok = |i: &Intersection| i.groups(f).len() >= o.min_degree;
    let candidates: Vec<&Intersection> = inter.iter().filter(|i| degree_ok(i)).collect();
    let excluded = (
        inter
            .iter()
            .filter(|i| !degree_ok(i))
            .map(|i| i.persons)
            .sum(),
        inter.len() - candidates.len(),
    );
    let mut shown: Vec<&Intersection> = candidates
        .iter()
        .copied()
        .filter(|i| i.persons >= o.min_size)
        .take(o.top)
        .collect();
    let sets_of = |shown: &[&Intersection]| {
        let mut s: Vec<u32> = shown
            .iter()
            .flat_map(|i| i.groups(f).iter().copied())
            .collect();
        s.sort_unstable();
        s.dedup();
        s
    };
    while sets_of(&shown).len() > MAX_SETS {
        shown.pop();
    }
    let shown_persons: u64 = shown.iter().map(|i| i.persons).sum();
    let total: u64 = candidates.iter().map(|i| i.persons).sum();
    let other = (total - shown_persons, candidates.len() - shown.len());
    let mut sets: Vec<(String, u64, u32)> = sets_of(&shown)
        .into_iter()
        .map(|g| {
            let row = &f.groups[g as usize];
            (shorten(&row.name, NAME_CHARS), row.members, g)
        })
        .collect();
    sets.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let name_w = sets
        .iter()
        .map(|s| text_width(&s.0, 12.0))
        .max()
        .unwrap_or(0)
        .max(60)
        + 12;
    let mut u = Upset {
        lang: o.lang,
        bars: shown
            .iter()
            .map(|i| (i.groups(f).to_vec(), i.persons))
            .collect(),
        other,
        total_intersections: candidates.len(),
        sets,
        name_w,
        excluded,
        min_degree: o.min_degree,
        notes: Vec::new(),
        top: 0,
    };
    u.notes = wrap(&u.note(), 11.5, u.size().0 as i32 - 40);
    u.top = heading_height(u.notes.len()) + 16;
    u
}

impl Upset {
    /// Bars drawn, "other" included.
    pub fn bar_count(&self) -> usize {
        self.bars.len() + usize::from(self.other.1 > 0)
    }

    fn matrix_x(&self) -> i32 {
        20 + SET_BAR_W + self.name_w
    }

    fn matrix_y(&self) -> i32 {
        self.top + BARS_H + 10
    }

    fn note(&self) -> String {
        let l = self.lang;
        if self.bars.is_empty() && self.other.1 == 0 {
            return format!(
                "{} {} {}.",
                l.tr("Nobody is in", "Personne n'est dans"),
                self.min_degree,
                l.tr(
                    "groups or more: no intersection to draw",
                    "groupes ou plus : aucune intersection à dessiner"
                ),
            );
        }
        let mut s = format!(
            "{} {} {} {}.",
            l.tr("Each person is counted once, in the bar of their exact set of groups. Showing", "Chaque personne est comptée une fois, dans la barre de son ensemble exact de groupes. Affichées :"),
            l.count(self.bars.len() as u64),
            l.tr("of", "sur"),
            l.count(self.total_intersections as u64),
        );
        if self.other.1 > 0 {
            s += &format!(
                " {} {} {} {} {}.",
                l.tr("“other”:", "« autres » :"),
                l.count(self.other.0),
                l.tr("persons in the", "personnes dans les"),
                l.count(self.other.1 as u64),
                l.tr("other intersections", "autres intersections"),
            );
        }
        if self.excluded.1 > 0 {
            s += &format!(
                " {} {} {} {} {}.",
                l.tr("Not drawn:", "Non dessinées :"),
                l.count(self.excluded.0),
                l.tr("persons in fewer than", "personnes dans moins de"),
                self.min_degree,
                l.tr("groups (--min-degree)", "groupes (--min-degree)"),
            );
        }
        s
    }
}

impl Figure for Upset {
    fn title(&self) -> String {
        self.lang
            .tr(
                "Who is in which groups: exclusive intersections",
                "Qui est dans quels groupes : intersections exclusives",
            )
            .to_string()
    }

    fn size(&self) -> (u32, u32) {
        let w = self.matrix_x() + self.bar_count() as i32 * COL + 30;
        // The heading's height does not depend on the width: no loop.
        let h = self.matrix_y() + self.sets.len().max(1) as i32 * ROW + 30;
        (w.max(760) as u32, h as u32)
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        let (w, _) = self.size();
        c.heading(&self.title(), &self.notes)?;
        let (mx, my) = (self.matrix_x(), self.matrix_y());
        let top = self.top;
        // "other" can dwarf the bars: it is cut at the tallest bar's
        // height (with a break mark) when it is taller.
        let max = self
            .bars
            .iter()
            .map(|b| b.1)
            .max()
            .unwrap_or(self.other.0)
            .max(1);
        let height =
            |n: u64| ((n.min(max) as f64 / max as f64) * (BARS_H - 24) as f64).round() as i32;
        c.text(
            l.tr("persons (exclusive)", "personnes (exclusif)"),
            (mx - 10, top + 8),
            Font::new(11.0).colour(colours::MUTED).right(),
        )?;
        let base = top + BARS_H;
        c.line(
            vec![(mx, base), (w as i32 - 20, base)],
            colours::MUTED.into(),
            1,
        )?;
        let mut bars: Vec<(u64, RGBColor, Option<&[u32]>)> = self
            .bars
            .iter()
            .map(|(g, n)| (*n, colours::BAR, Some(g.as_slice())))
            .collect();
        if self.other.1 > 0 {
            bars.push((self.other.0, colours::OTHER, None));
        }
        // Group rows: stripes, names, set-size bars.
        let max_members = self.sets.iter().map(|s| s.1).max().unwrap_or(1).max(1);
        for (r, (name, members, _)) in self.sets.iter().enumerate() {
            let y = my + r as i32 * ROW;
            if r % 2 == 0 {
                c.rect((20, y), (w as i32 - 20, y + ROW), colours::STRIPE)?;
            }
            let cy = y + ROW / 2;
            c.text(name, (mx - 8, cy), Font::new(12.0).right())?;
            let len = ((*members as f64 / max_members as f64) * (SET_BAR_W - 50) as f64) as i32;
            let right = 20 + SET_BAR_W - 4;
            c.rect(
                (right - len.max(1), y + 4),
                (right, y + ROW - 4),
                colours::SET_BAR,
            )?;
            c.text(
                &l.count(*members),
                (right - len.max(1) - 4, cy),
                Font::new(10.0).colour(colours::MUTED).right(),
            )?;
        }
        c.text(
            l.tr("members per group", "membres par groupe"),
            (20 + SET_BAR_W - 4, my - 8),
            Font::new(11.0).colour(colours::MUTED).right(),
        )?;
        // Bars and the dot matrix.
        for (i, (n, colour, groups)) in bars.iter().enumerate() {
            let x = mx + i as i32 * COL;
            let h = height(*n).max(1);
            c.rect((x + 5, base - h), (x + COL - 5, base), *colour)?;
            if *n > max {
                let y = base - h + 14;
                c.rect((x + 3, y), (x + COL - 3, y + 4), WHITE)?;
            }
            c.text(
                &l.count(*n),
                (x + COL / 2, base - h - 8),
                Font::new(9.5).centre(),
            )?;
            let cx = x + COL / 2;
            match groups {
                Some(groups) => {
                    let rows: Vec<usize> = self
                        .sets
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| groups.contains(&s.2))
                        .map(|(r, _)| r)
                        .collect();
                    if let (Some(&a), Some(&b)) = (rows.first(), rows.last()) {
                        if a != b {
                            let y = |r: usize| my + r as i32 * ROW + ROW / 2;
                            c.line(vec![(cx, y(a)), (cx, y(b))], colours::INK.into(), 2)?;
                        }
                    }
                    for r in 0..self.sets.len() {
                        let on = rows.contains(&r);
                        let fill = if on { colours::INK } else { colours::DOT_OFF };
                        c.circle((cx, my + r as i32 * ROW + ROW / 2), 6, fill.into(), None)?;
                    }
                }
                None => c.text(
                    l.tr("other", "autres"),
                    (cx, my + 4),
                    Font::new(10.0).colour(colours::MUTED).right().rotated(),
                )?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    fn findings() -> Findings {
        let net = Network::build(memberships(&[
            ("ann", "A"),
            ("ann", "B"),
            ("dan", "B"),
            ("dan", "A"),
            ("bob", "A"),
            ("cat", "<C & co>"),
            ("eve", "A"),
            ("eve", "B"),
            ("eve", "<C & co>"),
            ("fay", "B"),
            ("gus", "B"),
        ]));
        crate::analyse::all(net, Default::default())
    }

    #[test]
    fn bars_dots_and_names_are_drawn_and_names_escaped() {
        let f = findings();
        let o = ChartOptions {
            min_degree: 1,
            ..ChartOptions::default()
        };
        let u = layout(&f, &o);
        let svg = super::super::to_svg(&u).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let fill = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        let count = |tag: &str, colour: RGBColor| {
            doc.descendants()
                .filter(|n| n.has_tag_name(tag) && n.attribute("fill") == Some(&fill(colour)))
                .count()
        };
        // 5 intersections, 3 groups: 5 bars, 3 set bars, 5 x 3 dots.
        assert_eq!(count("rect", colours::BAR), 5);
        assert_eq!(count("rect", colours::SET_BAR), 3);
        let on = count("circle", colours::INK);
        let off = count("circle", colours::DOT_OFF);
        assert_eq!((on, off), (1 + 2 + 1 + 1 + 3, 15 - 8));
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .map(str::trim)
            .collect();
        assert!(texts.contains(&"<C & co>"), "{texts:?}");
        assert!(texts
            .iter()
            .any(|t| t.starts_with("Who is in which groups")));
        assert!(svg.contains("&lt;C &amp; co&gt;"));
    }

    #[test]
    fn the_rest_is_one_other_bar_and_the_chart_says_so() {
        let f = findings();
        let o = ChartOptions {
            top: 2,
            min_degree: 1,
            ..ChartOptions::default()
        };
        let u = layout(&f, &o);
        assert_eq!(u.bar_count(), 3);
        // Shown: {B} 2 and {A,B} 2; other: 3 persons in 3 intersections.
        assert_eq!(u.other, (3, 3));
        assert!(u.note().contains("Showing 2 of 5"), "{}", u.note());
        assert!(
            u.note().contains("3 persons in the 3 other"),
            "{}",
            u.note()
        );
        let o = ChartOptions {
            min_degree: 2,
            ..ChartOptions::default()
        };
        let u = layout(&f, &o);
        // {A,B} 2 and {A,B,C} 1 drawn; 4 single-group persons left out,
        // and the chart says so.
        assert_eq!(u.bars.len(), 2);
        assert_eq!(u.other, (0, 0));
        assert_eq!(u.excluded, (4, 3));
        assert!(
            u.note()
                .contains("Not drawn: 4 persons in fewer than 2 groups"),
            "{}",
            u.note()
        );
    }

    #[test]
    fn a_network_without_connectors_says_there_is_nothing_to_draw() {
        let net = Network::build(memberships(&[("ann", "A"), ("bob", "B")]));
        let f = crate::analyse::all(net, Default::default());
        let u = layout(&f, &ChartOptions::default());
        assert_eq!(u.bar_count(), 0);
        assert!(
            u.note().starts_with("Nobody is in 2 groups or more"),
            "{}",
            u.note()
        );
        let svg = super::super::to_svg(&u).unwrap();
        roxmltree::Document::parse(&svg).unwrap();
    }
}
