package kg.wallet.screens

import androidx.compose.foundation.Canvas
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.CornerRadius
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.geometry.RoundRect
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.Path
import androidx.compose.ui.graphics.PathFillType
import androidx.compose.ui.graphics.StrokeCap
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.unit.dp
import kg.wallet.core.PhotoKind
import kotlin.math.min

// Where identification's photos are framed: the document's outline in an ID card's proportions, and for the selfie
// the face's oval above the document held under the chin. The geometry is a pure function (CaptureGuideTest); the
// drawing goes over the camera's preview (Kyc.kt).

/** An ID-1 card (the Kyrgyz ID card, a bank card): 85.6 × 54 mm. */
const val ID1_ASPECT = 85.6f / 54f

/** The guide's shapes inside a preview, in its pixels: the document's outline, and the face's oval for the selfie. */
data class CaptureGuide(val document: Rect, val face: Rect?)

/**
 * The guide for `photo` in a preview `width` × `height`. A document side: the largest ID-1 outline leaving a margin
 * of 8 % of the shorter side all round, centred (the person fills it with the card). The selfie: the face's oval
 * (3 : 4) in the upper part and, below it, a smaller outline where the passport is held, both centred across.
 */
fun captureGuide(width: Float, height: Float, photo: PhotoKind): CaptureGuide {
    val margin = min(width, height) * 0.08f
    val center = width / 2
    if (photo != PhotoKind.SELFIE_WITH_PASSPORT) {
        val cardWidth = min(width - 2 * margin, (height - 2 * margin) * ID1_ASPECT)
        val cardHeight = cardWidth / ID1_ASPECT
        val top = (height - cardHeight) / 2
        return CaptureGuide(Rect(center - cardWidth / 2, top, center + cardWidth / 2, top + cardHeight), face = null)
    }
    // The face takes the upper 45 % (less in a wide preview), the card 60 % of the width under it, with a gap.
    val gap = margin / 2
    val faceHeight = min((height - 2 * margin) * 0.45f, (width - 2 * margin) * 0.5f / 0.75f)
    val faceWidth = faceHeight * 0.75f
    val face = Rect(center - faceWidth / 2, margin, center + faceWidth / 2, margin + faceHeight)
    val room = height - margin - face.bottom - gap
    val cardWidth = min(width * 0.6f, room * ID1_ASPECT)
    val cardHeight = cardWidth / ID1_ASPECT
    val top = face.bottom + gap
    return CaptureGuide(Rect(center - cardWidth / 2, top, center + cardWidth / 2, top + cardHeight), face)
}

/**
 * The guide drawn over the preview: over a live picture, outside the shapes dimmed and their outlines white (the
 * theme's colour is lost on a dark desk); alone, the outlines in `accent`. On the document the printed photo's place
 * (its front) or the machine-readable zone's three lines (its back). Decorative: the instruction above says the same
 * in words.
 */
@Composable
fun CaptureGuideOverlay(photo: PhotoKind, accent: Color, overPicture: Boolean, modifier: Modifier = Modifier) {
    val outline = if (overPicture) Color.White else accent
    Canvas(modifier.decorative()) {
        val guide = captureGuide(size.width, size.height, photo)
        val stroke = Stroke(width = 3.dp.toPx(), cap = StrokeCap.Round)
        val corner = CornerRadius(guide.document.width * 0.045f)
        if (overPicture) {
            val holes = Path().apply {
                fillType = PathFillType.EvenOdd
                addRect(Rect(Offset.Zero, size))
                addRoundRect(RoundRect(guide.document, corner))
                guide.face?.let(::addOval)
            }
            drawPath(holes, Color.Black.copy(alpha = SCRIM_ALPHA))
        }
        drawRoundRect(outline, guide.document.topLeft, guide.document.size, corner, style = stroke)
        guide.face?.let { drawOval(outline, it.topLeft, it.size, style = stroke) }
        val faint = outline.copy(alpha = 0.45f)
        val card = guide.document
        fun at(x: Float, y: Float) = Offset(card.left + card.width * x, card.top + card.height * y)
        when (photo) {
            PhotoKind.PASSPORT_BACK -> for (line in 0 until 3) {
                val y = 0.70f + line * 0.09f
                drawLine(faint, at(0.08f, y), at(0.92f, y), strokeWidth = card.height * 0.035f, cap = StrokeCap.Round)
            }
            PhotoKind.PASSPORT_FRONT, PhotoKind.SELFIE_WITH_PASSPORT ->
                drawRect(faint, at(0.07f, 0.22f), Size(card.width * 0.26f, card.height * 0.52f), style = stroke)
        }
    }
}

/** How dark the picture is outside the guide: the shapes stand out, the surroundings stay visible. */
const val SCRIM_ALPHA = 0.5f
