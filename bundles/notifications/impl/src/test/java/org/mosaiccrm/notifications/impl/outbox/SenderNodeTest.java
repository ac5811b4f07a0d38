package org.mosaiccrm.notifications.impl.outbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Two nodes never share claims; one installation started again recognises what its earlier start left. */
public class SenderNodeTest {

    @Rule
    public TemporaryFolder folders = new TemporaryFolder();

    @Test
    public void aRestartKeepsTheInstallationAndChangesTheStart() throws Exception {
        Path data = folders.newFolder("data").toPath();
        SenderNode first = SenderNode.ofThisStart(data);
        SenderNode second = SenderNode.ofThisStart(data);
        assertEquals(first.installation(), second.installation());
        assertNotEquals(first.id(), second.id());
        assertTrue(first.id().startsWith(second.earlierStarts().replace("%", "")));
        assertTrue("fits CLAIMED_BY", first.id().length() <= 100);
    }

    @Test
    public void twoCopiesOfTheDistributionAreTwoNodesEvenWithOneName() throws Exception {
        assertNotEquals(SenderNode.ofThisStart(folders.newFolder("node-a").toPath()).installation(),
                SenderNode.ofThisStart(folders.newFolder("node-b").toPath()).installation());
    }

    @Test
    public void aDamagedIdFileIsReplaced() throws Exception {
        Path data = folders.newFolder("damaged").toPath();
        Files.writeString(data.resolve("crm-notifications-node"), "not an id");
        String installation = SenderNode.ofThisStart(data).installation();
        assertTrue(installation, installation.matches("[0-9a-f-]{36}"));
        assertEquals(installation, SenderNode.ofThisStart(data).installation());
    }
}
