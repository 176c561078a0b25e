//! Load stage, text: a file's bytes as UTF-8, whatever encoding it was
//! saved in. A UTF-8 file on disk is used in place (polars reads it
//! directly); anything else is decoded in memory with the encoding given
//! (`--encoding`), its BOM, or the one chardetng guesses.

use super::files::{Data, File};
use super::{LoadError, SNIFF_BYTES};
use std::path::Path;

/// An input's text as UTF-8: either the file itself when it is UTF-8
/// (polars then reads it in place), or its bytes decoded in memory.
pub struct Text {
    pub encoding: &'static str,
    pub decoded: Option<Vec<u8>>,
}

impl Text {
    /// UTF-8 (with or without BOM) is used in place; a UTF-16 BOM, a start
    /// that is not UTF-8, or `--encoding` gives a decoded copy.
    pub fn detect(input: &File, head: &[u8], label: Option<&str>) -> Result<Text, LoadError> {
        let utf8 = match std::str::from_utf8(head) {
            Ok(_) => true,
            // A character cut by the end of the sniff window is fine.
            Err(e) => e.error_len().is_none() && head.len() == SNIFF_BYTES,
        };
        let bom16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        if label.is_none() && !bom16 && utf8 {
            return Ok(match &input.data {
                Data::Disk(_) => Text::utf8(None),
                // Checked whole: the bytes are in memory anyway.
                Data::Bytes(_) | Data::Zip(..) => {
                    let b = input.all()?.into_owned();
                    match String::from_utf8(b) {
                        Ok(s) => Text::utf8(Some(s.into_bytes())),
                        Err(e) => Text::from_bytes(&input.label, e.as_bytes(), None)?,
                    }
                }
            });
        }
        Text::from_bytes(&input.label, &input.all()?, label)
    }

    fn utf8(decoded: Option<Vec<u8>>) -> Text {
        Text {
            encoding: "UTF-8",
            decoded,
        }
    }

    /// Decodes `bytes` with the encoding named by `label`, or the one
    /// chardetng guesses (with a French-language hint: Windows-1252 for
    /// French Excel files); a BOM wins over both.
    pub fn from_bytes(path: &Path, bytes: &[u8], label: Option<&str>) -> Result<Text, LoadError> {
        let encoding = match label {
            Some(l) => encoding_rs::Encoding::for_label(l.trim().as_bytes()).ok_or_else(|| {
                LoadError::UnknownEncoding {
                    path: path.into(),
                    label: l.into(),
                }
            })?,
            None => {
                let mut detector = chardetng::EncodingDetector::new();
                detector.feed(bytes, true);
                // The users are mostly French-speaking: in a tie, prefer
                // the encodings used for French (Windows-1252).
                detector.guess(Some(b"fr"), false)
            }
        };
        let (text, used, _) = encoding.decode(bytes);
        Ok(Text {
            encoding: used.name(),
            decoded: Some(text.into_owned().into_bytes()),
        })
    }

    /// The whole text, in memory: a file read in place is read now, and
    /// decoded after all if it stops being UTF-8 after the sniff window.
    pub fn load(&mut self, input: &File, label: Option<&str>) -> Result<String, LoadError> {
        if let Some(d) = &self.decoded {
            // Decoded text and checked UTF-8 are valid UTF-8.
            return Ok(String::from_utf8_lossy(d).into_owned());
        }
        let bytes = input.all()?.into_owned();
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                *self = Text::from_bytes(&input.label, e.as_bytes(), label)?;
                let d = self.decoded.as_deref().unwrap_or_default();
                Ok(String::from_utf8_lossy(d).into_owned())
            }
        }
    }
}
