package kg.wallet.android

import androidx.compose.foundation.layout.Box
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.SideEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.ComposeContentTestRule
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import java.util.concurrent.CopyOnWriteArrayList
import kg.wallet.core.SecureStorage
import kg.wallet.core.ShareSheet
import kg.wallet.core.ViewModel
import kg.wallet.kit.WalletHost
import kg.wallet.core.AccelSample
import kg.wallet.core.CameraFacing
import kg.wallet.core.DeviceContact
import kg.wallet.core.PinMode
import kg.wallet.core.Screen
import kg.wallet.screens.Accelerometer
import kg.wallet.screens.Devices
import kg.wallet.screens.PhotoCamera
import kg.wallet.screens.Torch
import kg.wallet.screens.WalletApp
import kg.wallet.screens.kind

/**
 * The Android app as the UI tests drive it: WalletApp drawing the views of a WalletHost over the real library, with
 * the share sheet answered at once. Taps go to what a person sees (`tap("Кийинки")`); `until` waits for the core and
 * for the screen to have drawn its view, and fails if a missing text (`⟦…⟧`) is drawn.
 */
class AppUnderTest(private val rule: ComposeContentTestRule, val phone: TestPhone) {
    private val current = mutableStateOf<WalletHost?>(null)
    @Volatile private var drawn: ULong = ULong.MAX_VALUE
    val drawnViews = CopyOnWriteArrayList<ViewModel>()
    val shared = CopyOnWriteArrayList<ShareSheet>()
    val devices = TestDevices()

    val host: WalletHost get() = current.value ?: throw AssertionError("the app is not started")

    init {
        rule.setContent {
            val host = current.value ?: return@setContent
            val view by host.view.collectAsState()
            SideEffect {
                drawn = view.revision
                drawnViews.add(view)
            }
            WalletApp(view, host::send, { sheet ->
                shared.add(sheet)
                host.send(sheet.close.event)
            }, devices.devices)
        }
    }

    /** Starts the app (again): a new core on the phone's data. */
    fun start(storage: SecureStorage = phone.storage) {
        current.value?.close()
        drawn = ULong.MAX_VALUE
        rule.runOnIdle { current.value = phone.open(storage) }
    }

    fun stop() {
        current.value?.close()
        rule.runOnIdle { current.value = null }
    }

    /** Waits up to 15 s for a view that is `wanted` and drawn, and checks what is drawn. */
    fun until(what: String, wanted: (ViewModel) -> Boolean): ViewModel {
        try {
            rule.waitUntil(15_000) {
                val view = current.value?.view?.value
                view != null && wanted(view) && drawn == view.revision
            }
        } catch (timeout: Throwable) {
            throw AssertionError("no drawn view with $what within 15 s; the last is ${current.value?.view?.value}", timeout)
        }
        rule.waitForIdle()
        assertDrawnFully()
        return host.view.value
    }

    /** No missing text on screen. */
    fun assertDrawnFully() {
        val missing = rule.onAllNodes(hasText("⟦", substring = true), useUnmergedTree = true).fetchSemanticsNodes()
        if (missing.isNotEmpty()) throw AssertionError("a missing text is drawn: ${missing.map { it.config }}")
    }

    /** Taps the control that shows `text` (scrolled into view first). */
    fun tap(text: String, index: Int = 0) {
        val node = clickable(text, index)
        runCatching { node.performScrollTo() }
        node.performClick()
        rule.waitForIdle()
    }

    fun clickable(text: String, index: Int = 0): SemanticsNodeInteraction {
        val all = rule.onAllNodes(hasText(text) and hasClickAction())
        return all[index]
    }

    /** Shows `text` (the first node with it, scrolled into view); `substring` when it is part of a longer text. */
    fun shows(text: String, substring: Boolean = false) {
        val node = rule.onAllNodes(hasText(text, substring = substring))[0]
        runCatching { node.performScrollTo() }
        node.assertIsDisplayed()
    }

    /** Types into the screen's text field, as the keyboard would. */
    fun type(text: String) {
        rule.onNode(hasSetTextAction()).performTextInput(text)
        rule.waitForIdle()
    }

    /** Replaces what the text field labelled `label` holds, as selecting it all and typing over it would. */
    fun retypeInto(label: String, text: String) {
        val field = rule.onNode(hasSetTextAction() and hasText(label))
        runCatching { field.performScrollTo() }
        field.performTextReplacement(text)
        rule.waitForIdle()
    }

    /** Types into the text field labelled `label` (one of several on the screen), as the keyboard would. */
    fun typeInto(label: String, text: String) {
        val field = rule.onNode(hasSetTextAction() and hasText(label))
        runCatching { field.performScrollTo() }
        field.performTextInput(text)
        rule.waitForIdle()
    }

    /** Taps a PIN on the pad shown. */
    fun tapPin(pin: String) = pin.forEach { tap(it.toString()) }

    /** Waits for the lock screen's pad to take keys, then unlocks with the PIN. */
    fun unlock(pin: String = PIN) {
        until("the lock screen") { (it.screen as? Screen.Pin)?.v1?.let { p -> p.mode == PinMode.UNLOCK && p.keysEnabled } == true }
        tapPin(pin)
    }

    fun close() {
        current.value?.close()
        assertDrawable(drawnViews)
    }
}

/**
 * A phone whose customer `number` went through the wizard (quickly, with the views' events, fingerprint declined),
 * its app started on the screens and unlocked with the PIN: where a UI test of a feature after the wizard begins.
 */
fun onboardedApp(rule: ComposeContentTestRule, dataDir: java.nio.file.Path, bank: SandboxBank, number: String, locale: String = "ru-RU"): AppUnderTest {
    val phone = TestPhone(dataDir, bank, locale, biometrics = false)
    phone.open().use { it.onboard(bank, number, kg.wallet.core.BiometricsEvent.SKIP) }
    val app = AppUnderTest(rule, phone)
    app.start()
    app.unlock()
    return app
}

/** A torch the test switches into being (a camera with a flash), recording what the screen asked of it. */
class TestTorch : Torch {
    override var available by mutableStateOf(false)
    override var lit by mutableStateOf(false)
        private set
    val asked = CopyOnWriteArrayList<Boolean>()

    override fun light(on: Boolean) {
        asked.add(on)
        if (available) lit = on
    }
}

/**
 * The phone's adapters as the UI tests stand them in: a camera that reads what the test shows it (its torch there when
 * the test says the camera has one), a photo picker that picks the picture the test chose, a photo camera whose
 * shutter takes the photo the test put before it with the camera previewed, a contact picker
 * that picks the number the test chose (or is refused), the address book the test wrote (or refused), and the
 * clipboard and the share sheet recording what they were given.
 */
class TestDevices {
    @Volatile private var camera: ((String) -> Unit)? = null
    @Volatile var picture: ByteArray? = null
    /** What the camera photographs next, and which camera each photo was taken with, in order. */
    @Volatile var photo: ByteArray? = null
    val cameras = CopyOnWriteArrayList<CameraFacing>()
    @Volatile private var previewing: CameraFacing? = null
    /** The scanner camera's torch: none until the test gives the camera one (`torch.available`). */
    val torch = TestTorch()
    @Volatile var contact: String? = null
    /** The address book the contacts permission opens; `null`: the person refused it. */
    @Volatile var addressBook: List<DeviceContact>? = null
    val copied = CopyOnWriteArrayList<String>()
    @Volatile private var motion: ((List<AccelSample>) -> Unit)? = null
    /** The rates the screens started the accelerometer at, in order. */
    val accelerometerStarts = CopyOnWriteArrayList<Int>()
    val sharedTexts = CopyOnWriteArrayList<String>()
    /** Where the phone is, as the coarse location gives it (`null`: refused); how many times a screen asked. */
    @Volatile var place: Pair<Int, Int>? = null
    @Volatile var locationAsked = 0

    val devices = Devices(
        camera = { modifier, onCode, _ ->
            DisposableEffect(onCode) {
                camera = onCode
                onDispose { camera = null }
            }
            Box(modifier)
        },
        pickImage = { onPicked -> picture?.let(onPicked) ?: throw AssertionError("the test chose no picture") },
        torch = torch,
        photoCamera = object : PhotoCamera {
            @Composable
            override fun Preview(facing: CameraFacing, modifier: Modifier, onDenied: () -> Unit) {
                DisposableEffect(facing) {
                    previewing = facing
                    onDispose { previewing = null }
                }
                Box(modifier)
            }

            override fun capture(onTaken: (ByteArray) -> Unit) {
                cameras.add(previewing ?: throw AssertionError("the shutter pressed with no camera previewing"))
                photo?.let(onTaken) ?: throw AssertionError("the test put nothing before the camera")
            }
        },
        pickContact = { onPicked -> onPicked(contact) },
        readContacts = { onRead -> onRead(addressBook) },
        copyText = { _, text -> copied.add(text) },
        shareText = { text -> sharedTexts.add(text) },
        accelerometer = object : Accelerometer {
            override fun start(rateHz: Int, onSamples: (List<AccelSample>) -> Unit) {
                accelerometerStarts.add(rateHz)
                motion = onSamples
            }

            override fun stop() {
                motion = null
            }
        },
        location = { onFound ->
            locationAsked++
            place?.let { (latitude, longitude) -> onFound(latitude, longitude) }
        },
    )

    /** Whether a screen is reading the accelerometer now. */
    val listening: Boolean get() = motion != null

    /** The phone is shaken: the accelerometer, while read, reports `samples`. */
    fun shake(samples: List<AccelSample>) {
        val read = motion ?: throw AssertionError("nothing reads the accelerometer")
        read(samples)
    }

    /** The camera, pointed at a QR code holding `text`, reads it. */
    fun scan(text: String) {
        val read = camera ?: throw AssertionError("no camera is showing")
        read(text)
    }
}
