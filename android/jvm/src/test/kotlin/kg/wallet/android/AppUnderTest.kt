package kg.wallet.android

import androidx.compose.runtime.SideEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.ComposeContentTestRule
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import java.util.concurrent.CopyOnWriteArrayList
import kg.wallet.core.SecureStorage
import kg.wallet.core.ShareSheet
import kg.wallet.core.ViewModel
import kg.wallet.kit.WalletHost
import kg.wallet.screens.WalletApp
import kg.wallet.screens.kind

/**
 * The Android app as the UI tests drive it: WalletApp drawing the views of a WalletHost over the real library, with
 * the share sheet answered at once. Taps go to what a person sees (`tap("Кийинки")`); `until` waits for the core and
 * for the screen to have drawn its view, and fails if a draft screen or a missing text (`⟦…⟧`) is drawn.
 */
class AppUnderTest(private val rule: ComposeContentTestRule, val phone: TestPhone) {
    private val current = mutableStateOf<WalletHost?>(null)
    @Volatile private var drawn: ULong = ULong.MAX_VALUE
    val drawnViews = CopyOnWriteArrayList<ViewModel>()
    val shared = CopyOnWriteArrayList<ShareSheet>()

    val host: WalletHost get() = current.value ?: throw AssertionError("the app is not started")

    init {
        rule.setContent {
            val host = current.value ?: return@setContent
            val view by host.view.collectAsState()
            SideEffect {
                drawn = view.revision
                drawnViews.add(view)
            }
            WalletApp(view, host::send) { sheet ->
                shared.add(sheet)
                host.send(sheet.close.event)
            }
        }
    }

    /** Starts the app (again): a new core on the phone's data. */
    fun start(storage: SecureStorage = phone.storage) {
        current.value?.close()
        drawn = ULong.MAX_VALUE
        rule.runOnIdle { current.value = phone.open(storage) }
    }

    fun stop() {
        current.value?.close()
        rule.runOnIdle { current.value = null }
    }

    /** Waits up to 15 s for a view that is `wanted` and drawn, and checks what is drawn. */
    fun until(what: String, wanted: (ViewModel) -> Boolean): ViewModel {
        try {
            rule.waitUntil(15_000) {
                val view = current.value?.view?.value
                view != null && wanted(view) && drawn == view.revision
            }
        } catch (timeout: Throwable) {
            throw AssertionError("no drawn view with $what within 15 s; the last is ${current.value?.view?.value}", timeout)
        }
        rule.waitForIdle()
        assertDrawnFully()
        return host.view.value
    }

    /** No draft screen (part 2's) and no missing text on screen. */
    fun assertDrawnFully() {
        val drafts = rule.onAllNodesWithTag("draft").fetchSemanticsNodes()
        if (drafts.isNotEmpty()) throw AssertionError("a draft screen is drawn: ${host.view.value.screen.kind()}")
        val missing = rule.onAllNodes(hasText("⟦", substring = true), useUnmergedTree = true).fetchSemanticsNodes()
        if (missing.isNotEmpty()) throw AssertionError("a missing text is drawn: ${missing.map { it.config }}")
    }

    /** Taps the control that shows `text` (scrolled into view first). */
    fun tap(text: String, index: Int = 0) {
        val node = clickable(text, index)
        runCatching { node.performScrollTo() }
        node.performClick()
        rule.waitForIdle()
    }

    fun clickable(text: String, index: Int = 0): SemanticsNodeInteraction {
        val all = rule.onAllNodes(hasText(text) and hasClickAction())
        return all[index]
    }

    /** Shows `text` (the first node with it, scrolled into view). */
    fun shows(text: String) {
        val node = rule.onAllNodes(hasText(text))[0]
        runCatching { node.performScrollTo() }
        node.assertIsDisplayed()
    }

    /** Types into the screen's text field, as the keyboard would. */
    fun type(text: String) {
        rule.onNode(hasSetTextAction()).performTextInput(text)
        rule.waitForIdle()
    }

    /** Taps a PIN on the pad shown. */
    fun tapPin(pin: String) = pin.forEach { tap(it.toString()) }

    fun close() {
        current.value?.close()
        assertDrawable(drawnViews)
    }
}
