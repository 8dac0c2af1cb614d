import Foundation

/// What the app tells the core about itself when it opens it: where its data lives, the device's language and time
/// zone, the bank. Pure (given its inputs), so the tests check it on Linux.
public enum WalletSetup {
    /// The store's folder: `Application Support/wallet` in the app's container, created when missing. On iOS it is
    /// kept out of backups: the data key stays in this device's Keychain (`…ThisDeviceOnly`), so a restored copy
    /// could not be opened anyway (the core would start it again).
    public static func dataDirectory(fileManager: FileManager = .default) throws -> URL {
        let support = try fileManager.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true)
        let folder = support.appendingPathComponent("wallet", isDirectory: true)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        #if os(iOS)
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        var marked = folder
        try marked.setResourceValues(values)
        #endif
        return folder
    }

    /// The core's configuration: the device's first preferred language (`ky-KG`), its offset from UTC now, in
    /// minutes, and whether it can unlock with Face ID or Touch ID.
    public static func config(
        dataDirectory: URL,
        bank: BankConfig?,
        preferredLanguages: [String] = Locale.preferredLanguages,
        timeZone: TimeZone = .current,
        now: Date = Date(),
        biometricsAvailable: Bool
    ) -> CoreConfig {
        CoreConfig(
            dataDir: dataDirectory.path,
            deviceLocale: preferredLanguages.first ?? Locale.current.identifier,
            bank: bank,
            utcOffsetMinutes: Int32(timeZone.secondsFromGMT(for: now) / 60),
            biometricsAvailable: biometricsAvailable
        )
    }

    /// The bank from the app's Info.plist: `WalletBankURL`, `WalletBankPublicKey` (standard base64),
    /// `WalletOfflineLimitMinor` (optional, 5 000 000 tyiyn when absent), `WalletQrProviderId` (optional) and
    /// `WalletBankPins` (the certificate pins, comma-separated `sha256/…`; empty: no pinning, for the sandbox; the
    /// core checks them and refuses to open with a bad one).
    /// `nil` when the URL or the key is missing or empty: the app then works on this phone only.
    public static func bank(infoDictionary: [String: Any]) -> BankConfig? {
        guard
            let url = (infoDictionary["WalletBankURL"] as? String)?.trimmingCharacters(in: .whitespaces),
            let key = (infoDictionary["WalletBankPublicKey"] as? String)?.trimmingCharacters(in: .whitespaces),
            !url.isEmpty, !key.isEmpty
        else { return nil }
        let limit = (infoDictionary["WalletOfflineLimitMinor"] as? NSNumber)?.int64Value
            ?? Int64(infoDictionary["WalletOfflineLimitMinor"] as? String ?? "")
            ?? 5_000_000
        let pins = (infoDictionary["WalletBankPins"] as? String ?? "")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if let provider = infoDictionary["WalletQrProviderId"] as? String, !provider.isEmpty {
            return BankConfig(url: url, publicKey: key, offlineLimitMinor: limit, qrProviderId: provider, pins: pins)
        }
        return BankConfig(url: url, publicKey: key, offlineLimitMinor: limit, pins: pins)
    }
}
