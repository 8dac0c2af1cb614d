import Foundation
import XCTest
@testable import WalletKit

// These tests start the sandbox bank as a process (Foundation's `Process`), which exists on Linux and macOS only:
// they run against the host library (scripts/test-ios), not in an iOS simulator.
#if os(Linux) || os(macOS)

/// Money in by card through `WalletHost` over the generated Swift against the sandbox bank in a process of its own,
/// the sandbox being the card's issuer: the screens the SwiftUI shell draws (TopUp.swift), with the events they hand
/// out (mirrors tests/rust/topup.rs).
final class TopUpTests: XCTestCase {
    private var bank: SandboxBank!
    private var phone: Phone!

    private let visa = "4169585000000009"
    private let cvv = "731"

    override func setUpWithError() throws {
        bank = try SandboxBank.start()
        phone = try Phone(bank: bank, biometrics: false, locale: "ru-KG")
    }

    override func tearDown() {
        bank?.close()
        phone?.delete()
    }

    /// An expiry three years from today, «MMYY» as typed on the number pad.
    private func expiry() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let today = calendar.dateComponents([.year, .month], from: Date())
        return String(format: "%02d%02d", today.month!, (today.year! + 3) % 100)
    }

    /// Чынара signed in on a new phone, at home.
    private func chynaraAtHome() throws -> Shell {
        let shell = try phone.open()
        try shell.onboard(bank, number: chynara, biometrics: .skip)
        return shell
    }

    /// What the card form's fields send as they are typed (the core groups the number and puts in the «/»), up to
    /// «Пополнить» enabled with the fee.
    @discardableResult
    private func typeNewCard(_ shell: Shell, number: String, amount: String) throws -> ViewModel {
        shell.send(.topUp(.editNumber(text: number)))
        shell.send(.topUp(.editExpiry(text: expiry())))
        shell.send(.topUp(.editCvv(text: cvv)))
        shell.send(.topUp(.editAmount(text: amount)))
        return try shell.until("«Пополнить» with the fee") { $0.cardTopUp?.submit.enabled == true }
    }

    /// The issuer's code from its SMS, typed into the code screen shown now, and «Подтвердить».
    private func answerTheIssuer(_ shell: Shell) throws {
        let code = try bank.sentCode(chynara, kind: "card")
        shell.send(.topUp(.editCode(text: code)))
        let typed = try shell.until("the code typed") { $0.cardChallenge?.submit.enabled == true }
        shell.send(try XCTUnwrap(typed.cardChallenge).submit.event)
    }

    /// Чынара, new and with almost nothing on her account: «Пополнить» under the balance, the account's details to
    /// copy and share (a text with no files), a Visa card typed in with its fee, the issuer's code from its SMS, and
    /// «Зачислено 1 000,00 сом».
    func testANewCustomerTopsUpByCardThroughTheIssuersCode() throws {
        let shell = try chynaraAtHome()
        defer { shell.close() }

        let home = try XCTUnwrap(shell.view.home)
        let open = try XCTUnwrap(home.topUp, "home offers «Пополнить»")
        XCTAssertEqual(open.label, "Пополнить")
        shell.send(open.event)

        // The menu: the ways in, and the account's details once the bank answered.
        let loaded = try shell.until("the details") { $0.topUp.map { !$0.details.isEmpty } ?? false }
        let menu = try XCTUnwrap(loaded.topUp)
        XCTAssertEqual(menu.title, "Пополнение")
        XCTAssertEqual(menu.cardsTitle, "С карты")
        XCTAssertTrue(menu.savedCards.isEmpty, "a new customer has no saved card")
        XCTAssertEqual(menu.newCard.label, "С карты другого банка")
        XCTAssertEqual(menu.copyLabel, "Скопировать")
        XCTAssertEqual(menu.copied, "Скопировано")
        XCTAssertNil(menu.detailsStatus)
        XCTAssertNil(menu.retry)
        XCTAssertTrue(menu.details.contains { $0.label == "Номер кошелька для терминала" && $0.value == "996777000111" },
                      "\(menu.details)")
        let account = try XCTUnwrap(menu.details.first { $0.label == "Номер счёта" }?.value)
        XCTAssertEqual(account.count, 16, account)
        XCTAssertNotNil(loaded.back, "the menu can be left")

        // «Поделиться реквизитами»: the share sheet gets the details as a text alone, no files.
        let share = try XCTUnwrap(menu.share)
        XCTAssertEqual(share.label, "Поделиться реквизитами")
        shell.send(share.event)
        let sheet = try XCTUnwrap(try shell.until("the share sheet") { $0.share != nil }.share)
        XCTAssertTrue(sheet.files.isEmpty, "\(sheet.files)")
        let shared = sheet.shareItems
        XCTAssertTrue(shared.files.isEmpty)
        let text = try XCTUnwrap(shared.text, "the details go as a text")
        XCTAssertTrue(text.contains(account), text)
        XCTAssertEqual(shell.view.backEvent, sheet.close.event, "the system's back gesture closes the sheet first")
        shell.send(sheet.close.event)
        try shell.until("the sheet closed") { $0.share == nil && $0.topUp != nil }

        // «С карты другого банка»: an empty form with a card's fields, each of its kind (the keyboard it gets).
        shell.send(menu.newCard.event)
        let empty = try XCTUnwrap(try shell.until("the card form") { $0.cardTopUp != nil }.cardTopUp)
        XCTAssertNil(empty.card, "a new card, not a saved one")
        XCTAssertEqual(empty.number?.kind, .cardNumber)
        XCTAssertEqual(empty.expiry?.kind, .cardExpiry)
        XCTAssertEqual(empty.cvv?.kind, .cardCvv)
        XCTAssertEqual(empty.holder?.kind, .cardHolder)
        XCTAssertEqual(empty.amount.kind, .amount)
        XCTAssertNotNil(empty.save, "a new card can be remembered")
        XCTAssertTrue(empty.saveOn, "remembering the card is offered on")
        XCTAssertFalse(empty.submit.enabled, "nothing typed yet")

        let typedExpiry = expiry()
        let form = try XCTUnwrap(try typeNewCard(shell, number: visa, amount: "1000").cardTopUp)
        XCTAssertEqual(form.scheme, "Visa")
        XCTAssertEqual(form.number?.value, "4169 5850 0000 0009")
        XCTAssertEqual(form.expiry?.value, "\(typedExpiry.prefix(2))/\(typedExpiry.suffix(2))")
        XCTAssertNil(form.number?.error)
        XCTAssertNil(form.expiry?.error)
        XCTAssertNil(form.cvv?.error)
        XCTAssertEqual(form.fee, "Комиссия: 10,00\u{a0}сом")
        XCTAssertEqual(form.total, "С карты спишется 1\u{a0}010,00\u{a0}сом")
        XCTAssertNil(form.quoteError)
        XCTAssertEqual(form.submit.label, "Пополнить")
        shell.send(form.submit.event)

        // The issuer's code: who sent it and for what, typed from its SMS.
        let asked = try XCTUnwrap(try shell.until("the issuer's code") { $0.cardChallenge != nil }.cardChallenge)
        XCTAssertEqual(asked.field.kind, .smsCode, "one-time-code autofill")
        XCTAssertTrue(asked.explain.contains("Visa •• 0009"), asked.explain)
        XCTAssertTrue(asked.explain.contains("1\u{a0}010,00\u{a0}сом"), asked.explain)
        XCTAssertFalse(asked.expires.isEmpty)
        XCTAssertFalse(asked.submit.enabled, "no code yet")
        XCTAssertEqual(try bank.sentCode(chynara, kind: "card").count, Int(asked.codeLength))
        try answerTheIssuer(shell)

        // The result: a check, the amount credited, what the card paid, the receipt.
        let ended = try shell.until("the result") { $0.topUpResult != nil }
        let result = try XCTUnwrap(ended.topUpResult)
        XCTAssertTrue(result.success, "\(result)")
        XCTAssertEqual(result.headline, "Зачислено 1\u{a0}000,00\u{a0}сом")
        XCTAssertNil(result.reason)
        XCTAssertEqual(result.rows.map(\.label), ["Карта", "Зачислено на счёт", "Комиссия", "Списано с карты"])
        XCTAssertEqual(result.rows.last?.value, "1\u{a0}010,00\u{a0}сом")
        XCTAssertEqual(result.receipt?.label, "Квитанция")
        XCTAssertNil(result.again, "nothing to try again")
        XCTAssertEqual(result.done.label, "Готово")
        XCTAssertEqual(ended.screen.title, result.headline, "VoiceOver announces the headline")
        XCTAssertFalse(ended.isBusy)

        // «Готово»: home, with the money on the account.
        let before = home.balance?.amount
        shell.send(result.done.event)
        try shell.until("home with the new balance") { $0.home?.balance?.amount != nil && $0.home?.balance?.amount != before }
        XCTAssertTrue(shell.rejected.list.isEmpty, "\(shell.rejected.list)")
        assertGlue(shell)
    }

    /// A card its issuer declines after the code: a cross, why, that no money moved, and «Попробовать снова» back to
    /// the card form; no receipt.
    func testACardTheIssuerDeclinesEndsWithACrossAndTryAgain() throws {
        let shell = try chynaraAtHome()
        defer { shell.close() }
        shell.send(try XCTUnwrap(shell.view.home?.topUp).event)
        let menu = try XCTUnwrap(try shell.until("the menu") { $0.topUp != nil }.topUp)
        shell.send(menu.newCard.event)
        try shell.until("the card form") { $0.cardTopUp != nil }
        let form = try XCTUnwrap(try typeNewCard(shell, number: "4000000000000002", amount: "500").cardTopUp)
        shell.send(form.submit.event)
        try shell.until("the issuer's code") { $0.cardChallenge != nil }
        try answerTheIssuer(shell)

        let ended = try shell.until("the result") { $0.topUpResult != nil }
        let result = try XCTUnwrap(ended.topUpResult)
        XCTAssertFalse(result.success, "\(result)")
        XCTAssertEqual(result.headline, "Пополнение не прошло")
        XCTAssertTrue(result.reason?.contains("Деньги не списаны") == true, result.reason ?? "no reason")
        XCTAssertNil(result.receipt, "no receipt for money that did not move")
        let again = try XCTUnwrap(result.again)
        XCTAssertEqual(again.label, "Попробовать снова")
        shell.send(again.event)
        let retried = try XCTUnwrap(try shell.until("the card form again") { $0.cardTopUp != nil }.cardTopUp)
        XCTAssertNotNil(retried.number, "a new card's fields again")
        XCTAssertTrue(shell.rejected.list.isEmpty, "\(shell.rejected.list)")
        assertGlue(shell)
    }
}

#endif
