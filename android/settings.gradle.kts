// The Android app: walletkit (Kotlin glue over the generated bindings, no Android classes), screens (Compose), app.
// Before building: scripts/build-android (the .so files into ../build/android/jniLibs and the Kotlin for Android
// into ../build/bindings/kotlin-android). See README.md here.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "wallet"
include(":walletkit", ":screens", ":app")
