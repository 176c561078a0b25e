//! Section "Facilitators" (when roles are known, from the exports, the
//! group descriptions or a roles file): how many facilitators share a
//! group with a facilitator of another group, the groups whose
//! facilitators are alone, who is in the facilitators' group, and the parts
//! of the facilitators' network. Nothing when no role is known.

use super::{figure, names_in_words, text, Context, PAGE_ROWS, TEXT_ROWS};
use crate::analyse::facilitators::FacilitatorRow;
use crate::report::document::{table_of, Block, Media, Section, Span};
use crate::{rich, t};

/// Names given in a sentence before "and N others".
const NAMED: usize = 10;

/// The facilitators as the tables list them: the alone first, then the
/// least linked, then in name order.
pub fn by_need(rows: &[FacilitatorRow]) -> Vec<&FacilitatorRow> {
    let mut v: Vec<&FacilitatorRow> = rows.iter().collect();
    v.sort_by(|a, b| {
        a.linked_facilitators
            .cmp(&b.linked_facilitators)
            .then(a.person.cmp(&b.person))
    });
    v
}

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let s = f.summary.facilitators.as_ref()?;
    let mut blocks = Vec::new();
    if s.facilitators == 0 {
        blocks.push(Block::Paragraph(text(t!(l, "fac-none"))));
        return Some(Section {
            id: "facilitators",
            title: t!(l, "sec-facilitators"),
            blocks,
        });
    }
    let mut first = if cx.withheld(s.linked) {
        rich!(
            l,
            "fac-text-withheld",
            n = cx.persons_first(s.facilitators),
            k = cx.min_count()
        )
    } else {
        rich!(
            l,
            "fac-text",
            n = cx.persons_first(s.facilitators),
            linked = s.linked,
            rate = l.percent(s.linked_rate.unwrap_or(0.0))
        )
    };
    first.push(Span::Text(" ".into()));
    first.extend(match (&s.facilitators_group, s.in_facilitators_group) {
        // Under --min-count, either small count is withheld, and the
        // other with it (the total would give it back).
        (Some(g), Some(inside)) if cx.withheld(inside) => rich!(
            l,
            "fac-group-few-inside",
            group = g,
            n = cx.persons(s.facilitators),
            k = cx.min_count()
        ),
        (Some(g), Some(inside)) if cx.withheld(s.facilitators - inside) => rich!(
            l,
            "fac-group-few-outside",
            group = g,
            n = cx.persons(s.facilitators),
            k = cx.min_count()
        ),
        (Some(g), Some(inside)) => rich!(
            l,
            "fac-group",
            group = g,
            inside = inside,
            n = cx.persons(s.facilitators),
            outside = s.facilitators - inside
        ),
        _ => rich!(l, "fac-no-group"),
    });
    blocks.push(Block::Paragraph(first));
    let alone = &s.groups_with_alone_facilitators;
    let mut second = if alone.is_empty() {
        rich!(l, "fac-alone-none")
    } else {
        rich!(
            l,
            "fac-alone",
            n = alone.len(),
            names = names_in_words(l, alone, NAMED)
        )
    };
    second.push(Span::Text(" ".into()));
    second.extend(if s.facilitators_network_parts <= 1 {
        rich!(l, "fac-one-part")
    } else {
        let sizes: Vec<String> = s
            .facilitators_network_part_sizes
            .iter()
            .map(|p| {
                t!(
                    l,
                    "fac-part-size",
                    parts = p.parts,
                    n = cx.persons(p.facilitators)
                )
            })
            .collect();
        rich!(
            l,
            "fac-parts",
            parts = s.facilitators_network_parts,
            sizes = names_in_words(l, &sizes, sizes.len())
        )
    });
    blocks.push(Block::Paragraph(second));
    let mut columns = vec!["person", "groups_facilitated", "facilitated_groups"];
    if s.facilitators_group.is_some() {
        columns.push("in_facilitators_group");
    }
    columns.extend(["linked_facilitators", "alone"]);
    let rows = by_need(&f.facilitators);
    let table = |n: usize| {
        Block::Table(table_of(
            f,
            l,
            &columns,
            rows.iter().take(n).copied(),
            rows.len(),
        ))
    };
    // On paper, where the example must fit in eight pages, a line says
    // where the list and the network are.
    let network = Block::Figure(figure(l, "facilitators"));
    blocks.push(Block::Only(
        Media::Text,
        vec![table(TEXT_ROWS), network.clone()],
    ));
    blocks.push(Block::Only(Media::Screen, vec![table(PAGE_ROWS), network]));
    blocks.push(Block::Only(
        Media::Print,
        vec![Block::Note(text(t!(
            l,
            "fac-list-in",
            file = "facilitators.csv",
            chart = "charts/facilitators.svg"
        )))],
    ));
    Some(Section {
        id: "facilitators",
        title: t!(l, "sec-facilitators"),
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(person: &str, linked: u64) -> FacilitatorRow {
        FacilitatorRow {
            person: person.into(),
            member: None,
            groups: vec![0],
            in_facilitators_group: None,
            linked_facilitators: linked,
            part: 1,
            same_facilitated_groups: 1,
        }
    }

    #[test]
    fn the_alone_come_first_then_the_least_linked() {
        let rows = [row("a", 3), row("b", 0), row("c", 1), row("d", 0)];
        let order: Vec<&str> = by_need(&rows).iter().map(|r| r.person.as_str()).collect();
        assert_eq!(order, ["b", "d", "c", "a"]);
    }
}
