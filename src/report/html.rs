//! Report stage, `index.html`: the report as one self-contained page
//! (charts inline, no external request: a Content-Security-Policy forbids
//! any), readable on a phone and printable on A4. It lays out the
//! [`Document`] the sections built: the headline and figures first, then
//! each section. Generated with maud, which escapes every value; the style
//! sheet and the script are `assets/report.css` and `assets/report.js`,
//! included at build time.

use super::document::{Block, Document, Figure, Media, Span, TableBlock, Value};
use super::sections::PRINTED_ROWS;
use crate::chart::Chart;
use crate::t;
use anyhow::Result;
use maud::{html, Markup, PreEscaped};
use std::io::Write;

const STYLE: &str = include_str!("../../assets/report.css");
const SCRIPT: &str = include_str!("../../assets/report.js");

/// Escapes text for HTML content and attribute values (for the few places
/// that build HTML outside the page's template).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes `index.html`, with the charts' SVG inline.
pub fn write_html(doc: &Document, charts: &[Chart], w: &mut dyn Write) -> Result<()> {
    w.write_all(b"<!doctype html>\n")?;
    w.write_all(page(doc, charts).into_string().as_bytes())?;
    w.write_all(b"\n")?;
    Ok(())
}

fn spans(s: &[Span]) -> Markup {
    html! {
        @for x in s {
            @match x {
                Span::Text(t) => (t),
                Span::Strong(t) => strong { (t) },
                Span::Code(t) => code { (t) },
            }
        }
    }
}

fn cell(v: &Value) -> Markup {
    html! {
        @match v {
            Value::Empty => td {},
            Value::Text(t) => td { (t) },
            Value::Number(shown, sort) => td.n data-v=(sort) { (shown) },
            Value::Yes(word) => td.yes { (word) },
            Value::Person { name, address } => td {
                @if name.is_empty() { (address) } @else { (name) " " span.addr { (address) } }
            },
        }
    }
}

fn table(doc: &Document, t: &TableBlock) -> Markup {
    let l = doc.lang;
    let cut = t.rows.len() > PRINTED_ROWS;
    html! {
        div.scroll { table.sortable.cut[cut] {
            thead { tr {
                @for c in &t.columns {
                    @if c.numeric {
                        th.n data-sort="n" { (c.label) }
                    } @else {
                        th data-sort="t" { (c.label) }
                    }
                }
            } }
            tbody {
                @for row in &t.rows {
                    tr { @for v in row { (cell(v)) } }
                    "\n"
                }
            }
        } }
        @if let Some(file) = t.file {
            @if t.rows.len() < t.total {
                p.note.screen { (t!(l, "shown-of", shown = t.rows.len(), total = t.total, file = file)) }
            }
            @if cut {
                p.note.print { (t!(l, "printed-of", shown = PRINTED_ROWS, total = t.total, file = file)) }
            }
        }
    }
}

fn figure(doc: &Document, fig: &Figure, charts: &[Chart]) -> Markup {
    let svg = charts.iter().find(|c| c.name == fig.chart);
    html! {
        @if let Some(c) = svg {
            figure id={ "chart-" (c.name) } {
                h3 { (fig.title) }
                p.read { (fig.how_to_read) }
                div.scroll role="img" aria-label=(fig.title) { (PreEscaped(inline_svg(&c.svg))) }
                figcaption.noprint {
                    (t!(doc.lang, "chart-file")) " "
                    a href={ "charts/" (c.name) ".svg" } { "charts/" (c.name) ".svg" }
                }
            } "\n"
        }
    }
}

fn blocks(doc: &Document, list: &[Block], charts: &[Chart]) -> Markup {
    html! {
        @for b in list {
            @match b {
                Block::Paragraph(x) => p { (spans(x)) },
                Block::Note(x) => p.note { (spans(x)) },
                Block::Heading(h) => h3 { (h) },
                Block::Items(items) => ul { @for i in items { li { (spans(i)) } } },
                Block::Table(t) => (table(doc, t)),
                Block::Figure(fig) => (figure(doc, fig, charts)),
                Block::Definitions(defs) => dl { @for (term, def) in defs { dt { (term) } dd { (def) } } },
                Block::Only(Media::Text, _) => {},
                Block::Only(Media::Screen, inner) => div.screen { (blocks(doc, inner, charts)) },
                Block::Only(_, inner) => (blocks(doc, inner, charts)),
            }
            "\n"
        }
    }
}

fn page(doc: &Document, charts: &[Chart]) -> Markup {
    let version = env!("CARGO_PKG_VERSION");
    html! {
        html lang=(doc.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
                meta name="generator" content={ "maillage " (version) };
                title { (doc.title) }
                style { (PreEscaped(STYLE)) }
            }
            body { main {
                "\n"
                header {
                    h1 { (doc.title) }
                    p.subtitle { (doc.subtitle) }
                } "\n"
                p.lead { (spans(&doc.lead)) } "\n"
                div.cards {
                    @for (n, label) in &doc.cards { div.card { b { (n) } span { (label) } } }
                } "\n"
                nav.noprint { @for s in &doc.sections { a href={ "#" (s.id) } { (s.title) } } } "\n"
                @for s in &doc.sections {
                    section id=(s.id) {
                        h2 { (s.title) } "\n"
                        (blocks(doc, &s.blocks, charts))
                    } "\n"
                }
                footer { (doc.footer) } "\n"
            }
            script { (PreEscaped(SCRIPT)) } }
        }
    }
}

/// A chart's SVG without its XML declaration, to sit inside the page.
fn inline_svg(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_covers_markup_and_attributes() {
        assert_eq!(
            escape_html("<script>alert(1)</script> & \"x\" 'y'"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;"
        );
    }
}
