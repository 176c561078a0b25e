//! Section "Definitions": each figure in plain words, with its technical
//! name and formula, for whoever wants to check or compare.

use super::Context;
use crate::messages::message;
use crate::report::document::{Block, Section};
use crate::t;

/// The terms defined, by catalogue key: `def-<term>` and
/// `def-<term>-text`.
const TERMS: &[&str] = &[
    "multi",
    "shared",
    "linked-groups",
    "isolated",
    "hanging",
    "jaccard",
    "lift",
    "connector",
    "cut-point",
    "sole-link",
    "parts",
];

pub fn section(cx: &Context) -> Option<Section> {
    let l = cx.lang;
    Some(Section {
        id: "definitions",
        title: t!(l, "sec-definitions"),
        blocks: vec![Block::Definitions(
            TERMS
                .iter()
                .map(|t| {
                    (
                        message(l, &format!("def-{t}"), &[]),
                        message(l, &format!("def-{t}-text"), &[]),
                    )
                })
                .collect(),
        )],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_term_is_defined_in_every_language() {
        for l in [Lang::En, Lang::Fr] {
            for t in TERMS {
                for key in [format!("def-{t}"), format!("def-{t}-text")] {
                    assert_ne!(message(l, &key, &[]), key);
                }
            }
        }
    }
}
