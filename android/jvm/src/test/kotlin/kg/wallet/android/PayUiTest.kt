package kg.wallet.android

import androidx.compose.ui.test.assertIsOff
import androidx.compose.ui.test.assertIsOn
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.PinMode
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.ViewModel
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.ClassRule
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

/**
 * Paying by QR on the Android screens, in Russian, against the real library and a sandbox bank process: Айгуль opens
 * the scanner, lights the camera's torch and puts it out (its button there only once the camera has one), a file from the gallery that is no picture and a pasted text that is no link are refused with why,
 * then the camera (a double) reads a demo merchant's static code, she types the amount, sees the fee, the
 * total and what is left, pays with the PIN, and the result follows the payment to its execution; home's balance
 * has changed.
 */
class PayUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.home() = (screen as? Screen.Home)?.v1

    private fun ViewModel.confirm() = (screen as? Screen.PayConfirm)?.v1

    @Test
    fun `a merchant's static code read by the camera, the amount typed, paid with the PIN to executed`() {
        val merchant = bank.merchants().first { it.currency == "KGS" || it.currency == "417" }
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        phone.open().use { it.onboard(bank, AIGUL, BiometricsEvent.SKIP) }
        val app = AppUnderTest(rule, phone)
        try {
            app.start()
            app.unlock()
            val home = app.until("home with the balance") { it.home()?.balance != null && it.home()?.payQr != null }.home()!!
            val before = home.balance!!.amount

            // The scanner: the camera's frame, its hint, the gallery and the pasted link.
            app.tap(home.payQr!!.label)
            val scan = (app.until("the scanner") { it.screen is Screen.PayScan }.screen as Screen.PayScan).v1
            app.shows(scan.title)
            app.shows(scan.hint)
            app.shows(scan.gallery)
            app.shows(scan.pasteLabel)
            // The torch: no button while the camera has none; once it has one, a switch labelled with the core's words
            // for what a tap does, on and off again.
            val system = app.host.view.value.system
            assertEquals("no torch button without a torch", 0, rule.onAllNodes(hasText(system.torchOn)).fetchSemanticsNodes().size)
            rule.runOnIdle { app.devices.torch.available = true }
            app.clickable(system.torchOn).assertIsOff()
            app.tap(system.torchOn)
            app.clickable(system.torchOff).assertIsOn()
            assertEquals("one label at a time", 0, rule.onAllNodes(hasText(system.torchOn)).fetchSemanticsNodes().size)
            app.tap(system.torchOff)
            app.clickable(system.torchOn).assertIsOff()
            assertEquals("lit, then put out", listOf(true, false), app.devices.torch.asked.toList())
            // A file from the gallery that is no picture, and a pasted text that is no payment link: each says why.
            app.devices.picture = "not a picture".toByteArray()
            app.tap(scan.gallery)
            val noPicture = (app.until("the picture refused") { (it.screen as? Screen.PayScan)?.v1?.let { s -> s.error != null && !s.busy } == true }.screen as Screen.PayScan).v1
            app.shows(noPicture.error!!)
            app.typeInto(scan.pasteLabel, "hello")
            val pasted = (app.until("«Продолжить» enabled") { (it.screen as? Screen.PayScan)?.v1?.let { s -> s.pasted == "hello" && s.submit.enabled } == true }.screen as Screen.PayScan).v1
            app.tap(pasted.submit.label)
            val garbage = (app.until("the text refused") { (it.screen as? Screen.PayScan)?.v1?.let { s -> s.error != null && s.error != noPicture.error } == true }.screen as Screen.PayScan).v1
            app.shows(garbage.error!!)
            // The camera reads the merchant's printed code.
            app.devices.scan(merchant.link)

            // The confirmation: the merchant, no fee until the amount is typed.
            val opened = app.until("the confirmation") { it.screen is Screen.PayConfirm }.confirm()!!
            app.shows(opened.title)
            assertTrue("the merchant among ${opened.details}", opened.details.any { it.value == merchant.name })
            app.shows(merchant.name)
            assertTrue("a static code: the payer types the amount", opened.amountEditable)
            assertFalse("no amount yet", opened.pay.enabled)
            app.typeInto(opened.amountLabel, "150")
            val quoted = app.until("the fee and the total") { v ->
                v.confirm()?.let { it.amount == "150" && it.pay.enabled && it.total != null && !it.busy } == true
            }.confirm()!!
            app.shows(quoted.fee)
            app.shows(quoted.total!!)
            quoted.balanceAfter?.let { app.shows(it) }
            app.tap(quoted.pay.label)

            // The PIN repeats what it confirms; the result follows the payment.
            val pin = app.until("the payment's PIN") { v -> (v.screen as? Screen.Pin)?.v1?.let { it.mode == PinMode.CONFIRM_PAYMENT && it.keysEnabled } == true }
            val summary = (pin.screen as Screen.Pin).v1.summary
            assertTrue("the PIN's summary names the merchant: $summary", summary.any { it.value.contains(merchant.name) })
            app.tapPin(PIN)
            val result = (app.until("executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }.screen as Screen.PayResult).v1
            app.shows(result.headline)
            app.shows(result.amount)
            app.tap(result.done.label)
            val after = app.until("home with another balance") { it.home()?.balance?.amount?.let { a -> a != before } == true }.home()!!
            assertNotEquals(before, after.balance!!.amount)
            app.shows(after.balance!!.amount)
            assertEquals("no event was refused", emptyList<String>(), phone.rejected)
        } finally {
            app.close()
        }
    }

    /** Бакыт pays (another customer: the sandbox sends a phone one sign-in code a minute). */
    @Test
    fun `a till's dynamic code read by the camera fixes the amount, paid with the PIN to executed`() {
        val merchant = bank.merchants().first { it.currency == "KGS" || it.currency == "417" }
        val link = bank.dynamicLink(merchant.id, 55_650)
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        phone.open().use { it.onboard(bank, BAKYT, BiometricsEvent.SKIP) }
        val app = AppUnderTest(rule, phone)
        try {
            app.start()
            app.unlock()
            val home = app.until("home") { it.home()?.payQr != null }.home()!!
            app.tap(home.payQr!!.label)
            app.until("the scanner") { it.screen is Screen.PayScan }
            app.devices.scan(link)

            // The till fixed the amount: shown, not editable, payable at once with its fee and total.
            val confirm = app.until("the till's amount") { v -> v.confirm()?.let { it.pay.enabled && it.total != null && !it.busy } == true }.confirm()!!
            assertFalse("a dynamic code fixes the amount", confirm.amountEditable)
            assertTrue("the till's 556,50: ${confirm.amount}", confirm.amount.startsWith("556,50"))
            app.shows(confirm.amount)
            app.shows(merchant.name)
            app.shows(confirm.total!!)
            app.tap(confirm.pay.label)
            app.until("the payment's PIN") { v -> (v.screen as? Screen.Pin)?.v1?.let { it.mode == PinMode.CONFIRM_PAYMENT && it.keysEnabled } == true }
            app.tapPin(PIN)
            val result = (app.until("executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }.screen as Screen.PayResult).v1
            app.shows(result.amount)
            assertEquals("no event was refused", emptyList<String>(), phone.rejected)
        } finally {
            app.close()
        }
    }
}
