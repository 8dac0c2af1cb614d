package kg.wallet.screens

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.Canvas
import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Checkbox
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.autofill.ContentType
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.StrokeCap
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.contentType
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.TextRange
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardCapitalization
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.text.input.TextFieldValue
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.unit.dp
import kg.wallet.core.Action
import kg.wallet.core.ChoiceRow
import kg.wallet.core.Event
import kg.wallet.core.Field
import kg.wallet.core.FieldKind
import kg.wallet.core.OperationRow
import kg.wallet.core.SettingRow
import kg.wallet.core.TextField
import kg.wallet.core.ToggleRow

// Small building blocks shared by the features. A screen is a function of its view and `send`; nothing here holds a
// rule or formats money (the core formats every amount and date).

/** The smallest touch target (Material and Android's accessibility guidance). */
val TouchTarget = 48.dp

/** How a button of one of the core's actions is drawn. */
enum class ButtonStyle { Primary, Secondary, Link, Danger, DangerSecondary }

/** A destructive action that is not the screen's main one («Удалить из избранного»): outlined, in the error colour. */
@Composable
private fun DangerOutlinedButton(onClick: () -> Unit, modifier: Modifier, enabled: Boolean, content: @Composable () -> Unit) =
    OutlinedButton(
        onClick,
        modifier,
        enabled = enabled,
        colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
        border = BorderStroke(1.dp, if (enabled) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.outline),
    ) { content() }

/** A screen's content: one scrolling column, so the largest font scale never cuts anything off. */
@Composable
fun ScreenColumn(modifier: Modifier = Modifier, content: @Composable ColumnScope.() -> Unit) {
    Column(
        modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(horizontal = 20.dp, vertical = 12.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
        content = content,
    )
}

@Composable
fun Title(text: String, centered: Boolean = false) {
    Text(
        text,
        style = MaterialTheme.typography.headlineSmall,
        textAlign = if (centered) TextAlign.Center else TextAlign.Start,
        modifier = Modifier.fillMaxWidth().semantics { heading() },
    )
}

@Composable
fun Subtitle(text: String?, centered: Boolean = false) {
    if (text.isNullOrEmpty()) return
    Text(
        text,
        style = MaterialTheme.typography.bodyLarge,
        color = MaterialTheme.colorScheme.onSurfaceVariant,
        textAlign = if (centered) TextAlign.Center else TextAlign.Start,
        modifier = Modifier.fillMaxWidth(),
    )
}

@Composable
fun Hint(text: String?, modifier: Modifier = Modifier) {
    if (text.isNullOrEmpty()) return
    Text(text, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant, modifier = modifier)
}

/** A button for one of the core's actions: its label, its event, enabled as the core says. Nothing when absent. */
@Composable
fun ActionButton(
    action: Action?,
    send: (Event) -> Unit,
    style: ButtonStyle = ButtonStyle.Primary,
    modifier: Modifier = Modifier.fillMaxWidth(),
) {
    if (action == null) return
    val target = modifier.heightIn(min = TouchTarget)
    val label: @Composable () -> Unit = { Text(action.label, textAlign = TextAlign.Center) }
    when (style) {
        ButtonStyle.Primary -> Button({ send(action.event) }, target, enabled = action.enabled) { label() }
        ButtonStyle.Secondary -> OutlinedButton({ send(action.event) }, target, enabled = action.enabled) { label() }
        ButtonStyle.Link -> TextButton({ send(action.event) }, target, enabled = action.enabled) { label() }
        ButtonStyle.Danger -> Button(
            { send(action.event) },
            target,
            enabled = action.enabled,
            colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
        ) { label() }
        ButtonStyle.DangerSecondary -> DangerOutlinedButton({ send(action.event) }, target, action.enabled) { label() }
    }
}

/**
 * A button for what the phone does rather than the core (the gallery, the contacts, copying): the view's label, and
 * `onClick` calling the app's adapter.
 */
@Composable
fun LocalButton(
    label: String,
    style: ButtonStyle = ButtonStyle.Secondary,
    modifier: Modifier = Modifier.fillMaxWidth(),
    enabled: Boolean = true,
    onClick: () -> Unit,
) {
    val target = modifier.heightIn(min = TouchTarget)
    val text: @Composable () -> Unit = { Text(label, textAlign = TextAlign.Center) }
    when (style) {
        ButtonStyle.Primary -> Button(onClick, target, enabled = enabled) { text() }
        ButtonStyle.Secondary -> OutlinedButton(onClick, target, enabled = enabled) { text() }
        ButtonStyle.Link -> TextButton(onClick, target, enabled = enabled) { text() }
        ButtonStyle.Danger -> Button(
            onClick,
            target,
            enabled = enabled,
            colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
        ) { text() }
        ButtonStyle.DangerSecondary -> DangerOutlinedButton(onClick, target, enabled) { text() }
    }
}

/** The top bar: the back arrow with the core's «Назад» when back leads somewhere. */
@Composable
fun TopBar(back: Action?, send: (Event) -> Unit) {
    Row(Modifier.fillMaxWidth().heightIn(min = TouchTarget).padding(horizontal = 4.dp), verticalAlignment = Alignment.CenterVertically) {
        if (back != null) {
            TextButton({ send(back.event) }, Modifier.heightIn(min = TouchTarget), enabled = back.enabled) {
                Text("‹ ", Modifier.decorative())
                Text(back.label)
            }
        }
    }
}

/** A round progress indicator beside what is happening («Проверяем код…»); nothing without a text. */
@Composable
fun ProgressLine(text: String?) {
    if (text.isNullOrEmpty()) return
    Row(
        Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        CircularProgressIndicator(Modifier.size(20.dp), strokeWidth = 2.dp)
        Text(text, style = MaterialTheme.typography.bodyMedium)
    }
}

/** An error or a message under a screen's content, read out when it appears. */
@Composable
fun ErrorText(text: String?) {
    if (text.isNullOrEmpty()) return
    Text(
        text,
        color = MaterialTheme.colorScheme.error,
        style = MaterialTheme.typography.bodyMedium,
        modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Assertive },
    )
}

/** Label and value pairs, as the core wrote them. */
@Composable
fun Fields(list: List<Field>) {
    if (list.isEmpty()) return
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (field in list) {
            Column(Modifier.fillMaxWidth().semantics(mergeDescendants = true) {}) {
                Text(field.label, style = MaterialTheme.typography.labelMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
                Text(field.value, style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
}

/** The keyboard of each kind of field. */
private fun FieldKind.keyboard(): KeyboardType = when (this) {
    FieldKind.PHONE -> KeyboardType.Phone
    FieldKind.SMS_CODE -> KeyboardType.NumberPassword
    FieldKind.AMOUNT -> KeyboardType.Decimal
    FieldKind.TEXT -> KeyboardType.Text
    FieldKind.CARD_NUMBER, FieldKind.CARD_EXPIRY -> KeyboardType.Number
    // A password's digits: the keyboard neither shows suggestions nor learns them.
    FieldKind.CARD_CVV -> KeyboardType.NumberPassword
    FieldKind.CARD_HOLDER -> KeyboardType.Text
    // A provider's personal account: digits only.
    FieldKind.ACCOUNT_NUMBER -> KeyboardType.Number
}

/**
 * The keyboard options of each kind of field: a card's fields and a provider's personal account never corrected or
 * learnt, the name on a card in capitals (as printed).
 */
private fun FieldKind.keyboardOptions(): KeyboardOptions = when (this) {
    FieldKind.CARD_NUMBER, FieldKind.CARD_EXPIRY, FieldKind.CARD_CVV, FieldKind.ACCOUNT_NUMBER ->
        KeyboardOptions(keyboardType = keyboard(), imeAction = ImeAction.Done, autoCorrectEnabled = false)
    FieldKind.CARD_HOLDER -> KeyboardOptions(
        capitalization = KeyboardCapitalization.Characters,
        autoCorrectEnabled = false,
        keyboardType = keyboard(),
        imeAction = ImeAction.Done,
    )
    else -> KeyboardOptions(keyboardType = keyboard(), imeAction = ImeAction.Done)
}

/** What the system's autofill may offer a field: a card's number, expiry and name; never its CVV. */
private fun FieldKind.autofill(): ContentType? = when (this) {
    FieldKind.CARD_NUMBER -> ContentType.CreditCardNumber
    FieldKind.CARD_EXPIRY -> ContentType.CreditCardExpirationDate
    FieldKind.CARD_HOLDER -> ContentType.PersonFullName
    else -> null
}

/**
 * A text field the core owns: typing sends `edit(text)`, and the view's value is shown. What was typed stays under
 * the cursor while the core's answers catch up: a view echoing an older text than the one typed is not applied; any
 * other value (the core cleared or changed it) replaces the field's text. The keyboard's «done» sends `submit`;
 * `keyboard` is the field kind's unless a form asks for another (dates, names, a document number). A card's CVV is
 * drawn as dots (a password to screen readers too); a card's number, expiry and name carry their autofill hint.
 */
@Composable
fun WalletTextField(
    field: TextField,
    edit: (String) -> Event,
    send: (Event) -> Unit,
    submit: Action? = null,
    keyboard: KeyboardOptions = field.kind.keyboardOptions(),
    enabled: Boolean = true,
    modifier: Modifier = Modifier.fillMaxWidth(),
) {
    var local by remember { mutableStateOf(TextFieldValue(field.value, TextRange(field.value.length))) }
    val typed = remember { ArrayDeque<String>() }
    if (field.value != local.text) {
        if (field.value in typed) {
            // An echo of something typed before the newest text: the core will catch up.
        } else {
            local = TextFieldValue(field.value, TextRange(field.value.length))
            typed.clear()
        }
    } else {
        typed.clear()
    }
    OutlinedTextField(
        value = local,
        onValueChange = { next ->
            val changed = next.text != local.text
            local = next
            if (changed) {
                typed.addLast(next.text)
                if (typed.size > 64) typed.removeFirst()
                send(edit(next.text))
            }
        },
        label = { Text(field.label) },
        placeholder = { Text(field.placeholder) },
        isError = field.error != null,
        supportingText = field.error?.let { { Text(it) } },
        singleLine = true,
        keyboardOptions = keyboard,
        visualTransformation = if (field.kind == FieldKind.CARD_CVV) PasswordVisualTransformation() else VisualTransformation.None,
        enabled = enabled,
        keyboardActions = KeyboardActions(onDone = { if (submit?.enabled == true) send(submit.event) }),
        modifier = modifier.semantics {
            field.error?.let { error(it) }
            field.kind.autofill()?.let { contentType = it }
        },
    )
}

/** A line of the history. An amount that moved no money (`counted` false) is drawn grey and struck through. */
@Composable
fun OperationRowView(row: OperationRow, send: (Event) -> Unit) {
    val palette = LocalWalletPalette.current
    val open = row.open
    val base = Modifier.fillMaxWidth().heightIn(min = TouchTarget)
    val modifier = if (open != null) base.clickable(role = Role.Button) { send(open) } else base
    Row(modifier.padding(vertical = 8.dp), verticalAlignment = Alignment.CenterVertically) {
        Column(Modifier.weight(1f)) {
            Text(row.title, style = MaterialTheme.typography.bodyLarge)
            Text(row.subtitle, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
        }
        Spacer(Modifier.width(12.dp))
        // The amount takes the width it needs and never wraps (a sum broken over two lines misreads); the title and
        // the subtitle wrap in what is left.
        Column(horizontalAlignment = Alignment.End) {
            Text(
                row.amount,
                softWrap = false,
                style = MaterialTheme.typography.bodyLarge,
                fontWeight = if (row.counted) FontWeight.SemiBold else FontWeight.Normal,
                textDecoration = if (row.counted) null else TextDecoration.LineThrough,
                color = palette.amount(row.direction, row.counted, MaterialTheme.colorScheme.onSurface),
                textAlign = TextAlign.End,
            )
            Text(row.statusLabel, style = MaterialTheme.typography.bodySmall, color = palette.status(row.status), textAlign = TextAlign.End)
        }
    }
}

/** Lines of the history, each day's heading («Сегодня», «5 декабря») above its first line. */
@Composable
fun OperationRows(rows: List<OperationRow>, send: (Event) -> Unit) {
    Column(Modifier.fillMaxWidth()) {
        rows.forEachIndexed { index, row ->
            row.day?.let {
                Text(
                    it,
                    style = MaterialTheme.typography.titleSmall,
                    color = MaterialTheme.colorScheme.primary,
                    modifier = Modifier.padding(top = if (index == 0) 0.dp else 12.dp, bottom = 4.dp).semantics { heading() },
                )
            }
            OperationRowView(row, send)
            if (index < rows.lastIndex && rows[index + 1].day == null) HorizontalDivider()
        }
    }
}

/** A row showing a setting and its value, which opens the setting. */
@Composable
fun SettingRowView(row: SettingRow, send: (Event) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = TouchTarget).clickable(role = Role.Button) { send(row.open) }.padding(vertical = 8.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Text(row.label, Modifier.weight(1f), style = MaterialTheme.typography.bodyLarge)
        Text(row.value + " ›", style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.primary, textAlign = TextAlign.End)
    }
}

/** A row that opens something, for an action without a value. */
@Composable
fun LinkRow(action: Action?, send: (Event) -> Unit) {
    if (action == null) return
    Row(
        Modifier.fillMaxWidth().heightIn(min = TouchTarget)
            .clickable(enabled = action.enabled, role = Role.Button) { send(action.event) }.padding(vertical = 8.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Text(action.label, Modifier.weight(1f), style = MaterialTheme.typography.bodyLarge)
        Text("›", style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.primary)
    }
}

/** A checkbox the core controls: tapping sends `toggle`, and only the next view ticks it. */
@Composable
fun CheckboxRow(label: String, checked: Boolean, toggle: Event, send: (Event) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = TouchTarget)
            .toggleable(value = checked, role = Role.Checkbox) { send(toggle) },
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Checkbox(checked = checked, onCheckedChange = null)
        Spacer(Modifier.width(12.dp))
        Text(label, style = MaterialTheme.typography.bodyLarge)
    }
}

/** An on/off switch the core controls. */
@Composable
fun SwitchRowView(row: ToggleRow?, send: (Event) -> Unit) {
    if (row == null) return
    Row(
        Modifier.fillMaxWidth().heightIn(min = TouchTarget).toggleable(value = row.on, role = Role.Switch) { send(row.toggle) },
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Text(row.label, Modifier.weight(1f), style = MaterialTheme.typography.bodyLarge)
        Switch(checked = row.on, onCheckedChange = null)
    }
}

/** One choice among a few, as radio buttons under the row's label. */
@Composable
fun ChoiceRowView(row: ChoiceRow, send: (Event) -> Unit) {
    Column(Modifier.fillMaxWidth()) {
        Text(row.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 8.dp))
        for (option in row.options) {
            Row(
                Modifier.fillMaxWidth().heightIn(min = TouchTarget)
                    .selectable(selected = option.selected, role = Role.RadioButton) { send(option.select) },
                verticalAlignment = Alignment.CenterVertically,
            ) {
                RadioButton(selected = option.selected, onClick = null)
                Spacer(Modifier.width(12.dp))
                Text(option.label, style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
}

/** A spinner while the core says something is coming. */
@Composable
fun Busy(busy: Boolean) {
    if (busy) Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
}

/** «Нет связи с банком: каталог на …»: an information, not an error (what was kept still shows). */
@Composable
fun InfoBanner(text: String?) {
    if (text.isNullOrEmpty()) return
    val palette = LocalWalletPalette.current
    Surface(shape = RoundedCornerShape(12.dp), color = palette.infoContainer, modifier = Modifier.fillMaxWidth()) {
        Text(
            text,
            style = MaterialTheme.typography.bodyMedium,
            color = palette.info,
            modifier = Modifier.padding(horizontal = 16.dp, vertical = 12.dp).semantics { liveRegion = LiveRegionMode.Polite },
        )
    }
}

/** A card around a group of rows. */
@Composable
fun RowsCard(content: @Composable ColumnScope.() -> Unit) {
    Surface(shape = RoundedCornerShape(16.dp), tonalElevation = 1.dp, modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(horizontal = 16.dp, vertical = 4.dp), content = content)
    }
}

/** Line drawings, so marks look the same without an icon font. */
enum class Mark { Check, Clock, Cross, Struck, Bell, Fingerprint, Frame, Phones }

/** A mark in a circle, drawn with `color`; hidden from screen readers (the text beside it says the same). */
@Composable
fun MarkIcon(mark: Mark, color: Color, modifier: Modifier = Modifier.size(64.dp)) {
    Canvas(modifier.clearAndSetSemantics {}) {
        val w = size.minDimension
        val stroke = Stroke(width = w * 0.07f, cap = StrokeCap.Round)
        fun p(x: Float, y: Float) = Offset(x * w / 24f, y * w / 24f)
        fun line(a: Offset, b: Offset) = drawLine(color, a, b, strokeWidth = stroke.width, cap = StrokeCap.Round)
        when (mark) {
            Mark.Bell -> {
                drawArc(color, 180f, 180f, false, topLeft = p(6f, 5f), size = androidx.compose.ui.geometry.Size(w / 2f, w / 2f), style = stroke)
                line(p(6f, 11f), p(6f, 16.5f)); line(p(18f, 11f), p(18f, 16.5f)); line(p(4.5f, 18f), p(19.5f, 18f))
                line(p(10f, 20.5f), p(14f, 20.5f))
            }
            Mark.Fingerprint -> {
                for (r in listOf(3f, 6f, 9f)) {
                    drawArc(color, 200f, 140f, false, topLeft = p(12f - r, 12f - r), size = androidx.compose.ui.geometry.Size(w * r / 12f, w * r / 12f), style = stroke)
                }
                line(p(12f, 12f), p(12f, 20f))
            }
            Mark.Frame -> {
                // A viewfinder's four corners.
                line(p(3f, 8f), p(3f, 3f)); line(p(3f, 3f), p(8f, 3f))
                line(p(16f, 3f), p(21f, 3f)); line(p(21f, 3f), p(21f, 8f))
                line(p(21f, 16f), p(21f, 21f)); line(p(21f, 21f), p(16f, 21f))
                line(p(8f, 21f), p(3f, 21f)); line(p(3f, 21f), p(3f, 16f))
            }
            Mark.Phones -> {
                // Two phones side by side, and the shake between them.
                drawRoundRect(color, p(2.5f, 5f), androidx.compose.ui.geometry.Size(w * 7f / 24f, w * 13f / 24f), androidx.compose.ui.geometry.CornerRadius(w / 24f), style = stroke)
                drawRoundRect(color, p(14.5f, 5f), androidx.compose.ui.geometry.Size(w * 7f / 24f, w * 13f / 24f), androidx.compose.ui.geometry.CornerRadius(w / 24f), style = stroke)
                line(p(11f, 9f), p(13f, 11f)); line(p(13f, 11f), p(11f, 13f)); line(p(11f, 13f), p(13f, 15f))
            }
            else -> {
                drawCircle(color, radius = w * 10.5f / 24f, center = p(12f, 12f), style = stroke)
                when (mark) {
                    Mark.Check -> { line(p(7f, 12.5f), p(10.2f, 15.7f)); line(p(10.2f, 15.7f), p(17.2f, 8.7f)) }
                    Mark.Clock -> { line(p(12f, 6.5f), p(12f, 12f)); line(p(12f, 12f), p(15.8f, 14.4f)) }
                    Mark.Cross -> { line(p(8f, 8f), p(16f, 16f)); line(p(16f, 8f), p(8f, 16f)) }
                    Mark.Struck -> line(p(4.6f, 19.4f), p(19.4f, 4.6f))
                    else -> Unit
                }
            }
        }
    }
}

/** A small round count, for the inbox's unread items. */
@Composable
fun Badge(count: UInt) {
    if (count == 0u) return
    Box(
        Modifier.background(MaterialTheme.colorScheme.error, RoundedCornerShape(50)).padding(horizontal = 7.dp, vertical = 1.dp),
        contentAlignment = Alignment.Center,
    ) {
        Text(count.toString(), color = MaterialTheme.colorScheme.onError, style = MaterialTheme.typography.labelMedium)
    }
}

/** A picture's stand-in for a screen reader: nothing, since the screen's texts say it all. */
fun Modifier.decorative(): Modifier = this.clearAndSetSemantics {}

/** A label for a control whose visible text is not enough. */
fun Modifier.described(text: String): Modifier = this.semantics { contentDescription = text }
