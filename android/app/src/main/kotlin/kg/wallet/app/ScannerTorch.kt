package kg.wallet.app

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import kg.wallet.screens.Torch

/**
 * The scanner's torch (`Devices.torch`): offered while a camera with a flash streams, lit by repeating its preview
 * request with the flash in torch mode ([TorchRequest]), dark again whenever that camera closes (the scanner left, the
 * app paused). Its two states are Compose state, so the scanner's button follows them. Used on the main thread only.
 * No Android class: tested on the JVM (`ScannerTorchTest`).
 */
class ScannerTorch : Torch {
    override var available by mutableStateOf(false)
        private set
    override var lit by mutableStateOf(false)
        private set
    private var camera: TorchRequest? = null

    /** A camera started streaming; `request` repeats its preview with the torch on or off (when it has a flash). */
    fun attach(hasFlash: Boolean, request: TorchRequest) {
        camera = request.takeIf { hasFlash }
        available = hasFlash
        lit = false
    }

    /**
     * The camera `request` belonged to closed (the system put its torch out with it). A camera attached since is not
     * touched: the old one's late close must not dim the new one.
     */
    fun detach(request: TorchRequest) {
        if (camera !== request && camera != null) return
        camera = null
        available = false
        lit = false
    }

    override fun light(on: Boolean) {
        val request = camera ?: return
        if (on == lit) return
        // A refused request (the camera closing meanwhile) leaves the state as the camera has it.
        if (request.repeat(torch = on)) lit = on
    }
}

/** The running camera's preview request, repeated with the flash as a torch or without; `false` when refused. */
fun interface TorchRequest {
    fun repeat(torch: Boolean): Boolean
}
