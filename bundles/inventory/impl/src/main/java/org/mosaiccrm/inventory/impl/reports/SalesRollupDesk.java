package org.mosaiccrm.inventory.impl.reports;

import java.sql.SQLException;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.impl.InventoryConfig;
import org.mosaiccrm.inventory.impl.InventoryServiceImpl;
import org.mosaiccrm.kernel.api.problem.UnavailableException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the sales rollups on demand ({@code crm:sales-rollup --rebuild}, {@code POST sales-rollup/rebuild}), and
 * once by itself at the first start after they were added (a database from before them: its orders counted in).
 */
@Component(service = SalesRollupDesk.class, configurationPid = InventoryConfig.PID)
public class SalesRollupDesk {

    private static final Logger LOG = LoggerFactory.getLogger(SalesRollupDesk.class);

    private final DataSource dataSource;
    private final Thread filler;
    private volatile ZoneId zone;

    @Activate
    public SalesRollupDesk(@Reference InventoryService inventory, // runs with the module and its license
                           @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource, InventoryConfig config) {
        this.dataSource = dataSource;
        modified(config);
        filler = new Thread(this::fillIfEmpty, "crm-inventory-sales-rollup");
        filler.setDaemon(true);
        filler.start();
    }

    /** The module stopped (or lost its license): a fill not begun yet is not begun. */
    @Deactivate
    void deactivate() {
        filler.interrupt();
    }

    @Modified
    void modified(InventoryConfig config) {
        zone = InventoryServiceImpl.salesZone(config);
    }

    private void fillIfEmpty() {
        try {
            if (!Thread.currentThread().isInterrupted() && SalesRollup.needsFilling(dataSource)) {
                LOG.info("Sales figures rebuilt from the existing orders: {} cells", rebuild());
            }
        } catch (SQLException | RuntimeException e) { // a refused rebuild is a ProblemException, a RuntimeException
            LOG.warn("Sales figures not filled from the existing orders (crm:sales-rollup --rebuild retries): {}", e.getMessage());
        }
    }

    /** @return the number of cells written */
    public synchronized int rebuild() {
        try {
            return SalesRollup.rebuild(dataSource, zone);
        } catch (SQLException e) {
            throw new UnavailableException("The sales figures could not be rebuilt: " + e.getMessage());
        }
    }
}
