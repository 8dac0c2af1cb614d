package kg.wallet.app

import android.Manifest
import android.content.pm.PackageManager
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf

/**
 * The CAMERA permission the scanner (and identification's photos) ask through the activity result API: granted, the
 * answer comes at once; otherwise the system is asked and the person's answer comes back once; a screen gone before
 * the answer hears nothing.
 */
@RunWith(RobolectricTestRunner::class)
class CameraPermissionTest {
    private lateinit var permission: CameraPermission

    /** As DeviceAdapters makes it: in onCreate, before the activity starts. */
    private val controller = resumedActivity { permission = CameraPermission(it) }
    private val activity get() = controller.get()
    private val answers = mutableListOf<Boolean>()

    @After
    fun close() = controller.pause().stop().destroy().let { }

    /** The person answers the system's question the activity asked last. */
    private fun personAnswers(allow: Boolean) {
        val asked = shadowOf(activity).lastRequestedPermission
        if (allow) shadowOf(activity.application).grantPermissions(Manifest.permission.CAMERA)
        val result = if (allow) PackageManager.PERMISSION_GRANTED else PackageManager.PERMISSION_DENIED
        @Suppress("DEPRECATION")
        activity.onRequestPermissionsResult(asked.requestCode, asked.requestedPermissions, intArrayOf(result))
    }

    @Test
    fun `granted already, the answer is yes at once and nothing is asked`() {
        shadowOf(activity.application).grantPermissions(Manifest.permission.CAMERA)
        assertTrue(permission.granted)
        permission.ask { answers += it }
        assertEquals(listOf(true), answers)
        assertNull("the system was not asked", shadowOf(activity).lastRequestedPermission)
    }

    @Test
    fun `refused, the answer is no, once`() {
        permission.ask { answers += it }
        assertEquals(listOf(Manifest.permission.CAMERA), shadowOf(activity).lastRequestedPermission.requestedPermissions.toList())
        assertTrue("no answer before the person's", answers.isEmpty())
        personAnswers(allow = false)
        assertEquals(listOf(false), answers)
    }

    @Test
    fun `allowed, the answer is yes and the permission is held`() {
        permission.ask { answers += it }
        personAnswers(allow = true)
        assertEquals(listOf(true), answers)
        assertTrue(permission.granted)
    }

    @Test
    fun `a screen gone before the answer hears nothing`() {
        permission.ask { answers += it }
        permission.forget()
        personAnswers(allow = true)
        assertTrue(answers.isEmpty())
    }
}
