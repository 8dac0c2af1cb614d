package kg.wallet.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import kg.wallet.core.Action
import kg.wallet.core.Event
import kg.wallet.core.Field

/**
 * A screen of the Android app's part 2 not yet drawn by its own screen (identification), drawn
 * generically until its own design lands: its title, its texts and facts, and a button for each action
 * the view offers, so the app can be walked end to end. Text entry, the cameras and the sensors are part 2's work.
 * Tagged `draft` so the UI tests of part 1 fail if one shows where a finished screen was expected.
 */
@Composable
fun DraftScreen(
    title: String,
    send: (Event) -> Unit,
    texts: List<String?> = emptyList(),
    fields: List<Field> = emptyList(),
    actions: List<Action?> = emptyList(),
    error: String? = null,
) = ScreenColumn(Modifier.testTag("draft")) {
    Title(title)
    for (text in texts.filterNotNull().filter { it.isNotEmpty() }) {
        Text(text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.fillMaxWidth().padding(vertical = 2.dp))
    }
    Fields(fields)
    ErrorText(error)
    actions.filterNotNull().forEachIndexed { index, action ->
        ActionButton(action, send, if (index == 0) ButtonStyle.Primary else ButtonStyle.Secondary)
    }
}
