package kg.wallet.screens

import androidx.compose.runtime.Composable
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.Modifier
import kg.wallet.core.AccelSample
import kg.wallet.core.CameraFacing
import kg.wallet.core.DeviceContact

/**
 * What the phone does on a screen's behalf: the app hands one small adapter per capability (the scanner's camera and
 * its torch, the camera for identification's photos, the photo picker, the contact picker and the address book, the
 * clipboard, the share sheet for a text, the accelerometer, the coarse location); the
 * screens only call them and send what comes back to the core as the view's events. A capability the app has not
 * given is not offered: its button is not drawn (never a button that does nothing).
 */
class Devices(
    /**
     * The camera's preview inside the scanner's frame; calls `onCode` with the text of each QR code it reads, and
     * `onDenied` when the camera was refused.
     */
    val camera: (@Composable (modifier: Modifier, onCode: (String) -> Unit, onDenied: () -> Unit) -> Unit)? = null,
    /** The scanner camera's torch, when the camera previewed now has one. */
    val torch: Torch? = null,
    /** Opens the system's photo picker; `onPicked` gets the picture's bytes as they are (the core reads them). */
    val pickImage: ((onPicked: (ByteArray) -> Unit) -> Unit)? = null,
    /** The camera for identification's photos: its preview under the screen's guide, and the shutter. */
    val photoCamera: PhotoCamera? = null,
    /** Opens the system's contact picker; `onPicked` gets the number chosen, or `null` when the contacts were refused. */
    val pickContact: ((onPicked: (String?) -> Unit) -> Unit)? = null,
    /**
     * Reads the address book (after asking for the contacts permission): every contact with a number, one entry per
     * number, as written (the core normalises them); `onRead` gets `null` when the contacts were refused.
     */
    val readContacts: ((onRead: (List<DeviceContact>?) -> Unit) -> Unit)? = null,
    /** Puts a text on the clipboard under a label (LinkClipboard). */
    val copyText: ((label: String, text: String) -> Unit)? = null,
    /** Offers a text to the system's share sheet. */
    val shareText: ((text: String) -> Unit)? = null,
    /** Opens the app's page in the phone's settings (after a refused permission). */
    val openSettings: (() -> Unit)? = null,
    /** The accelerometer, read while the shake screen listens. */
    val accelerometer: Accelerometer? = null,
    /**
     * The phone's coarse location once, for shake to pay (the bank pairs only shakes near each other), asked when the
     * shake screen starts listening and only if the person allows it; `onFound` gets millionths of a degree, and is not
     * called when the location was refused or is unknown (the shake then goes without one).
     */
    val location: ((onFound: (latitudeE6: Int, longitudeE6: Int) -> Unit) -> Unit)? = null,
)

/**
 * The torch beside the scanner's camera. Its state is the app's (the camera's request holds it) and is read while
 * drawing, so an implementation keeps both in Compose state: the button appears when a camera with a flash opens and
 * goes dark when it closes.
 */
interface Torch {
    /** Whether the camera previewed now has a torch; without one the button is not drawn. */
    val available: Boolean

    /** Whether it is lit. */
    val lit: Boolean

    /** Lights it or puts it out (nothing when unavailable). */
    fun light(on: Boolean)
}

/**
 * An in-app camera for identification's photos: the screen draws [Preview] inside the guide's box and the guide over
 * it, and its own shutter button calls [capture].
 */
interface PhotoCamera {
    /**
     * The live picture of the camera `facing` (the back one for a document, the front one for a selfie) filling
     * `modifier`, cropped, not stretched; `onDenied` when the camera permission was refused.
     */
    @Composable
    fun Preview(facing: CameraFacing, modifier: Modifier, onDenied: () -> Unit)

    /**
     * Takes one full-resolution photo with the camera previewed now; `onTaken` gets its JPEG bytes as the camera wrote
     * them (the core checks and re-encodes them), on the main thread; not called when no photo could be taken.
     */
    fun capture(onTaken: (ByteArray) -> Unit)
}

/** The accelerometer's readings in batches for the core (`Shake.Samples`), at the rate the view asks. */
interface Accelerometer {
    fun start(rateHz: Int, onSamples: (List<AccelSample>) -> Unit)

    fun stop()
}

/** The devices of the app drawn now; none by default. */
val LocalDevices = staticCompositionLocalOf { Devices() }
