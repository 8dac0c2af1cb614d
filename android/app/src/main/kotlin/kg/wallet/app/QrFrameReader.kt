package kg.wallet.app

import com.google.zxing.BarcodeFormat
import com.google.zxing.BinaryBitmap
import com.google.zxing.DecodeHintType
import com.google.zxing.MultiFormatReader
import com.google.zxing.PlanarYUVLuminanceSource
import com.google.zxing.ReaderException
import com.google.zxing.common.HybridBinarizer
import java.util.concurrent.Executor
import java.util.concurrent.RejectedExecutionException
import java.util.concurrent.atomic.AtomicBoolean

// No Android class on purpose: the scanner's decoding is plain Kotlin over ZXing's core, so it is unit-tested on the
// JVM (QrFrameReaderTest) while the camera that feeds it (ScannerCamera.kt) needs a phone.

/**
 * Reads payment QR codes out of the camera's frames for the scanner: each frame's luminance (the Y plane of a
 * YUV_420_888 image, rows [rowStride] bytes apart) is decoded with ZXing, QR codes only, trying harder and also the
 * inverted picture (a light code on a dark screen). Each text found goes to [onCode], but the same text seen again
 * within [quietMs] of being passed is not passed again: the camera sees a code many times a second, and the core
 * must not be asked to open the same payment twice.
 *
 * One frame is decoded at a time, on [decodeOn]: a frame offered while another is being decoded is dropped, never
 * queued (the camera always has a newer one).
 */
class QrFrameReader(
    private val decodeOn: Executor,
    private val quietMs: Long = QUIET_MS,
    private val nowMs: () -> Long = { System.nanoTime() / 1_000_000 },
    private val onCode: (String) -> Unit,
) {
    private val busy = AtomicBoolean(false)
    private val reader = MultiFormatReader().apply {
        setHints(
            mapOf(
                DecodeHintType.POSSIBLE_FORMATS to listOf(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER to true,
                DecodeHintType.ALSO_INVERTED to true,
            ),
        )
    }

    /** When each text was last passed on; touched only by the one decoding at a time. */
    private val passedAt = HashMap<String, Long>()

    /** Whether a frame is being decoded now: the camera need not copy a frame that would be dropped. */
    val isBusy: Boolean get() = busy.get()

    /**
     * Offers one frame; `false` when it was dropped because another is being decoded (or the decoding thread has
     * stopped). [luminance] must stay unchanged until the decoding ends (while [isBusy]). [rotationDegrees] is how far
     * the frame is turned from upright (0, 90, 180 or 270): a QR code's three finder patterns tell its orientation,
     * so the frame is decoded as the sensor gave it and never turned.
     */
    fun offer(luminance: ByteArray, width: Int, height: Int, rowStride: Int, rotationDegrees: Int): Boolean {
        require(width > 0 && height > 0 && rowStride >= width) { "a frame of $width × $height, rows $rowStride apart" }
        require(luminance.size >= rowStride * (height - 1) + width) { "${luminance.size} bytes for $width × $height" }
        require(rotationDegrees % 90 == 0) { "rotation $rotationDegrees°" }
        if (!busy.compareAndSet(false, true)) return false
        try {
            decodeOn.execute {
                try {
                    decode(luminance, width, height, rowStride)?.let(::pass)
                } finally {
                    busy.set(false)
                }
            }
        } catch (_: RejectedExecutionException) {
            // The decoding thread has stopped (the camera is closing): the frame goes nowhere.
            busy.set(false)
            return false
        }
        return true
    }

    private fun decode(luminance: ByteArray, width: Int, height: Int, rowStride: Int): String? {
        val source = PlanarYUVLuminanceSource(luminance, rowStride, height, 0, 0, width, height, false)
        return try {
            reader.decodeWithState(BinaryBitmap(HybridBinarizer(source))).text
        } catch (_: ReaderException) {
            null // No code in this frame, or one too blurred to read: the next frame tries again.
        } finally {
            reader.reset()
        }
    }

    private fun pass(text: String) {
        val now = nowMs()
        passedAt.values.removeAll { now - it >= quietMs }
        if (text in passedAt) return
        passedAt[text] = now
        onCode(text)
    }

    companion object {
        /** How long the same code is not passed again: the core has opened the payment by then. */
        const val QUIET_MS = 3_000L
    }
}
