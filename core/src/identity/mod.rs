//! Identity documents and the KYC rules that know nothing of screens: the photos' checks, the passport form's
//! rules, the address and its districts. The formats themselves (MRZ, ПИН) are in `wallet-formats`.

pub mod address;
pub mod districts;
pub mod passport;
pub mod photo;
