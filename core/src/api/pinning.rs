//! The certificate verifier with pins: the usual chain and name check first (rustls' WebPKI verifier), then the
//! chain it verified must hold a pinned key — the leaf's, an intermediate's or the root's.
//!
//! The pins are looked for in the verified path, never in the certificates the server merely sent: a server holding a
//! certificate mis-issued by any trusted authority could otherwise send the bank's real intermediate beside it (a
//! certificate is public) and pass (OkHttp's CVE-2016-2402).

use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, OtherError, RootCertStore, SignatureScheme};
use webpki::{EndEntityCert, KeyUsage, VerifiedPath};

use super::pins::{Pins, SpkiPin};

/// The handshake's error when the chain is valid but holds no pinned key (inside
/// `rustls::Error::InvalidCertificate(CertificateError::Other(..))`, where the client finds it again).
#[derive(Debug, thiserror::Error)]
#[error("no key in the server's verified certificate chain is pinned")]
pub struct PinMismatch;

#[derive(Debug)]
pub struct PinnedVerifier {
    standard: Arc<WebPkiServerVerifier>,
    roots: Arc<RootCertStore>,
    algorithms: WebPkiSupportedAlgorithms,
    pins: Pins,
}

impl PinnedVerifier {
    pub fn new(
        roots: Arc<RootCertStore>,
        pins: Pins,
        provider: &Arc<CryptoProvider>,
    ) -> Result<PinnedVerifier, rustls::client::VerifierBuilderError> {
        let standard = WebPkiServerVerifier::builder_with_provider(roots.clone(), provider.clone()).build()?;
        Ok(PinnedVerifier { standard, roots, algorithms: provider.signature_verification_algorithms, pins })
    }

    fn holds_a_pin(&self, path: &VerifiedPath<'_>) -> bool {
        let leaf = SpkiPin::of_spki(path.end_entity().subject_public_key_info().as_ref());
        let intermediates =
            path.intermediate_certificates().map(|cert| SpkiPin::of_spki(cert.subject_public_key_info().as_ref()));
        let root = SpkiPin::of_spki_contents(path.anchor().subject_public_key_info.as_ref());
        std::iter::once(leaf).chain(intermediates).chain(std::iter::once(root)).any(|pin| self.pins.contains(&pin))
    }
}

impl ServerCertVerifier for PinnedVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verified = self.standard.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)?;
        // rustls does not hand out the path it verified, so build it again with the same roots, certificates and time
        // (a few signature checks, once per new connection), asking path building to accept only a pinned path: where
        // the server's certificates allow several paths (cross-signed roots), any pinned one will do.
        let leaf = EndEntityCert::try_from(end_entity)
            .map_err(|_| rustls::Error::InvalidCertificate(CertificateError::BadEncoding))?;
        let pinned = |path: &VerifiedPath<'_>| {
            if self.holds_a_pin(path) { Ok(()) } else { Err(webpki::Error::UnknownIssuer) }
        };
        // The standard check passed on these same inputs, so a failure here can only be the pins.
        leaf.verify_for_usage(
            self.algorithms.all,
            &self.roots.roots,
            intermediates,
            now,
            KeyUsage::server_auth(),
            None,
            Some(&pinned),
        )
        .map(|_| verified)
        .map_err(|_| rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(PinMismatch)))))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        signature: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.standard.verify_tls12_signature(message, cert, signature)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        signature: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.standard.verify_tls13_signature(message, cert, signature)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.standard.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    use super::*;

    /// A self-signed P-256 certificate for api.bank.example made by openssl, and its pin as docs/security.md has
    /// ops compute it: `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256
    /// -binary | openssl enc -base64`.
    const OPENSSL_CERT: &str = "MIIBqTCCAVCgAwIBAgIUPODiAmtbim4Aykbp0P+ZgGZ7HR4wCgYIKoZIzj0EAwIwGzEZMBcGA1UEAwwQYXBpLmJhbmsu\
        ZXhhbXBsZTAgFw0yNjEyMDcwNTU2NDNaGA8yMTI2MTExMzA1NTY0M1owGzEZMBcGA1UEAwwQYXBpLmJhbmsuZXhhbXBsZTBZMBMGByqGSM49AgEG\
        CCqGSM49AwEHA0IABIyZ7QqqnmgW813mFBEkik9YHA+LlqSMbvL+VOgwbu7KG5EeCAoLbcxjmWRv8tx/f+WjPjEMR5dq6KIe49eRQmOjcDBuMB0G\
        A1UdDgQWBBQRRvLyPT3+f2yoko13ibwCZwUNwzAfBgNVHSMEGDAWgBQRRvLyPT3+f2yoko13ibwCZwUNwzAPBgNVHRMBAf8EBTADAQH/MBsGA1Ud\
        EQQUMBKCEGFwaS5iYW5rLmV4YW1wbGUwCgYIKoZIzj0EAwIDRwAwRAIgRFgnb7AKjO9GNjsWQ9gd2D6r11kwX7i5cthiZ07Rrz4CICLvW0K3PsKL\
        Aw1BnrXvv3ZFm6Xtqay/IU0gofn1MXdB";
    const OPENSSL_PIN: &str = "sha256/cuPQkjmc4dW8SLt0WbyjDrkcS8YnxzLBRDWNMANFJZ8=";

    #[test]
    fn a_certificate_s_pin_is_what_openssl_computes_as_leaf_or_as_root() {
        let der = CertificateDer::from(STANDARD.decode(OPENSSL_CERT).expect("base64"));
        let leaf = EndEntityCert::try_from(&der).expect("certificate");
        assert_eq!(SpkiPin::of_spki(leaf.subject_public_key_info().as_ref()).to_string(), OPENSSL_PIN);
        let anchor = webpki::anchor_from_trusted_cert(&der).expect("anchor");
        assert_eq!(SpkiPin::of_spki_contents(anchor.subject_public_key_info.as_ref()).to_string(), OPENSSL_PIN);
    }
}
