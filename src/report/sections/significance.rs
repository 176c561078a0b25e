//! Section "More than chance": how many pairs of groups share more members
//! than chance would give and the strongest of them; the pairs expected
//! to meet that do not (to introduce to each other); the clusters of
//! groups; how many departures split the network. On paper only the
//! sentences and the chart; the detail tables are on screen and in
//! `report.md`.

use super::{figure, names_in_words, text, Context, PAGE_ROWS, TEXT_ROWS};
use crate::analyse::gaps::Gap;
use crate::analyse::overlap::GroupPair;
use crate::analyse::robustness::Strategy;
use crate::analyse::Findings;
use crate::lang::Lang;
use crate::report::document::{table_of, Block, Media, Section, Span};
use crate::{rich, t};

/// Pairs (and gaps, clusters) named in sentences.
const NAMED: usize = 3;

const PAIR_COLUMNS: &[&str] = &[
    "group_a",
    "group_b",
    "shared",
    "expected_shared",
    "lift",
    "p_value",
    "q_value",
];

const GAP_COLUMNS: &[&str] = &[
    "group_a",
    "group_b",
    "shared",
    "expected_shared",
    "p_value",
    "q_value",
];

/// The same table in `report.md` (its first rows) and on screen (more).
fn tables(rows_text: Block, rows_page: Block) -> Vec<Block> {
    vec![
        Block::Only(Media::Text, vec![rows_text]),
        Block::Only(Media::Screen, vec![rows_page]),
    ]
}

fn pair_name(f: &Findings, a: u32, b: u32) -> (String, String) {
    (
        f.groups[a as usize].name.clone(),
        f.groups[b as usize].name.clone(),
    )
}

fn significant(cx: &Context) -> Vec<Block> {
    let (f, l) = (cx.f, cx.lang);
    let s = &f.summary.significance;
    let fdr = l.percent(s.fdr);
    if s.significant_pairs == 0 {
        return vec![Block::Paragraph(text(t!(
            l,
            "sig-none",
            tests = s.tests,
            fdr = fdr
        )))];
    }
    let mut blocks = vec![Block::Paragraph(rich!(
        l,
        "sig-text",
        n = s.significant_pairs,
        tests = s.tests,
        fdr = fdr
    ))];
    let strongest = f.strongest_pairs(PAGE_ROWS);
    let persons = f.summary.persons;
    let items: Vec<Vec<Span>> = strongest
        .iter()
        .take(NAMED)
        .map(|p: &&GroupPair| {
            let (a, b) = pair_name(f, p.a, p.b);
            rich!(
                l,
                "sig-strong-item",
                a = a,
                b = b,
                shared = cx.persons(u64::from(p.shared)),
                lift = l.decimal(p.lift(persons), 1)
            )
        })
        .collect();
    blocks.push(Block::Paragraph(text(t!(l, "sig-strongest"))));
    blocks.push(Block::Items(items));
    let total = s.significant_pairs as usize;
    blocks.extend(tables(
        Block::Table(table_of(
            f,
            l,
            PAIR_COLUMNS,
            strongest.iter().take(TEXT_ROWS).copied(),
            total,
        )),
        Block::Table(table_of(
            f,
            l,
            PAIR_COLUMNS,
            strongest.iter().copied(),
            total,
        )),
    ));
    blocks
}

fn gaps(cx: &Context) -> Vec<Block> {
    let (f, l) = (cx.f, cx.lang);
    let s = &f.summary.gaps;
    let mut blocks = vec![Block::Heading(t!(l, "gaps-heading"))];
    if f.gaps.is_empty() {
        blocks.push(Block::Paragraph(text(t!(
            l,
            "gaps-none",
            considered = s.pairs_considered
        ))));
        return blocks;
    }
    blocks.push(Block::Paragraph(rich!(
        l,
        "gaps-text",
        n = s.gaps,
        considered = s.pairs_considered
    )));
    let persons = f.summary.persons;
    let items: Vec<Vec<Span>> = f
        .gaps
        .iter()
        .take(NAMED)
        .map(|g: &Gap| {
            let (a, b) = pair_name(f, g.a, g.b);
            rich!(
                l,
                "gaps-item",
                a = a,
                b = b,
                shared = cx.persons(u64::from(g.shared)),
                expected = l.decimal(g.expected_shared(persons), 1)
            )
        })
        .collect();
    blocks.push(Block::Items(items));
    let n = f.gaps.len();
    blocks.extend(tables(
        Block::Table(table_of(
            f,
            l,
            GAP_COLUMNS,
            f.gaps.iter().take(TEXT_ROWS),
            n,
        )),
        Block::Table(table_of(
            f,
            l,
            GAP_COLUMNS,
            f.gaps.iter().take(PAGE_ROWS),
            n,
        )),
    ));
    blocks
}

fn clusters(f: &Findings, l: Lang) -> Vec<Block> {
    let s = &f.summary.clusters;
    let mut blocks = vec![Block::Heading(t!(l, "clusters-heading"))];
    let Some(q) = s.modularity.filter(|_| s.clusters > 0) else {
        blocks.push(Block::Paragraph(text(t!(l, "clusters-none"))));
        return blocks;
    };
    blocks.push(Block::Paragraph(rich!(
        l,
        "clusters-text",
        n = s.clusters,
        alone = s.unclustered_groups,
        modularity = l.decimal(q, 2)
    )));
    // Each cluster's groups, largest first (then name order).
    let mut members: Vec<Vec<(u64, &str)>> = vec![Vec::new(); s.clusters as usize];
    for g in &f.groups {
        if let Some(list) = members.get_mut((g.cluster as usize).wrapping_sub(1)) {
            list.push((g.members, &g.name));
        }
    }
    let items: Vec<Vec<Span>> = members
        .iter_mut()
        .enumerate()
        .map(|(i, list)| {
            list.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(y.1)));
            let names: Vec<String> = list.iter().map(|x| x.1.to_string()).collect();
            rich!(
                l,
                "clusters-item",
                id = i + 1,
                n = names.len(),
                names = names_in_words(l, &names, 4)
            )
        })
        .collect();
    // On paper the first few; the rest on screen and in report.md.
    let (first, rest) = items.split_at(items.len().min(NAMED));
    blocks.push(Block::Only(Media::Page, vec![Block::Items(first.to_vec())]));
    if !rest.is_empty() {
        blocks.push(Block::Only(
            Media::Screen,
            vec![Block::Items(rest.iter().take(PAGE_ROWS).cloned().collect())],
        ));
    }
    blocks.push(Block::Only(
        Media::Text,
        vec![Block::Items(
            items.iter().take(TEXT_ROWS).cloned().collect(),
        )],
    ));
    blocks.push(Block::Note(text(t!(l, "clusters-note"))));
    blocks
}

fn robustness(f: &Findings, l: Lang) -> Vec<Block> {
    let r = &f.summary.robustness;
    let mut blocks = vec![Block::Heading(t!(l, "robust-heading"))];
    let (Some(greedy), Some(random)) = (
        r.outcome(Strategy::GreatestDamage),
        r.outcome(Strategy::Random),
    ) else {
        return Vec::new();
    };
    if r.initial_share < 0.5 {
        blocks.push(Block::Paragraph(text(t!(
            l,
            "robust-already-split",
            share = l.percent(r.initial_share)
        ))));
        return blocks;
    }
    // "more than N" when the removals stopped before half was reached.
    let count = |o: &crate::analyse::robustness::StrategyOutcome| match o.removals_to_half {
        Some(n) => l.count(n),
        None => t!(l, "robust-more-than", n = o.removals),
    };
    // The targeted order that splits it soonest: the greedy one is
    // greedy, not optimal, and the most-connected-first order can beat it.
    let most = r.outcome(Strategy::MostGroups);
    let fewest = most
        .and_then(|m| m.removals_to_half)
        .into_iter()
        .chain(greedy.removals_to_half)
        .min();
    let para = match fewest {
        Some(n) => rich!(l, "robust-text", n = n, random = count(random)),
        None => rich!(l, "robust-text-holds", n = greedy.removals),
    };
    blocks.push(Block::Paragraph(para));
    // On screen: the print keeps the sentence, within its pages.
    for media in [Media::Screen, Media::Text] {
        blocks.push(Block::Only(
            media,
            vec![Block::Figure(figure(l, "robustness"))],
        ));
    }
    blocks
}

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    if f.groups.len() < 2 {
        return None;
    }
    let mut blocks = significant(cx);
    blocks.extend(gaps(cx));
    blocks.extend(clusters(f, l));
    blocks.extend(robustness(f, l));
    let c = &f.summary.centrality;
    let note = if c.method == "exact" {
        t!(l, "centrality-note-exact")
    } else {
        t!(l, "centrality-note-sampled", k = c.pivots)
    };
    blocks.push(Block::Note(text(note)));
    Some(Section {
        id: "significance",
        title: t!(l, "sec-significance"),
        blocks,
    })
}
