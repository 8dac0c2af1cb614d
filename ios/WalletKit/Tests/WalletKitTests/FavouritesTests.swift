import Foundation
import XCTest
@testable import WalletKit

// These tests start the sandbox bank as a process (Foundation's `Process`), which exists on Linux and macOS only:
// they run against the host library (scripts/test-ios), not in an iOS simulator.
#if os(Linux) || os(macOS)

/// «Избранное» and regular payments through `WalletHost` over the generated Swift against the sandbox bank in a
/// process of its own: the screens the SwiftUI shell draws (Favourites.swift, and «В избранное» in Pay.swift), with
/// the events they hand out (mirrors core/src/features/favourites/tests.rs).
final class FavouritesTests: XCTestCase {
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

    /// Айгуль tops up her MegaCom number from «Платежи» («Мобильная связь»), with the PIN, to executed.
    private func aigulPaidHerMobile(_ shell: Shell) throws -> PayResultScreen {
        try shell.onboard(bank, number: aigul, biometrics: .skip)
        let home = try XCTUnwrap(shell.view.home)
        XCTAssertTrue(home.favourites.isEmpty, "no favourites yet")
        XCTAssertNil(home.favouritesTitle, "no heading over none")
        shell.send(try XCTUnwrap(home.services, "home offers «Платежи»").event)
        let catalogue = try XCTUnwrap(try shell.until("the categories") {
            $0.services.map { !$0.categories.isEmpty } ?? false
        }.services)
        let mobile = try XCTUnwrap(catalogue.categories.first { $0.label == "Мобильная связь" },
                                   "\(catalogue.categories.map(\.label))")
        shell.send(mobile.event)
        let listed = try XCTUnwrap(try shell.until("the operators") {
            $0.services.map { $0.category != nil && !$0.providers.isEmpty } ?? false
        }.services)
        let megacom = try XCTUnwrap(
            listed.providers.first { $0.open.event == .services(.openProvider(providerId: "megacom")) },
            "\(listed.providers.map(\.name))")
        shell.send(megacom.open.event)
        try shell.until("MegaCom's form") { $0.servicePay != nil }

        // The number and the amount as the fields send them.
        shell.send(.services(.editAccount(text: "0555 123 456")))
        shell.send(.services(.editAmount(text: "200")))
        let form = try XCTUnwrap(try shell.until("«Продолжить» enabled") {
            guard let form = $0.servicePay else { return false }
            return !form.busy && form.submit.enabled
        }.servicePay)
        XCTAssertEqual(form.title, "MegaCom")
        shell.send(form.submit.event)

        let confirm = try XCTUnwrap(try shell.until("«Оплатить»") { $0.payConfirm?.pay.enabled == true }.payConfirm)
        shell.send(confirm.pay.event)
        try shell.pinPad(.confirmPayment)
        shell.typePin(pinCode)
        let done = try shell.until("executed", timeout: 30) { $0.payResult?.status == .executed }
        return try XCTUnwrap(done.payResult)
    }

    /// A paid MegaCom top-up saved as «Мой MegaCom» from the result; home pays it with its amount; the list sets up
    /// its regular payment on the 31st.
    func testAPaymentSavedAsAFavouriteIsPaidFromHomeAndScheduledMonthly() throws {
        let shell = try phone.open()
        defer { shell.close() }
        let result = try aigulPaidHerMobile(shell)

        // «В избранное»: the form with whom it pays, its name and its amount.
        let save = try XCTUnwrap(result.saveFavourite, "an executed payment can be saved: \(result)")
        XCTAssertEqual(save.label, "В избранное")
        XCTAssertTrue(save.enabled)
        shell.send(save.event)
        let form = try XCTUnwrap(try shell.until("the favourite's form") { $0.favouriteEdit != nil }.favouriteEdit)
        XCTAssertEqual(form.name.value, "MegaCom")
        XCTAssertEqual(form.name.kind, .text)
        XCTAssertEqual(form.amount.value, "200.00")
        XCTAssertEqual(form.amount.kind, .amount)
        XCTAssertTrue(form.payee.contains("MegaCom"), form.payee)
        XCTAssertNil(form.delete, "nothing to delete before it is saved")
        XCTAssertNil(form.error)
        XCTAssertFalse(form.busy)
        XCTAssertEqual(shell.view.screen.kind, "favouriteEdit")
        XCTAssertEqual(shell.view.screen.title, form.title, "VoiceOver announces the title")

        // Renamed as the field sends it, saved: back on the result.
        shell.send(.favourites(.editName(text: "Мой MegaCom")))
        let renamed = try XCTUnwrap(try shell.until("the new name") {
            $0.favouriteEdit?.name.value == "Мой MegaCom"
        }.favouriteEdit)
        XCTAssertTrue(renamed.submit.enabled, "\(renamed)")
        shell.send(renamed.submit.event)
        let back = try XCTUnwrap(try shell.until("the result again") { $0.payResult != nil }.payResult)
        XCTAssertEqual(back.status, .executed)

        // Home: «Избранное» with the favourite, paid with its amount through the confirmation.
        shell.send(back.done.event)
        let favourite = "Мой MegaCom · 200,00\u{a0}сом"
        let home = try XCTUnwrap(try shell.until("home with the favourite") {
            $0.home?.favourites.contains { $0.label == favourite } ?? false
        }.home)
        XCTAssertEqual(home.favouritesTitle, "Избранное")
        XCTAssertEqual(home.allFavourites?.label, "Все избранные")
        let pay = try XCTUnwrap(home.favourites.first { $0.label == favourite }, "\(home.favourites.map(\.label))")
        shell.send(pay.event)
        let confirm = try XCTUnwrap(try shell.until("the confirmation") { $0.payConfirm != nil }.payConfirm)
        XCTAssertEqual(confirm.amount, "200.00")
        XCTAssertTrue(confirm.amountEditable, "the amount may be changed")
        XCTAssertTrue(confirm.details.contains { $0.value == "Мой MegaCom" }, "\(confirm.details)")
        shell.send(try XCTUnwrap(shell.view.back, "the confirmation can be left").event)
        let again = try XCTUnwrap(try shell.until("home again") { $0.home != nil }.home)

        // «Все избранные»: the list with the favourite and its three actions.
        shell.send(try XCTUnwrap(again.allFavourites).event)
        let list = try XCTUnwrap(try shell.until("the list") {
            $0.favourites.map { !$0.rows.isEmpty } ?? false
        }.favourites)
        XCTAssertEqual(list.title, "Избранное")
        XCTAssertNil(list.empty)
        XCTAssertNil(list.offline)
        XCTAssertNil(list.retry)
        XCTAssertEqual(shell.view.screen.kind, "favourites")
        let row = try XCTUnwrap(list.rows.first { $0.name == "Мой MegaCom" }, "\(list.rows.map(\.name))")
        XCTAssertEqual(row.payee, "MegaCom")
        XCTAssertEqual(row.amount, "200,00\u{a0}сом")
        XCTAssertNil(row.rule, "no regular payment yet")
        XCTAssertNil(row.ruleProblem)
        XCTAssertEqual(row.pay.label, "Оплатить")

        // «Регулярный платёж»: monthly on the 31st, typed as the field sends it.
        shell.send(row.schedule.event)
        let rule = try XCTUnwrap(try shell.until("the regular payment's form") { $0.regularEdit != nil }.regularEdit)
        XCTAssertEqual(rule.favourite, favourite)
        XCTAssertEqual(rule.kind.options.filter(\.selected).count, 1, "one kind chosen: \(rule.kind)")
        XCTAssertNil(rule.pause, "nothing to pause before it is saved")
        XCTAssertNil(rule.delete, "nothing to delete before it is saved")
        XCTAssertEqual(shell.view.screen.kind, "regularEdit")
        if rule.day == nil {
            // Not monthly yet: «Каждый месяц» as its segment sends it.
            let monthly = try XCTUnwrap(rule.kind.options.first { $0.select == .favourites(.chooseKind(kind: .monthly)) })
            shell.send(monthly.select)
        }
        let monthly = try XCTUnwrap(try shell.until("the day's field") { $0.regularEdit?.day != nil }.regularEdit)
        XCTAssertEqual(monthly.day?.kind, .accountNumber, "the number pad")
        XCTAssertNotNil(monthly.dayNote, "the last-day rule said")
        XCTAssertNil(monthly.weekday)
        shell.send(.favourites(.editDay(text: "31")))
        let typed = try XCTUnwrap(try shell.until("the 31st typed") { $0.regularEdit?.day?.value == "31" }.regularEdit)
        XCTAssertNil(typed.day?.error, "a day every month has, or its last day")
        XCTAssertTrue(typed.submit.enabled, "\(typed)")
        shell.send(typed.submit.event)

        let scheduled = try shell.until("the list with the rule") {
            $0.favourites?.rows.contains { $0.name == "Мой MegaCom" && $0.rule != nil } ?? false
        }
        let saved = try XCTUnwrap(scheduled.favourites?.rows.first { $0.name == "Мой MegaCom" })
        let text = try XCTUnwrap(saved.rule)
        XCTAssertTrue(text.hasPrefix("Каждый месяц, 31 числа"), text)
        XCTAssertNil(saved.ruleProblem)
        XCTAssertTrue(shell.rejected.list.isEmpty, "\(shell.rejected.list)")
        assertGlue(shell)
    }
}

extension ViewModel {
    var favourites: FavouritesScreen? { if case .favourites(let s) = screen { s } else { nil } }
    var favouriteEdit: FavouriteEditScreen? { if case .favouriteEdit(let s) = screen { s } else { nil } }
    var regularEdit: RegularEditScreen? { if case .regularEdit(let s) = screen { s } else { nil } }
}

#endif
