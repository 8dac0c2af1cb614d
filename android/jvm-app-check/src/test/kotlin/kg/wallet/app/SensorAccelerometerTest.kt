package kg.wallet.app

import android.content.Context
import android.hardware.Sensor
import android.hardware.SensorManager
import kg.wallet.core.AccelSample
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowSensor
import org.robolectric.shadows.ShadowSensorManager

/** The shake's accelerometer: registered only while listening, its readings handed over in batches, in order. */
@RunWith(RobolectricTestRunner::class)
class SensorAccelerometerTest {
    private val context = RuntimeEnvironment.getApplication()
    private val manager = context.getSystemService(Context.SENSOR_SERVICE) as SensorManager
    private val shadow: ShadowSensorManager = shadowOf(manager)

    init {
        shadow.addSensor(ShadowSensor.newInstance(Sensor.TYPE_ACCELEROMETER))
    }

    private fun feed(count: Int, from: Int = 0) {
        val sensor = manager.getDefaultSensor(Sensor.TYPE_ACCELEROMETER)
        repeat(count) { i ->
            val event = ShadowSensorManager.createSensorEvent(3, Sensor.TYPE_ACCELEROMETER)
            event.values[0] = (from + i).toFloat()
            event.values[1] = 0.5f
            event.values[2] = 9.81f
            event.sensor = sensor
            shadow.sendSensorEventToListeners(event)
        }
    }

    @Test
    fun `readings come in batches of ten, in order, and only while listening`() {
        val batches = mutableListOf<List<AccelSample>>()
        val accelerometer = SensorAccelerometer(context)
        assertTrue("no listener before start", shadow.listeners.isEmpty())

        accelerometer.start(50) { batches += it }
        assertTrue(shadow.listeners.isNotEmpty())
        feed(25)
        assertEquals(listOf(10, 10), batches.map { it.size })
        assertEquals((0 until 20).map { it.toFloat() }, batches.flatten().map { it.x })
        assertEquals(9.81f, batches[0][0].z)

        accelerometer.stop()
        assertTrue("stopped: the sensor is released", shadow.listeners.isEmpty())
        feed(30, from = 100)
        assertEquals("nothing after stop", 2, batches.size)
    }

    @Test
    fun `a phone without an accelerometer sends nothing and does not fail`() {
        shadow.removeSensor(manager.getDefaultSensor(Sensor.TYPE_ACCELEROMETER))
        val batches = mutableListOf<List<AccelSample>>()
        SensorAccelerometer(context).start(50) { batches += it }
        assertTrue(shadow.listeners.isEmpty())
        assertTrue(batches.isEmpty())
    }
}
