//! Creating an operation as the bank grows (issue 19, item 3; `docs/benchmarks.md`, "The sandbox bank as it
//! grows"): Айгуль makes transfers through the bank's HTTP router in-process while the database holds 0, 10 000,
//! 100 000 and 1 000 000 other customers' operations, spread over the past year. Each operation checks
//! the single, daily and monthly limits, which sum the payer's operations of the Bishkek day and month: with the
//! index by payer and time that is a range of the payer's rows, not a scan of everybody's. Prints the rate and the
//! latencies; asserts nothing about time.
//!
//!     cargo bench -p wallet-sandbox --bench create_operation
//!     WALLET_BENCH_QUICK=1 cargo test -p wallet-sandbox --bench create_operation   # 0 and 10 000, fewer calls

use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, header};
use rusqlite::params;
use serde_json::{Value, json};
use tower::ServiceExt;
use wallet_sandbox::banking::rfc3339;
use wallet_sandbox::seed::{CUSTOMERS, account_id};
use wallet_sandbox::{Sandbox, SandboxConfig};

const AIGUL: &str = CUSTOMERS[0].1;
const BAKYT: &str = CUSTOMERS[1].1;

async fn call(app: &Router, method: &str, path: &str, token: Option<&str>, key: Option<&str>, body: Value) -> Value {
    let mut request = Request::builder().method(method).uri(path).header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    let body = if method == "GET" { Body::empty() } else { Body::from(body.to_string()) };
    let response = app.clone().oneshot(request.body(body).expect("request")).await.expect("response");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.expect("body");
    let value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    assert!(status.is_success(), "{method} {path}: {status} {value}");
    value
}

async fn sign_in(app: &Router, phone: &str) -> String {
    let challenge = call(app, "POST", "/v1/auth/sms", None, None, json!({ "phone": phone })).await;
    let sms = call(
        app,
        "GET",
        &format!("/dev/sms?phone={}&kind=sign_in", phone.replace('+', "%2B")),
        None,
        None,
        json!(null),
    )
    .await;
    let body = json!({ "challenge_id": challenge["challenge_id"], "code": sms["code"], "device_id": "bench" });
    call(app, "POST", "/v1/auth/sms/verify", None, None, body).await["token"].as_str().expect("token").to_owned()
}

/// Adds executed operations of 1 tyiyn (a hundredth of a som) each until the table holds `total` besides the
/// demo's, spread over the other demo customers' accounts and the past year.
fn fill(sandbox: &Sandbox, from: usize, total: usize) {
    // Everybody's but the payer's: what grows is the bank, not her own month (which the limits must sum).
    let others = &CUSTOMERS[1..];
    let accounts: Vec<String> = others.iter().map(|customer| account_id(customer.1)).collect();
    let now = sandbox.clock().now();
    sandbox.db().with_blocking(|conn| {
        let tx = conn.transaction().expect("transaction");
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO operations (operation_id, payer_account_id, kind, amount_minor, fee_minor, currency,
                        status, created_at, updated_at, execute_after_ms)
                     VALUES (?1, ?2, 'payment', 1, 0, ?3, 'executed', ?4, ?4, 0)",
                )
                .expect("insert");
            for n in from..total {
                let account = n % accounts.len();
                // Spread over the past year's minutes (7919 is prime to a year's 525 600), accounts interleaved.
                let minutes = i64::try_from(n.wrapping_mul(7919) % 525_600).expect("under a year");
                let at = rfc3339(now - time::Duration::minutes(minutes));
                let currency = others[account].2;
                insert.execute(params![format!("bench-{n}"), accounts[account], currency, at]).expect("row");
            }
        }
        tx.commit().expect("commit");
    });
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    // Index arithmetic on a count, not money.
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn main() {
    let quick = std::env::var_os("WALLET_BENCH_QUICK").is_some();
    let levels: &[usize] = if quick { &[0, 10_000] } else { &[0, 10_000, 100_000, 1_000_000] };
    let calls = if quick { 50 } else { 400 };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let sandbox = Sandbox::open(SandboxConfig::new(dir.path().join("bank.sqlite"))).expect("sandbox opens");
    let app = sandbox.router();
    let token = runtime.block_on(sign_in(&app, AIGUL));
    println!("creating an operation (POST /v1/operations, in-process) as the bank grows; {calls} calls a level");
    println!("| other operations in the bank | operations per second | p50 | p99 |");
    println!("|---|---|---|---|");
    let mut filled = 0;
    for &level in levels {
        let started = Instant::now();
        fill(&sandbox, filled, level);
        filled = level;
        let filling = started.elapsed();
        let mut latencies = Vec::with_capacity(calls);
        let all = Instant::now();
        for n in 0..calls {
            let body = json!({
                "account_id": account_id(AIGUL), "amount_minor": 100, "currency": "KGS",
                "recipient": { "type": "phone", "phone": BAKYT },
            });
            let key = format!("bench-{level}-{n}");
            let one = Instant::now();
            runtime.block_on(call(&app, "POST", "/v1/operations", Some(&token), Some(&key), body));
            latencies.push(one.elapsed());
        }
        let rate = calls as f64 / all.elapsed().as_secs_f64();
        latencies.sort_unstable();
        println!(
            "| {level} | {rate:.0} | {:.2} ms | {:.2} ms |   (filled in {:.1} s)",
            percentile(&latencies, 0.5).as_secs_f64() * 1e3,
            percentile(&latencies, 0.99).as_secs_f64() * 1e3,
            filling.as_secs_f64()
        );
    }
}
