//! The bank's side of `wallet_formats::free_text`: a comment, a name or an address that holds a control or
//! text-direction character is refused with `text_invalid`, naming the field and the character, before anything
//! is stored, signed or shown to another customer.

use wallet_protocol::ErrorCode;
use wallet_protocol::kyc::KycApplication;

use crate::error::ApiError;

/// Refuses `text` (the `field` named in the message) when it holds a hidden character.
pub fn check(field: &str, text: Option<&str>) -> Result<(), ApiError> {
    match text.and_then(wallet_formats::free_text::hidden_character) {
        Some(c) => Err(ApiError::unprocessable(
            ErrorCode::TextInvalid,
            format!("{field} holds the control or text-direction character U+{:04X}: remove it", u32::from(c)),
        )),
        None => Ok(()),
    }
}

/// Every text of an identification application.
pub fn check_application(application: &KycApplication) -> Result<(), ApiError> {
    let (p, a) = (&application.passport, &application.address);
    let fields: [(&str, Option<&str>); 18] = [
        ("passport.surname", Some(&p.surname)),
        ("passport.given_name", Some(&p.given_name)),
        ("passport.patronymic", p.patronymic.as_deref()),
        ("passport.birth_date", Some(&p.birth_date)),
        ("passport.issue_date", Some(&p.issue_date)),
        ("passport.expiry_date", Some(&p.expiry_date)),
        ("passport.issuing_authority", Some(&p.issuing_authority)),
        ("passport.residence_address", Some(&p.residence_address)),
        ("passport.document_number", Some(&p.document_number)),
        ("passport.personal_number", Some(&p.personal_number)),
        ("address.district", Some(&a.district)),
        ("address.aiyl_aimak", a.aiyl_aimak.as_deref()),
        ("address.settlement", a.settlement.as_deref()),
        ("address.microdistrict", a.microdistrict.as_deref()),
        ("address.street", Some(&a.street)),
        ("address.house", Some(&a.house)),
        ("address.workplace", Some(&a.workplace)),
        ("address.position", Some(&a.position)),
    ];
    for (field, text) in fields {
        check(field, text)?;
    }
    check("address.apartment", a.apartment.as_deref())
}
