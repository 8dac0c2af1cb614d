import Foundation
import XCTest
@testable import WalletKit

// These tests start the sandbox bank as a process (Foundation's `Process`), which exists on Linux and macOS only:
// they run against the host library (scripts/test-ios), not in an iOS simulator.
#if os(Linux) || os(macOS)

/// Seed 000 as a person goes through it, against the sandbox bank in a process of its own, through `WalletHost` over
/// the generated Swift (mirrors tests/kotlin/…/WizardTest.kt): the language, the intro, the phone number and the SMS
/// code, the terms, the PIN twice, the biometrics offer, home; then the app started again on its lock screen.
/// Every test also checks the glue: views reach the main actor in order, events reach the core off it.
final class WizardTests: XCTestCase {
    private var bank: SandboxBank!
    private var phones: [Phone] = []

    override func setUpWithError() throws {
        bank = try SandboxBank.start()
        XCTAssertEqual(bank.printedKey, try bank.publicKey(), "/v1/keys serves the key the sandbox printed")
    }

    override func tearDown() {
        bank?.close()
        phones.forEach { $0.delete() }
    }

    private func phone(biometrics: Bool, locale: String = "ky-KG") throws -> Phone {
        let phone = try Phone(bank: bank, biometrics: biometrics, locale: locale)
        phones.append(phone)
        return phone
    }

    func testTheWholeWizardInKyrgyzEndsAtHomeWithTheKeysInSecureStorage() throws {
        let phone = try phone(biometrics: true, locale: "ru-RU")
        let shell = try phone.open()
        defer { shell.close() }

        // Language: the device's Russian is pre-selected; tapping «Кыргызча» switches the screen at once.
        let first = try shell.until("the language screen") { if case .language = $0.screen { true } else { false } }
        XCTAssertEqual(first.language, .ru)
        guard case .language(let options) = first.screen else { return }
        let kyrgyz = try XCTUnwrap(options.options.firstIndex { $0.language == .ky })
        XCTAssertEqual(options.options[kyrgyz].label, "Кыргызча")
        shell.send(options.options[kyrgyz].select)
        let chosen = try shell.until("the language screen in Kyrgyz") { $0.language == .ky }
        guard case .language(let languageScreen) = chosen.screen else { return XCTFail("not the language screen") }
        XCTAssertEqual(languageScreen.title, "Тилди тандаңыз")
        XCTAssertEqual(languageScreen.confirm.label, "Кийинки")
        XCTAssertTrue(languageScreen.options[kyrgyz].selected)
        shell.send(languageScreen.confirm.event)

        // The intro: «Кийинки» to the last page, then «Даяр».
        let introView = try shell.until("the intro") { if case .intro = $0.screen { true } else { false } }
        guard case .intro(let intro) = introView.screen else { return }
        XCTAssertEqual(intro.title, "QR аркылуу төлөңүз")
        for _ in 1..<intro.pageCount { shell.send(intro.primary.event) }
        let lastView = try shell.until("the last intro page") {
            if case .intro(let page) = $0.screen { page.page == intro.pageCount - 1 } else { false }
        }
        guard case .intro(let last) = lastView.screen else { return }
        XCTAssertEqual(last.primary.label, "Даяр")
        shell.send(last.primary.event)

        // The phone number, typed as people write it; «Кирүү» asks the bank for a code.
        let phoneView = try shell.until("the phone screen") { if case .phone = $0.screen { true } else { false } }
        guard case .phone(let phoneScreen) = phoneView.screen else { return }
        XCTAssertEqual(phoneScreen.title, "Телефон номери")
        XCTAssertFalse(phoneScreen.submit.enabled, "nothing typed yet")
        shell.send(.signIn(.editPhone(text: "0555 123 456")))
        let typed = try shell.until("«Кирүү» enabled") {
            if case .phone(let s) = $0.screen { s.submit.enabled } else { false }
        }
        guard case .phone(let ready) = typed.screen else { return }
        shell.send(ready.submit.event)

        // The code the bank "sent", as iOS's one-time-code autofill hands it over: filled in and sent at once.
        let codeView = try shell.until("the code screen") { if case .code = $0.screen { true } else { false } }
        guard case .code(let codeScreen) = codeView.screen else { return }
        XCTAssertEqual(codeScreen.title, "SMSтеги код")
        XCTAssertEqual(codeScreen.subtitle, "Кодду +996 555 ***456 номерине жөнөттүк")
        XCTAssertEqual(codeScreen.field.kind, .smsCode, "the field the shell marks as a one-time code")
        let code = try bank.sentCode(aigul)
        XCTAssertEqual(Int(codeScreen.codeLength), code.count)
        shell.send(.signIn(.codeFromSms(code: code)))

        // The terms: «Улантуу» stays off until the last document is ticked.
        let termsView = try shell.until("the terms") { $0.terms != nil }
        let terms = try XCTUnwrap(termsView.terms)
        XCTAssertEqual(terms.title, "Колдонуу шарттары")
        XCTAssertEqual(terms.accept.label, "Улантуу")
        XCTAssertTrue(terms.items.count >= 2 && terms.items.allSatisfy { !$0.checked }, "\(terms.items)")
        for (index, item) in terms.items.enumerated() {
            XCTAssertFalse(try XCTUnwrap(shell.view.terms).accept.enabled, "«Улантуу» before tick \(index + 1)")
            XCTAssertEqual(item.toggle, .terms(.toggle(index: UInt32(index))))
            shell.send(item.toggle)
            try shell.until("\(index + 1) ticked") { ($0.terms?.items.filter(\.checked).count ?? -1) == index + 1 }
        }
        let accepted = try XCTUnwrap(shell.view.terms)
        XCTAssertTrue(accepted.accept.enabled, "every document is ticked")
        shell.send(accepted.accept.event)

        // The PIN twice.
        let create = try shell.pinPad(.create)
        XCTAssertEqual(create.title, "PIN-код ойлоп табыңыз")
        XCTAssertEqual(create.length, 4)
        XCTAssertEqual(create.keys.map(\.label), ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"])
        shell.typePin(pinCode)
        XCTAssertEqual(try shell.pinPad(.repeat).title, "PIN-кодду кайталаңыз")
        shell.typePin(pinCode)

        // The biometrics offer, turned on; then home with Айгуль's balance from the bank.
        let offerView = try shell.until("the biometrics offer") { if case .biometrics = $0.screen { true } else { false } }
        guard case .biometrics(let offer) = offerView.screen else { return }
        XCTAssertEqual(offer.title, "Манжа изи же жүз менен кирүү")
        XCTAssertEqual(offer.enable.label, "Күйгүзүү")
        XCTAssertEqual(offer.skip.label, "Азыр эмес")
        XCTAssertEqual(offer.enable.event, .biometrics(.enable))
        shell.send(offer.enable.event)
        let home = try shell.until("home with the balance") { $0.home?.balance != nil }
        XCTAssertEqual(home.language, .ky)
        XCTAssertEqual(home.home?.title, "Капчык")
        let balance = try XCTUnwrap(home.home?.balance)
        XCTAssertTrue(balance.amount.contains("сом") && balance.amount.contains { $0.isNumber }, balance.amount)
        XCTAssertNil(home.back, "the wizard is over: nothing to go back to")

        assertGlue(shell)
        shell.close()

        // What the Keychain was given: the data key, the session token, the biometric unlock key; never the PIN.
        let entries = phone.storage.snapshot
        XCTAssertEqual(Set(entries.keys), [dataKeyName, tokenKeyName, biometricKeyName])
        XCTAssertFalse(entries[tokenKeyName]?.isEmpty ?? true, "the session token")
        XCTAssertEqual(entries[biometricKeyName]?.count, 32, "the biometric unlock key")
        let pins = [Data(pinCode.utf8), Data(pinCode.map { UInt8(String($0))! })]
        for (name, value) in entries {
            XCTAssertFalse(pins.contains(value), "\(name) holds the PIN")
        }
    }

    func testStartedAgainTheLockScreenAsksForTheFingerprintAndACancelledPromptLeavesThePin() throws {
        let phone = try phone(biometrics: true)
        let first = try phone.open()
        try first.onboard(bank, number: bakyt, biometrics: .enable)
        first.close()
        let key = try XCTUnwrap(phone.storage.snapshot[biometricKeyName])

        // Started again: the lock screen asks for the fingerprint by itself (the core reads the biometric key, which
        // shows the system's prompt); approved, the key opens it with no tap.
        let approved = try phone.open()
        let home = try approved.until("home") { $0.home != nil }
        XCTAssertEqual(home.home?.title, "Капчык")
        XCTAssertEqual(phone.storage.promptsShown, [biometricKeyName], "the prompt showed once")
        assertGlue(approved)
        approved.close()

        // Started again, and the person cancels the system prompt: still locked, nothing said, the screen cannot be
        // stepped over, «by fingerprint» stays offered, and the PIN opens it.
        phone.storage.promptAnswer(.cancel)
        let cancelled = try phone.open()
        defer { cancelled.close() }
        let lock = try cancelled.pinPad(.unlock)
        XCTAssertEqual(phone.storage.promptsShown, [biometricKeyName, biometricKeyName], "asked once more: the prompt showed")
        XCTAssertEqual(lock.title, "PIN-кодду киргизиңиз")
        XCTAssertEqual(lock.enteredLabel, "Киргизилген сандар: 4 ичинен 0")
        // What the Keychain's Face ID prompt says, in the user's language (the app sets it from the view).
        XCTAssertEqual(cancelled.view.system.biometricTitle, "Капчыкка кирүү")
        XCTAssertEqual(cancelled.view.system.biometricCancel, "PIN-кодду киргизүү")
        XCTAssertNil(cancelled.view.back, "the lock screen cannot be stepped over")
        XCTAssertNil(cancelled.view.backEvent, "nor the system's back gesture")
        XCTAssertEqual(lock.forgot?.label, "PIN-кодду унутуп калдыңызбы?")
        XCTAssertNil(lock.error, "a cancelled prompt is not an error")
        XCTAssertTrue(lock.keysEnabled)
        let biometrics = try XCTUnwrap(lock.biometrics, "biometric unlock stays on after a cancel")
        XCTAssertEqual(biometrics.label, "Манжа изи же жүз менен кирүү")
        XCTAssertEqual(biometrics.event, .pin(.useBiometrics))

        // «By fingerprint» tapped, and this time approved: the same key opens the app.
        phone.storage.promptAnswer(.approve)
        cancelled.send(biometrics.event)
        try cancelled.until("home") { $0.home != nil }
        XCTAssertEqual(phone.storage.promptsShown.count, 3)
        XCTAssertEqual(phone.storage.snapshot[biometricKeyName], key, "the key was kept")
        assertGlue(cancelled)
    }

    func testAWrongPinShowsWhyEmptiesTheDotsAndFiveMakeThePadWait() throws {
        let phone = try phone(biometrics: false)
        let first = try phone.open()
        try first.onboard(bank, number: chynara, biometrics: .enable)
        first.close()
        XCTAssertNil(phone.storage.snapshot[biometricKeyName], "no biometrics on this phone")

        let shell = try phone.open()
        defer { shell.close() }
        let lock = try shell.pinPad(.unlock)
        XCTAssertNil(lock.biometrics, "no biometric unlock to offer")
        shell.typePin("58")
        try shell.until("two dots") { $0.pin?.entered == 2 }
        shell.typePin("28")
        let refused = try XCTUnwrap(try shell.until("the refusal") { $0.pin?.error != nil }.pin)
        XCTAssertEqual(refused.mode, .unlock)
        XCTAssertEqual(refused.error, "PIN-код туура эмес.")
        XCTAssertEqual(refused.entered, 0, "the dots are empty again")
        XCTAssertTrue(refused.keysEnabled && !refused.busy, "the pad takes the next try")

        // Four more wrong PINs: the pad waits 30 s, and says so with a countdown that runs.
        for attempt in 2...5 {
            try shell.until("the pad ready for try \(attempt)") {
                guard let pin = $0.pin else { return false }
                return pin.keysEnabled && pin.entered == 0 && !pin.busy
            }
            let before = shell.view.revision
            shell.typePin("1357")
            try shell.until("try \(attempt) refused") {
                guard let pin = $0.pin else { return false }
                return $0.revision > before && !pin.busy && pin.entered == 0 && pin.error != nil
            }
        }
        let waiting = try XCTUnwrap(try shell.until("the wait") { $0.pin?.keysEnabled == false && $0.pin?.busy == false }.pin)
        let error = try XCTUnwrap(waiting.error)
        let countdown = try XCTUnwrap(error.firstMatch(#"(\d+:\d\d)"#), error)
        XCTAssertTrue(["0:30", "0:29", "0:28"].contains(countdown), error)
        let ticked = try shell.until("the countdown ticking", timeout: 5) {
            guard let text = $0.pin?.error, let now = text.firstMatch(#"(\d+:\d\d)"#) else { return false }
            return now < countdown
        }
        XCTAssertFalse(ticked.pin?.keysEnabled ?? true, "still waiting")

        // A digit while the pad waits is a shell bug: the core refuses it, and the host hands the refusal over.
        shell.send(.pin(.digit(digit: 5)))
        let deadline = Date().addingTimeInterval(5)
        while shell.rejected.list.isEmpty && Date() < deadline { shell.wait(0.02) }
        let (event, why) = try XCTUnwrap(shell.rejected.list.first)
        XCTAssertEqual(event, .pin(.digit(digit: 5)))
        guard case .InvalidEvent(let message) = why else { return XCTFail("\(why)") }
        XCTAssertTrue(message.contains("wait until the countdown ends"), message)
        XCTAssertEqual(shell.view.pin?.entered, 0)
        assertGlue(shell)
    }
}

/// What every test of the real core checks about the glue: views reached the main actor on the main thread in the
/// order of their revisions, and no event reached the core on the main thread.
func assertGlue(_ shell: Shell, file: StaticString = #filePath, line: UInt = #line) {
    let shown = shell.shown
    XCTAssertFalse(shown.isEmpty, "views reached the main actor", file: file, line: line)
    XCTAssertTrue(shown.allSatisfy(\.onMain), "every view on the main thread", file: file, line: line)
    let revisions = shown.map(\.revision)
    XCTAssertEqual(revisions, revisions.sorted(), "views in order", file: file, line: line)
    XCTAssertEqual(Set(revisions).count, revisions.count, "no view twice", file: file, line: line)
    XCTAssertFalse(shell.dispatched.events.isEmpty, "events reached the core", file: file, line: line)
    XCTAssertEqual(shell.dispatched.onMainThread, 0, "no event dispatched on the main thread", file: file, line: line)
}

#endif
