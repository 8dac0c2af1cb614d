import Foundation
import XCTest
@testable import WalletKit

/// The rules inside the device adapters, which need no device: how the Keychain's answers reach the core, how
/// accelerometer readings are batched, how pushes become events, which recognised lines are the MRZ, and what the
/// app tells the core about itself.
final class AdapterTests: XCTestCase {
    func testACancelledPromptIsUnavailableAndOtherKeychainFailuresAreFailed() {
        for code in [KeychainAnswer.laUserCancel, KeychainAnswer.laSystemCancel, KeychainAnswer.laAppCancel,
                     KeychainAnswer.laUserFallback, KeychainAnswer.laAuthenticationFailed,
                     KeychainAnswer.laBiometryLockout, KeychainAnswer.laBiometryNotEnrolled] {
            guard case .Unavailable = KeychainAnswer.error(laCode: code) else { return XCTFail("LAError \(code)") }
        }
        guard case .Failed = KeychainAnswer.error(laCode: KeychainAnswer.laInvalidContext) else { return XCTFail() }
        for status in [KeychainAnswer.userCanceled, KeychainAnswer.authFailed, KeychainAnswer.interactionNotAllowed] {
            guard case .Unavailable = KeychainAnswer.error(status: status, key: "x.biometric") else {
                return XCTFail("status \(status)")
            }
        }
        guard case .Failed(let reason) = KeychainAnswer.error(status: -34018, key: "wallet.data-key.v1") else {
            return XCTFail()
        }
        XCTAssertFalse(reason.contains("wallet.data-key"), "an entry's name is not logged")
        XCTAssertTrue(SecureEntry.needsBiometry("wallet.unlock-key.v1.biometric"))
        XCTAssertFalse(SecureEntry.needsBiometry("wallet.session-token.v1"))
    }

    func testAccelerometerReadingsGoToTheCoreInHalfSecondBatchesInMetresPerSecondSquared() throws {
        var batcher = ShakeBatcher()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var batches: [[AccelSample]] = []
        for index in 0..<100 {
            let at = start.addingTimeInterval(Double(index) / ShakeBatcher.rateHz)
            if let batch = batcher.add(x: 0, y: 0, z: -1, at: at) { batches.append(batch) }
        }
        if let rest = batcher.flush() { batches.append(rest) }
        XCTAssertEqual(batches.flatMap { $0 }.count, 100, "every reading sent once")
        XCTAssertEqual(batches.first?.count, 26, "about 25 every 0.5 s at 50 Hz")
        let first = try XCTUnwrap(batches.first?.first)
        XCTAssertEqual(first.tMs, 1_800_000_000_000, "the wall clock, in ms")
        XCTAssertEqual(Double(first.z), -9.80665, accuracy: 0.0001, "1 g of gravity")
        let times = batches.flatMap { $0 }.map(\.tMs)
        XCTAssertEqual(times, times.sorted())
        XCTAssertNil(batcher.flush())
    }

    func testAnApnsTokenIsHexAndAPushCarriesOnlyTheBanksEventId() {
        XCTAssertEqual(PushMessage.apnsToken(Data([0x00, 0x0f, 0xa0, 0xff])), "000fa0ff")
        let payload: [AnyHashable: Any] = ["aps": ["content-available": 1], "event_id": "7f1c", "kind": "money_in"]
        XCTAssertEqual(PushMessage.eventId(payload), "7f1c")
        XCTAssertNil(PushMessage.eventId(["aps": ["alert": "x"]]))
        XCTAssertNil(PushMessage.eventId(["event_id": ""]))
    }

    func testTheMachineReadableZoneIsFoundAmongRecognisedLines() {
        let td1 = [
            "IDKGZAN12345674<<<<<<<<<<<<<<<",
            "9005143F3001013KGZ<<<<<<<<<<<6",
            "ASANOVA<<AIGUL<<<<<<<<<<<<<<<<",
        ]
        let recognised = ["ПАСПОРТ", "KYRGYZ REPUBLIC", "IDKGZAN1234567 4<<<<<<<<<<<<<<<", td1[1], "asanova«aigul<<<<<<<<<<<<<<<<"]
        XCTAssertEqual(MrzLines.find(in: recognised), td1)
        XCTAssertNil(MrzLines.find(in: ["ПАСПОРТ", td1[0]]), "not all of it yet")
    }

    func testTheCoreIsToldTheDevicesLanguageTimeZoneAndTheBankFromInfoPlist() throws {
        let bishkek = try XCTUnwrap(TimeZone(identifier: "Asia/Bishkek"))
        let config = WalletSetup.config(
            dataDirectory: URL(fileURLWithPath: "/data/wallet"), bank: nil, preferredLanguages: ["ky-KG", "ru-RU"],
            timeZone: bishkek, biometricsAvailable: true)
        XCTAssertEqual(config.dataDir, "/data/wallet")
        XCTAssertEqual(config.deviceLocale, "ky-KG")
        XCTAssertEqual(config.utcOffsetMinutes, 360)
        XCTAssertTrue(config.biometricsAvailable)

        XCTAssertNil(WalletSetup.bank(infoDictionary: [:]), "no bank configured: the app works on the phone only")
        XCTAssertNil(WalletSetup.bank(infoDictionary: ["WalletBankURL": "https://api.bank.kg", "WalletBankPublicKey": ""]))
        let bank = try XCTUnwrap(WalletSetup.bank(infoDictionary: [
            "WalletBankURL": "https://api.bank.kg", "WalletBankPublicKey": "a2V5", "WalletOfflineLimitMinor": "100000",
        ]))
        XCTAssertEqual(bank.url, "https://api.bank.kg")
        XCTAssertEqual(bank.offlineLimitMinor, 100_000)
        XCTAssertEqual(bank.qrProviderId, "qr.sandbox.kg")
        XCTAssertEqual(bank.pins, [], "no pins written: no pinning (the sandbox)")
        let pinned = try XCTUnwrap(WalletSetup.bank(infoDictionary: [
            "WalletBankURL": "https://api.bank.kg", "WalletBankPublicKey": "a2V5",
            "WalletBankPins": " sha256/AAAA= , sha256/BBBB=,",
        ]))
        XCTAssertEqual(pinned.pins, ["sha256/AAAA=", "sha256/BBBB="], "each pin trimmed, empty ones dropped")
    }

    func testBackClosesTheDialogThenTheShareSheetThenGoesBack() {
        let back = Action(label: "Назад", event: .back, enabled: true)
        let cancel = Action(label: "Отмена", event: .dialog(.cancel), enabled: true)
        let dialog = DialogView(title: "Выйти?", text: "", confirm: Action(label: "Выйти", event: .dialog(.confirm),
                                enabled: true), cancel: cancel, destructive: true)
        let sheet = ShareSheet(title: "Квитанция", text: "", files: [],
                               close: Action(label: "Закрыть", event: .shareClosed, enabled: true))
        var view = FakeCore.view(revision: 1)
        XCTAssertNil(view.backEvent)
        view = ViewModel(revision: 2, language: .ru, back: back, notice: nil, dialog: nil, share: sheet, system: view.system, screen: view.screen)
        XCTAssertEqual(view.backEvent, .shareClosed)
        view = ViewModel(revision: 3, language: .ru, back: back, notice: nil, dialog: dialog, share: sheet, system: view.system, screen: view.screen)
        XCTAssertEqual(view.backEvent, .dialog(.cancel))
        view = ViewModel(revision: 4, language: .ru, back: back, notice: nil, dialog: nil, share: nil, system: view.system, screen: view.screen)
        XCTAssertEqual(view.backEvent, .back)
        XCTAssertEqual(view.screen.kind, "language")
        XCTAssertEqual(view.screen.title, "Выберите язык")
    }

    func testTheShareSheetGetsTheTextAloneWhenThereAreNoFilesAndTheFilesAfterTheSentence() {
        let close = Action(label: "Закрыть", event: .shareClosed, enabled: true)
        let details = ShareSheet(title: "Поделиться реквизитами", text: "Реквизиты\nБИК: 123", files: [], close: close)
        XCTAssertEqual(details.shareItems.text, "Реквизиты\nБИК: 123")
        XCTAssertEqual(details.shareItems.files, [], "the account's details: a text, no files")
        let png = SharedFile(name: "receipt.png", mimeType: "image/png", path: "/data/share/receipt.png")
        let receipt = ShareSheet(title: "Квитанция", text: "", files: [png], close: close)
        XCTAssertNil(receipt.shareItems.text, "no empty sentence")
        XCTAssertEqual(receipt.shareItems.files, [URL(fileURLWithPath: "/data/share/receipt.png")])
    }
}
