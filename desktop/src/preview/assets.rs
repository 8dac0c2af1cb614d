//! The page and its scripts, compiled into the binary so `wallet` runs from anywhere.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

const INDEX: &str = include_str!("../../web/index.html");

/// Name, content type, content.
const FILES: &[(&str, &str, &str)] = &[
    ("app.js", "text/javascript; charset=utf-8", include_str!("../../web/app.js")),
    ("screens.js", "text/javascript; charset=utf-8", include_str!("../../web/screens.js")),
    ("widgets.js", "text/javascript; charset=utf-8", include_str!("../../web/widgets.js")),
    ("dialog.js", "text/javascript; charset=utf-8", include_str!("../../web/dialog.js")),
    ("pin.js", "text/javascript; charset=utf-8", include_str!("../../web/pin.js")),
    ("settings.js", "text/javascript; charset=utf-8", include_str!("../../web/settings.js")),
    ("terms.js", "text/javascript; charset=utf-8", include_str!("../../web/terms.js")),
    ("kyc.js", "text/javascript; charset=utf-8", include_str!("../../web/kyc.js")),
    ("pay.js", "text/javascript; charset=utf-8", include_str!("../../web/pay.js")),
    ("receive.js", "text/javascript; charset=utf-8", include_str!("../../web/receive.js")),
    ("transfer.js", "text/javascript; charset=utf-8", include_str!("../../web/transfer.js")),
    ("topup.js", "text/javascript; charset=utf-8", include_str!("../../web/topup.js")),
    ("services.js", "text/javascript; charset=utf-8", include_str!("../../web/services.js")),
    ("favourites.js", "text/javascript; charset=utf-8", include_str!("../../web/favourites.js")),
    ("shake.js", "text/javascript; charset=utf-8", include_str!("../../web/shake.js")),
    ("split.js", "text/javascript; charset=utf-8", include_str!("../../web/split.js")),
    ("inbox.js", "text/javascript; charset=utf-8", include_str!("../../web/inbox.js")),
    ("share.js", "text/javascript; charset=utf-8", include_str!("../../web/share.js")),
    ("prompt.js", "text/javascript; charset=utf-8", include_str!("../../web/prompt.js")),
    ("style.css", "text/css; charset=utf-8", include_str!("../../web/style.css")),
];

pub async fn index() -> Html<&'static str> {
    Html(INDEX)
}

pub async fn file(Path(name): Path<String>) -> Response {
    match FILES.iter().find(|(file, _, _)| *file == name) {
        Some((_, content_type, body)) => ([(header::CONTENT_TYPE, *content_type)], *body).into_response(),
        None => (StatusCode::NOT_FOUND, "no such file").into_response(),
    }
}
