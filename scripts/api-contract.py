#!/usr/bin/env python3
"""The bank's API against its document: schemathesis drives a fresh sandbox bank from docs/openapi.yaml.

A sandbox is started on a free port with its own database, Айгуль (a demo customer) signs in the way the phone
does (an SMS code read from the sandbox's /dev/sms), and schemathesis generates requests for every /v1 route and
/health, valid and invalid, with her session. It fails on any answer that is a server error (5xx), whose status the
document does not list, whose body or headers do not match the document's schema, on an invalid request the bank
accepts, and on a valid one it calls malformed (400: a business refusal, 422 with its code, is an answer;
scripts/api-contract.toml). The run is bounded (examples per operation and a time budget) and seeded,
so the same commit makes the same requests.

Left out: /dev (the sandbox's developer routes: faults would make the bank fail on purpose, the clock would move
under the run) and /v1/auth/logout (it would end the session the run uses; the hostile-client tests cover it).

    scripts/api-contract.py --wallet target/debug/wallet --st target/st-venv/bin/st
"""

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

# schemathesis's version, pinned: scripts/test installs exactly this one.
PINNED = "4.32.5"
ROOT = Path(__file__).resolve().parent.parent
PHONE = "+996555123456"  # Айгуль, seeded by the sandbox
DEVICE = "api-contract"
CHECKS = ",".join([
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(base: str, method: str, path: str, body=None) -> dict:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)


def wait_until_serving(base: str, bank: subprocess.Popen) -> None:
    for _ in range(200):
        if bank.poll() is not None:
            sys.exit(f"api-contract: the sandbox stopped (exit {bank.returncode})")
        try:
            with urllib.request.urlopen(base + "/health", timeout=1) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    sys.exit("api-contract: the sandbox did not answer /health with 200 within 10 s")


def sign_in(base: str) -> str:
    challenge = call(base, "POST", "/v1/auth/sms", {"phone": PHONE, "device_id": DEVICE})
    sent = call(base, "GET", "/dev/sms?" + urllib.parse.urlencode({"phone": PHONE, "kind": "sign_in"}))
    grant = call(base, "POST", "/v1/auth/sms/verify",
                 {"challenge_id": challenge["challenge_id"], "code": sent["code"], "device_id": DEVICE})
    return grant["token"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wallet", default=str(ROOT / "target/debug/wallet"), help="the `wallet` binary")
    parser.add_argument("--st", default=str(ROOT / "target/st-venv/bin/st"), help="schemathesis's `st`")
    parser.add_argument("--examples", type=int, default=30, help="test cases per operation and phase")
    parser.add_argument("--max-time", type=int, default=240, help="the run's time budget in seconds")
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--report", help="a folder for schemathesis's JUnit report")
    args = parser.parse_args()
    # schemathesis runs in a temporary folder (its reports stay out of the repository): absolute paths only.
    args.wallet, args.st = str(Path(args.wallet).resolve()), str(Path(args.st).resolve())

    with tempfile.TemporaryDirectory(prefix="api-contract-") as folder:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        bank = subprocess.Popen(
            [args.wallet, "sandbox", "--port", str(port), "--db", str(Path(folder) / "bank.sqlite")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_until_serving(base, bank)
            token = sign_in(base)
            command = [
                args.st, "--config-file", str(ROOT / "scripts/api-contract.toml"), "--no-color",
                "run", str(ROOT / "docs/openapi.yaml"), "--url", base,
                "--header", f"Authorization: Bearer {token}",
                "--checks", CHECKS,
                "--exclude-path-regex", "^/dev/|^/v1/auth/logout$",
                "--phases", "examples,coverage,fuzzing",
                "--max-examples", str(args.examples), "--max-time", str(args.max_time),
                "--seed", str(args.seed), "--workers", "1", "--no-shrink",
                "--suppress-health-check", "all", "--output-truncate", "false",
            ]
            if args.report:
                command += ["--report", "junit", "--report-dir", args.report]
            run = subprocess.run(command, cwd=folder)
        finally:
            bank.terminate()
            _, errors = bank.communicate(timeout=10)
        if "panicked" in errors:
            print(errors, file=sys.stderr)
            print("api-contract: the sandbox panicked during the run", file=sys.stderr)
            return 1
        return run.returncode


if __name__ == "__main__":
    sys.exit(main())
