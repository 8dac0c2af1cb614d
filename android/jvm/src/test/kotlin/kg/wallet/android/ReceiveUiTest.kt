package kg.wallet.android

import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performScrollTo
import java.io.ByteArrayOutputStream
import javax.imageio.ImageIO
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.Event
import kg.wallet.core.PayEvent
import kg.wallet.core.PinMode
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * «Получить по QR» on the Android screens, in Russian: Бакыт's code drawn from the core's module matrix, an amount and
 * a comment typed, the link copied and the sentence shared (the link itself never drawn); the code as drawn, taken as
 * a picture, is chosen from the gallery of a second phone (Айгуль, a second core), which pays it; Бакыт's screen
 * announces the money.
 */
class ReceiveUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.receive() = (screen as? Screen.Receive)?.v1

    @Test
    fun `a code with an amount drawn on one phone, read from its picture and paid by another, announced`() {
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        phone.open().use { it.onboard(bank, BAKYT, BiometricsEvent.SKIP) }
        val payer = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        val aigul = payer.open()
        val app = AppUnderTest(rule, phone)
        try {
            aigul.onboard(bank, AIGUL, BiometricsEvent.SKIP)
            app.start()
            app.unlock()
            val home = (app.until("home") { (it.screen as? Screen.Home)?.v1?.receive != null }.screen as Screen.Home).v1

            // The static code first: anyone may pay it any amount.
            app.tap(home.receive!!.label)
            val static = app.until("the static code") { it.receive()?.qr != null }.receive()!!
            app.shows(static.title)
            static.hint?.let { app.shows(it) }
            app.shows(static.name)
            rule.onNodeWithTag("receive-qr").assertExists()

            // An amount and a comment make a code for one payment.
            app.typeInto(static.amountLabel, "75")
            app.typeInto(static.commentLabel, "за обед")
            val code = app.until("the code for 75") { v ->
                v.receive()?.let { it.amount == "75" && it.comment == "за обед" && it.qr != null && it.link != null && it.shareText != null } == true
            }.receive()!!
            assertTrue("a code for one amount says so: ${code.hint}", code.hint != null && code.hint != static.hint)
            app.shows(code.hint!!)
            val link = code.link!!
            assertTrue("the link is never drawn", rule.onAllNodes(hasText(link, substring = true), useUnmergedTree = true).fetchSemanticsNodes().isEmpty())
            app.tap(code.copyLinkLabel)
            assertEquals(listOf(link), app.devices.copied.toList())
            app.tap(code.shareLabel)
            assertEquals(listOf(code.shareText!!), app.devices.sharedTexts.toList())

            // The code as drawn (with its quiet zone), as a picture from the payer's gallery.
            val drawn = rule.onNodeWithTag("receive-qr").performScrollTo()
            rule.waitForIdle()
            val picture = ByteArrayOutputStream().also { out -> ImageIO.write(drawn.captureToImage().toAwtImage(), "png", out) }.toByteArray()
            val payerHome = aigul.until("Айгуль's home") { it.screen is Screen.Home }
            aigul.send((payerHome.screen as Screen.Home).v1.payQr!!.event)
            aigul.until("the scanner") { it.screen is Screen.PayScan }
            aigul.send(Event.Pay(PayEvent.ScannedImage(picture)))
            val confirm = (aigul.until("the confirmation, the fee known") { v ->
                (v.screen as? Screen.PayConfirm)?.v1?.let { it.pay.enabled && !it.busy } == true
            }.screen as Screen.PayConfirm).v1
            assertFalse("the code fixes the amount", confirm.amountEditable)
            aigul.send(confirm.pay.event)
            aigul.pinPad(PinMode.CONFIRM_PAYMENT)
            aigul.typePin(PIN)
            val paid = (aigul.until("executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }.screen as Screen.PayResult).v1
            assertEquals("the payer paid what the code asked", confirm.amount, paid.amount)

            // Бакыт's screen says the money came, instead of the code; «Получить ещё» makes a fresh one.
            val announced = app.until("the money announced") { it.receive()?.received != null }.receive()!!
            app.shows(announced.received!!)
            assertTrue("the amount is in the announcement: ${announced.received}", announced.received!!.contains(paid.amount))
            app.tap(announced.again!!.label)
            app.until("a fresh code") { v -> v.receive()?.let { it.received == null && it.qr != null } == true }
            assertEquals("no event was refused", emptyList<String>(), phone.rejected + payer.rejected)
        } finally {
            aigul.close()
            app.close()
        }
    }
}
