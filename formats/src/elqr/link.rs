//! The transport of ELQR (standards §1): a QR code holds a payment link whose fragment (after `#`) is the
//! percent-encoded payload. Banks use their own prefixes (`https://app.mbank.kg/qr/`, `https://bakai.app/`, some with
//! an empty query `…?x=#…`), so the prefix is never checked: only the fragment matters.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use super::ElqrError;

/// The national router every app opens: the prefix for links the wallet makes itself.
pub const UNIVERSAL_ROUTER: &str = "https://pay.payqr.kg/";

/// Everything but RFC 3986's unreserved ASCII is encoded: Cyrillic, spaces, `#`, `%`, `:` and `!` included, so no
/// reader's idea of which characters a fragment may hold can change the payload.
const FRAGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// The payment link for `payload`: `prefix` + `#` + the percent-encoded payload.
pub fn link(payload: &str, prefix: &str) -> String {
    format!("{prefix}#{}", utf8_percent_encode(payload, FRAGMENT))
}

/// The payload in a scanned text: the decoded fragment of a link, or the text itself when it is a bare payload.
/// Surrounding whitespace is ignored.
///
/// A bare payload starts with a digit (the first ID); anything starting with a letter is taken as a link (`https://…`,
/// `http://…`, or a link whose scheme the scanner dropped). A bare payload is never percent-decoded: a `%` in its
/// comment is plain text.
pub fn payload_of(text: &str) -> Result<Cow<'_, str>, ElqrError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ElqrError::NotAPaymentCode);
    }
    if !is_link(text) {
        return Ok(Cow::Borrowed(text));
    }
    let Some((_, fragment)) = text.split_once('#') else {
        // A web address is a link that carries no payment; a word is not a link at all.
        return Err(if text.contains("://") { ElqrError::LinkWithoutPayload } else { ElqrError::NotAPaymentCode });
    };
    let decoded = percent_decode_str(fragment).decode_utf8().map_err(|_| ElqrError::BadEncoding)?;
    let payload = match decoded {
        Cow::Borrowed(payload) => Cow::Borrowed(payload.trim()),
        Cow::Owned(payload) => Cow::Owned(payload.trim().to_owned()),
    };
    if payload.is_empty() {
        return Err(ElqrError::LinkWithoutPayload);
    }
    Ok(payload)
}

/// Whether a scanned text is a link rather than a bare payload: it starts with a letter (a bare payload starts with
/// the digits of its first ID).
pub fn is_link(text: &str) -> bool {
    text.trim_start().chars().next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_everything_but_unreserved_ascii() {
        assert_eq!(link("5903Кот", UNIVERSAL_ROUTER), "https://pay.payqr.kg/#5903%D0%9A%D0%BE%D1%82");
        assert_eq!(link("a b!#%:/?-._~Z9", "p"), "p#a%20b%21%23%25%3A%2F%3F-._~Z9");
    }

    #[test]
    fn takes_the_fragment_of_any_prefix() {
        for prefix in [
            "https://pay.payqr.kg/",
            "https://app.mbank.kg/qr/",
            "https://api.dengi.o.kg/",
            "https://bakai.app/",
            "https://qr.finik.kg/",
            "https://qr.finik.kg/pay?x=",
            "HTTPS://PAY.PAYQR.KG/",
            "http://example.kg/",
        ] {
            assert_eq!(payload_of(&link("0002 %01", prefix)).unwrap(), "0002 %01", "{prefix}");
        }
    }

    #[test]
    fn a_bare_payload_is_not_decoded() {
        assert_eq!(payload_of("  3405a%20b#c \n").unwrap(), "3405a%20b#c");
    }

    #[test]
    fn refuses_links_without_a_payload() {
        assert_eq!(payload_of(""), Err(ElqrError::NotAPaymentCode));
        assert_eq!(payload_of(" \t"), Err(ElqrError::NotAPaymentCode));
        assert_eq!(payload_of("hello"), Err(ElqrError::NotAPaymentCode));
        assert_eq!(payload_of("https://pay.payqr.kg/"), Err(ElqrError::LinkWithoutPayload));
        assert_eq!(payload_of("https://pay.payqr.kg/#"), Err(ElqrError::LinkWithoutPayload));
        assert_eq!(payload_of("https://pay.payqr.kg/#%20"), Err(ElqrError::LinkWithoutPayload));
        assert_eq!(payload_of("https://pay.payqr.kg/#%D0"), Err(ElqrError::BadEncoding));
    }
}
