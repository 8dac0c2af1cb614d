//! The core's handle on the platform log.
//!
//! Rule for every call site: messages name what happened and to what kind of thing, never whose. No phone numbers,
//! names, document numbers, codes, PINs, tokens or amounts of a person's operations.

use std::sync::Arc;

use super::{LogLevel, Logger};

#[derive(Clone)]
pub struct Log {
    logger: Arc<dyn Logger>,
}

impl Log {
    pub fn new(logger: Arc<dyn Logger>) -> Log {
        Log { logger }
    }

    pub fn error(&self, target: &str, message: impl Into<String>) {
        self.write(LogLevel::Error, target, message.into());
    }

    pub fn warn(&self, target: &str, message: impl Into<String>) {
        self.write(LogLevel::Warn, target, message.into());
    }

    pub fn info(&self, target: &str, message: impl Into<String>) {
        self.write(LogLevel::Info, target, message.into());
    }

    pub fn debug(&self, target: &str, message: impl Into<String>) {
        self.write(LogLevel::Debug, target, message.into());
    }

    fn write(&self, level: LogLevel, target: &str, message: String) {
        self.logger.log(level, format!("wallet::{target}"), message);
    }
}
