package kg.wallet.app

// The arithmetic of identification's still photo (KycCamera): which JPEG size, which preview size, which way up. No
// Android class, so it is tested on the JVM (`StillPhotoTest`).

/** A camera's output size in pixels, in the sensor's landscape terms (android.util.Size without the framework). */
data class PixelSize(val width: Int, val height: Int) {
    val pixels: Long get() = width.toLong() * height
}

/** The still's size: the largest JPEG the camera makes (the bank reads a document's small print). */
fun largestSize(offered: List<PixelSize>): PixelSize? = offered.maxByOrNull { it.pixels }

/**
 * The preview's size for `still`: of the sizes up to 1920 × 1080 (a preview larger than the screen costs and shows
 * nothing more), the largest of the still's shape, so that the preview frames what the photo holds and the guide over
 * it means the same on the photo; failing that, the largest of those sizes; failing that, the smallest offered.
 */
fun previewSizeFor(still: PixelSize, offered: List<PixelSize>): PixelSize? {
    val modest = offered.filter { it.width <= MAX_PREVIEW.width && it.height <= MAX_PREVIEW.height }
    val sameShape = modest.filter { sameShape(it, still) }
    return sameShape.maxByOrNull { it.pixels } ?: modest.maxByOrNull { it.pixels } ?: offered.minByOrNull { it.pixels }
}

/** Whether two sizes have the same width to height within 1 % (4032 × 3024 and 1440 × 1080 do). */
private fun sameShape(a: PixelSize, b: PixelSize): Boolean {
    val ratio = a.width.toDouble() / a.height / (b.width.toDouble() / b.height)
    return ratio in 0.99..1.01
}

private val MAX_PREVIEW = PixelSize(1920, 1080)

/**
 * `JPEG_ORIENTATION` for a still taken while the screen is turned `displayDegrees` (0, 90, 180, 270: the display's
 * rotation): the photo upright as the person sees the preview. The formula of CaptureRequest.JPEG_ORIENTATION's
 * documentation, with the device's turn (clockwise) read from the display's (counter-clockwise); a front camera's
 * picture is mirrored, so the turn counts the other way.
 */
fun jpegDegrees(sensorDegrees: Int, displayDegrees: Int, front: Boolean): Int {
    val device = (360 - displayDegrees) % 360
    val turn = if (front) -device else device
    return ((sensorDegrees + turn) % 360 + 360) % 360
}
