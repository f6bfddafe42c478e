//! Typed identifiers. Every entity is named by a UUID; wrapping each kind in its own type
//! keeps a section id from ever being passed where a priority id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new time-ordered (UUIDv7) id from the given Unix time in milliseconds and
            /// 10 random bytes. Time and randomness are passed in so callers decide both.
            pub fn new_v7(unix_ms: u64, random: [u8; 10]) -> Self {
                Self(new_v7(unix_ms, random))
            }

            /// The id's 16 bytes, as stored.
            pub fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }

            /// The id from its 16 stored bytes.
            pub fn from_bytes(bytes: [u8; 16]) -> Self {
                Self(Uuid::from_bytes(bytes))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0.hyphenated())
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

/// Builds a UUIDv7 from explicit parts rather than the clock, so ids are reproducible in tests.
fn new_v7(unix_ms: u64, random: [u8; 10]) -> Uuid {
    uuid::Builder::from_unix_timestamp_millis(unix_ms, &random).into_uuid()
}

uuid_id!(
    /// A forum: one statement being drafted, with its participants.
    ForumId
);
uuid_id!(
    /// A section of a statement, grouping priorities.
    SectionId
);
uuid_id!(
    /// A priority: stable across all of its revisions.
    PriorityId
);
uuid_id!(
    /// One immutable text of a priority.
    RevisionId
);
uuid_id!(
    /// A signed record. Chosen by its author (UUIDv7), unique within a forum.
    RecordId
);
uuid_id!(
    /// A comment on a priority, stable across its edits.
    CommentId
);
uuid_id!(
    /// A proposed amendment to a priority, stable across its edits.
    AmendmentId
);
uuid_id!(
    /// A concept in the forum's glossary of contested terms.
    ConceptId
);
uuid_id!(
    /// An incident report, stable across its versions.
    ReportId
);
uuid_id!(
    /// A civil-society input submission, stable across its versions.
    InputId
);
uuid_id!(
    /// A group account: the members of one organization.
    GroupId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v7_ids_sort_by_time_and_round_trip() {
        let a = RecordId::new_v7(1_700_000_000_000, [1; 10]);
        let b = RecordId::new_v7(1_700_000_000_001, [0; 10]);
        assert!(a < b);
        assert_eq!(a.0.get_version_num(), 7);
        assert_eq!(a.to_string().parse::<RecordId>().ok(), Some(a));
        assert_eq!(RecordId::from_bytes(*a.as_bytes()), a);
    }
}
