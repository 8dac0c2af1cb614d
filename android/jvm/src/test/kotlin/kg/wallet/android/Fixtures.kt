package kg.wallet.android

import java.nio.file.Path
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import kg.wallet.core.BankConfig
import kg.wallet.core.CoreConfig
import kg.wallet.core.Event
import kg.wallet.core.LogLevel
import kg.wallet.core.Logger
import kg.wallet.core.PinEvent
import kg.wallet.core.Platform
import kg.wallet.core.PlatformException
import kg.wallet.core.SecureStorage
import kg.wallet.core.ViewModel
import kg.wallet.kit.WalletHost
import kg.wallet.screens.DrawnKinds
import kg.wallet.screens.kind
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.swing.Swing

const val PIN = "5827"
const val AIGUL = "+996555123456"
const val BAKYT = "+996700654321"
const val CHYNARA = "+996777000111"
const val BIOMETRIC_KEY = "wallet.unlock-key.v1.biometric"

/** A Visa card the sandbox's issuer approves after its 3-D Secure code (sandbox/src/card_topups.rs), and a CVV. */
const val TEST_CARD = "4169585000000009"
const val TEST_CVV = "731"

/** A card's expiry three years from today, «MMYY» as typed. */
fun cardExpiry(): String = java.time.LocalDate.now().plusYears(3).let { "%02d%02d".format(it.monthValue, it.year % 100) }

/** The Keystore of a test phone: in memory, recording what the core keeps. */
class MemorySecureStorage : SecureStorage {
    val entries = ConcurrentHashMap<String, ByteArray>()

    override fun get(key: String): ByteArray? = entries[key]

    override fun put(key: String, value: ByteArray) {
        entries[key] = value
    }

    override fun delete(key: String) {
        entries.remove(key)
    }
}

/**
 * The biometric key behind a prompt, as KeystoreSecureStorage does it: an entry named `….biometric` is read only when
 * `approve` says the person touched the sensor; otherwise the prompt was cancelled (`PlatformException.Unavailable`).
 */
class PromptedSecureStorage(private val keys: MemorySecureStorage, @Volatile var approve: Boolean) : SecureStorage {
    val prompts = CopyOnWriteArrayList<String>()

    override fun get(key: String): ByteArray? {
        if (key.endsWith(".biometric")) {
            prompts.add(key)
            if (!approve) throw PlatformException.Unavailable("the user cancelled the biometric prompt")
        }
        return keys.get(key)
    }

    override fun put(key: String, value: ByteArray) = keys.put(key, value)

    override fun delete(key: String) = keys.delete(key)
}

class ListLogger : Logger {
    val lines = CopyOnWriteArrayList<String>()

    override fun log(level: LogLevel, target: String, message: String) {
        lines.add("$level $target $message")
    }
}

/** A phone with the app installed: its data folder, its Keystore, its configuration. */
class TestPhone(dataDir: Path, bank: SandboxBank?, locale: String, biometrics: Boolean) {
    val storage = MemorySecureStorage()
    val logger = ListLogger()
    val config = CoreConfig(
        dataDir.toString(),
        locale,
        bank?.let { BankConfig(it.url, it.publicKey, 5_000_000L) },
        360,
        biometrics,
    )

    /** Every view any host of this phone showed, to check them all at the end. */
    val seen = CopyOnWriteArrayList<ViewModel>()
    val rejected = CopyOnWriteArrayList<String>()

    /** Starts the app: WalletHost over the real library, views on the desktop's main thread (Swing). */
    fun open(storage: SecureStorage = this.storage): WalletHost {
        val host = WalletHost(config, Platform(storage, logger), Dispatchers.Swing, Dispatchers.IO) { event, error ->
            rejected.add("${event::class.simpleName}: ${error.message}")
        }
        return host
    }
}

/** Waits up to 15 s for the host's newest view to be `wanted`. */
fun WalletHost.until(what: String, seen: MutableList<ViewModel>? = null, wanted: (ViewModel) -> Boolean): ViewModel {
    val deadline = System.nanoTime() + 15_000_000_000L
    var last: ViewModel? = null
    while (System.nanoTime() < deadline) {
        val now = view.value
        if (now !== last) {
            seen?.add(now)
            last = now
        }
        if (wanted(now)) return now
        Thread.sleep(10)
    }
    throw AssertionError("no view with $what within 15 s; the last is ${view.value}")
}

fun WalletHost.typePin(pin: String) = pin.forEach { send(Event.Pin(PinEvent.Digit((it - '0').toUByte()))) }

/** Fails when a view holds a missing text (`⟦id⟧`) or a kind of screen the app does not draw. */
fun assertDrawable(views: List<ViewModel>) {
    for (view in views) {
        if ("⟦" in view.toString()) throw AssertionError("a missing text in ${view.screen.kind()}: $view")
        if (view.screen.kind() !in DrawnKinds) throw AssertionError("${view.screen.kind()} is not drawn by the app: $view")
    }
}

/** The wizard the quick way, with the events the views hand out, for tests whose subject comes after it. */
fun WalletHost.onboard(bank: SandboxBank, number: String, biometrics: kg.wallet.core.BiometricsEvent, seen: MutableList<ViewModel>? = null) {
    val language = until("the language screen", seen) { it.screen is kg.wallet.core.Screen.Language }
    send((language.screen as kg.wallet.core.Screen.Language).v1.confirm.event)
    val intro = (until("the intro", seen) { it.screen is kg.wallet.core.Screen.Intro }.screen as kg.wallet.core.Screen.Intro).v1
    repeat(intro.pageCount.toInt() - 1) { send(Event.Intro(kg.wallet.core.IntroEvent.Next)) }
    send(Event.Intro(kg.wallet.core.IntroEvent.Finish))
    until("the phone screen", seen) { it.screen is kg.wallet.core.Screen.Phone }
    send(Event.SignIn(kg.wallet.core.SignInEvent.EditPhone(number)))
    send(Event.SignIn(kg.wallet.core.SignInEvent.SubmitPhone))
    until("the code screen", seen) { it.screen is kg.wallet.core.Screen.Code }
    send(Event.SignIn(kg.wallet.core.SignInEvent.CodeFromSms(bank.sentCode(number))))
    val terms = (until("the terms", seen) { it.screen is kg.wallet.core.Screen.Terms }.screen as kg.wallet.core.Screen.Terms).v1
    terms.items.forEach { send(it.toggle) }
    send(Event.Terms(kg.wallet.core.TermsEvent.Continue))
    pinPad(kg.wallet.core.PinMode.CREATE, seen)
    typePin(PIN)
    pinPad(kg.wallet.core.PinMode.REPEAT, seen)
    typePin(PIN)
    val next = until("the offer or home", seen) { it.screen is kg.wallet.core.Screen.Biometrics || it.screen is kg.wallet.core.Screen.Home }
    if (next.screen is kg.wallet.core.Screen.Biometrics) send(Event.Biometrics(biometrics))
    until("home with the balance", seen) { (it.screen as? kg.wallet.core.Screen.Home)?.v1?.balance != null }
}

/** Waits for the PIN pad in `mode`, empty and ready for digits. */
fun WalletHost.pinPad(mode: kg.wallet.core.PinMode, seen: MutableList<ViewModel>? = null): kg.wallet.core.PinScreen =
    (until("the $mode PIN pad", seen) {
        val pin = (it.screen as? kg.wallet.core.Screen.Pin)?.v1
        pin != null && pin.mode == mode && pin.keysEnabled && pin.entered == 0u && !pin.busy
    }.screen as kg.wallet.core.Screen.Pin).v1
