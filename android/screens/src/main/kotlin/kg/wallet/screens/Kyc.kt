package kg.wallet.screens

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Checkbox
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardCapitalization
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.unit.dp
import kg.wallet.core.AddressFieldView
import kg.wallet.core.ChecklistRow
import kg.wallet.core.Event
import kg.wallet.core.Field
import kg.wallet.core.FieldKind
import kg.wallet.core.InputKind
import kg.wallet.core.KycAddressScreen
import kg.wallet.core.KycCaptureScreen
import kg.wallet.core.KycChecklistScreen
import kg.wallet.core.KycConsentScreen
import kg.wallet.core.KycDistrictsScreen
import kg.wallet.core.KycEvent
import kg.wallet.core.KycHowToScreen
import kg.wallet.core.KycPassportScreen
import kg.wallet.core.KycState
import kg.wallet.core.KycStatusScreen
import kg.wallet.core.KycVerificationScreen
import kg.wallet.core.PhotoKind
import kg.wallet.core.RowStyle
import kg.wallet.core.SystemTexts
import kg.wallet.core.TextField

// Online identification (seed 000 steps 10–22): the status from home, «Как пройти онлайн-идентификацию?», the
// checklist, «Верификация пользователя» with the three photos (the camera the view names, or a picture from the
// gallery; the bytes go to the core as they are, which checks them by content), the passport form with its
// guarantee, «Адрес и работа» with the district picker, the consent text, «Отправить заявку» and the bank's answer.
// core/src/features/kyc, desktop/web/kyc.js, ios/WalletApp/Screens/Kyc.swift.

/** A mark and its colour for where the application is. */
@Composable
private fun KycState.picture(): Pair<Mark, Color> {
    val palette = LocalWalletPalette.current
    return when (this) {
        KycState.NOT_STARTED -> Mark.Frame to MaterialTheme.colorScheme.primary
        KycState.LOADING, KycState.QUEUED, KycState.SENDING, KycState.IN_REVIEW -> Mark.Clock to palette.warning
        KycState.APPROVED -> Mark.Check to palette.success
        KycState.REJECTED -> Mark.Cross to palette.error
        KycState.RESUBMISSION_REQUESTED -> Mark.Cross to palette.warning
    }
}

/** A round progress indicator alone, centred (the text beside it is already on screen). */
@Composable
private fun Spinner(busy: Boolean) {
    if (busy) Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator(Modifier.size(32.dp)) }
}

/**
 * «Онлайн-идентификация» from home: the mark, the headline and what it means (with a progress indicator while the
 * bank reviews), the bank's reason and what to redo, the new limits once approved; «Отправить сейчас» and the way in.
 */
@Composable
fun KycStatusScreen(screen: KycStatusScreen, send: (Event) -> Unit) = ScreenColumn {
    val (mark, color) = screen.state.picture()
    Title(screen.title)
    RowsCard {
        Row(
            Modifier.fillMaxWidth().padding(vertical = 12.dp).semantics(mergeDescendants = true) { liveRegion = LiveRegionMode.Polite },
            horizontalArrangement = Arrangement.spacedBy(16.dp),
        ) {
            MarkIcon(mark, color, Modifier.size(48.dp))
            Column(Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(6.dp)) {
                Text(screen.headline, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.SemiBold)
                Text(screen.text, style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
    Spinner(screen.busy)
    ErrorText(screen.reason)
    if (screen.toRedo.isNotEmpty()) {
        Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            for (item in screen.toRedo) {
                Row {
                    Text("•  ", style = MaterialTheme.typography.bodyLarge, modifier = Modifier.decorative())
                    Text(item, style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
    }
    if (screen.limits.isNotEmpty()) {
        RowsCard { Box(Modifier.padding(vertical = 8.dp)) { Fields(screen.limits.map { Field(it.label, it.value) }) } }
    }
    ActionButton(screen.sendNow, send, ButtonStyle.Secondary)
    ActionButton(screen.start, send)
}

/** «Как пройти онлайн-идентификацию?»: the introduction, the six numbered steps, «Понятно». */
@Composable
fun KycHowToScreen(screen: KycHowToScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.intro)
    screen.steps.forEachIndexed { index, step ->
        Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            // The number is the list's order, not a text of the core's: a screen reader reads the steps in order.
            Text(
                "${index + 1}.",
                style = MaterialTheme.typography.titleMedium,
                color = MaterialTheme.colorScheme.primary,
                modifier = Modifier.width(28.dp).decorative(),
            )
            Text(step, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
        }
    }
    ActionButton(screen.close, send)
}

/**
 * One row of the checklist: a section (its ✓ once done, › to open it), a declaration (its tick, which the core
 * flips), or the consent (its tick; the underlined text opens the consent to read).
 */
@Composable
private fun ChecklistRowView(row: ChecklistRow, send: (Event) -> Unit) {
    val open = row.open
    val palette = LocalWalletPalette.current
    val base = Modifier.fillMaxWidth().heightIn(min = TouchTarget)
    when (row.style) {
        RowStyle.SECTION -> Row(
            base.clickable(enabled = open != null, role = Role.Button) { open?.let(send) }
                .semantics { selected = row.done }.padding(vertical = 10.dp),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Text(row.label, Modifier.weight(1f), style = MaterialTheme.typography.titleMedium)
            if (row.done) MarkIcon(Mark.Check, palette.success, Modifier.padding(horizontal = 8.dp).size(24.dp))
            Text("›", style = MaterialTheme.typography.titleLarge, color = MaterialTheme.colorScheme.primary, modifier = Modifier.decorative())
        }
        RowStyle.DECLARATION -> Row(
            base.toggleable(value = row.done, enabled = open != null, role = Role.Checkbox) { open?.let(send) }.padding(vertical = 6.dp),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Checkbox(checked = row.done, onCheckedChange = null, enabled = open != null)
            Spacer(Modifier.width(12.dp))
            Text(row.label, Modifier.weight(1f), style = MaterialTheme.typography.bodyLarge)
        }
        RowStyle.LINK -> Row(
            base.clickable(enabled = open != null, role = Role.Button) { open?.let(send) }
                .semantics { selected = row.done }.padding(vertical = 6.dp),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Checkbox(checked = row.done, onCheckedChange = null, enabled = open != null, modifier = Modifier.decorative())
            Spacer(Modifier.width(12.dp))
            Text(
                row.label,
                Modifier.weight(1f),
                style = MaterialTheme.typography.bodyLarge,
                color = MaterialTheme.colorScheme.primary,
                textDecoration = TextDecoration.Underline,
            )
        }
    }
}

/**
 * The checklist: «Как пройти…», what is needed, «Верификация пользователя» and «Адрес и работа», the five
 * declarations, then where the application is, «Ваша заявка готова к отправке» and «Отправить заявку».
 */
@Composable
fun KycChecklistScreen(screen: KycChecklistScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    LinkRow(screen.howTo, send)
    Subtitle(screen.intro)
    RowsCard {
        screen.rows.forEachIndexed { index, row ->
            ChecklistRowView(row, send)
            if (index < screen.rows.lastIndex) HorizontalDivider()
        }
    }
    ErrorText(screen.nonResident)
    screen.status?.let {
        Text(
            it,
            style = MaterialTheme.typography.bodyLarge,
            color = LocalWalletPalette.current.info,
            modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        )
    }
    screen.ready?.let {
        Text(it, style = MaterialTheme.typography.titleMedium, color = LocalWalletPalette.current.success, modifier = Modifier.fillMaxWidth())
    }
    ActionButton(screen.submit, send)
}

/** «Верификация пользователя»: the three photos and the passport data, each with its ✓ and «Сфотографировать» or «Переснять». */
@Composable
fun KycVerificationScreen(screen: KycVerificationScreen, send: (Event) -> Unit) = ScreenColumn {
    val palette = LocalWalletPalette.current
    Title(screen.title)
    for (row in screen.rows) {
        RowsCard {
            Column(Modifier.padding(vertical = 12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Row(
                    Modifier.fillMaxWidth().semantics(mergeDescendants = true) { selected = row.done },
                    verticalAlignment = Alignment.CenterVertically,
                    horizontalArrangement = Arrangement.spacedBy(12.dp),
                ) {
                    MarkIcon(
                        if (row.done) Mark.Check else Mark.Frame,
                        if (row.done) palette.success else palette.muted,
                        Modifier.size(28.dp),
                    )
                    Text(row.label, Modifier.weight(1f), style = MaterialTheme.typography.titleMedium)
                }
                ActionButton(row.action, send, ButtonStyle.Secondary)
            }
        }
    }
}

/**
 * One photo: «Шаг 1 из 3», what to photograph and how, the camera's live picture (the one the view names) with the
 * guide over it, the check's progress and its verdict, then the shutter («Сфотографировать») and «Выбрать из галереи».
 * Without the app's camera, or refused it, the guide alone shows where the document goes and the gallery stays; a
 * refusal says so with the settings button. The bytes go to the core untouched (`Kyc.Photo`), which judges them.
 */
@Composable
fun KycCaptureScreen(screen: KycCaptureScreen, system: SystemTexts, send: (Event) -> Unit) = ScreenColumn {
    val devices = LocalDevices.current
    val photo = screen.photo
    val deliver = { bytes: ByteArray -> send(Event.Kyc(KycEvent.Photo(photo, bytes))) }
    var cameraDenied by remember { mutableStateOf(false) }
    val camera = devices.photoCamera?.takeIf { !cameraDenied }
    Hint(screen.step)
    Title(screen.title)
    Text(screen.instruction, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.fillMaxWidth())
    // A portrait box for the live picture (a phone's photo is 3 : 4 held upright); the guide alone needs less room.
    val aspect = when {
        camera != null -> 3f / 4f
        photo == PhotoKind.SELFIE_WITH_PASSPORT -> 1f
        else -> ID1_ASPECT
    }
    Box(
        Modifier.widthIn(max = 360.dp).fillMaxWidth().aspectRatio(aspect).align(Alignment.CenterHorizontally)
            .clip(RoundedCornerShape(16.dp)),
    ) {
        camera?.Preview(screen.camera, Modifier.fillMaxSize()) { cameraDenied = true }
        CaptureGuideOverlay(photo, MaterialTheme.colorScheme.primary, overPicture = camera != null, Modifier.fillMaxSize())
    }
    ProgressLine(screen.checkingText)
    ErrorText(screen.problem)
    Hint(screen.mrzNote, Modifier.semantics { liveRegion = LiveRegionMode.Polite })
    if (cameraDenied) {
        ErrorText(system.cameraDenied)
        devices.openSettings?.let { open -> LocalButton(system.openSettings, ButtonStyle.Link) { open() } }
    }
    camera?.let { shutter ->
        LocalButton(screen.takeLabel, ButtonStyle.Primary, enabled = !screen.checking) { shutter.capture(deliver) }
    }
    devices.pickImage?.let { pick ->
        LocalButton(screen.galleryLabel, if (camera == null) ButtonStyle.Primary else ButtonStyle.Secondary, enabled = !screen.checking) {
            pick(deliver)
        }
    }
}

/** The keyboard of each kind of passport field. */
private fun InputKind.keyboard(): KeyboardOptions = when (this) {
    InputKind.TEXT -> KeyboardOptions(capitalization = KeyboardCapitalization.Sentences, imeAction = ImeAction.Next)
    InputKind.NAME -> KeyboardOptions(capitalization = KeyboardCapitalization.Words, autoCorrectEnabled = false, imeAction = ImeAction.Next)
    InputKind.DATE, InputKind.DIGITS -> KeyboardOptions(keyboardType = KeyboardType.Number, imeAction = ImeAction.Next)
    InputKind.DOCUMENT_NUMBER -> KeyboardOptions(
        capitalization = KeyboardCapitalization.Characters,
        autoCorrectEnabled = false,
        keyboardType = KeyboardType.Ascii,
        imeAction = ImeAction.Next,
    )
}

/**
 * The passport form: each field as the core keeps it (typing sends `Kyc.EditPassport`), its note and the core's
 * verdict under it; «Подтвердить» asks for the guarantee, «Отмена».
 */
@Composable
fun KycPassportScreen(screen: KycPassportScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.subtitle)
    screen.mrzNote?.let { RowsCard { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 12.dp)) } }
    for (field in screen.fields) {
        key(field.field) {
            Column(Modifier.fillMaxWidth()) {
                WalletTextField(
                    TextField(FieldKind.TEXT, field.label, field.value, "", field.error),
                    { text -> Event.Kyc(KycEvent.EditPassport(field.field, text)) },
                    send,
                    keyboard = field.input.keyboard(),
                    enabled = screen.editable,
                )
                Hint(field.note, Modifier.padding(start = 16.dp, top = 2.dp))
            }
        }
    }
    ActionButton(screen.confirm, send)
    ActionButton(screen.cancel, send, ButtonStyle.Secondary)
}

/** «Район *»: the district picked from a list, not typed; tapping opens the picker. */
@Composable
private fun DistrictField(field: AddressFieldView, pick: Event, send: (Event) -> Unit) {
    Column(Modifier.fillMaxWidth()) {
        Row(
            Modifier.fillMaxWidth().heightIn(min = TouchTarget)
                .clickable(role = Role.Button) { send(pick) }
                .semantics(mergeDescendants = true) { field.error?.let { error(it) } }
                .padding(vertical = 6.dp),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Column(Modifier.weight(1f)) {
                Text(
                    field.label,
                    style = MaterialTheme.typography.labelLarge,
                    color = if (field.error != null) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurfaceVariant,
                )
                if (field.value.isNotEmpty()) Text(field.value, style = MaterialTheme.typography.bodyLarge)
            }
            Text("›", style = MaterialTheme.typography.titleLarge, color = MaterialTheme.colorScheme.primary, modifier = Modifier.decorative())
        }
        HorizontalDivider(color = if (field.error != null) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.outline)
        ErrorText(field.error)
    }
}

/** «Адрес и работа»: the district from its picker, the address and the work typed (`Kyc.EditAddress`), «Далее». */
@Composable
fun KycAddressScreen(screen: KycAddressScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    for (field in screen.fields) {
        key(field.field) {
            val pick = field.pick
            if (pick != null) {
                DistrictField(field, pick, send)
            } else {
                WalletTextField(
                    TextField(FieldKind.TEXT, field.label, field.value, "", field.error),
                    { text -> Event.Kyc(KycEvent.EditAddress(field.field, text)) },
                    send,
                    keyboard = KeyboardOptions(capitalization = KeyboardCapitalization.Sentences, imeAction = ImeAction.Next),
                    enabled = screen.editable,
                )
            }
        }
    }
    ActionButton(screen.next, send)
}

/** The picker of «Район»: the search (`Kyc.SearchDistricts` as typed), then the regions with their districts. */
@Composable
fun KycDistrictsScreen(screen: KycDistrictsScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    WalletTextField(
        TextField(FieldKind.TEXT, screen.searchHint, screen.query, "", null),
        { text -> Event.Kyc(KycEvent.SearchDistricts(text)) },
        send,
        keyboard = KeyboardOptions(imeAction = ImeAction.Search),
    )
    Hint(screen.empty, Modifier.semantics { liveRegion = LiveRegionMode.Polite })
    for (group in screen.groups) {
        Text(
            group.region,
            style = MaterialTheme.typography.titleSmall,
            color = MaterialTheme.colorScheme.primary,
            modifier = Modifier.padding(top = 8.dp).semantics { heading() },
        )
        RowsCard {
            group.districts.forEachIndexed { index, district ->
                Row(
                    Modifier.fillMaxWidth().heightIn(min = TouchTarget)
                        .selectable(selected = district.selected, role = Role.Button) { send(district.pick) }
                        .padding(vertical = 8.dp),
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    Text(district.name, Modifier.weight(1f), style = MaterialTheme.typography.bodyLarge)
                    if (district.selected) MarkIcon(Mark.Check, MaterialTheme.colorScheme.primary, Modifier.size(24.dp))
                }
                if (index < group.districts.lastIndex) HorizontalDivider()
            }
        }
    }
}

/** The consent text, paragraph by paragraph, and «Прочитано» at its end. */
@Composable
fun KycConsentScreen(screen: KycConsentScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    for (paragraph in screen.paragraphs) {
        Text(paragraph, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.fillMaxWidth())
    }
    ActionButton(screen.read, send)
}
