package kg.wallet.screens

import androidx.compose.runtime.Composable
import kg.wallet.core.Event
import kg.wallet.core.SettingsScreen

// The settings: language, change PIN, biometric unlock, auto-lock, sign out. core/src/features/settings.

@Composable
fun SettingsScreen(screen: SettingsScreen, send: (Event) -> Unit) = ScreenColumn {
    Title(screen.title)
    Subtitle(screen.account)
    RowsCard {
        SettingRowView(screen.language, send)
        LinkRow(screen.changePin, send)
        SwitchRowView(screen.biometrics, send)
        ChoiceRowView(screen.autoLock, send)
    }
    ActionButton(screen.logout, send, ButtonStyle.Danger)
}
