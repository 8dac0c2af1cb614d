//! EMVCo Merchant-Presented Mode (standards §2): the international payment QR (PromptPay, Pix, the Kazakh interbank
//! drafts). The wallet reads it to tell the customer what a foreign code asks for; it does not make them.
//!
//! Same TLV as ELQR (2-digit ID, 2-digit length in characters), different rules: a CRC-16/CCITT-FALSE over the whole
//! payload up to and including `6304`, amounts as decimal text, merchant account templates `02`–`51`. Like ELQR, a
//! CRC that does not match is not an error: the code comes back with `crc_ok` false and the caller decides.

use crc::{CRC_16_IBM_3740, Crc};
use serde::{Deserialize, Serialize};

use crate::elqr::tlv::{self, RawElement, TlvError};
use crate::elqr::{CodeKind, TlvElement};

/// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR (the catalogue calls it
/// CRC-16/IBM-3740).
const CRC16: Crc<u16> = Crc::<u16>::new(&CRC_16_IBM_3740);

/// The CRC EMVCo puts in element `63`: `crc16(b"123456789") == 0x29B1`.
pub fn crc16(bytes: &[u8]) -> u16 {
    CRC16.checksum(bytes)
}

/// A parsed EMVCo code. Elements it does not model are in `unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmvcoCode {
    /// `00`, as given (`01` today).
    pub payload_format: String,
    /// `01`: `11` static, `12` dynamic.
    pub initiation: Option<CodeKind>,
    /// `02`–`51`, in input order: the schemes and accounts that can be paid (templates `26`–`51` are nested TLV).
    pub merchant_accounts: Vec<TlvElement>,
    /// `52`: 4 digits.
    pub mcc: Option<String>,
    /// `53`: ISO 4217 numeric, 3 digits.
    pub currency: Option<String>,
    /// `54`: decimal text as given (`23.72`), in the currency's major unit.
    pub amount: Option<String>,
    /// `55`: tip or convenience fee indicator.
    pub tip_indicator: Option<String>,
    /// `56`: fixed convenience fee.
    pub fee_fixed: Option<String>,
    /// `57`: convenience fee in percent.
    pub fee_percent: Option<String>,
    /// `58`: ISO 3166 alpha-2.
    pub country: Option<String>,
    /// `59`
    pub merchant_name: Option<String>,
    /// `60`
    pub merchant_city: Option<String>,
    /// `61`
    pub postal_code: Option<String>,
    /// `62`: the additional data template, raw.
    pub additional: Option<String>,
    /// `64`: the merchant information in another language, raw.
    pub language: Option<String>,
    /// Other IDs (`65`–`99`), in input order.
    pub unknown: Vec<TlvElement>,
    /// `63`, as given.
    pub crc: String,
    /// Whether `crc` (either case) is the CRC-16 of everything before it, `6304` included, and `63` is the last element
    /// (anything after it would not be covered).
    pub crc_ok: bool,
}

/// Why a text is not an EMVCo payload. One line a support person can read out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmvcoError {
    #[error("this is not a payment code")]
    NotAPaymentCode,
    #[error("the element at character {at} has the ID {found:?}; an ID is two digits")]
    BadId { found: String, at: usize },
    #[error("element {id} at character {at} has a wrong length")]
    BadLength { id: String, at: usize },
    #[error("the code ends inside the element at character {at}: part of it is missing")]
    Truncated { at: usize },
    #[error("element {id} appears twice (again at character {at})")]
    Duplicate { id: String, at: usize },
    #[error("the code has no element {id} ({name})")]
    MissingElement { id: &'static str, name: &'static str },
    #[error("element {id} ({field}) is wrong: {reason}")]
    BadValue { id: &'static str, field: &'static str, reason: &'static str },
}

impl From<TlvError> for EmvcoError {
    fn from(error: TlvError) -> Self {
        match error {
            // The very first element is not TLV: something else than a damaged code.
            TlvError::BadId { at: 1, .. } | TlvError::BadLength { at: 1, .. } | TlvError::Truncated { at: 1 } => {
                EmvcoError::NotAPaymentCode
            }
            TlvError::BadId { found, at } => EmvcoError::BadId { found, at },
            TlvError::BadLength { id, at } => EmvcoError::BadLength { id, at },
            TlvError::Truncated { at } => EmvcoError::Truncated { at },
        }
    }
}

/// Reads a bare EMVCo payload (surrounding whitespace ignored).
///
/// Required: `00` and `63`. Other elements are optional here, because real codes leave out what the spec requires
/// (PromptPay has no `59`); values whose meaning would be guessed are refused (`01` other than `11`/`12`, an MCC that
/// is not 4 digits, a currency that is not 3, an amount that is not decimal text).
pub fn parse(payload: &str) -> Result<EmvcoCode, EmvcoError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(EmvcoError::NotAPaymentCode);
    }
    let elements = tlv::elements(payload, 0, "")?;
    let mut code = EmvcoCode {
        payload_format: String::new(),
        initiation: None,
        merchant_accounts: Vec::new(),
        mcc: None,
        currency: None,
        amount: None,
        tip_indicator: None,
        fee_fixed: None,
        fee_percent: None,
        country: None,
        merchant_name: None,
        merchant_city: None,
        postal_code: None,
        additional: None,
        language: None,
        unknown: Vec::new(),
        crc: String::new(),
        crc_ok: false,
    };
    let mut format = None;
    let mut initiation = None;
    let mut crc = None;
    let mut covered = String::new();
    let mut after_crc = false;
    for element in elements {
        // Everything but the CRC's own value is covered; what comes after it makes the CRC wrong anyway.
        after_crc |= crc.is_some();
        if element.id != "63" {
            covered.push_str(&element.raw);
        }
        let number = element.id.parse::<u8>().unwrap_or(u8::MAX);
        let slot = match number {
            0 => &mut format,
            1 => &mut initiation,
            2..=51 => {
                code.merchant_accounts.push(TlvElement { id: element.id, value: element.value });
                continue;
            }
            52 => &mut code.mcc,
            53 => &mut code.currency,
            54 => &mut code.amount,
            55 => &mut code.tip_indicator,
            56 => &mut code.fee_fixed,
            57 => &mut code.fee_percent,
            58 => &mut code.country,
            59 => &mut code.merchant_name,
            60 => &mut code.merchant_city,
            61 => &mut code.postal_code,
            62 => &mut code.additional,
            63 => {
                if crc.is_some() {
                    return Err(EmvcoError::Duplicate { id: element.id, at: element.at });
                }
                covered.push_str(&element.id);
                covered.push_str(element.raw.get(2..4).unwrap_or_default());
                crc = Some(element);
                continue;
            }
            64 => &mut code.language,
            _ => {
                code.unknown.push(TlvElement { id: element.id, value: element.value });
                continue;
            }
        };
        fill(slot, element)?;
    }
    code.payload_format = format.ok_or(EmvcoError::MissingElement { id: "00", name: "payload format indicator" })?;
    let crc: RawElement = crc.ok_or(EmvcoError::MissingElement { id: "63", name: "CRC" })?;
    if let Some(kind) = initiation {
        code.initiation = Some(CodeKind::from_code(&kind).ok_or(EmvcoError::BadValue {
            id: "01",
            field: "point of initiation",
            reason: "it must be 11 or 12",
        })?);
    }
    check(&code.mcc, "52", "MCC", "it must be 4 digits", |v| tlv::is_digits(v, 4))?;
    check(&code.currency, "53", "currency", "it must be 3 digits (ISO 4217 numeric)", |v| tlv::is_digits(v, 3))?;
    check(&code.amount, "54", "amount", "it must be decimal text such as 23.72", is_decimal)?;
    code.crc_ok = !after_crc && crc.value.len() == 4 && crc.value.bytes().all(|b| b.is_ascii_hexdigit()) && {
        let expected = format!("{:04X}", crc16(covered.as_bytes()));
        crc.value.eq_ignore_ascii_case(&expected)
    };
    code.crc = crc.value;
    Ok(code)
}

fn fill(slot: &mut Option<String>, element: RawElement) -> Result<(), EmvcoError> {
    if slot.is_some() {
        return Err(EmvcoError::Duplicate { id: element.id, at: element.at });
    }
    *slot = Some(element.value);
    Ok(())
}

fn check(
    value: &Option<String>,
    id: &'static str,
    field: &'static str,
    reason: &'static str,
    valid: impl Fn(&str) -> bool,
) -> Result<(), EmvcoError> {
    match value {
        Some(value) if !valid(value) => Err(EmvcoError::BadValue { id, field, reason }),
        _ => Ok(()),
    }
}

/// Digits with at most one decimal point and at least one digit: `100`, `23.72`, `.5`, `5.`.
fn is_decimal(value: &str) -> bool {
    let points = value.bytes().filter(|b| *b == b'.').count();
    points <= 1 && value.bytes().any(|b| b.is_ascii_digit()) && value.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROMPTPAY: &str = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";

    fn el(id: &str, value: &str) -> String {
        tlv::element(id, value)
    }

    /// `body` + `6304` + its CRC, for tests that need a valid code.
    fn with_crc(body: &str) -> String {
        let covered = format!("{body}6304");
        format!("{covered}{:04X}", crc16(covered.as_bytes()))
    }

    #[test]
    fn crc16_is_ccitt_false() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
        // Computed independently with a bitwise Python implementation (poly 0x1021, init 0xFFFF, no reflection):
        //   def crc16(data):
        //       crc = 0xFFFF
        //       for byte in data:
        //           crc ^= byte << 8
        //           for _ in range(8):
        //               crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
        //       return crc
        assert_eq!(crc16(b""), 0xFFFF);
        assert_eq!(crc16(b"A"), 0xB915);
        assert_eq!(crc16("Кафе".as_bytes()), 0x39E9);
        assert_eq!(crc16(PROMPTPAY.get(..PROMPTPAY.len() - 4).unwrap().as_bytes()), 0x6197);
    }

    #[test]
    fn reads_the_promptpay_vector() {
        let code = parse(PROMPTPAY).unwrap();
        assert!(code.crc_ok);
        assert_eq!(code.crc, "6197");
        assert_eq!(code.payload_format, "01");
        assert_eq!(code.initiation, Some(CodeKind::Static));
        assert_eq!(
            code.merchant_accounts,
            vec![TlvElement { id: "29".into(), value: "0016A00000067701011101130066801234567".into() }]
        );
        assert_eq!(code.country.as_deref(), Some("TH"));
        assert_eq!(code.currency.as_deref(), Some("764"));
        assert_eq!(code.mcc, None);
        assert_eq!(code.merchant_name, None);
    }

    #[test]
    fn the_crc_compares_in_either_case_and_catches_changes() {
        let lower = format!("{}{}", PROMPTPAY.get(..PROMPTPAY.len() - 4).unwrap(), "6197".to_lowercase());
        assert!(parse(&lower).unwrap().crc_ok);
        let changed = PROMPTPAY.replace("5802TH", "5802KG");
        let code = parse(&changed).unwrap();
        assert!(!code.crc_ok);
        assert_eq!(code.country.as_deref(), Some("KG"));
        let short = format!("{}{}", PROMPTPAY.get(..PROMPTPAY.len() - 8).unwrap(), "6303619");
        assert!(!parse(&short).unwrap().crc_ok);
    }

    #[test]
    fn reads_every_modelled_element() {
        let template = [el("00", "com.p2pqrpay"), el("01", "ABCDEFGH")].concat();
        let body = [
            el("00", "01"),
            el("01", "12"),
            el("02", "4444455555"),
            el("26", &template),
            el("52", "5812"),
            el("53", "417"),
            el("54", "2372.5"),
            el("55", "02"),
            el("56", "100"),
            el("57", "1.5"),
            el("58", "KG"),
            el("59", "Кафе Нават"),
            el("60", "Бишкек"),
            el("61", "72001"),
            el("62", "0703A01"),
            el("64", "0002ky"),
            el("65", "zz"),
        ]
        .concat();
        let code = parse(&with_crc(&body)).unwrap();
        assert!(code.crc_ok, "{code:?}");
        assert_eq!(code.initiation, Some(CodeKind::Dynamic));
        assert_eq!(code.merchant_accounts.len(), 2);
        assert_eq!(code.mcc.as_deref(), Some("5812"));
        assert_eq!(code.currency.as_deref(), Some("417"));
        assert_eq!(code.amount.as_deref(), Some("2372.5"));
        assert_eq!(code.tip_indicator.as_deref(), Some("02"));
        assert_eq!(code.fee_fixed.as_deref(), Some("100"));
        assert_eq!(code.fee_percent.as_deref(), Some("1.5"));
        assert_eq!(code.merchant_name.as_deref(), Some("Кафе Нават"));
        assert_eq!(code.merchant_city.as_deref(), Some("Бишкек"));
        assert_eq!(code.postal_code.as_deref(), Some("72001"));
        assert_eq!(code.additional.as_deref(), Some("0703A01"));
        assert_eq!(code.language.as_deref(), Some("0002ky"));
        assert_eq!(code.unknown, vec![TlvElement { id: "65".into(), value: "zz".into() }]);
    }

    #[test]
    fn anything_after_the_crc_spoils_it() {
        let code = parse(&format!("{PROMPTPAY}6502zz")).unwrap();
        assert!(!code.crc_ok);
        assert_eq!(code.unknown.len(), 1);
    }

    #[test]
    fn refuses_what_is_not_emvco() {
        assert_eq!(parse(""), Err(EmvcoError::NotAPaymentCode));
        assert_eq!(parse("hello"), Err(EmvcoError::NotAPaymentCode));
        assert_eq!(parse("5802TH"), Err(EmvcoError::MissingElement { id: "00", name: "payload format indicator" }));
        assert_eq!(parse("000201"), Err(EmvcoError::MissingElement { id: "63", name: "CRC" }));
        assert_eq!(parse("0002010002016304ABCD"), Err(EmvcoError::Duplicate { id: "00".into(), at: 7 }));
        assert_eq!(parse("00020158"), Err(EmvcoError::Truncated { at: 7 }));
        assert_eq!(parse(&PROMPTPAY.replace("5303764", "5303X64")).unwrap_err().to_string(), {
            "element 53 (currency) is wrong: it must be 3 digits (ISO 4217 numeric)"
        });
        assert_eq!(parse("0002010102125406123"), Err(EmvcoError::Truncated { at: 13 }));
        assert!(matches!(parse(&with_crc("00020101021254041,00")), Err(EmvcoError::BadValue { id: "54", .. })));
        assert!(matches!(parse(&with_crc("0002010102125203581")), Err(EmvcoError::BadValue { id: "52", .. })));
        assert!(matches!(parse(&with_crc("000201010213")), Err(EmvcoError::BadValue { id: "01", .. })));
    }

    #[test]
    fn decimal_amounts() {
        for good in ["0", "23.72", "100", ".5", "5."] {
            assert!(is_decimal(good), "{good}");
        }
        for bad in ["", ".", "1.2.3", "1,5", "-1", "1e3"] {
            assert!(!is_decimal(bad), "{bad}");
        }
    }
}
