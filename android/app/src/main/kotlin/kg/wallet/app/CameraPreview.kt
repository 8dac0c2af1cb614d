package kg.wallet.app

import android.graphics.Matrix
import android.graphics.RectF
import android.util.Size
import android.view.Surface
import android.view.TextureView
import kotlin.math.max

/**
 * A camera's preview of `previewSize` (in the sensor's landscape terms) filling this view without stretching, cropped
 * to it, upright whichever way the phone is held: a TextureView stretches the camera's buffer to its size and turns it
 * for the sensor's mounting, the rest is this transform (as Camera2Basic does). The scanner and identification's
 * camera both show theirs so.
 */
fun TextureView.fitCameraPreview(previewSize: Size, sensorDegrees: Int) {
    val width = width.toFloat()
    val height = height.toFloat()
    val rotation = display?.rotation ?: Surface.ROTATION_0
    if (width == 0f || height == 0f) return
    val centerX = width / 2
    val centerY = height / 2
    val matrix = Matrix()
    if (rotation == Surface.ROTATION_90 || rotation == Surface.ROTATION_270) {
        val buffer = RectF(0f, 0f, previewSize.height.toFloat(), previewSize.width.toFloat())
        buffer.offset(centerX - buffer.centerX(), centerY - buffer.centerY())
        matrix.setRectToRect(RectF(0f, 0f, width, height), buffer, Matrix.ScaleToFit.FILL)
        val scale = max(height / previewSize.height, width / previewSize.width)
        matrix.postScale(scale, scale, centerX, centerY)
        matrix.postRotate(90f * (rotation - 2), centerX, centerY)
    } else {
        val upright = sensorDegrees % 180 != 0
        val shownWidth = (if (upright) previewSize.height else previewSize.width).toFloat()
        val shownHeight = (if (upright) previewSize.width else previewSize.height).toFloat()
        val scale = max(width / shownWidth, height / shownHeight)
        matrix.setScale(shownWidth * scale / width, shownHeight * scale / height, centerX, centerY)
        if (rotation == Surface.ROTATION_180) matrix.postRotate(180f, centerX, centerY)
    }
    setTransform(matrix)
}
