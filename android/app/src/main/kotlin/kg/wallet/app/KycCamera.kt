package kg.wallet.app

import android.content.Context
import android.graphics.ImageFormat
import android.graphics.SurfaceTexture
import android.hardware.camera2.CameraAccessException
import android.hardware.camera2.CameraCaptureSession
import android.hardware.camera2.CameraCharacteristics
import android.hardware.camera2.CameraDevice
import android.hardware.camera2.CameraManager
import android.hardware.camera2.CaptureFailure
import android.hardware.camera2.CaptureRequest
import android.media.ImageReader
import android.os.Handler
import android.os.HandlerThread
import android.os.Looper
import android.util.Size
import android.view.Surface
import android.view.TextureView
import androidx.compose.foundation.layout.Box
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberUpdatedState
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clipToBounds
import androidx.compose.ui.viewinterop.AndroidView
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.LifecycleEventObserver
import kg.wallet.core.CameraFacing
import kg.wallet.screens.PhotoCamera

/**
 * Identification's camera (`Devices.photoCamera`) on the framework's Camera2 API: the camera the view names (the back
 * one for the document, the front one for the selfie) previewed in a `TextureView` under the screen's guide, open only
 * while the capture screen is shown and the activity resumed (as the scanner's); the shutter takes one JPEG at the
 * camera's largest size, turned upright by `JPEG_ORIENTATION`, whose bytes go to the core as the camera wrote them.
 * Refused the CAMERA permission, it calls `onDenied` (the screen shows the core's words, the settings and the gallery).
 */
class KycCamera(private val activity: FragmentActivity, private val permission: CameraPermission) : PhotoCamera {
    /** The stream previewing now, which the shutter asks (main thread). */
    private var current: StillCameraStream? = null

    @Composable
    override fun Preview(facing: CameraFacing, modifier: Modifier, onDenied: () -> Unit) {
        var allowed by remember { mutableStateOf(permission.granted) }
        val denied by rememberUpdatedState(onDenied)
        if (allowed) {
            val texture = remember { TextureView(activity) }
            DisposableEffect(texture, facing) {
                val stream = StillCameraStream(activity, texture, facing == CameraFacing.FRONT)
                current = stream
                val lifecycle = LifecycleEventObserver { _, event ->
                    when (event) {
                        Lifecycle.Event.ON_RESUME -> stream.resume()
                        Lifecycle.Event.ON_PAUSE -> stream.pause()
                        else -> Unit
                    }
                }
                // Told at once of the state the activity is in: a resumed activity opens the camera now.
                activity.lifecycle.addObserver(lifecycle)
                onDispose {
                    activity.lifecycle.removeObserver(lifecycle)
                    stream.pause()
                    if (current === stream) current = null
                }
            }
            AndroidView(factory = { texture }, modifier = modifier.clipToBounds())
        } else {
            DisposableEffect(Unit) {
                permission.ask { granted -> if (granted) allowed = true else denied() }
                onDispose { permission.forget() }
            }
            Box(modifier)
        }
    }

    override fun capture(onTaken: (ByteArray) -> Unit) {
        current?.capture(onTaken)
    }
}

/**
 * One camera (the front or the back one; the first there is when the phone lacks it) streaming into [texture] and
 * ready to take a still into a JPEG `ImageReader`. Opened while [resume]d and the texture is available; the JPEG's
 * bytes are copied on a background thread, everything else happens on the main thread.
 */
private class StillCameraStream(
    context: Context,
    private val texture: TextureView,
    private val front: Boolean,
) : TextureView.SurfaceTextureListener {
    private val cameras = context.getSystemService(Context.CAMERA_SERVICE) as CameraManager
    private val main = Handler(Looper.getMainLooper())
    private var resumed = false
    private var open: Opening? = null

    init {
        texture.surfaceTextureListener = this
    }

    fun resume() {
        resumed = true
        openIfReady()
    }

    fun pause() {
        resumed = false
        open?.close()
        open = null
    }

    /** Takes a still with the camera open now; nothing when it is not (yet) streaming or a still is on its way. */
    fun capture(onTaken: (ByteArray) -> Unit) {
        open?.capture(onTaken)
    }

    override fun onSurfaceTextureAvailable(surface: SurfaceTexture, width: Int, height: Int) = openIfReady()

    override fun onSurfaceTextureSizeChanged(surface: SurfaceTexture, width: Int, height: Int) {
        open?.fitPreview()
    }

    override fun onSurfaceTextureDestroyed(surface: SurfaceTexture): Boolean {
        open?.close()
        open = null
        return true
    }

    override fun onSurfaceTextureUpdated(surface: SurfaceTexture) = Unit

    private fun openIfReady() {
        if (!resumed || !texture.isAvailable || open != null) return
        val facing = if (front) CameraCharacteristics.LENS_FACING_FRONT else CameraCharacteristics.LENS_FACING_BACK
        val opening = try {
            val ids = cameras.cameraIdList
            val id = ids.firstOrNull { cameras.getCameraCharacteristics(it).get(CameraCharacteristics.LENS_FACING) == facing }
                ?: ids.firstOrNull()
            id?.let { Opening(it, cameras.getCameraCharacteristics(it)) }
        } catch (_: CameraAccessException) {
            null
        } ?: return // No camera (or none allowed by a device policy): the guide stays over an empty box, the gallery is there.
        open = opening
        opening.start()
    }

    /** One opening of the camera, from `openCamera` to `close`; nothing of it is reused. */
    private inner class Opening(private val id: String, private val characteristics: CameraCharacteristics) {
        private val sizes = characteristics.get(CameraCharacteristics.SCALER_STREAM_CONFIGURATION_MAP)
        private val stillSize = largestSize(sizes?.getOutputSizes(ImageFormat.JPEG).pixelSizes()) ?: PixelSize(1920, 1080)
        private val previewSize = (previewSizeFor(stillSize, sizes?.getOutputSizes(SurfaceTexture::class.java).pixelSizes()) ?: PixelSize(1280, 720))
            .let { Size(it.width, it.height) }
        private val sensorDegrees = characteristics.get(CameraCharacteristics.SENSOR_ORIENTATION) ?: 90
        private val stills = HandlerThread("kyc-still").apply { start() }
        private val stillsHandler = Handler(stills.looper)
        private val jpegs = ImageReader.newInstance(stillSize.width, stillSize.height, ImageFormat.JPEG, 2)
        private var device: CameraDevice? = null
        private var session: CameraCaptureSession? = null
        private var preview: Surface? = null
        private var closed = false

        /** Who gets the still on its way; `null` while none is. */
        private var taking: ((ByteArray) -> Unit)? = null

        fun start() {
            jpegs.setOnImageAvailableListener(::copy, stillsHandler)
            fitPreview()
            cameras.openCamera(id, main, { closed }, ::startSession, ::releasePreview, ::close)
        }

        private fun releasePreview() {
            preview?.release()
            preview = null
        }

        private fun startSession(camera: CameraDevice) {
            device = camera
            val surfaceTexture = texture.surfaceTexture ?: return close()
            surfaceTexture.setDefaultBufferSize(previewSize.width, previewSize.height)
            val shown = Surface(surfaceTexture).also { preview = it }
            camera.startSession(listOf(shown, jpegs.surface), main, { closed }, { configured ->
                session = configured
                // The preview only; the JPEG reader is a target of the still's request alone.
                val request = camera.createCaptureRequest(CameraDevice.TEMPLATE_PREVIEW).apply {
                    addTarget(shown)
                    set(CaptureRequest.CONTROL_MODE, CaptureRequest.CONTROL_MODE_AUTO)
                    set(CaptureRequest.CONTROL_AF_MODE, focusMode())
                }
                if (!configured.repeat(request.build(), main)) close()
            }, ::close)
        }

        /** Continuous focus for a document held at arm's length and moved: the picture kind, else auto, else none. */
        private fun focusMode(): Int = characteristics.focusMode(
            listOf(CaptureRequest.CONTROL_AF_MODE_CONTINUOUS_PICTURE, CaptureRequest.CONTROL_AF_MODE_AUTO),
        )

        /** One still at the JPEG reader's size, upright for the way the screen is turned now. */
        fun capture(onTaken: (ByteArray) -> Unit) {
            val camera = device
            val running = session
            if (camera == null || running == null || closed || taking != null) return
            val displayDegrees = (texture.display?.rotation ?: Surface.ROTATION_0) * 90
            val still = camera.createCaptureRequest(CameraDevice.TEMPLATE_STILL_CAPTURE).apply {
                addTarget(jpegs.surface)
                set(CaptureRequest.CONTROL_MODE, CaptureRequest.CONTROL_MODE_AUTO)
                set(CaptureRequest.CONTROL_AF_MODE, focusMode())
                set(CaptureRequest.JPEG_ORIENTATION, jpegDegrees(sensorDegrees, displayDegrees, front))
                set(CaptureRequest.JPEG_QUALITY, JPEG_QUALITY)
            }
            taking = onTaken
            val failed = object : CameraCaptureSession.CaptureCallback() {
                override fun onCaptureFailed(session: CameraCaptureSession, request: CaptureRequest, failure: CaptureFailure) {
                    taking = null // Nothing taken: the shutter can be pressed again.
                }
            }
            try {
                running.capture(still.build(), failed, main)
            } catch (_: CameraAccessException) {
                taking = null
            } catch (_: IllegalStateException) {
                taking = null
            }
        }

        /** On the stills' thread: the JPEG's bytes copied out, then handed over on the main thread. */
        private fun copy(source: ImageReader) {
            val image = source.acquireNextImage() ?: return
            val bytes = image.use {
                val buffer = it.planes[0].buffer
                ByteArray(buffer.remaining()).also(buffer::get)
            }
            main.post {
                val deliver = taking.also { taking = null }
                if (!closed) deliver?.invoke(bytes)
            }
        }

        fun fitPreview() = texture.fitCameraPreview(previewSize, sensorDegrees)

        /** Closes the session and the camera now, the JPEG reader on its own thread once a still on its way is read. */
        fun close() {
            if (closed) return
            closed = true
            taking = null
            try {
                session?.close()
            } catch (_: IllegalStateException) {
                // The camera closed it already.
            }
            device?.close()
            session = null
            device = null
            stillsHandler.post {
                jpegs.close()
                stills.quitSafely()
            }
            if (open === this) open = null
        }
    }
}

private fun Array<Size>?.pixelSizes(): List<PixelSize> = this?.map { PixelSize(it.width, it.height) }.orEmpty()

/** High enough for the bank to read the document's small print; the core re-encodes what it keeps. */
private const val JPEG_QUALITY: Byte = 95
