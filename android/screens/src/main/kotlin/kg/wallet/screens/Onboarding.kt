package kg.wallet.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.intl.LocaleList
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import androidx.compose.foundation.clickable
import kg.wallet.core.Event
import kg.wallet.core.IntroEvent
import kg.wallet.core.IntroScreen
import kg.wallet.core.LanguageScreen

// Seed 000 steps 3–5: the language, then the intro pages. core/src/features/onboarding.

/** The four languages, each named in itself; tapping one switches the whole screen to it, «Далее» goes on. */
@Composable
fun LanguageScreen(screen: LanguageScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.subtitle)
    RowsCard {
        androidx.compose.foundation.layout.Column(Modifier.selectableGroup()) {
            for (option in screen.options) {
                Row(
                    Modifier.fillMaxWidth().heightIn(min = TouchTarget)
                        .selectable(selected = option.selected, role = Role.RadioButton) { send(option.select) },
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    RadioButton(selected = option.selected, onClick = null)
                    Spacer(Modifier.width(12.dp))
                    Text(
                        option.label,
                        style = MaterialTheme.typography.titleMedium.copy(localeList = LocaleList(option.language.name.lowercase())),
                    )
                }
            }
        }
    }
    Spacer(Modifier.height(8.dp))
    ActionButton(screen.confirm, send)
}

/** The picture of each intro page, by the name the core gives it. */
private fun illustration(name: String): String = when (name) {
    "intro_qr" -> "▦"
    "intro_offline" -> "⇅"
    "intro_split" -> "✂"
    else -> "•"
}

/** An intro page: its picture, title and text, the page dots, «Далее» (or «Готово» on the last page). */
@Composable
fun IntroScreen(screen: IntroScreen, send: (Event) -> Unit) = ScreenColumn {
    Box(Modifier.fillMaxWidth().height(160.dp).decorative(), contentAlignment = Alignment.Center) {
        Text(illustration(screen.illustration), fontSize = 96.sp, color = MaterialTheme.colorScheme.primary)
    }
    Title(screen.title, centered = true)
    Text(screen.body, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center, modifier = Modifier.fillMaxWidth())
    Row(
        Modifier.fillMaxWidth().semantics { contentDescription = screen.pageIndicator },
        horizontalArrangement = Arrangement.Center,
    ) {
        for (index in 0u until screen.pageCount) {
            val current = index == screen.page
            Box(
                Modifier.size(TouchTarget)
                    .semantics { selected = current }
                    .clickable(role = Role.Tab) { send(Event.Intro(IntroEvent.ShowPage(index))) },
                contentAlignment = Alignment.Center,
            ) {
                Box(
                    Modifier.size(if (current) 12.dp else 8.dp).background(
                        if (current) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.outline,
                        CircleShape,
                    ),
                )
            }
        }
    }
    ActionButton(screen.primary, send)
}
