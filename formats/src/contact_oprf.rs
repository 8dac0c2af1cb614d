//! Contact discovery's oblivious PRF (RFC 9497, OPRF mode, ristretto255 with SHA-512), both sides of it.
//!
//! The phone blinds each number (E.164, `+996555123456`) and sends only the blinded element; the bank evaluates it
//! with its key without learning the number; the phone unblinds the answer into the number's PRF output and keeps its
//! first [`TAG_BYTES`] bytes as the number's *tag*. The bank computes the same tag for each of its customers directly.
//! Without the bank's key nobody can compute a tag, so the tags the bank hands out (under a prefix) are worth nothing
//! offline: to test a number, one must ask the bank to evaluate it, and the bank counts those.
//!
//! Elements travel as lower-case hex of their 32-byte encoding. No clock and no randomness of its own: the blinding's
//! random source is the caller's.

use rand_core::{CryptoRng, RngCore};
use voprf::{BlindedElement, EvaluationElement, OprfClient, OprfServer, Ristretto255};

/// The bytes of a PRF output kept as a number's tag (of SHA-512's 64).
pub const TAG_BYTES: usize = 32;
/// The length of a blinded or evaluated element in hex.
pub const ELEMENT_HEX_LEN: usize = 64;
/// The length of the bank's key seed in bytes.
pub const SEED_BYTES: usize = 32;
/// Binds the bank's key to this use, so a seed reused elsewhere gives another key.
const KEY_INFO: &[u8] = b"wallet contact discovery v1";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OprfError {
    #[error("the element is not {ELEMENT_HEX_LEN} hex characters")]
    NotHex,
    #[error("the element is not a valid ristretto255 point")]
    InvalidElement,
    #[error("the key seed is unusable")]
    InvalidSeed,
}

/// One number blinded by the phone: what to send, and the secret that unblinds the bank's answer.
pub struct Blinded {
    /// Lower-case hex of the blinded element.
    pub element: String,
    state: OprfClient<Ristretto255>,
    number: String,
}

impl std::fmt::Debug for Blinded {
    /// Neither the number nor the blinding secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Blinded").field("element", &self.element).finish_non_exhaustive()
    }
}

/// Blinds `e164` with randomness from `rng`.
pub fn blind<R: RngCore + CryptoRng>(e164: &str, rng: &mut R) -> Result<Blinded, OprfError> {
    let result = OprfClient::<Ristretto255>::blind(e164.as_bytes(), rng).map_err(|_| OprfError::InvalidElement)?;
    Ok(Blinded { element: to_hex(&result.message.serialize()), state: result.state, number: e164.to_owned() })
}

impl Blinded {
    /// The number's tag (lower-case hex, [`TAG_BYTES`] bytes) from the bank's evaluation of this element.
    pub fn finalize(&self, evaluated_hex: &str) -> Result<String, OprfError> {
        let bytes = element_bytes(evaluated_hex)?;
        let evaluated =
            EvaluationElement::<Ristretto255>::deserialize(&bytes).map_err(|_| OprfError::InvalidElement)?;
        let output = self.state.finalize(self.number.as_bytes(), &evaluated).map_err(|_| OprfError::InvalidElement)?;
        Ok(tag_of(&output))
    }
}

/// The bank's key.
pub struct ContactKey {
    server: OprfServer<Ristretto255>,
}

impl std::fmt::Debug for ContactKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ContactKey(..)")
    }
}

impl ContactKey {
    /// The key derived from a [`SEED_BYTES`]-byte secret seed (RFC 9497 DeriveKeyPair).
    pub fn from_seed(seed: &[u8]) -> Result<ContactKey, OprfError> {
        if seed.len() != SEED_BYTES {
            return Err(OprfError::InvalidSeed);
        }
        let server = OprfServer::<Ristretto255>::new_from_seed(seed, KEY_INFO).map_err(|_| OprfError::InvalidSeed)?;
        Ok(ContactKey { server })
    }

    /// Evaluates one blinded element from a phone (hex in, hex out). The bank learns nothing of the number.
    pub fn evaluate_blinded(&self, blinded_hex: &str) -> Result<String, OprfError> {
        let bytes = element_bytes(blinded_hex)?;
        let blinded = BlindedElement::<Ristretto255>::deserialize(&bytes).map_err(|_| OprfError::InvalidElement)?;
        Ok(to_hex(&self.server.blind_evaluate(&blinded).serialize()))
    }

    /// The tag of a number the bank knows (a customer's), the same the phone gets by blinding.
    pub fn tag(&self, e164: &str) -> Result<String, OprfError> {
        let output = self.server.evaluate(e164.as_bytes()).map_err(|_| OprfError::InvalidElement)?;
        Ok(tag_of(&output))
    }
}

/// Whether `text` has the shape of an element: [`ELEMENT_HEX_LEN`] lower-case hex characters.
pub fn is_element_hex(text: &str) -> bool {
    text.len() == ELEMENT_HEX_LEN && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn tag_of(output: &[u8]) -> String {
    to_hex(output.get(..TAG_BYTES).unwrap_or(output))
}

fn element_bytes(text: &str) -> Result<Vec<u8>, OprfError> {
    if !is_element_hex(text) {
        return Err(OprfError::NotHex);
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).map_err(|_| OprfError::NotHex)).collect()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use rand_core::OsRng;

    use super::*;

    fn key(byte: u8) -> ContactKey {
        ContactKey::from_seed(&[byte; SEED_BYTES]).expect("a 32-byte seed")
    }

    #[test]
    fn the_phone_and_the_bank_reach_the_same_tag_without_the_number_travelling() {
        let bank = key(7);
        let blinded = blind("+996700654321", &mut OsRng).expect("blinded");
        assert!(is_element_hex(&blinded.element), "{}", blinded.element);
        let evaluated = bank.evaluate_blinded(&blinded.element).expect("evaluated");
        let tag = blinded.finalize(&evaluated).expect("finalized");
        assert_eq!(tag.len(), TAG_BYTES * 2);
        assert_eq!(Some(tag), bank.tag("+996700654321").ok());
    }

    #[test]
    fn blinding_hides_the_number_a_new_blind_each_time() {
        let a = blind("+996700654321", &mut OsRng).expect("blinded");
        let b = blind("+996700654321", &mut OsRng).expect("blinded");
        assert_ne!(a.element, b.element, "two blinds of one number look unrelated");
        assert!(!format!("{a:?}").contains("654321"), "{a:?}");
    }

    #[test]
    fn another_key_or_number_gives_another_tag() {
        let tag = key(7).tag("+996700654321").ok();
        assert_ne!(tag, key(8).tag("+996700654321").ok());
        assert_ne!(tag, key(7).tag("+996700654322").ok());
    }

    #[test]
    fn an_answer_from_another_key_does_not_give_the_tag() {
        let blinded = blind("+996700654321", &mut OsRng).expect("blinded");
        let other = key(8).evaluate_blinded(&blinded.element).expect("evaluated");
        assert_ne!(blinded.finalize(&other).ok(), key(7).tag("+996700654321").ok());
    }

    #[test]
    fn malformed_elements_and_seeds_are_refused() {
        let bank = key(7);
        for bad in ["", "abc", &"g".repeat(64), &"AB".repeat(32), &"ab".repeat(33)] {
            assert_eq!(bank.evaluate_blinded(bad), Err(OprfError::NotHex), "{bad:?}");
        }
        // Well-formed hex that is not a point of the group.
        assert_eq!(bank.evaluate_blinded(&"ff".repeat(32)), Err(OprfError::InvalidElement));
        let blinded = blind("+996700654321", &mut OsRng).expect("blinded");
        assert_eq!(blinded.finalize(&"ff".repeat(32)), Err(OprfError::InvalidElement));
        assert!(ContactKey::from_seed(&[1; 31]).is_err());
    }
}
