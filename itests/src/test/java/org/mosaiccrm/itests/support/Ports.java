package org.mosaiccrm.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free TCP ports, so that tests never collide with a CRM running on the default ports. */
public final class Ports {

    private Ports() {
    }

    /** Every port handed out in this JVM: the Pax Exam containers keep theirs for the whole run. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port free now and never handed out before in this JVM. The containers' HTTP port is chosen once and is free
     * between two test classes, so a harness-run Karaf (RestartIT) could be given it and still hold it while the
     * next container boots: LeadsIT once waited 12 minutes for a health that another process answered.
     */
    public static int free() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no port left that was not handed out already");
    }
}
