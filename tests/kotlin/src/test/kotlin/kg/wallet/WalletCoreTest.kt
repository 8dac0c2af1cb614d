package kg.wallet

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kg.wallet.core.BankConfig
import kg.wallet.core.CoreConfig
import kg.wallet.core.Event
import kg.wallet.core.IntroEvent
import kg.wallet.core.Language
import kg.wallet.core.LanguageEvent
import kg.wallet.core.LogLevel
import kg.wallet.core.Logger
import kg.wallet.core.Platform
import kg.wallet.core.PlatformException
import kg.wallet.core.Screen
import kg.wallet.core.SecureStorage
import kg.wallet.core.ViewListener
import kg.wallet.core.ViewModel
import kg.wallet.ffi.WalletCore
import kg.wallet.ffi.WalletException
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/** A Kotlin secure storage, as the Android shell's Keystore-backed one will be, that records what the core asks. */
class MapSecureStorage : SecureStorage {
    val entries = ConcurrentHashMap<String, ByteArray>()
    val puts = CopyOnWriteArrayList<String>()

    override fun get(key: String): ByteArray? = entries[key]

    override fun put(key: String, value: ByteArray) {
        puts.add(key)
        entries[key] = value
    }

    override fun delete(key: String) {
        entries.remove(key)
    }
}

class LockedSecureStorage : SecureStorage {
    override fun get(key: String): ByteArray? = throw PlatformException.Unavailable("keystore is locked until the first unlock")

    override fun put(key: String, value: ByteArray) = throw PlatformException.Unavailable("keystore is locked")

    override fun delete(key: String) {}
}

class ListLogger : Logger {
    val lines = CopyOnWriteArrayList<String>()

    override fun log(level: LogLevel, target: String, message: String) {
        lines.add("$level $target $message")
    }
}

/** Collects views with the thread that delivered each. */
class QueueListener : ViewListener {
    val views = LinkedBlockingQueue<Pair<ViewModel, Thread>>()

    override fun onView(view: ViewModel) {
        views.add(view to Thread.currentThread())
    }

    fun await(what: String, wanted: (ViewModel) -> Boolean): Pair<ViewModel, Thread> {
        while (true) {
            val next = views.poll(5, TimeUnit.SECONDS) ?: throw AssertionError("no view with $what within 5 s")
            if (wanted(next.first)) return next
        }
    }
}

class WalletCoreTest {
    @TempDir
    lateinit var dataDir: Path

    private val storage = MapSecureStorage()
    private val logger = ListLogger()

    private fun open(locale: String = "ru-RU", secureStorage: SecureStorage = storage) =
        WalletCore(CoreConfig(dataDir.toString(), locale), Platform(secureStorage, logger))

    private fun kyrgyzIndex(view: ViewModel): UInt {
        val screen = (view.screen as Screen.Language).v1
        return screen.options.indexOfFirst { it.language == Language.KY }.toUInt()
    }

    @Test
    fun `language and intro events come back as views through the listener on a core thread`() {
        open().use { core ->
            val listener = QueueListener()
            core.setListener(listener)
            val (first, _) = listener.await("the language screen") { it.screen is Screen.Language }
            assertEquals(Language.RU, first.language, "the device language is pre-selected")

            core.dispatch(Event.Language(LanguageEvent.Select(kyrgyzIndex(first))))
            core.dispatch(Event.Language(LanguageEvent.Confirm))
            val (intro, thread) = listener.await("the intro") { it.screen is Screen.Intro }
            assertNotEquals(Thread.currentThread(), thread, "views arrive on a core thread, not the caller's")
            assertEquals(Language.KY, intro.language)
            val page = (intro.screen as Screen.Intro).v1
            assertEquals("QR аркылуу төлөңүз", page.title)
            assertEquals("Кийинки", page.primary.label)
            assertTrue(intro.revision > first.revision)

            // The shell sends back the events the view hands it: «Далее», «Далее», «Готово».
            core.dispatch(page.primary.event)
            core.dispatch((core.view().screen as Screen.Intro).v1.primary.event)
            val last = (core.view().screen as Screen.Intro).v1
            assertEquals("Даяр", last.primary.label)
            core.dispatch(last.primary.event)
            val (home, _) = listener.await("home") { it.screen is Screen.Home }
            assertEquals("Капчык", (home.screen as Screen.Home).v1.title)
            assertEquals(null, home.back, "onboarding is over: nothing to go back to")
        }
    }

    @Test
    fun `a restart on the same data folder keeps the language and the data key`() {
        open().use { core ->
            core.dispatch(Event.Language(LanguageEvent.Select(kyrgyzIndex(core.view()))))
            core.dispatch(Event.Language(LanguageEvent.Confirm))
        }
        val key = storage.entries.values.single().copyOf()

        open(locale = "en-US").use { core ->
            val view = core.view()
            assertEquals(Language.KY, view.language, "the chosen language beats the device's")
            val intro = (view.screen as Screen.Intro).v1
            assertEquals("QR аркылуу төлөңүз", intro.title)
            assertEquals("Артка", view.back?.label)
        }
        assertEquals(1, storage.puts.size, "the data key is made once and then reused")
        assertArrayEquals(key, storage.entries.values.single())
        assertTrue(Files.isDirectory(dataDir.resolve("store")))
    }

    @Test
    fun `an event of another screen arrives as a Kotlin exception with a readable message`() {
        open().use { core ->
            val error = assertThrows<WalletException.InvalidEvent> { core.dispatch(Event.Intro(IntroEvent.Next)) }
            assertEquals(
                "Intro.Next does not apply to the language screen; send only the events of the current view",
                error.message,
            )
            assertTrue(core.view().screen is Screen.Language, "nothing changed")
        }
    }

    @Test
    fun `an out of range index arrives as a Kotlin exception`() {
        open().use { core ->
            val error = assertThrows<WalletException.InvalidEvent> {
                core.dispatch(Event.Language(LanguageEvent.Select(9u)))
            }
            assertEquals("Language.Select names language 9, but the screen shows 4 (0 to 3)", error.message)
        }
    }

    @Test
    fun `a failing Kotlin secure storage stops the core with its reason`() {
        val error = assertThrows<WalletException.SecureStorage> { open(secureStorage = LockedSecureStorage()) }
        assertTrue(error.message!!.contains("keystore is locked until the first unlock"), error.message)
        assertTrue(error.message!!.contains("unlock it and try again"), error.message)
    }

    @Test
    fun `a bank address that is not https is refused with a readable message`() {
        val bank = BankConfig("http://bank.example.kg", "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=", 500_000L)
        val config = CoreConfig(dataDir.toString(), "ru-RU", bank, 360)
        val error = assertThrows<WalletException.InvalidConfig> { WalletCore(config, Platform(storage, logger)) }
        assertEquals("invalid configuration: bank.url must be https://…, or http:// to this device", error.message)
    }

    @Test
    fun `with a bank the first run continues from the intro to the phone number`() {
        val bank = BankConfig("https://api.bank.example.kg", "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=", 500_000L)
        WalletCore(CoreConfig(dataDir.toString(), "ky-KG", bank, 360), Platform(storage, logger)).use { core ->
            core.dispatch(Event.Language(LanguageEvent.Confirm))
            repeat(2) { core.dispatch(Event.Intro(IntroEvent.Next)) }
            core.dispatch(Event.Intro(IntroEvent.Finish))
            val phone = (core.view().screen as Screen.Phone).v1
            assertEquals("Телефон номери", phone.title)
            assertEquals("Кирүү", phone.submit.label)
            assertEquals(false, phone.submit.enabled, "nothing typed yet")
        }
    }

    @Test
    fun `the core logs through the Kotlin logger`() {
        open().close()
        assertTrue(logger.lines.any { it == "INFO wallet::engine core opened" }, logger.lines.toString())
        assertTrue(logger.lines.any { it == "INFO wallet::engine core closed" }, logger.lines.toString())
    }
}
