//! Load stage, column names: the header names that mean "person", "group",
//! "display name", folded (lowercase, no accents, letters and digits only),
//! best first. One place for every language's words.

/// The person column. An address beats a display name.
pub const PERSON: &[&str] = &[
    "email",
    "emailaddress",
    "adresseemail",
    "adressemail",
    "adresseelectronique",
    "courriel",
    "mail",
    "person",
    "personne",
    "persons",
    "member",
    "membre",
    "members",
    "membres",
    "user",
    "userid",
    "utilisateur",
    "username",
    "login",
    "participant",
    "participante",
    "adherent",
    "adherente",
    "benevole",
    "contact",
    "mel",
    "name",
    "nom",
    "fullname",
    "id",
];

/// The group column.
pub const GROUP: &[&str] = &[
    "group",
    "groupe",
    "groups",
    "groupes",
    "groupname",
    "groupnames",
    "nomdugroupe",
    "list",
    "liste",
    "lists",
    "listes",
    "listname",
    "mailinglist",
    "listedediffusion",
    "community",
    "communaute",
    "communities",
    "communautes",
    "team",
    "equipe",
    "teams",
    "equipes",
    "channel",
    "canal",
    "channels",
    "circle",
    "cercle",
    "circles",
    "cercles",
    "club",
    "clubs",
    "association",
    "organisation",
    "organization",
    "collectif",
    "collectifs",
    "commission",
    "commissions",
    "pole",
    "poles",
    "atelier",
    "ateliers",
    "antenne",
    "antennes",
    "section",
    "sections",
    "groupedetravail",
    "groupesdetravail",
    "gt",
    "event",
    "evenement",
    "board",
];

/// Group headers that announce a list of groups in one cell (wide layout).
pub const PLURAL_GROUP: &[&str] = &[
    "groups",
    "groupes",
    "groupnames",
    "lists",
    "listes",
    "communities",
    "communautes",
    "teams",
    "equipes",
    "channels",
    "circles",
    "cercles",
    "clubs",
    "collectifs",
    "commissions",
    "poles",
    "ateliers",
    "antennes",
    "sections",
    "groupesdetravail",
];

/// A full display name.
pub const NAME: &[&str] = &[
    "name",
    "fullname",
    "nomcomplet",
    "displayname",
    "nickname",
    "gecos",
    "nomprenom",
    "prenomnom",
    "nom",
];

/// A first name, to join with a last name.
pub const FIRST_NAME: &[&str] = &["prenom", "firstname", "givenname", "prenomadherent"];

/// A last name.
pub const LAST_NAME: &[&str] = &["nom", "lastname", "surname", "familyname", "nomadherent"];

/// Person columns that hold an address (or a user id): when none is there,
/// names are the only identity.
pub const ADDRESS: &[&str] = &[
    "email",
    "emailaddress",
    "adresseemail",
    "adressemail",
    "adresseelectronique",
    "courriel",
    "mail",
    "mel",
    "userid",
    "username",
    "login",
    "id",
];

/// A group's category, in a group-descriptions file.
pub const CATEGORY: &[&str] = &[
    "category",
    "categorie",
    "categories",
    "type",
    "kind",
    "famille",
    "family",
];

/// A group's territory, in a group-descriptions file.
pub const TERRITORY: &[&str] = &[
    "territory",
    "territoire",
    "region",
    "ville",
    "place",
    "city",
    "lieu",
];

/// A group's facilitators, in a group-descriptions file.
pub const FACILITATORS: &[&str] = &[
    "facilitators",
    "facilitator",
    "animateurs",
    "animatrices",
    "animateursanimatrices",
    "animation",
    "facilitateurs",
    "facilitatrices",
    "owners",
    "owner",
];

/// A group's description, in a group-descriptions file.
pub const DESCRIPTION: &[&str] = &["description", "purpose", "objet", "but"];

/// The names a group had before (`compare`, `trend`: the group keeps its
/// history), separated by `;`.
pub const RENAMED_FROM: &[&str] = &[
    "renamedfrom",
    "formerly",
    "previously",
    "oldname",
    "oldnames",
    "anciennom",
    "anciensnoms",
    "exnom",
];

/// The role column of a roles file.
pub const ROLE: &[&str] = &[
    "role",
    "roles",
    "groupstatus",
    "status",
    "statut",
    "fonction",
];

/// The first and last name columns, when there are both.
pub fn full_names(folded: &[String]) -> Option<(usize, usize)> {
    match (find(folded, FIRST_NAME), find(folded, LAST_NAME)) {
        (Some(f), Some(l)) if f != l => Some((f, l)),
        _ => None,
    }
}

/// The first header among `folded` (folded names) matching one of
/// `aliases`, in the aliases' order.
pub fn find(folded: &[String], aliases: &[&str]) -> Option<usize> {
    aliases
        .iter()
        .find_map(|a| folded.iter().position(|h| h == a))
}

/// Display-name columns: first and last name, or a full name (never the
/// person column itself).
pub fn name_columns(folded: &[String], person: usize) -> Vec<usize> {
    let find = |aliases: &[&str]| find(folded, aliases).filter(|&c| c != person);
    match (find(FIRST_NAME), find(LAST_NAME)) {
        (Some(f), Some(l)) if f != l => vec![f, l],
        _ => find(NAME).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::fold_header;

    fn folded(h: &[&str]) -> Vec<String> {
        h.iter().map(|h| fold_header(h)).collect()
    }

    #[test]
    fn an_address_column_wins_over_a_name_column() {
        let f = folded(&["Nom", "Adresse e-mail", "Liste"]);
        assert_eq!(find(&f, PERSON), Some(1));
        assert_eq!(find(&f, GROUP), Some(2));
    }

    #[test]
    fn names_come_from_first_and_last_or_a_full_name() {
        let f = folded(&["Email", "Prénom", "Nom"]);
        assert_eq!(name_columns(&f, 0), [1, 2]);
        let f = folded(&["Email address", "Nickname"]);
        assert_eq!(name_columns(&f, 0), [1]);
        let f = folded(&["name"]);
        assert!(name_columns(&f, 0).is_empty());
    }
}
