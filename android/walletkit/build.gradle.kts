// walletkit: WalletHost and the generated bindings. Its Kotlin uses no Android class (the generated Kotlin for
// Android uses android.os.Build for its cleaner), so android/jvm compiles the same sources on the JVM.
//
// The generated Kotlin is compiled from ../build/bindings/kotlin-android as an extra source folder (not copied:
// scripts/bindings kotlin-android rewrites it, and a copy could go stale), and the libraries from
// ../build/android/jniLibs as an extra jniLibs folder; scripts/build-android writes both.
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

android {
    namespace = "kg.wallet.kit"
    compileSdk = 36

    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }

    sourceSets["main"].java.srcDir(rootProject.file("../build/bindings/kotlin-android"))
    sourceSets["main"].jniLibs.srcDir(rootProject.file("../build/android/jniLibs"))

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    // JNA as an AAR: its libjnidispatch.so for each ABI.
    api("net.java.dev.jna:jna:${libs.versions.jna.get()}@aar")
    api(libs.coroutines.core)
    implementation(libs.annotation)
    testImplementation(libs.junit)
    testImplementation(libs.coroutines.test)
}
