//! Section "Connectors": the people in two groups or more, strongest
//! first, and those who alone hold groups together (cut points).

use super::{text, Context, PAGE_ROWS, TEXT_ROWS};
use crate::report::document::{table_of, Block, Media, Section};
use crate::{rich, t};

const COLUMNS: &[&str] = &[
    "name",
    "person",
    "groups",
    "cut_point",
    "pieces_if_removed",
    "sole_link_pairs",
];

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let s = &f.summary;
    let n = f.connectors.len();
    let mut blocks = Vec::new();
    if n == 0 {
        blocks.push(Block::Paragraph(text(t!(l, "connectors-none"))));
    } else {
        blocks.push(Block::Paragraph(if s.cut_point_persons == 0 {
            rich!(l, "connectors-text-no-cut", n = n)
        } else {
            rich!(
                l,
                "connectors-text",
                n = n,
                cut = cx.persons(s.cut_point_persons)
            )
        }));
        for (rows, media) in [(TEXT_ROWS, Media::Text), (PAGE_ROWS, Media::Page)] {
            blocks.push(Block::Only(
                media,
                vec![Block::Table(table_of(
                    f,
                    l,
                    COLUMNS,
                    f.connectors.iter().take(rows),
                    n,
                ))],
            ));
        }
    }
    Some(Section {
        id: "connectors",
        title: t!(l, "sec-connectors"),
        blocks,
    })
}
