package kg.wallet.app

import android.util.Log
import kg.wallet.core.LogLevel
import org.junit.Assert.assertEquals
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.shadows.ShadowLog

@RunWith(RobolectricTestRunner::class)
class AndroidLoggerTest {
    @Before
    fun clear() = ShadowLog.clear()

    private fun logged() = ShadowLog.getLogs().map { Triple(it.type, it.tag, it.msg) }

    @Test
    fun `a debug build writes every level under wallet slash target, with the core's message unchanged`() {
        val logger = AndroidLogger(verbose = true)
        logger.log(LogLevel.ERROR, "sync", "pull failed: timeout")
        logger.log(LogLevel.WARN, "outbox", "retry 2 of 5")
        logger.log(LogLevel.INFO, "store", "opened")
        logger.log(LogLevel.DEBUG, "http", "GET /v1/operations 200")
        assertEquals(
            listOf(
                Triple(Log.ERROR, "wallet/sync", "pull failed: timeout"),
                Triple(Log.WARN, "wallet/outbox", "retry 2 of 5"),
                Triple(Log.INFO, "wallet/store", "opened"),
                Triple(Log.DEBUG, "wallet/http", "GET /v1/operations 200"),
            ),
            logged(),
        )
    }

    @Test
    fun `a release build keeps warnings and errors only`() {
        val logger = AndroidLogger(verbose = false)
        logger.log(LogLevel.DEBUG, "http", "GET /v1/operations 200")
        logger.log(LogLevel.INFO, "store", "opened")
        logger.log(LogLevel.WARN, "outbox", "retry 2 of 5")
        logger.log(LogLevel.ERROR, "sync", "pull failed: timeout")
        assertEquals(
            listOf(
                Triple(Log.WARN, "wallet/outbox", "retry 2 of 5"),
                Triple(Log.ERROR, "wallet/sync", "pull failed: timeout"),
            ),
            logged(),
        )
    }

    @Test
    fun `the adapter adds nothing of its own, one line per call with the message as the core wrote it`() {
        // The core never hands the logger personal data (docs/security.md); this proves the adapter adds none:
        // no prefix, no context, no second line — exactly the core's text, under a tag made of the target alone.
        val logger = AndroidLogger(verbose = true)
        val messages = listOf("", "a", "unlock: biometric key read", "line one\nline two", "Кыргызча ✓")
        messages.forEach { logger.log(LogLevel.INFO, "core", it) }
        assertEquals(messages, ShadowLog.getLogs().map { it.msg })
        assertEquals(setOf("wallet/core"), ShadowLog.getLogs().map { it.tag }.toSet())
        assertEquals(listOf<Throwable?>(null, null, null, null, null), ShadowLog.getLogs().map { it.throwable })
    }

    @Test
    fun `a long target is cut so that the tag stays within the 23 characters of Logcat tags`() {
        AndroidLogger(verbose = true).log(LogLevel.WARN, "features::sign_in::code", "resend refused")
        val tag = ShadowLog.getLogs().single().tag
        assertEquals("wallet/features::sign_i", tag)
        assertEquals(23, tag.length)
    }
}
