//! Whom the client takes for the bank over TLS: the Mozilla root store's authorities (webpki-roots, the same on every
//! phone whatever its system trusts), and — when the configuration has pins — only a chain holding a pinned key.
//! Also: reading a failed request for the certificate failure behind it.

use std::sync::Arc;

use rustls::{CertificateError, ClientConfig, RootCertStore};

use super::error::TrustFailure;
use super::pinning::{PinMismatch, PinnedVerifier};
use super::pins::Pins;

#[derive(Debug, Clone)]
pub struct Trust {
    roots: Arc<RootCertStore>,
    pins: Pins,
}

impl Trust {
    /// The public authorities of the Mozilla root store, and the pins (none: the chain check alone).
    pub fn public(pins: Pins) -> Trust {
        Trust { roots: Arc::new(RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() }), pins }
    }

    /// Only the given authorities, for tests against a local TLS server with a CA made at test time. Test builds
    /// only: the app has no way to trust another root.
    #[cfg(test)]
    pub fn private(roots: &[rustls::pki_types::CertificateDer<'_>], pins: Pins) -> Trust {
        let mut store = RootCertStore::empty();
        for root in roots {
            store.add(root.clone().into_owned()).expect("a test root");
        }
        Trust { roots: Arc::new(store), pins }
    }

    /// The rustls configuration: the chain check, and the pins on top when there are any.
    pub fn client_config(&self) -> Result<ClientConfig, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?;
        let config = if self.pins.is_empty() {
            builder.with_root_certificates(self.roots.clone())
        } else {
            let verifier =
                PinnedVerifier::new(self.roots.clone(), self.pins.clone(), &provider).map_err(|e| e.to_string())?;
            builder.dangerous().with_custom_certificate_verifier(Arc::new(verifier))
        };
        Ok(config.with_no_client_auth())
    }
}

/// The certificate failure a request ended with, if the TLS handshake refused the server's certificate.
pub fn trust_failure(error: &(dyn std::error::Error + 'static)) -> Option<TrustFailure> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(tls) = error.downcast_ref::<rustls::Error>() {
            return certificate_failure(tls);
        }
        next = match error.downcast_ref::<std::io::Error>() {
            // An io::Error's source() skips the error it wraps (it answers that error's source), so step into it.
            Some(io) => io.get_ref().map(|inner| inner as &(dyn std::error::Error + 'static)),
            None => error.source(),
        };
    }
    None
}

fn certificate_failure(error: &rustls::Error) -> Option<TrustFailure> {
    let rustls::Error::InvalidCertificate(certificate) = error else { return None };
    Some(match certificate {
        CertificateError::Other(other) if other.0.downcast_ref::<PinMismatch>().is_some() => TrustFailure::PinMismatch,
        CertificateError::Expired
        | CertificateError::ExpiredContext { .. }
        | CertificateError::NotValidYet
        | CertificateError::NotValidYetContext { .. } => TrustFailure::Clock,
        _ => TrustFailure::Certificate,
    })
}
