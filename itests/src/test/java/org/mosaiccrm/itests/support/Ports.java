package org.mosaiccrm.itests.support;

import java.io.IOException;
import java.net.ServerSocket;

/** Free TCP ports, so that tests never collide with a CRM running on the default ports. */
public final class Ports {

    private Ports() {
    }

    /** Every port handed out in this JVM, never handed out twice. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Below Linux's ephemeral range (32768-60999): no outgoing connection of any process can be using the port. */
    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;

    /**
     * A port free now, never handed out before in this JVM, and outside the ephemeral range. A port taken from
     * the ephemeral range (a {@code ServerSocket(0)}) can be the local end of some outgoing connection by the
     * time the Karaf that was given it binds it; and one reused by several containers could still be held by
     * a harness-run Karaf (LeadsIT once waited 12 minutes for a health that another process answered).
     */
    public static int free() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = random.nextInt(LOWEST, HIGHEST);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + HIGHEST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
