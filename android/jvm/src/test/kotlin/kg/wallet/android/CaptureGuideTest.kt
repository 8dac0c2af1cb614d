package kg.wallet.android

import androidx.compose.ui.geometry.Rect
import kg.wallet.core.PhotoKind
import kg.wallet.screens.captureGuide
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** Identification's guide (`captureGuide`): where the document and the face go in a camera's preview of any shape. */
class CaptureGuideTest {
    private val sides = listOf(PhotoKind.PASSPORT_FRONT, PhotoKind.PASSPORT_BACK)

    /** Previews as phones show them: portrait 3 : 4 (the screen's box), a tall one, landscape, square. */
    private val previews = listOf(720f to 960f, 1080f to 2340f, 1600f to 900f, 500f to 500f)

    private fun Rect.aspect() = width / height

    private fun Rect.inside(width: Float, height: Float, margin: Float) =
        left >= margin - 0.01f && top >= margin - 0.01f && right <= width - margin + 0.01f && bottom <= height - margin + 0.01f

    @Test
    fun `a document side is an ID-1 card's outline, centred, as large as the margins let it be`() {
        for ((width, height) in previews) for (photo in sides) {
            val guide = captureGuide(width, height, photo)
            val card = guide.document
            val margin = minOf(width, height) * 0.08f
            assertEquals("85.6 × 54 in $width × $height", 85.6f / 54f, card.aspect(), 0.001f)
            assertTrue("inside the margins: $card in $width × $height", card.inside(width, height, margin))
            assertEquals("centred across", width / 2, card.center.x, 0.5f)
            assertEquals("centred down", height / 2, card.center.y, 0.5f)
            // As large as it can be: it touches the margins across, or up and down.
            val touches = kotlin.math.abs(card.width - (width - 2 * margin)) < 0.5f || kotlin.math.abs(card.height - (height - 2 * margin)) < 0.5f
            assertTrue("fills the preview: $card in $width × $height", touches)
            assertNull("no face for a document side", guide.face)
        }
    }

    @Test
    fun `in a portrait preview the card spans the width less the margins`() {
        val card = captureGuide(720f, 960f, PhotoKind.PASSPORT_FRONT).document
        assertEquals(720f * 0.84f, card.width, 0.5f)
        assertEquals(720f * 0.84f * 54f / 85.6f, card.height, 0.5f)
    }

    @Test
    fun `the selfie puts an upright face oval above a card under the chin, apart and inside the preview`() {
        for ((width, height) in previews) {
            val guide = captureGuide(width, height, PhotoKind.SELFIE_WITH_PASSPORT)
            assertNotNull("a face for the selfie", guide.face)
            val face = guide.face!!
            val card = guide.document
            val margin = minOf(width, height) * 0.08f
            assertEquals("a face 3 : 4", 0.75f, face.aspect(), 0.001f)
            assertEquals("an ID-1 card", 85.6f / 54f, card.aspect(), 0.001f)
            assertTrue("the face above the card: $face, $card", face.bottom < card.top)
            assertTrue("the face inside: $face in $width × $height", face.inside(width, height, margin))
            assertTrue("the card inside: $card in $width × $height", card.inside(width, height, margin))
            assertEquals("the face centred across", width / 2, face.center.x, 0.5f)
            assertEquals("the card centred across", width / 2, card.center.x, 0.5f)
            assertTrue("the card smaller across than a document side's", card.width < captureGuide(width, height, PhotoKind.PASSPORT_FRONT).document.width)
        }
    }

    @Test
    fun `the guide grows with the preview`() {
        for (photo in sides + PhotoKind.SELFIE_WITH_PASSPORT) {
            val small = captureGuide(360f, 480f, photo)
            val large = captureGuide(720f, 960f, photo)
            assertEquals(small.document.width * 2, large.document.width, 0.5f)
            assertEquals(small.document.top * 2, large.document.top, 0.5f)
        }
    }
}
