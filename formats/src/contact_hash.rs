//! A keyed name for a phone number: HMAC-SHA-256 keyed by a secret over the number in E.164 (`+996555123456`), as
//! lower-case hex. The phone names its contacts this way in its cache of who has the wallet, under a key of its
//! own, so the cache holds no number. (Finding who has the wallet is `contact_oprf`'s: a salt shared with every
//! customer let anyone test numbers offline.)

use ring::hmac;

/// The hash of `e164` under the key `salt_hex`, or `None` when the key is not hex.
pub fn contact_hash(salt_hex: &str, e164: &str) -> Option<String> {
    let salt = decode_hex(salt_hex)?;
    let key = hmac::Key::new(hmac::HMAC_SHA256, &salt);
    let tag = hmac::sign(&key, e164.as_bytes());
    Some(tag.as_ref().iter().map(|b| format!("{b:02x}")).collect())
}

/// The first `len` characters of a hash or a tag: what the phone sends.
pub fn prefix(hash: &str, len: u8) -> &str {
    hash.get(..usize::from(len)).unwrap_or(hash)
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.is_empty() || !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| text.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_hmac_of_the_number_under_the_salt() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let hash = contact_hash("4a656665", "what do ya want for nothing?");
        assert_eq!(hash.as_deref(), Some("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    #[test]
    fn another_salt_or_number_gives_another_hash() {
        let a = contact_hash("00ff", "+996555123456");
        assert_ne!(a, contact_hash("00fe", "+996555123456"));
        assert_ne!(a, contact_hash("00ff", "+996555123457"));
        assert_eq!(a.as_ref().map(String::len), Some(64));
    }

    #[test]
    fn a_salt_that_is_not_hex_gives_none() {
        assert_eq!(contact_hash("", "+996555123456"), None);
        assert_eq!(contact_hash("abc", "+996555123456"), None);
        assert_eq!(contact_hash("zz", "+996555123456"), None);
        assert_eq!(contact_hash("éé", "+996555123456"), None);
    }

    #[test]
    fn a_prefix_is_the_start_of_the_hash() {
        assert_eq!(prefix("abcdef", 4), "abcd");
        assert_eq!(prefix("ab", 4), "ab");
    }
}
