//! Load stage, Nextcloud groups: `occ group:list --output=json` gives
//! `{"group": ["uid", ...]}` (user ids, not addresses); `--info` may give
//! `{"group": {"users": [...]}}`, read too.

use super::records::{Row, Rows};
use super::LoadError;
use std::path::Path;

/// Nextcloud `occ group:list --output=json`: `{"group": ["uid", ...]}`
/// (also `{"group": {"users": [...]}}`, as `--info` may give).
pub fn read(path: &Path, text: &str) -> Result<Rows, LoadError> {
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
    let mut out = Rows::default();
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
            out.records += 1;
            let person = match m {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                _ => return Err(bad(1, format!("group \"{group}\": a user id is not text"))),
            };
            out.rows.push(Row {
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
    use super::*;
    use crate::load::detect::plan;
    use crate::load::input::Input;
    use crate::load::records::tests::{pairs, rows};
    use crate::load::LoadOptions;
    #[test]
    fn nextcloud_json_gives_groups_from_keys() {
        let r = rows(
            "g.json",
            "{\"admin\": [\"alice\"], \"bio\": {\"users\": [\"bob\", 7]}}",
        );
        assert_eq!(
            pairs(&r),
            [("alice", "admin", 1), ("bob", "bio", 1), ("7", "bio", 1)]
        );
        let input = Input::bytes("g.json", b"{\"a\": 3}".to_vec());
        let p = plan(&input, "{\"a\": 3}", &LoadOptions::default()).unwrap();
        assert_eq!(p.format, crate::load::detect::Format::NextcloudJson);
        let e = read(Path::new("g.json"), "{\"a\": 3}").unwrap_err();
        assert!(e.to_string().contains("group \"a\""), "{e}");
    }
}
