package org.mosaiccrm.inventory.impl;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.inventory.api.CustomerAccount;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.inventory.api.Money;
import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.api.OrderStatus;
import org.mosaiccrm.inventory.api.Payment;
import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.inventory.api.ProductRelation;
import org.mosaiccrm.inventory.api.Shipment;
import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion;
import org.mosaiccrm.inventory.api.StockLevel;
import org.mosaiccrm.inventory.api.StockMovement;
import org.mosaiccrm.inventory.api.StockRule;
import org.mosaiccrm.inventory.api.Warranty;
import org.mosaiccrm.inventory.impl.catalog.CatalogStore;
import org.mosaiccrm.inventory.impl.exchange.CatalogImport;
import org.mosaiccrm.inventory.impl.orders.OrderDesk;
import org.mosaiccrm.inventory.impl.orders.Orders;
import org.mosaiccrm.inventory.impl.orders.ShippingDesk;
import org.mosaiccrm.inventory.impl.persistence.OrderEntity;
import org.mosaiccrm.inventory.impl.persistence.PaymentEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.inventory.impl.persistence.WarrantyEntity;
import org.mosaiccrm.inventory.impl.prediction.ReorderDesk;
import org.mosaiccrm.inventory.impl.replenishment.ReplenishmentDesk;
import org.mosaiccrm.inventory.impl.replenishment.ReplenishmentPlanner;
import org.mosaiccrm.inventory.impl.stock.StockDesk;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.PortalScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The module's gate: it runs only while the license grants {@code inventory} (and the database and contacts
 * are there); every other component of the module needs it, and while it runs the kernel serves the
 * module's REST application. The work is done by the desks it holds (catalog, stock, orders, shipping),
 * replaced together when the configuration changes.
 */
@Component(service = InventoryService.class, configurationPid = InventoryConfig.PID)
@CrmRestModule(InventoryModule.NAME)
@Designate(ocd = InventoryConfig.class)
public class InventoryServiceImpl implements InventoryService {

    /** The desks of one configuration, swapped as a whole (read without locking). */
    private record Desks(CatalogStore catalog, StockDesk stock, OrderDesk orders, ShippingDesk shipping, ReplenishmentDesk replenishment,
                         ReorderDesk reorders, CatalogImport catalogImport, String currency) {
    }

    private static final int IMPORT_BATCH = 200;

    private final JpaTemplate jpa;
    private final ContactService contacts;
    private final CallerContext callers;
    private final AuditLog audit;
    private final TransactionalEvents events;
    private final Clock clock;
    private volatile Desks desks;

    @Activate
    public InventoryServiceImpl(@Reference(target = "(crm.feature=" + InventoryModule.NAME + ")") LicensedFeature license,
                                @Reference(target = "(osgi.unit.name=" + InventoryModule.NAME + ")") JpaTemplate jpa,
                                @Reference(target = InventoryModule.SCHEMA_READY) ModuleSchema schema,
                                @Reference ContactService contacts, @Reference CallerContext callers,
                                @Reference AuditLog audit, @Reference TransactionalEvents events, InventoryConfig config) {
        this(jpa, contacts, callers, audit, events, config, Clock.systemUTC());
    }

    /** With a clock of the test's choosing. */
    InventoryServiceImpl(JpaTemplate jpa, ContactService contacts, CallerContext callers, AuditLog audit, TransactionalEvents events,
                         InventoryConfig config, Clock clock) {
        this.jpa = jpa;
        this.contacts = contacts;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        modified(config);
    }

    /** A changed configuration applies in place: the REST application stays up. */
    @Modified
    void modified(InventoryConfig config) {
        String currency = config.defaultCurrency().trim();
        String location = config.defaultLocation() == null || config.defaultLocation().isBlank() ? null : config.defaultLocation().trim();
        OrderDesk orders = new OrderDesk(jpa, contacts, callers, audit, events, clock, currency, location, salesZone(config));
        StockDesk stock = new StockDesk(jpa, callers, audit, events, clock);
        ReplenishmentPlanner.Settings replenishment = new ReplenishmentPlanner.Settings(config.replenishmentWindowDays(),
                config.leadTimeDays(), config.targetCoverDays(), config.safetyFactor());
        desks = new Desks(new CatalogStore(jpa, audit, currency), stock, orders,
                new ShippingDesk(jpa, orders, callers, audit, events, clock, TrackingLinks.parse(config.trackingUrls())),
                new ReplenishmentDesk(jpa, stock, callers, audit, clock, replenishment), new ReorderDesk(jpa, clock),
                new CatalogImport(jpa, audit, currency, IMPORT_BATCH), currency);
    }

    /** The zone whose calendar months sales are counted in (the sales reports and their rollup). */
    public static java.time.ZoneId salesZone(InventoryConfig config) {
        return java.time.ZoneId.of(config.zone().trim());
    }

    @Override
    public Product createProduct(Product.Draft draft) {
        return desks.catalog().create(draft);
    }

    @Override
    public Product updateProduct(String sku, long version, Product.Draft draft) {
        return desks.catalog().update(sku, version, draft);
    }

    @Override
    public Product product(String sku) {
        return desks.catalog().get(sku);
    }

    @Override
    public Page<Product> products(String text, String category, PageRequest page) {
        return desks.catalog().search(blank(text), blank(category), page == null ? PageRequest.first(50) : page);
    }

    @Override
    public void relate(ProductRelation relation) {
        desks.catalog().relate(relation);
    }

    @Override
    public List<ProductRelation> relations(String sku) {
        return desks.catalog().relations(sku);
    }

    @Override
    public Location saveLocation(Location location) {
        return desks.catalog().saveLocation(location);
    }

    @Override
    public List<Location> locations() {
        return desks.catalog().locations();
    }

    @Override
    public List<StockLevel> stock(String sku, String location) {
        return desks.stock().levels(blank(sku), blank(location));
    }

    @Override
    public List<LedgerEntry> move(LedgerEntry.Kind kind, StockMovement movement) {
        return desks.stock().move(kind, movement);
    }

    @Override
    public Page<LedgerEntry> ledger(String sku, String location, PageRequest page) {
        return desks.stock().ledger(sku, blank(location), page == null ? PageRequest.first(50) : page);
    }

    @Override
    public Order placeOrder(Order.Draft draft) {
        return desks.orders().place(draft);
    }

    @Override
    public Order order(String id) {
        return jpa.txExpr(em -> Orders.read(em, Orders.find(em, id, callers.portalScope())));
    }

    @Override
    public Page<Order> orders(String customerId, OrderStatus status, PageRequest page) {
        PortalScope scope = callers.portalScope();
        String customer = scope.restricted() ? scope.customerId() : blank(customerId);
        PageRequest request = page == null ? PageRequest.first(50) : page;
        if (scope.restricted() && (customer == null || (customerId != null && !customerId.equals(customer)))) {
            return Page.of(List.of(), 0, request);
        }
        return jpa.txExpr(em -> {
            String where = " WHERE 1 = 1" + (customer == null ? "" : " AND o.customerId = :c") + (status == null ? "" : " AND o.status = :s");
            TypedQuery<OrderEntity> rows = em.createQuery("SELECT o FROM OrderEntity o" + where + " ORDER BY o.placedAt DESC, o.id", OrderEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM OrderEntity o" + where, Long.class);
            for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
                if (customer != null) {
                    query.setParameter("c", customer);
                }
                if (status != null) {
                    query.setParameter("s", status);
                }
            }
            return Page.of(rows.setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList().stream()
                    .map(order -> Orders.read(em, order)).toList(), count.getSingleResult(), request);
        });
    }

    @Override
    public Order changeStatus(String id, long version, OrderStatus status) {
        return desks.orders().changeStatus(id, version, status);
    }

    @Override
    public Payment pay(String orderId, Payment.Draft payment) {
        return desks.orders().pay(orderId, payment);
    }

    @Override
    public List<Payment> payments(String orderId) {
        return jpa.txExpr(em -> {
            Orders.find(em, orderId, callers.portalScope());
            return em.createQuery("SELECT p FROM PaymentEntity p WHERE p.orderId = :o ORDER BY p.at", PaymentEntity.class)
                    .setParameter("o", orderId).getResultList().stream().map(PaymentEntity::toPayment).toList();
        });
    }

    @Override
    public Shipment ship(String orderId, Shipment.Draft draft) {
        return desks.shipping().ship(orderId, draft);
    }

    @Override
    public List<Shipment> shipments(String orderId) {
        return desks.shipping().shipments(orderId);
    }

    @Override
    public Optional<Warranty> warranty(String serialNumber) {
        if (serialNumber == null || serialNumber.isBlank() || serialNumber.length() > 100) {
            return Optional.empty();
        }
        return jpa.txExpr(em -> {
            WarrantyEntity warranty = em.find(WarrantyEntity.class, serialNumber.strip());
            if (warranty == null || !callers.portalScope().allows(warranty.customerId)) {
                return Optional.<Warranty>empty();
            }
            return Optional.of(warranty.toWarranty(em.find(ProductEntity.class, warranty.productId), today()));
        });
    }

    @Override
    public List<Warranty> warranties(String customerId) {
        if (!callers.portalScope().allows(customerId)) {
            return List.of();
        }
        return jpa.txExpr(em -> em.createQuery("SELECT w FROM WarrantyEntity w WHERE w.customerId = :c ORDER BY w.ends DESC",
                        WarrantyEntity.class).setParameter("c", customerId).setMaxResults(PageRequest.MAX_LIMIT).getResultList().stream()
                .map(w -> w.toWarranty(em.find(ProductEntity.class, w.productId), today())).toList());
    }

    @Override
    public CustomerAccount account(String customerId) {
        Customer customer = contacts.get(customerId); // exists and visible to the caller, else 404
        String currency = desks.currency();
        BigDecimal balance = jpa.txExpr(em -> Orders.openBalance(em, customer.id(), currency));
        Money open = new Money(balance, currency);
        Money limit = customer.creditLimit() == null ? null : new Money(customer.creditLimit(), currency);
        return new CustomerAccount(customer.id(), open, limit, limit == null ? null : limit.minus(open), customer.paymentTerms());
    }

    @Override
    public StockRule setStockRule(StockRule rule) {
        return desks.replenishment().setRule(rule);
    }

    @Override
    public Page<ReplenishmentSuggestion> replenishment(String region, String location, PageRequest page) {
        return desks.replenishment().suggestions(blank(region), blank(location), page == null ? PageRequest.first(50) : page);
    }

    @Override
    public ReplenishmentSuggestion.Accepted acceptReplenishment(ReplenishmentSuggestion.Acceptance acceptance) {
        return desks.replenishment().accept(acceptance);
    }

    @Override
    public void snoozeReplenishment(String sku, String location, int days) {
        desks.replenishment().snooze(sku, location, days);
    }

    @Override
    public List<ReorderPrediction> reorderPredictions(String customerId) {
        Customer customer = contacts.get(customerId); // exists and visible to the caller, else 404
        return desks.reorders().forCustomer(customer.id());
    }

    @Override
    public Page<ReorderPrediction> dueToReorder(int days, PageRequest page) {
        if (callers.portalScope().restricted()) {
            return Page.of(List.of(), 0, page == null ? PageRequest.first(50) : page);
        }
        return desks.reorders().due(days, page == null ? PageRequest.first(50) : page);
    }

    @Override
    public ImportReport importCatalog(Reader csv, boolean dryRun, Character delimiter) {
        return desks.catalogImport().run(csv, dryRun, delimiter);
    }

    private java.time.LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
