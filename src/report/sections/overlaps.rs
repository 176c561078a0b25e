//! Section "Overlaps": the pairs of groups sharing most people, how close
//! they are, and whether more than chance; the map and the heatmap.

use super::{figure, screen_figure, text, Context, PAGE_ROWS, TEXT_ROWS};
use crate::report::document::{table_of, Block, Media, Section};
use crate::{rich, t};

const COLUMNS: &[&str] = &[
    "group_a",
    "group_b",
    "shared",
    "jaccard",
    "lift",
    "sole_link",
];

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let n = f.pairs.len();
    let mut blocks = Vec::new();
    if n == 0 {
        blocks.push(Block::Paragraph(text(t!(l, "overlaps-none"))));
    } else {
        blocks.push(Block::Paragraph(rich!(l, "overlaps-text", n = n)));
        for (rows, media) in [(TEXT_ROWS, Media::Text), (PAGE_ROWS, Media::Page)] {
            blocks.push(Block::Only(
                media,
                vec![Block::Table(table_of(
                    f,
                    l,
                    COLUMNS,
                    f.pairs.iter().take(rows),
                    n,
                ))],
            ));
        }
        blocks.push(Block::Note(text(t!(l, "overlaps-note"))));
    }
    blocks.push(Block::Figure(figure(l, "map")));
    // The map and the table of pairs say it on paper.
    blocks.extend(screen_figure(l, "heatmap"));
    Some(Section {
        id: "overlaps",
        title: t!(l, "sec-overlaps"),
        blocks,
    })
}
