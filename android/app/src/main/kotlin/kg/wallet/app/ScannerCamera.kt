package kg.wallet.app

import android.Manifest
import android.content.Context
import android.content.pm.PackageManager
import android.graphics.ImageFormat
import android.graphics.SurfaceTexture
import android.hardware.camera2.CameraAccessException
import android.hardware.camera2.CameraCaptureSession
import android.hardware.camera2.CameraCharacteristics
import android.hardware.camera2.CameraDevice
import android.hardware.camera2.CameraManager
import android.hardware.camera2.CaptureRequest
import android.media.ImageReader
import android.os.Handler
import android.os.HandlerThread
import android.os.Looper
import android.util.Size
import android.view.Surface
import android.view.TextureView
import androidx.activity.result.ActivityResultLauncher
import androidx.activity.result.contract.ActivityResultContracts
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
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import kotlin.math.abs

/**
 * The CAMERA runtime permission, asked through the activity result API. Registered in the activity's `onCreate`, as
 * launchers must be; the scanner's preview and identification's camera (`KycCamera`) both go through it, one screen
 * at a time.
 */
class CameraPermission(private val activity: FragmentActivity) {
    private var onAnswer: ((Boolean) -> Unit)? = null
    private val request: ActivityResultLauncher<String> =
        activity.registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            onAnswer.also { onAnswer = null }?.invoke(granted)
        }

    val granted: Boolean
        get() = activity.checkSelfPermission(Manifest.permission.CAMERA) == PackageManager.PERMISSION_GRANTED

    /** Answers at once when already granted; otherwise asks (a refusal for good is answered `false` without asking). */
    fun ask(onAnswer: (granted: Boolean) -> Unit) {
        if (granted) return onAnswer(true)
        this.onAnswer = onAnswer
        request.launch(Manifest.permission.CAMERA)
    }

    /** The screen that asked is gone: its answer goes nowhere. */
    fun forget() {
        onAnswer = null
    }
}

/**
 * The scanner's camera (`Devices.camera`) on the framework's Camera2 API: a `TextureView` preview inside the
 * scanner's frame, open only while the scanner is shown and the activity resumed (opened on entering and on
 * ON_RESUME, closed on leaving and on ON_PAUSE), its frames read for QR codes by [QrFrameReader], and its [torch]
 * (`Devices.torch`) while a camera with a flash streams. Refused the permission, it calls `onDenied` and the scanner
 * offers the gallery and the pasted link instead.
 */
class ScannerCamera(private val activity: FragmentActivity, private val permission: CameraPermission) {
    val torch = ScannerTorch()

    @Composable
    fun Preview(modifier: Modifier, onCode: (String) -> Unit, onDenied: () -> Unit) {
        var allowed by remember { mutableStateOf(permission.granted) }
        val codes by rememberUpdatedState(onCode)
        val denied by rememberUpdatedState(onDenied)
        if (allowed) {
            val texture = remember { TextureView(activity) }
            DisposableEffect(texture) {
                val stream = BackCameraStream(activity, texture, torch) { text -> codes(text) }
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
}

/**
 * The back camera (the first camera there is on a device without one) streaming into [texture] and, at a modest
 * size, into an `ImageReader` whose frames are read on a background thread; its flash lent to [torch] while it
 * streams. Opened while [resume]d and the texture is available; everything but the frames happens on the main thread.
 */
private class BackCameraStream(
    context: Context,
    private val texture: TextureView,
    private val torch: ScannerTorch,
    private val onCode: (String) -> Unit,
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
        val opening = try {
            val ids = cameras.cameraIdList
            val id = ids.firstOrNull { cameras.getCameraCharacteristics(it).get(CameraCharacteristics.LENS_FACING) == CameraCharacteristics.LENS_FACING_BACK }
                ?: ids.firstOrNull()
            id?.let { Opening(it, cameras.getCameraCharacteristics(it)) }
        } catch (_: CameraAccessException) {
            null
        } ?: return // No camera (or none allowed by a device policy): the frame stays empty, the gallery is there.
        open = opening
        opening.start()
    }

    /** One opening of the camera, from `openCamera` to `close`; nothing of it is reused. */
    private inner class Opening(private val id: String, private val characteristics: CameraCharacteristics) {
        private val sizes = characteristics.get(CameraCharacteristics.SCALER_STREAM_CONFIGURATION_MAP)
        private val previewSize = chooseSize(sizes?.getOutputSizes(SurfaceTexture::class.java))
        private val frameSize = chooseSize(sizes?.getOutputSizes(ImageFormat.YUV_420_888))
        private val sensorDegrees = characteristics.get(CameraCharacteristics.SENSOR_ORIENTATION) ?: 90
        private val frames = HandlerThread("scanner-frames").apply { start() }
        private val framesHandler = Handler(frames.looper)
        private val decoder: ExecutorService = Executors.newSingleThreadExecutor { Thread(it, "scanner-decoder") }
        private val reader = QrFrameReader(decoder) { text -> main.post { if (!closed) onCode(text) } }
        private val images = ImageReader.newInstance(frameSize.width, frameSize.height, ImageFormat.YUV_420_888, 2)
        private var device: CameraDevice? = null
        private var session: CameraCaptureSession? = null
        private var preview: Surface? = null
        private var closed = false
        private var request: CaptureRequest.Builder? = null

        /** The preview repeated with the flash as a torch or not; the camera stays as it was when refused. */
        private val torchRequest = TorchRequest { on ->
            val builder = request
            val running = session
            if (builder == null || running == null || closed) return@TorchRequest false
            // The flash's mode counts only while auto-exposure runs without the flash of its own (AE_MODE_ON).
            builder.set(CaptureRequest.CONTROL_AE_MODE, CaptureRequest.CONTROL_AE_MODE_ON)
            builder.set(CaptureRequest.FLASH_MODE, if (on) CaptureRequest.FLASH_MODE_TORCH else CaptureRequest.FLASH_MODE_OFF)
            running.repeat(builder.build(), main)
        }

        /** The frames' luminance, reused: written only while the reader is not decoding the previous one. */
        private var luminance = ByteArray(0)

        @Volatile
        private var frameDegrees = 0

        fun start() {
            images.setOnImageAvailableListener(::read, framesHandler)
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
            camera.startSession(listOf(shown, images.surface), main, { closed }, { configured ->
                session = configured
                val builder = camera.createCaptureRequest(CameraDevice.TEMPLATE_PREVIEW).apply {
                    addTarget(shown)
                    addTarget(images.surface)
                    set(CaptureRequest.CONTROL_MODE, CaptureRequest.CONTROL_MODE_AUTO)
                    set(CaptureRequest.CONTROL_AF_MODE, focusMode())
                }
                request = builder
                if (configured.repeat(builder.build(), main)) {
                    torch.attach(characteristics.get(CameraCharacteristics.FLASH_INFO_AVAILABLE) == true, torchRequest)
                } else {
                    close()
                }
            }, ::close)
        }

        /** Continuous focus, as a code is held close and moved: the picture kind, else the video kind, else none. */
        private fun focusMode(): Int = characteristics.focusMode(
            listOf(
                CaptureRequest.CONTROL_AF_MODE_CONTINUOUS_PICTURE,
                CaptureRequest.CONTROL_AF_MODE_CONTINUOUS_VIDEO,
                CaptureRequest.CONTROL_AF_MODE_AUTO,
            ),
        )

        /** On the frames' thread: the newest frame's luminance to the reader, unless it is still decoding one. */
        private fun read(source: ImageReader) {
            val image = source.acquireLatestImage() ?: return
            image.use {
                if (reader.isBusy) return
                val plane = image.planes[0]
                val buffer = plane.buffer
                val length = plane.rowStride * image.height
                if (luminance.size < length) luminance = ByteArray(length)
                buffer.rewind()
                buffer.get(luminance, 0, minOf(buffer.remaining(), length))
                reader.offer(luminance, image.width, image.height, plane.rowStride, frameDegrees)
            }
        }

        /** The preview cropped to the view and upright; the frames' rotation for the reader. */
        fun fitPreview() {
            val rotation = texture.display?.rotation ?: Surface.ROTATION_0
            frameDegrees = (sensorDegrees - rotation * 90 + 360) % 360
            texture.fitCameraPreview(previewSize, sensorDegrees)
        }

        /** Closes the session and the camera now, the image reader on its own thread once its last frame is read. */
        fun close() {
            if (closed) return
            closed = true
            try {
                session?.close()
            } catch (_: IllegalStateException) {
                // The camera closed it already.
            }
            device?.close()
            session = null
            device = null
            request = null
            // The torch goes out with the camera: the flash is lit only by the request the closed session repeated.
            torch.detach(torchRequest)
            framesHandler.post {
                images.close()
                frames.quitSafely()
            }
            decoder.shutdown()
            if (open === this) open = null
        }
    }
}

/**
 * The size nearest 1280 × 720 without going over it (in the sensor's landscape terms): enough for a code across a
 * third of the frame, little to copy and decode; the smallest offered when every size is larger.
 */
private fun chooseSize(offered: Array<Size>?): Size {
    val sizes = offered?.toList().orEmpty()
    val fitting = sizes.filter { it.width <= MAX_FRAME.width && it.height <= MAX_FRAME.height }
    return fitting.maxWithOrNull(
        compareBy<Size> { it.width * it.height }.thenBy { -abs(it.width * 9 - it.height * 16) },
    ) ?: sizes.minByOrNull { it.width * it.height } ?: MAX_FRAME
}

private val MAX_FRAME = Size(1280, 720)
