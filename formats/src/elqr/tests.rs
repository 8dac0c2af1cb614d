//! ELQR against hand-made codes with the quirks of real producers (standards §1).
//!
//! The payloads below with their checksums were computed independently with Python's hashlib:
//! `el = lambda i, v: f"{i}{len(v.encode('utf-16-le')) // 2:02d}{v}"`, the body the concatenation of the elements,
//! the checksum `hashlib.sha256(body.encode()).hexdigest()[-4:]`.

use super::*;

/// Static, mbank-like: 53 before 52, `54` = `0`, a 14-character service code, a masked card number as the name, an
/// uppercase checksum, no 58/60.
const MBANK_STATIC: &str = "00020101021132560012c2c.mbank.kg01140200123456789010129965551234561202115303417520448295401\
                            059199417 **** **** 526963042F28";

/// The same code as the builder writes it: canonical order, lowercase checksum (hashlib).
const MBANK_STATIC_CANONICAL: &str = "00020101021132560012c2c.mbank.kg0114020012345678901012996555123456120211520448\
                                      2953034175401059199417 **** **** 52696304ae30";

/// Dynamic, Bakai-like: Cyrillic transaction id, comment (with a `:`) and service name, an additional field, an
/// unknown sub-element `32/20` and an unknown element `80`, a lowercase checksum.
const BAKAI_DYNAMIC: &str = "00020101021232680011qr.bakai.kg0103pay101012508200011111Заказ №15421202121302122001x3337\
                             0010navat-cafe0119Кафе Нават — оплата3414Оплата: стол 53527table:Стол:5:Номер стола:11520\
                             45812530341754065556005910Кафе Нават8005extra6304cbb7";

/// A 26-letter Cyrillic service name: length `26`, not the 52 bytes it has in UTF-8.
const CYRILLIC_26: &str =
    "00020101021132160012pay.dengi.kg33300126абвгдеёжзийклмнопрстуфхцчш5204541153034175908Народный63042cd2";

/// Unknown IDs in place by their number, as the builder writes them (hashlib).
const UNKNOWN_IN_PLACE: &str =
    "0002010102110504five32290011qr.bakai.kg0503sub9903end4005forty5204581253034175904Shop9904last6304e277";

fn el(id: &str, value: &str) -> String {
    tlv::element(id, value)
}

/// A payload of `elements` with a correct checksum (ours, for tests where the checksum is not the point).
fn payload(elements: &[(&str, &str)]) -> String {
    let body: String = elements.iter().map(|(id, value)| el(id, value)).collect();
    format!("{body}6304{}", checksum::checksum(&body))
}

/// The elements of a minimal valid code, for tests that change one of them.
fn minimal() -> Vec<(&'static str, &'static str)> {
    vec![("00", "01"), ("01", "11"), ("32", "0011qr.bakai.kg"), ("52", "5812"), ("53", "417"), ("59", "Кафе")]
}

fn with(id: &'static str, value: &'static str) -> String {
    let mut elements = minimal();
    elements.retain(|(existing, _)| *existing != id);
    elements.push((id, value));
    payload(&elements)
}

fn without(id: &str) -> String {
    let mut elements = minimal();
    elements.retain(|(existing, _)| *existing != id);
    payload(&elements)
}

fn bad(id: &str) -> impl Fn(&Result<ElqrCode, ElqrError>) -> bool + '_ {
    move |result| matches!(result, Err(ElqrError::BadValue { id: found, .. }) if found == id)
}

fn new_code() -> NewElqr {
    parse(BAKAI_DYNAMIC).unwrap().to_new()
}

// ---------------------------------------------------------------------------------------------------------- parsing

#[test]
fn reads_a_static_code_with_the_quirks_of_real_producers() {
    let code = parse(MBANK_STATIC).unwrap();
    assert!(code.checksum_ok);
    assert_eq!(code.checksum, "2F28");
    assert_eq!(code.version, "01");
    assert_eq!(code.kind, CodeKind::Static);
    assert_eq!(code.provider.provider_id, "c2c.mbank.kg");
    assert_eq!(code.provider.service_code.as_deref(), Some("02001234567890"));
    assert_eq!(code.provider.recipient_id.as_deref(), Some("996555123456"));
    assert_eq!(code.provider.amount_editable, Some(true));
    assert_eq!(code.provider.recipient_id_editable, None);
    assert_eq!(code.mcc, "4829");
    assert_eq!(code.currency, "417");
    assert_eq!(code.amount_minor, Some(0));
    assert_eq!(code.provider_name, "9417 **** **** 5269");
    assert_eq!(code.merchant, None);
    assert!(code.unknown.is_empty() && code.additional.is_empty());
}

#[test]
fn reads_a_dynamic_code_with_cyrillic_values() {
    let code = parse(BAKAI_DYNAMIC).unwrap();
    assert!(code.checksum_ok);
    assert_eq!(code.checksum, "cbb7");
    assert_eq!(code.kind, CodeKind::Dynamic);
    assert_eq!(code.provider.transaction_id.as_deref(), Some("Заказ №1542"));
    assert_eq!(code.provider.amount_editable, Some(false));
    assert_eq!(code.provider.recipient_id_editable, Some(false));
    assert_eq!(code.provider.unknown, vec![TlvElement { id: "20".into(), value: "x".into() }]);
    assert_eq!(
        code.merchant,
        Some(MerchantTemplate {
            merchant_id: Some("navat-cafe".into()),
            service_name: Some("Кафе Нават — оплата".into()),
            unknown: vec![]
        })
    );
    assert_eq!(code.comment.as_deref(), Some("Оплата: стол 5"));
    assert_eq!(
        code.additional,
        vec![AdditionalField {
            id: "35".into(),
            key: "table".into(),
            label: "Стол".into(),
            value: "5".into(),
            title: "Номер стола".into(),
            visible: true
        }]
    );
    assert_eq!(code.amount_minor, Some(555_600));
    assert_eq!(code.provider_name, "Кафе Нават");
    assert_eq!(code.unknown, vec![TlvElement { id: "80".into(), value: "extra".into() }]);
}

#[test]
fn cyrillic_lengths_count_characters() {
    let code = parse(CYRILLIC_26).unwrap();
    assert!(code.checksum_ok);
    let merchant = code.merchant.unwrap();
    assert_eq!(merchant.service_name.as_deref(), Some("абвгдеёжзийклмнопрстуфхцчш"));
    assert_eq!(merchant.merchant_id, None);
    assert_eq!(code.amount_minor, None);
    // Counting bytes instead would read 52 characters and run past the end.
    assert!(parse(&CYRILLIC_26.replace("0126", "0152")).is_err());
}

#[test]
fn checksums_compare_in_either_case() {
    assert!(parse(MBANK_STATIC).unwrap().checksum_ok);
    assert!(parse(&MBANK_STATIC.replace("2F28", "2f28")).unwrap().checksum_ok);
    assert!(parse(BAKAI_DYNAMIC).unwrap().checksum_ok);
    assert!(parse(&BAKAI_DYNAMIC.replace("cbb7", "CBB7")).unwrap().checksum_ok);
}

#[test]
fn a_wrong_checksum_is_not_an_error() {
    let changed = parse(&MBANK_STATIC.replace("5401059", "5401159")).unwrap();
    assert_eq!(changed.amount_minor, Some(1));
    assert!(!changed.checksum_ok);
    let wrong = parse(&MBANK_STATIC.replace("2F28", "2F29")).unwrap();
    assert!(!wrong.checksum_ok);
    assert_eq!(wrong.checksum, "2F29");
    let not_hex = parse(&MBANK_STATIC.replace("63042F28", "6303abc")).unwrap();
    assert!(!not_hex.checksum_ok);
    assert_eq!(not_hex.checksum, "abc");
}

#[test]
fn the_checksum_covers_elements_in_input_order() {
    // Reordered elements are the same code but a different checksum.
    let reordered = MBANK_STATIC_CANONICAL.replace("6304ae30", "63042F28");
    assert!(!parse(&reordered).unwrap().checksum_ok);
    assert!(parse(MBANK_STATIC_CANONICAL).unwrap().checksum_ok);
}

#[test]
fn reads_payment_links_of_every_prefix() {
    let bare = parse(BAKAI_DYNAMIC).unwrap();
    for prefix in [
        UNIVERSAL_ROUTER,
        "https://app.mbank.kg/qr/",
        "https://api.dengi.o.kg/",
        "https://bakai.app/",
        "https://qr.finik.kg/",
        "https://qr.finik.kg/pay?x=",
        "https://app.mbank.kg/qr/?x=",
    ] {
        let text = link(BAKAI_DYNAMIC, prefix);
        assert!(text.starts_with(prefix) && text.is_ascii(), "{text}");
        assert_eq!(parse(&text).unwrap(), bare, "{prefix}");
    }
}

#[test]
fn reads_links_as_scanners_give_them() {
    let bare = parse(BAKAI_DYNAMIC).unwrap();
    // Surrounding whitespace, a fragment the scanner already decoded, a partly encoded one.
    assert_eq!(parse(&format!("  {}\n", link(BAKAI_DYNAMIC, UNIVERSAL_ROUTER))).unwrap(), bare);
    assert_eq!(parse(&format!("https://pay.payqr.kg/#{BAKAI_DYNAMIC}")).unwrap(), bare);
    assert_eq!(parse(&format!("https://bakai.app/?x=#{}", BAKAI_DYNAMIC.replace(' ', "%20"))).unwrap(), bare);
    assert_eq!(parse(&format!("\t{BAKAI_DYNAMIC} ")).unwrap(), bare);
}

#[test]
fn a_comment_may_hold_anything() {
    let code = parse(&with("34", "a:b:c:d:11 # % ! ?")).unwrap();
    assert_eq!(code.comment.as_deref(), Some("a:b:c:d:11 # % ! ?"));
    assert!(code.additional.is_empty());
    let linked = parse(&link(&with("34", "a:b:c:d:11 # % ! ?"), UNIVERSAL_ROUTER)).unwrap();
    assert_eq!(linked, code);
}

#[test]
fn additional_fields_that_are_not_five_parts_are_kept_as_unknown() {
    let mut elements = minimal();
    elements.extend([
        ("36", "k:l:v:t:12"),
        ("37", "k:l:v:t"),
        ("38", "k:l:v:t:13"),
        ("39", "k:l:v:t:11:extra"),
        ("35", ":::x:11"),
    ]);
    let code = parse(&payload(&elements)).unwrap();
    assert_eq!(code.additional.len(), 2);
    assert_eq!(code.additional.first().map(|field| (field.id.as_str(), field.visible)), Some(("36", false)));
    assert_eq!(code.additional.get(1).map(|field| (field.title.as_str(), field.visible)), Some(("x", true)));
    let unknown: Vec<&str> = code.unknown.iter().map(|element| element.id.as_str()).collect();
    assert_eq!(unknown, ["37", "38", "39"]);
}

#[test]
fn unknown_ids_are_kept_in_input_order() {
    let mut elements = minimal();
    elements.extend([("90", "z"), ("05", ""), ("58", "KG"), ("60", "Бишкек")]);
    let code = parse(&payload(&elements)).unwrap();
    let unknown: Vec<(&str, &str)> = code.unknown.iter().map(|e| (e.id.as_str(), e.value.as_str())).collect();
    assert_eq!(unknown, [("90", "z"), ("05", ""), ("58", "KG"), ("60", "Бишкек")]);
    assert!(code.checksum_ok);
}

#[test]
fn each_required_element_is_named_when_missing() {
    for (id, name) in [
        ("00", "payload version"),
        ("01", "link type"),
        ("32", "provider template"),
        ("52", "MCC"),
        ("53", "currency"),
        ("59", "provider name"),
    ] {
        assert_eq!(parse(&without(id)), Err(ElqrError::MissingElement { id, name }), "{id}");
    }
    let no_checksum: String = minimal().iter().map(|(id, value)| el(id, value)).collect();
    assert_eq!(parse(&no_checksum), Err(ElqrError::MissingElement { id: "63", name: "checksum" }));
    assert_eq!(
        parse(&with("32", "0103pay1003abc")),
        Err(ElqrError::MissingElement { id: "32/00", name: "provider id" })
    );
    assert_eq!(
        parse(&without("59")).unwrap_err().to_string(),
        "the code has no element 59 (provider name)",
        "a message a support person can read out"
    );
}

#[test]
fn values_whose_meaning_would_be_guessed_are_refused() {
    assert!(bad("01")(&parse(&with("01", "13"))));
    assert!(bad("52")(&parse(&with("52", "58a2"))));
    assert!(bad("52")(&parse(&with("52", "581"))));
    assert!(bad("53")(&parse(&with("53", "KGS"))));
    assert!(bad("54")(&parse(&with("54", "12.50"))));
    assert!(bad("54")(&parse(&with("54", ""))));
    assert!(bad("54")(&parse(&with("54", "-1"))));
    assert!(bad("54")(&parse(&with("54", "12345678901234"))));
    assert_eq!(parse(&with("54", "1234567890123")).unwrap().amount_minor, Some(1_234_567_890_123));
    assert!(bad("59")(&parse(&with("59", ""))));
    assert!(bad("32/00")(&parse(&with("32", "0000"))));
    assert!(bad("32/12")(&parse(&with("32", "0011qr.bakai.kg120210"))));
    assert!(bad("32/13")(&parse(&with("32", "0011qr.bakai.kg1303yes"))));
    assert_eq!(
        parse(&with("53", "KGS")).unwrap_err().to_string(),
        "element 53 (currency) is wrong: it must be 3 digits (ISO 4217 numeric, 417 for som)"
    );
}

#[test]
fn a_known_element_given_twice_is_refused() {
    let mut elements = minimal();
    elements.push(("52", "5411"));
    let twice = payload(&elements);
    // The second 52 is the last 8 characters before the 8 of the checksum element.
    let at = twice.chars().count() - 16 + 1;
    assert_eq!(parse(&twice), Err(ElqrError::Duplicate { id: "52".into(), at }));
    assert_eq!(parse(&with("32", "0011qr.bakai.kg0003x.y")), Err(ElqrError::Duplicate { id: "32/00".into(), at: 55 }));
}

#[test]
fn bad_lengths_say_where() {
    // 59's length is not two digits.
    assert_eq!(parse("000201010211590xКафе"), Err(ElqrError::BadLength { id: "59".into(), at: 13 }));
    // A sub-element's length, at its place in the whole payload.
    assert_eq!(parse("0002010102113206000aab"), Err(ElqrError::BadLength { id: "32/00".into(), at: 17 }));
    // A length that cuts a character outside the BMP in half.
    assert_eq!(parse("0002010102113401😀"), Err(ElqrError::BadLength { id: "34".into(), at: 13 }));
    // The ID is not digits.
    assert_eq!(parse("000201xx"), Err(ElqrError::BadId { found: "xx".into(), at: 7 }));
}

#[test]
fn truncated_codes_say_where() {
    assert_eq!(parse("0002010102115910Кафе"), Err(ElqrError::Truncated { at: 13 }));
    assert_eq!(parse("00020101021159"), Err(ElqrError::Truncated { at: 13 }));
    assert_eq!(parse("0002010"), Err(ElqrError::Truncated { at: 7 }));
    assert_eq!(parse("0002010102113220001"), Err(ElqrError::Truncated { at: 13 }));
    assert_eq!(parse("000201010211320500051"), Err(ElqrError::Truncated { at: 17 }));
    // Every cut of a real code is an error or a code whose checksum fails, never a panic.
    let chars: Vec<char> = BAKAI_DYNAMIC.chars().collect();
    for end in 0..chars.len() {
        let cut: String = chars.iter().take(end).collect();
        if let Ok(code) = parse(&cut) {
            assert!(!code.checksum_ok, "{cut}");
        }
    }
}

#[test]
fn what_is_not_a_payment_code_says_so() {
    for text in ["", "  ", "hello", "0", "00", "000", "{\"amount\":1}", "+996555123456"] {
        assert_eq!(parse(text), Err(ElqrError::NotAPaymentCode), "{text:?}");
    }
    assert_eq!(parse("https://pay.payqr.kg/"), Err(ElqrError::LinkWithoutPayload));
    assert_eq!(parse("x0020101"), Err(ElqrError::NotAPaymentCode));
    assert_eq!(parse("https://pay.payqr.kg/#hello"), Err(ElqrError::NotAPaymentCode));
    assert_eq!(parse("https://pay.payqr.kg/#%FF%FE"), Err(ElqrError::BadEncoding));
}

// --------------------------------------------------------------------------------------------------------- building

#[test]
fn builds_in_canonical_order_with_a_lowercase_checksum() {
    let code = parse(MBANK_STATIC).unwrap();
    assert_eq!(build_payload(&code.to_new()).unwrap(), MBANK_STATIC_CANONICAL);
    // BAKAI_DYNAMIC is already canonical and lowercase.
    assert_eq!(build_payload(&new_code()).unwrap(), BAKAI_DYNAMIC);
    assert_eq!(build_payload(&parse(CYRILLIC_26).unwrap().to_new()).unwrap(), CYRILLIC_26);
}

#[test]
fn places_unknown_ids_by_their_number() {
    let code = NewElqr {
        kind: CodeKind::Static,
        provider: ProviderTemplate {
            provider_id: "qr.bakai.kg".into(),
            service_code: None,
            recipient_id: None,
            transaction_id: None,
            amount_editable: None,
            recipient_id_editable: None,
            unknown: vec![
                TlvElement { id: "99".into(), value: "end".into() },
                TlvElement { id: "05".into(), value: "sub".into() },
            ],
        },
        merchant: None,
        comment: None,
        additional: vec![],
        mcc: "5812".into(),
        currency: "417".into(),
        amount_minor: None,
        provider_name: "Shop".into(),
        unknown: vec![
            TlvElement { id: "99".into(), value: "last".into() },
            TlvElement { id: "40".into(), value: "forty".into() },
            TlvElement { id: "05".into(), value: "five".into() },
        ],
    };
    let payload = build_payload(&code).unwrap();
    assert_eq!(payload, UNKNOWN_IN_PLACE);
    // Parsed back, unknowns come in input (now canonical) order.
    let parsed = parse(&payload).unwrap();
    let ids: Vec<&str> = parsed.unknown.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["05", "40", "99"]);
}

#[test]
fn a_static_code_with_a_zero_amount_round_trips() {
    let mut code = parse(MBANK_STATIC).unwrap().to_new();
    code.amount_minor = Some(0);
    let payload = build_payload(&code).unwrap();
    assert!(payload.contains("54010"), "{payload}");
    assert_eq!(parse(&payload).unwrap().to_new(), code);
}

#[test]
fn parse_then_build_round_trips() {
    for text in [MBANK_STATIC, BAKAI_DYNAMIC, CYRILLIC_26, UNKNOWN_IN_PLACE] {
        let code = parse(text).unwrap();
        let rebuilt = parse(&build_payload(&code.to_new()).unwrap()).unwrap();
        assert!(rebuilt.checksum_ok);
        assert_eq!(rebuilt.to_new(), code.to_new());
    }
}

fn refused(change: impl FnOnce(&mut NewElqr)) -> ElqrError {
    let mut code = new_code();
    change(&mut code);
    match build_payload(&code) {
        Ok(payload) => panic!("built {payload}"),
        Err(error) => error,
    }
}

fn accepted(change: impl FnOnce(&mut NewElqr)) {
    let mut code = new_code();
    change(&mut code);
    let payload = build_payload(&code).unwrap();
    assert_eq!(parse(&payload).unwrap().to_new(), code);
}

#[test]
fn refuses_a_comment_over_32() {
    accepted(|code| code.comment = Some("ж".repeat(32)));
    assert_eq!(
        refused(|code| code.comment = Some("ж".repeat(33))),
        ElqrError::TooLong { field: "comment (34)", max: 32 }
    );
    assert_eq!(
        refused(|code| code.comment = Some("x".repeat(33))).to_string(),
        "the comment (34) is too long: at most 32 characters"
    );
}

#[test]
fn refuses_a_provider_name_over_25() {
    accepted(|code| code.provider_name = "Ы".repeat(25));
    assert_eq!(
        refused(|code| code.provider_name = "Ы".repeat(26)),
        ElqrError::TooLong { field: "provider name (59)", max: 25 }
    );
}

#[test]
fn refuses_an_empty_provider_name() {
    assert!(matches!(refused(|code| code.provider_name.clear()), ElqrError::BadValue { id, .. } if id == "59"));
}

#[test]
fn refuses_a_provider_id_over_32() {
    accepted(|code| code.provider.provider_id = "a".repeat(32));
    assert_eq!(
        refused(|code| code.provider.provider_id = "a".repeat(33)),
        ElqrError::TooLong { field: "provider id (32/00)", max: 32 }
    );
}

#[test]
fn refuses_an_empty_provider_id() {
    assert!(
        matches!(refused(|code| code.provider.provider_id.clear()), ElqrError::BadValue { id, .. } if id == "32/00")
    );
}

#[test]
fn refuses_a_service_code_over_32() {
    accepted(|code| code.provider.service_code = Some("1".repeat(32)));
    assert_eq!(
        refused(|code| code.provider.service_code = Some("1".repeat(33))),
        ElqrError::TooLong { field: "service code (32/01)", max: 32 }
    );
}

#[test]
fn refuses_an_amount_over_13_digits() {
    accepted(|code| code.amount_minor = Some(9_999_999_999_999));
    assert_eq!(
        refused(|code| code.amount_minor = Some(10_000_000_000_000)),
        ElqrError::TooLong { field: "amount (54)", max: 13 }
    );
    assert_eq!(
        refused(|code| code.amount_minor = Some(u64::MAX)),
        ElqrError::TooLong { field: "amount (54)", max: 13 }
    );
}

#[test]
fn refuses_an_mcc_that_is_not_4_digits() {
    for mcc in ["581", "58120", "58a2", "", "５８１２"] {
        assert!(
            matches!(refused(|code| code.mcc = mcc.into()), ElqrError::BadValue { id, field: "MCC", .. } if id == "52"),
            "{mcc}"
        );
    }
}

#[test]
fn refuses_a_currency_that_is_not_3_digits() {
    for currency in ["41", "4170", "KGS", ""] {
        assert!(
            matches!(refused(|code| code.currency = currency.into()), ElqrError::BadValue { id, .. } if id == "53"),
            "{currency}"
        );
    }
}

#[test]
fn refuses_any_value_over_99_characters() {
    accepted(|code| code.provider.recipient_id = Some("ю".repeat(99 - 58)));
    assert_eq!(
        refused(|code| code.provider.recipient_id = Some("1".repeat(100))),
        ElqrError::TooLong { field: "recipient id (32/10)", max: 99 }
    );
    // Each sub-element fits, the template does not.
    assert_eq!(
        refused(|code| code.provider.transaction_id = Some("1".repeat(60))),
        ElqrError::TooLong { field: "provider template (32)", max: 99 }
    );
    assert_eq!(
        refused(|code| code.unknown.push(TlvElement { id: "70".into(), value: "я".repeat(100) })),
        ElqrError::TooLong { field: "extra element", max: 99 }
    );
    assert_eq!(
        refused(
            |code| code.merchant = Some(MerchantTemplate { service_name: Some("я".repeat(96)), ..Default::default() })
        ),
        ElqrError::TooLong { field: "merchant template (33)", max: 99 }
    );
    assert_eq!(
        refused(|code| if let Some(field) = code.additional.first_mut() {
            field.title = "я".repeat(90);
        }),
        ElqrError::TooLong { field: "additional field (35–39)", max: 99 }
    );
}

#[test]
fn refuses_extra_ids_that_are_not_two_digits() {
    for id in ["5", "123", "ab", "", "٣٤"] {
        let error = refused(|code| code.unknown.push(TlvElement { id: id.into(), value: "x".into() }));
        assert_eq!(error, ElqrError::BadExtraId { id: id.into() });
    }
    let error = refused(|code| code.provider.unknown.push(TlvElement { id: "7".into(), value: "x".into() }));
    assert_eq!(error, ElqrError::BadExtraId { id: "32/7".into() });
    let error = refused(|code| {
        code.merchant = Some(MerchantTemplate {
            unknown: vec![TlvElement { id: "x1".into(), value: "x".into() }],
            ..Default::default()
        })
    });
    assert_eq!(error, ElqrError::BadExtraId { id: "33/x1".into() });
}

#[test]
fn refuses_extra_ids_that_clash_with_known_ones() {
    for id in ["00", "01", "32", "33", "34", "52", "53", "54", "59", "63"] {
        let error = refused(|code| code.unknown.push(TlvElement { id: id.into(), value: "x".into() }));
        assert_eq!(error, ElqrError::ReservedId { id: id.into() });
    }
    let error = refused(|code| code.provider.unknown.push(TlvElement { id: "11".into(), value: "x".into() }));
    assert_eq!(error, ElqrError::ReservedId { id: "32/11".into() });
    let error = refused(|code| {
        code.merchant = Some(MerchantTemplate {
            unknown: vec![TlvElement { id: "01".into(), value: "x".into() }],
            ..Default::default()
        })
    });
    assert_eq!(error, ElqrError::ReservedId { id: "33/01".into() });
    // A 35–39 that reads as an additional field belongs in `additional`; one that does not is fine.
    let error = refused(|code| code.unknown.push(TlvElement { id: "36".into(), value: "a:b:c:d:11".into() }));
    assert_eq!(error, ElqrError::ReservedId { id: "36".into() });
    accepted(|code| code.unknown.insert(0, TlvElement { id: "36".into(), value: "a:b:c".into() }));
}

#[test]
fn refuses_additional_fields_it_could_not_read_back() {
    let error = refused(|code| {
        if let Some(field) = code.additional.first_mut() {
            field.id = "40".into();
        }
    });
    assert!(matches!(error, ElqrError::BadValue { id, .. } if id == "40"));
    let error = refused(|code| {
        if let Some(field) = code.additional.first_mut() {
            field.label = "a:b".into();
        }
    });
    assert!(matches!(error, ElqrError::BadValue { id, .. } if id == "35"));
    accepted(|code| {
        if let Some(field) = code.additional.first_mut() {
            field.visible = false;
            field.key.clear();
        }
    });
}

#[test]
fn links_round_trip() {
    let payload = build_payload(&new_code()).unwrap();
    for prefix in [UNIVERSAL_ROUTER, "https://app.mbank.kg/qr/", "https://qr.finik.kg/?x="] {
        assert_eq!(parse(&link(&payload, prefix)), parse(&payload));
    }
}
