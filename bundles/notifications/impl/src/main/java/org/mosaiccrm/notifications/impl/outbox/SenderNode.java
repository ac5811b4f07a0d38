package org.mosaiccrm.notifications.impl.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Who holds a claim on a message: this installation and this start of it. The installation's id is kept in its data
 * folder ({@code karaf.data}): nodes are identical copies of one distribution, all named {@code root} by Karaf, so the
 * name cannot tell them apart, while each has a data folder of its own. The start's part tells this run's claims from
 * those a crash left behind, which the node takes back when it starts again.
 */
public record SenderNode(String installation, String start) {

    private static final String FILE = "crm-notifications-node";

    /** {@code installation/start}: what {@code CLAIMED_BY} holds (at most 100 characters). */
    public String id() {
        return installation + "/" + start;
    }

    /** The claims of an earlier start of this installation are {@code installation/%}. */
    public String earlierStarts() {
        return installation + "/%";
    }

    public static SenderNode ofThisStart(Path dataFolder) {
        return new SenderNode(installation(dataFolder), UUID.randomUUID().toString().substring(0, 8));
    }

    private static String installation(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (id.matches("[0-9a-f-]{36}")) {
                    return id;
                }
            }
            Files.createDirectories(dataFolder);
            String id = UUID.randomUUID().toString();
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            // no writable data folder: a fresh id per start (its crash leftovers are then taken back when their lease ends)
            return UUID.randomUUID().toString();
        }
    }
}
