//! Section "To check": what a person should look at before trusting the
//! figures: names carried by different addresses (counted as different
//! people), rows left out and why, files not read, what was read with a
//! doubt, names cleaned of control characters, addresses folded.

use super::{text, Context, PAGE_ROWS, TEXT_ROWS};
use crate::analyse::duplicates::PossibleDuplicate;
use crate::report::document::{table_of, Block, Media, Section, Span};
use crate::report::text::skipped_rows;
use crate::{rich, t};

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let input = &f.summary.input;
    let mut blocks = Vec::new();
    let dups = f.possible_duplicates.len();
    if dups > 0 && f.summary.privacy.withholds_identities() {
        blocks.push(Block::Paragraph(rich!(
            l,
            "check-duplicates-withheld",
            n = dups
        )));
    } else if dups > 0 {
        blocks.push(Block::Paragraph(rich!(l, "check-duplicates", n = dups)));
        for (rows, media) in [(TEXT_ROWS, Media::Text), (PAGE_ROWS, Media::Page)] {
            blocks.push(Block::Only(
                media,
                vec![Block::Table(table_of::<PossibleDuplicate>(
                    f,
                    l,
                    &["name", "addresses"],
                    f.possible_duplicates.iter().take(rows),
                    dups,
                ))],
            ));
        }
    }
    let mut items: Vec<Vec<Span>> = Vec::new();
    for file in &input.files {
        if let Some(s) = skipped_rows(l, file) {
            items.push(text(s));
        }
    }
    for n in &input.not_read {
        items.push(text(t!(
            l,
            "warn-not-read",
            file = &n.file,
            why = n.why.describe(l)
        )));
    }
    for file in &input.files {
        for notice in &file.notices {
            items.push(text(t!(
                l,
                "warn-notice",
                file = &file.file,
                notice = notice.describe(l)
            )));
        }
        if file.control_characters > 0 {
            items.push(text(t!(
                l,
                "check-control-characters",
                file = &file.file,
                n = file.control_characters
            )));
        }
        if file.roles_dropped > 0 {
            items.push(text(t!(
                l,
                "check-roles-dropped",
                file = &file.file,
                n = file.roles_dropped
            )));
        }
    }
    if input.gmail_addresses_folded > 0 {
        items.push(text(t!(l, "warn-folds", n = input.gmail_addresses_folded)));
    }
    if input.duplicates > 0 {
        items.push(text(t!(l, "check-repeated", n = input.duplicates)));
    }
    if !items.is_empty() {
        blocks.push(Block::Items(items));
    }
    if blocks.is_empty() {
        blocks.push(Block::Paragraph(text(t!(l, "check-nothing"))));
    }
    Some(Section {
        id: "check",
        title: t!(l, "sec-check"),
        blocks,
    })
}
