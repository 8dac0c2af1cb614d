package kg.wallet.app

import android.Manifest
import android.content.Context
import android.content.pm.PackageManager
import android.location.Location
import android.location.LocationManager
import android.os.Build
import android.os.SystemClock
import kotlin.math.roundToInt

/**
 * The phone's coarse location for shake to pay (`Shake.Location`): the bank pairs only shakes near each other, so a
 * city block is enough and a precise fix is never asked for. Only with the coarse permission granted (the caller asks
 * for it first); a recent last-known position from the network or passive provider if there is one, else one fresh
 * network fix. Delivers millionths of a degree on the main thread, or nothing: refused, no provider, no fix.
 */
class CoarseLocation(private val context: Context) {
    private val manager = context.getSystemService(Context.LOCATION_SERVICE) as LocationManager?

    fun allowed(): Boolean =
        context.checkSelfPermission(Manifest.permission.ACCESS_COARSE_LOCATION) == PackageManager.PERMISSION_GRANTED

    fun find(onFound: (latitudeE6: Int, longitudeE6: Int) -> Unit) {
        val manager = manager ?: return
        if (!allowed()) return
        val deliver = { location: Location -> onFound(location.latitude.toMicroDegrees(), location.longitude.toMicroDegrees()) }
        try {
            val recent = PROVIDERS.mapNotNull { manager.getLastKnownLocation(it) }
                .filter { ageMs(it) <= RECENT_MS }
                .maxByOrNull { it.elapsedRealtimeNanos }
            if (recent != null) return deliver(recent)
            if (!manager.isProviderEnabled(LocationManager.NETWORK_PROVIDER)) return
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                manager.getCurrentLocation(LocationManager.NETWORK_PROVIDER, null, context.mainExecutor) { found ->
                    found?.let(deliver)
                }
            } else {
                @Suppress("DEPRECATION")
                manager.requestSingleUpdate(LocationManager.NETWORK_PROVIDER, { found -> deliver(found) }, context.mainLooper)
            }
        } catch (_: SecurityException) {
            // The permission was taken back in between: the shake goes without a location.
        } catch (_: IllegalArgumentException) {
            // The phone has no such provider.
        }
    }

    private fun ageMs(location: Location): Long = (SystemClock.elapsedRealtimeNanos() - location.elapsedRealtimeNanos) / 1_000_000

    companion object {
        /** A last-known position younger than this is where the phone is now, for pairing purposes. */
        const val RECENT_MS = 10 * 60 * 1000L
        private val PROVIDERS = listOf(LocationManager.NETWORK_PROVIDER, LocationManager.PASSIVE_PROVIDER)
    }
}

/** Degrees to the millionths the core takes (±180 000 000 fits an Int). */
fun Double.toMicroDegrees(): Int = (this * 1_000_000).roundToInt()
