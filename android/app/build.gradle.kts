// The application: MainActivity, the manifest and one small adapter per device capability.
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "kg.wallet.app"
    compileSdk = 36

    defaultConfig {
        applicationId = "kg.wallet.app"
        minSdk = 26
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"
        // The bank: the sandbox on the development machine through `adb reverse tcp:8090 tcp:8090` (the core allows
        // plain HTTP to loopback only); a release names the bank's https address and its receipt key
        // (gradle.properties or the CI's environment).
        buildConfigField("String", "BANK_URL", "\"${providers.gradleProperty("wallet.bankUrl").getOrElse("http://127.0.0.1:8090")}\"")
        buildConfigField("String", "BANK_PUBLIC_KEY", "\"${providers.gradleProperty("wallet.bankPublicKey").getOrElse("")}\"")
        buildConfigField("long", "OFFLINE_LIMIT_MINOR", providers.gradleProperty("wallet.offlineLimitMinor").getOrElse("500000L"))
        // The bank's certificate pins, comma-separated `sha256/…` (docs/security.md, "Certificate pinning"): the key
        // in use and an offline backup. Empty for the sandbox over loopback HTTP; a release build must set them.
        buildConfigField("String", "BANK_PINS", "\"${providers.gradleProperty("wallet.bankPins").getOrElse("")}\"")
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"))
        }
    }

    buildFeatures {
        compose = true
        buildConfig = true
    }

    // Uncompressed, page-aligned native libraries (16 KB pages on Android 15+ devices).
    packaging {
        jniLibs {
            useLegacyPackaging = false
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    implementation(project(":screens"))
    implementation(platform(libs.compose.bom))
    implementation(libs.activity.compose)
    implementation(libs.fragment)
    implementation(libs.biometric)
    implementation(libs.core)
    implementation(libs.lifecycle.process)
    implementation(libs.coroutines.android)
    implementation(libs.play.services.auth.api.phone)
    implementation(libs.zxing.core)
    androidTestImplementation(platform(libs.compose.bom))
    androidTestImplementation(libs.compose.ui.test.junit4)
    debugImplementation(libs.compose.ui.test.manifest)
}
