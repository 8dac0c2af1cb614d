import Foundation
import LocalAuthentication
import Security
import WalletKit

/// The core's secure storage on the iOS Keychain: generic passwords of this app, never synced, never in backups
/// (`…ThisDeviceOnly`). An entry whose name ends in `.biometric` (the unlock key) is protected by an access control
/// that needs Face ID or Touch ID of the current enrolment (`.biometryCurrentSet`: a new finger or face makes the
/// key unreadable, and the core turns biometric unlock off); reading it shows the system's prompt through a
/// LocalAuthentication context that says what the lock screen says. A dismissed prompt is
/// `PlatformError.Unavailable` (`KeychainAnswer`, tested in WalletKit): the core then leaves the PIN pad.
///
/// The core calls this on its own threads (never the main one), and a read of the biometric entry waits while the
/// prompt shows, as the system's API does.
final class KeychainSecureStorage: SecureStorage, @unchecked Sendable {
    private let service: String
    private let lock = NSLock()
    private var reason = "Wallet"
    private var cancel = ""

    init(service: String = (Bundle.main.bundleIdentifier ?? "kg.wallet") + ".secure-storage") {
        self.service = service
    }

    /// What the biometric prompt says it is for, in the app's language (the core's `system.biometric_title`, set by
    /// the app from the newest view).
    var promptReason: String {
        get {
            lock.lock()
            defer { lock.unlock() }
            return reason
        }
        set {
            lock.lock()
            reason = newValue
            lock.unlock()
        }
    }

    /// The prompt's button back to the PIN pad (`system.biometric_cancel`); empty: the system's own.
    var promptCancel: String {
        get {
            lock.lock()
            defer { lock.unlock() }
            return cancel
        }
        set {
            lock.lock()
            cancel = newValue
            lock.unlock()
        }
    }

    /// Whether this device can unlock with Face ID or Touch ID now (enrolled, not locked out).
    static func biometricsAvailable() -> Bool {
        var error: NSError?
        return LAContext().canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: &error)
    }

    func get(key: String) throws -> Data? {
        var query = item(key)
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        if SecureEntry.needsBiometry(key) {
            let context = LAContext()
            context.localizedReason = promptReason
            if !promptCancel.isEmpty { context.localizedCancelTitle = promptCancel }
            context.localizedFallbackTitle = "" // no «Enter Password»: the app's PIN is the fallback
            query[kSecUseAuthenticationContext as String] = context
        }
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        switch status {
        case errSecSuccess:
            guard let data = result as? Data else { throw PlatformError.Failed(reason: "the keychain item holds no data") }
            return data
        case errSecItemNotFound:
            return nil
        default:
            throw KeychainAnswer.error(status: status, key: key)
        }
    }

    func put(key: String, value: Data) throws {
        SecItemDelete(item(key) as CFDictionary)
        var attributes = item(key)
        attributes[kSecValueData as String] = value
        if SecureEntry.needsBiometry(key) {
            var error: Unmanaged<CFError>?
            guard let access = SecAccessControlCreateWithFlags(
                nil, kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly, .biometryCurrentSet, &error)
            else {
                throw PlatformError.Failed(reason: "the biometric access control cannot be made")
            }
            attributes[kSecAttrAccessControl as String] = access
        } else {
            attributes[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        }
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else { throw KeychainAnswer.error(status: status, key: key) }
    }

    func delete(key: String) throws {
        let status = SecItemDelete(item(key) as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeychainAnswer.error(status: status, key: key)
        }
    }

    private func item(_ key: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: key,
            kSecAttrSynchronizable as String: false,
        ]
    }
}
