//! The bank's base URL: HTTPS only, except plain HTTP to this device (the sandbox bank on a desktop).

use reqwest::Url;

use super::error::ApiError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankUrl(Url);

impl BankUrl {
    pub fn parse(text: &str) -> Result<BankUrl, ApiError> {
        let url = Url::parse(text.trim()).map_err(|e| ApiError::InvalidUrl(e.to_string()))?;
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
            None => false,
        };
        match url.scheme() {
            "https" if url.host().is_some() => Ok(BankUrl(url)),
            "http" if loopback => Ok(BankUrl(url)),
            _ => Err(ApiError::InsecureUrl(format!("{}://{}", url.scheme(), url.host_str().unwrap_or("")))),
        }
    }

    /// The URL of an API path: `https://bank.kg/api` + `/v1/accounts`.
    pub fn join(&self, path: &str) -> Result<Url, ApiError> {
        let base = self.0.as_str().trim_end_matches('/');
        Url::parse(&format!("{base}{path}")).map_err(|e| ApiError::InvalidUrl(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_to_this_device() {
        assert!(BankUrl::parse("https://api.bank.kg/wallet").is_ok());
        assert!(BankUrl::parse("http://127.0.0.1:8090").is_ok());
        assert!(BankUrl::parse("http://localhost:8090/").is_ok());
        assert!(BankUrl::parse("http://[::1]:8090").is_ok());
        assert!(matches!(BankUrl::parse("http://api.bank.kg"), Err(ApiError::InsecureUrl(_))));
        assert!(matches!(BankUrl::parse("http://10.0.0.5:8090"), Err(ApiError::InsecureUrl(_))));
        assert!(matches!(BankUrl::parse("ftp://127.0.0.1"), Err(ApiError::InsecureUrl(_))));
        assert!(matches!(BankUrl::parse("not a url"), Err(ApiError::InvalidUrl(_))));
    }

    #[test]
    fn joins_paths_onto_a_base_with_or_without_a_slash() {
        let url = BankUrl::parse("https://api.bank.kg/wallet/").expect("url");
        assert_eq!(url.join("/v1/accounts").expect("join").as_str(), "https://api.bank.kg/wallet/v1/accounts");
        let url = BankUrl::parse("http://127.0.0.1:1").expect("url");
        assert_eq!(url.join("/health").expect("join").as_str(), "http://127.0.0.1:1/health");
    }
}
