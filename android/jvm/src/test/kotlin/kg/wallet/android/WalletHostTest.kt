package kg.wallet.android

import java.nio.file.Files
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import kg.wallet.core.Event
import kg.wallet.core.HomeEvent
import kg.wallet.core.Language
import kg.wallet.core.LanguageEvent
import kg.wallet.core.LanguageScreen
import kg.wallet.core.Screen
import kg.wallet.core.SystemTexts
import kg.wallet.core.ViewListener
import kg.wallet.core.ViewModel
import kg.wallet.core.Action
import kg.wallet.ffi.WalletCoreInterface
import kg.wallet.ffi.WalletException
import kg.wallet.kit.WalletHost
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.TestCoroutineScheduler
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** A core that records what it was sent and on which thread, and sends the views a test gives it. */
private class FakeCore : WalletCoreInterface, AutoCloseable {
    val dispatched = CopyOnWriteArrayList<Pair<Event, String>>()
    val closes = AtomicInteger()
    var viewListener: ViewListener? = null
    var refuse: (Event) -> Boolean = { false }

    override fun dispatch(event: Event) {
        dispatched.add(event to Thread.currentThread().name)
        if (refuse(event)) throw WalletException.InvalidEvent("the event does not apply to the current screen")
    }

    override fun setListener(listener: ViewListener) {
        viewListener = listener
        listener.onView(view(0u))
    }

    override fun view(): ViewModel = view(0u)

    /** Sends a view from a thread of the "core", as the real one does. */
    fun emit(vararg revisions: Int) {
        val thread = Thread({ revisions.forEach { viewListener!!.onView(view(it.toULong())) } }, "wallet-views")
        thread.start()
        thread.join()
    }

    override fun close() {
        closes.incrementAndGet()
    }

    companion object {
        fun view(revision: ULong) = ViewModel(
            revision, Language.KY, null, null, null, null,
            SystemTexts("Капчыкка кирүү", "", "PIN-кодду киргизүү", "", "", "", "", ""),
            Screen.Language(LanguageScreen("Тилди тандаңыз", "", emptyList(), Action("Кийинки", Event.Language(LanguageEvent.Confirm), true))),
        )
    }
}

class WalletHostTest {
    @Test
    fun `views hop to the main dispatcher and an older revision never replaces a newer one`() {
        val scheduler = TestCoroutineScheduler()
        val main = StandardTestDispatcher(scheduler, "main")
        val background = StandardTestDispatcher(scheduler, "background")
        val core = FakeCore()
        val host = WalletHost(core, main, background)
        core.emit(1, 2, 3)
        assertEquals("nothing shown before the main dispatcher runs", 0uL, host.view.value.revision)
        scheduler.advanceUntilIdle()
        assertEquals(3uL, host.view.value.revision)
        core.emit(2)
        scheduler.advanceUntilIdle()
        assertEquals("an older view is ignored", 3uL, host.view.value.revision)
        core.emit(4, 5)
        scheduler.advanceUntilIdle()
        assertEquals(5uL, host.view.value.revision)
        host.close()
    }

    @Test
    fun `views arrive in order on the main thread and events are dispatched in order off it`() {
        val mainExecutor = Executors.newSingleThreadExecutor { Thread(it, "ui-thread") }
        val main = mainExecutor.asCoroutineDispatcher()
        val core = FakeCore()
        val host = WalletHost(core, main, Dispatchers.IO)
        // Watch the flow from the main thread: every value it shows, and where.
        val shown = CopyOnWriteArrayList<Pair<ULong, String>>()
        val done = CountDownLatch(1)
        val watcher = CoroutineScope(main).launch {
            host.view.collect { view ->
                shown.add(view.revision to Thread.currentThread().name)
                if (view.revision == 200uL) done.countDown()
            }
        }
        core.emit(*(1..200).toList().toIntArray())
        assertTrue("the newest view reached the main thread", done.await(5, TimeUnit.SECONDS))
        val revisions = shown.map { it.first }
        assertEquals("strictly newer each time", revisions.sorted().distinct(), revisions)
        assertTrue(shown.toString(), shown.all { it.second.startsWith("ui-thread") })

        repeat(100) { host.send(Event.Intro(kg.wallet.core.IntroEvent.ShowPage(it.toUInt()))) }
        val deadline = System.nanoTime() + 5_000_000_000L
        while (core.dispatched.size < 100 && System.nanoTime() < deadline) Thread.sleep(5)
        assertEquals((0 until 100).map { Event.Intro(kg.wallet.core.IntroEvent.ShowPage(it.toUInt())) }, core.dispatched.map { it.first })
        assertTrue("never on the main thread", core.dispatched.none { it.second.startsWith("ui-thread") })
        watcher.cancel()
        host.close()
        mainExecutor.shutdown()
    }

    @Test
    fun `a refused event is reported, not thrown, and later events still go`() {
        val scheduler = TestCoroutineScheduler()
        val core = FakeCore().apply { refuse = { it == Event.Back } }
        val refused = CopyOnWriteArrayList<Pair<Event, WalletException>>()
        val host = WalletHost(core, StandardTestDispatcher(scheduler), StandardTestDispatcher(scheduler)) { event, error ->
            refused.add(event to error)
        }
        host.send(Event.Back)
        host.send(Event.Home(HomeEvent.Refresh))
        scheduler.advanceUntilIdle()
        assertEquals(listOf(Event.Back, Event.Home(HomeEvent.Refresh)), core.dispatched.map { it.first })
        assertEquals(Event.Back, refused.single().first)
        assertTrue(refused.single().second is WalletException.InvalidEvent)
        host.close()
    }

    @Test
    fun `lifecycle and network become the core's events`() {
        val scheduler = TestCoroutineScheduler()
        val core = FakeCore()
        val host = WalletHost(core, StandardTestDispatcher(scheduler), StandardTestDispatcher(scheduler))
        host.lifecycle(false)
        host.lifecycle(true)
        host.network(false)
        host.network(true)
        scheduler.advanceUntilIdle()
        assertEquals(
            listOf(Event.Lifecycle(false), Event.Lifecycle(true), Event.Network(false), Event.Network(true)),
            core.dispatched.map { it.first },
        )
        host.close()
    }

    @Test
    fun `close closes the core once and stops events and views`() {
        val scheduler = TestCoroutineScheduler()
        val core = FakeCore()
        val host = WalletHost(core, StandardTestDispatcher(scheduler), StandardTestDispatcher(scheduler))
        host.close()
        host.close()
        assertEquals(1, core.closes.get())
        host.send(Event.Back)
        core.emit(9)
        scheduler.advanceUntilIdle()
        assertTrue("no event after close", core.dispatched.isEmpty())
        assertEquals("no view after close", 0uL, host.view.value.revision)
    }

    @Test
    fun `the real library through the host shows the language screen and the next view after a tap`() {
        val dir = Files.createTempDirectory("wallet-host-")
        val phone = TestPhone(dir, null, "ru-RU", biometrics = false)
        val host = phone.open()
        try {
            val first = host.until("the language screen") { it.screen is Screen.Language }
            val options = (first.screen as Screen.Language).v1.options
            val kazakh = options.first { it.language == Language.KK }
            host.send(kazakh.select)
            val next = host.until("Kazakh") { it.language == Language.KK }
            assertNotEquals(first.revision, next.revision)
            assertTrue(phone.rejected.isEmpty())
        } finally {
            host.close()
            host.close()
            dir.toFile().deleteRecursively()
        }
    }
}

