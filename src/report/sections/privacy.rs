//! Section "Privacy": what this report hides, said to whoever reads it:
//! people written as keyed pseudonyms (and whether the next report will
//! use the same ones), the lists left out, small counts not shown. Absent
//! from a report that hides nothing.

use super::{text, Context};
use crate::privacy::key::KeySource;
use crate::report::document::{Block, Section};
use crate::{rich, t};

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let p = &f.summary.privacy;
    if !p.pseudonymised && p.min_count <= 1 {
        return None;
    }
    let mut blocks = Vec::new();
    if p.pseudonymised {
        let length = p.person_pseudonym_length.unwrap_or_default();
        blocks.push(Block::Paragraph(rich!(
            l,
            "privacy-pseudonyms",
            length = length
        )));
        blocks.push(Block::Paragraph(text(match p.key {
            Some(KeySource::Random) => t!(l, "privacy-key-random"),
            _ => t!(l, "privacy-key-kept"),
        })));
        if p.group_names_hidden {
            blocks.push(Block::Paragraph(text(t!(l, "privacy-groups-hidden"))));
        }
        blocks.push(Block::Paragraph(text(t!(l, "privacy-withheld"))));
    }
    if p.min_count > 1 {
        blocks.push(Block::Paragraph(rich!(
            l,
            "privacy-min-count",
            k = p.min_count
        )));
        if cx.opts.graphs {
            blocks.push(Block::Paragraph(text(t!(l, "privacy-no-graphs"))));
        }
    }
    blocks.push(Block::Paragraph(text(t!(l, "privacy-still-personal"))));
    Some(Section {
        id: "privacy",
        title: t!(l, "sec-privacy"),
        blocks,
    })
}
