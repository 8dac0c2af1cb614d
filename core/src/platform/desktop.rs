//! Platform adapters for the desktop: the web preview and the tests. **Not secure**: the file key store keeps
//! secrets in plain files. A phone uses the Android Keystore or the iOS Keychain instead; these exist so the
//! same core runs on a desktop, and say so in their names.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use parking_lot::Mutex;

use super::{LogLevel, Logger, PlatformError, SecureStorage};

/// Secrets as plain files in a folder, one file a key. For the preview and tests only.
pub struct InsecureFileStorage {
    dir: PathBuf,
}

impl InsecureFileStorage {
    pub fn new(dir: impl Into<PathBuf>) -> InsecureFileStorage {
        InsecureFileStorage { dir: dir.into() }
    }

    /// A key becomes a file name by hex-encoding it, so no key can name a path outside the folder.
    fn path_of(&self, key: &str) -> PathBuf {
        let name: String = key.bytes().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.secret"))
    }
}

/// The folder, readable by this user only (0700 on Unix): a session token in it works as a bearer token.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
    Ok(())
}

/// A new file readable and writable by this user only (0600 on Unix).
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

fn failed(action: &str, path: &Path, error: std::io::Error) -> PlatformError {
    PlatformError::Failed { reason: format!("cannot {action} {}: {error}", path.display()) }
}

impl SecureStorage for InsecureFileStorage {
    fn get(&self, key: String) -> Result<Option<Vec<u8>>, PlatformError> {
        let path = self.path_of(&key);
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(failed("read", &path, e)),
        }
    }

    fn put(&self, key: String, value: Vec<u8>) -> Result<(), PlatformError> {
        private_dir(&self.dir).map_err(|e| failed("create", &self.dir, e))?;
        let path = self.path_of(&key);
        // Write a sibling file and rename it over the old one, so a crash never leaves half a key.
        let partial = path.with_extension("partial");
        let mut file = private_file(&partial).map_err(|e| failed("create", &partial, e))?;
        file.write_all(&value).map_err(|e| failed("write", &partial, e))?;
        file.sync_all().map_err(|e| failed("sync", &partial, e))?;
        fs::rename(&partial, &path).map_err(|e| failed("replace", &path, e))
    }

    fn delete(&self, key: String) -> Result<(), PlatformError> {
        let path = self.path_of(&key);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(failed("delete", &path, e)),
        }
    }
}

/// Secrets in memory, gone with the process. For tests. Entries whose name ends in `.biometric` stand behind a
/// pretend biometric prompt that tests may have cancelled.
#[derive(Default)]
pub struct MemorySecureStorage {
    entries: Mutex<HashMap<String, Vec<u8>>>,
    prompts_cancelled: std::sync::atomic::AtomicBool,
}

impl MemorySecureStorage {
    pub fn keys(&self) -> Vec<String> {
        self.entries.lock().keys().cloned().collect()
    }

    /// From now on the person cancels (or not) every biometric prompt, as a phone's system prompt reports it.
    pub fn cancel_biometric_prompts(&self, cancel: bool) {
        self.prompts_cancelled.store(cancel, std::sync::atomic::Ordering::SeqCst);
    }
}

impl SecureStorage for MemorySecureStorage {
    fn get(&self, key: String) -> Result<Option<Vec<u8>>, PlatformError> {
        if key.ends_with(".biometric") && self.prompts_cancelled.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(PlatformError::Unavailable { reason: "the biometric prompt was cancelled".into() });
        }
        Ok(self.entries.lock().get(&key).cloned())
    }

    fn put(&self, key: String, value: Vec<u8>) -> Result<(), PlatformError> {
        self.entries.lock().insert(key, value);
        Ok(())
    }

    fn delete(&self, key: String) -> Result<(), PlatformError> {
        self.entries.lock().remove(&key);
        Ok(())
    }
}

/// Writes log lines to standard error.
pub struct StderrLogger {
    pub max_level: LogLevel,
}

impl Logger for StderrLogger {
    fn log(&self, level: LogLevel, target: String, message: String) {
        if level <= self.max_level {
            eprintln!("{level:?} {target}: {message}");
        }
    }
}

/// Keeps every log line, so tests can read what the core logged.
#[derive(Default)]
pub struct RecordingLogger {
    lines: Mutex<Vec<(LogLevel, String, String)>>,
}

impl RecordingLogger {
    pub fn lines(&self) -> Vec<(LogLevel, String, String)> {
        self.lines.lock().clone()
    }
}

impl Logger for RecordingLogger {
    fn log(&self, level: LogLevel, target: String, message: String) {
        self.lines.lock().push((level, target, message));
    }
}

/// A desktop platform: secrets as files in `secrets_dir`, logs to standard error.
pub fn desktop_platform(secrets_dir: impl Into<PathBuf>, max_level: LogLevel) -> super::Platform {
    super::Platform {
        secure_storage: Arc::new(InsecureFileStorage::new(secrets_dir)),
        logger: Arc::new(StderrLogger { max_level }),
    }
}

/// Every byte of every file under `dir`: what reached the disk, for tests that prove nothing secret does.
pub fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if let Ok(content) = fs::read(&path) {
                bytes.extend(content);
            }
        }
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_storage_round_trips_and_deletes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let storage = InsecureFileStorage::new(dir.path().join("secrets"));
        assert_eq!(storage.get("a/../../b".into()), Ok(None));
        storage.put("a/../../b".into(), vec![1, 2, 3]).expect("put");
        assert_eq!(storage.get("a/../../b".into()), Ok(Some(vec![1, 2, 3])));
        // The key never escapes the folder.
        let names: Vec<_> = fs::read_dir(dir.path().join("secrets")).expect("list").collect();
        assert_eq!(names.len(), 1);
        storage.delete("a/../../b".into()).expect("delete");
        assert_eq!(storage.get("a/../../b".into()), Ok(None));
        storage.delete("a/../../b".into()).expect("deleting twice is fine");
    }

    #[cfg(unix)]
    #[test]
    fn secrets_are_written_for_this_user_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("keys");
        let storage = InsecureFileStorage::new(&folder);
        storage.put("wallet.session-token.v1".into(), b"token".to_vec()).expect("put");
        let mode = |path: &Path| fs::metadata(path).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700, "the folder");
        let file = fs::read_dir(&folder).expect("list").next().expect("a file").expect("entry").path();
        assert_eq!(mode(&file), 0o600, "the key file");
    }
}
