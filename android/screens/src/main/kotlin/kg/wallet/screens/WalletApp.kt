package kg.wallet.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.gestures.detectTapGestures
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberUpdatedState
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.input.pointer.pointerInput
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.paneTitle
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import kg.wallet.core.DialogView
import kg.wallet.core.Event
import kg.wallet.core.NoticeKind
import kg.wallet.core.NoticeView
import kg.wallet.core.Screen
import kg.wallet.core.ShareSheet
import kg.wallet.core.SystemTexts
import kg.wallet.core.ViewModel
import kotlinx.coroutines.delay

/**
 * The whole app for one view: the back arrow, the notice, the screen on top, and the dialog over it. Every kind of
 * [Screen] has its branch, and there is no `else`: a new kind does not compile until it is drawn.
 *
 * `share` receives the view's share sheet request once per request; the app opens the system's sheet and sends the
 * request's `close` event when it returns. `devices` are the phone's adapters the screens call (the camera, the
 * pickers, the clipboard, the accelerometer; `Devices.kt`).
 */
@Composable
fun WalletApp(view: ViewModel, send: (Event) -> Unit, share: (ShareSheet) -> Unit = {}, devices: Devices = Devices()) {
    val onShare by rememberUpdatedState(share)
    view.share?.let { sheet -> LaunchedEffect(sheet) { onShare(sheet) } }
    CompositionLocalProvider(LocalDevices provides devices) {
        WalletTheme {
            Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
                Box(Modifier.fillMaxSize()) {
                    Column(
                        Modifier.fillMaxSize().then(
                            // What is under a question cannot be reached until it is answered.
                            if (view.dialog != null) Modifier.clearAndSetSemantics {} else Modifier,
                        ),
                    ) {
                        TopBar(view.back, send)
                        if (view.isBusy()) LinearProgressIndicator(Modifier.fillMaxWidth()) else Box(Modifier.padding(top = 4.dp))
                        NoticeBar(view.notice, send)
                        Box(Modifier.weight(1f).fillMaxWidth().semantics { paneTitle = view.screen.title() }.testTag("screen:" + view.screen.kind())) {
                            DrawScreen(view.screen, view.system, send)
                        }
                    }
                    view.dialog?.let { QuestionDialog(it, send) }
                }
            }
        }
    }
}

@Composable
private fun DrawScreen(screen: Screen, system: SystemTexts, send: (Event) -> Unit) = when (val s = screen) {
    is Screen.Language -> LanguageScreen(s.v1, send)
    is Screen.Intro -> IntroScreen(s.v1, send)
    is Screen.Phone -> PhoneScreen(s.v1, send)
    is Screen.Code -> CodeScreen(s.v1, send)
    is Screen.Terms -> TermsScreen(s.v1, send)
    is Screen.TermsDocument -> TermsDocumentScreen(s.v1, send)
    is Screen.Pin -> PinScreen(s.v1, send)
    is Screen.Biometrics -> BiometricsScreen(s.v1, send)
    is Screen.Settings -> SettingsScreen(s.v1, send)
    is Screen.Home -> HomeScreen(s.v1, send)
    is Screen.History -> HistoryScreen(s.v1, send)
    is Screen.Operation -> OperationScreen(s.v1, send)
    is Screen.PayResult -> PayResultScreen(s.v1, send)
    is Screen.Inbox -> InboxScreen(s.v1, send)
    is Screen.PayScan -> PayScanScreen(s.v1, system, send)
    is Screen.PayConfirm -> PayConfirmScreen(s.v1, send)
    is Screen.Receive -> ReceiveScreen(s.v1, send)
    is Screen.Transfer -> TransferScreen(s.v1, system, send)
    is Screen.TransferCode -> TransferCodeScreen(s.v1, send)
    is Screen.Shake -> ShakeScreen(s.v1, send)
    is Screen.KycStatus -> KycStatusScreen(s.v1, send)
    is Screen.KycHowTo -> KycHowToScreen(s.v1, send)
    is Screen.KycChecklist -> KycChecklistScreen(s.v1, send)
    is Screen.KycVerification -> KycVerificationScreen(s.v1, send)
    is Screen.KycCapture -> KycCaptureScreen(s.v1, system, send)
    is Screen.KycPassport -> KycPassportScreen(s.v1, send)
    is Screen.KycAddress -> KycAddressScreen(s.v1, send)
    is Screen.KycDistricts -> KycDistrictsScreen(s.v1, send)
    is Screen.KycConsent -> KycConsentScreen(s.v1, send)
    is Screen.SplitBills -> SplitBillsScreen(s.v1, send)
    is Screen.SplitEditor -> SplitEditorScreen(s.v1, system, send)
    is Screen.SplitBill -> SplitBillScreen(s.v1, send)
    is Screen.SplitGroup -> SplitGroupScreen(s.v1, send)
    is Screen.TopUp -> TopUpScreen(s.v1, send)
    is Screen.CardTopUp -> CardTopUpScreen(s.v1, send)
    is Screen.CardChallenge -> CardChallengeScreen(s.v1, send)
    is Screen.TopUpResult -> TopUpResultScreen(s.v1, send)
    is Screen.Services -> ServicesScreen(s.v1, send)
    is Screen.ServicePay -> ServicePayScreen(s.v1, send)
    is Screen.Favourites -> FavouritesScreen(s.v1, send)
    is Screen.FavouriteEdit -> FavouriteEditScreen(s.v1, send)
    is Screen.RegularEdit -> RegularEditScreen(s.v1, send)
}

/** The name of a screen's kind, as the core's `Screen` variant: `Home`, `PayResult`. */
fun Screen.kind(): String = this::class.simpleName ?: "Screen"

/** The kinds of screen drawn by their own screens: every kind the core defines (ScreenKindsTest keeps it so). */
val DrawnKinds = setOf(
    "Language", "Intro", "Phone", "Code", "Terms", "TermsDocument", "Pin", "Biometrics", "Home", "History",
    "Operation", "Settings", "PayResult", "Inbox",
    "PayScan", "PayConfirm", "Receive", "Transfer", "TransferCode", "Shake",
    "KycStatus", "KycHowTo", "KycChecklist", "KycVerification", "KycCapture", "KycPassport", "KycAddress",
    "KycDistricts", "KycConsent",
    "SplitBills", "SplitEditor", "SplitBill", "SplitGroup",
    "TopUp", "CardTopUp", "CardChallenge", "TopUpResult",
    "Services", "ServicePay",
    "Favourites", "FavouriteEdit", "RegularEdit",
)

/** Whether the view says something is on its way (a progress bar shows). */
fun ViewModel.isBusy(): Boolean = when (val s = screen) {
    is Screen.Phone -> s.v1.busy
    is Screen.Code -> s.v1.busy
    is Screen.Terms -> s.v1.busy
    is Screen.Pin -> s.v1.busy
    is Screen.Biometrics -> s.v1.busy
    is Screen.History -> s.v1.loading
    is Screen.Operation -> s.v1.busy
    is Screen.PayResult -> s.v1.busy
    is Screen.Inbox -> s.v1.loading
    is Screen.PayScan -> s.v1.busy
    is Screen.PayConfirm -> s.v1.busy
    is Screen.Transfer -> s.v1.busy
    is Screen.TransferCode -> s.v1.busy
    is Screen.Shake -> s.v1.busy
    is Screen.KycStatus -> s.v1.busy
    is Screen.KycCapture -> s.v1.checking
    is Screen.SplitEditor -> s.v1.busy
    is Screen.SplitBill -> s.v1.loading
    is Screen.TopUp -> s.v1.busy
    is Screen.CardTopUp -> s.v1.busy
    is Screen.CardChallenge -> s.v1.busy
    is Screen.Services -> s.v1.busy
    is Screen.ServicePay -> s.v1.busy
    is Screen.Favourites -> s.v1.busy
    is Screen.FavouriteEdit -> s.v1.busy
    is Screen.RegularEdit -> s.v1.busy
    else -> false
}

/**
 * What the system back gesture sends: the dialog's «cancel», the share sheet's «close», else the view's back; `null`
 * when back leads nowhere (Android then leaves the app).
 */
fun ViewModel.backEvent(): Event? = dialog?.cancel?.takeIf { it.enabled }?.event
    ?: share?.close?.event
    ?: back?.event

/** The notice, coloured by its kind; a success or an information goes by itself after `hide_after_ms`. */
@Composable
fun NoticeBar(notice: NoticeView?, send: (Event) -> Unit) {
    if (notice == null) return
    val after = notice.hideAfterMs
    if (after != null) {
        LaunchedEffect(notice.text, notice.kind) {
            delay(after.toLong())
            send(notice.dismiss.event)
        }
    }
    val (background, foreground) = LocalWalletPalette.current.notice(notice.kind)
    val urgent = notice.kind == NoticeKind.ERROR || notice.kind == NoticeKind.WARNING
    Row(
        Modifier.fillMaxWidth().padding(horizontal = 12.dp, vertical = 4.dp)
            .background(background, RoundedCornerShape(12.dp))
            .padding(start = 16.dp, end = 4.dp)
            .semantics { liveRegion = if (urgent) LiveRegionMode.Assertive else LiveRegionMode.Polite }
            .testTag("notice:" + notice.kind.name),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Text(notice.text, color = foreground, modifier = Modifier.weight(1f).padding(vertical = 12.dp))
        ActionButton(notice.dismiss, send, ButtonStyle.Link, Modifier)
    }
}

/** The question the view asks before anything else, over the screen; the confirmation drawn as dangerous when it loses something. */
@Composable
fun QuestionDialog(dialog: DialogView, send: (Event) -> Unit) {
    Box(
        Modifier.fillMaxSize().background(Color.Black.copy(alpha = 0.4f))
            .pointerInput(Unit) { detectTapGestures {} },
        contentAlignment = Alignment.Center,
    ) {
        Surface(
            shape = RoundedCornerShape(24.dp),
            tonalElevation = 6.dp,
            modifier = Modifier.padding(24.dp).widthIn(max = 480.dp).semantics { paneTitle = dialog.title }.testTag("dialog"),
        ) {
            Column(Modifier.padding(24.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
                Text(dialog.title, style = MaterialTheme.typography.headlineSmall)
                Text(dialog.text, style = MaterialTheme.typography.bodyLarge)
                ActionButton(dialog.confirm, send, if (dialog.destructive) ButtonStyle.Danger else ButtonStyle.Primary)
                ActionButton(dialog.cancel, send, ButtonStyle.Secondary)
            }
        }
    }
}

/** The screen's title or headline, as the core wrote it: what a screen reader announces when the screen changes. */
fun Screen.title(): String = when (val s = this) {
    is Screen.Language -> s.v1.title
    is Screen.Intro -> s.v1.title
    is Screen.Phone -> s.v1.title
    is Screen.Code -> s.v1.title
    is Screen.Terms -> s.v1.title
    is Screen.TermsDocument -> s.v1.title
    is Screen.Pin -> s.v1.title
    is Screen.Biometrics -> s.v1.title
    is Screen.Settings -> s.v1.title
    is Screen.Home -> s.v1.title
    is Screen.History -> s.v1.title
    is Screen.Operation -> s.v1.title
    is Screen.PayResult -> s.v1.headline
    is Screen.Inbox -> s.v1.title
    is Screen.KycStatus -> s.v1.title
    is Screen.KycHowTo -> s.v1.title
    is Screen.KycChecklist -> s.v1.title
    is Screen.KycVerification -> s.v1.title
    is Screen.KycCapture -> s.v1.title
    is Screen.KycPassport -> s.v1.title
    is Screen.KycAddress -> s.v1.title
    is Screen.KycDistricts -> s.v1.title
    is Screen.KycConsent -> s.v1.title
    is Screen.PayScan -> s.v1.title
    is Screen.PayConfirm -> s.v1.title
    is Screen.Receive -> s.v1.title
    is Screen.Transfer -> s.v1.title
    is Screen.TransferCode -> s.v1.title
    is Screen.Shake -> s.v1.title
    is Screen.SplitBills -> s.v1.title
    is Screen.SplitEditor -> s.v1.title
    is Screen.SplitBill -> s.v1.title
    is Screen.SplitGroup -> s.v1.title
    is Screen.TopUp -> s.v1.title
    is Screen.CardTopUp -> s.v1.title
    is Screen.CardChallenge -> s.v1.title
    is Screen.TopUpResult -> s.v1.headline
    is Screen.Services -> s.v1.title
    is Screen.ServicePay -> s.v1.title
    is Screen.Favourites -> s.v1.title
    is Screen.FavouriteEdit -> s.v1.title
    is Screen.RegularEdit -> s.v1.title
}
