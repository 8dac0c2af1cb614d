package kg.wallet.app

import kg.wallet.core.Event
import kg.wallet.core.SignInEvent
import kg.wallet.core.TopUpEvent
import kg.wallet.core.TransferEvent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test

/** The code in an SMS, as SmsCodeReader hands it to the core for sign-in and for a transfer to another bank. */
class SmsCodeTest {
    /** The bank's transfer SMS, as the sandbox writes it (`sandbox/src/transfers.rs`, `sms_text`). */
    private val transferSms = "Код 482913. Перевод 1 500,00 сом получателю Кирилл Б. (Demir Bank). Никому не сообщайте код."

    @Test
    fun `the code is the run of exactly its length, never part of an amount or a number`() {
        assertEquals("482913", codeIn(transferSms, 6))
        assertEquals("4821", codeIn("Wallet: 4821 — код входа. +996555123456", 4))
        assertEquals("the phone's digits are not a code", null, codeIn("Звонок с +996555123456", 6))
        assertEquals("a longer run is not a shorter code", null, codeIn("Счёт 12345678", 6))
        assertNull(codeIn("Никакого кода", 6))
    }

    @Test
    fun `sign-in's code is checked at once, a transfer's only filled in for the person to confirm`() {
        val signIn = SmsCodeTarget(6) { Event.SignIn(SignInEvent.CodeFromSms(it)) }
        assertEquals(Event.SignIn(SignInEvent.CodeFromSms("482913")), signIn.eventFor(transferSms))
        val transfer = SmsCodeTarget(6) { Event.Transfer(TransferEvent.EditCode(it)) }
        assertEquals(Event.Transfer(TransferEvent.EditCode("482913")), transfer.eventFor(transferSms))
        assertNull("no code, no event", transfer.eventFor("Перевод выполнен"))
    }

    @Test
    fun `a card issuer's code is only filled in, neither its amount nor «3-D Secure» taken for it`() {
        // As the sandbox's issuer writes it (`sandbox/src/card_topups.rs`).
        val issuerSms = "Sandbox Card Issuer: код 3-D Secure 305718. Оплата 1\u00a0010,00 сом в Demo Bank, карта Visa •• 0009. Никому не сообщайте код."
        val card = SmsCodeTarget(6) { Event.TopUp(TopUpEvent.EditCode(it)) }
        assertEquals(Event.TopUp(TopUpEvent.EditCode("305718")), card.eventFor(issuerSms))
    }
}
