package kg.wallet.screens

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import kg.wallet.core.Event
import kg.wallet.core.TermsDocumentScreen
import kg.wallet.core.TermsScreen

// Seed 000 step 8: the terms, each with its checkbox and «Читать», and each document's text.
// core/src/features/terms.

@Composable
fun TermsScreen(screen: TermsScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.subtitle)
    for (item in screen.items) {
        Column(Modifier.fillMaxWidth()) {
            CheckboxRow(item.label, item.checked, item.toggle, send)
            ActionButton(item.open, send, ButtonStyle.Link, Modifier)
        }
    }
    ActionButton(screen.accept, send)
}

@Composable
fun TermsDocumentScreen(screen: TermsDocumentScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Hint(screen.edition)
    for (paragraph in screen.paragraphs) {
        Text(paragraph, style = MaterialTheme.typography.bodyMedium)
    }
    ActionButton(screen.agree, send)
}
