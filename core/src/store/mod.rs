//! The store: one sled database per installation, in the app's private folder (DESIGN.md §5).
//! Each kind of record has its tree; values are versioned records (see `record`).

use std::path::{Path, PathBuf};

mod record;
mod settings;

pub use record::{Record, RecordError};

/// The sled database's folder inside the core's data folder.
pub const DATABASE_DIR: &str = "store";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store at {path}: {source}")]
    Open { path: PathBuf, source: sled::Error },
    #[error("the store failed: {0}")]
    Io(#[from] sled::Error),
    #[error("record {tree}/{key}: {source}")]
    Record { tree: &'static str, key: &'static str, source: RecordError },
}

pub struct Store {
    db: sled::Db,
    settings: sled::Tree,
}

impl Store {
    /// Opens (or creates) the store in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        let path = data_dir.join(DATABASE_DIR);
        let db =
            sled::Config::new().path(&path).open().map_err(|source| StoreError::Open { path: path.clone(), source })?;
        let settings = db.open_tree(settings::TREE)?;
        Ok(Store { db, settings })
    }

    /// Writes everything to disk. Called after writes that must survive a crash and before closing.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }
}
