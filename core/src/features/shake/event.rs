//! What the user (and the accelerometer) can do on the shake-to-pay screen.

use serde::{Deserialize, Serialize};
use wallet_protocol::shake::ShakeRole;

use crate::payments::shake::AccelSample;

/// Which side of the payment this phone is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ShakeSide {
    /// «Оплатить»: this phone pays the one it shakes with.
    Payer,
    /// «Получить»: this phone is paid, optionally asking an amount.
    Payee,
}

impl ShakeSide {
    /// The role as the bank names it.
    pub fn role(self) -> ShakeRole {
        match self {
            ShakeSide::Payer => ShakeRole::Payer,
            ShakeSide::Payee => ShakeRole::Payee,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum ShakeEvent {
    /// «Встряхнуть и оплатить» on home.
    Open,
    /// «Оплатить» or «Получить»: the phone starts listening for a shake.
    ChooseRole { role: ShakeSide },
    /// The payee's amount (optional; validated as the pay amount is). Empty: the payer chooses the amount.
    EditAmount { text: String },
    /// The coarse location, when the user allowed it (millionths of a degree). The bank pairs only shakes within
    /// 1 km when both sent one.
    Location { latitude_e6: i32, longitude_e6: i32 },
    /// A batch of accelerometer samples (about 25 every 0.5 s, while the view says `listening`). `t_ms` is the
    /// **wall clock**, milliseconds since the Unix epoch: the time of the sample that completes a shake is the
    /// `shaken_at` the bank pairs by, so shells convert the sensor's monotonic timestamps once per screen
    /// (Android: `currentTimeMillis() - elapsedRealtime() + event.timestamp / 1e6`). Sent while the screen is
    /// not listening they are ignored.
    Samples { samples: Vec<AccelSample> },
    /// «Подтвердить» (the peer shown is the right one), or, for a payer both confirmed, «Оплатить» again.
    Confirm,
    /// «Отмена»: ends a shake under way for both phones; with nothing under way, closes the screen.
    Cancel,
    /// «Встряхнуть ещё раз» after an ambiguous match, no match, a cancel or a failure.
    Again,
}

impl ShakeEvent {
    /// A stable name for messages and logs; never what was typed or sensed.
    pub fn name(&self) -> &'static str {
        match self {
            ShakeEvent::Open => "Shake.Open",
            ShakeEvent::ChooseRole { .. } => "Shake.ChooseRole",
            ShakeEvent::EditAmount { .. } => "Shake.EditAmount",
            ShakeEvent::Location { .. } => "Shake.Location",
            ShakeEvent::Samples { .. } => "Shake.Samples",
            ShakeEvent::Confirm => "Shake.Confirm",
            ShakeEvent::Cancel => "Shake.Cancel",
            ShakeEvent::Again => "Shake.Again",
        }
    }
}

/// Samples compare by their bits (`Event` is `Eq`; a NaN from a broken sensor equals itself here), so equality is
/// an equivalence as `Eq` requires.
impl PartialEq for ShakeEvent {
    fn eq(&self, other: &Self) -> bool {
        fn bits(s: &AccelSample) -> (i64, u32, u32, u32) {
            (s.t_ms, s.x.to_bits(), s.y.to_bits(), s.z.to_bits())
        }
        match (self, other) {
            (ShakeEvent::Samples { samples: a }, ShakeEvent::Samples { samples: b }) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| bits(a) == bits(b))
            }
            (ShakeEvent::Open, ShakeEvent::Open)
            | (ShakeEvent::Confirm, ShakeEvent::Confirm)
            | (ShakeEvent::Cancel, ShakeEvent::Cancel)
            | (ShakeEvent::Again, ShakeEvent::Again) => true,
            (ShakeEvent::ChooseRole { role: a }, ShakeEvent::ChooseRole { role: b }) => a == b,
            (ShakeEvent::EditAmount { text: a }, ShakeEvent::EditAmount { text: b }) => a == b,
            (
                ShakeEvent::Location { latitude_e6: a, longitude_e6: b },
                ShakeEvent::Location { latitude_e6: c, longitude_e6: d },
            ) => (a, b) == (c, d),
            _ => false,
        }
    }
}

impl Eq for ShakeEvent {}
