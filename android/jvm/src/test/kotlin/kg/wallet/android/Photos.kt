package kg.wallet.android

import java.awt.image.BufferedImage
import java.io.ByteArrayOutputStream
import javax.imageio.IIOImage
import javax.imageio.ImageIO
import javax.imageio.ImageWriteParam
import kg.wallet.core.PhotoKind

// Identification photos for the tests, made as tests/rust/photos.rs makes them: a sharp, well-lit page of printed
// lines (1600 × 1000, a JPEG at quality 90) that passes the core's checks of size, light, sharpness and glare; and a
// thumbnail far below the resolution the bank needs.

/** A photo of the page `kind` asks for, good enough for the bank (the same page per kind, as photos.rs's `sample`). */
fun samplePhoto(kind: PhotoKind): ByteArray = jpeg(
    page(
        1600,
        1000,
        when (kind) {
            PhotoKind.PASSPORT_FRONT -> 1L
            PhotoKind.PASSPORT_BACK -> 2L
            PhotoKind.SELFIE_WITH_PASSPORT -> 3L
        },
    ),
)

/** A photo far below the resolution the bank needs. */
fun thumbnailPhoto(): ByteArray = jpeg(page(320, 200, 9))

/** A light page with letter-sized dark strokes in lines, like printed text (xorshift-placed, as photos.rs does). */
private fun page(width: Int, height: Int, seed: Long): BufferedImage {
    var state = (seed * -0x61c8864680b583ebL) or 1L
    fun next(bound: Int): Int {
        state = state xor (state ushr 12)
        state = state xor (state shl 25)
        state = state xor (state ushr 27)
        val value = ((state * 0x2545F4914F6CDD1DL) ushr 32) and 0xFFFF_FFFFL
        return (value % bound.coerceAtLeast(1)).toInt()
    }
    val image = BufferedImage(width, height, BufferedImage.TYPE_INT_RGB)
    val paper = (226 shl 16) or (222 shl 8) or 210
    val ink = (30 shl 16) or (32 shl 8) or 40
    for (y in 0 until height) for (x in 0 until width) image.setRGB(x, y, paper)
    val lineHeight = (height / 40).coerceAtLeast(6)
    var y = lineHeight * 2
    while (y + lineHeight < height - lineHeight) {
        var x = width / 20
        while (x < width - width / 20) {
            val word = 4 + next(width / 12)
            val stroke = (lineHeight * 2 / 3).coerceAtLeast(2)
            for (dx in 0 until minOf(word, width - width / 20 - x)) {
                if ((dx / 3) % 3 == 2) continue
                for (dy in 0 until stroke) image.setRGB(x + dx, y + dy, ink)
            }
            x += word + 8 + next(12)
        }
        y += lineHeight + next(lineHeight / 2 + 1)
    }
    return image
}

private fun jpeg(image: BufferedImage): ByteArray {
    val writer = ImageIO.getImageWritersByFormatName("jpeg").next()
    val out = ByteArrayOutputStream()
    ImageIO.createImageOutputStream(out).use { stream ->
        writer.output = stream
        val quality = writer.defaultWriteParam.apply {
            compressionMode = ImageWriteParam.MODE_EXPLICIT
            compressionQuality = 0.9f
        }
        writer.write(null, IIOImage(image, null, null), quality)
    }
    writer.dispose()
    return out.toByteArray()
}
