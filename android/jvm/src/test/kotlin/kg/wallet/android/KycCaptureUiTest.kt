package kg.wallet.android

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Box
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.toArgb
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.layout.boundsInRoot
import androidx.compose.ui.layout.onGloballyPositioned
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.unit.Density
import java.awt.image.BufferedImage
import java.util.concurrent.CopyOnWriteArrayList
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.CameraFacing
import kg.wallet.core.Event
import kg.wallet.core.KycCaptureScreen
import kg.wallet.core.KycEvent
import kg.wallet.core.PhotoKind
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import kg.wallet.kit.WalletHost
import kg.wallet.screens.Devices
import kg.wallet.screens.PhotoCamera
import kg.wallet.screens.SCRIM_ALPHA
import kg.wallet.screens.WalletApp
import kg.wallet.screens.captureGuide
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import kotlin.math.abs

/**
 * Identification's in-app camera on the Android screens, in Russian, against the real library and a sandbox bank:
 * Чынара's capture screens draw the guide over the camera's picture (a camera double whose picture is one flat
 * colour): the card's white outline where `captureGuide` puts it, clear inside, the picture dimmed around it, and for the
 * selfie the face's oval as well; the shutter hands the core the double's photo for the camera the view names, and the
 * core moves on. A camera refused says so with the settings button, and the gallery stays.
 */
@OptIn(ExperimentalTestApi::class)
class KycCaptureUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()

        /** The double's picture: a colour no part of the theme uses. */
        val PICTURE = Color(0xFFC08020)
        /** The guide's outline over a picture. */
        val OUTLINE = Color.White
        const val WIDTH_PX = 824
        const val HEIGHT_PX = 1784
    }

    private val bank get() = sandbox.bank

    @get:Rule val folder = TemporaryFolder()

    /** A camera double: a flat picture filling its box (whose place it reports), and a shutter giving [photo]. */
    private class FlatCamera(private val refuse: Boolean = false) : PhotoCamera {
        @Volatile var bounds: Rect? = null
        @Volatile var previewing: CameraFacing? = null
        @Volatile var photo: ByteArray? = null
        val taken = CopyOnWriteArrayList<CameraFacing>()

        @Composable
        override fun Preview(facing: CameraFacing, modifier: Modifier, onDenied: () -> Unit) {
            DisposableEffect(facing) {
                if (refuse) onDenied() else previewing = facing
                onDispose { previewing = null }
            }
            Box(modifier.background(PICTURE).onGloballyPositioned { bounds = it.boundsInRoot() })
        }

        override fun capture(onTaken: (ByteArray) -> Unit) {
            taken.add(previewing ?: throw AssertionError("the shutter pressed with no camera previewing"))
            photo?.let(onTaken) ?: throw AssertionError("the test put nothing before the camera")
        }
    }

    private fun ViewModel.capture(): KycCaptureScreen? = (screen as? Screen.KycCapture)?.v1

    /** The app drawing the host's views at a phone's size (412 × 892 dp at 2×) with `devices`. */
    private fun ComposeUiTest.draw(host: WalletHost, devices: Devices) = setContent {
        CompositionLocalProvider(LocalDensity provides Density(2f)) {
            val view by host.view.collectAsState()
            WalletApp(view, host::send, {}, devices)
        }
    }

    private fun ComposeUiTest.waitFor(host: WalletHost, what: String, wanted: (ViewModel) -> Boolean): ViewModel {
        try {
            waitUntil(timeoutMillis = 15_000) { wanted(host.view.value) }
        } catch (timeout: Throwable) {
            throw AssertionError("no view with $what within 15 s; the last is ${host.view.value}", timeout)
        }
        waitForIdle()
        return host.view.value
    }

    private fun ComposeUiTest.tap(text: String) {
        val node = onAllNodes(hasText(text) and hasClickAction())[0]
        runCatching { node.performScrollTo() }
        node.performClick()
        waitForIdle()
    }

    private fun ComposeUiTest.shows(text: String) {
        val node = onAllNodes(hasText(text))[0]
        runCatching { node.performScrollTo() }
        node.assertIsDisplayed()
    }

    /** Whether two colours are the same within a little rounding. */
    private fun near(expected: Color, argb: Int): Boolean {
        val want = expected.toArgb()
        return (0..16 step 8).all { shift -> abs(((want shr shift) and 0xFF) - ((argb shr shift) and 0xFF)) <= 6 }
    }

    private fun BufferedImage.at(point: Offset): Int = getRGB(point.x.toInt(), point.y.toInt())

    private fun dimmed(colour: Color) = Color(colour.red * (1 - SCRIM_ALPHA), colour.green * (1 - SCRIM_ALPHA), colour.blue * (1 - SCRIM_ALPHA))

    /** The picture as drawn: the guide's outline in white, clear inside, dimmed around. */
    private fun ComposeUiTest.assertGuideDrawn(camera: FlatCamera, photo: PhotoKind) {
        val box = camera.bounds ?: throw AssertionError("the camera's picture is not drawn")
        val image = onRoot().captureToImage().toAwtImage()
        val guide = captureGuide(box.width, box.height, photo)
        val card = guide.document.translate(box.topLeft)
        fun check(what: String, expected: Color, point: Offset) {
            val argb = image.at(point)
            assertTrue("$what at $point: #${Integer.toHexString(argb)}, not #${Integer.toHexString(expected.toArgb())} ($photo)", near(expected, argb))
        }
        check("the card's left edge", OUTLINE, Offset(card.left, card.center.y))
        check("the card's right edge", OUTLINE, Offset(card.right, card.center.y))
        check("the card's inside, clear", PICTURE, card.center)
        check("beside the card, dimmed", dimmed(PICTURE), Offset((box.left + card.left) / 2, card.center.y))
        val face = guide.face?.translate(box.topLeft)
        if (face != null) {
            check("the face's top", OUTLINE, Offset(face.center.x, face.top))
            check("the face's inside, clear", PICTURE, face.center)
            check("between the face and the card, dimmed", dimmed(PICTURE), Offset(face.center.x, (face.bottom + card.top) / 2))
            check("beside the face, dimmed", dimmed(PICTURE), Offset((box.left + face.left) / 2, face.center.y))
        }
    }

    /** Takes `kind` with the shutter and waits for the core to have moved past it. */
    private fun ComposeUiTest.photograph(host: WalletHost, camera: FlatCamera, kind: PhotoKind, facing: CameraFacing) {
        val capture = waitFor(host, "the $kind capture") { v -> v.capture()?.let { it.photo == kind && !it.checking } == true }.capture()!!
        assertEquals("the camera the view names previewing", facing, camera.previewing)
        assertGuideDrawn(camera, kind)
        shows(capture.instruction)
        camera.photo = samplePhoto(kind)
        tap(capture.takeLabel)
        assertEquals("the $kind photo taken with the $facing camera", facing, camera.taken.last())
        waitFor(host, "the $kind photo accepted") { v -> v.capture()?.photo != kind }
    }

    @Test
    fun `the capture screens draw the guide over the camera's picture and the shutter gives the core its photos`() {
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        val host = phone.open()
        try {
            host.onboard(bank, CHYNARA, BiometricsEvent.SKIP)
            val home = host.until("home") { (it.screen as? Screen.Home)?.v1?.identification != null }
            host.send((home.screen as Screen.Home).v1.identification!!.open)
            host.until("the status") { it.screen is Screen.KycStatus }
            host.send(Event.Kyc(KycEvent.Start))
            host.until("how it goes") { it.screen is Screen.KycHowTo }
            host.send(Event.Kyc(KycEvent.CloseHowTo))
            host.until("the checklist") { it.screen is Screen.KycChecklist }
            host.send(Event.Kyc(KycEvent.OpenVerification))
            val front = host.until("the first photo") { v -> v.capture()?.let { it.photo == PhotoKind.PASSPORT_FRONT && !it.checking } == true }.capture()!!
            val system = host.view.value.system

            // Refused the camera: the core's words and the settings button; no shutter, the gallery stays.
            val refused = FlatCamera(refuse = true)
            var settingsOpened = 0
            runDesktopComposeUiTest(WIDTH_PX, HEIGHT_PX) {
                draw(host, Devices(photoCamera = refused, pickImage = {}, openSettings = { settingsOpened++ }))
                waitForIdle()
                shows(system.cameraDenied)
                shows(front.galleryLabel)
                assertEquals("no shutter without the camera", 0, onAllNodes(hasText(front.takeLabel)).fetchSemanticsNodes().size)
                tap(system.openSettings)
                assertEquals(1, settingsOpened)
            }

            // The camera: the guide over its picture, the shutter's photos to the core, the front camera for the selfie.
            val camera = FlatCamera()
            runDesktopComposeUiTest(WIDTH_PX, HEIGHT_PX) {
                draw(host, Devices(photoCamera = camera, pickImage = {}))
                waitForIdle()
                assertEquals("no refusal shown", 0, onAllNodes(hasText(system.cameraDenied)).fetchSemanticsNodes().size)
                photograph(host, camera, PhotoKind.PASSPORT_FRONT, CameraFacing.BACK)
                photograph(host, camera, PhotoKind.PASSPORT_BACK, CameraFacing.BACK)
                photograph(host, camera, PhotoKind.SELFIE_WITH_PASSPORT, CameraFacing.FRONT)
            }
            assertEquals(listOf(CameraFacing.BACK, CameraFacing.BACK, CameraFacing.FRONT), camera.taken.toList())
            assertEquals("no event was refused", emptyList<String>(), phone.rejected)
        } finally {
            host.close()
        }
    }
}
