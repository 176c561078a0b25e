//! Section "Overlaps": the pairs of groups sharing most people, how close
//! they are, and whether more than chance; the map (its caption says what
//! its colours are) and the heatmap.

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
    // The map's colours: categories when the groups have some, else
    // clusters of groups (as chart::map draws them).
    let mut map = figure(l, "map");
    let colour = if f.categories.is_empty() {
        t!(l, "chart-map-read-cluster")
    } else {
        t!(l, "chart-map-read-category")
    };
    map.how_to_read = format!("{} {colour}", map.how_to_read);
    blocks.push(Block::Figure(map));
    // The map and the table of pairs say it on paper.
    blocks.extend(screen_figure(l, "heatmap"));
    Some(Section {
        id: "overlaps",
        title: t!(l, "sec-overlaps"),
        blocks,
    })
}
