//! Reading an ELQR payload: tolerant of what real producers ship (standards §1, «quirks»), strict about structure.
//!
//! Tolerated: any element order, checksums in either case, `54` = `0`, service codes longer than the spec's 10,
//! text values over the builder's limits (a code someone else printed is still payable), unknown IDs (kept), `35`–`39`
//! values that are not five parts (kept as unknown). Refused: text that is not TLV, a missing required element, a known
//! element given twice, and values whose meaning would be guessed (a link type other than `11`/`12`, an MCC that is
//! not 4 digits, a currency that is not 3, an amount that is not a whole number of tyiyn).

use super::checksum;
use super::tlv::{self, RawElement, TlvError};
use super::{AdditionalField, CodeKind, ElqrCode, ElqrError, MerchantTemplate, ProviderTemplate, TlvElement};

/// Reads a scanned text: a payment link (any prefix, payload in the fragment) or a bare payload.
///
/// A checksum that does not match is not an error: the code comes back with `checksum_ok` false.
pub fn parse(text: &str) -> Result<ElqrCode, ElqrError> {
    let payload = super::payload_of(text)?;
    parse_payload(&payload)
}

/// The known elements of a payload, each at most once, before their values are checked.
#[derive(Default)]
struct Slots {
    version: Option<RawElement>,
    kind: Option<RawElement>,
    provider: Option<RawElement>,
    merchant: Option<RawElement>,
    comment: Option<RawElement>,
    mcc: Option<RawElement>,
    currency: Option<RawElement>,
    amount: Option<RawElement>,
    name: Option<RawElement>,
    checksum: Option<RawElement>,
}

/// Reads a payload already taken out of its link.
pub(crate) fn parse_payload(payload: &str) -> Result<ElqrCode, ElqrError> {
    let elements = tlv::elements(payload, 0, "").map_err(not_tlv_at_all)?;
    let mut slots = Slots::default();
    let mut additional = Vec::new();
    let mut unknown = Vec::new();
    let mut body = String::new();
    for element in elements {
        if element.id != "63" {
            body.push_str(&element.raw);
        }
        let slot = match element.id.as_str() {
            "00" => &mut slots.version,
            "01" => &mut slots.kind,
            "32" => &mut slots.provider,
            "33" => &mut slots.merchant,
            "34" => &mut slots.comment,
            "52" => &mut slots.mcc,
            "53" => &mut slots.currency,
            "54" => &mut slots.amount,
            "59" => &mut slots.name,
            "63" => &mut slots.checksum,
            "35" | "36" | "37" | "38" | "39" => {
                match additional_field(&element.id, &element.value) {
                    Some(field) => additional.push(field),
                    None => unknown.push(kept(element)),
                }
                continue;
            }
            _ => {
                unknown.push(kept(element));
                continue;
            }
        };
        fill(slot, element)?;
    }

    // A template that is not TLV is a damaged code: say where before saying what else is missing.
    let provider = slots.provider.map(|provider| provider_template(&provider)).transpose()?;
    let merchant = slots.merchant.map(|merchant| merchant_template(&merchant)).transpose()?;

    let version = required(slots.version, "00", "payload version")?;
    let kind = required(slots.kind, "01", "link type")?;
    let provider = provider.ok_or(ElqrError::MissingElement { id: "32", name: "provider template" })?;
    let mcc = required(slots.mcc, "52", "MCC")?;
    let currency = required(slots.currency, "53", "currency")?;
    let name = required(slots.name, "59", "provider name")?;
    let checksum = required(slots.checksum, "63", "checksum")?;

    let kind = CodeKind::from_code(&kind.value).ok_or_else(|| bad("01", "link type", "it must be 11 or 12"))?;
    if !tlv::is_digits(&mcc.value, 4) {
        return Err(bad("52", "MCC", "it must be 4 digits"));
    }
    if !tlv::is_digits(&currency.value, 3) {
        return Err(bad("53", "currency", "it must be 3 digits (ISO 4217 numeric, 417 for som)"));
    }
    if name.value.is_empty() {
        return Err(bad("59", "provider name", "it is empty"));
    }
    let amount_minor = slots.amount.map(|amount| amount_in_tyiyn(&amount.value)).transpose()?;
    let checksum_ok = checksum::verifies(&body, &checksum.value);

    Ok(ElqrCode {
        version: version.value,
        kind,
        provider,
        merchant,
        comment: slots.comment.map(|comment| comment.value),
        additional,
        mcc: mcc.value,
        currency: currency.value,
        amount_minor,
        provider_name: name.value,
        unknown,
        checksum: checksum.value,
        checksum_ok,
    })
}

/// A text whose very first element is not TLV is not a damaged code but something else (a web address, a phone
/// number, a word): say so rather than point at a character.
fn not_tlv_at_all(error: TlvError) -> ElqrError {
    match error {
        TlvError::BadId { at: 1, .. } | TlvError::BadLength { at: 1, .. } => ElqrError::NotAPaymentCode,
        TlvError::Truncated { at: 1 } => ElqrError::NotAPaymentCode,
        other => other.into(),
    }
}

fn fill(slot: &mut Option<RawElement>, element: RawElement) -> Result<(), ElqrError> {
    if slot.is_some() {
        return Err(ElqrError::Duplicate { id: element.id, at: element.at });
    }
    *slot = Some(element);
    Ok(())
}

fn required(slot: Option<RawElement>, id: &'static str, name: &'static str) -> Result<RawElement, ElqrError> {
    slot.ok_or(ElqrError::MissingElement { id, name })
}

fn bad(id: &str, field: &'static str, reason: &'static str) -> ElqrError {
    ElqrError::BadValue { id: id.to_owned(), field, reason }
}

fn kept(element: RawElement) -> TlvElement {
    TlvElement { id: element.id, value: element.value }
}

/// `54`: up to 13 digits of tyiyn; no decimal point (that would be EMVCo), no sign, not empty.
fn amount_in_tyiyn(value: &str) -> Result<u64, ElqrError> {
    const REASON: &str = "it must be a whole number of tyiyn, 1 to 13 digits, without a decimal point";
    if value.is_empty() || value.len() > 13 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad("54", "amount", REASON));
    }
    value.parse().map_err(|_| bad("54", "amount", REASON))
}

/// `35`–`39`: exactly five `:`-separated parts, the last `11` (visible) or `12` (hidden); `None` otherwise.
pub(super) fn additional_field(id: &str, value: &str) -> Option<AdditionalField> {
    let mut parts = value.split(':');
    let (Some(key), Some(label), Some(field_value), Some(title), Some(visibility), None) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let visible = match visibility {
        "11" => true,
        "12" => false,
        _ => return None,
    };
    Some(AdditionalField {
        id: id.to_owned(),
        key: key.to_owned(),
        label: label.to_owned(),
        value: field_value.to_owned(),
        title: title.to_owned(),
        visible,
    })
}

/// The sub-elements of a template, each known one at most once; unknown ones go to `unknown` in input order.
fn sub_elements<'a>(
    template: &RawElement,
    known: &'a [&'a str],
    unknown: &mut Vec<TlvElement>,
) -> Result<Vec<(&'a str, RawElement)>, ElqrError> {
    let parent = format!("{}/", template.id);
    // The value starts after the 4 characters of ID and length.
    let offset = template.at.saturating_add(3);
    let mut found: Vec<(&'a str, RawElement)> = Vec::new();
    for element in tlv::elements(&template.value, offset, &parent)? {
        match known.iter().find(|id| **id == element.id) {
            Some(id) if found.iter().any(|(seen, _)| seen == id) => {
                return Err(ElqrError::Duplicate { id: format!("{parent}{}", element.id), at: element.at });
            }
            Some(id) => found.push((id, element)),
            None => unknown.push(kept(element)),
        }
    }
    Ok(found)
}

/// `12` and `13` of the provider template: `11` yes, `12` no.
fn flag(value: &str, id: &str, field: &'static str) -> Result<bool, ElqrError> {
    match value {
        "11" => Ok(true),
        "12" => Ok(false),
        _ => Err(bad(id, field, "it must be 11 (yes) or 12 (no)")),
    }
}

fn provider_template(template: &RawElement) -> Result<ProviderTemplate, ElqrError> {
    let mut provider = ProviderTemplate {
        provider_id: String::new(),
        service_code: None,
        recipient_id: None,
        transaction_id: None,
        amount_editable: None,
        recipient_id_editable: None,
        unknown: Vec::new(),
    };
    let mut provider_id = None;
    for (id, element) in sub_elements(template, &["00", "01", "10", "11", "12", "13"], &mut provider.unknown)? {
        match id {
            "00" => provider_id = Some(element.value),
            "01" => provider.service_code = Some(element.value),
            "10" => provider.recipient_id = Some(element.value),
            "11" => provider.transaction_id = Some(element.value),
            "12" => provider.amount_editable = Some(flag(&element.value, "32/12", "amount editable")?),
            _ => provider.recipient_id_editable = Some(flag(&element.value, "32/13", "recipient editable")?),
        }
    }
    provider.provider_id = provider_id.ok_or(ElqrError::MissingElement { id: "32/00", name: "provider id" })?;
    if provider.provider_id.is_empty() {
        return Err(bad("32/00", "provider id", "it is empty"));
    }
    Ok(provider)
}

fn merchant_template(template: &RawElement) -> Result<MerchantTemplate, ElqrError> {
    let mut merchant = MerchantTemplate::default();
    for (id, element) in sub_elements(template, &["00", "01"], &mut merchant.unknown)? {
        match id {
            "00" => merchant.merchant_id = Some(element.value),
            _ => merchant.service_name = Some(element.value),
        }
    }
    Ok(merchant)
}
