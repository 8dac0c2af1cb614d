//! Why `update` refused an event. A rejection changes nothing; it means the shell sent something the current
//! screen does not offer (a bug in the shell or a race with a newer view), never a mistake of the user's —
//! those are shown on the screen as messages.

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    #[error("{event} does not apply to the {screen} screen; send only the events of the current view")]
    WrongScreen { event: &'static str, screen: &'static str },
    #[error("{event} names {what} {index}, but the screen shows {count} (0 to {last})", last = count.saturating_sub(1))]
    OutOfRange { event: &'static str, what: &'static str, index: u32, count: u32 },
    #[error("{event} is not available now: {reason}")]
    NotNow { event: &'static str, reason: &'static str },
}
