//! Section "Privacy": what this report hides, said to whoever reads it:
//! people written as keyed pseudonyms (and whether the next report will
//! use the same ones), the lists left out, small counts not shown. Absent
//! from a report that hides nothing.

use super::{text, Context};
use crate::privacy::key::KeySource;
use crate::report::document::{Block, Section};
use crate::{rich, t};

pub fn section(cx: &Context) -> Option<Section> {
    section_of(
        cx.lang,
        &cx.f.summary.privacy,
        Written {
            persons: true,
            identity_lists: true,
            graphs: cx.opts.graphs,
        },
    )
}

/// The section of a report, a comparison or a trend made with `p`; none
/// when nothing is hidden.
pub fn section_of(
    l: crate::lang::Lang,
    p: &crate::privacy::Privacy,
    written: Written,
) -> Option<Section> {
    let blocks = blocks(l, p, written);
    (!blocks.is_empty()).then(|| Section {
        id: "privacy",
        title: t!(l, "sec-privacy"),
        blocks,
    })
}

/// What a folder would write without its privacy options, for
/// [`blocks`] to say what was hidden of it.
pub struct Written {
    /// Rows of persons (connectors, facilitators; a comparison's
    /// persons): a trend writes none.
    pub persons: bool,
    /// The lists of possible duplicates and folded addresses (a report's).
    pub identity_lists: bool,
    /// GraphML and GEXF asked for (`--graphs`).
    pub graphs: bool,
}

/// The privacy paragraphs of a report, a comparison or a trend made with
/// `p`; none when nothing is hidden.
fn blocks(l: crate::lang::Lang, p: &crate::privacy::Privacy, written: Written) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !p.pseudonymised && p.min_count <= 1 {
        return blocks;
    }
    if p.pseudonymised && written.persons {
        let length = p.person_pseudonym_length.unwrap_or_default();
        blocks.push(Block::Paragraph(rich!(
            l,
            "privacy-pseudonyms",
            length = length
        )));
    }
    if p.pseudonymised && (written.persons || p.group_names_hidden) {
        blocks.push(Block::Paragraph(text(match p.key {
            Some(KeySource::Random) => t!(l, "privacy-key-random"),
            _ => t!(l, "privacy-key-kept"),
        })));
    }
    if p.group_names_hidden {
        blocks.push(Block::Paragraph(text(t!(l, "privacy-groups-hidden"))));
    }
    if p.pseudonymised && written.identity_lists {
        blocks.push(Block::Paragraph(text(t!(l, "privacy-withheld"))));
    }
    if p.min_count > 1 {
        blocks.push(Block::Paragraph(rich!(
            l,
            "privacy-min-count",
            k = p.min_count
        )));
        if written.graphs {
            blocks.push(Block::Paragraph(text(t!(l, "privacy-no-graphs"))));
        }
    }
    blocks.push(Block::Paragraph(text(t!(l, "privacy-still-personal"))));
    blocks
}
