//! Section "Isolated and fragile groups": groups that share nobody,
//! groups linked to the others through one person, groups without which
//! others would no longer be linked, and the separate parts of the
//! network.

use super::{text, Context, PAGE_ROWS, TEXT_ROWS};
use crate::report::document::{Block, ColumnHead, Media, Section, Span, TableBlock, Value};
use crate::t;

/// Names listed under each heading; the rest is in groups.csv.
const LISTED: usize = 500;

fn names(l: crate::lang::Lang, list: &[String], none_key: &str) -> Vec<Block> {
    if list.is_empty() {
        return vec![Block::Paragraph(text(crate::messages::message(
            l,
            none_key,
            &[],
        )))];
    }
    let mut blocks = vec![Block::Items(
        list.iter()
            .take(LISTED)
            .map(|n| vec![Span::Text(n.clone())])
            .collect(),
    )];
    if list.len() > LISTED {
        blocks.push(Block::Note(text(t!(
            l,
            "shown-of",
            shown = LISTED,
            total = list.len(),
            file = "groups.csv"
        ))));
    }
    blocks
}

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let s = &f.summary;
    if f.groups.len() < 2 {
        return None;
    }
    let mut blocks = vec![Block::Heading(t!(l, "fragile-isolated"))];
    blocks.extend(names(l, &s.isolated_groups, "fragile-isolated-none"));
    let k = cx.min_count();
    if k > 1 {
        blocks.push(Block::Heading(t!(l, "fragile-few-links", k = k)));
        blocks.extend(names(l, &cx.hanging_groups(), "fragile-few-links-none"));
    } else {
        blocks.push(Block::Heading(t!(l, "fragile-hanging")));
        blocks.extend(names(l, &cx.hanging_groups(), "fragile-hanging-none"));
    }
    let cut: Vec<String> = f
        .groups
        .iter()
        .filter(|g| g.cut_point)
        .map(|g| g.name.clone())
        .collect();
    blocks.push(Block::Heading(t!(l, "fragile-cut-groups")));
    blocks.extend(names(l, &cut, "fragile-cut-groups-none"));
    if s.components.len() > 1 {
        blocks.push(Block::Heading(t!(l, "fragile-parts")));
        blocks.push(Block::Paragraph(text(t!(
            l,
            "fragile-parts-text",
            n = s.components.len()
        ))));
        let head = |key: &str| ColumnHead {
            label: crate::messages::message(l, key, &[]),
            numeric: true,
        };
        let rows: Vec<Vec<Value>> = s
            .components
            .iter()
            .map(|c| {
                let id = Value::Number(l.count(u64::from(c.id)), f64::from(c.id));
                if cx.withheld(c.persons) {
                    // As summary.json: the part's persons and groups.
                    let hidden = crate::report::document::hidden_value(
                        l,
                        k,
                        crate::report::tables::Kind::Count,
                    );
                    return vec![id, hidden, Value::Empty];
                }
                vec![
                    id,
                    Value::Number(l.count(c.persons), c.persons as f64),
                    Value::Number(l.count(c.groups), c.groups as f64),
                ]
            })
            .collect();
        for (shown, media) in [(TEXT_ROWS, Media::Text), (PAGE_ROWS, Media::Page)] {
            blocks.push(Block::Only(
                media,
                vec![Block::Table(TableBlock {
                    columns: vec![
                        head("col-parts-part"),
                        head("col-parts-persons"),
                        head("col-parts-groups"),
                    ],
                    rows: rows.iter().take(shown).cloned().collect(),
                    total: rows.len(),
                    file: Some("groups.csv"),
                })],
            ));
        }
    }
    Some(Section {
        id: "fragile",
        title: t!(l, "sec-fragile"),
        blocks,
    })
}
