package kg.wallet.app

import android.annotation.SuppressLint
import android.hardware.camera2.CameraAccessException
import android.hardware.camera2.CameraCaptureSession
import android.hardware.camera2.CameraCharacteristics
import android.hardware.camera2.CameraDevice
import android.hardware.camera2.CameraManager
import android.hardware.camera2.CaptureRequest
import android.os.Handler
import android.view.Surface

/**
 * The Camera2 steps the scanner and identification's camera share: open a camera, configure a session on its
 * surfaces, repeat a request. Each step that the camera can refuse (another app took it, it closed meanwhile, the
 * permission was taken back) calls `close` instead of throwing, so either screen just shows a still frame.
 */

/** Opens camera `id`; `onOpened` once it is, `onReleased` once it is closed, `close` when it cannot be used. */
@SuppressLint("MissingPermission") // Opened only once CameraPermission answered yes.
fun CameraManager.openCamera(
    id: String,
    handler: Handler,
    isClosed: () -> Boolean,
    onOpened: (CameraDevice) -> Unit,
    onReleased: () -> Unit,
    close: () -> Unit,
) {
    val callback = object : CameraDevice.StateCallback() {
        override fun onOpened(camera: CameraDevice) {
            if (isClosed()) return camera.close()
            onOpened(camera)
        }

        override fun onClosed(camera: CameraDevice) = onReleased()

        // Taken by another app, or failed: the picture stays still until the screen is shown again.
        override fun onDisconnected(camera: CameraDevice) {
            camera.close()
            close()
        }

        override fun onError(camera: CameraDevice, error: Int) {
            camera.close()
            close()
        }
    }
    try {
        openCamera(id, callback, handler)
    } catch (_: CameraAccessException) {
        close()
    } catch (_: SecurityException) {
        close() // The permission was taken back in the settings.
    }
}

/** A session on `targets`; `onConfigured` gets it unless the opening was closed meanwhile. */
fun CameraDevice.startSession(
    targets: List<Surface>,
    handler: Handler,
    isClosed: () -> Boolean,
    onConfigured: (CameraCaptureSession) -> Unit,
    close: () -> Unit,
) {
    val ready = object : CameraCaptureSession.StateCallback() {
        override fun onConfigured(configured: CameraCaptureSession) {
            if (isClosed()) return configured.close()
            onConfigured(configured)
        }

        override fun onConfigureFailed(failed: CameraCaptureSession) = close()
    }
    try {
        // SessionConfiguration is API 28; the app runs from 26.
        @Suppress("DEPRECATION")
        createCaptureSession(targets, ready, handler)
    } catch (_: CameraAccessException) {
        close()
    }
}

/** Repeats `request` in this session; `false` when the camera refused it or the session closed meanwhile. */
fun CameraCaptureSession.repeat(request: CaptureRequest, handler: Handler): Boolean =
    try {
        setRepeatingRequest(request, null, handler)
        true
    } catch (_: CameraAccessException) {
        false
    } catch (_: IllegalStateException) {
        false
    }

/** The first of `preferred` focus modes the camera offers, else none. */
fun CameraCharacteristics.focusMode(preferred: List<Int>): Int {
    val modes = get(CameraCharacteristics.CONTROL_AF_AVAILABLE_MODES)?.toList().orEmpty()
    return preferred.firstOrNull { it in modes } ?: CaptureRequest.CONTROL_AF_MODE_OFF
}
