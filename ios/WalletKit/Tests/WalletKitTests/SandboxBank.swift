import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

// These tests start the sandbox bank as a process (Foundation's `Process`), which exists on Linux and macOS only:
// they run against the host library (scripts/test-ios), not in an iOS simulator.
#if os(Linux) || os(macOS)

/// The sandbox bank in a process of its own, as a phone meets it: `wallet sandbox --port 0 --db <temp>/bank.sqlite`
/// on 127.0.0.1, seeded with the demo customers (mirrors tests/kotlin/…/SandboxBank.kt). The binary is the desktop
/// crate's `wallet`: `WALLET_BIN`, else target/debug/wallet (which scripts/test-ios builds first).
final class SandboxBank {
    /// `http://127.0.0.1:<port>`, as the sandbox printed it.
    let url: String
    /// The receipt key the sandbox printed at start.
    let printedKey: String
    private let process: Process
    private let dir: URL
    private let output: Lines

    private init(process: Process, dir: URL, output: Lines, url: String, printedKey: String) {
        self.process = process
        self.dir = dir
        self.output = output
        self.url = url
        self.printedKey = printedKey
    }

    /// Starts the sandbox on a free port and returns once it printed its address and key (up to 20 s).
    static func start() throws -> SandboxBank {
        let binary = ProcessInfo.processInfo.environment["WALLET_BIN"].flatMap { $0.isEmpty ? nil : $0 }
            ?? repositoryRoot.appendingPathComponent("target/debug/wallet").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Failure("\(binary) is missing or not executable: build it with "
                + "`cargo build -p wallet-desktop --bin wallet` (scripts/test-ios does), or point WALLET_BIN at it")
        }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("wallet-swift-bank-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["sandbox", "--port", "0", "--db", dir.appendingPathComponent("bank.sqlite").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read every line for as long as the process lives: it prints each SMS code, and a full pipe would stop it.
        let output = Lines()
        let reader = Thread {
            let handle = pipe.fileHandleForReading
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                output.append(data)
            }
        }
        reader.name = "sandbox-output"
        reader.start()
        let deadline = Date().addingTimeInterval(20)
        while true {
            let text = output.text
            if let url = text.firstMatch(#"Sandbox bank: (http://127\.0\.0\.1:\d+)"#),
               let key = text.firstMatch(#"Receipt key:\s+(\S+)"#) {
                return SandboxBank(process: process, dir: dir, output: output, url: url, printedKey: key)
            }
            if !process.isRunning || Date() > deadline {
                let why = process.isRunning ? "printed no address within 20 s" : "exited (\(process.terminationStatus))"
                if process.isRunning { process.terminate() }
                try? FileManager.default.removeItem(at: dir)
                throw Failure("the sandbox bank \(why):\n\(text)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The bank's Ed25519 receipt key (standard base64), from `GET /v1/keys` as a phone's configuration gets it.
    func publicKey() throws -> String {
        let body = try request("GET", "/v1/keys")
        guard let key = body.firstMatch(#""public_key"\s*:\s*"([^"]+)""#) else {
            throw Failure("no public_key in /v1/keys: \(body)")
        }
        return key
    }

    /// The newest SMS code of `kind` the bank "sent" to `phone` (E.164), from `GET /dev/sms?kind=…&phone=…`: a
    /// sign-in code (`sign_in`), an interbank transfer's (`transfer`), or a card issuer's 3-D Secure code (`card`).
    func sentCode(_ phone: String, kind: String = "sign_in") throws -> String {
        let number = phone.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? phone
        let body = try request("GET", "/dev/sms?kind=\(kind)&phone=\(number)")
        guard let code = body.firstMatch(#""code"\s*:\s*"(\d+)""#) else { throw Failure("no code in /dev/sms: \(body)") }
        return code
    }

    /// What a merchant's till shows for one purchase: a dynamic payment link for `amountMinor`, payable once
    /// (`POST /dev/merchants/{id}/dynamic`, sandbox/src/dev.rs).
    func tillCode(merchant: String, amountMinor: Int64) throws -> String {
        let body = try request("POST", "/dev/merchants/\(merchant)/dynamic", json: ["amount_minor": amountMinor])
        guard let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
              let link = object["link"] as? String
        else { throw Failure("no link in the till's answer: \(body)") }
        return link
    }

    private func request(_ method: String, _ path: String, json: [String: Any]? = nil) throws -> String {
        guard let address = URL(string: url + path) else { throw Failure("bad path \(path)") }
        var request = URLRequest(url: address, timeoutInterval: 10)
        request.httpMethod = method
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let done = DispatchSemaphore(value: 0)
        let answer = Answer()
        URLSession.shared.dataTask(with: request) { data, response, error in
            answer.set(data, (response as? HTTPURLResponse)?.statusCode, error)
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + 15) == .success else { throw Failure("\(method) \(path) timed out") }
        let (data, status, error) = answer.get()
        if let error { throw Failure("\(method) \(path) failed: \(error)") }
        let body = String(decoding: data ?? Data(), as: UTF8.self)
        guard status == 200 else { throw Failure("\(method) \(path) answered \(status ?? -1): \(body)") }
        return body
    }

    /// Stops the process (SIGTERM, then SIGKILL after 5 s) and deletes its database.
    func close() {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: dir)
    }

    var log: String { output.text }
}

/// Bytes a reader thread appends, read as text from the test's thread.
private final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
        lock.lock()
        data.append(more)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}

private final class Answer: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Data?, Int?, Error?) = (nil, nil, nil)

    func set(_ data: Data?, _ status: Int?, _ error: Error?) {
        lock.lock()
        value = (data, status, error)
        lock.unlock()
    }

    func get() -> (Data?, Int?, Error?) {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

#endif
