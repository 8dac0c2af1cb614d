package kg.wallet.android

import kg.wallet.core.Screen
import kg.wallet.screens.DrawnKinds
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * Every kind of `Screen` the core defines is either drawn by its own screen — and then GalleryTest draws it in four
 * languages and fails if it shows as a draft, and the UI tests fail if it is drawn as one — or is on this explicit
 * list of kinds still drawn by `DraftScreen`. The list only shrinks: a kind whose screen lands moves to `DrawnKinds`
 * (WalletApp.kt) and off this list; a new kind the core adds fails here until it is placed.
 */
class ScreenKindsTest {
    /** The kinds still drafted (android/README.md, «Part 2»): identification. */
    private val stillDrafted = setOf(
        "KycStatus", "KycHowTo", "KycChecklist", "KycVerification", "KycCapture", "KycPassport", "KycAddress",
        "KycDistricts", "KycConsent",
    )

    /** The core's kinds of screen, as the generated bindings define them (each a subclass of `Screen`). */
    private val allKinds: Set<String> = Screen::class.java.declaredClasses
        .filter { Screen::class.java.isAssignableFrom(it) && it != Screen::class.java }
        .map { it.simpleName }
        .toSet()

    @Test
    fun `every kind of screen is drawn fully or on the list of drafts, never both`() {
        assertTrue("the bindings define kinds of screen: $allKinds", allKinds.size > DrawnKinds.size)
        assertEquals("kinds drawn fully that the core does not define", emptySet<String>(), DrawnKinds - allKinds)
        assertEquals("kinds on the draft list that the core does not define", emptySet<String>(), stillDrafted - allKinds)
        assertEquals("kinds both drawn fully and on the draft list", emptySet<String>(), DrawnKinds intersect stillDrafted)
        assertEquals("kinds neither drawn fully nor on the draft list", emptySet<String>(), allKinds - DrawnKinds - stillDrafted)
    }
}
