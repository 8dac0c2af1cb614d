//! Just enough of the national payment QR (ELQR, `../shared/research/standards.md` §1) to give the demo merchants
//! their static payment links. The wallet's own ELQR codec (parsing, every quirk, limits) lives in the core.

use ring::digest::{SHA256, digest};

fn element(id: &str, value: &str) -> String {
    // Lengths count UTF-16 code units, not bytes.
    format!("{id}{:02}{value}", value.encode_utf16().count())
}

fn currency_number(currency: &str) -> &'static str {
    match currency {
        "KZT" => "398",
        "USD" => "840",
        _ => "417",
    }
}

/// The payload of a static code: version, type, provider template, merchant template, MCC, currency, name and the
/// checksum (the last 4 hex digits of the SHA-256 of everything before it).
pub fn static_payload(provider: &str, merchant_id: &str, name: &str, mcc: &str, currency: &str) -> String {
    let provider_template = element("00", provider) + &element("01", "pay") + &element("10", merchant_id);
    let merchant_template = element("00", merchant_id) + &element("01", name);
    let body = [
        element("00", "01"),
        element("01", "11"),
        element("32", &provider_template),
        element("33", &merchant_template),
        element("52", mcc),
        element("53", currency_number(currency)),
        element("59", name),
    ]
    .concat();
    let hash = digest(&SHA256, body.as_bytes());
    let hex: String = hash.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    format!("{body}6304{}", &hex[hex.len() - 4..])
}

/// The payment link: the universal router with the percent-encoded payload as its fragment.
pub fn static_link(provider: &str, merchant_id: &str, name: &str, mcc: &str, currency: &str) -> String {
    let payload = static_payload(provider, merchant_id, name, mcc, currency);
    let mut link = String::from("https://pay.payqr.kg/#");
    for byte in payload.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            link.push(byte as char);
        } else {
            link.push_str(&format!("%{byte:02X}"));
        }
    }
    link
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_characters_and_the_checksum_covers_the_body() {
        let payload = static_payload("qr.sandbox.kg", "navat-cafe", "Кафе Нават", "5812", "KGS");
        assert!(payload.contains("5910Кафе Нават"), "{payload}");
        let (body, checksum) = payload.split_at(payload.len() - 4);
        let body = body.strip_suffix("6304").expect("checksum element last");
        let hash = digest(&SHA256, body.as_bytes());
        let hex: String = hash.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(checksum, &hex[60..]);
        assert!(static_link("qr.sandbox.kg", "navat-cafe", "Кафе Нават", "5812", "KGS").contains("%D0%9A"));
    }
}
