//! The one place that decides what a screen, an export or a sync path may show of a
//! contribution's author (DESIGN §4). Every view of another participant's work calls
//! [`author_label`]; nothing else reads a name or an affiliation.
//!
//! The author's consent is per contribution: the record carries their attribution choice and
//! exactly what they chose to disclose (proto refuses a record that discloses more than its
//! choice allows). This function checks the choice again, so even a record that slipped past
//! validation cannot show more than its author allowed.

use plenary_proto::{AttributionChoice, Disclosure, ForumId, PublicKey};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// Who is looking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience<'a> {
    /// A participant, in the app: sees what each author consented to show, and knows which
    /// contributions are their own.
    Participant(&'a PublicKey),
    /// Anyone at all, as in a published export: what each author consented to show.
    Public,
}

/// An author as an audience may see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuthorLabel {
    /// The author's pseudonym in this forum: a short code such as `K7QM2`, the same for all of
    /// their contributions in the forum and unrelated to their pseudonyms elsewhere.
    pub pseudonym: String,
    /// Their stakeholder group, if they consented to show it.
    pub group: Option<String>,
    /// Their UN M49 region code, if they consented to show it.
    pub region: Option<String>,
    /// Their name, if they consented to show it.
    pub name: Option<String>,
    /// Their affiliation, if they consented to show it.
    pub affiliation: Option<String>,
    /// Whether the viewer wrote this.
    pub is_you: bool,
}

/// A participant's pseudonym in a forum: five characters of Crockford base32 from a hash of
/// the forum and the key, so the same device has unlinkable pseudonyms in different forums.
pub fn pseudonym(forum: &ForumId, key: &PublicKey) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut h = Sha256::new();
    h.update(b"plenary/pseudonym/v1\n");
    h.update(forum.as_bytes());
    h.update(key.0);
    let digest = h.finalize();
    let bits = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
    (0..5).map(|i| ALPHABET[((bits >> (27 - 5 * i)) & 31) as usize] as char).collect()
}

/// What `audience` may see of the author of a contribution in `forum`, written by `key` with
/// the author's `choice` and `disclosed` details.
pub fn author_label(
    audience: Audience<'_>,
    forum: &ForumId,
    key: &PublicKey,
    choice: AttributionChoice,
    disclosed: Option<&Disclosure>,
) -> AuthorLabel {
    let empty = Disclosure::default();
    let d = disclosed.unwrap_or(&empty);
    let shows_group = choice >= AttributionChoice::GroupAndRegion;
    let shows_name = choice >= AttributionChoice::Name;
    AuthorLabel {
        pseudonym: pseudonym(forum, key),
        group: d.group.filter(|_| shows_group).map(|g| g.to_string()),
        region: d.region.clone().filter(|_| shows_group),
        name: d.name.clone().filter(|_| shows_name),
        affiliation: d.affiliation.clone().filter(|_| shows_name),
        is_you: matches!(audience, Audience::Participant(viewer) if viewer == key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_proto::{DeviceKey, StakeholderGroup};

    fn everything() -> Disclosure {
        Disclosure {
            group: Some(StakeholderGroup::Academia),
            region: Some("142".into()),
            name: Some("Canary Name".into()),
            affiliation: Some("Canary University".into()),
        }
    }

    #[test]
    fn shows_no_more_than_the_authors_choice_even_if_the_record_discloses_more() {
        let forum = ForumId::new_v7(1, [1; 10]);
        let key = DeviceKey::from_seed([1; 32]).public();
        let d = everything();
        let label = |choice| author_label(Audience::Public, &forum, &key, choice, Some(&d));
        let p = label(AttributionChoice::Pseudonym);
        assert_eq!((p.group, p.region, p.name, p.affiliation), (None, None, None, None));
        let g = label(AttributionChoice::GroupAndRegion);
        assert_eq!(
            (g.group.as_deref(), g.region.as_deref(), g.name, g.affiliation),
            (Some("academia"), Some("142"), None, None)
        );
        let n = label(AttributionChoice::Name);
        assert_eq!(n.name.as_deref(), Some("Canary Name"));
        assert_eq!(n.affiliation.as_deref(), Some("Canary University"));
    }

    #[test]
    fn pseudonyms_are_stable_per_forum_and_unlinkable_across_forums() {
        let key = DeviceKey::from_seed([2; 32]).public();
        let a = ForumId::new_v7(1, [1; 10]);
        let b = ForumId::new_v7(1, [2; 10]);
        assert_eq!(pseudonym(&a, &key), pseudonym(&a, &key));
        assert_ne!(pseudonym(&a, &key), pseudonym(&b, &key));
        assert_eq!(pseudonym(&a, &key).len(), 5);
    }

    #[test]
    fn knows_the_viewers_own_contributions() {
        let forum = ForumId::new_v7(1, [1; 10]);
        let me = DeviceKey::from_seed([3; 32]).public();
        let other = DeviceKey::from_seed([4; 32]).public();
        let mine = author_label(Audience::Participant(&me), &forum, &me, AttributionChoice::Pseudonym, None);
        let theirs = author_label(Audience::Participant(&me), &forum, &other, AttributionChoice::Pseudonym, None);
        assert!(mine.is_you && !theirs.is_you);
    }
}
