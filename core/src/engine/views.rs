//! Delivers views to the shell's listener on a thread of its own, in order, skipping any view that a newer
//! one replaced before it could be delivered (the shell only ever needs the newest).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use parking_lot::Mutex;

use crate::app::ViewModel;
use crate::platform::{Log, ViewListener};

pub type ListenerSlot = Arc<Mutex<Option<Arc<dyn ViewListener>>>>;

pub fn start(listener: ListenerSlot, log: Log) -> std::io::Result<(Sender<ViewModel>, JoinHandle<()>)> {
    let (sender, receiver) = channel();
    let thread =
        std::thread::Builder::new().name("wallet-views".into()).spawn(move || deliver(receiver, listener, log))?;
    Ok((sender, thread))
}

fn deliver(receiver: Receiver<ViewModel>, listener: ListenerSlot, log: Log) {
    while let Ok(mut view) = receiver.recv() {
        while let Ok(newer) = receiver.try_recv() {
            view = newer;
        }
        let Some(listener) = listener.lock().clone() else {
            continue;
        };
        if catch_unwind(AssertUnwindSafe(|| listener.on_view(view))).is_err() {
            log.error("views", "the view listener failed; later views are still delivered");
        }
    }
}
