//! Making an ELQR payload: the strict side of the format. Canonical ascending ID order (unknown IDs in place by their
//! number), the checksum last and in lowercase, and every limit of standards §1 enforced with an error naming the
//! field, so a code the wallet makes is one every bank's app reads.

use super::checksum;
use super::parse::additional_field;
use super::tlv;
use super::{AdditionalField, ElqrError, MerchantTemplate, NewElqr, ProviderTemplate, TlvElement};

/// The most a 2-digit length can say.
const MAX_VALUE: usize = 99;

/// IDs the builder fills from `NewElqr`'s own fields; an unknown element may not use them.
const KNOWN_IDS: [&str; 10] = ["00", "01", "32", "33", "34", "52", "53", "54", "59", "63"];
const PROVIDER_IDS: [&str; 6] = ["00", "01", "10", "11", "12", "13"];
const MERCHANT_IDS: [&str; 2] = ["00", "01"];

/// One element before it is written: its ID, the field's name for errors, its value.
struct Element {
    id: String,
    field: &'static str,
    value: String,
}

impl Element {
    fn new(id: &str, field: &'static str, value: impl Into<String>) -> Element {
        Element { id: id.to_owned(), field, value: value.into() }
    }
}

/// The payload of `code`: canonical order, lowercase checksum. Refuses any value over its limit.
pub fn build_payload(code: &NewElqr) -> Result<String, ElqrError> {
    let mut elements = vec![
        Element::new("00", "payload version (00)", "01"),
        Element::new("01", "link type (01)", code.kind.code()),
        Element::new("32", "provider template (32)", provider_template(&code.provider)?),
    ];
    if let Some(merchant) = &code.merchant {
        elements.push(Element::new("33", "merchant template (33)", merchant_template(merchant)?));
    }
    if let Some(comment) = &code.comment {
        elements.push(Element::new("34", "comment (34)", limited(comment, "comment (34)", 32)?));
    }
    for field in &code.additional {
        elements.push(additional(field)?);
    }
    if !tlv::is_digits(&code.mcc, 4) {
        return Err(bad("52", "MCC", "it must be exactly 4 digits"));
    }
    elements.push(Element::new("52", "MCC (52)", code.mcc.as_str()));
    if !tlv::is_digits(&code.currency, 3) {
        return Err(bad("53", "currency", "it must be exactly 3 digits (ISO 4217 numeric, 417 for som)"));
    }
    elements.push(Element::new("53", "currency (53)", code.currency.as_str()));
    if let Some(amount) = code.amount_minor {
        let digits = amount.to_string();
        if digits.len() > 13 {
            return Err(ElqrError::TooLong { field: "amount (54)", max: 13 });
        }
        elements.push(Element::new("54", "amount (54)", digits));
    }
    if code.provider_name.is_empty() {
        return Err(bad("59", "provider name", "it is empty"));
    }
    elements.push(Element::new("59", "provider name (59)", limited(&code.provider_name, "provider name (59)", 25)?));
    for element in &code.unknown {
        check_extra(element, "")?;
        if KNOWN_IDS.contains(&element.id.as_str()) || is_additional_in_disguise(element) {
            return Err(ElqrError::ReservedId { id: element.id.clone() });
        }
        elements.push(Element::new(&element.id, "extra element", element.value.as_str()));
    }
    let body = write(elements)?;
    let checksum = checksum::checksum(&body);
    Ok(format!("{body}6304{checksum}"))
}

/// The elements in ascending ID order (a stable sort: the same ID keeps its order), each value within 99 units.
fn write(mut elements: Vec<Element>) -> Result<String, ElqrError> {
    elements.sort_by(|a, b| a.id.cmp(&b.id));
    let mut text = String::new();
    for element in elements {
        if tlv::units(&element.value) > MAX_VALUE {
            return Err(ElqrError::TooLong { field: element.field, max: MAX_VALUE });
        }
        text.push_str(&tlv::element(&element.id, &element.value));
    }
    Ok(text)
}

fn bad(id: &str, field: &'static str, reason: &'static str) -> ElqrError {
    ElqrError::BadValue { id: id.to_owned(), field, reason }
}

/// `value` if it has at most `max` UTF-16 units.
fn limited<'a>(value: &'a str, field: &'static str, max: usize) -> Result<&'a str, ElqrError> {
    if tlv::units(value) > max { Err(ElqrError::TooLong { field, max }) } else { Ok(value) }
}

/// An extra element's ID must be two digits, or the payload could not be read back.
fn check_extra(element: &TlvElement, parent: &str) -> Result<(), ElqrError> {
    if tlv::is_id(&element.id) { Ok(()) } else { Err(ElqrError::BadExtraId { id: format!("{parent}{}", element.id) }) }
}

/// An unknown `35`–`39` whose value reads as an additional field would come back in `additional`: the caller meant
/// an additional field and should say so.
fn is_additional_in_disguise(element: &TlvElement) -> bool {
    matches!(element.id.as_str(), "35" | "36" | "37" | "38" | "39")
        && additional_field(&element.id, &element.value).is_some()
}

fn additional(field: &AdditionalField) -> Result<Element, ElqrError> {
    if !matches!(field.id.as_str(), "35" | "36" | "37" | "38" | "39") {
        return Err(bad(&field.id, "additional field", "its ID must be 35 to 39"));
    }
    let parts = [&field.key, &field.label, &field.value, &field.title];
    if parts.iter().any(|part| part.contains(':')) {
        return Err(bad(&field.id, "additional field", "its key, label, value and title may not contain ':'"));
    }
    let visibility = if field.visible { "11" } else { "12" };
    let value = format!("{}:{}:{}:{}:{visibility}", field.key, field.label, field.value, field.title);
    Ok(Element { id: field.id.clone(), field: "additional field (35–39)", value })
}

/// `32`: provider id (required, ≤ 32), service code (≤ 32), the rest within 99; unknown sub-IDs in place.
fn provider_template(provider: &ProviderTemplate) -> Result<String, ElqrError> {
    if provider.provider_id.is_empty() {
        return Err(bad("32/00", "provider id", "it is empty"));
    }
    let mut elements =
        vec![Element::new("00", "provider id (32/00)", limited(&provider.provider_id, "provider id (32/00)", 32)?)];
    if let Some(service) = &provider.service_code {
        elements.push(Element::new("01", "service code (32/01)", limited(service, "service code (32/01)", 32)?));
    }
    if let Some(recipient) = &provider.recipient_id {
        elements.push(Element::new("10", "recipient id (32/10)", recipient.as_str()));
    }
    if let Some(transaction) = &provider.transaction_id {
        elements.push(Element::new("11", "transaction id (32/11)", transaction.as_str()));
    }
    if let Some(editable) = provider.amount_editable {
        elements.push(Element::new("12", "amount editable (32/12)", flag(editable)));
    }
    if let Some(editable) = provider.recipient_id_editable {
        elements.push(Element::new("13", "recipient editable (32/13)", flag(editable)));
    }
    extras(&mut elements, &provider.unknown, "32", &PROVIDER_IDS, "extra element of the provider template (32)")?;
    write(elements)
}

/// `33`: merchant id and service name within 99; unknown sub-IDs in place.
fn merchant_template(merchant: &MerchantTemplate) -> Result<String, ElqrError> {
    let mut elements = Vec::new();
    if let Some(id) = &merchant.merchant_id {
        elements.push(Element::new("00", "merchant id (33/00)", id.as_str()));
    }
    if let Some(name) = &merchant.service_name {
        elements.push(Element::new("01", "service name (33/01)", name.as_str()));
    }
    extras(&mut elements, &merchant.unknown, "33", &MERCHANT_IDS, "extra element of the merchant template (33)")?;
    write(elements)
}

/// A template's unknown sub-elements, refused when their ID is not two digits or is one of the template's own.
fn extras(
    elements: &mut Vec<Element>,
    unknown: &[TlvElement],
    parent: &str,
    known: &[&str],
    field: &'static str,
) -> Result<(), ElqrError> {
    let prefix = format!("{parent}/");
    for element in unknown {
        check_extra(element, &prefix)?;
        if known.contains(&element.id.as_str()) {
            return Err(ElqrError::ReservedId { id: format!("{prefix}{}", element.id) });
        }
        elements.push(Element::new(&element.id, field, element.value.as_str()));
    }
    Ok(())
}

fn flag(yes: bool) -> &'static str {
    if yes { "11" } else { "12" }
}
