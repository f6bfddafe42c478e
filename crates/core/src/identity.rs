//! The device identity: one ed25519 key pair per data directory, made on first run and kept
//! in a PKCS#8 PEM file readable only by its owner. Whoever holds this file can act as this
//! device in every forum it joined, so it is created with owner-only permissions from the
//! first byte and refused if anyone else can read it.

use crate::{Error, random_bytes};
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, spki::der::pem::LineEnding};
use plenary_proto::DeviceKey;
use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;
use zeroize::Zeroizing;

/// The key file's name inside the data directory.
pub const KEY_FILE: &str = "device-key.pem";

/// Loads the device key from `dir`, making a new one if there is none.
pub fn load_or_create(dir: &Path) -> Result<DeviceKey, Error> {
    match load(dir)? {
        Some(key) => Ok(key),
        None => create(&dir.join(KEY_FILE)),
    }
}

/// Loads the device key from `dir`, or `None` when there is no key file.
pub fn load(dir: &Path) -> Result<Option<DeviceKey>, Error> {
    let path = dir.join(KEY_FILE);
    match std::fs::metadata(&path) {
        Ok(meta) => {
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(Error::KeyFile {
                    path,
                    problem: format!(
                        "other users can read it (mode {:o}); run `chmod 600` on it, and treat the key as exposed",
                        meta.permissions().mode() & 0o777
                    ),
                });
            }
            let pem = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
            parse(&pem).map(Some).map_err(|problem| Error::KeyFile { path, problem })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Io { path, source }),
    }
}

/// Reads a key from its PKCS#8 PEM text; the error says what is wrong with it.
pub(crate) fn parse(pem: &str) -> Result<DeviceKey, String> {
    SigningKey::from_pkcs8_pem(pem)
        .map(DeviceKey::from_signing_key)
        .map_err(|e| format!("it is not an ed25519 private key ({e})"))
}

/// The key as PKCS#8 PEM text, wiped from memory when dropped.
pub(crate) fn to_pem(key: &DeviceKey, path: &Path) -> Result<Zeroizing<String>, Error> {
    key.signing_key()
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| Error::KeyFile { path: path.to_owned(), problem: e.to_string() })
}

fn create(path: &Path) -> Result<DeviceKey, Error> {
    let key = DeviceKey::from_seed(random_bytes::<32>()?);
    write(path, &to_pem(&key, path)?)?;
    Ok(key)
}

/// Writes a key file: to a temporary name and renamed, so a crash never leaves half a key;
/// created with mode 0600 so the secret is never readable by others, not even for an instant.
pub(crate) fn write(path: &Path, pem: &str) -> Result<(), Error> {
    let tmp = path.with_extension("pem.tmp");
    let io = |source| Error::Io { path: path.to_owned(), source };
    let _ = std::fs::remove_file(&tmp);
    let mut file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp).map_err(io)?;
    file.write_all(pem.as_bytes()).map_err(io)?;
    file.sync_all().map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_a_key_once_with_owner_only_permissions_and_loads_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create(dir.path()).unwrap();
        let mode = std::fs::metadata(dir.path().join(KEY_FILE)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let again = load_or_create(dir.path()).unwrap();
        assert_eq!(first.public(), again.public());
    }

    #[test]
    fn refuses_a_key_others_can_read() {
        let dir = tempfile::tempdir().unwrap();
        load_or_create(dir.path()).unwrap();
        let path = dir.path().join(KEY_FILE);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = load_or_create(dir.path()).unwrap_err().to_string();
        assert!(err.contains("other users can read it"), "{err}");
    }

    #[test]
    fn refuses_a_file_that_is_not_a_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE);
        std::fs::write(&path, "hello").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let err = load_or_create(dir.path()).unwrap_err().to_string();
        assert!(err.contains("not an ed25519 private key"), "{err}");
    }
}
