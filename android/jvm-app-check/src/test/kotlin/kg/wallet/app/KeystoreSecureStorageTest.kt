package kg.wallet.app

import android.content.Context
import android.security.keystore.KeyProperties
import android.util.Base64
import kg.wallet.core.PlatformException
import org.junit.After
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment

/**
 * The core's secrets, sealed with AES-GCM under Keystore keys (a software stand-in here, [FakeAndroidKeyStore]) and
 * kept as `iv ‖ ciphertext` in the app's private preferences.
 */
@RunWith(RobolectricTestRunner::class)
class KeystoreSecureStorageTest {
    private val context = RuntimeEnvironment.getApplication()
    private val preferences = context.getSharedPreferences("wallet.secure", Context.MODE_PRIVATE)
    private val secret = "the data key: 32 bytes of it....".toByteArray()

    @Before
    fun keystore() = FakeAndroidKeyStore.install()

    @After
    fun noKeystore() = FakeAndroidKeyStore.uninstall()

    private fun storage() = KeystoreSecureStorage(context, BiometricPromptBridge())

    /** As the core calls it: on one of its own threads, never the main one. */
    private fun <T> onCoreThread(block: () -> T): Result<T> {
        var result: Result<T>? = null
        val thread = Thread { result = runCatching(block) }
        thread.start()
        thread.join(10_000)
        return checkNotNull(result) { "the core's thread did not finish" }
    }

    @Test
    fun `what is put is what is got, and an entry never put is null`() {
        val storage = storage()
        storage.put("data-key", secret)
        assertArrayEquals(secret, storage.get("data-key"))
        assertNull(storage.get("session"))
    }

    @Test
    fun `an entry is kept sealed, iv then ciphertext and tag, never the secret itself`() {
        storage().put("data-key", secret)
        val stored = Base64.decode(preferences.getString("data-key", null), Base64.NO_WRAP)
        assertEquals(12 + secret.size + 16, stored.size)
        assertFalse(String(stored, Charsets.ISO_8859_1).contains(String(secret, Charsets.ISO_8859_1)))
    }

    @Test
    fun `the same secret put twice is sealed differently (a fresh iv each time)`() {
        val storage = storage()
        storage.put("data-key", secret)
        val first = preferences.getString("data-key", null)
        storage.put("data-key", secret)
        assertNotEquals(first, preferences.getString("data-key", null))
        assertArrayEquals(secret, storage.get("data-key"))
    }

    @Test
    fun `after a restart the entry still opens (the key stays in the Keystore, made once)`() {
        storage().put("session", "token".toByteArray())
        assertArrayEquals("token".toByteArray(), storage().get("session"))
        assertEquals(1, FakeAndroidKeyStore.specs().size)
    }

    @Test
    fun `the key is AES-256 for GCM without padding, for sealing and opening, with no prompt for ordinary entries`() {
        storage().put("data-key", secret)
        val spec = FakeAndroidKeyStore.specs().values.single()
        assertEquals(256, spec.keySize)
        assertEquals(listOf(KeyProperties.BLOCK_MODE_GCM), spec.blockModes.toList())
        assertEquals(listOf(KeyProperties.ENCRYPTION_PADDING_NONE), spec.encryptionPaddings.toList())
        assertEquals(KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT, spec.purposes)
        assertFalse(spec.isUserAuthenticationRequired)
    }

    @Test
    fun `a deleted entry is gone`() {
        val storage = storage()
        storage.put("session", "token".toByteArray())
        storage.delete("session")
        assertNull(storage.get("session"))
        assertFalse(preferences.contains("session"))
    }

    @Test
    fun `an entry that is not Base64 is a failure the core reports, not a crash`() {
        preferences.edit().putString("data-key", "not base64 at all: ###").commit()
        assertThrows(PlatformException.Failed::class.java) { storage().get("data-key") }
    }

    @Test
    fun `an entry cut short is a failure the core reports`() {
        storage().put("data-key", secret)
        val stored = Base64.decode(preferences.getString("data-key", null), Base64.NO_WRAP)
        for (length in listOf(0, 5, 12)) {
            preferences.edit().putString("data-key", Base64.encodeToString(stored.copyOf(length), Base64.NO_WRAP)).commit()
            assertThrows(PlatformException.Failed::class.java) { storage().get("data-key") }
        }
    }

    @Test
    fun `an entry changed by one bit is refused, never opened altered`() {
        storage().put("data-key", secret)
        val stored = Base64.decode(preferences.getString("data-key", null), Base64.NO_WRAP)
        for (index in listOf(0, 12, stored.size - 1)) { // the iv, the ciphertext, the tag
            val changed = stored.copyOf().also { it[index] = (it[index].toInt() xor 1).toByte() }
            preferences.edit().putString("data-key", Base64.encodeToString(changed, Base64.NO_WRAP)).commit()
            assertThrows(PlatformException.Failed::class.java) { storage().get("data-key") }
        }
    }

    @Test
    fun `a biometric entry's key needs a strong biometric for every use and dies with a new enrolment`() {
        // No activity is showing, so no prompt can be shown: the core hears Unavailable (and offers the PIN).
        val put = onCoreThread { storage().put("unlock.biometric", secret) }
        assertTrue(put.exceptionOrNull() is PlatformException.Unavailable)
        assertFalse(preferences.contains("unlock.biometric"))
        val spec = FakeAndroidKeyStore.specs().values.single()
        assertTrue(spec.isUserAuthenticationRequired)
        assertTrue(spec.isInvalidatedByBiometricEnrollment)
        assertEquals(0, spec.userAuthenticationValidityDurationSeconds)
        assertEquals(KeyProperties.AUTH_BIOMETRIC_STRONG, spec.userAuthenticationType)
    }

    @Test
    fun `a biometric entry and an ordinary one are sealed under different keys`() {
        storage().put("data-key", secret)
        onCoreThread { storage().put("unlock.biometric", secret) }
        val specs = FakeAndroidKeyStore.specs().values
        assertEquals(2, specs.size)
        assertEquals(listOf(false, true), specs.map { it.isUserAuthenticationRequired }.sorted())
    }

    @Test
    fun `after a fingerprint is added the biometric entry is deleted and reads as none, so the core offers the PIN`() {
        onCoreThread { storage().put("unlock.biometric", secret) } // the key is made before the prompt is asked for
        // An entry sealed before the enrolment changed (its bytes are never reached: the key is gone first).
        preferences.edit().putString("unlock.biometric", Base64.encodeToString(ByteArray(48) { it.toByte() }, Base64.NO_WRAP)).commit()
        storage().put("data-key", secret)
        FakeAndroidKeyStore.enrolmentChanged()

        val got = onCoreThread { storage().get("unlock.biometric") }
        assertNull(got.getOrThrow())
        assertFalse(preferences.contains("unlock.biometric"))
        // The ordinary entries are untouched.
        assertArrayEquals(secret, storage().get("data-key"))
    }
}
