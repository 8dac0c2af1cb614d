package kg.wallet.app

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test

/**
 * Identification's still photo (`StillPhoto.kt`, plain JUnit 4: no Android class): the largest JPEG, a preview of the
 * still's shape no larger than 1920 × 1080, and `JPEG_ORIENTATION` for the back and the front camera however the screen
 * is turned.
 */
class StillPhotoTest {
    // Sizes as a phone's camera lists them (a 12 MP 4 : 3 sensor, in landscape terms).
    private val jpegs = listOf(PixelSize(1920, 1080), PixelSize(4032, 3024), PixelSize(4032, 2268), PixelSize(3024, 3024), PixelSize(640, 480))
    private val previews = listOf(
        PixelSize(3840, 2160), PixelSize(1920, 1440), PixelSize(1920, 1080), PixelSize(1440, 1080),
        PixelSize(1280, 960), PixelSize(1280, 720), PixelSize(640, 480),
    )

    @Test
    fun `the still is the largest JPEG the camera makes`() {
        assertEquals(PixelSize(4032, 3024), largestSize(jpegs))
        assertNull(largestSize(emptyList()))
    }

    @Test
    fun `the preview has the still's shape, as large as 1920 × 1080 allows`() {
        assertEquals(PixelSize(1440, 1080), previewSizeFor(PixelSize(4032, 3024), previews))
        assertEquals(PixelSize(1920, 1080), previewSizeFor(PixelSize(4032, 2268), previews))
    }

    @Test
    fun `without a preview of its shape the largest modest one, without a modest one the smallest`() {
        assertEquals(PixelSize(1920, 1080), previewSizeFor(PixelSize(3024, 3024), previews))
        assertEquals(PixelSize(2560, 1440), previewSizeFor(PixelSize(4032, 3024), listOf(PixelSize(3840, 2160), PixelSize(2560, 1440))))
        assertNull(previewSizeFor(PixelSize(4032, 3024), emptyList()))
    }

    @Test
    fun `a back camera mounted at 90° is turned by its mounting, less the screen's turn`() {
        assertEquals("portrait", 90, jpegDegrees(90, 0, front = false))
        assertEquals("turned left (ROTATION_90)", 0, jpegDegrees(90, 90, front = false))
        assertEquals("upside down", 270, jpegDegrees(90, 180, front = false))
        assertEquals("turned right (ROTATION_270)", 180, jpegDegrees(90, 270, front = false))
    }

    @Test
    fun `a front camera mounted at 270° turns the other way with the screen`() {
        assertEquals("portrait", 270, jpegDegrees(270, 0, front = true))
        assertEquals("turned left (ROTATION_90)", 0, jpegDegrees(270, 90, front = true))
        assertEquals("upside down", 90, jpegDegrees(270, 180, front = true))
        assertEquals("turned right (ROTATION_270)", 180, jpegDegrees(270, 270, front = true))
    }
}
