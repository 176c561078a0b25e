//! Load stage, Nextcloud groups: `occ group:list --output=json` gives
//! `{"group": ["uid", ...]}` (user ids, not addresses); `--info` may give
//! `{"group": {"users": [...]}}`, read too.

use super::table::Layout;
use super::{Description, Format, Reader, Sniff, Source};
use crate::load::sink::{Row, Sink};
use crate::load::LoadError;
use crate::memberships::{ExportField, ExportKind, TakenFrom};
use std::path::Path;

pub struct Nextcloud;

struct JsonReader;

impl Format for Nextcloud {
    fn name(&self) -> &'static str {
        "Nextcloud groups JSON"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let object = s.head.trim_start().starts_with('{');
        let forced = s.opts.layout;
        Ok((object && matches!(forced, None | Some(Layout::PerGroup)))
            .then(|| Box::new(JsonReader) as Box<dyn Reader>))
    }
}

impl Reader for JsonReader {
    fn describe(&self) -> Description {
        Description {
            format: ExportKind::Nextcloud,
            layout: Layout::PerGroup,
            delimiter: "none".into(),
            person: TakenFrom::Field(ExportField::NextcloudUsers),
            groups: TakenFrom::Field(ExportField::NextcloudGroups),
            header: false,
            one_group: None,
            notices: Vec::new(),
        }
    }

    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError> {
        let text = src.whole_text()?;
        let rows = read(&src.file().label, text.trim_start_matches('\u{feff}'))?;
        sink.diag.rows += rows.len() as u64;
        sink.add_rows(&rows)
    }
}

/// Nextcloud `occ group:list --output=json`: `{"group": ["uid", ...]}`
/// (also `{"group": {"users": [...]}}`, as `--info` may give).
fn read(path: &Path, text: &str) -> Result<Vec<Row>, LoadError> {
    let bad = |line: usize, message: String| LoadError::Malformed {
        path: path.into(),
        line: line.max(1) as u64,
        message,
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        bad(
            e.line(),
            format!("not valid JSON ({e}); expected Nextcloud's `occ group:list --output=json`"),
        )
    })?;
    let serde_json::Value::Object(groups) = value else {
        return Err(bad(
            1,
            "expected a JSON object of groups: {\"group\": [\"user\", ...]}".into(),
        ));
    };
    let mut out = Vec::new();
    for (group, members) in groups {
        let list = match &members {
            serde_json::Value::Array(a) => a,
            serde_json::Value::Object(o) => match o.get("users").or_else(|| o.get("members")) {
                Some(serde_json::Value::Array(a)) => a,
                _ => return Err(bad(1, format!("group \"{group}\": no list of users"))),
            },
            _ => {
                return Err(bad(
                    1,
                    format!("group \"{group}\": expected a list of users"),
                ))
            }
        };
        for m in list {
            let person = match m {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                _ => return Err(bad(1, format!("group \"{group}\": a user id is not text"))),
            };
            out.push(Row {
                person,
                group: group.clone(),
                name: None,
                line: 1,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{read as load, recognise};
    use super::*;
    use crate::load::LoadOptions;

    #[test]
    fn nextcloud_json_gives_groups_from_keys() {
        let (pairs, _) = load(
            "g.json",
            "{\"admin\": [\"alice\"], \"bio\": {\"users\": [\"bob\", 7]}}",
        )
        .unwrap();
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(p, g)| (p.as_str(), g.as_str()))
            .collect();
        assert_eq!(pairs, [("alice", "admin"), ("bob", "bio"), ("7", "bio")]);
        let d = recognise("g.json", "{\"a\": 3}", &LoadOptions::default())
            .unwrap()
            .describe();
        assert_eq!(d.format, "Nextcloud groups JSON");
        let e = read(Path::new("g.json"), "{\"a\": 3}").unwrap_err();
        assert!(e.to_string().contains("group \"a\""), "{e}");
    }
}
