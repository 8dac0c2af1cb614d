//! The demo merchants' payment codes (ELQR, `../shared/research/standards.md` §1), made with the same codec the
//! phone reads them with (`wallet_formats::elqr`): static codes for the seed, dynamic ones with an amount and a
//! lifetime for `/dev/merchants/{id}/dynamic`; and a customer's dynamic code for a payment request
//! ([`person_link`]), made as the phone makes its «receive» code.

use wallet_formats::elqr::{self, CodeKind, ElqrError, MerchantTemplate, NewElqr, ProviderTemplate};

use crate::qr_pay::{MERCHANT_SERVICE, OWN_PROVIDER, PERSON_SERVICE, currency_number};

/// The MCC of a transfer between people (as in the phone's «receive» code).
pub const TRANSFER_MCC: &str = "4829";
/// The most UTF-16 units the name in a code (tag 59) may have.
pub const NAME_MAX_UNITS: usize = 25;
/// The most UTF-16 units a code's comment (tag 34) may have.
pub const COMMENT_MAX_UNITS: usize = 32;

/// What only a dynamic code carries.
pub struct Dynamic<'a> {
    pub amount_minor: u64,
    pub transaction_id: &'a str,
    pub comment: Option<&'a str>,
}

/// A merchant's payment link through the universal router.
pub fn merchant_link(
    merchant_id: &str,
    name: &str,
    mcc: &str,
    currency: &str,
    dynamic: Option<Dynamic<'_>>,
) -> Result<String, ElqrError> {
    let code = NewElqr {
        kind: if dynamic.is_some() { CodeKind::Dynamic } else { CodeKind::Static },
        provider: ProviderTemplate {
            provider_id: OWN_PROVIDER.to_owned(),
            service_code: Some(MERCHANT_SERVICE.to_owned()),
            recipient_id: Some(merchant_id.to_owned()),
            transaction_id: dynamic.as_ref().map(|d| d.transaction_id.to_owned()),
            amount_editable: dynamic.as_ref().map(|_| false),
            recipient_id_editable: None,
            unknown: Vec::new(),
        },
        merchant: Some(MerchantTemplate {
            merchant_id: Some(merchant_id.to_owned()),
            service_name: Some(name.to_owned()),
            unknown: Vec::new(),
        }),
        comment: dynamic.as_ref().and_then(|d| d.comment.map(str::to_owned)),
        additional: Vec::new(),
        mcc: mcc.to_owned(),
        // The demo merchants hold the sandbox's currencies; som otherwise.
        currency: currency_number(currency).unwrap_or("417").to_owned(),
        amount_minor: dynamic.as_ref().map(|d| d.amount_minor),
        provider_name: name.to_owned(),
        unknown: Vec::new(),
    };
    Ok(elqr::link(&elqr::build_payload(&code)?, elqr::UNIVERSAL_ROUTER))
}

/// `text` cut to at most `max` UTF-16 units, never inside a character.
pub fn cut_units(text: &str, max: usize) -> String {
    let mut units = 0;
    text.chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= max
        })
        .collect()
}

/// A customer's dynamic payment link for one payment: the account's `p2p` code with the amount fixed and the
/// transaction id the bank pays once. The name is cut to what tag 59 holds.
pub fn person_link(account_id: &str, name: &str, currency: &str, dynamic: Dynamic<'_>) -> Result<String, ElqrError> {
    let currency = currency_number(currency).ok_or(ElqrError::BadValue {
        id: "53".to_owned(),
        field: "currency",
        reason: "the sandbox holds no such currency",
    })?;
    let code = NewElqr {
        kind: CodeKind::Dynamic,
        provider: ProviderTemplate {
            provider_id: OWN_PROVIDER.to_owned(),
            service_code: Some(PERSON_SERVICE.to_owned()),
            recipient_id: Some(account_id.to_owned()),
            transaction_id: Some(dynamic.transaction_id.to_owned()),
            amount_editable: Some(false),
            recipient_id_editable: None,
            unknown: Vec::new(),
        },
        // No merchant template: a person sells nothing (as the phone's own code).
        merchant: None,
        comment: dynamic.comment.map(str::to_owned),
        additional: Vec::new(),
        mcc: TRANSFER_MCC.to_owned(),
        currency: currency.to_owned(),
        amount_minor: Some(dynamic.amount_minor),
        provider_name: cut_units(name, NAME_MAX_UNITS),
        unknown: Vec::new(),
    };
    Ok(elqr::link(&elqr::build_payload(&code)?, elqr::UNIVERSAL_ROUTER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merchant_link_reads_back_with_its_amount_and_a_valid_checksum() {
        let dynamic = Dynamic { amount_minor: 55_600, transaction_id: "tx-1", comment: Some("Заказ 7") };
        let link = merchant_link("navat-cafe", "Кафе Нават", "5812", "KGS", Some(dynamic)).expect("builds");
        assert!(link.starts_with("https://pay.payqr.kg/#") && link.contains("%D0%9A"), "{link}");
        let code = elqr::parse(&link).expect("parses");
        assert!(code.checksum_ok);
        assert_eq!((code.kind, code.amount_minor), (CodeKind::Dynamic, Some(55_600)));
        assert_eq!(code.provider.recipient_id.as_deref(), Some("navat-cafe"));
        let fixed = merchant_link("globus-bishkek", "Глобус", "5411", "KGS", None).expect("builds");
        assert_eq!(elqr::parse(&fixed).expect("parses").kind, CodeKind::Static);
    }

    #[test]
    fn a_person_link_is_a_dynamic_p2p_code_with_the_name_cut_to_25_units() {
        let dynamic = Dynamic {
            amount_minor: 120_000, transaction_id: "0123abcd", comment: Some("Ужин в «Навате»")
        };
        let name = "Абдыкадыр-Мырзаалы Тойчубеков-Жээнбеков";
        let link = person_link("acc-996555123456", name, "KGS", dynamic).expect("builds");
        let code = elqr::parse(&link).expect("parses");
        assert!(code.checksum_ok);
        assert_eq!((code.kind, code.amount_minor, code.mcc.as_str()), (CodeKind::Dynamic, Some(120_000), "4829"));
        assert_eq!(code.provider.provider_id, OWN_PROVIDER);
        assert_eq!(code.provider.service_code.as_deref(), Some(PERSON_SERVICE));
        assert_eq!(code.provider.recipient_id.as_deref(), Some("acc-996555123456"));
        assert_eq!(code.provider.transaction_id.as_deref(), Some("0123abcd"));
        assert_eq!(code.provider.amount_editable, Some(false));
        assert_eq!(code.comment.as_deref(), Some("Ужин в «Навате»"));
        assert_eq!(code.provider_name, name.chars().take(25).collect::<String>());
        assert_eq!(code.merchant, None);
        let tenge = Dynamic { amount_minor: 1, transaction_id: "t", comment: None };
        assert_eq!(
            elqr::parse(&person_link("acc-77011234567", "Данияр А.", "KZT", tenge).expect("builds"))
                .map(|c| c.currency)
                .ok()
                .as_deref(),
            Some("398")
        );
        let unknown = Dynamic { amount_minor: 1, transaction_id: "t", comment: None };
        assert!(person_link("acc-1", "A", "EUR", unknown).is_err());
    }

    #[test]
    fn cutting_counts_utf16_units_and_never_splits_a_character() {
        assert_eq!(cut_units("Айгуль А.", 25), "Айгуль А.");
        assert_eq!(cut_units("abcdef", 3), "abc");
        // An emoji is two units: it does not fit in the one left.
        assert_eq!(cut_units("ab😀", 3), "ab");
        assert_eq!(cut_units("ab😀", 4), "ab😀");
    }
}
