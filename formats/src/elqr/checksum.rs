//! The ELQR checksum (standards §1, verified on production links): the last 4 hex digits of the SHA-256 of every
//! element but `63`, as `ID + LEN + VALUE` exactly as they appeared and in input order, encoded as UTF-8. The `6304`
//! header itself is not hashed. ring is already in the workspace, so no other SHA-256 crate is pulled in.

use ring::digest::{SHA256, digest};

/// The checksum of `body` (the elements it covers, concatenated), in lowercase as builders emit it.
pub(crate) fn checksum(body: &str) -> String {
    let hash = digest(&SHA256, body.as_bytes());
    match hash.as_ref() {
        [.., a, b] => format!("{a:02x}{b:02x}"),
        // A SHA-256 digest has 32 bytes; this arm only keeps the function total.
        _ => String::new(),
    }
}

/// Whether `given` is the checksum of `body`, in either case.
pub(crate) fn verifies(body: &str, given: &str) -> bool {
    given.len() == 4 && given.bytes().all(|b| b.is_ascii_hexdigit()) && given.eq_ignore_ascii_case(&checksum(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values computed independently with Python's hashlib:
    //   python3 -c 'import hashlib,sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest()[-4:])' "<body>"
    #[test]
    fn matches_hashlib() {
        assert_eq!(checksum(""), "b855");
        assert_eq!(checksum("000201010211"), "8286");
        assert_eq!(checksum("5910Кафе Нават"), "d374");
    }

    #[test]
    fn compares_in_either_case() {
        assert!(verifies("", "b855"));
        assert!(verifies("", "B855"));
        assert!(!verifies("", "b856"));
        assert!(!verifies("", "b85"));
        assert!(!verifies("", "+b855"));
    }
}
