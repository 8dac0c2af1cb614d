//! Why a core could not open.

use std::path::PathBuf;

use crate::api::PinError;
use crate::security::DataKeyError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("invalid configuration: {0}")]
    Config(&'static str),
    #[error("invalid configuration: {0}")]
    Pins(#[from] PinError),
    #[error("cannot create the data folder {path}: {source}")]
    DataDir { path: PathBuf, source: std::io::Error },
    #[error("cannot get the data key: {0}")]
    DataKey(#[from] DataKeyError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot start the core's runtime: {0}")]
    Runtime(std::io::Error),
}
