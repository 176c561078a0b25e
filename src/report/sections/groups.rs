//! Section "Groups": each group, its members, how many of them are also in
//! another group, and with how many groups it shares members. The page has
//! the whole sortable table (largest groups first); `report.md` the most
//! and the least linked groups, or all of them when they are few (the two
//! lists would be one list reversed).

use super::{screen_figure, Context, TEXT_ROWS};
use crate::analyse::GroupRow;
use crate::report::document::{table_of, Block, Media, Section};
use crate::t;

/// Groups the page's table shows; the rest is in groups.csv.
pub const PAGE_GROUPS: usize = 500;

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    if f.groups.is_empty() {
        return None;
    }
    let mut columns = vec![
        "group",
        "members",
        "shared_members",
        "shared_rate",
        "overlapping_groups",
    ];
    if f.summary.components.len() > 1 {
        columns.push("component");
    }
    columns.push("cut_point");
    let mut by_size: Vec<&GroupRow> = f.groups.iter().collect();
    by_size.sort_by(|a, b| b.members.cmp(&a.members).then(a.name.cmp(&b.name)));
    let mut by_rate: Vec<&GroupRow> = f.groups.iter().collect();
    by_rate.sort_by(|a, b| {
        b.shared_rate
            .total_cmp(&a.shared_rate)
            .then(b.members.cmp(&a.members))
            .then(a.name.cmp(&b.name))
    });
    let n = f.groups.len();
    let mut blocks = vec![Block::Paragraph(super::text(t!(l, "groups-text")))];
    let text = if n <= 2 * TEXT_ROWS {
        vec![Block::Table(table_of(
            f,
            l,
            &columns,
            by_rate.iter().copied(),
            n,
        ))]
    } else {
        vec![
            Block::Heading(t!(l, "groups-most-linked")),
            Block::Table(table_of(
                f,
                l,
                &columns,
                by_rate.iter().take(TEXT_ROWS).copied(),
                n,
            )),
            Block::Heading(t!(l, "groups-least-linked")),
            Block::Table(table_of(
                f,
                l,
                &columns,
                by_rate.iter().rev().take(TEXT_ROWS).copied(),
                n,
            )),
        ]
    };
    blocks.push(Block::Only(Media::Text, text));
    blocks.push(Block::Only(
        Media::Page,
        vec![Block::Table(table_of(
            f,
            l,
            &columns,
            by_size.iter().take(PAGE_GROUPS).copied(),
            n,
        ))],
    ));
    // The groups table gives each group's share on paper.
    blocks.extend(screen_figure(l, "shared_rate"));
    Some(Section {
        id: "groups",
        title: t!(l, "sec-groups"),
        blocks,
    })
}
