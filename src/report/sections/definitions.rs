//! Section "Definitions": each figure in plain words, with its technical
//! name and formula, for whoever wants to check or compare.

use super::Context;
use crate::messages::message;
use crate::report::document::{Block, Media, Section};
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

/// Terms defined when the groups have categories.
const CATEGORY_TERMS: &[&str] = &["cross-category", "category-lift", "participation"];

/// Terms defined when the groups have no categories: participation is
/// then over clusters of groups.
const CLUSTER_TERMS: &[&str] = &["participation-clusters"];

/// Terms defined when roles are known.
const FACILITATOR_TERMS: &[&str] = &["facilitator", "linked-facilitator", "facilitators-network"];

pub fn section(cx: &Context) -> Option<Section> {
    let l = cx.lang;
    let defined = |terms: &[&str]| {
        Block::Definitions(
            terms
                .iter()
                .map(|t| {
                    (
                        message(l, &format!("def-{t}"), &[]),
                        message(l, &format!("def-{t}-text"), &[]),
                    )
                })
                .collect(),
        )
    };
    let mut blocks = vec![defined(TERMS)];
    let mut more = Vec::new();
    if !cx.f.categories.is_empty() {
        more.extend(CATEGORY_TERMS);
    } else {
        more.extend(CLUSTER_TERMS);
    }
    if cx.f.summary.facilitators.is_some() {
        more.extend(FACILITATOR_TERMS);
    }
    // The terms of categories and facilitators stay off paper, which the
    // example must fill in eight pages; the page and report.md have them.
    if !more.is_empty() {
        blocks.push(Block::Only(Media::Text, vec![defined(&more)]));
        blocks.push(Block::Only(Media::Screen, vec![defined(&more)]));
    }
    Some(Section {
        id: "definitions",
        title: t!(l, "sec-definitions"),
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_term_is_defined_in_every_language() {
        for l in [Lang::En, Lang::Fr] {
            for t in TERMS
                .iter()
                .chain(CATEGORY_TERMS)
                .chain(CLUSTER_TERMS)
                .chain(FACILITATOR_TERMS)
            {
                for key in [format!("def-{t}"), format!("def-{t}-text")] {
                    assert_ne!(message(l, &key, &[]), key);
                }
            }
        }
    }
}
