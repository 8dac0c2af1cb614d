package kg.wallet.screens

import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.Immutable
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.Color
import kg.wallet.core.Direction
import kg.wallet.core.NoticeKind
import kg.wallet.core.RowStatus

/** The wallet's colours: Material 3's light scheme around the brand's teal. */
private val WalletColors: ColorScheme = lightColorScheme(
    primary = Color(0xFF00696B),
    onPrimary = Color.White,
    primaryContainer = Color(0xFF9CF1F2),
    onPrimaryContainer = Color(0xFF002020),
    secondary = Color(0xFF4A6363),
    secondaryContainer = Color(0xFFCCE8E7),
    onSecondaryContainer = Color(0xFF051F1F),
    error = Color(0xFFBA1A1A),
    background = Color(0xFFFAFDFC),
    surface = Color(0xFFFAFDFC),
    surfaceVariant = Color(0xFFDAE5E4),
    onSurfaceVariant = Color(0xFF3F4948),
    outline = Color(0xFF6F7979),
)

/** Colours that carry meaning beyond Material's roles: notices by kind, money in and out, statuses. */
@Immutable
data class WalletPalette(
    val success: Color = Color(0xFF1B6D2F),
    val successContainer: Color = Color(0xFFD3F5D5),
    val info: Color = Color(0xFF2B4C6F),
    val infoContainer: Color = Color(0xFFDCE9F7),
    val warning: Color = Color(0xFF7A5900),
    val warningContainer: Color = Color(0xFFFFEDB8),
    val error: Color = Color(0xFF93000A),
    val errorContainer: Color = Color(0xFFFFDAD6),
    val incoming: Color = Color(0xFF1B6D2F),
    val muted: Color = Color(0xFF6F7979),
)

val LocalWalletPalette = staticCompositionLocalOf { WalletPalette() }

/** A notice's background and text colour by the kind the core gave it. */
fun WalletPalette.notice(kind: NoticeKind): Pair<Color, Color> = when (kind) {
    NoticeKind.SUCCESS -> successContainer to success
    NoticeKind.INFO -> infoContainer to info
    NoticeKind.WARNING -> warningContainer to warning
    NoticeKind.ERROR -> errorContainer to error
}

/** A status label's colour: done green, waiting amber, refused red, cancelled grey. */
fun WalletPalette.status(status: RowStatus): Color = when (status) {
    RowStatus.EXECUTED -> success
    RowStatus.QUEUED, RowStatus.ACCEPTED -> warning
    RowStatus.REJECTED, RowStatus.DAMAGED -> error
    RowStatus.CANCELLED -> muted
}

fun WalletPalette.amount(direction: Direction, counted: Boolean, default: Color): Color = when {
    !counted -> muted
    direction == Direction.INCOMING -> incoming
    else -> default
}

@Composable
fun WalletTheme(content: @Composable () -> Unit) {
    MaterialTheme(colorScheme = WalletColors) {
        androidx.compose.runtime.CompositionLocalProvider(LocalWalletPalette provides WalletPalette(), content = content)
    }
}
