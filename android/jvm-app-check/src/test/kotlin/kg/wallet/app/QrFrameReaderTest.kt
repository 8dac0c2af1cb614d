package kg.wallet.app

import com.google.zxing.BarcodeFormat
import com.google.zxing.EncodeHintType
import com.google.zxing.common.BitMatrix
import com.google.zxing.qrcode.QRCodeWriter
import java.util.concurrent.Executor
import kotlin.random.Random
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * The scanner's QR decoding on plain JVM frames: payment codes drawn by ZXing's own writer into a camera-like
 * luminance plane (grey, not black and white, with sensor noise), read once, not twice within the quiet period,
 * again after it; turned frames, a light code on a dark screen, padded rows, frames without a code, and frames
 * dropped while one is being decoded.
 */
class QrFrameReaderTest {
    private var now = 1_000_000L
    private val passed = mutableListOf<String>()

    /** Decodes at once, on the caller's thread. */
    private val inline = Executor { it.run() }

    private fun reader(decodeOn: Executor = inline) = QrFrameReader(decodeOn, nowMs = { now }) { passed += it }

    @Test
    fun `a payment code is read once`() {
        val reader = reader()
        assertTrue(reader.offer(frameOf(NAVAT_CAFE)))
        assertEquals(listOf(NAVAT_CAFE), passed)
        assertFalse("done decoding", reader.isBusy)
    }

    @Test
    fun `the same code seen again within the quiet period is not passed again`() {
        val reader = reader()
        val frame = frameOf(NAVAT_CAFE)
        repeat(10) {
            reader.offer(frame)
            now += 250
        }
        assertEquals(listOf(NAVAT_CAFE), passed)
    }

    @Test
    fun `the same code is passed again after the quiet period, another code at once`() {
        val reader = reader()
        reader.offer(frameOf(NAVAT_CAFE))
        now += 1_000
        reader.offer(frameOf(GLOBUS))
        now += QrFrameReader.QUIET_MS - 1_000 - 1
        reader.offer(frameOf(NAVAT_CAFE))
        assertEquals("another code is not held back", listOf(NAVAT_CAFE, GLOBUS), passed)
        now += 1
        reader.offer(frameOf(NAVAT_CAFE))
        assertEquals(listOf(NAVAT_CAFE, GLOBUS, NAVAT_CAFE), passed)
    }

    @Test
    fun `a frame turned as the sensor gives it in portrait is read`() {
        for (turn in listOf(90, 180, 270)) {
            val reader = reader()
            passed.clear()
            reader.offer(frameOf(NAVAT_CAFE, width = 480, height = 640, turns = turn / 90), rotationDegrees = turn)
            assertEquals("turned $turn°", listOf(NAVAT_CAFE), passed)
        }
    }

    @Test
    fun `a light code on a dark screen is read`() {
        val reader = reader()
        reader.offer(frameOf(GLOBUS, inverted = true))
        assertEquals(listOf(GLOBUS), passed)
    }

    @Test
    fun `rows wider than the frame are read by their stride`() {
        val reader = reader()
        val frame = frameOf(NAVAT_CAFE, width = 640, height = 480, rowStride = 704)
        reader.offer(frame)
        assertEquals(listOf(NAVAT_CAFE), passed)
    }

    @Test
    fun `the last row without its padding is enough, as a camera's plane may end`() {
        val reader = reader()
        val padded = frameOf(NAVAT_CAFE, width = 640, height = 480, rowStride = 768)
        val cut = padded.copy(luminance = padded.luminance.copyOf(768 * 479 + 640))
        reader.offer(cut)
        assertEquals(listOf(NAVAT_CAFE), passed)
    }

    @Test
    fun `a frame without a code passes nothing and leaves the reader free`() {
        val reader = reader()
        val noise = Random(7)
        val frame = Frame(ByteArray(640 * 480) { (90 + noise.nextInt(60)).toByte() }, 640, 480, 640)
        assertTrue(reader.offer(frame))
        assertTrue(passed.isEmpty())
        assertFalse(reader.isBusy)
        reader.offer(frameOf(GLOBUS))
        assertEquals(listOf(GLOBUS), passed)
    }

    @Test
    fun `frames arriving while one is decoded are dropped, not queued`() {
        val held = ArrayDeque<Runnable>()
        val reader = reader(decodeOn = { held += it })
        assertTrue(reader.offer(frameOf(NAVAT_CAFE)))
        assertTrue(reader.isBusy)
        assertFalse("dropped while busy", reader.offer(frameOf(GLOBUS)))
        assertFalse("dropped while busy", reader.offer(frameOf(GLOBUS, inverted = true)))
        assertEquals("only the first frame waits to be decoded", 1, held.size)

        held.removeFirst().run()
        assertFalse(reader.isBusy)
        assertEquals("the dropped frames were never decoded", listOf(NAVAT_CAFE), passed)

        assertTrue("free again", reader.offer(frameOf(GLOBUS)))
        held.removeFirst().run()
        assertEquals(listOf(NAVAT_CAFE, GLOBUS), passed)
    }

    @Test
    fun `a stopped decoding thread drops the frame`() {
        val reader = reader(decodeOn = { throw java.util.concurrent.RejectedExecutionException("stopped") })
        assertFalse(reader.offer(frameOf(NAVAT_CAFE)))
        assertFalse(reader.isBusy)
        assertTrue(passed.isEmpty())
    }

    /** A camera's Y plane: [luminance] rows [rowStride] bytes apart, [width] of them the picture's. */
    private data class Frame(val luminance: ByteArray, val width: Int, val height: Int, val rowStride: Int)

    private fun QrFrameReader.offer(frame: Frame, rotationDegrees: Int = 0): Boolean =
        offer(frame.luminance, frame.width, frame.height, frame.rowStride, rotationDegrees)

    /**
     * [text]'s QR code as a phone's camera sees a screen or a sticker: 4 pixels a module, a quiet zone of 4 modules,
     * dark 40 and light 200 with ±15 of noise on a grey background, turned [turns] quarter turns clockwise, centred in
     * a frame of [width] × [height] whose rows are [rowStride] bytes apart (the padding filled with garbage).
     */
    private fun frameOf(
        text: String,
        width: Int = 640,
        height: Int = 480,
        rowStride: Int = width,
        turns: Int = 0,
        inverted: Boolean = false,
    ): Frame {
        val code = QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, mapOf(EncodeHintType.MARGIN to 4)).turned(turns)
        val scale = 4
        val size = code.width * scale
        require(size <= minOf(width, height)) { "a code of $size px in $width × $height" }
        val left = (width - size) / 2
        val top = (height - size) / 2
        val noise = Random(text.hashCode())
        val (dark, light) = if (inverted) 200 to 40 else 40 to 200
        val plane = ByteArray(rowStride * height) { 0xEE.toByte() }
        for (y in 0 until height) {
            for (x in 0 until width) {
                val cx = (x - left).floorDiv(scale)
                val cy = (y - top).floorDiv(scale)
                val inCode = cx in 0 until code.width && cy in 0 until code.height
                val base = when {
                    !inCode -> 128
                    code[cx, cy] -> dark
                    else -> light
                }
                plane[y * rowStride + x] = (base + noise.nextInt(-15, 16)).coerceIn(0, 255).toByte()
            }
        }
        return Frame(plane, width, height, rowStride)
    }

    /** The matrix turned a quarter turn clockwise [turns] times. */
    private fun BitMatrix.turned(turns: Int): BitMatrix {
        var matrix = this
        repeat(turns) {
            val turned = BitMatrix(matrix.height, matrix.width)
            for (y in 0 until matrix.height) for (x in 0 until matrix.width) {
                if (matrix[x, y]) turned.set(matrix.height - 1 - y, x)
            }
            matrix = turned
        }
        return matrix
    }

    private companion object {
        // Two demo merchants' static payment links as the sandbox serves them (`GET /dev/merchants`).
        const val NAVAT_CAFE = "https://pay.payqr.kg/#00020101021132380013qr.sandbox.kg0103pay1010navat-cafe33280010" +
            "navat-cafe0110%D0%9A%D0%B0%D1%84%D0%B5%20%D0%9D%D0%B0%D0%B2%D0%B0%D1%825204581253034175910%D0%9A%D0%B0" +
            "%D1%84%D0%B5%20%D0%9D%D0%B0%D0%B2%D0%B0%D1%826304b13f"
        const val GLOBUS = "https://pay.payqr.kg/#00020101021132420013qr.sandbox.kg0103pay1014globus-bishkek33280014" +
            "globus-bishkek0106%D0%93%D0%BB%D0%BE%D0%B1%D1%83%D1%815204541153034175906%D0%93%D0%BB%D0%BE%D0%B1%D1%83" +
            "%D1%816304a1c7"
    }
}
