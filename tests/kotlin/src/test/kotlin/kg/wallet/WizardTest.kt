package kg.wallet

import java.awt.Color
import java.awt.Font
import java.awt.image.BufferedImage
import java.io.ByteArrayOutputStream
import java.nio.file.Path
import javax.imageio.ImageIO
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kg.wallet.core.BankConfig
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.BiometricsScreen
import kg.wallet.core.CameraFacing
import kg.wallet.core.CoreConfig
import kg.wallet.core.Event
import kg.wallet.core.HomeEvent
import kg.wallet.core.HomeScreen
import kg.wallet.core.IntroEvent
import kg.wallet.core.KycEvent
import kg.wallet.core.KycState
import kg.wallet.core.Language
import kg.wallet.core.LanguageEvent
import kg.wallet.core.PhotoKind
import kg.wallet.core.PinEvent
import kg.wallet.core.PinMode
import kg.wallet.core.PinScreen
import kg.wallet.core.Platform
import kg.wallet.core.PlatformException
import kg.wallet.core.Screen
import kg.wallet.core.SecureStorage
import kg.wallet.core.SignInEvent
import kg.wallet.core.TermsEvent
import kg.wallet.core.TermsScreen
import kg.wallet.core.ViewListener
import kg.wallet.core.ViewModel
import kg.wallet.ffi.WalletCore
import kg.wallet.ffi.WalletException
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

private const val PIN = "5827"
private const val DATA_KEY = "wallet.data-key.v1"
private const val TOKEN_KEY = "wallet.session-token.v1"
private const val BIOMETRIC_KEY = "wallet.unlock-key.v1.biometric"

/**
 * A secure storage whose biometric prompt the user cancels: as the Android shell's Keystore-backed storage answers
 * when the prompt in front of an entry named `….biometric` is dismissed. Every other entry comes from `keys`.
 */
class CancelledPromptStorage(private val keys: MapSecureStorage) : SecureStorage {
    val prompts = CopyOnWriteArrayList<String>()

    override fun get(key: String): ByteArray? {
        if (key.endsWith(".biometric")) {
            prompts.add(key)
            throw PlatformException.Unavailable("the user cancelled the biometric prompt")
        }
        return keys.get(key)
    }

    override fun put(key: String, value: ByteArray) = keys.put(key, value)

    override fun delete(key: String) = keys.delete(key)
}

/** The app started on a phone: the core, and the views it sends to the shell's listener. */
class Shell(val core: WalletCore) : AutoCloseable {
    private val views = LinkedBlockingQueue<ViewModel>()

    init {
        core.setListener(
            object : ViewListener {
                override fun onView(view: ViewModel) {
                    views.add(view)
                }
            },
        )
    }

    /** The view now if it is `wanted`, else the first newer one that is, waiting up to 15 s. */
    fun until(what: String, wanted: (ViewModel) -> Boolean): ViewModel {
        var newest = core.view()
        if (wanted(newest)) return newest
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15)
        while (System.nanoTime() < deadline) {
            // The listener's queue, and the core's newest view in case the wanted one was replaced before delivery.
            val next = views.poll(200, TimeUnit.MILLISECONDS) ?: core.view()
            if (next.revision <= newest.revision) continue
            newest = next
            if (wanted(next)) return next
        }
        throw AssertionError("no view with $what within 15 s; the last is ${core.view()}")
    }

    fun send(event: Event) = core.dispatch(event)

    /** Types a PIN on the pad shown now. */
    fun typePin(pin: String) = pin.forEach { send(Event.Pin(PinEvent.Digit((it - '0').toUByte()))) }

    /** Waits for the PIN pad in `mode`, empty and ready for digits. */
    fun pinPad(mode: PinMode): PinScreen = until("the $mode PIN pad") {
        val pin = (it.screen as? Screen.Pin)?.v1
        pin != null && pin.mode == mode && pin.keysEnabled && pin.entered == 0u && !pin.busy
    }.pin()

    /** The wizard the quick way, using the events the views hand out, for tests whose subject comes after it. */
    fun onboard(bank: SandboxBank, number: String, pin: String, biometrics: BiometricsEvent) {
        val language = until("the language screen") { it.screen is Screen.Language }
        send((language.screen as Screen.Language).v1.confirm.event)
        val intro = (until("the intro") { it.screen is Screen.Intro }.screen as Screen.Intro).v1
        repeat(intro.pageCount.toInt() - 1) { send(Event.Intro(IntroEvent.Next)) }
        send(Event.Intro(IntroEvent.Finish))
        until("the phone screen") { it.screen is Screen.Phone }
        send(Event.SignIn(SignInEvent.EditPhone(number)))
        send(Event.SignIn(SignInEvent.SubmitPhone))
        until("the code screen") { it.screen is Screen.Code }
        send(Event.SignIn(SignInEvent.CodeFromSms(bank.sentCode(number))))
        val terms = until("the terms") { it.screen is Screen.Terms }.terms()
        terms.items.forEach { send(it.toggle) }
        send(Event.Terms(TermsEvent.Continue))
        pinPad(PinMode.CREATE)
        typePin(pin)
        pinPad(PinMode.REPEAT)
        typePin(pin)
        val next = until("the offer or home") { it.screen is Screen.Biometrics || it.screen is Screen.Home }
        if (next.screen is Screen.Biometrics) send(Event.Biometrics(biometrics))
        until("home with the balance") { (it.screen as? Screen.Home)?.v1?.balance != null }
    }

    override fun close() = core.close()
}

fun ViewModel.pin(): PinScreen = (screen as Screen.Pin).v1

fun ViewModel.terms(): TermsScreen = (screen as Screen.Terms).v1

fun ViewModel.home(): HomeScreen = (screen as Screen.Home).v1

fun ViewModel.biometrics(): BiometricsScreen = (screen as Screen.Biometrics).v1

/**
 * Seed 000 as a person goes through it, against the sandbox bank in a process of its own, from the generated
 * Kotlin: the language, the intro, the phone number and the SMS code, the terms, the PIN twice, the biometrics
 * offer, home; then the app started again on its lock screen.
 */
class WizardTest {
    companion object {
        private lateinit var bank: SandboxBank

        /** The demo customers (sandbox/src/seed.rs): one per test, so no SMS resend wait is in the way. */
        private const val AIGUL = "+996555123456"
        private const val BAKYT = "+996700654321"
        private const val CHYNARA = "+996777000111"
        private const val DANIYAR = "+77011234567"

        @JvmStatic
        @BeforeAll
        fun startBank() {
            bank = SandboxBank.start()
            assertEquals(bank.printedKey, bank.publicKey, "/v1/keys serves the key the sandbox printed")
        }

        @JvmStatic
        @AfterAll
        fun stopBank() {
            if (::bank.isInitialized) bank.close()
        }
    }

    /** A phone with the app installed: its data folder, its Keystore, its configuration. */
    private class Phone(dataDir: Path, biometrics: Boolean, locale: String = "ky-KG") {
        val storage = MapSecureStorage()
        val logger = ListLogger()
        val config = CoreConfig(
            dataDir.toString(),
            locale,
            BankConfig(bank.url, bank.publicKey, 5_000_000L),
            360,
            biometrics,
        )

        fun open(secureStorage: SecureStorage = storage) = Shell(WalletCore(config, Platform(secureStorage, logger)))
    }

    private fun Shell.onboard(number: String, biometrics: BiometricsEvent = BiometricsEvent.ENABLE) =
        onboard(bank, number, PIN, biometrics)

    @Test
    fun `the whole wizard in Kyrgyz against the sandbox bank ends at home with the keys in secure storage`(
        @TempDir dataDir: Path,
    ) {
        val phone = Phone(dataDir, biometrics = true, locale = "ru-RU")
        phone.open().use { shell ->
            // Language: the device's Russian is pre-selected; tapping «Кыргызча» switches the screen at once.
            val first = shell.until("the language screen") { it.screen is Screen.Language }
            assertEquals(Language.RU, first.language)
            val options = (first.screen as Screen.Language).v1.options
            val kyrgyz = options.indexOfFirst { it.language == Language.KY }
            assertEquals("Кыргызча", options[kyrgyz].label)
            shell.send(Event.Language(LanguageEvent.Select(kyrgyz.toUInt())))
            val chosen = shell.until("the language screen in Kyrgyz") { it.language == Language.KY }
            val languageScreen = (chosen.screen as Screen.Language).v1
            assertEquals("Тилди тандаңыз", languageScreen.title)
            assertEquals("Кийинки", languageScreen.confirm.label)
            assertTrue(languageScreen.options[kyrgyz].selected)
            shell.send(Event.Language(LanguageEvent.Confirm))

            // The intro: «Кийинки» to the last page, then «Даяр».
            val intro = (shell.until("the intro") { it.screen is Screen.Intro }.screen as Screen.Intro).v1
            assertEquals("QR аркылуу төлөңүз", intro.title)
            repeat(intro.pageCount.toInt() - 1) { shell.send(Event.Intro(IntroEvent.Next)) }
            val last = (shell.until("the last intro page") {
                (it.screen as? Screen.Intro)?.v1?.page == intro.pageCount - 1u
            }.screen as Screen.Intro).v1
            assertEquals("Даяр", last.primary.label)
            shell.send(Event.Intro(IntroEvent.Finish))

            // The phone number, typed as people write it; «Кирүү» asks the bank for a code.
            val phoneScreen = (shell.until("the phone screen") { it.screen is Screen.Phone }.screen as Screen.Phone).v1
            assertEquals("Телефон номери", phoneScreen.title)
            assertFalse(phoneScreen.submit.enabled, "nothing typed yet")
            shell.send(Event.SignIn(SignInEvent.EditPhone("0555 123 456")))
            shell.until("«Кирүү» enabled") { (it.screen as? Screen.Phone)?.v1?.submit?.enabled == true }
            shell.send(Event.SignIn(SignInEvent.SubmitPhone))

            // The code the bank "sent", typed: its last digit sends it.
            val codeScreen = (shell.until("the code screen") { it.screen is Screen.Code }.screen as Screen.Code).v1
            assertEquals("SMSтеги код", codeScreen.title)
            assertEquals("Кодду +996 555 ***456 номерине жөнөттүк", codeScreen.subtitle)
            val code = bank.sentCode(AIGUL)
            assertEquals(codeScreen.codeLength.toInt(), code.length)
            shell.send(Event.SignIn(SignInEvent.EditCode(code)))

            // The terms: «Улантуу» stays off until the last document is ticked.
            val terms = shell.until("the terms") { it.screen is Screen.Terms }.terms()
            assertEquals("Колдонуу шарттары", terms.title)
            assertEquals("Улантуу", terms.accept.label)
            assertTrue(terms.items.size >= 2 && terms.items.none { it.checked }, terms.items.toString())
            for (index in terms.items.indices) {
                val before = shell.core.view().terms()
                assertFalse(before.accept.enabled, "«Улантуу» before tick ${index + 1} of ${terms.items.size}")
                val error = assertThrows<WalletException.InvalidEvent> { shell.send(Event.Terms(TermsEvent.Continue)) }
                assertTrue(error.message!!.contains("every document must be ticked first"), error.message)
                assertEquals(Event.Terms(TermsEvent.Toggle(index.toUInt())), before.items[index].toggle)
                shell.send(Event.Terms(TermsEvent.Toggle(index.toUInt())))
                shell.until("${index + 1} ticked") { v ->
                    (v.screen as? Screen.Terms)?.v1?.items?.count { it.checked } == index + 1
                }
            }
            val accepted = shell.core.view().terms()
            assertTrue(accepted.accept.enabled, "every document is ticked")
            shell.send(accepted.accept.event)

            // The PIN twice.
            val create = shell.pinPad(PinMode.CREATE)
            assertEquals("PIN-код ойлоп табыңыз", create.title)
            assertEquals(4u, create.length)
            assertEquals(listOf("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), create.keys.map { it.label })
            shell.typePin(PIN)
            assertEquals("PIN-кодду кайталаңыз", shell.pinPad(PinMode.REPEAT).title)
            shell.typePin(PIN)

            // The biometrics offer, turned on; then home with Айгуль's balance from the bank.
            val offer = shell.until("the biometrics offer") { it.screen is Screen.Biometrics }.biometrics()
            assertEquals("Манжа изи же жүз менен кирүү", offer.title)
            assertEquals("Күйгүзүү", offer.enable.label)
            assertEquals("Азыр эмес", offer.skip.label)
            assertEquals(Event.Biometrics(BiometricsEvent.ENABLE), offer.enable.event)
            shell.send(offer.enable.event)
            val home = shell.until("home with the balance") { (it.screen as? Screen.Home)?.v1?.balance != null }
            assertEquals(Language.KY, home.language)
            assertEquals("Капчык", home.home().title)
            val balance = home.home().balance!!
            assertTrue(balance.amount.contains("сом") && balance.amount.any { it.isDigit() }, balance.amount)
            assertNull(home.back, "the wizard is over: nothing to go back to")
        }

        // What the Kotlin secure storage was given: the data key, the session token, the biometric unlock key;
        // never the PIN.
        val entries = phone.storage.entries
        assertEquals(setOf(DATA_KEY, TOKEN_KEY, BIOMETRIC_KEY), entries.keys)
        assertTrue(entries.getValue(TOKEN_KEY).isNotEmpty(), "the session token")
        assertEquals(32, entries.getValue(BIOMETRIC_KEY).size, "the biometric unlock key")
        val pins = listOf(PIN.toByteArray(Charsets.US_ASCII), PIN.map { (it - '0').toByte() }.toByteArray())
        for ((name, value) in entries) {
            assertTrue(pins.none { it.contentEquals(value) }, "$name holds the PIN")
        }
    }

    @Test
    fun `started again the app is locked and biometrics open it, a cancelled prompt leaves the PIN`(
        @TempDir dataDir: Path,
    ) {
        val phone = Phone(dataDir, biometrics = true)
        phone.open().use { it.onboard(BAKYT, BiometricsEvent.ENABLE) }
        val biometricKey = phone.storage.entries.getValue(BIOMETRIC_KEY).copyOf()

        // Started again: the lock screen asks for the fingerprint by itself (the core reads the biometric key, which
        // shows the system's prompt); the key opens it with no tap.
        phone.open().use { shell ->
            val home = shell.until("home") { it.screen is Screen.Home }
            assertEquals("Капчык", home.home().title)
        }

        // Started again, and the person cancels the system prompt: still locked, nothing said, the screen cannot be
        // stepped over, «by fingerprint» stays offered, and the PIN opens it.
        val cancelling = CancelledPromptStorage(phone.storage)
        phone.open(cancelling).use { shell ->
            val lock = shell.pinPad(PinMode.UNLOCK)
            assertEquals(listOf(BIOMETRIC_KEY), cancelling.prompts, "the key was asked for once: the prompt showed")
            assertEquals("PIN-кодду киргизиңиз", lock.title)
            assertNull(shell.core.view().back, "the lock screen cannot be stepped over")
            assertEquals("PIN-кодду унутуп калдыңызбы?", lock.forgot?.label)
            assertNull(lock.error, "a cancelled prompt is not an error")
            assertTrue(lock.keysEnabled)
            val biometrics = lock.biometrics ?: throw AssertionError("biometric unlock stays on after a cancel")
            assertEquals("Манжа изи же жүз менен кирүү", biometrics.label)
            assertEquals(Event.Pin(PinEvent.UseBiometrics), biometrics.event)
            shell.typePin(PIN)
            shell.until("home") { it.screen is Screen.Home }
        }
        assertTrue(biometricKey.contentEquals(phone.storage.entries[BIOMETRIC_KEY]), "the key was kept")
    }

    @Test
    fun `a wrong PIN on the lock screen shows why and empties the dots`(@TempDir dataDir: Path) {
        val phone = Phone(dataDir, biometrics = false)
        phone.open().use { it.onboard(CHYNARA) }
        assertFalse(phone.storage.entries.containsKey(BIOMETRIC_KEY), "no biometrics on this phone")

        phone.open().use { shell ->
            val lock = shell.pinPad(PinMode.UNLOCK)
            assertNull(lock.biometrics, "no biometric unlock to offer")
            shell.typePin("58")
            shell.until("two dots") { (it.screen as? Screen.Pin)?.v1?.entered == 2u }
            shell.typePin("28")
            val refused = shell.until("the refusal") { (it.screen as? Screen.Pin)?.v1?.error != null }.pin()
            assertEquals(PinMode.UNLOCK, refused.mode)
            assertEquals("PIN-код туура эмес.", refused.error)
            assertEquals(0u, refused.entered, "the dots are empty again")
            assertTrue(refused.keysEnabled && !refused.busy, "the pad takes the next try")

            shell.typePin(PIN)
            shell.until("home") { it.screen is Screen.Home }
        }
    }

    /**
     * Online identification from Kotlin: the photos cross the FFI as a `ByteArray` (as CameraX hands them over),
     * the core checks them by content, and a good passport front leads on to its back.
     */
    @Test
    fun `identification photos cross the FFI as bytes and are checked by the core`(@TempDir dataDir: Path) {
        val phone = Phone(dataDir, biometrics = false, locale = "ru-RU")
        phone.open().use { shell ->
            shell.onboard(DANIYAR)
            shell.send(Event.Home(HomeEvent.OpenIdentification))
            shell.until("the status") { (it.screen as? Screen.KycStatus)?.v1?.state == KycState.NOT_STARTED }
            shell.send(Event.Kyc(KycEvent.Start))
            shell.send(Event.Kyc(KycEvent.CloseHowTo))
            shell.send(Event.Kyc(KycEvent.OpenVerification))
            val front = shell.until("the front") { it.screen is Screen.KycCapture }
            assertEquals(PhotoKind.PASSPORT_FRONT, (front.screen as Screen.KycCapture).v1.photo)
            assertEquals(CameraFacing.BACK, (front.screen as Screen.KycCapture).v1.camera)

            shell.send(Event.Kyc(KycEvent.Photo(PhotoKind.PASSPORT_FRONT, "not a photo".toByteArray())))
            val refused = shell.until("the reason") { (it.screen as? Screen.KycCapture)?.v1?.problem != null }
            assertEquals(
                "Это не фотография. Сфотографируйте документ камерой или выберите снимок JPEG или PNG.",
                (refused.screen as Screen.KycCapture).v1.problem,
            )

            shell.send(Event.Kyc(KycEvent.Photo(PhotoKind.PASSPORT_FRONT, documentPhoto())))
            val back = shell.until("the back") {
                (it.screen as? Screen.KycCapture)?.v1?.photo == PhotoKind.PASSPORT_BACK
            }
            assertTrue((back.screen as Screen.KycCapture).v1.readMrz, "the back carries the machine-readable zone")
            assertFalse(phone.logger.lines.any { "not a photo" in it }, "the photo's bytes never reach the log")
        }
    }

    /** A camera frame of a document: a 1600×1000 JPEG of light paper with rows of dark text. */
    private fun documentPhoto(): ByteArray {
        val image = BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB)
        val g = image.createGraphics()
        g.color = Color(226, 222, 210)
        g.fillRect(0, 0, 1600, 1000)
        g.color = Color(30, 32, 40)
        g.font = Font(Font.MONOSPACED, Font.BOLD, 28)
        for (row in 0 until 28) {
            g.drawString("ПАСПОРТ ID1234567 KGZ 14.05.1990 <<<<<<<< ${row * 7919 % 1000}", 60, 50 + row * 34)
        }
        g.dispose()
        val out = ByteArrayOutputStream()
        ImageIO.write(image, "jpg", out)
        return out.toByteArray()
    }
}
