//! Section "The essentials": three to six sentences a facilitator can read
//! aloud at a meeting, each with what could be done about it: parts of the
//! network that share nobody, isolated groups, groups hanging on one
//! person, people or groups that alone hold others together, groups whose
//! facilitators meet no other facilitator, then the strongest bridges.

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
    let hanging = cx.hanging_groups();
    if !hanging.is_empty() {
        let names = names_in_words(l, &hanging, NAMED);
        items.push(if cx.min_count() > 1 {
            rich!(
                l,
                "ess-few-links",
                n = hanging.len(),
                names = names,
                k = cx.min_count()
            )
        } else {
            rich!(l, "ess-hanging", n = hanging.len(), names = names)
        });
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
            rich!(
                l,
                "ess-cut-persons",
                n = cx.persons_first(s.cut_point_persons)
            )
        } else {
            rich!(l, "ess-no-cut-persons")
        });
    }
    // Before the bridges: facilitators who meet no other facilitator are
    // something to act on, the strongest connectors a thing to know.
    if let Some(fs) = &s.facilitators {
        let alone = &fs.groups_with_alone_facilitators;
        if !alone.is_empty() {
            let names = names_in_words(l, alone, NAMED);
            items.push(match &fs.facilitators_group {
                Some(g) => rich!(
                    l,
                    "ess-alone-facilitators-group",
                    n = alone.len(),
                    names = names,
                    group = g
                ),
                None => rich!(l, "ess-alone-facilitators", n = alone.len(), names = names),
            });
        }
    }
    // Under --min-count, a connector whose groups fewer than K persons
    // share is not described (connectors.csv withholds their groups).
    let bridges: Vec<String> = f
        .connectors
        .iter()
        .take(NAMED)
        .filter(|c| !cx.withheld(u64::from(c.same_groups)))
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
            shared = cx.persons(u64::from(p.shared))
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
