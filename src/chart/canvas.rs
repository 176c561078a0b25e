//! Chart stage, drawing surface: a plotters drawing area with the few
//! shapes the charts use, in pixel coordinates, errors as anyhow.

use super::FAMILY;
use anyhow::{anyhow, Result};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Where a text is anchored.
#[derive(Clone, Copy)]
pub enum Anchor {
    Left,
    Centre,
    Right,
}

/// How a text is drawn: size (in SVG pixels, the `font-size` the SVG
/// gets), colour, anchor, weight, direction.
#[derive(Clone, Copy)]
pub struct Font {
    size: f64,
    colour: RGBColor,
    anchor: Anchor,
    bold: bool,
    rotated: bool,
}

impl Font {
    /// Ink-coloured, left-anchored, regular, horizontal. No chart text
    /// is smaller than [`MIN_TEXT`]: read from the back of a room.
    pub const fn new(size: f64) -> Font {
        let size = if size < MIN_TEXT { MIN_TEXT } else { size };
        Font {
            size,
            colour: super::colours::INK,
            anchor: Anchor::Left,
            bold: false,
            rotated: false,
        }
    }
    pub const fn colour(self, colour: RGBColor) -> Font {
        Font { colour, ..self }
    }
    pub const fn right(self) -> Font {
        Font {
            anchor: Anchor::Right,
            ..self
        }
    }
    pub const fn centre(self) -> Font {
        Font {
            anchor: Anchor::Centre,
            ..self
        }
    }
    pub const fn bold(self) -> Font {
        Font { bold: true, ..self }
    }
    /// Reading upwards.
    pub const fn rotated(self) -> Font {
        Font {
            rotated: true,
            ..self
        }
    }
}

/// Charts are laid out in pixels of an SVG; a PNG is drawn `scale` times
/// larger (sharper on projectors, and small text renders better).
pub struct Canvas<DB: DrawingBackend> {
    area: DrawingArea<DB, Shift>,
    scale: i32,
}

/// The smallest `font-size` of a chart text, in SVG pixels: a chart is
/// shown at most at its own width (see [`super::PAGE_WIDTH`]), so no text
/// is under 12 px on the page.
pub const MIN_TEXT: f64 = 12.0;

/// plotters sizes a font by its line height and writes `font-size` as
/// that size / 1.24 in an SVG: a [`Font`] size is multiplied by this
/// before it reaches plotters, so that the SVG says the size asked for.
const PLOTTERS_EM: f64 = 1.24;

fn err<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow!("{e:?}")
}

impl<DB: DrawingBackend> Canvas<DB> {
    /// A canvas whose coordinates are multiplied by `scale` (1 for SVG).
    pub fn new(area: DrawingArea<DB, Shift>, scale: i32) -> Self {
        Canvas { area, scale }
    }

    fn at(&self, (x, y): (i32, i32)) -> (i32, i32) {
        (x * self.scale, y * self.scale)
    }

    pub fn clear(&self) -> Result<()> {
        self.area.fill(&WHITE).map_err(err)
    }

    pub fn present(&self) -> Result<()> {
        self.area.present().map_err(err)
    }

    pub fn rect(&self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), c: RGBColor) -> Result<()> {
        self.area
            .draw(&Rectangle::new(
                [self.at((x0, y0)), self.at((x1, y1))],
                c.filled(),
            ))
            .map_err(err)
    }

    /// A filled circle, with an outline when `ring` is given.
    pub fn circle(
        &self,
        centre: (i32, i32),
        r: i32,
        fill: RGBAColor,
        ring: Option<(RGBColor, u32)>,
    ) -> Result<()> {
        let (centre, r) = (self.at(centre), r * self.scale);
        self.area
            .draw(&Circle::new(centre, r, fill.filled()))
            .map_err(err)?;
        if let Some((c, w)) = ring {
            let w = w * self.scale as u32;
            self.area
                .draw(&Circle::new(centre, r, c.stroke_width(w)))
                .map_err(err)?;
        }
        Ok(())
    }

    pub fn line(&self, points: Vec<(i32, i32)>, c: RGBAColor, width: u32) -> Result<()> {
        let points: Vec<(i32, i32)> = points.into_iter().map(|p| self.at(p)).collect();
        let width = width * self.scale as u32;
        self.area
            .draw(&PathElement::new(points, c.stroke_width(width)))
            .map_err(err)
    }

    fn style(&self, size: f64, c: RGBColor, bold: bool) -> TextStyle<'static> {
        let size = size * PLOTTERS_EM;
        let font = if bold {
            (FAMILY, size, FontStyle::Bold).into_font()
        } else {
            (FAMILY, size).into_font()
        };
        font.color(&c)
    }

    /// Text at `(x, y)`, vertically centred, in `font`.
    pub fn text(&self, s: &str, (x, y): (i32, i32), font: Font) -> Result<()> {
        let h = match font.anchor {
            Anchor::Left => HPos::Left,
            Anchor::Centre => HPos::Center,
            Anchor::Right => HPos::Right,
        };
        let mut style = self
            .style(font.size * f64::from(self.scale), font.colour, font.bold)
            .pos(Pos::new(h, VPos::Center));
        if font.rotated {
            style = style.transform(FontTransform::Rotate270);
        }
        self.area
            .draw(&Text::new(s, self.at((x, y)), style))
            .map_err(err)
    }
}

/// Width in pixels of `s` at `size`, measured with the embedded font.
pub fn text_width(s: &str, size: f64) -> i32 {
    super::register_fonts();
    let font = (FAMILY, size * PLOTTERS_EM).into_font();
    font.box_size(s).map(|(w, _)| w as i32).unwrap_or_else(|_| {
        // Measuring cannot fail with the embedded font; estimate anyway.
        (s.chars().count() as f64 * size * 0.6) as i32
    })
}

/// Splits `text` into lines no wider than `width` pixels at `size`.
pub fn wrap(text: &str, size: f64, width: i32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size) > width {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

impl<DB: DrawingBackend> Canvas<DB> {
    /// The note lines at the top of a chart (what it leaves out; the
    /// title and how to read it are in the page); returns the y after them.
    pub fn notes(&self, notes: &[String]) -> Result<i32> {
        let mut y = NOTE_TOP;
        for n in notes {
            self.text(
                n,
                (20, y),
                Font::new(NOTE_SIZE).colour(super::colours::MUTED),
            )?;
            y += NOTE_LINE;
        }
        Ok(y)
    }
}

/// Size of the note lines.
pub const NOTE_SIZE: f64 = 13.0;
const NOTE_TOP: i32 = 18;
const NOTE_LINE: i32 = 20;

/// Height taken by `notes` lines at the top of a chart.
pub fn notes_height(notes: usize) -> i32 {
    if notes == 0 {
        10
    } else {
        NOTE_TOP + NOTE_LINE * notes as i32 + 6
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_notes_wrap_within_the_width() {
        let text = "Each person is counted once, in the bar of their exact set of groups.";
        let lines = wrap(text, 13.0, 200);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(
            lines.iter().all(|l| text_width(l, 13.0) <= 200),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("", 13.0, 100), Vec::<String>::new());
    }
}
