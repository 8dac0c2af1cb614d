//! «Поделиться» on a receipt: the operation and the bank's signed facts read from the store, printed as a PNG and a
//! PDF into the core's `shared` folder for the shell's share sheet. Only what a receipt shows leaves the store (the
//! customer masked, the recipient as the bank names them).

use std::path::Path;

use crate::app::Event;
use crate::app::view::{Action, ShareSheet, SharedFile};
use crate::features::history::ReceiptFacts;
use crate::features::history::receipt;
use crate::i18n::Strings;
use crate::platform::Log;
use crate::receipt_print::{render_pdf, render_png};
use crate::store::Store;

/// The receipt of `local_id` as files to share, or the message saying why not.
pub fn share(store: &Store, local_id: &str, t: Strings<'_>, dir: &Path, log: &Log) -> Result<ShareSheet, &'static str> {
    let operation = match store.operation(local_id) {
        Ok(Some(operation)) if crate::features::history::update::can_share(&operation) => operation,
        Ok(_) => return Err("receipt-not-made"),
        Err(error) => {
            log.warn("receipt", format!("the operation is unreadable: {error}"));
            return Err("operation-damaged");
        }
    };
    let facts =
        operation.operation_id.as_deref().and_then(|id| store.receipt(id).ok().flatten()).map(|receipt| ReceiptFacts {
            operation_id: receipt.body.operation_id,
            executed_at: receipt.body.executed_at,
            key_id: receipt.key_id,
        });
    let me = store.session().ok().flatten().map(|session| session.phone.masked()).unwrap_or_default();
    let document = receipt::document(&operation, facts.as_ref(), &me, &t);
    let (png, pdf) = match (render_png(&document), render_pdf(&document)) {
        (Ok(png), Ok(pdf)) => (png, pdf),
        (Err(error), _) | (_, Err(error)) => {
            log.error("receipt", format!("printing failed: {error}"));
            return Err("receipt-not-made");
        }
    };
    let stem = receipt::file_stem(&operation);
    let mut files = Vec::new();
    for (bytes, extension, mime_type) in [(png, "png", "image/png"), (pdf, "pdf", "application/pdf")] {
        let name = format!("{stem}.{extension}");
        let path = dir.join(&name);
        // Written aside, then moved in place: a share sheet never reads half a file.
        let written = std::fs::create_dir_all(dir)
            .and_then(|()| std::fs::write(path.with_extension("part"), &bytes))
            .and_then(|()| std::fs::rename(path.with_extension("part"), &path));
        if let Err(error) = written {
            log.error("receipt", format!("writing the {extension} failed: {error}"));
            return Err("receipt-not-made");
        }
        files.push(SharedFile { name, mime_type: mime_type.to_owned(), path: path.to_string_lossy().into_owned() });
    }
    Ok(ShareSheet {
        title: t.text("receipt-share-title"),
        text: receipt::share_text(&operation, &t),
        files,
        close: Action::new(t.text("share-close"), Event::ShareClosed),
    })
}
