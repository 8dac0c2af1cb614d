package kg.wallet.android

import java.nio.file.Files
import kg.wallet.core.BiometricsEvent
import kg.wallet.core.Event
import kg.wallet.core.HistoryEvent
import kg.wallet.core.PinMode
import kg.wallet.core.RowStatus
import kg.wallet.core.Screen
import kg.wallet.core.TransferEvent
import kg.wallet.core.ViewModel
import kg.wallet.kit.WalletHost

/** One picture of the gallery: its file name and the view it draws. */
data class Shot(val name: String, val view: ViewModel)

/**
 * Walks a new phone through every screen of part 1 against `bank`, as a person would (with the events the views hand
 * out), and keeps the view of each: the wizard (the language, the intro, the phone, the code, the terms and a
 * document, the PIN, the biometrics offer), home, the history, an operation, the settings and the sign-out question,
 * a transfer's PIN with its summary, its result, and the inbox.
 */
fun collectShots(bank: SandboxBank, locale: String): List<Shot> {
    val dir = Files.createTempDirectory("wallet-gallery-")
    val phone = TestPhone(dir, bank, locale, biometrics = true)
    val shots = mutableListOf<Shot>()
    val host = phone.open()
    fun shot(name: String, view: ViewModel) = shots.add(Shot(name, view))
    try {
        host.apply {
            val language = until("the language screen") { it.screen is Screen.Language }
            shot("01-language", language)
            send((language.screen as Screen.Language).v1.confirm.event)
            val intro = until("the intro") { it.screen is Screen.Intro }
            shot("02-intro", intro)
            repeat((intro.screen as Screen.Intro).v1.pageCount.toInt() - 1) { send(Event.Intro(kg.wallet.core.IntroEvent.Next)) }
            send(Event.Intro(kg.wallet.core.IntroEvent.Finish))
            until("the phone screen") { it.screen is Screen.Phone }
            send(Event.SignIn(kg.wallet.core.SignInEvent.EditPhone("0555 123 456")))
            shot("03-phone", until("«Войти» enabled") { (it.screen as? Screen.Phone)?.v1?.submit?.enabled == true })
            send(Event.SignIn(kg.wallet.core.SignInEvent.SubmitPhone))
            shot("04-code", until("the code screen") { (it.screen as? Screen.Code)?.v1?.busy == false })
            send(Event.SignIn(kg.wallet.core.SignInEvent.CodeFromSms(bank.sentCode(AIGUL))))
            val terms = (until("the terms") { it.screen is Screen.Terms }.screen as Screen.Terms).v1
            send(terms.items.first().open.event)
            val document = until("a document") { it.screen is Screen.TermsDocument }
            shot("06-terms-document", document)
            send((document.screen as Screen.TermsDocument).v1.agree.event)
            val ticked = until("the terms, one ticked") { v -> (v.screen as? Screen.Terms)?.v1?.items?.count { it.checked } == 1 }
            shot("05-terms", ticked)
            (ticked.screen as Screen.Terms).v1.items.filter { !it.checked }.forEach { send(it.toggle) }
            send(Event.Terms(kg.wallet.core.TermsEvent.Continue))
            pinPad(PinMode.CREATE)
            send(Event.Pin(kg.wallet.core.PinEvent.Digit(5u)))
            shot("07-pin", until("one dot") { (it.screen as? Screen.Pin)?.v1?.entered == 1u })
            typePin(PIN.drop(1))
            pinPad(PinMode.REPEAT)
            typePin(PIN)
            shot("08-biometrics", until("the biometrics offer") { it.screen is Screen.Biometrics })
            send(Event.Biometrics(BiometricsEvent.ENABLE))
            val home = until("home with operations") { v -> (v.screen as? Screen.Home)?.v1?.let { it.balance != null && it.recent.isNotEmpty() } == true }
            shot("09-home", home)

            send((home.screen as Screen.Home).v1.allHistory!!.event)
            val history = until("the history") { v -> (v.screen as? Screen.History)?.v1?.let { it.rows.isNotEmpty() && !it.loading } == true }
            shot("10-history", history)
            send(Event.History(HistoryEvent.Open(0u)))
            shot("11-operation", until("an operation") { (it.screen as? Screen.Operation)?.v1?.busy == false })
            send(Event.Back)
            until("the history") { it.screen is Screen.History }
            send(Event.Back)
            val back = until("home") { it.screen is Screen.Home }
            send((back.screen as Screen.Home).v1.settings.event)
            val settings = until("the settings") { it.screen is Screen.Settings }
            shot("12-settings", settings)
            send((settings.screen as Screen.Settings).v1.logout!!.event)
            val question = until("the question") { it.dialog != null }
            shot("13-sign-out-question", question)
            send(question.dialog!!.cancel.event)
            until("no question") { it.dialog == null }
            send(Event.Back)
            val again = until("home") { it.screen is Screen.Home }

            // 10 som to Бакыт: the PIN with what it confirms, the result, then the inbox.
            send((again.screen as Screen.Home).v1.transfer!!.event)
            until("the transfer form") { it.screen is Screen.Transfer }
            send(Event.Transfer(TransferEvent.EditPhone("0700 654 321")))
            send(Event.Transfer(TransferEvent.EditAmount("10")))
            val form = until("the recipient") { (it.screen as? Screen.Transfer)?.v1?.submit?.enabled == true }
            send((form.screen as Screen.Transfer).v1.submit.event)
            val confirm = until("the fee") { (it.screen as? Screen.PayConfirm)?.v1?.pay?.enabled == true }
            send((confirm.screen as Screen.PayConfirm).v1.pay.event)
            shot("14-pin-payment", until("the payment's PIN") { v ->
                val pin = (v.screen as? Screen.Pin)?.v1
                pin != null && pin.mode == PinMode.CONFIRM_PAYMENT && pin.keysEnabled && !pin.busy
            })
            typePin(PIN)
            val result = until("executed") { (it.screen as? Screen.PayResult)?.v1?.status == RowStatus.EXECUTED }
            shot("15-pay-result", result)
            send((result.screen as Screen.PayResult).v1.done.event)
            val last = until("home") { it.screen is Screen.Home }
            send((last.screen as Screen.Home).v1.inbox!!.event)
            shot("16-inbox", until("the inbox") { (it.screen as? Screen.Inbox)?.v1?.let { i -> i.items.isNotEmpty() && !i.loading } == true })
        }
        if (phone.rejected.isNotEmpty()) throw AssertionError("refused events: ${phone.rejected}")
    } finally {
        host.close()
        dir.toFile().deleteRecursively()
    }
    return shots.sortedBy { it.name }
}

/** The same walk as far as home, kept for the benchmark: home, and the history's first page. */
fun homeAndHistory(bank: SandboxBank): Pair<ViewModel, ViewModel> {
    val dir = Files.createTempDirectory("wallet-bench-")
    val phone = TestPhone(dir, bank, "ru-RU", biometrics = false)
    val host: WalletHost = phone.open()
    try {
        host.onboard(bank, AIGUL, BiometricsEvent.SKIP)
        val home = host.until("home with operations") { v -> (v.screen as? Screen.Home)?.v1?.recent?.isNotEmpty() == true }
        host.send((home.screen as Screen.Home).v1.allHistory!!.event)
        val history = host.until("a full page") { v -> (v.screen as? Screen.History)?.v1?.let { it.rows.size == 50 && !it.loading } == true }
        return home to history
    } finally {
        host.close()
        dir.toFile().deleteRecursively()
    }
}
