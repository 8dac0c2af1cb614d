package kg.wallet.app

import androidx.fragment.app.FragmentActivity
import org.robolectric.Robolectric
import org.robolectric.android.controller.ActivityController

/**
 * A FragmentActivity built as MainActivity runs: created, then [inOnCreate] (where the app makes what registers
 * activity-result launchers, which must be before the activity starts), then started and resumed.
 */
fun resumedActivity(inOnCreate: (FragmentActivity) -> Unit): ActivityController<FragmentActivity> =
    Robolectric.buildActivity(FragmentActivity::class.java).create().also { inOnCreate(it.get()) }.start().resume()
