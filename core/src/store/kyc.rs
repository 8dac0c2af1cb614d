//! Online identification on the phone: the draft (what was typed and ticked), the checked photos, the application
//! waiting to be sent, and the bank's latest word on the one sent. All sealed; the draft and the photos go once
//! the bank has decided, the photos already once the bank holds them.

use serde::{Deserialize, Serialize};
use wallet_protocol::kyc::{KycApplication, KycApplicationState};
use wallet_protocol::profile::{KycStatus, Limits};

use super::record::Record;
use super::{Store, StoreError, transaction_failed};
use crate::features::kyc::KycDraft;
use crate::identity::photo::PhotoKind;

pub(super) const TREE: &str = "kyc";
const DRAFT: &[u8] = b"draft";
const SUBMISSION: &[u8] = b"submission";
const APPLICATION: &[u8] = b"application";

fn photo_key(kind: PhotoKind) -> &'static [u8] {
    match kind {
        PhotoKind::PassportFront => b"photo.passport_front",
        PhotoKind::PassportBack => b"photo.passport_back",
        PhotoKind::SelfieWithPassport => b"photo.selfie_with_passport",
    }
}

/// A photo on its way to the bank, under its own idempotency key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingUpload {
    pub kind: PhotoKind,
    pub key: String,
    /// Set once the bank has stored it (a retry then skips it).
    pub document_id: Option<String>,
}

/// The application queued on the phone: sent (and resent after a dropped connection) until the bank has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KycSubmission {
    /// The application's idempotency key.
    pub key: String,
    /// Without `document_ids`: those come from the uploads and `reused`.
    pub application: KycApplication,
    pub uploads: Vec<PendingUpload>,
    /// Photos the bank holds from the application this one answers.
    pub reused: Vec<(PhotoKind, String)>,
    pub created_at_ms: i64,
}

impl Record for KycSubmission {
    const VERSION: u32 = 1;
}

impl KycSubmission {
    /// The document ids in the order of the photos, once every upload is done.
    pub fn document_ids(&self) -> Option<Vec<(PhotoKind, String)>> {
        PhotoKind::ALL
            .iter()
            .map(|kind| {
                let uploaded = self.uploads.iter().find(|u| u.kind == *kind).and_then(|u| u.document_id.clone());
                let reused = self.reused.iter().find(|(k, _)| k == kind).map(|(_, id)| id.clone());
                uploaded.or(reused).map(|id| (*kind, id))
            })
            .collect()
    }
}

/// The application the bank holds, and its latest state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KycApplicationRecord {
    pub documents: Vec<(PhotoKind, String)>,
    pub state: KycApplicationState,
    /// The identified limits, read after the approval.
    pub limits: Option<Limits>,
}

impl KycApplicationRecord {
    pub fn decided(&self) -> bool {
        matches!(self.state.status, KycStatus::Approved | KycStatus::Rejected)
    }
}

impl Record for KycApplicationRecord {
    const VERSION: u32 = 1;
}

impl Record for KycDraft {
    const VERSION: u32 = 1;
}

impl Store {
    pub fn kyc_draft(&self) -> Result<Option<KycDraft>, StoreError> {
        self.get_sealed(&self.kyc, TREE, DRAFT)
    }

    /// Keeps the draft (an empty one removes it).
    pub fn save_kyc_draft(&self, draft: &KycDraft) -> Result<(), StoreError> {
        if draft.is_empty() {
            self.kyc.remove(DRAFT)?;
            self.kyc.flush()?;
            return Ok(());
        }
        self.put_sealed(&self.kyc, TREE, DRAFT, draft)
    }

    /// Keeps a checked photo (replacing an earlier one of the same kind).
    pub fn save_kyc_photo(&self, kind: PhotoKind, jpeg: &[u8]) -> Result<(), StoreError> {
        let key = photo_key(kind);
        self.kyc.insert(key, self.seal_bytes(TREE, key, jpeg)?)?;
        self.kyc.flush()?;
        Ok(())
    }

    pub fn kyc_photo(&self, kind: PhotoKind) -> Result<Option<Vec<u8>>, StoreError> {
        let key = photo_key(kind);
        match self.kyc.get(key)? {
            Some(sealed) => self.unseal_bytes(TREE, key, &sealed).map(Some),
            None => Ok(None),
        }
    }

    pub fn has_kyc_photo(&self, kind: PhotoKind) -> Result<bool, StoreError> {
        Ok(self.kyc.contains_key(photo_key(kind))?)
    }

    pub fn kyc_submission(&self) -> Result<Option<KycSubmission>, StoreError> {
        self.get_sealed(&self.kyc, TREE, SUBMISSION)
    }

    /// Queues the application, or records an upload's progress.
    pub fn save_kyc_submission(&self, submission: &KycSubmission) -> Result<(), StoreError> {
        self.put_sealed(&self.kyc, TREE, SUBMISSION, submission)
    }

    /// The queued application is dropped (the bank refused it); the draft and photos stay to fix and resend.
    pub fn drop_kyc_submission(&self) -> Result<(), StoreError> {
        self.kyc.remove(SUBMISSION)?;
        self.kyc.flush()?;
        Ok(())
    }

    pub fn kyc_application(&self) -> Result<Option<KycApplicationRecord>, StoreError> {
        self.get_sealed(&self.kyc, TREE, APPLICATION)
    }

    /// The bank took the application: the queued one goes and the photos with it (the bank holds them), in one
    /// transaction with the record of what the bank holds.
    pub fn kyc_submitted(&self, record: &KycApplicationRecord) -> Result<(), StoreError> {
        self.put_application(record, &[SUBMISSION])
    }

    /// The bank's latest word. Once it has decided (approved or rejected), the draft and any photos go too.
    pub fn kyc_reviewed(&self, record: &KycApplicationRecord) -> Result<(), StoreError> {
        self.put_application(record, if record.decided() { &[DRAFT] } else { &[] })
    }

    /// Writes `record` in one transaction with removing the records `done` names and, when any, the photos.
    fn put_application(&self, record: &KycApplicationRecord, done: &[&[u8]]) -> Result<(), StoreError> {
        let sealed = self.seal(TREE, APPLICATION, record)?;
        let photos: &[PhotoKind] = if done.is_empty() { &[] } else { &PhotoKind::ALL };
        self.kyc
            .transaction(|tree| {
                for key in done.iter().copied().chain(photos.iter().map(|kind| photo_key(*kind))) {
                    tree.remove(key)?;
                }
                tree.insert(APPLICATION, sealed.as_slice())?;
                Ok::<_, sled::transaction::ConflictableTransactionError<StoreError>>(())
            })
            .map_err(transaction_failed)?;
        self.kyc.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use wallet_protocol::kyc::{AddressAndWork, Declarations, PassportData};

    use super::*;
    use crate::store::testing::{all_bytes, temp_store};

    fn application() -> KycApplication {
        KycApplication {
            document_ids: Vec::new(),
            passport: PassportData {
                surname: "Асанова".into(),
                given_name: "Айгүл".into(),
                patronymic: None,
                birth_date: "1990-05-14".into(),
                issue_date: "2020-01-10".into(),
                expiry_date: "2030-01-10".into(),
                issuing_authority: "МКК 211011".into(),
                residence_address: "Бишкек".into(),
                document_number: "ID7654321".into(),
                personal_number: "11405199000123".into(),
            },
            address: AddressAndWork {
                district: "bishkek.leninsky".into(),
                aiyl_aimak: None,
                settlement: None,
                microdistrict: None,
                street: "Чүй".into(),
                house: "12".into(),
                apartment: None,
                workplace: "Школа".into(),
                position: "Мугалим".into(),
            },
            declarations: Declarations {
                beneficial_owner: true,
                not_politically_exposed: true,
                resident: true,
                phone_owner: true,
                terms_accepted: true,
            },
            mrz_lines: None,
            resubmits: None,
        }
    }

    fn state(status: KycStatus) -> KycApplicationState {
        KycApplicationState { application_id: "app-1".into(), status, reason: None, message: None, resubmit: vec![] }
    }

    #[test]
    fn photos_and_the_application_are_sealed_and_go_once_the_bank_holds_them() {
        let (dir, store) = temp_store();
        let photo = b"\xff\xd8\xff\xe0 a photo whose bytes are recognisable ID7654321".to_vec();
        store.save_kyc_photo(PhotoKind::PassportFront, &photo).expect("photo");
        assert_eq!(store.kyc_photo(PhotoKind::PassportFront).expect("read"), Some(photo.clone()));
        assert!(!store.has_kyc_photo(PhotoKind::PassportBack).expect("read"));
        let submission = KycSubmission {
            key: "k".into(),
            application: application(),
            uploads: vec![PendingUpload { kind: PhotoKind::PassportFront, key: "u".into(), document_id: None }],
            reused: vec![(PhotoKind::PassportBack, "doc-b".into()), (PhotoKind::SelfieWithPassport, "doc-s".into())],
            created_at_ms: 1,
        };
        assert_eq!(submission.document_ids(), None, "the front is not uploaded yet");
        store.save_kyc_submission(&submission).expect("queue");
        store.flush().expect("flush");
        let bytes = all_bytes(dir.path());
        for secret in [&b"ID7654321"[..], b"11405199000123", "Асанова".as_bytes(), b"recognisable"] {
            assert!(!bytes.windows(secret.len()).any(|w| w == secret), "nothing personal in clear");
        }
        let mut sent = submission.clone();
        sent.uploads[0].document_id = Some("doc-f".into());
        let ids = sent.document_ids().expect("all there");
        assert_eq!(ids.iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>(), ["doc-f", "doc-b", "doc-s"]);
        let record = KycApplicationRecord { documents: ids, state: state(KycStatus::InReview), limits: None };
        store.kyc_submitted(&record).expect("submitted");
        assert_eq!(store.kyc_submission().expect("read"), None);
        assert_eq!(store.kyc_photo(PhotoKind::PassportFront).expect("read"), None, "the bank holds it now");
        assert_eq!(store.kyc_application().expect("read"), Some(record));
    }

    #[test]
    fn a_decision_deletes_the_draft_and_a_review_in_progress_keeps_it() {
        let (_dir, store) = temp_store();
        let mut draft = KycDraft::default();
        draft.address.street = "Чүй".into();
        store.save_kyc_draft(&draft).expect("draft");
        let record =
            KycApplicationRecord { documents: vec![], state: state(KycStatus::ResubmissionRequested), limits: None };
        store.kyc_reviewed(&record).expect("reviewed");
        assert_eq!(store.kyc_draft().expect("read"), Some(draft));
        let approved = KycApplicationRecord { state: state(KycStatus::Approved), ..record };
        store.kyc_reviewed(&approved).expect("approved");
        assert_eq!(store.kyc_draft().expect("read"), None);
        assert_eq!(store.kyc_application().expect("read"), Some(approved));
    }

    #[test]
    fn a_photo_moved_to_another_key_does_not_open() {
        let (_dir, store) = temp_store();
        store.save_kyc_photo(PhotoKind::PassportFront, b"front").expect("photo");
        let sealed = store.kyc.get(photo_key(PhotoKind::PassportFront)).expect("get").expect("there");
        store.kyc.insert(photo_key(PhotoKind::PassportBack), sealed).expect("move");
        assert!(matches!(store.kyc_photo(PhotoKind::PassportBack), Err(StoreError::Damaged { .. })));
    }
}
