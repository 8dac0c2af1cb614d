package kg.wallet.app

import android.net.ConnectivityManager
import android.net.NetworkCapabilities
import android.net.NetworkCapabilities.NET_CAPABILITY_INTERNET
import android.net.NetworkCapabilities.NET_CAPABILITY_VALIDATED
import org.junit.Assert.assertEquals
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowNetwork
import org.robolectric.shadows.ShadowNetworkCapabilities

/** What the system's connectivity callbacks become for the core: `online` true or false, each change told once. */
@RunWith(RobolectricTestRunner::class)
class NetworkMonitorTest {
    private val context = RuntimeEnvironment.getApplication()
    private val connectivity = requireNotNull(context.getSystemService(ConnectivityManager::class.java))
    private val told = mutableListOf<Boolean>()
    private val monitor = NetworkMonitor(context) { told += it }

    private fun capabilities(vararg capabilities: Int): NetworkCapabilities =
        ShadowNetworkCapabilities.newInstance().also { caps -> capabilities.forEach { shadowOf(caps).addCapability(it) } }

    /** The callback the monitor gave the system for the default network (the only one it may register). */
    private fun system(): ConnectivityManager.NetworkCallback = shadowOf(connectivity).networkCallbacks.single()

    @Test
    fun `start registers one callback with the system and stop takes it back`() {
        assertEquals(0, shadowOf(connectivity).networkCallbacks.size)
        monitor.start()
        assertEquals(1, shadowOf(connectivity).networkCallbacks.size)
        monitor.stop()
        assertEquals(0, shadowOf(connectivity).networkCallbacks.size)
    }

    @Test
    fun `a network is online only once the system has validated its internet`() {
        monitor.start()
        val wifi = ShadowNetwork.newInstance(100)
        system().onCapabilitiesChanged(wifi, capabilities(NET_CAPABILITY_INTERNET))
        assertEquals(listOf(false), told)
        system().onCapabilitiesChanged(wifi, capabilities(NET_CAPABILITY_INTERNET, NET_CAPABILITY_VALIDATED))
        assertEquals(listOf(false, true), told)
    }

    @Test
    fun `a validated network without internet (a captive portal's, say) is offline`() {
        monitor.start()
        system().onCapabilitiesChanged(ShadowNetwork.newInstance(101), capabilities(NET_CAPABILITY_VALIDATED))
        assertEquals(listOf(false), told)
    }

    @Test
    fun `losing the default network is offline`() {
        monitor.start()
        val mobile = ShadowNetwork.newInstance(102)
        system().onCapabilitiesChanged(mobile, capabilities(NET_CAPABILITY_INTERNET, NET_CAPABILITY_VALIDATED))
        system().onLost(mobile)
        assertEquals(listOf(true, false), told)
    }

    @Test
    fun `no network being available is offline`() {
        monitor.start()
        system().onUnavailable()
        assertEquals(listOf(false), told)
    }

    @Test
    fun `the core hears of a change once, however often the system repeats it`() {
        monitor.start()
        val wifi = ShadowNetwork.newInstance(103)
        val mobile = ShadowNetwork.newInstance(104)
        val online = capabilities(NET_CAPABILITY_INTERNET, NET_CAPABILITY_VALIDATED)
        system().onCapabilitiesChanged(wifi, online)
        system().onCapabilitiesChanged(wifi, online) // bandwidth changed, say: the same answer
        system().onCapabilitiesChanged(mobile, online) // the default moved to another network, still online
        system().onLost(wifi)
        system().onLost(mobile)
        system().onUnavailable()
        system().onCapabilitiesChanged(mobile, online)
        assertEquals(listOf(true, false, true), told)
    }
}
