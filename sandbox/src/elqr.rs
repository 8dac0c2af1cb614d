//! The demo merchants' payment codes (ELQR, `../shared/research/standards.md` §1), made with the same codec the
//! phone reads them with (`wallet_formats::elqr`): static codes for the seed, dynamic ones with an amount and a
//! lifetime for `/dev/merchants/{id}/dynamic`.

use wallet_formats::elqr::{self, CodeKind, ElqrError, MerchantTemplate, NewElqr, ProviderTemplate};

use crate::qr_pay::{MERCHANT_SERVICE, OWN_PROVIDER, currency_number};

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
}
