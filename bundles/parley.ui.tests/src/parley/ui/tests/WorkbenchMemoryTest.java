package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import parley.ui.WorkbenchMemoryAddon;

/** The window opens at its last size and state; times are shown in the analyst's zone, not as raw UTC. */
class WorkbenchMemoryTest {

    @AfterEach
    void forget() throws Exception {
        var p = InstanceScope.INSTANCE.getNode("parley.ui");
        p.remove("window.bounds");
        p.remove("window.maximized");
        p.flush();
    }

    @Test
    void theWindowOpensAtItsLastSizeAndState() throws Exception {
        var p = InstanceScope.INSTANCE.getNode("parley.ui");
        p.put("window.bounds", "10,20,1111,777");
        p.putBoolean("window.maximized", true);
        MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        window.setWidth(1400);
        window.setHeight(900);
        WorkbenchMemoryAddon.applyBounds(window);
        assertEquals(10, window.getX());
        assertEquals(20, window.getY());
        assertEquals(1111, window.getWidth());
        assertEquals(777, window.getHeight());
        assertTrue(window.getTags().contains("shellMaximized"));
    }

    @Test
    void aJournalTimeIsLocalAndReadable() {
        String shown = parley.ui.services.RecoveryPrompt.localTime(FileTime.from(Instant.parse("2026-11-30T14:03:12Z")));
        assertTrue(shown.contains("2026") && !shown.contains("T14:03:12Z"), shown);
    }
}
