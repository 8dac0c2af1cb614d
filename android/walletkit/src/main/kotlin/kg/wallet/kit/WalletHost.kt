package kg.wallet.kit

import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicReference
import kg.wallet.core.CoreConfig
import kg.wallet.core.Event
import kg.wallet.core.Platform
import kg.wallet.core.ViewListener
import kg.wallet.core.ViewModel
import kg.wallet.ffi.WalletCore
import kg.wallet.ffi.WalletCoreInterface
import kg.wallet.ffi.WalletException
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.launch

/**
 * The core as the app holds it: one [WalletCore] per process, its newest view as a [StateFlow] on the main thread,
 * and the events the screens send dispatched in order on a background thread.
 *
 * - [view]: the listener's views hop to [main]; a view older than the one shown (a lower `revision`) never replaces
 *   it, and views that a newer one overtook before the main thread ran are skipped (screens only need the newest).
 * - [send]: returns at once; the event is dispatched on [background], one at a time in the order sent, never on the
 *   main thread. An event the core refuses ([WalletException], a shell bug: an event the newest view did not offer)
 *   goes to [onRejected], never to the UI as an exception.
 * - [lifecycle] and [network] tell the core what the device noticed; [close] closes the core once.
 *
 * No Android class is used here: the same code runs in the JVM harness (android/jvm) with test dispatchers.
 */
class WalletHost(
    private val core: WalletCoreInterface,
    private val main: CoroutineDispatcher,
    private val background: CoroutineDispatcher,
    /** An event the core refused, with why; called on [background]. The app logs it (never the event's text). */
    private val onRejected: (Event, WalletException) -> Unit = { _, _ -> },
) : AutoCloseable {
    /** Opens the core on its data folder (call it off the main thread: it opens the store). */
    constructor(
        config: CoreConfig,
        platform: Platform,
        main: CoroutineDispatcher,
        background: CoroutineDispatcher,
        onRejected: (Event, WalletException) -> Unit = { _, _ -> },
    ) : this(WalletCore(config, platform), main, background, onRejected)

    private val scope = CoroutineScope(SupervisorJob())
    private val closed = AtomicBoolean(false)
    private val state = MutableStateFlow(core.view())

    /** The newest view not yet handed to the main thread; a newer one replaces it. */
    private val pending = AtomicReference<ViewModel?>(null)

    /** The events, in the order sent; one consumer dispatches them. */
    private val events = Channel<Event>(Channel.UNLIMITED)

    /** The newest view, updated on the main dispatcher. */
    val view: StateFlow<ViewModel> = state.asStateFlow()

    init {
        scope.launch(background) {
            for (event in events) {
                try {
                    core.dispatch(event)
                } catch (refused: WalletException) {
                    onRejected(event, refused)
                }
            }
        }
        core.setListener(
            object : ViewListener {
                override fun onView(view: ViewModel) = deliver(view)
            },
        )
    }

    /** Called on the core's views thread: keeps the newest, and asks the main thread to show it once. */
    private fun deliver(view: ViewModel) {
        if (closed.get()) return
        val older = pending.getAndAccumulate(view) { old, new -> if (old == null || new!!.revision > old.revision) new else old }
        if (older != null) return // a hop is already on its way; it takes the newest
        scope.launch(main) {
            val newest = pending.getAndSet(null) ?: return@launch
            if (newest.revision > state.value.revision) state.value = newest
        }
    }

    /** Sends what the user did (usually an [kg.wallet.core.Action]'s event). Ignored once closed. */
    fun send(event: Event) {
        if (closed.get()) return
        events.trySend(event)
    }

    /** The app came to the foreground (`onStart`) or went to the background (`onStop`). */
    fun lifecycle(foreground: Boolean) = send(Event.Lifecycle(foreground))

    /** The device's network came or went. */
    fun network(online: Boolean) = send(Event.Network(online))

    /**
     * Closes the core: events not yet dispatched are dropped, and the core drains its store (up to 30 s, see
     * docs/architecture.md). Safe to call more than once and from any thread but the core's.
     */
    override fun close() {
        if (!closed.compareAndSet(false, true)) return
        events.close()
        scope.cancel()
        (core as? AutoCloseable)?.close()
    }
}
