//! Report stage, `report.md`: the report as Markdown, for a newsletter or
//! a wiki: the same document as the page ([`super::document`]), with the
//! first rows of each table; the full lists are in the CSV files and the
//! spreadsheet.

use super::document::{Block, Document, Media, Span, TableBlock};
use crate::t;
use anyhow::Result;
use std::io::Write;
/// Escapes a name for Markdown text and tables: it must show as typed, never
/// as markup or HTML.
pub fn escape(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        match c {
            // `&` only starts an entity when a name or `#` follows it.
            '&' if next.is_some_and(|n| n.is_alphanumeric() || n == '#') => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Inside a word (`jean_dupont`) an underscore is not emphasis.
            '_' if word(prev) && word(next) => out.push(c),
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

pub fn write_markdown(doc: &Document, w: &mut dyn Write) -> Result<()> {
    let l = doc.lang;
    writeln!(w, "# {}\n", escape(&doc.title))?;
    writeln!(w, "*{}*\n", escape(&doc.subtitle))?;
    writeln!(w, "{}\n", spans(&doc.lead))?;
    for (figure, label) in &doc.cards {
        writeln!(w, "- **{}** {}", escape(figure), escape(label))?;
    }
    for section in &doc.sections {
        writeln!(w, "\n## {}", escape(&section.title))?;
        blocks(w, l, &section.blocks)?;
    }
    writeln!(w, "\n---\n\n*{}*", escape(&doc.footer))?;
    Ok(())
}

fn blocks(w: &mut dyn Write, l: crate::lang::Lang, list: &[Block]) -> Result<()> {
    {
        for block in list {
            match block {
                Block::Paragraph(s) => writeln!(w, "\n{}", spans(s))?,
                Block::Note(s) => writeln!(w, "\n*{}*", spans(s))?,
                Block::Heading(h) => writeln!(w, "\n### {}", escape(h))?,
                Block::Items(items) => {
                    writeln!(w)?;
                    for item in items {
                        writeln!(w, "- {}", spans(item))?;
                    }
                }
                Block::Table(t) => table(w, l, t)?,
                Block::Only(Media::Page | Media::Screen, _) => {}
                Block::Only(_, inner) => blocks(w, l, inner)?,
                Block::Figure(fig) => {
                    writeln!(
                        w,
                        "\n![{}](charts/{}.svg)\n\n*{}*",
                        escape(&fig.title),
                        fig.chart,
                        escape(&fig.how_to_read)
                    )?;
                }
                Block::Definitions(defs) => {
                    writeln!(w)?;
                    for (term, def) in defs {
                        writeln!(w, "- **{}**: {}", escape(term), escape(def))?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Spans as Markdown, names escaped.
fn spans(s: &[Span]) -> String {
    s.iter()
        .map(|x| match x {
            Span::Text(t) => escape(t),
            Span::Strong(t) => format!("**{}**", escape(t)),
            Span::Code(t) => format!("`{}`", t.replace('`', "'")),
        })
        .collect()
}

fn table(w: &mut dyn Write, l: crate::lang::Lang, t: &TableBlock) -> Result<()> {
    writeln!(w)?;
    let heads: Vec<String> = t.columns.iter().map(|c| escape(&c.label)).collect();
    writeln!(w, "| {} |", heads.join(" | "))?;
    let aligns: Vec<&str> = t
        .columns
        .iter()
        .map(|c| if c.numeric { "---:" } else { "---" })
        .collect();
    writeln!(w, "|{}|", aligns.join("|"))?;
    // Sections give the rows the text shows.
    let shown = t.rows.len();
    for row in t.rows.iter().take(shown) {
        let cells: Vec<String> = row.iter().map(|v| escape(&v.plain())).collect();
        writeln!(w, "| {} |", cells.join(" | "))?;
    }
    if shown < t.total {
        if let Some(file) = t.file {
            writeln!(
                w,
                "\n*{}*",
                escape(&t!(
                    l,
                    "shown-of",
                    shown = shown,
                    total = t.total,
                    file = file
                ))
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_inject_markup() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("*bold* [x](y)"), "\\*bold\\* \\[x\\](y)");
        assert_eq!(escape("Vélo & ateliers"), "Vélo & ateliers");
        assert_eq!(escape("AT&T &#60;"), "AT&amp;T &amp;\\#60;");
        assert_eq!(escape("jean_dupont@x.fr _a_"), "jean_dupont@x.fr \\_a\\_");
    }
}
