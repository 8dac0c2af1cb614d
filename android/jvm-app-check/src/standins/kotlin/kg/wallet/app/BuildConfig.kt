package kg.wallet.app

// A stand-in for the BuildConfig that the Android Gradle plugin generates from app/build.gradle.kts's
// buildConfigField lines, so the app's Kotlin compiles here. Not part of the app.
object BuildConfig {
    const val DEBUG: Boolean = true
    const val BANK_URL: String = "https://bank.example/"
    const val BANK_PUBLIC_KEY: String = ""
    const val OFFLINE_LIMIT_MINOR: Long = 500_000L
    const val BANK_PINS: String = ""
}
