//! Chart stage, UpSet plot: who is in which groups together. Top: one bar
//! per set of groups, largest first; below, the dot matrix saying which
//! groups each bar is; left, the size of each group. Each person counts in
//! one bar only. Dark bars are exclusive intersections (persons in exactly
//! the groups marked); when those are too scattered to hold most persons
//! in a readable number of bars, light bars follow, each holding the
//! persons left who are in the group marked and in others (the group
//! holding most of them first). The rest is one "other" bar, and the chart
//! says how many combinations and persons it holds.

use super::canvas::{notes_height, text_width, wrap, Font, NOTE_SIZE};
use super::{colours, shorten, Canvas, ChartOptions, Figure, PAGE_WIDTH};
use crate::analyse::intersections::Intersection;
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use plotters::prelude::*;
use rayon::prelude::*;

/// At most this many group rows, so that the chart stays readable.
const MAX_SETS: usize = 40;
const NAME_CHARS: usize = 24;
const COL: i32 = 34;
const ROW: i32 = 22;
const BARS_H: i32 = 240;
const SET_BAR_W: i32 = 150;
const TEXT: f64 = 13.0;
const SMALL: f64 = 12.0;
/// The bars aim to hold this share of the persons drawn.
const AIM: f64 = 0.8;

/// One bar: the persons in the groups of `groups`: exactly those groups
/// (`exact`), or this one group and others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub groups: Vec<u32>,
    pub persons: u64,
    pub exact: bool,
}

/// The UpSet plot, laid out.
pub struct Upset {
    lang: Lang,
    bars: Vec<Bar>,
    /// Persons and intersections folded into "other".
    other: (u64, usize),
    /// Persons drawn (in bars or "other").
    total: u64,
    /// Group rows: (name shown, full name, members, id), largest first.
    sets: Vec<(String, String, u64, u32)>,
    name_w: i32,
    /// Persons left out by `--min-degree`, and in how many intersections.
    excluded: (u64, usize),
    min_degree: usize,
    notes: Vec<String>,
    top: i32,
}

/// The groups of a set of bars, sorted.
fn rows_of(f: &Findings, bars: &[&Intersection]) -> Vec<u32> {
    let mut s: Vec<u32> = bars
        .iter()
        .flat_map(|i| i.groups(f).iter().copied())
        .collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// The intersections a plan chooses from, indexed once: a report at 10M
/// memberships has over a million, and the search below tries up to
/// `most` plans of up to `most` greedy steps each.
struct Choices<'a> {
    /// `eligible` (the possible dark bars, largest first), then the rest.
    all: Vec<&'a Intersection>,
    /// The groups of `all[k]`: `groups[start[k]..start[k + 1]]`, copied
    /// side by side (the connectors' own lists lie all over memory).
    groups: Vec<u32>,
    start: Vec<u32>,
    /// The positions in `all` of the intersections holding group g, in
    /// order: `holding[holding_start[g]..holding_start[g + 1]]`.
    holding: Vec<u32>,
    holding_start: Vec<u32>,
    /// For each group, the persons of `all` in it.
    per_group: Vec<u64>,
}

/// Intersections whose group lists one parallel task copies: each list
/// is a trip to memory at random, and a large network has millions.
const LISTS_PER_TASK: usize = 1 << 15;

impl<'a> Choices<'a> {
    fn new(f: &Findings, eligible: &[&'a Intersection], rest: &[&'a Intersection]) -> Self {
        let all: Vec<&Intersection> = eligible.iter().chain(rest).copied().collect();
        let pieces: Vec<(Vec<u32>, Vec<u32>)> = all
            .par_chunks(LISTS_PER_TASK)
            .map(|chunk| {
                let mut groups = Vec::with_capacity(chunk.len() * 2);
                let mut lengths = Vec::with_capacity(chunk.len());
                for i in chunk {
                    let g = i.groups(f);
                    groups.extend_from_slice(g);
                    lengths.push(g.len() as u32);
                }
                (groups, lengths)
            })
            .collect();
        let mut groups = Vec::with_capacity(pieces.iter().map(|p| p.0.len()).sum());
        let mut start = Vec::with_capacity(all.len() + 1);
        let mut at = 0u32;
        for (g, lengths) in pieces {
            groups.extend_from_slice(&g);
            for n in lengths {
                start.push(at);
                at += n;
            }
        }
        start.push(at);
        // Who holds each group, as one array cut by group (a counting
        // sort): a vector per group grew by reallocating, once per group
        // and more.
        let n_groups = f.groups.len();
        let mut holding_start = vec![0u32; n_groups + 1];
        let mut per_group = vec![0u64; n_groups];
        for (k, i) in all.iter().enumerate() {
            for &g in &groups[start[k] as usize..start[k + 1] as usize] {
                holding_start[g as usize + 1] += 1;
                per_group[g as usize] += i.persons;
            }
        }
        for g in 0..n_groups {
            holding_start[g + 1] += holding_start[g];
        }
        let mut next = holding_start.clone();
        let mut holding = vec![0u32; groups.len()];
        for k in 0..all.len() {
            for &g in &groups[start[k] as usize..start[k + 1] as usize] {
                holding[next[g as usize] as usize] = k as u32;
                next[g as usize] += 1;
            }
        }
        Choices {
            all,
            groups,
            start,
            holding,
            holding_start,
            per_group,
        }
    }

    fn groups_of(&self, k: usize) -> &[u32] {
        &self.groups[self.start[k] as usize..self.start[k + 1] as usize]
    }

    fn holding(&self, g: u32) -> &[u32] {
        let g = g as usize;
        &self.holding[self.holding_start[g] as usize..self.holding_start[g + 1] as usize]
    }
}

/// The bars for `exact` exclusive intersections (the first of
/// `eligible`), then up to `most - exact` bars of one group and others,
/// greedily (the group holding most of the persons left first) until the
/// bars hold [`AIM`] of `total`. Returns the bars, the persons in them and
/// the number of intersections they hold.
fn plan(
    f: &Findings,
    c: &Choices,
    exact: usize,
    most: usize,
    min_size: u64,
    total: u64,
) -> (Vec<Bar>, u64, usize) {
    let mut bars: Vec<Bar> = c.all[..exact]
        .iter()
        .map(|i| Bar {
            groups: i.groups(f).to_vec(),
            persons: i.persons,
            exact: true,
        })
        .collect();
    let mut held: u64 = bars.iter().map(|b| b.persons).sum();
    // Persons per group among the intersections not in a bar yet.
    let mut per_group = c.per_group.clone();
    let mut taken = vec![false; c.all.len()];
    let take = |k: usize, taken: &mut [bool], per_group: &mut [u64]| {
        taken[k] = true;
        let persons = c.all[k].persons;
        for &g in c.groups_of(k) {
            per_group[g as usize] -= persons;
        }
    };
    for k in 0..exact {
        take(k, &mut taken, &mut per_group);
    }
    let mut left = c.all.len() - exact;
    while bars.len() < most && (held as f64) < AIM * total as f64 && left > 0 {
        let (g, n) = per_group
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
            .map(|(g, &n)| (g as u32, n))
            .expect("there are groups");
        if n < min_size.max(1) {
            break;
        }
        for &k in c.holding(g) {
            if !taken[k as usize] {
                take(k as usize, &mut taken, &mut per_group);
                left -= 1;
            }
        }
        bars.push(Bar {
            groups: vec![g],
            persons: n,
            exact: false,
        });
        held += n;
    }
    (bars, held, c.all.len() - left)
}

pub fn layout(f: &Findings, o: &ChartOptions) -> Upset {
    // Under --min-count K, no bar holds fewer than K persons: smaller
    // combinations can single someone out, they go to "other".
    let o = &ChartOptions {
        min_size: o.min_size.max(f.summary.privacy.min_count),
        ..o.clone()
    };
    let l = o.lang;
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
    let total: u64 = candidates.iter().map(|i| i.persons).sum();
    // Exclusive intersections that may be bars: large enough, largest
    // first, no more than MAX_SETS group rows between them.
    let mut eligible: Vec<&Intersection> = candidates
        .iter()
        .copied()
        .filter(|i| i.persons >= o.min_size)
        .collect();
    let mut fit = 0;
    while fit < eligible.len() && rows_of(f, &eligible[..=fit]).len() <= MAX_SETS {
        fit += 1;
    }
    let rest: Vec<&Intersection> = eligible.split_off(fit);
    let rest: Vec<&Intersection> = rest
        .into_iter()
        .chain(
            candidates
                .iter()
                .copied()
                .filter(|i| i.persons < o.min_size),
        )
        .collect();
    // Names are measured before the number of bars is known: the bars
    // fill the page's width that the names leave.
    let name_w = f
        .groups
        .par_iter()
        .map(|g| text_width(&shorten(&g.name, NAME_CHARS), TEXT))
        .max()
        .unwrap_or(0)
        .clamp(60, text_width(&"m".repeat(NAME_CHARS), TEXT))
        + 12;
    let room = (PAGE_WIDTH - (20 + SET_BAR_W + name_w) - 30) / COL - 1;
    let most = o.top.min(room.max(1) as usize);
    let exact_most = most.min(eligible.len());
    // As many exclusive bars as fit, when they hold AIM of the persons;
    // otherwise fewer, completed with bars of one group and others: the
    // plan with most exclusive bars that reaches the aim, or the plan
    // holding most persons.
    let choices = Choices::new(f, &eligible, &rest);
    let exclusive = plan(f, &choices, exact_most, exact_most, o.min_size, total);
    let (bars, held, in_bars) = if (exclusive.1 as f64) >= AIM * total as f64 {
        exclusive
    } else {
        // Plans are tried in this order, a batch at a time in parallel
        // (the first to reach the aim ends the search, so at most one
        // batch is tried in vain).
        let order: Vec<usize> = (0..=exact_most).rev().collect();
        let mut best = exclusive;
        'search: for batch in order.chunks(rayon::current_num_threads().max(1)) {
            let plans: Vec<_> = batch
                .par_iter()
                .map(|&exact| plan(f, &choices, exact, most, o.min_size, total))
                .collect();
            for p in plans {
                if (p.1 as f64) >= AIM * total as f64 {
                    best = p;
                    break 'search;
                }
                if p.1 > best.1 {
                    best = p;
                }
            }
        }
        best
    };
    // A combination is in a bar when it is a dark bar, or holds the
    // group of a light one: the plan counted them.
    let other = (total - held, candidates.len() - in_bars);
    let mut rows: Vec<u32> = bars.iter().flat_map(|b| b.groups.iter().copied()).collect();
    rows.sort_unstable();
    rows.dedup();
    let mut sets: Vec<(String, String, u64, u32)> = rows
        .into_iter()
        .map(|g| {
            let row = &f.groups[g as usize];
            (
                shorten(&row.name, NAME_CHARS),
                row.name.clone(),
                row.members,
                g,
            )
        })
        .collect();
    sets.sort_by(|a, b| b.2.cmp(&a.2).then(a.3.cmp(&b.3)));
    let mut u = Upset {
        lang: l,
        bars,
        other,
        total,
        sets,
        name_w,
        excluded,
        min_degree: o.min_degree,
        notes: Vec::new(),
        top: 0,
    };
    u.notes = u
        .notes()
        .iter()
        .flat_map(|n| wrap(n, NOTE_SIZE, u.size().0 as i32 - 40))
        .collect();
    u.top = notes_height(u.notes.len()) + 16;
    u
}

impl Upset {
    /// Bars drawn, "other" included.
    pub fn bar_count(&self) -> usize {
        self.bars.len() + usize::from(self.other.1 > 0)
    }

    /// The bars, "other" left out.
    pub fn bars(&self) -> &[Bar] {
        &self.bars
    }

    /// Persons and combinations in the "other" bar.
    pub fn other(&self) -> (u64, usize) {
        self.other
    }

    /// Persons drawn, in the bars and "other".
    pub fn total(&self) -> u64 {
        self.total
    }

    fn matrix_x(&self) -> i32 {
        20 + SET_BAR_W + self.name_w
    }

    fn matrix_y(&self) -> i32 {
        self.top + BARS_H + 10
    }

    /// What the chart leaves out, in short sentences (how to read it is
    /// the page's).
    fn notes(&self) -> Vec<String> {
        let l = self.lang;
        if self.bars.is_empty() && self.other.1 == 0 {
            return vec![t!(l, "chart-upset-nothing", groups = self.min_degree)];
        }
        let mut notes = Vec::new();
        if self.bars.iter().any(|b| !b.exact) {
            notes.push(t!(l, "chart-upset-light-bars"));
        }
        if self.other.1 > 0 {
            notes.push(t!(
                l,
                "chart-upset-other",
                combinations = self.other.1,
                persons = self.other.0
            ));
        }
        if self.excluded.1 > 0 {
            notes.push(t!(
                l,
                "chart-upset-left-out",
                persons = self.excluded.0,
                groups = self.min_degree
            ));
        }
        notes
    }
}

impl Figure for Upset {
    fn size(&self) -> (u32, u32) {
        let w = self.matrix_x() + self.bar_count() as i32 * COL + 30;
        // The notes' height does not depend on the width: no loop.
        let h = self.matrix_y() + self.sets.len().max(1) as i32 * ROW + 30;
        (w.clamp(760, PAGE_WIDTH) as u32, h as u32)
    }

    fn full_texts(&self) -> Vec<(String, String)> {
        self.sets
            .iter()
            .map(|s| (s.0.clone(), s.1.clone()))
            .collect()
    }

    fn draw<DB: DrawingBackend>(&self, c: &Canvas<DB>) -> Result<()> {
        let l = self.lang;
        let (w, _) = self.size();
        c.notes(&self.notes)?;
        let (mx, my) = (self.matrix_x(), self.matrix_y());
        let top = self.top;
        // "other" can dwarf the bars: it is cut at the tallest bar's
        // height (with a break mark) when it is taller.
        let max = self
            .bars
            .iter()
            .map(|b| b.persons)
            .max()
            .unwrap_or(self.other.0)
            .max(1);
        let height =
            |n: u64| ((n.min(max) as f64 / max as f64) * (BARS_H - 24) as f64).round() as i32;
        c.text(
            &t!(l, "chart-axis-people"),
            (mx - 10, top + 8),
            Font::new(TEXT).colour(colours::MUTED).right(),
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
            .map(|b| {
                let colour = if b.exact {
                    colours::BAR
                } else {
                    colours::LIGHT_BAR
                };
                (b.persons, colour, Some(b.groups.as_slice()))
            })
            .collect();
        if self.other.1 > 0 {
            bars.push((self.other.0, colours::OTHER, None));
        }
        // Group rows: stripes, names, set-size bars.
        let max_members = self.sets.iter().map(|s| s.2).max().unwrap_or(1).max(1);
        for (r, (name, _, members, _)) in self.sets.iter().enumerate() {
            let y = my + r as i32 * ROW;
            if r % 2 == 0 {
                c.rect((20, y), (w as i32 - 20, y + ROW), colours::STRIPE)?;
            }
            let cy = y + ROW / 2;
            c.text(name, (mx - 8, cy), Font::new(TEXT).right())?;
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
                Font::new(SMALL).colour(colours::MUTED).right(),
            )?;
        }
        c.text(
            &t!(l, "chart-upset-members"),
            (20, my - 10),
            Font::new(TEXT).colour(colours::MUTED),
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
                (x + COL / 2, base - h - 9),
                Font::new(SMALL).centre(),
            )?;
            let cx = x + COL / 2;
            match groups {
                Some(groups) => {
                    let rows: Vec<usize> = self
                        .sets
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| groups.contains(&s.3))
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
                    &t!(l, "chart-upset-other-bar"),
                    (cx, my + 4),
                    Font::new(TEXT).colour(colours::MUTED).right().rotated(),
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
        // 7 persons: {B} 2, {A,B} 2, {A} 1, {C} 1, {A,B,C} 1. The two
        // largest hold 4 (57%), under 80%: one exclusive bar and one of a
        // group and others ({B} then A: 2 + 4, or B then A: 5 + 1) hold 6,
        // and "other" holds {C}'s 1 person.
        let held: u64 = u.bars.iter().map(|b| b.persons).sum();
        assert_eq!(held + u.other.0, 7);
        assert_eq!(held, 6, "{:?}", u.bars);
        assert_eq!(u.other, (1, 1));
        let notes = u.notes().join(" ");
        assert!(notes.contains("other combination"), "{notes}");
        let o = ChartOptions {
            min_degree: 2,
            ..ChartOptions::default()
        };
        let u = layout(&f, &o);
        // {A,B} 2 and {A,B,C} 1 drawn; 4 single-group persons left out,
        // and the chart says so.
        assert_eq!(u.bars.len(), 2);
        assert!(u.bars.iter().all(|b| b.exact));
        assert_eq!(u.other, (0, 0));
        assert_eq!(u.excluded, (4, 3));
        let notes = u.notes().join(" ");
        assert!(
            notes.contains("Not drawn: 4 people in a single group"),
            "{notes}"
        );
    }

    #[test]
    fn scattered_combinations_are_completed_by_bars_of_one_group_and_others() {
        // 12 persons each in a different pair of groups among A..E, and 3
        // in {A, B}: the exclusive bars hold few persons each; with room
        // for 3 bars, {A,B} then the groups holding most of the rest.
        let mut rows: Vec<(String, String)> = Vec::new();
        let groups = ["A", "B", "C", "D", "E"];
        let mut k = 0;
        for a in 0..5 {
            for b in a + 1..5 {
                if (a, b) == (0, 1) {
                    continue;
                }
                for _ in 0..2 {
                    k += 1;
                    rows.push((format!("p{k}"), groups[a].to_string()));
                    rows.push((format!("p{k}"), groups[b].to_string()));
                }
            }
        }
        for i in 0..3 {
            rows.push((format!("ab{i}"), "A".into()));
            rows.push((format!("ab{i}"), "B".into()));
        }
        let pairs: Vec<(&str, &str)> = rows.iter().map(|(p, g)| (p.as_str(), g.as_str())).collect();
        let net = Network::build(memberships(&pairs));
        let f = crate::analyse::all(net, Default::default());
        let o = ChartOptions {
            top: 4,
            ..ChartOptions::default()
        };
        let u = layout(&f, &o);
        let held: u64 = u.bars.iter().map(|b| b.persons).sum();
        assert_eq!(u.total, 21);
        assert_eq!(held + u.other.0, 21);
        assert!(held as f64 >= 0.8 * 21.0, "{:?}", u.bars);
        assert!(u.bars.iter().any(|b| !b.exact), "{:?}", u.bars);
        assert!(u.bar_count() <= 5);
    }

    #[test]
    fn a_network_without_connectors_says_there_is_nothing_to_draw() {
        let net = Network::build(memberships(&[("ann", "A"), ("bob", "B")]));
        let f = crate::analyse::all(net, Default::default());
        let u = layout(&f, &ChartOptions::default());
        assert_eq!(u.bar_count(), 0);
        assert!(
            u.notes()[0].starts_with("Nobody is in 2 groups or more"),
            "{:?}",
            u.notes()
        );
        let svg = super::super::to_svg(&u).unwrap();
        roxmltree::Document::parse(&svg).unwrap();
    }
}
