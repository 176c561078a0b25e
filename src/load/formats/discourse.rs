//! Load stage, Discourse's admin "export users": one site-wide table
//! `id,name,username,email,...,group_names`, where `group_names` lists a
//! user's groups joined with `;` (the wide layout).

use super::table::{plan, Header, TableReader};
use super::{leading_comment_lines, Format, Reader, Sniff};
use crate::load::columns;
use crate::load::csv_table::choose_column;
use crate::load::LoadError;
use crate::memberships::ExportKind;

pub struct Discourse;

impl Format for Discourse {
    fn name(&self) -> &'static str {
        "Discourse user export"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let skip = leading_comment_lines(s.head);
        let Ok(h) = Header::read(&s.file.label, s.head, skip) else {
            return Ok(None);
        };
        if !(h.has("groupnames") && h.has("username")) {
            return Ok(None);
        }
        let person = choose_column(
            &s.file.label,
            &h.headers,
            s.opts.person_column.as_deref(),
            "person",
            columns::PERSON,
        )?;
        let names = columns::name_columns(&h.folded, person);
        let p = plan(s, &h, ExportKind::Discourse, skip, person, names, None)?;
        Ok(Some(Box::new(TableReader(p))))
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::GroupFrom;
    use super::super::tests::plan_of;

    #[test]
    fn group_names_is_a_list_of_groups() {
        let p = plan_of(
            "u.csv",
            "id,name,username,email,group_names\n1,Al,al,a@x.fr,velo;bio\n",
        )
        .unwrap();
        assert_eq!(p.format, "Discourse users");
        assert_eq!(p.group, GroupFrom::Split(4, ';'));
    }
}
