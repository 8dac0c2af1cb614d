//! Certificate pins from the configuration: the SHA-256 of a public key's SubjectPublicKeyInfo, in base64, as HPKP
//! and OkHttp (`sha256/…`) write them. A pin names a key, not a certificate, so the bank renews its certificates
//! without an app update as long as it keeps the key; the backup pin (a key kept offline) lets it move to a new key
//! without locking out the apps already installed.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ring::digest::{Context, SHA256};

/// The prefix OkHttp and HPKP put before the hash; accepted, not required.
const PREFIX: &str = "sha256/";

/// One pinned key: the SHA-256 of its DER-encoded SubjectPublicKeyInfo.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpkiPin([u8; 32]);

impl SpkiPin {
    /// The pin of a DER SubjectPublicKeyInfo, outer SEQUENCE included.
    pub fn of_spki(spki_der: &[u8]) -> SpkiPin {
        let mut hash = Context::new(&SHA256);
        hash.update(spki_der);
        SpkiPin::finish(hash)
    }

    /// The pin of a SubjectPublicKeyInfo given without its outer SEQUENCE's tag and length, as trust anchors keep it.
    pub fn of_spki_contents(contents: &[u8]) -> SpkiPin {
        let mut hash = Context::new(&SHA256);
        hash.update(&sequence_header(contents.len()));
        hash.update(contents);
        SpkiPin::finish(hash)
    }

    fn finish(hash: Context) -> SpkiPin {
        let mut pin = [0u8; 32];
        pin.copy_from_slice(hash.finish().as_ref());
        SpkiPin(pin)
    }
}

impl fmt::Display for SpkiPin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PREFIX}{}", STANDARD.encode(self.0))
    }
}

impl fmt::Debug for SpkiPin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The pins the client requires: none (no pinning), or at least two different keys.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pins(Vec<SpkiPin>);

impl Pins {
    /// No pinning: any certificate the chain check accepts.
    pub fn none() -> Pins {
        Pins(Vec::new())
    }

    /// The configuration's pins. Empty means no pinning; otherwise each must be a SHA-256 in base64, and at least
    /// two must differ — one pin alone would lock every installed app out the day the bank has to change its key.
    pub fn parse<S: AsRef<str>>(texts: &[S]) -> Result<Pins, PinError> {
        let mut pins: Vec<SpkiPin> = Vec::with_capacity(texts.len());
        for (index, text) in texts.iter().enumerate() {
            let text = text.as_ref().trim();
            let encoded = text.strip_prefix(PREFIX).unwrap_or(text);
            let bytes = STANDARD.decode(encoded).map_err(|_| PinError::NotBase64 { index })?;
            let hash: [u8; 32] =
                bytes.as_slice().try_into().map_err(|_| PinError::WrongLength { index, bytes: bytes.len() })?;
            if !pins.contains(&SpkiPin(hash)) {
                pins.push(SpkiPin(hash));
            }
        }
        match pins.len() {
            0 => Ok(Pins::none()),
            1 => Err(PinError::NoBackup),
            _ => Ok(Pins(pins)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, pin: &SpkiPin) -> bool {
        self.0.contains(pin)
    }
}

/// Why the configuration's pins cannot be used. Said to the developer who wrote the configuration (it surfaces as
/// `WalletError::InvalidConfig` when the core opens), with what to put there instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error(
        "bank.pins[{index}] is not base64: give the SHA-256 of the key's SubjectPublicKeyInfo in standard base64, \
         with or without `sha256/` (docs/security.md shows the openssl command)"
    )]
    NotBase64 { index: usize },
    #[error(
        "bank.pins[{index}] is {bytes} bytes, not the 32 of a SHA-256: give the hash of the key's \
         SubjectPublicKeyInfo, not the key or the certificate itself"
    )]
    WrongLength { index: usize, bytes: usize },
    #[error(
        "bank.pins names one key: give at least two different ones (the key in use and a backup kept offline), or \
         none to turn pinning off"
    )]
    NoBackup,
}

/// A DER SEQUENCE's tag and length for `length` bytes of contents (short form below 128, else long form).
fn sequence_header(length: usize) -> Vec<u8> {
    let mut header = vec![0x30];
    if length < 0x80 {
        header.push(length as u8);
    } else {
        let bytes = length.to_be_bytes();
        let first = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len() - 1);
        header.push(0x80 | (bytes.len() - first) as u8);
        header.extend_from_slice(&bytes[first..]);
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin_text(byte: u8) -> String {
        STANDARD.encode([byte; 32])
    }

    #[test]
    fn no_pins_means_no_pinning() {
        assert_eq!(Pins::parse::<&str>(&[]), Ok(Pins::none()));
        assert!(Pins::none().is_empty());
    }

    #[test]
    fn reads_base64_hashes_with_or_without_the_okhttp_prefix() {
        let pins = Pins::parse(&[format!("sha256/{}", pin_text(1)), format!("  {}\n", pin_text(2))]).expect("pins");
        assert!(pins.contains(&SpkiPin([1; 32])));
        assert!(pins.contains(&SpkiPin([2; 32])));
        assert!(!pins.contains(&SpkiPin([3; 32])));
        assert_eq!(SpkiPin([1; 32]).to_string(), format!("sha256/{}", pin_text(1)));
    }

    #[test]
    fn refuses_a_pin_that_is_not_base64_naming_which() {
        assert_eq!(Pins::parse(&[pin_text(1), "not base64!".into()]), Err(PinError::NotBase64 { index: 1 }));
        assert_eq!(Pins::parse(&["sha1/".to_owned() + &pin_text(1)]), Err(PinError::NotBase64 { index: 0 }));
    }

    #[test]
    fn refuses_a_hash_of_another_length() {
        let sha1 = STANDARD.encode([7u8; 20]);
        assert_eq!(Pins::parse(&[pin_text(1), sha1]), Err(PinError::WrongLength { index: 1, bytes: 20 }));
        let spki = STANDARD.encode([0x30u8; 91]);
        assert_eq!(Pins::parse(&[spki, pin_text(1)]), Err(PinError::WrongLength { index: 0, bytes: 91 }));
    }

    #[test]
    fn one_key_alone_is_refused_even_written_twice() {
        assert_eq!(Pins::parse(&[pin_text(1)]), Err(PinError::NoBackup));
        assert_eq!(Pins::parse(&[pin_text(1), format!("sha256/{}", pin_text(1))]), Err(PinError::NoBackup));
    }

    #[test]
    fn a_key_without_its_outer_sequence_hashes_as_with_it() {
        for length in [0usize, 91, 127, 128, 294, 550, 70_000] {
            let contents: Vec<u8> = (0..length).map(|i| i as u8).collect();
            let mut der = sequence_header(length);
            der.extend_from_slice(&contents);
            assert_eq!(SpkiPin::of_spki_contents(&contents), SpkiPin::of_spki(&der), "{length} bytes");
        }
        assert_eq!(sequence_header(91), vec![0x30, 91]);
        assert_eq!(sequence_header(294), vec![0x30, 0x82, 0x01, 0x26]);
    }
}
