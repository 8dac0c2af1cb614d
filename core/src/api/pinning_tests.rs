//! Certificate pinning against a local TLS server on 127.0.0.1, with authorities and certificates made at test
//! time (rcgen): a pinned key anywhere in the verified chain lets requests through (the backup alone too); other keys
//! are a pin mismatch, told as "not the bank" and never retried; the chain check still comes first (a pinned key
//! under an untrusted authority, or on a certificate for another name, is refused); and a pinned certificate that
//! the server merely sends beside another chain does not count.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    PublicKeyData,
};
use ring::digest::{SHA256, digest};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wallet_protocol::{Health, HealthStatus};

use super::{ApiError, BankClient, Pins, RetryPolicy, Timeouts, Trust, TrustFailure};

/// A certificate authority made for one test.
struct Authority {
    issuer: Issuer<'static, KeyPair>,
    certificate: CertificateDer<'static>,
    pin: String,
}

impl Authority {
    fn root(name: &str) -> Authority {
        let key = KeyPair::generate().expect("key");
        let params = authority_params(name);
        let certificate = params.self_signed(&key).expect("root certificate").der().clone();
        Authority { pin: pin_of(&key), issuer: Issuer::new(params, key), certificate }
    }

    fn intermediate(&self, name: &str) -> Authority {
        let key = KeyPair::generate().expect("key");
        let params = authority_params(name);
        let certificate = params.signed_by(&key, &self.issuer).expect("intermediate").der().clone();
        Authority { pin: pin_of(&key), issuer: Issuer::new(params, key), certificate }
    }

    /// A server certificate for `names`, valid from 1975 to 4096 (rcgen's default).
    fn leaf(&self, names: &[&str]) -> Leaf {
        self.leaf_with(names, |_| {})
    }

    fn leaf_with(&self, names: &[&str], adjust: impl FnOnce(&mut CertificateParams)) -> Leaf {
        let key = KeyPair::generate().expect("key");
        let mut params =
            CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>()).expect("names");
        params.distinguished_name.push(DnType::CommonName, names[0]);
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        adjust(&mut params);
        let certificate = params.signed_by(&key, &self.issuer).expect("leaf").der().clone();
        Leaf { pin: pin_of(&key), certificate, key: PrivatePkcs8KeyDer::from(key.serialize_der()) }
    }
}

struct Leaf {
    certificate: CertificateDer<'static>,
    key: PrivatePkcs8KeyDer<'static>,
    pin: String,
}

fn authority_params(name: &str) -> CertificateParams {
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params
}

/// A key's pin computed here from rcgen's SubjectPublicKeyInfo, independently of the client's code.
fn pin_of(key: &KeyPair) -> String {
    format!("sha256/{}", STANDARD.encode(digest(&SHA256, &key.subject_public_key_info())))
}

/// The pin of a key that no server here uses.
fn unused_pin() -> String {
    pin_of(&KeyPair::generate().expect("key"))
}

/// A TLS server on 127.0.0.1 that answers every request with a healthy `/health`, counting the connections it
/// accepted and the requests it read.
struct TlsServer {
    url: String,
    connections: Arc<AtomicU32>,
    requests: Arc<AtomicU32>,
    task: tokio::task::JoinHandle<()>,
}

impl TlsServer {
    async fn start(leaf: &Leaf, chain: &[&CertificateDer<'static>]) -> TlsServer {
        let mut certificates = vec![leaf.certificate.clone()];
        certificates.extend(chain.iter().map(|c| (*c).clone()));
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_no_client_auth()
            .with_single_cert(certificates, PrivateKeyDer::Pkcs8(leaf.key.clone_key()))
            .expect("server certificate");
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("port");
        let url = format!("https://127.0.0.1:{}", listener.local_addr().expect("address").port());
        let (connections, requests) = (Arc::new(AtomicU32::new(0)), Arc::new(AtomicU32::new(0)));
        let counted = (connections.clone(), requests.clone());
        let task = tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                counted.0.fetch_add(1, Ordering::SeqCst);
                let (acceptor, requests) = (acceptor.clone(), counted.1.clone());
                tokio::spawn(async move {
                    // A refused handshake ends here: the client sent no request.
                    let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                    let mut head = Vec::new();
                    let mut buffer = [0u8; 1024];
                    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                        match tls.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(read) => head.extend_from_slice(&buffer[..read]),
                        }
                    }
                    requests.fetch_add(1, Ordering::SeqCst);
                    let health = Health { status: HealthStatus::Ok, api_version: "1".into() };
                    let body = serde_json::to_vec(&health).expect("json");
                    let head = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: \
                         close\r\n\r\n",
                        body.len()
                    );
                    let _ = tls.write_all(head.as_bytes()).await;
                    let _ = tls.write_all(&body).await;
                    let _ = tls.shutdown().await;
                });
            }
        });
        TlsServer { url, connections, requests, task }
    }

    fn connections(&self) -> u32 {
        self.connections.load(Ordering::SeqCst)
    }

    fn requests(&self) -> u32 {
        self.requests.load(Ordering::SeqCst)
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A client trusting only `roots`, with `pins`, and quick retries (four tries) so that a retry would show.
fn client(url: &str, roots: &[&Authority], pins: &[String]) -> BankClient {
    let roots: Vec<_> = roots.iter().map(|a| a.certificate.clone()).collect();
    let trust = Trust::private(&roots, Pins::parse(pins).expect("pins"));
    let retry =
        RetryPolicy { attempts: 4, first_delay: Duration::from_millis(5), max_delay: Duration::from_millis(20) };
    BankClient::with_trust(url, Timeouts::default(), retry, &trust).expect("client")
}

/// A request reached the server and its answer came back.
async fn answered(client: &BankClient) {
    let health = client.health().await.expect("the bank answers");
    assert_eq!(health.status, HealthStatus::Ok);
}

/// The request was refused at the handshake, once, with `failure`, and nothing reached the server.
async fn refused_once(client: &BankClient, server: &TlsServer, failure: TrustFailure) {
    let error = client.health().await.expect_err("refused");
    assert_eq!(error, ApiError::Untrusted(failure));
    assert!(!error.is_transient());
    assert_eq!(server.connections(), 1, "a refused certificate is not tried again");
    assert_eq!(server.requests(), 0, "nothing was sent");
}

#[tokio::test]
async fn a_pinned_leaf_key_lets_requests_through() {
    let bank_ca = Authority::root("Bank CA");
    let leaf = bank_ca.leaf(&["127.0.0.1", "localhost"]);
    let server = TlsServer::start(&leaf, &[]).await;
    answered(&client(&server.url, &[&bank_ca], &[leaf.pin.clone(), unused_pin()])).await;
}

#[tokio::test]
async fn a_pinned_intermediate_or_root_key_lets_requests_through() {
    let root = Authority::root("Bank root");
    let intermediate = root.intermediate("Bank issuing CA");
    let leaf = intermediate.leaf(&["127.0.0.1"]);
    let server = TlsServer::start(&leaf, &[&intermediate.certificate]).await;
    answered(&client(&server.url, &[&root], &[intermediate.pin.clone(), unused_pin()])).await;
    // The root is not among the certificates the server sends: it is found as the verified path's trust anchor.
    answered(&client(&server.url, &[&root], &[unused_pin(), root.pin.clone()])).await;
}

#[tokio::test]
async fn the_backup_pin_alone_is_enough() {
    // The bank has moved to its backup key: the primary pin matches nothing any more.
    let bank_ca = Authority::root("Bank CA");
    let leaf = bank_ca.leaf(&["127.0.0.1"]);
    let server = TlsServer::start(&leaf, &[]).await;
    let primary = unused_pin();
    answered(&client(&server.url, &[&bank_ca], &[primary, leaf.pin.clone()])).await;
}

#[tokio::test]
async fn other_keys_are_a_pin_mismatch_told_as_not_the_bank_and_not_retried() {
    let bank_ca = Authority::root("Bank CA");
    let leaf = bank_ca.leaf(&["127.0.0.1"]);
    let server = TlsServer::start(&leaf, &[]).await;
    let client = client(&server.url, &[&bank_ca], &[unused_pin(), unused_pin()]);
    refused_once(&client, &server, TrustFailure::PinMismatch).await;
    assert_eq!(ApiError::Untrusted(TrustFailure::PinMismatch).message_id(), "bank-untrusted");
}

#[tokio::test]
async fn a_pinned_key_under_an_authority_the_app_does_not_trust_is_refused() {
    let bank_ca = Authority::root("Bank CA");
    let rogue_ca = Authority::root("Bank CA");
    let leaf = rogue_ca.leaf(&["127.0.0.1"]);
    let server = TlsServer::start(&leaf, &[&rogue_ca.certificate]).await;
    let client = client(&server.url, &[&bank_ca], &[leaf.pin.clone(), rogue_ca.pin.clone()]);
    refused_once(&client, &server, TrustFailure::Certificate).await;
}

#[tokio::test]
async fn a_pinned_key_on_a_certificate_for_another_name_is_refused() {
    let bank_ca = Authority::root("Bank CA");
    let leaf = bank_ca.leaf(&["api.bank.example"]);
    let server = TlsServer::start(&leaf, &[]).await;
    let client = client(&server.url, &[&bank_ca], &[leaf.pin.clone(), bank_ca.pin.clone()]);
    refused_once(&client, &server, TrustFailure::Certificate).await;
}

#[tokio::test]
async fn a_pinned_certificate_sent_beside_another_chain_does_not_count() {
    // Another authority the phone trusts issued a certificate for the bank's address (mis-issued, or a hostile
    // network's). Its server sends the bank's real intermediate too — certificates are public — but the chain that
    // verifies does not go through it.
    let bank_root = Authority::root("Bank root");
    let bank_intermediate = bank_root.intermediate("Bank issuing CA");
    let other_ca = Authority::root("Another public CA");
    let impostor = other_ca.leaf(&["127.0.0.1"]);
    let server = TlsServer::start(&impostor, &[&bank_intermediate.certificate]).await;
    let client = client(&server.url, &[&bank_root, &other_ca], &[bank_intermediate.pin.clone(), bank_root.pin.clone()]);
    refused_once(&client, &server, TrustFailure::PinMismatch).await;
}

#[tokio::test]
async fn an_expired_certificate_is_told_as_a_clock_problem() {
    let bank_ca = Authority::root("Bank CA");
    let leaf = bank_ca.leaf_with(&["127.0.0.1"], |params| {
        // Valid only in the 1990s: outside its validity whenever the test runs.
        params.not_before = rcgen::date_time_ymd(1990, 1, 1);
        params.not_after = rcgen::date_time_ymd(1999, 12, 31);
    });
    let server = TlsServer::start(&leaf, &[]).await;
    let client = client(&server.url, &[&bank_ca], &[leaf.pin.clone(), bank_ca.pin.clone()]);
    refused_once(&client, &server, TrustFailure::Clock).await;
    assert_eq!(ApiError::Untrusted(TrustFailure::Clock).message_id(), "bank-untrusted-clock");
}

#[tokio::test]
async fn without_pins_the_chain_check_alone_decides() {
    let bank_ca = Authority::root("Bank CA");
    let leaf = bank_ca.leaf(&["127.0.0.1"]);
    let server = TlsServer::start(&leaf, &[]).await;
    answered(&client(&server.url, &[&bank_ca], &[])).await;

    let rogue_ca = Authority::root("Bank CA");
    let rogue = rogue_ca.leaf(&["127.0.0.1"]);
    let rogue_server = TlsServer::start(&rogue, &[]).await;
    refused_once(&client(&rogue_server.url, &[&bank_ca], &[]), &rogue_server, TrustFailure::Certificate).await;
}
