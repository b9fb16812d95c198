package org.grounded.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Works around a flaw of the headless (Monocle) toolkit in drag-and-drop tests. Monocle remembers
 * the window view where the last mouse drag began and forgets it only when a drag-and-drop gesture
 * ends; each test shows a new scene (a new view), so the first gesture of a test would tell the
 * previous test's view that the drag left it, which throws inside the toolkit. Forgetting that
 * view before a gesture lets the real gesture run as it does on a desktop. Does nothing when the
 * tests run on another toolkit.
 */
public final class HeadlessDrag {

    private HeadlessDrag() {
    }

    public static void forgetEarlierScenes() {
        try {
            Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Method instance = input.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            Field dragView = input.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance.invoke(null), null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not Monocle, or a version without the flaw: nothing to forget.
        }
    }
}
