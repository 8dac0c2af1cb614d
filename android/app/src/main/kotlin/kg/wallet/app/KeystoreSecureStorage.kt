package kg.wallet.app

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.util.Base64
import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import kg.wallet.core.PlatformException
import kg.wallet.core.SecureStorage

/**
 * The core's secrets (its data key, the session token, the biometric unlock key) sealed with AES-256-GCM under keys
 * that never leave the Android Keystore (hardware-backed where the phone has it), kept as `iv ‖ ciphertext` in the
 * app's private preferences.
 *
 * An entry whose name ends in `.biometric` is sealed under a second key that needs the user's fingerprint or face
 * for every use (`setUserAuthenticationRequired(true)`, invalidated by a new enrolment): reading or writing it shows
 * the system's BiometricPrompt (through [BiometricPromptBridge]) with the cipher as its CryptoObject. A cancelled or
 * failed prompt is `PlatformException.Unavailable`; a key invalidated by a new enrolment deletes the entry (the core
 * then offers the PIN). The core calls this on its own threads, never the main one, so waiting for the prompt is safe.
 */
class KeystoreSecureStorage(context: Context, private val prompt: BiometricPromptBridge) : SecureStorage {
    private val preferences = context.getSharedPreferences("wallet.secure", Context.MODE_PRIVATE)
    private val keyStore = KeyStore.getInstance(KEYSTORE).apply { load(null) }

    override fun get(key: String): ByteArray? {
        val stored = preferences.getString(key, null) ?: return null
        return try {
            // A damaged entry (cut short, not Base64) is a failure the core reports, not a crash.
            val bytes = Base64.decode(stored, Base64.NO_WRAP)
            if (bytes.size <= IV_BYTES) throw PlatformException.Failed("a sealed entry is cut short")
            val iv = bytes.copyOfRange(0, IV_BYTES)
            val sealed = bytes.copyOfRange(IV_BYTES, bytes.size)
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, secretKey(biometric = key.isBiometric()), GCMParameterSpec(TAG_BITS, iv))
            val ready = if (key.isBiometric()) prompt.authenticate(cipher) else cipher
            ready.doFinal(sealed)
        } catch (invalidated: KeyPermanentlyInvalidatedException) {
            // A fingerprint was added or removed: the old key is gone for good, and so is this entry.
            delete(key)
            null
        } catch (failure: PlatformException) {
            throw failure
        } catch (failure: Exception) {
            throw PlatformException.Failed("the Keystore could not open an entry: ${failure::class.simpleName}")
        }
    }

    override fun put(key: String, value: ByteArray) {
        try {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.ENCRYPT_MODE, secretKey(biometric = key.isBiometric()))
            val ready = if (key.isBiometric()) prompt.authenticate(cipher) else cipher
            val sealed = ready.doFinal(value)
            val stored = Base64.encodeToString(ready.iv + sealed, Base64.NO_WRAP)
            if (!preferences.edit().putString(key, stored).commit()) {
                throw PlatformException.Failed("the sealed entry could not be written")
            }
        } catch (failure: PlatformException) {
            throw failure
        } catch (failure: Exception) {
            throw PlatformException.Failed("the Keystore could not seal an entry: ${failure::class.simpleName}")
        }
    }

    override fun delete(key: String) {
        preferences.edit().remove(key).commit()
    }

    private fun String.isBiometric() = endsWith(".biometric")

    private fun secretKey(biometric: Boolean): SecretKey {
        val alias = if (biometric) BIOMETRIC_ALIAS else ALIAS
        (keyStore.getKey(alias, null) as? SecretKey)?.let { return it }
        val spec = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .apply {
                if (biometric) {
                    setUserAuthenticationRequired(true)
                    setInvalidatedByBiometricEnrollment(true)
                    if (android.os.Build.VERSION.SDK_INT >= android.os.Build.VERSION_CODES.R) {
                        setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
                    }
                }
            }
            .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE).apply { init(spec) }.generateKey()
    }

    private companion object {
        const val KEYSTORE = "AndroidKeyStore"
        const val ALIAS = "wallet.secrets.v1"
        const val BIOMETRIC_ALIAS = "wallet.secrets.biometric.v1"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val IV_BYTES = 12
        const val TAG_BITS = 128
    }
}
