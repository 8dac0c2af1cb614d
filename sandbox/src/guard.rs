//! What a web page on another site must not be able to do to a developer's machine: the `/dev` routes (and the
//! preview's control routes) take only requests addressed to this machine by a local name (a DNS-rebinding page
//! sends its own host name), from no page or a local one (`Origin`), and — for anything that changes state — with a
//! JSON body, which a cross-site form or `text/plain` post cannot send without a CORS preflight this server never
//! answers.

use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use wallet_protocol::ErrorCode;

use crate::error::ApiError;

/// The middleware for routes that change a developer's machine: `Router::layer(from_fn(guard::local_only))`.
pub async fn local_only(request: Request, next: Next) -> Result<Response, ApiError> {
    check(request.method(), request.headers())?;
    Ok(next.run(request).await)
}

/// The middleware for everything a local page may ask (any body): this machine by name, from no page or a local one.
pub async fn same_machine(request: Request, next: Next) -> Result<Response, ApiError> {
    check_source(request.headers())?;
    Ok(next.run(request).await)
}

/// Why a request is refused, if it is: [`check_source`], and a write must be JSON.
pub fn check(method: &Method, headers: &HeaderMap) -> Result<(), ApiError> {
    check_source(headers)?;
    let reads = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if !reads {
        let json = headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/json"));
        if !json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::BadRequest,
                "send Content-Type: application/json",
            ));
        }
    }
    Ok(())
}

/// Refuses a `Host` that is not this machine's own name and an `Origin` that is not a local page.
pub fn check_source(headers: &HeaderMap) -> Result<(), ApiError> {
    let forbidden = |why: &str| ApiError::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden, why);
    if let Some(host) = headers.get(header::HOST) {
        let host = host.to_str().map_err(|_| forbidden("the Host header is not text"))?;
        if !is_local(host) {
            return Err(forbidden("only this machine's own name may be used here (127.0.0.1, localhost)"));
        }
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().map_err(|_| forbidden("the Origin header is not text"))?;
        let local = origin.strip_prefix("http://").is_some_and(is_local);
        if !local {
            return Err(forbidden("requests from other sites are refused"));
        }
    }
    Ok(())
}

/// `127.0.0.1`, `localhost` or `[::1]`, with or without a port.
fn is_local(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or_default()
    } else {
        host.rsplit_once(':')
            .map_or(host, |(name, port)| if port.chars().all(|c| c.is_ascii_digit()) { name } else { host })
    };
    matches!(name.to_ascii_lowercase().as_str(), "127.0.0.1" | "localhost" | "::1")
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        pairs.iter().map(|(name, value)| (name.clone(), HeaderValue::from_str(value).expect("value"))).collect()
    }

    #[test]
    fn only_this_machine_by_name_from_no_page_or_a_local_one_with_json() {
        let json = (header::CONTENT_TYPE, "application/json; charset=utf-8");
        assert!(check(&Method::POST, &headers(&[(header::HOST, "127.0.0.1:8090"), json.clone()])).is_ok());
        assert!(check(&Method::POST, &headers(&[(header::HOST, "localhost"), json.clone()])).is_ok());
        assert!(check(&Method::POST, &headers(&[(header::HOST, "[::1]:8090"), json.clone()])).is_ok());
        assert!(check(&Method::GET, &headers(&[(header::HOST, "127.0.0.1:8090")])).is_ok(), "a read needs no body");
        let origin = (header::ORIGIN, "http://127.0.0.1:8080");
        assert!(check(&Method::POST, &headers(&[origin, json.clone()])).is_ok(), "the preview's own page");

        let refused = |pairs: &[(header::HeaderName, &str)], method: Method| {
            check(&method, &headers(pairs)).err().map(|e| (e.status, e.body.code))
        };
        let forbidden = Some((StatusCode::FORBIDDEN, ErrorCode::Forbidden));
        assert_eq!(
            refused(&[(header::HOST, "evil.example:8090"), json.clone()], Method::POST),
            forbidden,
            "DNS rebinding"
        );
        assert_eq!(refused(&[(header::HOST, "127.0.0.1.evil.example"), json.clone()], Method::GET), forbidden);
        assert_eq!(refused(&[(header::ORIGIN, "https://evil.example"), json.clone()], Method::POST), forbidden);
        assert_eq!(refused(&[(header::ORIGIN, "null"), json.clone()], Method::POST), forbidden);
        let form = (header::CONTENT_TYPE, "text/plain");
        assert_eq!(
            refused(&[form], Method::POST),
            Some((StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::BadRequest)),
            "a cross-site form's text/plain"
        );
        assert_eq!(refused(&[], Method::POST).map(|(status, _)| status), Some(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
}
