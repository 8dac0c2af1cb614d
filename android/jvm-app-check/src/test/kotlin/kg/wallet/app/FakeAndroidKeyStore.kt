package kg.wallet.app

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import java.io.InputStream
import java.io.OutputStream
import java.security.Key
import java.security.Provider
import java.security.SecureRandom
import java.security.Security
import java.security.cert.Certificate
import java.security.spec.AlgorithmParameterSpec
import java.util.Collections
import java.util.Date
import java.util.Enumeration
import java.util.concurrent.ConcurrentHashMap
import javax.crypto.CipherSpi
import javax.crypto.KeyGeneratorSpi
import javax.crypto.SecretKey
import javax.crypto.spec.SecretKeySpec

/**
 * A stand-in for Android's Keystore, which Robolectric does not have: a JCA provider named "AndroidKeyStore" whose keys
 * live in this process, in software. It keeps what the app asked for each key (its [KeyGenParameterSpec]) so a test
 * can see it, and [enrolmentChanged] does what adding a fingerprint does to a key that asked to be invalidated by it.
 * The cipher itself is the JVM's AES-GCM. What it cannot show: hardware backing, and the Keystore refusing a key
 * that needs the user's authentication until the BiometricPrompt has been answered.
 */
class FakeAndroidKeyStore : Provider(NAME, "1.0", "the Android Keystore, in software, for tests") {
    init {
        put("KeyStore.$NAME", Store::class.java.name)
        put("KeyGenerator.AES", Generator::class.java.name)
        // Chosen only for an invalidated key (the JVM's AES-GCM takes every other key).
        put("Cipher.AES/GCM/NoPadding", Invalidated::class.java.name)
        put("Cipher.AES/GCM/NoPadding SupportedKeyClasses", InvalidatedKey::class.java.name)
    }

    /** A key the Keystore has thrown away for good: using it fails as on a phone. */
    class InvalidatedKey : SecretKey {
        override fun getAlgorithm() = "AES"
        override fun getFormat(): String? = null
        override fun getEncoded(): ByteArray? = null
    }

    class Store : java.security.KeyStoreSpi() {
        override fun engineGetKey(alias: String, password: CharArray?): Key? = keys[alias]
        override fun engineContainsAlias(alias: String) = keys.containsKey(alias)
        override fun engineAliases(): Enumeration<String> = Collections.enumeration(keys.keys.toList())
        override fun engineSize() = keys.size
        override fun engineIsKeyEntry(alias: String) = keys.containsKey(alias)
        override fun engineDeleteEntry(alias: String) {
            keys.remove(alias)
            specs.remove(alias)
        }
        override fun engineLoad(stream: InputStream?, password: CharArray?) = Unit
        override fun engineGetCertificateChain(alias: String): Array<Certificate>? = null
        override fun engineGetCertificate(alias: String): Certificate? = null
        override fun engineGetCreationDate(alias: String): Date? = null
        override fun engineIsCertificateEntry(alias: String) = false
        override fun engineGetCertificateAlias(cert: Certificate): String? = null
        override fun engineSetKeyEntry(alias: String, key: Key, password: CharArray?, chain: Array<out Certificate>?) =
            throw UnsupportedOperationException("keys are made by the Keystore's KeyGenerator")
        override fun engineSetKeyEntry(alias: String, key: ByteArray, chain: Array<out Certificate>?) =
            throw UnsupportedOperationException("keys are made by the Keystore's KeyGenerator")
        override fun engineSetCertificateEntry(alias: String, cert: Certificate) = throw UnsupportedOperationException()
        override fun engineStore(stream: OutputStream?, password: CharArray?) = throw UnsupportedOperationException()
    }

    class Generator : KeyGeneratorSpi() {
        private var spec: KeyGenParameterSpec? = null

        override fun engineInit(params: AlgorithmParameterSpec, random: SecureRandom?) {
            spec = params as? KeyGenParameterSpec ?: throw IllegalArgumentException("the Keystore takes a KeyGenParameterSpec")
        }
        override fun engineInit(random: SecureRandom?) = throw IllegalStateException("the Keystore needs a KeyGenParameterSpec")
        override fun engineInit(keysize: Int, random: SecureRandom?) = throw IllegalStateException("the Keystore needs a KeyGenParameterSpec")

        override fun engineGenerateKey(): SecretKey {
            val spec = checkNotNull(spec) { "not initialised" }
            val key = SecretKeySpec(ByteArray(spec.keySize / 8).also(SecureRandom()::nextBytes), "AES")
            keys[spec.keystoreAlias] = key
            specs[spec.keystoreAlias] = spec
            return key
        }
    }

    class Invalidated : CipherSpi() {
        private fun gone(): Nothing = throw KeyPermanentlyInvalidatedException()
        override fun engineInit(opmode: Int, key: Key, random: SecureRandom?) = gone()
        override fun engineInit(opmode: Int, key: Key, params: AlgorithmParameterSpec?, random: SecureRandom?) = gone()
        override fun engineInit(opmode: Int, key: Key, params: java.security.AlgorithmParameters?, random: SecureRandom?) = gone()
        override fun engineSetMode(mode: String?) = Unit
        override fun engineSetPadding(padding: String?) = Unit
        override fun engineGetBlockSize() = 16
        override fun engineGetOutputSize(inputLen: Int) = gone()
        override fun engineGetIV(): ByteArray? = null
        override fun engineGetParameters(): java.security.AlgorithmParameters? = null
        override fun engineUpdate(input: ByteArray?, inputOffset: Int, inputLen: Int): ByteArray = gone()
        override fun engineUpdate(input: ByteArray?, inputOffset: Int, inputLen: Int, output: ByteArray?, outputOffset: Int): Int = gone()
        override fun engineDoFinal(input: ByteArray?, inputOffset: Int, inputLen: Int): ByteArray = gone()
        override fun engineDoFinal(input: ByteArray?, inputOffset: Int, inputLen: Int, output: ByteArray?, outputOffset: Int): Int = gone()
    }

    companion object {
        const val NAME = "AndroidKeyStore"
        private val keys = ConcurrentHashMap<String, Key>()
        private val specs = ConcurrentHashMap<String, KeyGenParameterSpec>()

        /** What the app asked of each key it made, by alias. */
        fun specs(): Map<String, KeyGenParameterSpec> = specs.toMap()

        /** A fingerprint added or removed: every key made with `setInvalidatedByBiometricEnrollment(true)` is gone. */
        fun enrolmentChanged() {
            specs.filterValues { it.isInvalidatedByBiometricEnrollment && it.isUserAuthenticationRequired }
                .keys.forEach { keys[it] = InvalidatedKey() }
        }

        fun install() {
            uninstall()
            Security.insertProviderAt(FakeAndroidKeyStore(), 1)
        }

        fun uninstall() {
            Security.removeProvider(NAME)
            keys.clear()
            specs.clear()
        }
    }
}
