import Foundation
import XCTest
@testable import WalletKit

// These tests start the sandbox bank as a process (Foundation's `Process`), which exists on Linux and macOS only:
// they run against the host library (scripts/test-ios), not in an iOS simulator.
#if os(Linux) || os(macOS)

/// Paying through `WalletHost` over the generated Swift against the sandbox bank in a process of its own: the screens
/// the SwiftUI shell draws, with the events they hand out (mirrors tests/kotlin/…/PayTest.kt and tests/rust/pay.rs).
final class PayTests: XCTestCase {
    private var bank: SandboxBank!
    private var phone: Phone!

    override func setUpWithError() throws {
        bank = try SandboxBank.start()
        phone = try Phone(bank: bank, biometrics: false, locale: "ru-RU")
    }

    override func tearDown() {
        bank?.close()
        phone?.delete()
    }

    /// A till's one-time code, as the camera reads it: the confirmation with the amount fixed and no fee inside the
    /// bank, the PIN repeating what it confirms, then the result screen following the payment to «Оплачено», and
    /// «Квитанция» with the bank's receipt verified.
    func testATillsCodeIsPaidWithThePinAndTheResultFollowsItToExecuted() throws {
        let shell = try phone.open()
        defer { shell.close() }
        try shell.onboard(bank, number: aigul, biometrics: .skip)
        let link = try bank.tillCode(merchant: "navat-cafe", amountMinor: 55_600)

        let home = try XCTUnwrap(shell.view.home)
        let scan = try XCTUnwrap(home.payQr, "home offers paying by QR")
        XCTAssertEqual(scan.label, "Оплатить по QR")
        shell.send(scan.event)
        try shell.until("the scanner") { if case .payScan = $0.screen { true } else { false } }
        // What the QR scanner adapter sends for the code it reads.
        shell.send(.pay(.scanned(text: link)))

        let ready = try shell.until("the fee") { $0.payConfirm?.pay.enabled == true }
        let confirm = try XCTUnwrap(ready.payConfirm)
        XCTAssertFalse(confirm.amountEditable, "a dynamic code fixes the amount")
        XCTAssertEqual(confirm.amount, "556,00\u{a0}сом")
        XCTAssertEqual(confirm.fee, "Комиссия: 0,00\u{a0}сом")
        XCTAssertTrue(confirm.details.contains { $0.value == "Кафе Нават" }, "\(confirm.details)")
        XCTAssertNotNil(ready.back, "the confirmation can be left")
        shell.send(confirm.pay.event)

        let pin = try shell.pinPad(.confirmPayment)
        XCTAssertEqual(pin.summary.map(\.label), ["Получатель", "Сумма", "Комиссия", "Итого"])
        shell.typePin(pinCode)

        let done = try shell.until("executed") { $0.payResult?.status == .executed }
        let result = try XCTUnwrap(done.payResult)
        XCTAssertEqual(result.mark, .done)
        XCTAssertEqual(result.headline, "Оплачено")
        XCTAssertEqual(result.amount, "556,00\u{a0}сом")
        XCTAssertEqual(result.total, "Итого: 556,00\u{a0}сом")
        XCTAssertEqual(result.recipient, "Кафе Нават")
        XCTAssertEqual(result.done.label, "Готово")
        XCTAssertNil(result.cancel, "nothing to cancel once executed")
        XCTAssertNotNil(result.share, "a verified receipt can be shared")

        // «Квитанция»: the operation's details, with the bank's receipt verified.
        XCTAssertEqual(result.details.label, "Квитанция")
        shell.send(result.details.event)
        let details = try shell.until("the receipt") { $0.operation?.receipt != nil }
        XCTAssertEqual(details.operation?.receipt?.state, .verified)

        // «Поделиться»: the share sheet's files are where the core wrote them, for UIActivityViewController.
        let share = try XCTUnwrap(details.operation?.share)
        shell.send(share.event)
        let sheet = try XCTUnwrap(try shell.until("the share sheet") { $0.share != nil }.share)
        XCTAssertEqual(sheet.files.map(\.mimeType), ["image/png", "application/pdf"])
        for file in sheet.files {
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), file.path)
            XCTAssertTrue(file.path.hasPrefix(phone.dataDir.path), "inside the app's data folder: \(file.path)")
        }
        XCTAssertEqual(try shell.until("the sheet") { $0.share != nil }.backEvent, sheet.close.event,
                       "the system's back gesture closes the sheet first")
        shell.send(sheet.close.event)
        try shell.until("the sheet closed") { $0.share == nil }
        assertGlue(shell)
    }
}

#endif
