//! Identification online through the sandbox bank's HTTP API in-process: documents, applications, the review
//! after the delay on the sandbox's clock, resubmissions, idempotency and every refusal.

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::StatusCode;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use common::{Bank, Reply};
use serde_json::{Value, json};
use time::Date;
use wallet_formats::Sex;
use wallet_formats::mrz::{Td1Fields, compose_td1};
use wallet_protocol::kyc::{AddressAndWork, Declarations, KycApplication, MAX_DOCUMENT_BYTES, PassportData};
use wallet_sandbox::kyc::{RETAKE_SELFIE_STREET, bank_today};
use wallet_sandbox::seed::CUSTOMERS;

const REVIEW_DELAY: Duration = Duration::from_secs(5);
/// Demo customers the bank knows by name and sex (new numbers in these tests are new sign-ups, whom it does not).
const BAKYT: &str = CUSTOMERS[1].1;
const CHYNARA: &str = CUSTOMERS[2].1;

/// A real picture the bank can decode, 400 × 320 px, its pixels drawn from `seed` (so each upload differs).
fn picture(seed: &str, format: image::ImageFormat) -> Vec<u8> {
    let shade = seed.bytes().fold(17u8, |a, b| a.wrapping_mul(31).wrapping_add(b));
    let image = image::ImageBuffer::from_fn(400, 320, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, shade]));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, format).expect("encodes");
    out.into_inner()
}

fn png(seed: &str) -> Vec<u8> {
    picture(seed, image::ImageFormat::Png)
}

fn jpeg(seed: &str) -> Vec<u8> {
    picture(seed, image::ImageFormat::Jpeg)
}

/// The three photos of an application: front, back, selfie.
struct Photos {
    front: String,
    back: String,
    selfie: String,
}

impl Photos {
    fn ids(&self) -> Vec<String> {
        vec![self.front.clone(), self.back.clone(), self.selfie.clone()]
    }
}

/// A sandbox whose identification reviews take `REVIEW_DELAY`.
fn open() -> Bank {
    Bank::open_with(|config| config.kyc_review_delay = REVIEW_DELAY)
}

impl Bank {
    async fn upload(&self, token: &str, key: &str, kind: &str, content_type: &str, bytes: &[u8]) -> Reply {
        let body = json!({ "kind": kind, "content_type": content_type, "data_base64": STANDARD.encode(bytes) });
        self.call("POST", "/v1/kyc/documents", Some(token), Some(key), Some(body)).await
    }

    async fn photo(&self, token: &str, kind: &str) -> String {
        let key = uuid::Uuid::new_v4().to_string();
        let reply = self.upload(token, &key, kind, "image/png", &png(&key)).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{:?}", reply.body);
        reply.text("document_id")
    }

    async fn photos(&self, token: &str) -> Photos {
        Photos {
            front: self.photo(token, "passport_front").await,
            back: self.photo(token, "passport_back").await,
            selfie: self.photo(token, "selfie_with_passport").await,
        }
    }

    async fn submit(&self, token: &str, key: &str, application: &KycApplication) -> Reply {
        let body = serde_json::to_value(application).expect("json");
        self.call("POST", "/v1/kyc/applications", Some(token), Some(key), Some(body)).await
    }

    async fn state(&self, token: &str, application_id: &str) -> Reply {
        self.call("GET", &format!("/v1/kyc/applications/{application_id}"), Some(token), None, None).await
    }

    /// The application's state once the review delay has passed.
    async fn decided(&self, token: &str, application_id: &str) -> Reply {
        self.sandbox.clock().advance(REVIEW_DELAY);
        let reply = self.state(token, application_id).await;
        assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
        reply
    }

    async fn profile(&self, token: &str) -> Value {
        self.call("GET", "/v1/profile", Some(token), None, None).await.body
    }

    fn today(&self) -> Date {
        bank_today(self.sandbox.clock().now())
    }
}

/// A good application from Айгуль, whose passport was issued two years before `today` (the bank's) and is valid
/// for four more.
fn application(photos: &Photos, today: Date) -> KycApplication {
    KycApplication {
        document_ids: photos.ids(),
        passport: PassportData {
            surname: "Асанова".into(),
            given_name: "Айгуль".into(),
            patronymic: Some("Маратовна".into()),
            birth_date: "1990-05-17".into(),
            issue_date: date(today - time::Duration::days(2 * 365)),
            expiry_date: date(today + time::Duration::days(4 * 365)),
            issuing_authority: "МКК 211011".into(),
            residence_address: "г. Бишкек, ул. Токтогула, 1".into(),
            document_number: "ID1234567".into(),
            personal_number: "11705199000123".into(),
        },
        address: AddressAndWork {
            district: "Октябрьский".into(),
            aiyl_aimak: None,
            settlement: None,
            microdistrict: None,
            street: "Токтогула".into(),
            house: "1".into(),
            apartment: Some("2".into()),
            workplace: "ОсОО Пример".into(),
            position: "бухгалтер".into(),
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

/// The machine-readable zone of the ID card the form was typed from.
fn zone_of(passport: &PassportData) -> Vec<String> {
    let day =
        |text: &str| Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).expect("a date");
    compose_td1(&Td1Fields {
        document_code: "ID".into(),
        issuing_state: "KGZ".into(),
        document_number: passport.document_number.clone(),
        nationality: "KGZ".into(),
        birth_date: day(&passport.birth_date),
        sex: Sex::Female,
        expiry_date: day(&passport.expiry_date),
        surname: passport.surname.clone(),
        given_names: passport.given_name.clone(),
        optional_data: Some(passport.personal_number.clone()),
        optional_data_2: None,
    })
}

fn date(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

#[tokio::test]
async fn an_application_is_in_review_for_the_delay_then_approved_with_higher_limits() {
    let bank = open();
    let token = bank.sign_in("+996555000201").await;
    let before = bank.profile(&token).await;
    assert_eq!(before["kyc_status"], "none");

    let photos = bank.photos(&token).await;
    let submitted = bank.submit(&token, "app-1", &application(&photos, bank.today())).await;
    assert_eq!(submitted.status, StatusCode::CREATED, "{:?}", submitted.body);
    assert_eq!(submitted.body["status"], "in_review");
    let id = submitted.text("application_id");
    assert_eq!(bank.profile(&token).await["kyc_status"], "in_review");

    bank.sandbox.clock().advance(REVIEW_DELAY - Duration::from_secs(1));
    let waiting = bank.state(&token, &id).await;
    assert_eq!((waiting.status, waiting.body["status"].clone()), (StatusCode::OK, json!("in_review")));
    assert_eq!(waiting.body.get("reason"), None);

    let approved = bank.decided(&token, &id).await;
    assert_eq!(approved.body, json!({ "application_id": id, "status": "approved" }));
    let after = bank.profile(&token).await;
    assert_eq!(after["kyc_status"], "approved");
    for limit in ["single_operation_minor", "daily_minor", "monthly_minor"] {
        assert!(
            after["limits"][limit].as_i64() > before["limits"][limit].as_i64(),
            "{limit}: {} then {}",
            before["limits"][limit],
            after["limits"][limit]
        );
    }

    // Identified: no second application, not even with new photos.
    let again = bank.submit(&token, "app-2", &application(&bank.photos(&token).await, bank.today())).await;
    assert_eq!(again.code(), (StatusCode::UNPROCESSABLE_ENTITY, "kyc_already_submitted"));
}

#[tokio::test]
async fn the_profile_and_the_background_tick_see_the_decision_without_reading_the_application() {
    let bank = open();
    let first = bank.sign_in("+996555000202").await;
    let second = bank.sign_in("+996555000203").await;
    let id =
        bank.submit(&first, "a", &application(&bank.photos(&first).await, bank.today())).await.text("application_id");
    bank.submit(&second, "a", &application(&bank.photos(&second).await, bank.today())).await.text("application_id");
    assert_eq!(bank.sandbox.review_due().await.expect("reviews"), 0, "not due yet");
    bank.sandbox.clock().advance(REVIEW_DELAY);
    assert_eq!(bank.profile(&first).await["kyc_status"], "approved", "the profile decides a due review");
    assert_eq!(bank.sandbox.review_due().await.expect("reviews"), 1, "the tick decides the other one");
    assert_eq!(bank.count("SELECT COUNT(*) FROM kyc_applications WHERE status = 'approved'"), 2);
    assert_eq!(bank.state(&first, &id).await.body["status"], "approved");
}

#[tokio::test]
async fn expired_passports_minors_and_non_residents_are_rejected_and_may_apply_again() {
    let bank = open();
    let today = bank.today();
    let expired = |app: &mut KycApplication| app.passport.expiry_date = date(today);
    let minor = |app: &mut KycApplication| {
        // Seventeen and a few days at most (no 29 February seventeen years ago).
        let birth = Date::from_calendar_date(today.year() - 17, today.month(), today.day().min(28)).expect("a date");
        app.passport.birth_date = date(birth);
        app.passport.personal_number =
            format!("1{:02}{:02}{:04}00042", birth.day(), u8::from(birth.month()), birth.year());
    };
    let foreigner = |app: &mut KycApplication| app.declarations.resident = false;
    let declined = |app: &mut KycApplication| app.declarations.not_politically_exposed = false;
    type Spoil<'a> = &'a dyn Fn(&mut KycApplication);
    let cases: [(&str, Spoil, &str); 4] = [
        ("+996555000211", &expired, "document_expired"),
        ("+996555000212", &minor, "underage"),
        ("+996555000213", &foreigner, "not_resident"),
        ("+996555000214", &declined, "other"),
    ];
    for (phone, spoil, reason) in cases {
        let token = bank.sign_in(phone).await;
        let photos = bank.photos(&token).await;
        let mut app = application(&photos, bank.today());
        spoil(&mut app);
        let id = bank.submit(&token, "k", &app).await.text("application_id");
        let rejected = bank.decided(&token, &id).await;
        assert_eq!(rejected.body["status"], "rejected", "{reason}");
        assert_eq!(rejected.body["reason"], reason);
        assert!(!rejected.body["message"].as_str().unwrap_or_default().is_empty(), "{reason}: a message");
        assert_eq!(rejected.body.get("resubmit"), None);
        let profile = bank.profile(&token).await;
        assert_eq!(profile["kyc_status"], "rejected");
        assert_eq!(profile["limits"]["single_operation_minor"], 1_500_000, "{reason}: the small limits stay");

        // A new application is allowed after a rejection, and may name the same photos.
        let fresh = bank.submit(&token, "k2", &application(&photos, bank.today())).await;
        assert_eq!(fresh.status, StatusCode::CREATED, "{reason}: {:?}", fresh.body);
        assert_eq!(bank.decided(&token, &fresh.text("application_id")).await.body["status"], "approved");
    }
}

#[tokio::test]
async fn a_zone_that_disagrees_sends_the_data_back_and_the_corrected_resubmission_is_approved() {
    let bank = open();
    let token = bank.sign_in("+996555000224").await;
    let photos = bank.photos(&token).await;
    let mut app = application(&photos, bank.today());
    app.mrz_lines = Some(zone_of(&app.passport));
    app.passport.surname = "Асанбекова".into();
    app.passport.document_number = "ID1234576".into();
    let id = bank.submit(&token, "k1", &app).await.text("application_id");
    let state = bank.decided(&token, &id).await;
    assert_eq!(state.body["status"], "resubmission_requested");
    assert_eq!(state.body["reason"], "data_mismatch");
    assert_eq!(state.body["resubmit"], json!(["passport_data"]));
    assert_eq!(
        state.body["message"],
        "Данные не совпадают с паспортом: фамилия, номер паспорта. Проверьте и исправьте их."
    );
    let profile = bank.profile(&token).await;
    assert_eq!(profile["kyc_status"], "resubmission_requested");
    assert_eq!(profile["limits"]["single_operation_minor"], 1_500_000);

    // The corrected data, the two passport photos again and a new selfie.
    let mut corrected = application(&photos, bank.today());
    corrected.mrz_lines = Some(zone_of(&corrected.passport));
    corrected.resubmits = Some(id);
    corrected.document_ids[2] = bank.photo(&token, "selfie_with_passport").await;
    let resubmitted = bank.submit(&token, "k2", &corrected).await;
    assert_eq!((resubmitted.status, resubmitted.body["status"].clone()), (StatusCode::CREATED, json!("in_review")));
    assert_eq!(bank.profile(&token).await["kyc_status"], "in_review");
    let approved = bank.decided(&token, &resubmitted.text("application_id")).await;
    assert_eq!(approved.body["status"], "approved");
    assert_eq!(bank.profile(&token).await["kyc_status"], "approved");
}

#[tokio::test]
async fn a_wrong_check_digit_asks_for_the_back_again_and_only_a_new_photo_answers() {
    let bank = open();
    let token = bank.sign_in("+996555000225").await;
    let photos = bank.photos(&token).await;
    let mut app = application(&photos, bank.today());
    let mut zone = zone_of(&app.passport);
    // The birth date's check digit: line 2, position 7.
    let mut line: Vec<char> = zone[1].chars().collect();
    line[6] = char::from_digit((line[6].to_digit(10).expect("a digit") + 3) % 10, 10).expect("a digit");
    zone[1] = line.into_iter().collect();
    app.mrz_lines = Some(zone);
    let id = bank.submit(&token, "k1", &app).await.text("application_id");
    let state = bank.decided(&token, &id).await;
    assert_eq!(state.body["status"], "resubmission_requested");
    assert_eq!(state.body["reason"], "photo_unreadable");
    assert_eq!(state.body["resubmit"], json!(["passport_back"]));

    let mut again = application(&photos, bank.today());
    again.mrz_lines = Some(zone_of(&again.passport));
    again.resubmits = Some(id);
    assert_eq!(
        bank.submit(&token, "k2", &again).await.code(),
        (StatusCode::UNPROCESSABLE_ENTITY, "document_missing"),
        "the old photo of the back"
    );
    again.document_ids[1] = bank.photo(&token, "passport_back").await;
    let resubmitted = bank.submit(&token, "k3", &again).await.text("application_id");
    assert_eq!(bank.decided(&token, &resubmitted).await.body["status"], "approved");
}

#[tokio::test]
async fn a_personal_number_with_another_birth_date_sends_the_data_back() {
    let bank = open();
    let token = bank.sign_in("+996555000221").await;
    let mut app = application(&bank.photos(&token).await, bank.today());
    app.passport.personal_number = "11805199000123".into();
    let id = bank.submit(&token, "k", &app).await.text("application_id");
    let state = bank.decided(&token, &id).await;
    assert_eq!(state.body["status"], "resubmission_requested");
    assert_eq!(state.body["reason"], "data_mismatch");
    assert_eq!(state.body["resubmit"], json!(["passport_data"]));
    assert_eq!(bank.profile(&token).await["kyc_status"], "resubmission_requested");
}

#[tokio::test]
async fn the_sandbox_street_asks_for_a_new_selfie_and_the_old_one_is_refused() {
    let bank = open();
    let token = bank.sign_in("+996555000222").await;
    let photos = bank.photos(&token).await;
    let mut app = application(&photos, bank.today());
    app.address.street = RETAKE_SELFIE_STREET.into();
    let id = bank.submit(&token, "k1", &app).await.text("application_id");
    let state = bank.decided(&token, &id).await;
    assert_eq!(state.body["status"], "resubmission_requested");
    assert_eq!(state.body["reason"], "photo_unreadable");
    assert_eq!(state.body["resubmit"], json!(["selfie_with_passport"]));

    let mut again = application(&photos, bank.today());
    again.resubmits = Some(id.clone());
    let old_selfie = bank.submit(&token, "k2", &again).await;
    assert_eq!(old_selfie.code(), (StatusCode::UNPROCESSABLE_ENTITY, "document_missing"));

    again.document_ids =
        vec![photos.front.clone(), photos.back.clone(), bank.photo(&token, "selfie_with_passport").await];
    let resubmitted = bank.submit(&token, "k3", &again).await;
    assert_eq!(resubmitted.status, StatusCode::CREATED, "{:?}", resubmitted.body);
    assert_eq!(bank.decided(&token, &resubmitted.text("application_id")).await.body["status"], "approved");
}

#[tokio::test]
async fn a_resubmission_answers_only_an_application_of_the_customer_that_waits_for_one() {
    let bank = open();
    let token = bank.sign_in("+996555000223").await;
    let photos = bank.photos(&token).await;
    let mut app = application(&photos, bank.today());
    app.address.street = RETAKE_SELFIE_STREET.into();
    let sent_back = bank.submit(&token, "k1", &app).await.text("application_id");
    bank.decided(&token, &sent_back).await;

    let selfie = bank.photo(&token, "selfie_with_passport").await;
    let mut answer = application(&photos, bank.today());
    answer.document_ids[2] = selfie.clone();
    answer.resubmits = Some("no-such-application".into());
    assert_eq!(bank.submit(&token, "k2", &answer).await.code(), (StatusCode::NOT_FOUND, "not_found"));

    answer.resubmits = Some(sent_back.clone());
    // The street asks for a selfie only once; a zone that does not read sends this one back for the back photo.
    answer.address.street = RETAKE_SELFIE_STREET.into();
    answer.mrz_lines = Some(vec!["not a machine-readable zone".into()]);
    let second = bank.submit(&token, "k3", &answer).await.text("application_id");
    bank.decided(&token, &second).await;
    // `sent_back` was answered already; the new one waits.
    let mut late = application(&photos, bank.today());
    late.document_ids[1] = bank.photo(&token, "passport_back").await;
    late.document_ids[2] = bank.photo(&token, "selfie_with_passport").await;
    late.resubmits = Some(sent_back);
    assert_eq!(bank.submit(&token, "k4", &late).await.code(), (StatusCode::BAD_REQUEST, "bad_request"));
    late.resubmits = Some(second);
    let answered = bank.submit(&token, "k5", &late).await;
    assert_eq!(answered.status, StatusCode::CREATED, "{:?}", answered.body);
}

#[tokio::test]
async fn the_same_key_replays_the_first_result_and_another_request_under_it_is_refused() {
    let bank = open();
    let token = bank.sign_in("+996555000231").await;
    let first = bank.upload(&token, "doc", "passport_front", "image/jpeg", &jpeg("photo")).await;
    assert_eq!(first.status, StatusCode::CREATED, "{:?}", first.body);
    let again = bank.upload(&token, "doc", "passport_front", "image/jpeg", &jpeg("photo")).await;
    assert_eq!((again.status, again.body.clone()), (StatusCode::CREATED, first.body.clone()));
    assert_eq!(bank.count("SELECT COUNT(*) FROM kyc_documents"), 1);
    let other = bank.upload(&token, "doc", "passport_back", "image/jpeg", &jpeg("photo")).await;
    assert_eq!(other.code(), (StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused"));
    let no_key = bank
        .call(
            "POST",
            "/v1/kyc/documents",
            Some(&token),
            None,
            Some(json!({ "kind": "passport_back", "content_type": "image/png", "data_base64": STANDARD.encode(png("photo")) })),
        )
        .await;
    assert_eq!(no_key.code(), (StatusCode::BAD_REQUEST, "idempotency_key_missing"));
    // A refusal is the first result of its key too.
    let refused = bank.upload(&token, "bad", "passport_back", "image/png", b"not an image").await;
    assert_eq!(refused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "document_invalid"));
    let refused_again = bank.upload(&token, "bad", "passport_back", "image/png", b"not an image").await;
    assert_eq!(refused_again.body, refused.body);

    let photos = bank.photos(&token).await;
    let app = application(&photos, bank.today());
    let submitted = bank.submit(&token, "app", &app).await;
    assert_eq!(submitted.status, StatusCode::CREATED);
    let replayed = bank.submit(&token, "app", &app).await;
    assert_eq!((replayed.status, replayed.body.clone()), (StatusCode::CREATED, submitted.body.clone()));
    assert_eq!(bank.count("SELECT COUNT(*) FROM kyc_applications"), 1);
    let mut changed = app.clone();
    changed.address.house = "2".into();
    let reused = bank.submit(&token, "app", &changed).await;
    assert_eq!(reused.code(), (StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused"));
    let missing = bank
        .call("POST", "/v1/kyc/applications", Some(&token), None, Some(serde_json::to_value(&app).expect("json")))
        .await;
    assert_eq!(missing.code(), (StatusCode::BAD_REQUEST, "idempotency_key_missing"));
    // After the review the key still replays its first answer.
    bank.decided(&token, &submitted.text("application_id")).await;
    assert_eq!(bank.submit(&token, "app", &app).await.body, submitted.body);
}

#[tokio::test]
async fn photos_must_be_jpeg_or_png_as_declared_and_at_most_8_mib() {
    let bank = open();
    let token = bank.sign_in("+996555000241").await;
    let invalid = (StatusCode::UNPROCESSABLE_ENTITY, "document_invalid");
    assert_eq!(bank.upload(&token, "1", "passport_front", "image/png", b"GIF89a....").await.code(), invalid);
    assert_eq!(bank.upload(&token, "2", "passport_front", "image/png", &jpeg("photo")).await.code(), invalid);
    assert_eq!(bank.upload(&token, "3", "passport_front", "image/jpeg", &png("photo")).await.code(), invalid);
    assert_eq!(bank.upload(&token, "4", "passport_front", "application/pdf", &png("photo")).await.code(), invalid);
    let bad_base64 = json!({ "kind": "passport_front", "content_type": "image/png", "data_base64": "iVBORw0K!!" });
    let reply = bank.call("POST", "/v1/kyc/documents", Some(&token), Some("5"), Some(bad_base64)).await;
    assert_eq!(reply.code(), invalid);
    let unknown_kind = json!({ "kind": "driving_licence", "content_type": "image/png", "data_base64": "" });
    let reply = bank.call("POST", "/v1/kyc/documents", Some(&token), Some("6"), Some(unknown_kind)).await;
    assert_eq!(reply.code(), (StatusCode::BAD_REQUEST, "bad_request"));

    // The largest photo passes (its base64 is over axum's default 2 MB body limit); one byte more does not.
    let photo = png("largest");
    let largest = [photo.as_slice(), &vec![7u8; MAX_DOCUMENT_BYTES - photo.len()]].concat();
    let stored = bank.upload(&token, "7", "passport_front", "image/png", &largest).await;
    assert_eq!(stored.status, StatusCode::CREATED, "{:?}", stored.body);
    let too_big = [largest.as_slice(), b"!"].concat();
    assert_eq!(bank.upload(&token, "8", "passport_front", "image/png", &too_big).await.code(), invalid);
    // A body far over the route's limit is refused before it is read.
    let huge = Body::from(vec![b' '; 13 * 1024 * 1024]);
    let reply = bank.send("POST", "/v1/kyc/documents", Some(&token), Some("9"), huge).await;
    assert_eq!(reply.code(), (StatusCode::PAYLOAD_TOO_LARGE, "document_invalid"));

    let bytes: Vec<u8> = bank
        .sandbox
        .db()
        .with_blocking(|conn| conn.query_row("SELECT bytes FROM kyc_documents", [], |row| row.get(0)).expect("stored"));
    assert_eq!(bytes, largest, "the bytes are stored as sent");
    assert_eq!(bank.count("SELECT COUNT(*) FROM kyc_documents"), 1, "refusals store nothing");
}

#[tokio::test]
async fn an_application_names_exactly_the_three_photos_of_the_customer() {
    let bank = open();
    let token = bank.sign_in("+996555000251").await;
    let other = bank.sign_in("+996555000252").await;
    let photos = bank.photos(&token).await;
    let others = bank.photos(&other).await;
    let missing = (StatusCode::UNPROCESSABLE_ENTITY, "document_missing");
    let with = |ids: Vec<String>| {
        let mut app = application(&photos, bank.today());
        app.document_ids = ids;
        app
    };
    let unknown = with(vec![photos.front.clone(), photos.back.clone(), "no-such-photo".into()]);
    assert_eq!(bank.submit(&token, "1", &unknown).await.code(), missing);
    let foreign = with(vec![photos.front.clone(), photos.back.clone(), others.selfie.clone()]);
    assert_eq!(bank.submit(&token, "2", &foreign).await.code(), missing);
    let two = with(vec![photos.front.clone(), photos.back.clone()]);
    assert_eq!(bank.submit(&token, "3", &two).await.code(), missing);
    let second_front = bank.photo(&token, "passport_front").await;
    let twice = with(vec![photos.front.clone(), second_front, photos.back.clone()]);
    assert_eq!(bank.submit(&token, "4", &twice).await.code(), missing);
    let repeated = with(vec![photos.front.clone(), photos.back.clone(), photos.selfie.clone(), photos.selfie.clone()]);
    assert_eq!(bank.submit(&token, "5", &repeated).await.code(), missing);
    let mut bad_date = application(&photos, bank.today());
    bad_date.passport.birth_date = "17.05.1990".into();
    assert_eq!(bank.submit(&token, "6", &bad_date).await.code(), (StatusCode::BAD_REQUEST, "bad_request"));

    assert_eq!(bank.count("SELECT COUNT(*) FROM kyc_applications"), 0, "refusals store nothing");
    assert_eq!(bank.profile(&token).await["kyc_status"], "none");
}

#[tokio::test]
async fn one_application_at_a_time_and_only_the_customer_sees_it() {
    let bank = open();
    let token = bank.sign_in("+996555000261").await;
    let other = bank.sign_in("+996555000262").await;
    let id =
        bank.submit(&token, "1", &application(&bank.photos(&token).await, bank.today())).await.text("application_id");
    let second = bank.submit(&token, "2", &application(&bank.photos(&token).await, bank.today())).await;
    assert_eq!(second.code(), (StatusCode::UNPROCESSABLE_ENTITY, "kyc_already_submitted"));

    assert_eq!(bank.state(&other, &id).await.code(), (StatusCode::NOT_FOUND, "not_found"));
    assert_eq!(bank.state(&token, "no-such-application").await.code(), (StatusCode::NOT_FOUND, "not_found"));
    let anonymous = bank.call("GET", &format!("/v1/kyc/applications/{id}"), None, None, None).await;
    assert_eq!(anonymous.code(), (StatusCode::UNAUTHORIZED, "unauthorized"));

    // An identified demo customer cannot apply.
    let aigul = bank.sign_in(wallet_sandbox::seed::CUSTOMERS[0].1).await;
    let identified = bank.submit(&aigul, "1", &application(&bank.photos(&aigul).await, bank.today())).await;
    assert_eq!(identified.code(), (StatusCode::UNPROCESSABLE_ENTITY, "kyc_already_submitted"));
}

/// `app` with the passport of someone else than Айгуль: another name, the patronymic left out, and `sex_digit` in
/// the personal number (the birth date kept).
fn passport_of(mut app: KycApplication, surname: &str, given_name: &str, sex_digit: char) -> KycApplication {
    app.passport.surname = surname.into();
    app.passport.given_name = given_name.into();
    app.passport.patronymic = None;
    app.passport.personal_number.replace_range(0..1, &sex_digit.to_string());
    app
}

#[tokio::test]
async fn a_demo_customer_is_refused_a_passport_in_another_persons_name_and_approved_with_their_own() {
    let bank = open();
    // Бакыт Токтогулов, whom the bank knows by name and as a man, sends Айгуль Асанова's passport.
    let bakyt = bank.sign_in(BAKYT).await;
    let photos = bank.photos(&bakyt).await;
    let id = bank.submit(&bakyt, "k1", &application(&photos, bank.today())).await.text("application_id");
    let refused = bank.decided(&bakyt, &id).await;
    assert_eq!((refused.text("status"), refused.text("reason")), ("rejected".into(), "not_the_customer".into()));
    assert!(refused.text("message").contains("своим паспортом"), "{:?}", refused.body);
    assert_eq!(bank.profile(&bakyt).await["kyc_status"], "rejected");

    // His own, typed in capitals with spaces around, without a patronymic: approved.
    let own = passport_of(application(&photos, bank.today()), " ТОКТОГУЛОВ ", "бакыт", '2');
    let id = bank.submit(&bakyt, "k2", &own).await.text("application_id");
    assert_eq!(bank.decided(&bakyt, &id).await.body["status"], "approved");

    // He heard of each decision.
    let events = bank.call("GET", "/v1/events", Some(&bakyt), None, None).await.body;
    let decided: Vec<(Value, Value)> = events["events"]
        .as_array()
        .map(|all| all.iter().map(|e| (e["kind"].clone(), e["kyc_status"].clone())).collect())
        .unwrap_or_default();
    assert_eq!(decided, vec![(json!("kyc_decided"), json!("rejected")), (json!("kyc_decided"), json!("approved"))]);
}

#[tokio::test]
async fn a_demo_customers_own_name_with_a_personal_number_of_the_other_sex_is_refused() {
    let bank = open();
    // Чынара Мамбетова is a woman: a personal number starting with 2 is a man's.
    let chynara = bank.sign_in(CHYNARA).await;
    let photos = bank.photos(&chynara).await;
    let male = passport_of(application(&photos, bank.today()), "Мамбетова", "Чынара", '2');
    let id = bank.submit(&chynara, "k1", &male).await.text("application_id");
    assert_eq!(bank.decided(&chynara, &id).await.body["reason"], "not_the_customer");
    let female = passport_of(application(&photos, bank.today()), "Мамбетова", "Чынара", '1');
    bank.submit(&chynara, "k2", &female).await.text("application_id");
    // Reading the events decides a review that has fallen due, as reading the application does.
    bank.sandbox.clock().advance(REVIEW_DELAY);
    let events = bank.call("GET", "/v1/events", Some(&chynara), None, None).await.body;
    let last = events["events"].as_array().and_then(|all| all.last().cloned()).unwrap_or_default();
    assert_eq!((last["kind"].clone(), last["kyc_status"].clone()), (json!("kyc_decided"), json!("approved")));
}

#[tokio::test]
async fn photos_no_application_names_are_limited_per_customer_and_day() {
    let bank = open();
    let token = bank.sign_in("+996555000242").await;
    // Nine uploads no application names yet (three tries of each photo) are taken; the tenth waits.
    for n in 0..9 {
        let reply = bank.upload(&token, &format!("up-{n}"), "passport_front", "image/png", &png(&format!("{n}"))).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{n}: {:?}", reply.body);
    }
    let refused = bank.upload(&token, "up-9", "passport_front", "image/png", &png("9")).await;
    assert_eq!(refused.code(), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    let wait = refused.body["retry_after_seconds"].as_u64().expect("says how long");
    assert!((1..=24 * 3600).contains(&wait), "{wait}");
    assert_eq!(bank.count("SELECT COUNT(*) FROM kyc_documents"), 9, "the refused photo is not stored");
    // Another customer is not affected.
    let other = bank.sign_in("+996555000243").await;
    assert_eq!(bank.photos(&other).await.ids().len(), 3);
    // A day later the window has moved on.
    bank.advance(Duration::from_secs(24 * 3600 + 1));
    let later = bank.upload(&token, "up-10", "passport_front", "image/png", &png("10")).await;
    assert_eq!(later.status, StatusCode::CREATED, "{:?}", later.body);
}

#[tokio::test]
async fn photos_an_application_names_do_not_count_against_the_quota() {
    let bank = open();
    let token = bank.sign_in("+996555000244").await;
    let photos = bank.photos(&token).await;
    let submitted = bank.submit(&token, "app-1", &application(&photos, bank.today())).await;
    assert_eq!(submitted.status, StatusCode::CREATED, "{:?}", submitted.body);
    for n in 0..9 {
        let reply =
            bank.upload(&token, &format!("more-{n}"), "passport_back", "image/png", &png(&format!("m{n}"))).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{n}: {:?}", reply.body);
    }
}

#[tokio::test]
async fn a_file_with_a_photos_first_bytes_that_does_not_decode_is_refused() {
    let bank = open();
    let token = bank.sign_in("+996555000245").await;
    let fake = [&png("x")[..40], &[7u8; 2048][..]].concat();
    let reply = bank.upload(&token, "fake", "passport_front", "image/png", &fake).await;
    assert_eq!(reply.code(), (StatusCode::UNPROCESSABLE_ENTITY, "document_invalid"));
    let tiny = picture("tiny", image::ImageFormat::Png);
    let small = image::load_from_memory(&tiny).expect("decodes").thumbnail(100, 80);
    let mut out = std::io::Cursor::new(Vec::new());
    small.write_to(&mut out, image::ImageFormat::Png).expect("encodes");
    let reply = bank.upload(&token, "small", "passport_front", "image/png", out.get_ref()).await;
    assert_eq!(reply.code(), (StatusCode::UNPROCESSABLE_ENTITY, "document_invalid"));
    assert_eq!(bank.count("SELECT COUNT(*) FROM kyc_documents"), 0);
}
