//! Section "The essentials": three to six sentences a facilitator can read
//! aloud at a meeting, each with what could be done about it: parts of the
//! network that share nobody, isolated groups, groups hanging on one
//! person, people or groups that alone hold others together, then the
//! strongest bridges.

use super::{names_in_words, Context};
use crate::report::document::{Block, Section, Span};
use crate::{rich, t};

/// At most this many sentences: the rest is in the sections below.
const MOST: usize = 6;
/// Names given in a sentence before "and N others".
const NAMED: usize = 3;

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let s = &f.summary;
    let mut items: Vec<Vec<Span>> = Vec::new();
    if s.components.len() > 1 {
        let largest = &s.components[0];
        items.push(rich!(
            l,
            "ess-parts",
            parts = s.components.len(),
            groups = largest.groups,
            others = s.groups - largest.groups
        ));
    } else if s.groups > 1 {
        items.push(rich!(l, "ess-one-part"));
    }
    if !s.isolated_groups.is_empty() {
        items.push(rich!(
            l,
            "ess-isolated",
            n = s.isolated_groups.len(),
            names = names_in_words(l, &s.isolated_groups, NAMED)
        ));
    }
    if !s.groups_hanging_on_one_person.is_empty() {
        items.push(rich!(
            l,
            "ess-hanging",
            n = s.groups_hanging_on_one_person.len(),
            names = names_in_words(l, &s.groups_hanging_on_one_person, NAMED)
        ));
    }
    let cut_groups: Vec<String> = f
        .groups
        .iter()
        .filter(|g| g.cut_point)
        .map(|g| g.name.clone())
        .collect();
    if !cut_groups.is_empty() {
        items.push(rich!(
            l,
            "ess-cut-groups",
            n = cut_groups.len(),
            names = names_in_words(l, &cut_groups, NAMED)
        ));
    }
    if s.persons_in_2plus_groups > 0 {
        items.push(if s.cut_point_persons > 0 {
            rich!(l, "ess-cut-persons", n = s.cut_point_persons)
        } else {
            rich!(l, "ess-no-cut-persons")
        });
    }
    let bridges: Vec<String> = f
        .connectors
        .iter()
        .take(NAMED)
        .map(|c| {
            let who = if c.name.is_empty() {
                &c.person
            } else {
                &c.name
            };
            t!(l, "ess-bridge", who = who, groups = c.groups)
        })
        .collect();
    if !bridges.is_empty() {
        items.push(rich!(
            l,
            "ess-bridges",
            n = bridges.len(),
            list = names_in_words(l, &bridges, NAMED)
        ));
    }
    if let Some(p) = f.pairs.first() {
        items.push(rich!(
            l,
            "ess-closest",
            a = &f.groups[p.a as usize].name,
            b = &f.groups[p.b as usize].name,
            shared = p.shared
        ));
    }
    if items.is_empty() {
        return None;
    }
    items.truncate(MOST);
    Some(Section {
        id: "essentials",
        title: t!(l, "sec-essentials"),
        blocks: vec![Block::Items(items)],
    })
}
