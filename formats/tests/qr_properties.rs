//! Properties of the payment-QR codecs over random input: every valid ELQR code the builder makes parses back to what
//! it was built from (directly and through a link), EMVCo payloads with a CRC verify, and nothing panics on any text —
//! a camera reads anything, and damaged codes are the common case.

use proptest::prelude::*;
use proptest::sample::select;
use wallet_formats::elqr::{self, UNIVERSAL_ROUTER};
use wallet_formats::emvco;
use wallet_formats::payment_code::{self, PaymentCode};
use wallet_formats::{AdditionalField, CodeKind, MerchantTemplate, NewElqr, ProviderTemplate, TlvElement};

const PREFIXES: [&str; 6] = [
    UNIVERSAL_ROUTER,
    "https://app.mbank.kg/qr/",
    "https://api.dengi.o.kg/",
    "https://bakai.app/",
    "https://qr.finik.kg/",
    "https://qr.finik.kg/pay?x=",
];

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Text of at most `max` UTF-16 units: Latin, Cyrillic, digits, punctuation that links must encode, and now and then
/// a character outside the BMP (two units).
fn text(max: usize) -> impl Strategy<Value = String> {
    let pattern = format!("[a-zA-Z0-9А-Яа-яЁёҢңӨөҮү .,:;№!#%&/?+*@😀-]{{0,{max}}}");
    proptest::string::string_regex(&pattern).unwrap().prop_filter("fits", move |value| units(value) <= max)
}

/// Non-empty text of at most `max` units.
fn required_text(max: usize) -> impl Strategy<Value = String> {
    text(max).prop_filter("not empty", |value| !value.is_empty())
}

/// Text without `:` (the separator of additional fields).
fn part(max: usize) -> impl Strategy<Value = String> {
    text(max).prop_map(|value| value.replace(':', ""))
}

/// A two-digit ID not in `taken`.
fn free_id(taken: &'static [&'static str]) -> impl Strategy<Value = String> {
    (0u8..100)
        .prop_map(|number| format!("{number:02}"))
        .prop_filter("not taken", move |id| !taken.contains(&id.as_str()))
}

/// The provider template, within its 99 units: 22 + 24 + 16 + 16 + 6 + 6 + 9.
fn provider() -> impl Strategy<Value = ProviderTemplate> {
    (
        required_text(18),
        proptest::option::of(text(20)),
        proptest::option::of(text(12)),
        proptest::option::of(text(12)),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::collection::vec((free_id(&["00", "01", "10", "11", "12", "13"]), text(5)), 0..=1),
    )
        .prop_map(|(provider_id, service_code, recipient_id, transaction_id, amount, recipient, unknown)| {
            ProviderTemplate {
                provider_id,
                service_code,
                recipient_id,
                transaction_id,
                amount_editable: amount,
                recipient_id_editable: recipient,
                unknown: unknown.into_iter().map(|(id, value)| TlvElement { id, value }).collect(),
            }
        })
}

/// The merchant template, within its 99 units: 34 + 44 + 14.
fn merchant() -> impl Strategy<Value = MerchantTemplate> {
    (
        proptest::option::of(text(30)),
        proptest::option::of(text(40)),
        proptest::collection::vec((free_id(&["00", "01"]), text(10)), 0..=1),
    )
        .prop_map(|(merchant_id, service_name, unknown)| MerchantTemplate {
            merchant_id,
            service_name,
            unknown: unknown.into_iter().map(|(id, value)| TlvElement { id, value }).collect(),
        })
}

/// Up to two additional fields, in ascending ID order as the builder writes them (within 99 units: 4 × 20 + 6).
fn additional() -> impl Strategy<Value = Vec<AdditionalField>> {
    let field = (select(vec!["35", "36", "37", "38", "39"]), part(20), part(20), part(20), part(20), any::<bool>())
        .prop_map(|(id, key, label, value, title, visible)| AdditionalField {
            id: id.to_owned(),
            key,
            label,
            value,
            title,
            visible,
        });
    proptest::collection::vec(field, 0..=2).prop_map(|mut fields| {
        fields.sort_by(|a, b| a.id.cmp(&b.id));
        fields
    })
}

/// Up to three unknown elements, in ascending ID order, none of a known ID (nor 35–39: see `additional`).
fn unknown() -> impl Strategy<Value = Vec<TlvElement>> {
    const TAKEN: &[&str] = &["00", "01", "32", "33", "34", "35", "36", "37", "38", "39", "52", "53", "54", "59", "63"];
    proptest::collection::vec((free_id(TAKEN), text(30)), 0..=3).prop_map(|mut elements| {
        elements.sort_by(|a, b| a.0.cmp(&b.0));
        elements.into_iter().map(|(id, value)| TlvElement { id, value }).collect()
    })
}

fn new_elqr() -> impl Strategy<Value = NewElqr> {
    (
        prop_oneof![Just(CodeKind::Static), Just(CodeKind::Dynamic)],
        provider(),
        proptest::option::of(merchant()),
        proptest::option::of(text(32)),
        additional(),
        "[0-9]{4}",
        "[0-9]{3}",
        proptest::option::of(0u64..=9_999_999_999_999),
        required_text(25),
        unknown(),
    )
        .prop_map(
            |(kind, provider, merchant, comment, additional, mcc, currency, amount_minor, provider_name, unknown)| {
                NewElqr {
                    kind,
                    provider,
                    merchant,
                    comment,
                    additional,
                    mcc,
                    currency,
                    amount_minor,
                    provider_name,
                    unknown,
                }
            },
        )
}

/// One damage a camera or a person does to a code: a character deleted, inserted or replaced, or the end cut off.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize),
    Insert(usize, char),
    Replace(usize, char),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let index = 0usize..200;
    let replacement = prop_oneof![any::<char>(), proptest::char::range('0', '9'), Just('Ж'), Just('😀')];
    prop_oneof![
        index.clone().prop_map(Mutation::Delete),
        (index.clone(), replacement.clone()).prop_map(|(at, c)| Mutation::Insert(at, c)),
        (index.clone(), replacement).prop_map(|(at, c)| Mutation::Replace(at, c)),
        index.prop_map(Mutation::Truncate),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for mutation in mutations {
        let len = chars.len();
        match *mutation {
            Mutation::Delete(at) if len > 0 => {
                chars.remove(at % len);
            }
            Mutation::Insert(at, c) => chars.insert(at % (len + 1), c),
            Mutation::Replace(at, c) if len > 0 => chars[at % len] = c,
            Mutation::Truncate(at) => chars.truncate(at % (len + 1)),
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// A valid EMVCo payload with its CRC, and the fields it was made of.
#[derive(Debug, Clone)]
struct Emvco {
    payload: String,
    accounts: Vec<TlvElement>,
    mcc: Option<String>,
    currency: String,
    amount: Option<String>,
    country: String,
    name: String,
    city: String,
}

fn el(id: &str, value: &str) -> String {
    format!("{id}{:02}{value}", units(value))
}

/// Merchant account templates `26`–`31` (never `32`, so the text cannot also be a valid ELQR code).
fn emvco_code() -> impl Strategy<Value = Emvco> {
    let account = (26u8..=31, "A0[0-9A-F]{8,14}", "[0-9]{1,20}").prop_map(|(id, aid, account)| TlvElement {
        id: format!("{id:02}"),
        value: el("00", &aid) + &el("01", &account),
    });
    (
        proptest::collection::vec(account, 1..=3),
        proptest::option::of("[0-9]{4}"),
        "[0-9]{3}",
        proptest::option::of("[0-9]{1,7}(\\.[0-9]{1,2})?"),
        "[A-Z]{2}",
        "[A-Za-z0-9 ]{1,25}",
        "[A-Za-zА-Яа-я ]{1,15}",
    )
        .prop_map(|(accounts, mcc, currency, amount, country, name, city)| {
            let mut body = el("00", "01") + &el("01", "12");
            for account in &accounts {
                body += &el(&account.id, &account.value);
            }
            if let Some(mcc) = &mcc {
                body += &el("52", mcc);
            }
            body += &el("53", &currency);
            if let Some(amount) = &amount {
                body += &el("54", amount);
            }
            body += &(el("58", &country) + &el("59", &name) + &el("60", &city) + "6304");
            let payload = format!("{body}{:04X}", emvco::crc16(body.as_bytes()));
            Emvco { payload, accounts, mcc, currency, amount, country, name, city }
        })
}

/// Parse and read any text; errors must be one readable line.
fn read_everything(text: &str) -> Result<(), TestCaseError> {
    for message in [
        elqr::parse(text).err().map(|e| e.to_string()),
        emvco::parse(text).err().map(|e| e.to_string()),
        payment_code::read(text).err().map(|e| e.to_string()),
    ]
    .into_iter()
    .flatten()
    {
        prop_assert!(!message.is_empty() && !message.contains('\n'), "{message:?}");
    }
    Ok(())
}

proptest! {
    #[test]
    fn built_codes_parse_back_to_their_input(code in new_elqr()) {
        let payload = elqr::build_payload(&code).unwrap();
        let parsed = elqr::parse(&payload).unwrap();
        prop_assert!(parsed.checksum_ok);
        prop_assert_eq!(&parsed.version, "01");
        prop_assert!(parsed.checksum.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        prop_assert_eq!(parsed.to_new(), code);
        // And building again gives the very same payload.
        prop_assert_eq!(elqr::build_payload(&parsed.to_new()).unwrap(), payload);
    }

    #[test]
    fn links_parse_as_their_payload(code in new_elqr(), prefix in select(PREFIXES.to_vec())) {
        let payload = elqr::build_payload(&code).unwrap();
        let link = elqr::link(&payload, prefix);
        prop_assert!(link.is_ascii());
        prop_assert_eq!(elqr::parse(&link), elqr::parse(&payload));
        let read = payment_code::read(&link);
        prop_assert!(matches!(read, Ok(PaymentCode::Elqr(code)) if code.checksum_ok));
    }

    #[test]
    fn built_codes_are_read_as_elqr(code in new_elqr()) {
        let payload = elqr::build_payload(&code).unwrap();
        let read = payment_code::read(&payload);
        prop_assert!(matches!(read, Ok(PaymentCode::Elqr(code)) if code.checksum_ok));
    }

    #[test]
    fn nothing_panics_on_any_text(text in any::<String>()) {
        read_everything(&text)?;
        read_everything(&format!("{UNIVERSAL_ROUTER}#{text}"))?;
    }

    #[test]
    fn nothing_panics_on_any_bytes_read_as_latin1(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text: String = bytes.iter().map(|b| char::from(*b)).collect();
        read_everything(&text)?;
        read_everything(&format!("https://bakai.app/?x=#{text}"))?;
    }

    #[test]
    fn nothing_panics_on_tlv_like_text(text in "([0-9]{2}[0-9]{2}[0-9a-zA-ZА-я:%#.😀 ]{0,12}){0,12}") {
        read_everything(&text)?;
    }

    #[test]
    fn nothing_panics_on_damaged_codes(code in new_elqr(), mutations in proptest::collection::vec(mutation(), 1..4)) {
        let payload = elqr::build_payload(&code).unwrap();
        let damaged = mutate(&payload, &mutations);
        read_everything(&damaged)?;
        read_everything(&elqr::link(&damaged, UNIVERSAL_ROUTER))?;
        // Damage to the encoded link too: broken percent escapes.
        read_everything(&mutate(&elqr::link(&payload, UNIVERSAL_ROUTER), &mutations))?;
    }

    #[test]
    fn emvco_payloads_verify(code in emvco_code()) {
        let parsed = emvco::parse(&code.payload).unwrap();
        prop_assert!(parsed.crc_ok);
        prop_assert_eq!(&parsed.crc, code.payload.get(code.payload.len() - 4..).unwrap());
        prop_assert_eq!(parsed.initiation, Some(CodeKind::Dynamic));
        prop_assert_eq!(&parsed.merchant_accounts, &code.accounts);
        prop_assert_eq!(&parsed.mcc, &code.mcc);
        prop_assert_eq!(parsed.currency.as_deref(), Some(code.currency.as_str()));
        prop_assert_eq!(&parsed.amount, &code.amount);
        prop_assert_eq!(parsed.country.as_deref(), Some(code.country.as_str()));
        prop_assert_eq!(parsed.merchant_name.as_deref(), Some(code.name.as_str()));
        prop_assert_eq!(parsed.merchant_city.as_deref(), Some(code.city.as_str()));
        let read = payment_code::read(&code.payload);
        prop_assert!(matches!(read, Ok(PaymentCode::Emvco(code)) if code.crc_ok));
    }

    #[test]
    fn a_changed_emvco_crc_does_not_verify(code in emvco_code(), delta in 1u16..) {
        let crc = u16::from_str_radix(code.payload.get(code.payload.len() - 4..).unwrap(), 16).unwrap();
        let changed = format!("{}{:04X}", code.payload.get(..code.payload.len() - 4).unwrap(), crc.wrapping_add(delta));
        let parsed = emvco::parse(&changed).unwrap();
        prop_assert!(!parsed.crc_ok);
        // Still an EMVCo code by its structure: a country and AIDs.
        prop_assert!(matches!(payment_code::read(&changed), Ok(PaymentCode::Emvco(code)) if !code.crc_ok));
    }

    #[test]
    fn nothing_panics_on_damaged_emvco(code in emvco_code(), mutations in proptest::collection::vec(mutation(), 1..4)) {
        read_everything(&mutate(&code.payload, &mutations))?;
    }
}
