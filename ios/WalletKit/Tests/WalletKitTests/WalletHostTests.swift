import Foundation
import XCTest
@testable import WalletKit

/// The glue alone, over a stand-in core that sends the views a test chooses from threads of its own.
final class WalletHostTests: XCTestCase {
    func testViewsReachTheMainActorInOrderAndAnOlderRevisionNeverReplacesANewerOne() throws {
        let core = FakeCore(revision: 1)
        let host = WalletHost(core: core)
        defer { host.close() }
        let shown = Shown()
        let observation = MainActor.assumeIsolated {
            host.state.observe { view in shown.list.append((view.revision, Thread.isMainThread)) }
        }
        defer { MainActor.assumeIsolated { observation.cancel() } }

        // Revisions out of order, from two threads of the core's, as a slow main thread might meet them.
        let sent = DispatchGroup()
        for batch in [[2, 5, 3], [4, 9, 7, 8, 6]] {
            DispatchQueue.global().async(group: sent) {
                for revision in batch { core.emit(revision: UInt64(revision)) }
            }
        }
        sent.wait()
        try spin("the newest view") { MainActor.assumeIsolated { host.state.view.revision } == 9 }
        // And an old one after it: never shown.
        core.emit(revision: 3)
        spinFor(0.2)
        XCTAssertEqual(MainActor.assumeIsolated { host.state.view.revision }, 9)
        XCTAssertTrue(shown.list.allSatisfy { $0.1 }, "every view shown on the main thread")
        let revisions = shown.list.map(\.0)
        XCTAssertEqual(revisions, revisions.sorted(), "never an older view after a newer one: \(revisions)")
        XCTAssertEqual(Set(revisions).count, revisions.count)
        XCTAssertEqual(revisions.last, 9)
    }

    func testEventsAreDispatchedInTheOrderSentOffTheMainThreadAndSendNeverWaits() throws {
        let core = FakeCore(revision: 1)
        core.blockFirstDispatch = DispatchSemaphore(value: 0)
        let host = WalletHost(core: core)
        let events = (0..<100).map { Event.pin(.digit(digit: UInt8($0 % 10))) }
        let started = Date()
        for event in events { host.send(event) }
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.5, "send returns while the core is still busy")
        XCTAssertTrue(core.dispatched.isEmpty || core.dispatched.count == 1)
        core.blockFirstDispatch?.signal()
        try spin("every event dispatched") { core.dispatched.count == events.count }
        XCTAssertEqual(core.dispatched.map(\.event), events, "in the order sent")
        XCTAssertTrue(core.dispatched.allSatisfy { !$0.onMain }, "never on the main thread")
        host.close()
    }

    func testAnEventTheCoreRefusesGoesToOnRejected() throws {
        let core = FakeCore(revision: 1)
        core.refuse = .back
        let refused = Rejections()
        let host = WalletHost(core: core) { event, error in refused.add(event, error) }
        defer { host.close() }
        host.send(.back)
        host.send(.dismissNotice)
        try spin("both dispatched") { core.dispatched.count == 2 }
        XCTAssertEqual(refused.list.map(\.0), [.back])
        XCTAssertEqual(refused.list.first?.1, .InvalidEvent(message: "nothing to go back to"))
    }

    func testScenePhasesAndTheNetworkAreToldToTheCoreOnlyWhenTheyChange() throws {
        let core = FakeCore(revision: 1)
        let host = WalletHost(core: core)
        defer { host.close() }
        for phase: AppPhase in [.active, .inactive, .active, .inactive, .background, .background, .inactive, .active] {
            host.phase(phase)
        }
        for online in [true, true, false, false, true] {
            host.network(online: online)
        }
        let expected: [Event] = [
            .lifecycle(foreground: true), .lifecycle(foreground: false), .lifecycle(foreground: true),
            .network(online: true), .network(online: false), .network(online: true),
        ]
        try spin("the events") { core.dispatched.count == expected.count }
        XCTAssertEqual(core.dispatched.map(\.event), expected)
    }

    func testClosingDispatchesWhatWasSentThenReleasesTheCoreAndIgnoresTheRest() throws {
        weak var released: FakeCore?
        let host: WalletHost
        let log: FakeCore.Log
        do {
            let core = FakeCore(revision: 1)
            released = core
            log = core.log
            host = WalletHost(core: core)
        }
        XCTAssertNotNil(released, "the host holds the core")
        host.send(.back)
        host.send(.dismissNotice)
        host.close()
        XCTAssertNil(released, "closed: the core is released (its store closes)")
        XCTAssertEqual(log.events, [.back, .dismissNotice], "what was sent before closing went first")
        host.send(.shareClosed)
        host.close()
        spinFor(0.1)
        XCTAssertEqual(log.events.count, 2, "nothing after closing")
    }
}

/// What reached the main actor (only touched there).
final class Shown: @unchecked Sendable {
    var list: [(UInt64, Bool)] = []
}

/// A core that shows what a test emits and records what reaches it.
final class FakeCore: WalletCoreProtocol, @unchecked Sendable {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [(event: Event, onMain: Bool)] = []

        func add(_ event: Event) {
            lock.lock()
            all.append((event, Thread.isMainThread))
            lock.unlock()
        }

        var entries: [(event: Event, onMain: Bool)] {
            lock.lock()
            defer { lock.unlock() }
            return all
        }

        var events: [Event] { entries.map(\.event) }
    }

    let log = Log()
    var refuse: Event?
    var blockFirstDispatch: DispatchSemaphore?
    private let lock = NSLock()
    private var listener: ViewListener?
    private var current: ViewModel

    init(revision: UInt64) {
        current = FakeCore.view(revision: revision)
    }

    var dispatched: [(event: Event, onMain: Bool)] { log.entries }

    func dispatch(event: Event) throws {
        if let block = blockFirstDispatch, log.entries.isEmpty {
            block.wait()
        }
        log.add(event)
        if event == refuse { throw WalletError.InvalidEvent(message: "nothing to go back to") }
    }

    func setListener(listener: ViewListener) {
        lock.lock()
        self.listener = listener
        let view = current
        lock.unlock()
        listener.onView(view: view)
    }

    func view() -> ViewModel {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// A view with `revision` reaches the listener, on the calling thread.
    func emit(revision: UInt64) {
        let view = FakeCore.view(revision: revision)
        lock.lock()
        if revision > current.revision { current = view }
        let listener = listener
        lock.unlock()
        listener?.onView(view: view)
    }

    static func view(revision: UInt64) -> ViewModel {
        let confirm = Action(label: "Далее", event: .language(.confirm), enabled: true)
        let screen = LanguageScreen(title: "Выберите язык", subtitle: "", options: [], confirm: confirm)
        let system = SystemTexts(
            biometricTitle: "Вход в Кошелёк", biometricSubtitle: "", biometricCancel: "Ввести PIN-код",
            cameraDenied: "", contactsDenied: "", openSettings: "", torchOn: "", torchOff: "")
        return ViewModel(revision: revision, language: .ru, back: nil, notice: nil, dialog: nil, share: nil,
                         system: system, screen: .language(screen))
    }
}

/// Spins the main run loop until `done`, up to 10 s.
func spin(_ what: String, _ done: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(10)
    while !done() {
        if Date() > deadline { throw Failure("not \(what) within 10 s") }
        RunLoop.main.run(until: Date().addingTimeInterval(0.01))
    }
}

func spinFor(_ seconds: TimeInterval) {
    RunLoop.main.run(until: Date().addingTimeInterval(seconds))
}
