package kg.wallet.android

import java.io.File
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.TimeUnit
import org.junit.rules.ExternalResource

/**
 * The sandbox bank in a process of its own, as a phone meets it: `wallet sandbox --port 0 --db <temp>/bank.sqlite`
 * on 127.0.0.1, seeded with the demo customers. The binary is the desktop crate's `wallet`: the `WALLET_BIN`
 * environment variable, else the `wallet.bin` system property (the pom points it at target/debug/wallet, which
 * scripts/test builds before running these tests). A copy of tests/kotlin's, so this harness stands alone.
 */
class SandboxBank private constructor(
    private val process: Process,
    private val dir: Path,
    private val output: List<String>,
    /** `http://127.0.0.1:<port>`, as the sandbox printed it. */
    val url: String,
    /** The receipt key the sandbox printed at start. */
    val printedKey: String,
) : AutoCloseable {
    private val http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
    private val shutdownHook = Thread { process.destroyForcibly() }

    init {
        Runtime.getRuntime().addShutdownHook(shutdownHook)
    }

    /** The bank's Ed25519 receipt key (standard base64), from `GET /v1/keys` as a phone's configuration gets it. */
    val publicKey: String by lazy {
        val body = get("/v1/keys")
        PUBLIC_KEY.find(body)?.groupValues?.get(1) ?: throw AssertionError("no public_key in /v1/keys: $body")
    }

    /** The newest sign-in SMS code the bank "sent" to `phone` (E.164), from `GET /dev/sms?kind=sign_in&phone=…`. */
    fun sentCode(phone: String): String {
        val body = get("/dev/sms?kind=sign_in&phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8))
        return SMS_CODE.find(body)?.groupValues?.get(1) ?: throw AssertionError("no code in /dev/sms: $body")
    }

    /** The newest interbank transfer SMS the bank "sent" to `phone`: its code and its whole text. */
    fun transferSms(phone: String): Pair<String, String> {
        val body = get("/dev/sms?kind=transfer&phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8))
        val code = SMS_CODE.find(body)?.groupValues?.get(1) ?: throw AssertionError("no code in /dev/sms: $body")
        val text = SMS_TEXT.find(body)?.groupValues?.get(1) ?: throw AssertionError("no text in /dev/sms: $body")
        return code to text
    }

    /** The card issuer's newest 3-D Secure SMS to `phone` for a top-up (`kind=card`): its code and its whole text. */
    fun cardSms(phone: String): Pair<String, String> {
        val body = get("/dev/sms?kind=card&phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8))
        val code = SMS_CODE.find(body)?.groupValues?.get(1) ?: throw AssertionError("no code in /dev/sms: $body")
        val text = SMS_TEXT.find(body)?.groupValues?.get(1) ?: throw AssertionError("no text in /dev/sms: $body")
        return code to text
    }

    /** A demo merchant: its name as the bank keeps it and the static payment link its printed code holds. */
    data class Merchant(val id: String, val name: String, val currency: String, val link: String)

    /** The demo merchants and their static payment links, from `GET /dev/merchants`. */
    fun merchants(): List<Merchant> {
        val body = get("/dev/merchants")
        return MERCHANT.findAll(body).map { Merchant(it.groupValues[1], it.groupValues[2], it.groupValues[3], it.groupValues[4]) }.toList()
            .ifEmpty { throw AssertionError("no merchants in /dev/merchants: $body") }
    }

    /** Moves the bank's clock forward (`POST /dev/clock`): code lifetimes, execution delays, identification reviews. */
    fun advanceClock(seconds: Long) {
        post("/dev/clock", """{"seconds":$seconds}""", expected = 204)
    }

    /** A till's dynamic code for one payment of `amountMinor` (`POST /dev/merchants/{id}/dynamic`): its link. */
    fun dynamicLink(merchantId: String, amountMinor: Long): String {
        val body = post("/dev/merchants/$merchantId/dynamic", """{"amount_minor":$amountMinor}""", expected = 200)
        return LINK.find(body)?.groupValues?.get(1) ?: throw AssertionError("no link in the till's answer: $body")
    }

    private fun post(path: String, json: String, expected: Int): String {
        val request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build()
        val response = http.send(request, HttpResponse.BodyHandlers.ofString())
        if (response.statusCode() != expected) throw AssertionError("POST $path answered ${response.statusCode()}: ${response.body()}")
        return response.body()
    }

    private fun get(path: String): String {
        val request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10)).GET().build()
        val response = http.send(request, HttpResponse.BodyHandlers.ofString())
        if (response.statusCode() != 200) {
            throw AssertionError("GET $path answered ${response.statusCode()}: ${response.body()}")
        }
        return response.body()
    }

    /** Stops the process (SIGTERM, then SIGKILL after 5 s) and deletes its database. */
    override fun close() {
        process.destroy()
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS)
        }
        runCatching { Runtime.getRuntime().removeShutdownHook(shutdownHook) }
        dir.toFile().deleteRecursively()
    }

    override fun toString() = "sandbox bank at $url; its output:\n" + output.joinToString("\n")

    companion object {
        private val ADDRESS = Regex("""Sandbox bank: (http://127\.0\.0\.1:\d+)""")
        private val RECEIPT_KEY = Regex("""Receipt key:\s+(\S+)""")
        private val PUBLIC_KEY = Regex(""""public_key"\s*:\s*"([^"]+)"""")
        private val SMS_CODE = Regex(""""code"\s*:\s*"(\d+)"""")
        private val LINK = Regex(""""link"\s*:\s*"([^"]+)"""")
        private val MERCHANT = Regex(
            """\{"merchant_id"\s*:\s*"([^"]*)"\s*,\s*"name"\s*:\s*"([^"]*)"\s*,\s*"currency"\s*:\s*"([^"]*)"\s*,\s*"elqr_link"\s*:\s*"([^"]*)"\s*\}""",
        )
        private val SMS_TEXT = Regex(""""text"\s*:\s*"([^"]*)"""")

        fun binary(): File {
            val path = System.getenv("WALLET_BIN")?.takeIf { it.isNotBlank() }
                ?: System.getProperty("wallet.bin")
                ?: throw AssertionError("set WALLET_BIN or -Dwallet.bin to the `wallet` binary")
            val file = File(path)
            if (!file.canExecute()) {
                throw AssertionError(
                    "$path is missing or not executable: build it with `cargo build -p wallet-desktop --bin wallet` " +
                        "(scripts/test does), or point WALLET_BIN at it",
                )
            }
            return file
        }

        /** Starts the sandbox on a free port and returns once it printed its address and key (up to 20 s). */
        fun start(): SandboxBank {
            val dir = Files.createTempDirectory("wallet-android-bank-")
            val process = ProcessBuilder(
                binary().path, "sandbox", "--port", "0", "--db", dir.resolve("bank.sqlite").toString(),
            ).redirectErrorStream(true).start()
            process.outputStream.close()
            // Read every line for as long as the process lives: it prints each SMS code, and a full pipe would
            // stop it.
            val output = CopyOnWriteArrayList<String>()
            Thread({ process.inputStream.bufferedReader().forEachLine { output.add(it) } }, "sandbox-output")
                .apply { isDaemon = true }
                .start()
            val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20)
            while (true) {
                val text = output.joinToString("\n")
                val url = ADDRESS.find(text)?.groupValues?.get(1)
                val key = RECEIPT_KEY.find(text)?.groupValues?.get(1)
                if (url != null && key != null) return SandboxBank(process, dir, output, url, key)
                if (!process.isAlive || System.nanoTime() > deadline) {
                    process.destroyForcibly()
                    dir.toFile().deleteRecursively()
                    val why = if (process.isAlive) "printed no address within 20 s" else "exited (${process.waitFor()})"
                    throw AssertionError("the sandbox bank $why:\n$text")
                }
                Thread.sleep(50)
            }
        }
    }
}

/** One sandbox bank for a test class, started before its first test and stopped after its last:
 * `companion object { @get:ClassRule @JvmStatic val sandbox = SandboxBankRule() }`. */
class SandboxBankRule : ExternalResource() {
    private var started: SandboxBank? = null

    val bank: SandboxBank get() = started ?: throw AssertionError("the sandbox bank is not started")

    override fun before() {
        started = SandboxBank.start()
    }

    override fun after() {
        started?.close()
        started = null
    }
}
