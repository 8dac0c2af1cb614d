package kg.wallet.android

import androidx.compose.ui.test.junit4.createComposeRule
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.PinMode
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
 * A transfer by phone number to another bank on the Android screens, in Russian: the number picked from the contacts
 * (a picker double), who it reaches and their bank, the amount and a comment, the confirmation with the fee, the PIN,
 * then the SMS code: the screen says what the SMS must name, the code the sandbox "sent" is typed, and the result
 * follows the transfer at the bank.
 */
class TransferUiTest {
    companion object {
        @get:ClassRule @JvmStatic val sandbox = SandboxBankRule()

        /** A customer of another bank in the sandbox's directory (sandbox/src/seed.rs, OTHER_BANK_CUSTOMERS). */
        private const val KIRILL = "+996700111222"
    }

    private val bank get() = sandbox.bank

    @get:Rule val rule = createComposeRule()

    @get:Rule val folder = TemporaryFolder()

    private fun ViewModel.transfer() = (screen as? Screen.Transfer)?.v1

    private fun ViewModel.code() = (screen as? Screen.TransferCode)?.v1

    @Test
    fun `a transfer to another bank, the contact, the recipient, the fee, the PIN and the SMS code`() {
        val phone = TestPhone(folder.newFolder().toPath(), bank, "ru-RU", biometrics = false)
        phone.open().use { it.onboard(bank, AIGUL, BiometricsEvent.SKIP) }
        val app = AppUnderTest(rule, phone)
        try {
            app.start()
            app.unlock()
            val home = (app.until("home") { (it.screen as? Screen.Home)?.v1?.transfer != null }.screen as Screen.Home).v1

            app.tap(home.transfer!!.label)
            val form = app.until("the form") { it.screen is Screen.Transfer }.transfer()!!
            app.shows(form.title)
            assertFalse("nothing typed yet", form.submit.enabled)
            // The number from the contacts, sent as typed into the field.
            app.devices.contact = KIRILL
            app.tap(form.pickContact)
            val found = app.until("who the number reaches") { v ->
                v.transfer()?.let { it.recipient != null && it.recipientBank != null && !it.busy } == true
            }.transfer()!!
            app.shows(found.recipient!!)
            app.shows(found.recipientBank!!)
            assertTrue("another bank's transfer says so", found.interbankNote != null)
            app.shows(found.interbankNote!!)
            app.typeInto(found.amount.label, "1500")
            app.typeInto(found.comment.label, "за билеты")
            val filled = app.until("«Продолжить» enabled") { v ->
                v.transfer()?.let { it.submit.enabled && it.amount.value == "1500" && it.comment.value == "за билеты" } == true
            }.transfer()!!
            app.tap(filled.submit.label)

            val confirm = (app.until("the fee") { v -> (v.screen as? Screen.PayConfirm)?.v1?.let { it.pay.enabled && !it.busy } == true }.screen as Screen.PayConfirm).v1
            app.shows(confirm.fee)
            confirm.total?.let { app.shows(it) }
            app.tap(confirm.pay.label)
            app.until("the payment's PIN") { v -> (v.screen as? Screen.Pin)?.v1?.let { it.mode == PinMode.CONFIRM_PAYMENT && it.keysEnabled } == true }
            app.tapPin(PIN)

            // The SMS code: compare what the SMS says, then type its code.
            val code = app.until("the SMS code screen") { v -> v.code()?.let { !it.busy } == true }.code()!!
            app.shows(code.title)
            app.shows(code.compare)
            app.shows(code.status)
            val (sent, text) = bank.transferSms(AIGUL)
            assertTrue("the SMS names the recipient the screen shows: «$text» / ${found.recipient}", found.recipient!!.substringAfter(": ").let { text.contains(it) })
            app.typeInto(code.field.label, sent)
            val next = app.until("the code checked or ready") { v ->
                v.screen is Screen.PayResult || v.code()?.let { it.submit.enabled && !it.busy && it.field.value == sent } == true
            }
            if (next.screen is Screen.TransferCode) app.tap(code.submit.label)
            val result = (app.until("the result") { v -> (v.screen as? Screen.PayResult)?.v1?.let { !it.busy && it.amount.isNotEmpty() } == true }.screen as Screen.PayResult).v1
            app.shows(result.headline)
            app.shows(result.amount)
            assertEquals("no event was refused", emptyList<String>(), phone.rejected)
        } finally {
            app.close()
        }
    }
}
