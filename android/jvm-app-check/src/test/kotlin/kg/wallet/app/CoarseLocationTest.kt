package kg.wallet.app

import android.Manifest
import android.content.Context
import android.location.Location
import android.location.LocationManager
import android.os.SystemClock
import org.junit.Assert.assertEquals
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowLooper
import java.util.concurrent.TimeUnit

/** Shake's coarse location: only with the permission, a recent position as it is, else one fresh network fix. */
@RunWith(RobolectricTestRunner::class)
class CoarseLocationTest {
    private val context = RuntimeEnvironment.getApplication()
    private val manager = context.getSystemService(Context.LOCATION_SERVICE) as LocationManager
    private val found = mutableListOf<Pair<Int, Int>>()

    private fun bishkek(provider: String, ageMs: Long = 0) = Location(provider).apply {
        latitude = 42.8764004
        longitude = 74.6037
        accuracy = 2000f
        time = System.currentTimeMillis() - ageMs
        elapsedRealtimeNanos = SystemClock.elapsedRealtimeNanos() - ageMs * 1_000_000
    }

    private fun allow() = shadowOf(context).grantPermissions(Manifest.permission.ACCESS_COARSE_LOCATION)

    @Test
    fun `a recent position is given in millionths of a degree, rounded`() {
        allow()
        ShadowLooper.idleMainLooper(1, TimeUnit.HOURS) // a clock far enough from zero for an age
        shadowOf(manager).setLastKnownLocation(LocationManager.NETWORK_PROVIDER, bishkek(LocationManager.NETWORK_PROVIDER, ageMs = 60_000))
        CoarseLocation(context).find { latitude, longitude -> found += latitude to longitude }
        assertEquals(listOf(42_876_400 to 74_603_700), found)
    }

    @Test
    fun `without the permission nothing is asked of the system and nothing is given`() {
        shadowOf(context).denyPermissions(Manifest.permission.ACCESS_COARSE_LOCATION)
        shadowOf(manager).setLastKnownLocation(LocationManager.NETWORK_PROVIDER, bishkek(LocationManager.NETWORK_PROVIDER))
        CoarseLocation(context).find { latitude, longitude -> found += latitude to longitude }
        assertEquals(emptyList<Pair<Int, Int>>(), found)
    }

    @Test
    fun `an old position is not used, one fresh network fix is`() {
        allow()
        ShadowLooper.idleMainLooper(2, TimeUnit.HOURS)
        shadowOf(manager).setProviderEnabled(LocationManager.NETWORK_PROVIDER, true)
        val old = bishkek(LocationManager.NETWORK_PROVIDER, ageMs = CoarseLocation.RECENT_MS + 60_000).apply { latitude = 40.5 }
        shadowOf(manager).setLastKnownLocation(LocationManager.NETWORK_PROVIDER, old)
        CoarseLocation(context).find { latitude, longitude -> found += latitude to longitude }
        assertEquals("the old position is not given", emptyList<Pair<Int, Int>>(), found)
        shadowOf(manager).simulateLocation(bishkek(LocationManager.NETWORK_PROVIDER))
        ShadowLooper.idleMainLooper()
        assertEquals(listOf(42_876_400 to 74_603_700), found)
    }

    @Test
    fun `no enabled provider and no position give nothing, and no failure`() {
        allow()
        shadowOf(manager).setProviderEnabled(LocationManager.NETWORK_PROVIDER, false)
        CoarseLocation(context).find { latitude, longitude -> found += latitude to longitude }
        assertEquals(emptyList<Pair<Int, Int>>(), found)
    }
}
