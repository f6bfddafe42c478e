//! Device keys. Every device holds one ed25519 key pair; the public key is the device's
//! identity in every forum, and every record it writes carries its signature. There are no
//! passwords anywhere in Plenary: possession of the private key is what authenticates.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A device's public key: its identity.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PublicKey(pub [u8; 32]);

/// Why a public key or signature could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    /// Not 64 hexadecimal digits.
    #[error("a public key is 64 hexadecimal digits")]
    Malformed,
    /// 32 bytes that are not a point on the curve.
    #[error("these 32 bytes are not a usable ed25519 public key")]
    NotOnCurve,
    /// The signature does not match the message and key.
    #[error("the signature does not match")]
    BadSignature,
}

impl PublicKey {
    /// Checks `signature` over `message` against this key. Strict verification rejects the
    /// malleable and small-order encodings that plain verification would accept.
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> Result<(), KeyError> {
        let key = VerifyingKey::from_bytes(&self.0).map_err(|_| KeyError::NotOnCurve)?;
        if key.is_weak() {
            return Err(KeyError::NotOnCurve);
        }
        key.verify_strict(message, &Signature::from_bytes(signature)).map_err(|_| KeyError::BadSignature)
    }

    /// The key as 64 lowercase hexadecimal digits.
    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// A short, stable fingerprint for logs and support: the first 8 hex digits.
    pub fn short(&self) -> String {
        hex(&self.0[..4])
    }
}

/// Lowercase hexadecimal of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 0xf) as usize] as char);
    }
    out
}

impl FromStr for PublicKey {
    type Err = KeyError;
    fn from_str(s: &str) -> Result<Self, KeyError> {
        let s = s.as_bytes();
        if s.len() != 64 {
            return Err(KeyError::Malformed);
        }
        let mut out = [0u8; 32];
        for (i, pair) in s.chunks(2).enumerate() {
            let digit = |c: u8| (c as char).to_digit(16).ok_or(KeyError::Malformed);
            out[i] = (digit(pair[0])? << 4 | digit(pair[1])?) as u8;
        }
        Ok(PublicKey(out))
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.short())
    }
}

impl Serialize for PublicKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for PublicKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A device's private signing key. Created from a 32-byte seed that the caller draws from
/// the operating system's random source and keeps in the user's data directory.
pub struct DeviceKey(SigningKey);

impl DeviceKey {
    /// The key for a 32-byte secret seed.
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self(SigningKey::from_bytes(&seed))
    }

    /// The underlying ed25519 key, for encoding it to a file.
    pub fn signing_key(&self) -> &SigningKey {
        &self.0
    }

    /// Wraps an ed25519 key read from a file.
    pub fn from_signing_key(key: SigningKey) -> Self {
        Self(key)
    }

    /// This device's public identity.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key().to_bytes())
    }

    /// Signs `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

impl fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the secret.
        write!(f, "DeviceKey(public {})", self.public().short())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_only_for_their_message_and_key() {
        let key = DeviceKey::from_seed([7; 32]);
        let other = DeviceKey::from_seed([8; 32]);
        let sig = key.sign(b"hello");
        assert!(key.public().verify(b"hello", &sig).is_ok());
        assert!(key.public().verify(b"hellp", &sig).is_err());
        assert!(other.public().verify(b"hello", &sig).is_err());
    }

    #[test]
    fn public_keys_round_trip_through_hex() {
        let public = DeviceKey::from_seed([9; 32]).public();
        assert_eq!(public.to_hex().parse::<PublicKey>(), Ok(public));
        assert_eq!("zz".parse::<PublicKey>(), Err(KeyError::Malformed));
        assert_eq!("g".repeat(64).parse::<PublicKey>(), Err(KeyError::Malformed));
    }

    #[test]
    fn debug_output_never_contains_the_secret() {
        let key = DeviceKey::from_seed([0xab; 32]);
        assert!(!format!("{key:?}").contains("abab"));
    }
}
