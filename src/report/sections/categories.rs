//! Section "Thematic × territorial" (with group descriptions giving
//! categories): which categories of groups reach which, the groups whose
//! members stay inside their category, and the people who bridge the most
//! categories. Nothing without categories.

use super::{figure, names_in_words, Context, PAGE_ROWS, TEXT_ROWS};
use crate::analyse::categories::CategoryPair;
use crate::analyse::Connector;
use crate::report::document::{table_of, Block, Media, Section, Span};
use crate::{rich, t};

/// Names given in a sentence before "and N others".
const NAMED: usize = 5;

/// The pairs of categories, most persons shared first (then in name
/// order).
pub fn pairs_by_shared(pairs: &[CategoryPair]) -> Vec<&CategoryPair> {
    let mut v: Vec<&CategoryPair> = pairs.iter().collect();
    v.sort_by(|x, y| y.shared.cmp(&x.shared).then((x.a, x.b).cmp(&(y.a, y.b))));
    v
}

/// The people whose groups span two categories or more: most categories
/// first, then the most even spread (participation), then most groups,
/// then the connectors' own order.
pub fn bridges(connectors: &[Connector]) -> Vec<&Connector> {
    let mut v: Vec<&Connector> = connectors
        .iter()
        .filter(|c| c.categories.is_some_and(|n| n >= 2))
        .collect();
    v.sort_by(|x, y| {
        y.categories
            .cmp(&x.categories)
            .then(
                y.participation
                    .unwrap_or(0.0)
                    .total_cmp(&x.participation.unwrap_or(0.0)),
            )
            .then(y.groups.cmp(&x.groups))
    });
    v
}

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    if f.categories.is_empty() {
        return None;
    }
    let name = |c: u32| f.categories[c as usize].category.clone();
    let names: Vec<String> = f.categories.iter().map(|c| c.category.clone()).collect();
    let mut blocks = vec![Block::Paragraph(rich!(
        l,
        "cat-text",
        n = f.categories.len(),
        groups = f.groups.len(),
        names = names_in_words(l, &names, NAMED)
    ))];
    // On paper the chart's diagonal gives each category's people; the
    // rates are for the screen and report.md.
    let per_category = Block::Table(table_of(
        f,
        l,
        &[
            "category",
            "groups",
            "persons",
            "multi_membership_rate",
            "cross_category_rate",
        ],
        f.categories.iter(),
        f.categories.len(),
    ));
    blocks.push(Block::Only(Media::Text, vec![per_category.clone()]));
    blocks.push(Block::Only(Media::Screen, vec![per_category]));

    let pairs = pairs_by_shared(&f.category_pairs);
    if let Some(p) = pairs
        .first()
        .filter(|p| p.shared > 0 && !cx.withheld(p.shared))
    {
        blocks.push(Block::Paragraph(rich!(
            l,
            "cat-most-shared",
            a = name(p.a),
            b = name(p.b),
            shared = cx.persons(p.shared),
            lift = l.decimal(p.lift, 2)
        )));
    }
    let apart: Vec<String> = pairs
        .iter()
        .filter(|p| p.shared == 0)
        .map(|p| t!(l, "cat-pair", a = name(p.a), b = name(p.b)))
        .collect();
    if !apart.is_empty() {
        blocks.push(Block::Paragraph(rich!(
            l,
            "cat-apart",
            n = apart.len(),
            pairs = names_in_words(l, &apart, NAMED)
        )));
    }
    if !pairs.is_empty() {
        let table = |rows: usize| {
            Block::Table(table_of(
                f,
                l,
                &[
                    "category_a",
                    "category_b",
                    "shared",
                    "expected_shared",
                    "lift",
                ],
                pairs.iter().take(rows).copied(),
                pairs.len(),
            ))
        };
        blocks.push(Block::Only(Media::Text, vec![table(TEXT_ROWS)]));
        blocks.push(Block::Only(Media::Screen, vec![table(PAGE_ROWS)]));
    }

    let inside: Vec<String> = f
        .groups
        .iter()
        .filter(|g| g.members > 0 && g.other_category_rate == Some(0.0))
        .map(|g| g.name.clone())
        .collect();
    // One paragraph for who stays inside and who crosses.
    let mut last = if inside.is_empty() {
        rich!(l, "cat-inside-none")
    } else {
        rich!(
            l,
            "cat-inside",
            n = inside.len(),
            names = names_in_words(l, &inside, NAMED)
        )
    };

    let mut bridging = bridges(&f.connectors);
    if let Some(top) = bridging.first() {
        last.push(Span::Text(" ".into()));
        if cx.min_count() > 1 {
            // Under --min-count, how many persons are in the most
            // categories could be a small count, and a connector whose
            // groups fewer than K persons share is not described
            // (connectors.csv withholds their groups): the others are
            // listed, without the top.
            last.extend(rich!(
                l,
                "cat-bridges-withheld",
                n = cx.persons(bridging.len() as u64)
            ));
            bridging.retain(|c| !cx.withheld(u64::from(c.same_groups)));
        } else {
            let most = top.categories.unwrap_or(0);
            let who: Vec<String> = bridging
                .iter()
                .take_while(|c| c.categories == Some(most))
                .map(|c| {
                    if c.name.is_empty() {
                        c.person.clone()
                    } else {
                        c.name.clone()
                    }
                })
                .collect();
            last.extend(rich!(
                l,
                "cat-bridges",
                n = bridging.len(),
                most = most,
                top = who.len(),
                names = names_in_words(l, &who, 3)
            ));
        }
    }
    blocks.push(Block::Paragraph(last));
    if !bridging.is_empty() {
        let table = |rows: usize| {
            Block::Table(table_of(
                f,
                l,
                &["name", "person", "groups", "categories", "participation"],
                bridging.iter().take(rows).copied(),
                bridging.len(),
            ))
        };
        blocks.push(Block::Only(Media::Text, vec![table(TEXT_ROWS)]));
        blocks.push(Block::Only(Media::Screen, vec![table(PAGE_ROWS)]));
    }
    blocks.push(Block::Figure(figure(l, "categories")));
    Some(Section {
        id: "categories",
        title: t!(l, "sec-categories"),
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: u32, b: u32, shared: u64) -> CategoryPair {
        CategoryPair {
            a,
            b,
            shared,
            expected_shared: 1.0,
            lift: shared as f64,
        }
    }

    #[test]
    fn pairs_come_most_shared_first_then_in_name_order() {
        let p = [pair(0, 1, 2), pair(0, 2, 5), pair(1, 2, 2)];
        let order: Vec<(u32, u32)> = pairs_by_shared(&p).iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(order, [(0, 2), (0, 1), (1, 2)]);
    }
}
