import Foundation
import XCTest
@testable import WalletKit

// These tests start the sandbox bank as a process (Foundation's `Process`), which exists on Linux and macOS only:
// they run against the host library (scripts/test-ios), not in an iOS simulator.
#if os(Linux) || os(macOS)

/// «Платежи» through `WalletHost` over the generated Swift against the sandbox bank in a process of its own, with its
/// demo providers: the screens the SwiftUI shell draws (Services.swift), with the events they hand out (mirrors
/// tests/rust/services.rs).
final class ServicesTests: XCTestCase {
    private var bank: SandboxBank!
    private var phone: Phone!

    override func setUpWithError() throws {
        bank = try SandboxBank.start()
        phone = try Phone(bank: bank, biometrics: false, locale: "ru-KG")
    }

    override func tearDown() {
        bank?.close()
        phone?.delete()
    }

    /// Айгуль signed in on a new phone, at home, then «Платежи» with the bank's catalogue.
    private func aigulAtServices() throws -> (Shell, ServicesScreen) {
        let shell = try phone.open()
        try shell.onboard(bank, number: aigul, biometrics: .skip)
        let open = try XCTUnwrap(shell.view.home?.services, "home offers «Платежи»")
        XCTAssertEqual(open.label, "Платежи")
        shell.send(open.event)
        let loaded = try shell.until("the categories") { $0.services.map { !$0.categories.isEmpty } ?? false }
        return (shell, try XCTUnwrap(loaded.services))
    }

    /// The provider's form once the provider answered about the account (or refused it).
    private func checked(_ shell: Shell) throws -> ServicePayScreen {
        let view = try shell.until("the provider's answer") {
            guard let form = $0.servicePay else { return false }
            return !form.busy && (form.holder != nil || form.checkError != nil)
        }
        return try XCTUnwrap(view.servicePay)
    }

    /// The electricity bill: the category, the provider, the account typed; the provider names her and the debt,
    /// which the core puts into the amount; «Продолжить» to the common confirmation with the account.
    func testAnElectricityBillNamesTheHolderAndFillsTheDebtIn() throws {
        let (shell, catalogue) = try aigulAtServices()
        defer { shell.close() }
        XCTAssertEqual(catalogue.title, "Платежи")
        XCTAssertEqual(catalogue.search.label, "Поиск")
        XCTAssertEqual(catalogue.search.value, "")
        XCTAssertNil(catalogue.category, "no category open yet")
        XCTAssertTrue(catalogue.providers.isEmpty, "the categories first")
        XCTAssertNil(catalogue.offline)
        XCTAssertNil(catalogue.retry)
        XCTAssertNil(catalogue.empty)
        XCTAssertEqual(shell.view.screen.kind, "services")
        XCTAssertEqual(shell.view.screen.title, "Платежи", "VoiceOver announces the title")

        // «Электроэнергия»: a tile among the categories, then its providers under its heading.
        let electricity = try XCTUnwrap(
            catalogue.categories.first { $0.event == .services(.openCategory(categoryId: "electricity")) },
            "\(catalogue.categories.map(\.label))")
        XCTAssertEqual(electricity.label, "Электроэнергия")
        shell.send(electricity.event)
        let listed = try XCTUnwrap(try shell.until("the category's providers") {
            $0.services.map { $0.category != nil && !$0.providers.isEmpty } ?? false
        }.services)
        XCTAssertEqual(listed.category, "Электроэнергия")
        XCTAssertTrue(listed.categories.isEmpty, "no tiles while a category shows")
        let row = try XCTUnwrap(
            listed.providers.first { $0.open.event == .services(.openProvider(providerId: "severelectro")) },
            "\(listed.providers.map(\.name))")
        XCTAssertEqual(row.name, "Северэлектро")
        XCTAssertEqual(row.initials, "СЭ")
        XCTAssertEqual(row.category, "Электроэнергия")
        XCTAssertEqual(row.open.label, row.name)
        shell.send(row.open.event)

        // The form: a personal account of digits (the number pad), nothing to pay yet.
        let empty = try XCTUnwrap(try shell.until("the provider's form") { $0.servicePay != nil }.servicePay)
        XCTAssertEqual(empty.title, "Северэлектро")
        XCTAssertEqual(empty.initials, "СЭ")
        XCTAssertEqual(empty.category, "Электроэнергия")
        XCTAssertEqual(empty.account.kind, .accountNumber)
        XCTAssertEqual(empty.account.label, "Лицевой счёт")
        XCTAssertEqual(empty.account.placeholder, "1234567890")
        XCTAssertNil(empty.account.error, "nothing typed is no error yet")
        XCTAssertEqual(empty.amount.kind, .amount)
        XCTAssertNil(empty.holder)
        XCTAssertNil(empty.checkError)
        XCTAssertFalse(empty.limits.isEmpty)
        XCTAssertEqual(empty.submit.label, "Продолжить")
        XCTAssertFalse(empty.submit.enabled, "no account yet")
        XCTAssertEqual(shell.view.screen.kind, "servicePay")
        XCTAssertEqual(shell.view.screen.title, "Северэлектро")
        XCTAssertNotNil(shell.view.back, "the form can be left")

        // The account as the field sends it: the provider is asked, then names the holder and the debt.
        shell.send(.services(.editAccount(text: "1234567890")))
        let bill = try checked(shell)
        XCTAssertEqual(bill.account.value, "1234567890")
        XCTAssertNil(bill.account.error)
        XCTAssertEqual(bill.holder, "Абонент: Асанова А.")
        XCTAssertEqual(bill.debt, "Задолженность: 1\u{a0}240,00\u{a0}сом")
        XCTAssertEqual(bill.amount.value, "1240.00", "the debt filled in")
        XCTAssertNil(bill.amount.error)
        XCTAssertNil(bill.checkError)
        XCTAssertNil(bill.retryCheck)
        XCTAssertNil(bill.operatorNote, "not a mobile operator")
        XCTAssertTrue(bill.submit.enabled, "\(bill)")
        XCTAssertFalse(shell.view.isBusy)

        // «Продолжить»: the common confirmation, with the provider's account among the details.
        shell.send(bill.submit.event)
        let confirm = try XCTUnwrap(try shell.until("the confirmation") { $0.payConfirm != nil }.payConfirm)
        XCTAssertTrue(confirm.details.contains(Field(label: "Лицевой счёт", value: "1234567890")), "\(confirm.details)")
        XCTAssertTrue(confirm.details.contains(Field(label: "Получатель", value: "Северэлектро")), "\(confirm.details)")
        XCTAssertTrue(shell.rejected.list.isEmpty, "\(shell.rejected.list)")
        assertGlue(shell)
    }

    /// The water provider found by the search field, an account it does not have: why, and nothing to pay.
    func testAnAccountTheProviderDoesNotHaveIsRefused() throws {
        let (shell, _) = try aigulAtServices()
        defer { shell.close() }

        // The search as the field sends it: providers of every category, no tiles, no heading.
        shell.send(.services(.search(text: "водоканал")))
        let found = try XCTUnwrap(try shell.until("what the search found") {
            $0.services.map { !$0.providers.isEmpty } ?? false
        }.services)
        XCTAssertEqual(found.search.value, "водоканал")
        XCTAssertTrue(found.categories.isEmpty)
        XCTAssertNil(found.category)
        XCTAssertNil(found.empty)
        let row = try XCTUnwrap(
            found.providers.first { $0.open.event == .services(.openProvider(providerId: "vodokanal")) },
            "\(found.providers.map(\.name))")
        XCTAssertEqual(row.name, "Бишкекводоканал")
        XCTAssertEqual(row.category, "Вода")
        shell.send(row.open.event)
        try shell.until("the provider's form") { $0.servicePay != nil }

        shell.send(.services(.editAccount(text: "1111111")))
        let refused = try checked(shell)
        XCTAssertEqual(refused.checkError, "У поставщика нет такого счёта. Проверьте номер")
        XCTAssertNil(refused.retryCheck, "the provider answered: nothing to retry")
        XCTAssertNil(refused.holder)
        XCTAssertNil(refused.debt)
        XCTAssertFalse(refused.submit.enabled)

        // A search that finds nothing says so.
        shell.send(try XCTUnwrap(shell.view.back).event)
        try shell.until("the catalogue again") { $0.services != nil }
        shell.send(.services(.search(text: "zzzz")))
        let nothing = try XCTUnwrap(try shell.until("nothing found") { $0.services?.empty != nil }.services)
        XCTAssertEqual(nothing.empty, "Ничего не нашлось. Попробуйте другое название")
        XCTAssertTrue(nothing.providers.isEmpty)
        XCTAssertTrue(shell.rejected.list.isEmpty, "\(shell.rejected.list)")
        assertGlue(shell)
    }
}

#endif
