//! Load stage, HelloAsso orders (French association memberships): a `;`
//! table, often Windows-1252, `Référence commande;...;Statut de la
//! commande;...;Email payeur`. One campaign is one group (the file name);
//! only validated orders count. The person is the member's own address
//! column when there is one, else the payer's (a family sharing a payer
//! address then counts as one person: the diagnostics say which column).

use super::table::{plan, Header, TableReader};
use super::{leading_comment_lines, Format, Reader, Sniff};
use crate::identity::fold_header;
use crate::load::columns;
use crate::load::csv_table::choose_column;
use crate::load::LoadError;
use crate::memberships::{ExportKind, SkipReason};

pub struct HelloAsso;

/// The member's own address first, the payer's as a fallback.
const PERSON: &[&str] = &[
    "emailadherent",
    "emailparticipant",
    "email",
    "courriel",
    "emailpayeur",
];

impl Format for HelloAsso {
    fn name(&self) -> &'static str {
        "HelloAsso orders"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let skip = leading_comment_lines(s.head);
        let Ok(h) = Header::read(&s.file.label, s.head, skip) else {
            return Ok(None);
        };
        if !(h.has("statutdelacommande") || h.has("referencecommande")) {
            return Ok(None);
        }
        let person = match &s.opts.person_column {
            Some(given) => choose_column(
                &s.file.label,
                &h.headers,
                Some(given),
                "person",
                columns::PERSON,
            )?,
            None => h.find(PERSON).ok_or_else(|| LoadError::NoColumn {
                path: s.file.label.clone(),
                role: "person",
                found: h.headers.clone(),
            })?,
        };
        let names = columns::name_columns(&h.folded, person);
        let mut p = plan(
            s,
            &h,
            ExportKind::HelloAsso,
            skip,
            person,
            names,
            Some(String::new()),
        )?;
        p.filter = h
            .folded
            .iter()
            .position(|c| c == "statutdelacommande")
            .map(|c| (c, not_validated as fn(&str) -> Option<SkipReason>));
        Ok(Some(Box::new(TableReader(p))))
    }
}

fn not_validated(status: &str) -> Option<SkipReason> {
    let status = fold_header(status);
    let ok = ["valid", "pay", "paid", "autoris"]
        .iter()
        .any(|p| status.starts_with(p));
    (!ok).then_some(SkipReason::NotValidated)
}

#[cfg(test)]
mod tests {
    use super::super::table::GroupFrom;
    use super::super::tests::{plan_of, read};

    #[test]
    fn helloasso_keeps_validated_orders_only() {
        let text = "Référence commande;Date de la commande;Statut de la commande;Nom adhérent;Prénom adhérent;Email payeur\n1;01/02/2026;Validé;Martin;Alice;a@x.fr\n2;01/02/2026;Remboursé;Durand;Bob;b@x.fr\n";
        let p = plan_of("adhesions-2026.csv", text).unwrap();
        assert_eq!(p.format, "HelloAsso orders");
        assert_eq!((p.person, p.names.clone()), (5, vec![4, 3]));
        assert_eq!(p.group, GroupFrom::Named("adhesions-2026".into()));
        let (pairs, m) = read("adh.csv", text).unwrap();
        assert_eq!(pairs, [("a@x.fr".to_string(), "adh".to_string())]);
        assert_eq!(m.input.display_names[0].1, "Alice Martin");
        let d = &m.input.files[0];
        assert_eq!(
            (d.skipped_not_validated, d.skipped_lines.clone()),
            (1, vec![3])
        );
    }
}
