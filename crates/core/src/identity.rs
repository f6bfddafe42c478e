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

/// The key file's name inside the data directory.
pub const KEY_FILE: &str = "device-key.pem";

/// Loads the device key from `dir`, making a new one if there is none.
pub fn load_or_create(dir: &Path) -> Result<DeviceKey, Error> {
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
            let key = SigningKey::from_pkcs8_pem(&pem)
                .map_err(|e| Error::KeyFile { path, problem: format!("it is not an ed25519 private key ({e})") })?;
            Ok(DeviceKey::from_signing_key(key))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => create(&path),
        Err(source) => Err(Error::Io { path, source }),
    }
}

fn create(path: &Path) -> Result<DeviceKey, Error> {
    let key = DeviceKey::from_seed(random_bytes::<32>()?);
    let pem = key
        .signing_key()
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| Error::KeyFile { path: path.to_owned(), problem: e.to_string() })?;
    // Written to a temporary name and renamed, so a crash never leaves half a key; created
    // with mode 0600 so the secret is never readable by others, not even for an instant.
    let tmp = path.with_extension("pem.tmp");
    let io = |source| Error::Io { path: path.to_owned(), source };
    let _ = std::fs::remove_file(&tmp);
    let mut file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp).map_err(io)?;
    file.write_all(pem.as_bytes()).map_err(io)?;
    file.sync_all().map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)?;
    Ok(key)
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
