package kg.wallet.app

import android.content.Context
import android.net.ConnectivityManager
import android.net.Network
import android.net.NetworkCapabilities

/** Tells the core when the device's default network comes (validated internet) or goes: it syncs when it comes back. */
class NetworkMonitor(context: Context, private val changed: (online: Boolean) -> Unit) {
    private val connectivity = requireNotNull(context.getSystemService(ConnectivityManager::class.java))
    private var last: Boolean? = null

    private val callback = object : ConnectivityManager.NetworkCallback() {
        override fun onCapabilitiesChanged(network: Network, capabilities: NetworkCapabilities) {
            report(
                capabilities.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET) &&
                    capabilities.hasCapability(NetworkCapabilities.NET_CAPABILITY_VALIDATED),
            )
        }

        override fun onLost(network: Network) = report(false)

        override fun onUnavailable() = report(false)
    }

    @Synchronized
    private fun report(online: Boolean) {
        if (last == online) return
        last = online
        changed(online)
    }

    fun start() = connectivity.registerDefaultNetworkCallback(callback)

    fun stop() = connectivity.unregisterNetworkCallback(callback)
}
