package kg.wallet

import java.nio.file.Path
import kg.wallet.core.BankConfig
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.CoreConfig
import kg.wallet.core.Event
import kg.wallet.core.PinMode
import kg.wallet.core.PushPlatform
import kg.wallet.core.ResultMark
import kg.wallet.core.ReceiveEvent
import kg.wallet.core.Platform
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.TransferEvent
import kg.wallet.ffi.WalletCore
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * Paying from the generated Kotlin against the sandbox bank in a process of its own: the screens the Compose shell
 * draws, with the events they hand out.
 */
class PayTest {
    companion object {
        private lateinit var bank: SandboxBank
        private const val PIN = "5827"
        private const val AIGUL = "+996555123456"
        private const val BAKYT = "+996700654321"
        private const val CHYNARA = "+996777000111"

        /** A customer of another bank in the sandbox's directory (sandbox/src/seed.rs). */
        private const val KIRILL = "+996700111222"

        @JvmStatic
        @BeforeAll
        fun startBank() {
            bank = SandboxBank.start()
        }

        @JvmStatic
        @AfterAll
        fun stopBank() {
            if (::bank.isInitialized) bank.close()
        }
    }

    private fun open(dataDir: Path): Shell {
        val config = CoreConfig(dataDir.toString(), "ru-RU", BankConfig(bank.url, bank.publicKey, 5_000_000L), 360, false)
        return Shell(WalletCore(config, Platform(MapSecureStorage(), ListLogger())))
    }

    /**
     * Seed 004 §5.12 and §5.25 through the FFI: the recipient masked with their bank, the PIN, then the SMS code whose
     * text names what the code screen shows, and the transfer executed.
     */
    @Test
    fun `a transfer to another bank is confirmed with the SMS code that names it`(@TempDir dataDir: Path) {
        open(dataDir).use { shell ->
            shell.onboard(bank, AIGUL, PIN, BiometricsEvent.SKIP)
            val home = shell.until("home") { it.screen is Screen.Home }.home()
            shell.send(requireNotNull(home.transfer) { "home offers the transfer" }.event)
            shell.until("the transfer form") { it.screen is Screen.Transfer }
            shell.send(Event.Transfer(TransferEvent.EditPhone("0700 111 222")))
            shell.send(Event.Transfer(TransferEvent.EditAmount("100")))
            val form = (
                shell.until("the recipient") { (it.screen as? Screen.Transfer)?.v1?.submit?.enabled == true }
                    .screen as Screen.Transfer
                ).v1
            assertEquals("Получатель: Кирилл Б.", form.recipient)
            assertEquals("Банк: Demir Bank", form.recipientBank)
            shell.send(form.submit.event)

            val confirm = (
                shell.until("the fee") { (it.screen as? Screen.PayConfirm)?.v1?.pay?.enabled == true }
                    .screen as Screen.PayConfirm
                ).v1
            assertEquals("Комиссия: 5,00\u00a0сом", confirm.fee, "1 %, at least 5 som, to another bank")
            shell.send(confirm.pay.event)
            shell.pinPad(PinMode.CONFIRM_PAYMENT)
            shell.typePin(PIN)

            val codeScreen = (
                shell.until("the code screen") { (it.screen as? Screen.TransferCode)?.v1?.resend?.enabled == true }
                    .screen as Screen.TransferCode
                ).v1
            val (code, text) = bank.transferSms(AIGUL)
            assertTrue("100,00" in text && "Кирилл Б." in text && "Demir Bank" in text, text)
            assertTrue("100,00\u00a0сом" in codeScreen.compare && "Кирилл Б." in codeScreen.compare, codeScreen.compare)
            shell.send(Event.Transfer(TransferEvent.EditCode(code)))
            shell.send(Event.Transfer(TransferEvent.SubmitCode))
            // The standalone sandbox executes a transfer to another bank after 10 s, as a bank's processing does:
            // the result says the bank has it, and cancelling is offered — as a question, never by itself.
            val done = shell.until("accepted") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.ACCEPTED }
            val result = (done.screen as Screen.PayResult).v1
            assertEquals(ResultMark.WAITING, result.mark)
            assertEquals("Принято банком", result.headline)
            assertEquals("Кирилл Б." to "100,00\u00a0сом", result.recipient to result.amount)
            assertEquals("Итого: 105,00\u00a0сом", result.total)
            val cancel = requireNotNull(result.cancel) { "cancellable while the bank has it" }
            assertEquals("Отменить перевод", cancel.label)
            shell.send(cancel.event)
            val asked = shell.until("the question") { it.dialog != null }
            val dialog = requireNotNull(asked.dialog)
            assertEquals("Отменить перевод на 105,00\u00a0сом? Деньги вернутся на счёт.", dialog.text)
            assertTrue(dialog.destructive)
            shell.send(dialog.cancel.event)
            shell.until("kept") { it.dialog == null }
        }
    }

    /**
     * Paying and getting paid through the FFI: the push address, the result screen following the payment to
     * «Исполнено», the share sheet with the receipt's files, the notice's kind and the inbox.
     */
    @Test
    fun `the result, the receipt's share sheet and the inbox cross the FFI`(@TempDir dataDir: Path) {
        open(dataDir).use { shell ->
            // Чынара: the other tests of this class sign in Айгуль and Бакыт, whose next SMS code would wait a minute.
            shell.onboard(bank, CHYNARA, PIN, BiometricsEvent.SKIP)
            shell.send(Event.PushToken(PushPlatform.FCM, "fcm-token-of-this-phone"))
            val home = shell.until("home") { it.screen is Screen.Home }.home()
            assertEquals("Уведомления", home.inbox?.label)
            shell.send(requireNotNull(home.transfer).event)
            shell.send(Event.Transfer(TransferEvent.EditPhone("0700 654 321")))
            shell.send(Event.Transfer(TransferEvent.EditAmount("10")))
            val form = (
                shell.until("the recipient") { (it.screen as? Screen.Transfer)?.v1?.submit?.enabled == true }
                    .screen as Screen.Transfer
                ).v1
            shell.send(form.submit.event)
            val confirm = (
                shell.until("the fee") { (it.screen as? Screen.PayConfirm)?.v1?.pay?.enabled == true }
                    .screen as Screen.PayConfirm
                ).v1
            shell.send(confirm.pay.event)
            val pin = shell.pinPad(PinMode.CONFIRM_PAYMENT)
            assertEquals(listOf("Получатель", "Сумма", "Комиссия", "Итого"), pin.summary.map { it.label })
            shell.typePin(PIN)
            val done = shell.until("executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }
            val result = (done.screen as Screen.PayResult).v1
            assertEquals(ResultMark.DONE to "Переведено", result.mark to result.headline)
            assertEquals("Исполнено", result.statusLabel)

            shell.send(requireNotNull(result.share) { "a verified receipt can be shared" }.event)
            val sheet = requireNotNull(shell.until("the share sheet") { it.share != null }.share)
            assertEquals(listOf("image/png", "application/pdf"), sheet.files.map { it.mimeType })
            val pdf = java.io.File(sheet.files[1].path).readBytes()
            assertEquals("%PDF", String(pdf, 0, 4, Charsets.US_ASCII))
            assertTrue(sheet.text.startsWith("Квитанция № "), sheet.text)
            shell.send(sheet.close.event)
            shell.until("the sheet closed") { it.share == null }

            shell.send(result.done.event)
            val back = shell.until("home") { it.screen is Screen.Home }.home()
            shell.send(requireNotNull(back.inbox).event)
            val inbox = shell.until("the inbox") { (it.screen as? Screen.Inbox)?.v1?.items?.isNotEmpty() == true }
            val newest = (inbox.screen as Screen.Inbox).v1.items.first()
            assertEquals("Операция исполнена", newest.title)
            assertTrue(newest.unread)
        }
    }

    /** «Получить по QR»: the code crosses the FFI as a module matrix the Compose shell draws, with its link. */
    @Test
    fun `the receive code crosses the FFI as a square matrix with a payment link`(@TempDir dataDir: Path) {
        open(dataDir).use { shell ->
            shell.onboard(bank, BAKYT, PIN, BiometricsEvent.SKIP)
            val home = shell.until("home") { it.screen is Screen.Home }.home()
            shell.send(requireNotNull(home.receive) { "home offers receiving" }.event)
            shell.send(Event.Receive(ReceiveEvent.EditAmount("150")))
            val screen = (
                shell.until("the code with the amount") {
                    (it.screen as? Screen.Receive)?.v1?.hint?.contains("150,00") == true
                }.screen as Screen.Receive
                ).v1
            val qr = requireNotNull(screen.qr) { "a code for a valid amount" }
            assertTrue(qr.size.toInt() in 21..177 && (qr.size.toInt() - 21) % 4 == 0, "a QR version's side: ${qr.size}")
            assertEquals(qr.size.toInt() * qr.size.toInt(), qr.modules.size)
            // The three finder patterns: the top-left module of each is dark.
            val n = qr.size.toInt()
            assertTrue(qr.modules[0] && qr.modules[n - 7] && qr.modules[(n - 7) * n])
            assertTrue(requireNotNull(screen.link).startsWith("https://pay.payqr.kg/#"), screen.link)
        }
    }
}
