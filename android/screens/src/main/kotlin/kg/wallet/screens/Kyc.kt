package kg.wallet.screens

import androidx.compose.runtime.Composable
import kg.wallet.core.Action
import kg.wallet.core.Event
import kg.wallet.core.KycAddressScreen
import kg.wallet.core.KycCaptureScreen
import kg.wallet.core.KycChecklistScreen
import kg.wallet.core.KycConsentScreen
import kg.wallet.core.KycDistrictsScreen
import kg.wallet.core.KycHowToScreen
import kg.wallet.core.KycPassportScreen
import kg.wallet.core.KycStatusScreen
import kg.wallet.core.KycVerificationScreen

// Online identification (seed 000 steps 10–22): part 2's drafts. core/src/features/kyc.

@Composable
fun KycStatusDraft(screen: KycStatusScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send, texts = listOf(screen.headline, screen.text, screen.reason) + screen.toRedo,
    actions = listOf(screen.start, screen.sendNow),
)

@Composable
fun KycHowToDraft(screen: KycHowToScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, texts = listOf(screen.intro) + screen.steps, actions = listOf(screen.close))

@Composable
fun KycChecklistDraft(screen: KycChecklistScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send, texts = listOf(screen.intro),
    actions = screen.rows.map { row -> row.open?.let { Action(row.label, it, true) } } + listOf(screen.submit, screen.howTo),
)

@Composable
fun KycVerificationDraft(screen: KycVerificationScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, actions = screen.rows.map { it.action })

/** Part 2: CameraX and the gallery send the photo's bytes (`Kyc.Photo`). */
@Composable
fun KycCaptureDraft(screen: KycCaptureScreen, send: (Event) -> Unit) = DraftScreen(
    screen.title, send, texts = listOf(screen.step, screen.instruction, screen.checkingText, screen.mrzNote), error = screen.problem,
)

@Composable
fun KycPassportDraft(screen: KycPassportScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, texts = listOf(screen.subtitle), actions = listOf(screen.confirm, screen.cancel))

@Composable
fun KycAddressDraft(screen: KycAddressScreen, send: (Event) -> Unit) = DraftScreen(screen.title, send, actions = listOf(screen.next))

@Composable
fun KycDistrictsDraft(screen: KycDistrictsScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, texts = listOf(screen.searchHint, screen.empty))

@Composable
fun KycConsentDraft(screen: KycConsentScreen, send: (Event) -> Unit) =
    DraftScreen(screen.title, send, texts = screen.paragraphs, actions = listOf(screen.read))
