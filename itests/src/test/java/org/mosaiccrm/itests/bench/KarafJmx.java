package org.mosaiccrm.itests.bench;

import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** What an administrator's monitoring sees over Karaf's JMX: features, and the JVM after a full GC. */
final class KarafJmx implements AutoCloseable {

    /** Metaspace in use and classes loaded, after a full GC. */
    record Footprint(long metaspaceBytes, int loadedClasses, long heapUsedBytes) {
    }

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    KarafJmx(String url, String user, String password) throws IOException {
        this.connector = JMXConnectorFactory.connect(new JMXServiceURL(url),
                Map.of(JMXConnector.CREDENTIALS, new String[] { user, password }));
        this.server = connector.getMBeanServerConnection();
    }

    void installFeature(String name) throws Exception {
        server.invoke(new ObjectName("org.apache.karaf:type=feature,name=root"), "installFeature",
                new Object[] { name }, new String[] { String.class.getName() });
    }

    void uninstallFeature(String name) throws Exception {
        server.invoke(new ObjectName("org.apache.karaf:type=feature,name=root"), "uninstallFeature",
                new Object[] { name }, new String[] { String.class.getName() });
    }

    /**
     * After full GCs repeated until the number of loaded classes stops falling (at most five): one GC only
     * queues the cleaners of an uninstalled bundle's resources, and its class loader goes at a later one.
     */
    Footprint afterFullGc() throws Exception {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        ClassLoadingMXBean classLoading = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.CLASS_LOADING_MXBEAN_NAME,
                ClassLoadingMXBean.class);
        int classes = Integer.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            memory.gc();
            Thread.sleep(500);
            int now = classLoading.getLoadedClassCount();
            if (now >= classes) {
                break;
            }
            classes = now;
        }
        CompositeData metaspace = (CompositeData) server.getAttribute(new ObjectName("java.lang:type=MemoryPool,name=Metaspace"), "Usage");
        return new Footprint((Long) metaspace.get("used"), classLoading.getLoadedClassCount(), memory.getHeapMemoryUsage().getUsed());
    }

    /** A heap dump of live objects, written by the Karaf JVM (to find what keeps an uninstalled bundle's classes). */
    void dumpHeap(java.nio.file.Path file) throws Exception {
        server.invoke(new ObjectName("com.sun.management:type=HotSpotDiagnostic"), "dumpHeap",
                new Object[] { file.toAbsolutePath().toString(), true }, new String[] { String.class.getName(), boolean.class.getName() });
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
