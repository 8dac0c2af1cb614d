package kg.wallet.android

import kg.wallet.core.Screen
import kg.wallet.screens.DrawnKinds
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * Every kind of `Screen` the core defines is drawn by its own screen (`DrawnKinds`, WalletApp.kt; GalleryTest draws
 * each in four languages): a kind the core adds fails here until the app draws it, and `DrawnKinds` names no kind the
 * core does not define. (`WalletApp`'s `when` over `Screen` has no `else`, so the compiler refuses a missing branch;
 * this test keeps the list the tests rely on honest.)
 */
class ScreenKindsTest {
    /** The core's kinds of screen, as the generated bindings define them (each a subclass of `Screen`). */
    private val allKinds: Set<String> = Screen::class.java.declaredClasses
        .filter { Screen::class.java.isAssignableFrom(it) && it != Screen::class.java }
        .map { it.simpleName }
        .toSet()

    @Test
    fun `every kind of screen the core defines is drawn by its own screen`() {
        assertTrue("the bindings define kinds of screen: $allKinds", allKinds.size > 30)
        assertEquals("kinds drawn that the core does not define", emptySet<String>(), DrawnKinds - allKinds)
        assertEquals("kinds the core defines that no screen draws", emptySet<String>(), allKinds - DrawnKinds)
    }
}
