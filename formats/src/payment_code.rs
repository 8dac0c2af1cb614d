//! Which payment scheme a scanned text is: the national ELQR or an international EMVCo code. Both are TLV with the
//! same two-digit IDs, so the scanner cannot tell them apart by looking; their checksums can, and when neither
//! verifies (a damaged or hand-made code) the structure decides, so the customer hears the right scheme's reason.
//!
//! The rule, in order:
//! 1. A link (text starting with a letter) is ELQR: EMVCo codes are bare payloads. Its payload is the fragment.
//!    A link without a fragment is not a payment code.
//! 2. Text whose first element is not TLV (not `ID LEN` digits) is not a payment code.
//! 3. If it parses as ELQR and the SHA-256 checksum verifies → ELQR.
//! 4. Else if it parses as EMVCo and the CRC-16 verifies → EMVCo.
//! 5. Else the structure decides: points for EMVCo — a `58` country (2), a decimal point in `54`
//!    (2), a merchant account template `26`–`51` whose `00` is an AID (hex starting `A0`) or a reverse domain
//!    (`br.gov.bcb.pix`) (2), a `60` city (1); points for ELQR — a `32` whose `00` is a domain (`qr.bakai.kg`) (2), a
//!    `54` of digits only (1), a `34` comment (1). More points win; a tie goes to the scheme that parses, and if both
//!    or neither parse, to ELQR (the national scheme, the one this wallet pays). The winner's result is returned: the
//!    code with its checksum flag false, or that scheme's error.

use serde::{Deserialize, Serialize};

use crate::elqr::tlv::{self, RawElement};
use crate::elqr::{self, ElqrCode, ElqrError};
use crate::emvco::{self, EmvcoCode, EmvcoError};

/// A scanned payment code, by scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaymentCode {
    Elqr(ElqrCode),
    Emvco(EmvcoCode),
}

impl PaymentCode {
    /// Whether the code's own checksum (ELQR's SHA-256, EMVCo's CRC) verifies.
    pub fn checksum_ok(&self) -> bool {
        match self {
            PaymentCode::Elqr(code) => code.checksum_ok,
            PaymentCode::Emvco(code) => code.crc_ok,
        }
    }
}

/// Why a scanned text is not a payment code the wallet can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PaymentCodeError {
    #[error("this is not a payment code")]
    NotAPaymentCode,
    /// It looks like ELQR, but cannot be read as one.
    #[error("national payment code (ELQR): {0}")]
    Elqr(ElqrError),
    /// It looks like EMVCo, but cannot be read as one.
    #[error("international payment code (EMVCo): {0}")]
    Emvco(EmvcoError),
}

impl From<ElqrError> for PaymentCodeError {
    fn from(error: ElqrError) -> Self {
        match error {
            ElqrError::NotAPaymentCode | ElqrError::LinkWithoutPayload => PaymentCodeError::NotAPaymentCode,
            other => PaymentCodeError::Elqr(other),
        }
    }
}

impl From<EmvcoError> for PaymentCodeError {
    fn from(error: EmvcoError) -> Self {
        match error {
            EmvcoError::NotAPaymentCode => PaymentCodeError::NotAPaymentCode,
            other => PaymentCodeError::Emvco(other),
        }
    }
}

/// Reads a scanned text as whichever scheme it is (see the module's rule).
pub fn read(text: &str) -> Result<PaymentCode, PaymentCodeError> {
    let payload = elqr::payload_of(text)?;
    let elqr = elqr::parse_payload(&payload);
    if elqr::is_link(text) {
        return Ok(PaymentCode::Elqr(elqr?));
    }
    let (elements, error) = tlv::scan(&payload, 0, "");
    if elements.is_empty() && error.is_some() {
        return Err(PaymentCodeError::NotAPaymentCode);
    }
    let elqr = match elqr {
        Ok(code) if code.checksum_ok => return Ok(PaymentCode::Elqr(code)),
        other => other,
    };
    let emvco = match emvco::parse(&payload) {
        Ok(code) if code.crc_ok => return Ok(PaymentCode::Emvco(code)),
        other => other,
    };
    let evidence = Evidence::of(&elements);
    let emvco_wins = match evidence.emvco.cmp(&evidence.elqr) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => emvco.is_ok() && elqr.is_err(),
    };
    if emvco_wins { Ok(PaymentCode::Emvco(emvco?)) } else { Ok(PaymentCode::Elqr(elqr?)) }
}

/// Points for each scheme from the elements that could be read (a damaged code still has most of them).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Evidence {
    pub elqr: u32,
    pub emvco: u32,
}

impl Evidence {
    pub(crate) fn of(elements: &[RawElement]) -> Evidence {
        let mut evidence = Evidence::default();
        for element in elements {
            let (elqr, emvco) = points(element);
            evidence.elqr = evidence.elqr.saturating_add(elqr);
            evidence.emvco = evidence.emvco.saturating_add(emvco);
        }
        evidence
    }
}

/// What one element says: (points for ELQR, points for EMVCo).
fn points(element: &RawElement) -> (u32, u32) {
    let number = element.id.parse::<u8>().unwrap_or(u8::MAX);
    let value = element.value.as_str();
    match number {
        58 => (0, 2),
        60 => (0, 1),
        54 if value.contains('.') => (0, 2),
        54 if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => (1, 0),
        34 => (1, 0),
        26..=51 => {
            let account = first_sub_element(element);
            let account = account.as_deref();
            if account.is_some_and(|id| is_aid(id) || is_reverse_domain(id)) {
                (0, 2)
            } else if number == 32 && account.is_some_and(is_domain) {
                (2, 0)
            } else {
                (0, 0)
            }
        }
        _ => (0, 0),
    }
}

/// The value of sub-element `00` of a template, if it reads as TLV far enough to have one.
fn first_sub_element(template: &RawElement) -> Option<String> {
    let (elements, _) = tlv::scan(&template.value, 0, "");
    elements.into_iter().find(|element| element.id == "00").map(|element| element.value)
}

/// An EMV application identifier: 10 to 32 hex digits, starting with the `A0` of a registered provider.
fn is_aid(value: &str) -> bool {
    (10..=32).contains(&value.len())
        && value.get(..2).is_some_and(|start| start.eq_ignore_ascii_case("a0"))
        && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `labels.separated.by.dots`, lowercase letters, digits and `-`: both what ELQR providers use and EMVCo's reverse
/// domains.
fn is_dotted(value: &str) -> bool {
    value.contains('.')
        && value.split('.').all(|label| {
            !label.is_empty() && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// A forward domain whose last label is a country or a generic top-level domain: `qr.bakai.kg`, `c2c.mbank.kg`.
fn is_domain(value: &str) -> bool {
    is_dotted(value) && !is_reverse_domain(value)
}

/// A reverse domain as EMVCo's globally unique identifiers use: `br.gov.bcb.pix`, `com.p2pqrpay`. Its first label is a
/// top-level domain and its last is not one.
fn is_reverse_domain(value: &str) -> bool {
    const TOP_LEVEL: [&str; 12] = ["com", "org", "net", "br", "kz", "kg", "th", "id", "ph", "vn", "my", "sg"];
    let mut labels = value.split('.');
    let first = labels.next().unwrap_or_default();
    let last = labels.next_back().unwrap_or_default();
    is_dotted(value) && TOP_LEVEL.contains(&first) && !TOP_LEVEL.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROMPTPAY: &str = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";

    fn el(id: &str, value: &str) -> String {
        tlv::element(id, value)
    }

    /// An ELQR payload with its checksum computed by the builder.
    fn elqr_payload() -> String {
        let code = elqr::NewElqr {
            kind: elqr::CodeKind::Static,
            provider: elqr::ProviderTemplate {
                provider_id: "qr.bakai.kg".into(),
                service_code: Some("pay".into()),
                recipient_id: Some("1250820001".into()),
                transaction_id: None,
                amount_editable: Some(true),
                recipient_id_editable: None,
                unknown: vec![],
            },
            merchant: None,
            comment: None,
            additional: vec![],
            mcc: "5812".into(),
            currency: "417".into(),
            amount_minor: Some(0),
            provider_name: "Кафе Нават".into(),
            unknown: vec![],
        };
        elqr::build_payload(&code).unwrap()
    }

    /// Replaces the last 4 characters (the checksum or CRC) with `0000`.
    fn spoil(payload: &str) -> String {
        format!("{}0000", payload.get(..payload.len() - 4).unwrap())
    }

    #[test]
    fn a_verifying_elqr_is_elqr() {
        let payload = elqr_payload();
        assert!(matches!(read(&payload), Ok(PaymentCode::Elqr(code)) if code.checksum_ok));
        let link = elqr::link(&payload, elqr::UNIVERSAL_ROUTER);
        assert!(matches!(read(&link), Ok(PaymentCode::Elqr(code)) if code.checksum_ok));
    }

    #[test]
    fn a_verifying_emvco_is_emvco() {
        assert!(matches!(read(PROMPTPAY), Ok(PaymentCode::Emvco(code)) if code.crc_ok));
        assert!(matches!(read(&format!(" {PROMPTPAY}\n")), Ok(PaymentCode::Emvco(code)) if code.crc_ok));
    }

    #[test]
    fn a_link_is_always_elqr() {
        let link = elqr::link(&spoil(PROMPTPAY), "https://pay.payqr.kg/");
        assert!(matches!(read(&link), Err(PaymentCodeError::Elqr(ElqrError::MissingElement { id: "32", .. }))));
        let link = elqr::link(&spoil(&elqr_payload()), "https://bakai.app/");
        assert!(matches!(read(&link), Ok(PaymentCode::Elqr(code)) if !code.checksum_ok));
    }

    #[test]
    fn damaged_codes_go_by_their_structure() {
        assert!(matches!(read(&spoil(&elqr_payload())), Ok(PaymentCode::Elqr(code)) if !code.checksum_ok));
        assert!(matches!(read(&spoil(PROMPTPAY)), Ok(PaymentCode::Emvco(code)) if !code.crc_ok));
        // An ELQR code that lost its name: the ELQR reason, not an EMVCo code with a bad CRC.
        let nameless = elqr_payload().replace(&el("59", "Кафе Нават"), "");
        assert_eq!(
            read(&nameless),
            Err(PaymentCodeError::Elqr(ElqrError::MissingElement { id: "59", name: "provider name" }))
        );
        // An EMVCo code with a decimal amount and a city but a bad CRC, and no country.
        let emvco = [el("00", "01"), el("01", "12"), el("54", "10.50"), el("60", "Almaty"), el("63", "0000")].concat();
        assert!(matches!(read(&emvco), Ok(PaymentCode::Emvco(code)) if !code.crc_ok));
    }

    #[test]
    fn a_tie_goes_to_the_scheme_that_parses_then_to_elqr() {
        // Neither scheme's marks: EMVCo parses (only 00 and 63 are required), ELQR does not.
        let plain = [el("00", "01"), el("63", "0000")].concat();
        assert!(matches!(read(&plain), Ok(PaymentCode::Emvco(_))));
        // Neither parses: the ELQR reason.
        let neither = [el("01", "13"), el("63", "0000")].concat();
        assert!(matches!(read(&neither), Err(PaymentCodeError::Elqr(_))));
    }

    #[test]
    fn what_is_no_tlv_is_not_a_payment_code() {
        for text in ["", "   ", "hello", "https://example.kg/page", "+996 555 123 456", "0", "12", "{\"a\":1}"] {
            assert_eq!(read(text), Err(PaymentCodeError::NotAPaymentCode), "{text:?}");
        }
    }

    #[test]
    fn the_evidence() {
        let points = |parts: &[String]| {
            let text = parts.concat();
            Evidence::of(&tlv::elements(&text, 0, "").unwrap())
        };
        assert_eq!(points(&[el("58", "KG")]), Evidence { elqr: 0, emvco: 2 });
        assert_eq!(points(&[el("54", "1.00")]), Evidence { elqr: 0, emvco: 2 });
        assert_eq!(points(&[el("54", "100")]), Evidence { elqr: 1, emvco: 0 });
        assert_eq!(points(&[el("60", "Osh")]), Evidence { elqr: 0, emvco: 1 });
        assert_eq!(points(&[el("34", "за кофе")]), Evidence { elqr: 1, emvco: 0 });
        assert_eq!(points(&[el("32", &el("00", "qr.bakai.kg"))]), Evidence { elqr: 2, emvco: 0 });
        assert_eq!(points(&[el("32", &el("00", "c2c.mbank.kg"))]), Evidence { elqr: 2, emvco: 0 });
        assert_eq!(points(&[el("32", &el("00", "A000000677010111"))]), Evidence { elqr: 0, emvco: 2 });
        assert_eq!(points(&[el("26", &el("00", "br.gov.bcb.pix"))]), Evidence { elqr: 0, emvco: 2 });
        assert_eq!(points(&[el("27", &el("00", "com.p2pqrpay"))]), Evidence { elqr: 0, emvco: 2 });
        assert_eq!(points(&[el("33", &el("00", "qr.bakai.kg"))]), Evidence { elqr: 0, emvco: 0 });
    }
}
