import Foundation

// The device's capabilities, as small protocols the app's adapters implement (ios/WalletApp/Adapters) and UI tests
// replace (a sensor that replays a trace, contacts in memory), with the parts that are plain rules kept here so the
// tests check them on Linux: how a Keychain answer becomes a `PlatformError`, how accelerometer readings are batched
// for the core, how an APNs token and a push's payload become events, which recognised lines are a passport's
// machine-readable zone.

// MARK: - Secure storage

/// Names of secure-storage entries. An entry whose name ends in `.biometric` is kept behind biometry: the Keychain
/// item has an access control that needs Face ID or Touch ID (the current set), and reading it shows the system's
/// prompt (docs/architecture.md, «Biometric unlock is a key, not a flag»).
public enum SecureEntry {
    public static let biometricSuffix = ".biometric"

    public static func needsBiometry(_ key: String) -> Bool {
        key.hasSuffix(biometricSuffix)
    }
}

/// How the Keychain's and LocalAuthentication's answers reach the core. The core reads `Unavailable` on a biometric
/// entry as «the person cancelled the prompt» (the lock screen stays, biometrics stay offered); `Failed` as a fault.
public enum KeychainAnswer {
    // Security.framework's OSStatus values (SecBase.h), spelled out so this compiles where Security does not exist.
    public static let success: Int32 = 0
    public static let itemNotFound: Int32 = -25300
    public static let userCanceled: Int32 = -128
    public static let authFailed: Int32 = -25293
    public static let interactionNotAllowed: Int32 = -25308
    public static let notAvailable: Int32 = -25291
    // LAError.Code raw values (LAError.h).
    public static let laAuthenticationFailed = -1
    public static let laUserCancel = -2
    public static let laUserFallback = -3
    public static let laSystemCancel = -4
    public static let laPasscodeNotSet = -5
    public static let laBiometryNotAvailable = -6
    public static let laBiometryNotEnrolled = -7
    public static let laBiometryLockout = -8
    public static let laAppCancel = -9
    public static let laInvalidContext = -10
    public static let laNotInteractive = -1004

    /// A Keychain status other than success or «not found» (which is `nil`, not an error), as the core's error.
    /// A prompt the person dismissed, a device still locked after a reboot, a prompt that could not show: all
    /// `Unavailable` (try again later, or the PIN). Anything else: `Failed`.
    public static func error(status: Int32, key: String) -> PlatformError {
        switch status {
        case userCanceled:
            return .Unavailable(reason: "the biometric prompt was cancelled")
        case authFailed:
            return .Unavailable(reason: "the biometric check did not pass")
        case interactionNotAllowed, notAvailable:
            return .Unavailable(reason: "the keychain cannot be read now (the device is locked)")
        default:
            return .Failed(reason: "keychain status \(status) for \(SecureEntry.needsBiometry(key) ? "a biometric" : "an") entry")
        }
    }

    /// LocalAuthentication's refusal (an `LAError` code) as the core's error: a cancelled or failed prompt, biometry
    /// locked out, not enrolled or gone, or no passcode: `Unavailable` (the PIN opens the app instead).
    public static func error(laCode: Int) -> PlatformError {
        switch laCode {
        case laUserCancel, laSystemCancel, laAppCancel, laUserFallback:
            return .Unavailable(reason: "the biometric prompt was cancelled")
        case laAuthenticationFailed:
            return .Unavailable(reason: "the biometric check did not pass")
        case laBiometryLockout, laBiometryNotAvailable, laBiometryNotEnrolled, laPasscodeNotSet, laNotInteractive:
            return .Unavailable(reason: "biometry cannot be used now (code \(laCode))")
        default:
            return .Failed(reason: "LocalAuthentication error \(laCode)")
        }
    }
}

/// A secure storage that keeps everything in memory: previews, UI tests, and a device without a Keychain.
public final class MemorySecureStorage: SecureStorage, @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: Data] = [:]

    public init() {}

    public func get(key: String) throws -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    public func put(key: String, value: Data) throws {
        lock.lock()
        defer { lock.unlock() }
        entries[key] = value
    }

    public func delete(key: String) throws {
        lock.lock()
        defer { lock.unlock() }
        entries.removeValue(forKey: key)
    }

    /// What is kept now.
    public var snapshot: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}

// MARK: - Shake

/// The accelerometer, at the rate asked, while the shake screen says `listening` (CoreMotion on a phone).
public protocol ShakeSensor: AnyObject {
    /// Starts delivering readings in g (gravity included, as CMAccelerometerData gives them), each with its time.
    func start(rateHz: Double, onReading: @escaping @Sendable (_ x: Double, _ y: Double, _ z: Double, _ at: Date) -> Void)
    func stop()
}

/// Readings gathered into the batches the core reads (`ShakeEvent.samples`): m/s² with gravity, times on the wall
/// clock in milliseconds since the Unix epoch, about 25 every 0.5 s.
public struct ShakeBatcher: Sendable {
    /// The rate the core's detector is tuned for: 50 readings a second.
    public static let rateHz = 50.0
    /// Standard gravity, m/s² per g.
    public static let gravity = 9.80665

    public let interval: TimeInterval
    private var batch: [AccelSample] = []
    private var firstAt: Date?

    public init(interval: TimeInterval = 0.5) {
        self.interval = interval
    }

    /// Adds a reading in g; returns a batch when `interval` has passed since the batch's first reading.
    public mutating func add(x: Double, y: Double, z: Double, at date: Date) -> [AccelSample]? {
        let sample = AccelSample(
            tMs: Int64((date.timeIntervalSince1970 * 1000).rounded()),
            x: Float(x * Self.gravity), y: Float(y * Self.gravity), z: Float(z * Self.gravity))
        batch.append(sample)
        let first = firstAt ?? date
        firstAt = first
        guard date.timeIntervalSince(first) >= interval else { return nil }
        return flush()
    }

    /// What is gathered, and a fresh batch (when listening stops, the rest is sent).
    public mutating func flush() -> [AccelSample]? {
        defer {
            batch = []
            firstAt = nil
        }
        return batch.isEmpty ? nil : batch
    }
}

// MARK: - Contacts

/// The address book behind its permission (the Contacts framework on a phone).
public protocol ContactsSource: AnyObject {
    /// Asks for access the first time; the contacts with a phone number, one per number, or `nil` when refused.
    func read() async -> [DeviceContact]?
}

// MARK: - Pushes

public enum PushMessage {
    /// The APNs device token as the bank takes it: lowercase hex.
    public static func apnsToken(_ token: Data) -> String {
        token.map { String(format: "%02x", $0) }.joined()
    }

    /// The bank's event id in a push's payload (`{"aps": {…}, "event_id": "…", "kind": "…"}`): the only thing it
    /// carries besides the kind, so the core syncs at once. `nil` for another app's or a malformed payload.
    public static func eventId(_ payload: [AnyHashable: Any]) -> String? {
        guard let id = payload["event_id"] as? String, !id.isEmpty else { return nil }
        return id
    }
}

// MARK: - The passport's machine-readable zone

public enum MrzLines {
    /// The machine-readable zone among the lines text recognition found on the back of an ID card (TD1: three
    /// lines of 30) or a passport's page (TD3: two of 44), as the core's `KycEvent.mrzRead` takes them; `nil` when
    /// they are not all there. Spaces are dropped and `«` read as `<<` (a common misreading); the core checks the
    /// digits.
    public static func find(in recognised: [String]) -> [String]? {
        let lines = recognised.map(normalise).filter { $0.count >= 30 && $0.contains("<") }
        for length in [30, 44] {
            let run = lines.filter { $0.count == length }
            let count = length == 30 ? 3 : 2
            if run.count >= count { return Array(run.suffix(count)) }
        }
        return nil
    }

    static func normalise(_ line: String) -> String {
        line.uppercased()
            .replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "«", with: "<<")
            .replacingOccurrences(of: "‹", with: "<")
    }
}

// MARK: - Share sheet

extension ShareSheet {
    /// What the system's share sheet is handed: the sentence (when there is one), then the files as file URLs. A
    /// receipt comes as its PNG and PDF with a sentence; the account's details («Поделиться реквизитами») as the text
    /// alone, with no files.
    public var shareItems: (text: String?, files: [URL]) {
        (text.isEmpty ? nil : text, files.map { URL(fileURLWithPath: $0.path) })
    }
}
