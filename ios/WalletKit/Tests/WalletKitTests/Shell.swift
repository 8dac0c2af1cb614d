import Foundation
import XCTest
@testable import WalletKit

// These tests start the sandbox bank as a process (Foundation's `Process`), which exists on Linux and macOS only:
// they run against the host library (scripts/test-ios), not in an iOS simulator.
#if os(Linux) || os(macOS)

let pinCode = "5827"
let dataKeyName = "wallet.data-key.v1"
let tokenKeyName = "wallet.session-token.v1"
let biometricKeyName = "wallet.unlock-key.v1.biometric"

/// The demo customers (sandbox/src/seed.rs).
let aigul = "+996555123456"
let bakyt = "+996700654321"
let chynara = "+996777000111"

/// The Keychain as the app's `KeychainSecureStorage` behaves, without the Keychain: entries in memory, and an entry
/// named `….biometric` read only after the "system prompt" (`prompt`) approves; a dismissed prompt throws what the
/// adapter throws for `LAError.userCancel` (`PlatformError.Unavailable`).
final class KeychainDouble: SecureStorage, @unchecked Sendable {
    enum Prompt { case approve, cancel }

    private let lock = NSLock()
    private var entries: [String: Data] = [:]
    private var prompts: [String] = []
    private var answer: Prompt = .approve

    /// What the person does when the prompt shows from now on.
    func promptAnswer(_ prompt: Prompt) {
        lock.lock()
        answer = prompt
        lock.unlock()
    }

    /// The biometric entries read, each read showing the prompt once.
    var promptsShown: [String] {
        lock.lock()
        defer { lock.unlock() }
        return prompts
    }

    var snapshot: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }

    func get(key: String) throws -> Data? {
        lock.lock()
        defer { lock.unlock() }
        if SecureEntry.needsBiometry(key), entries[key] != nil {
            prompts.append(key)
            if answer == .cancel { throw KeychainAnswer.error(laCode: KeychainAnswer.laUserCancel) }
        }
        return entries[key]
    }

    func put(key: String, value: Data) throws {
        lock.lock()
        entries[key] = value
        lock.unlock()
    }

    func delete(key: String) throws {
        lock.lock()
        entries.removeValue(forKey: key)
        lock.unlock()
    }
}

final class ListLogger: WalletKit.Logger, @unchecked Sendable {
    private let lock = NSLock()
    private var all: [String] = []

    func log(level: LogLevel, target: String, message: String) {
        lock.lock()
        all.append("\(level) \(target) \(message)")
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return all
    }
}

/// Where every event reached the core, and whether on the main thread.
final class DispatchLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(event: Event, onMain: Bool)] = []

    func record(_ event: Event) {
        lock.lock()
        entries.append((event, Thread.isMainThread))
        lock.unlock()
    }

    var events: [Event] {
        lock.lock()
        defer { lock.unlock() }
        return entries.map(\.event)
    }

    var onMainThread: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.filter(\.onMain).count
    }
}

/// The real core with the thread of every dispatch written down. It holds the core, the test holds only the log: so
/// closing the host releases the core (and its store) as the app's does.
final class RecordingCore: WalletCoreProtocol, @unchecked Sendable {
    private let core: WalletCore
    private let log: DispatchLog

    init(_ core: WalletCore, log: DispatchLog) {
        self.core = core
        self.log = log
    }

    func dispatch(event: Event) throws {
        log.record(event)
        try core.dispatch(event: event)
    }

    func setListener(listener: ViewListener) {
        core.setListener(listener: listener)
    }

    func view() -> ViewModel {
        core.view()
    }
}

/// A phone with the app installed: its data folder, its Keychain, its configuration.
final class Phone {
    let storage = KeychainDouble()
    let logger = ListLogger()
    let config: CoreConfig
    let dataDir: URL

    init(bank: SandboxBank, biometrics: Bool, locale: String = "ky-KG") throws {
        dataDir = FileManager.default.temporaryDirectory
            .appendingPathComponent("wallet-swift-phone-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        config = CoreConfig(
            dataDir: dataDir.path,
            deviceLocale: locale,
            bank: BankConfig(url: bank.url, publicKey: try bank.publicKey(), offlineLimitMinor: 5_000_000),
            utcOffsetMinutes: 360,
            biometricsAvailable: biometrics
        )
    }

    /// The app started: the core opened off the main thread (as the app does), wrapped in a `WalletHost`.
    func open() throws -> Shell {
        let log = DispatchLog()
        let config = config
        let platform = Platform(secureStorage: storage, logger: logger)
        let opened = try DispatchQueue.global(qos: .userInitiated).sync {
            try WalletCore(config: config, platform: platform)
        }
        let rejected = Rejections()
        let host = WalletHost(core: RecordingCore(opened, log: log)) { event, error in rejected.add(event, error) }
        let shell = Shell(host: host, dispatched: log, rejected: rejected)
        // What the app does as its scene becomes active and NWPathMonitor first answers.
        host.phase(.active)
        host.network(online: true)
        return shell
    }

    func delete() {
        try? FileManager.default.removeItem(at: dataDir)
    }
}

/// The app's shell without SwiftUI: a `WalletHost`, and what reached the main actor (mirrors WizardTest.kt's Shell).
/// Tests run on XCTest's main thread; waiting spins the main run loop, so the host's hops to the main actor run.
final class Shell {
    let host: WalletHost
    let dispatched: DispatchLog
    let rejected: Rejections
    /// Every view shown on the main actor, in order, with whether it arrived on the main thread.
    private(set) var shown: [(revision: UInt64, onMain: Bool)] = []
    private var observation: ViewObservation?

    init(host: WalletHost, dispatched: DispatchLog, rejected: Rejections) {
        self.host = host
        self.dispatched = dispatched
        self.rejected = rejected
        MainActor.assumeIsolated {
            observation = host.state.observe { [unowned self] view in
                shown.append((view.revision, Thread.isMainThread))
            }
        }
    }

    /// The newest view on the main actor.
    var view: ViewModel {
        MainActor.assumeIsolated { host.state.view }
    }

    /// The view now if it is `wanted`, else the first newer one that is, waiting up to `timeout` seconds.
    @discardableResult
    func until(_ what: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
               _ wanted: (ViewModel) -> Bool) throws -> ViewModel {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let newest = view
            if wanted(newest) { return newest }
            if Date() > deadline {
                throw Failure("no view with \(what) within \(Int(timeout)) s; the last is \(newest.screen.kind): \(newest)")
            }
            RunLoop.main.run(until: Date().addingTimeInterval(0.01))
        }
    }

    /// Lets the main run loop run for `seconds` (views hop to the main actor meanwhile).
    func wait(_ seconds: TimeInterval) {
        RunLoop.main.run(until: Date().addingTimeInterval(seconds))
    }

    func send(_ event: Event) {
        host.send(event)
    }

    /// Types a PIN on the pad shown now.
    func typePin(_ pin: String) {
        for digit in pin { send(.pin(.digit(digit: UInt8(String(digit))!))) }
    }

    /// Waits for the PIN pad in `mode`, empty and ready for digits.
    @discardableResult
    func pinPad(_ mode: PinMode) throws -> PinScreen {
        let view = try until("the \(mode) PIN pad") {
            guard case .pin(let pin) = $0.screen else { return false }
            return pin.mode == mode && pin.keysEnabled && pin.entered == 0 && !pin.busy
        }
        guard case .pin(let pin) = view.screen else { throw Failure("not the PIN pad") }
        return pin
    }

    /// The wizard the quick way, with the events the views hand out, for tests whose subject comes after it.
    func onboard(_ bank: SandboxBank, number: String, pin: String = pinCode, biometrics: BiometricsEvent) throws {
        let language = try until("the language screen") { if case .language = $0.screen { true } else { false } }
        guard case .language(let languageScreen) = language.screen else { return }
        send(languageScreen.confirm.event)
        let intro = try until("the intro") { if case .intro = $0.screen { true } else { false } }
        guard case .intro(let introScreen) = intro.screen else { return }
        for _ in 1..<introScreen.pageCount { send(.intro(.next)) }
        send(.intro(.finish))
        try until("the phone screen") { if case .phone = $0.screen { true } else { false } }
        send(.signIn(.editPhone(text: number)))
        send(.signIn(.submitPhone))
        try until("the code screen") { if case .code = $0.screen { true } else { false } }
        send(.signIn(.codeFromSms(code: try bank.sentCode(number))))
        let terms = try until("the terms") { if case .terms = $0.screen { true } else { false } }
        guard case .terms(let termsScreen) = terms.screen else { return }
        for item in termsScreen.items { send(item.toggle) }
        send(.terms(.continue))
        try pinPad(.create)
        typePin(pin)
        try pinPad(.repeat)
        typePin(pin)
        let next = try until("the offer or home") {
            switch $0.screen {
            case .biometrics, .home: true
            default: false
            }
        }
        if case .biometrics = next.screen { send(.biometrics(biometrics)) }
        try until("home with the balance") { $0.home?.balance != nil }
    }

    /// Closes the app: the host dispatches what was sent, then releases the core, which closes its store.
    func close() {
        MainActor.assumeIsolated { observation?.cancel() }
        host.close()
    }
}

extension ViewModel {
    var home: HomeScreen? { if case .home(let s) = screen { s } else { nil } }
    var pin: PinScreen? { if case .pin(let s) = screen { s } else { nil } }
    var terms: TermsScreen? { if case .terms(let s) = screen { s } else { nil } }
    var payConfirm: PayConfirmScreen? { if case .payConfirm(let s) = screen { s } else { nil } }
    var payResult: PayResultScreen? { if case .payResult(let s) = screen { s } else { nil } }
    var operation: OperationScreen? { if case .operation(let s) = screen { s } else { nil } }
    var services: ServicesScreen? { if case .services(let s) = screen { s } else { nil } }
    var servicePay: ServicePayScreen? { if case .servicePay(let s) = screen { s } else { nil } }
    var topUp: TopUpScreen? { if case .topUp(let s) = screen { s } else { nil } }
    var cardTopUp: CardTopUpScreen? { if case .cardTopUp(let s) = screen { s } else { nil } }
    var cardChallenge: CardChallengeScreen? { if case .cardChallenge(let s) = screen { s } else { nil } }
    var topUpResult: TopUpResultScreen? { if case .topUpResult(let s) = screen { s } else { nil } }
}

#endif
