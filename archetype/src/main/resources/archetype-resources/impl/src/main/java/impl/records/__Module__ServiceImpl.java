package ${package}.impl.records;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import ${package}.api.${Module}Events;
import ${package}.api.${Module}Record;
import ${package}.api.${Module}Service;
import ${package}.impl.${Module}Config;
import ${package}.impl.${Module}Module;
import ${package}.impl.persistence.${Module}RecordEntity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.PortalScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The module's gate and its rules: it runs only while the license grants {@code ${module}} (and the
 * database and contacts are there); every other component of the module needs it, so they all come
 * and go together, and while it runs the kernel serves the module's REST application.
 * A change and its audit record share one JTA transaction; events are posted after the commit.
 */
@Component(service = ${Module}Service.class, configurationPid = ${Module}Config.PID)
@CrmRestModule(${Module}Module.NAME)
@Designate(ocd = ${Module}Config.class)
public class ${Module}ServiceImpl implements ${Module}Service {

    public static final String ENTITY = "Record";

    private final JpaTemplate jpa;
    private final ContactService contacts;
    private final CallerContext callers;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Clock clock;
    // replaced as a whole when the configuration changes (@Modified), read without locking
    private volatile ${Module}Rules rules;
    private volatile int listLimit;

    @Activate
    public ${Module}ServiceImpl(@Reference(target = "(crm.feature=" + ${Module}Module.NAME + ")") LicensedFeature license,
                                @Reference(target = "(osgi.unit.name=" + ${Module}Module.NAME + ")") JpaTemplate jpa,
                                @Reference(target = ${Module}Module.SCHEMA_READY) ModuleSchema schema,
                                @Reference ContactService contacts, @Reference CallerContext callers,
                                @Reference AuditLog audit, @Reference EventAdmin events, ${Module}Config config) {
        this(jpa, contacts, callers, audit, events, config, Clock.systemUTC());
    }

    /** With a clock of the test's choosing. */
    ${Module}ServiceImpl(JpaTemplate jpa, ContactService contacts, CallerContext callers, AuditLog audit,
                         EventAdmin events, ${Module}Config config, Clock clock) {
        this.jpa = jpa;
        this.contacts = contacts;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        modified(config);
    }

    /**
     * A changed configuration applies in place: the service, and with it the module's REST application,
     * stays up (without this, DS would restart the component and clients would see the REST application
     * being rebuilt — also when the pack's default configuration arrives just after the first install).
     */
    @Modified
    void modified(${Module}Config config) {
        this.rules = ${Module}Rules.of(config);
        this.listLimit = config.listLimit();
    }

    @Override
    public ${Module}Record add(${Module}Record.Draft draft) {
        ${Module}Record.Draft checked = rules.check(draft);
        contacts.get(checked.customerId()); // the customer exists, and this caller may see it (else 404)
        ${Module}Record added = JpaTransactions.required(jpa, em -> {
            ${Module}RecordEntity entity = new ${Module}RecordEntity();
            entity.id = UUID.randomUUID().toString();
            entity.customerId = checked.customerId();
            entity.title = checked.title();
            entity.createdAt = Instant.now(clock);
            entity.createdBy = callers.name();
            em.persist(entity);
            audit.record(${Module}Module.NAME, ENTITY, entity.id, AuditAction.CREATE,
                    List.of(new FieldChange("customerId", null, entity.customerId), new FieldChange("title", null, entity.title)));
            return entity.toRecord();
        });
        events.postEvent(new Event(${Module}Events.ADDED, Map.of("id", added.id(), "customerId", added.customerId())));
        return added;
    }

    @Override
    public ${Module}Record get(String id) {
        ${Module}Record found = jpa.txExpr(em -> {
            ${Module}RecordEntity entity = id == null ? null : em.find(${Module}RecordEntity.class, id);
            return entity == null ? null : entity.toRecord();
        });
        if (found == null || !callers.portalScope().allows(found.customerId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return found;
    }

    @Override
    public Page<${Module}Record> list(String customerId, PageRequest page) {
        PortalScope scope = callers.portalScope();
        String customer = scope.restricted() ? scope.customerId() : customerId;
        if (scope.restricted() && (customer == null || (customerId != null && !customerId.equals(customer)))) {
            return Page.of(List.of(), 0, page);
        }
        PageRequest request = page == null ? PageRequest.first(listLimit) : page;
        return jpa.txExpr(em -> Page.of(query(em, customer, ${Module}RecordEntity.class, "r")
                        .setFirstResult(request.offset()).setMaxResults(request.limit())
                        .getResultList().stream().map(${Module}RecordEntity::toRecord).toList(),
                query(em, customer, Long.class, "COUNT(r)").getSingleResult(), request));
    }

    private static <T> TypedQuery<T> query(EntityManager em, String customerId, Class<T> type, String select) {
        String where = customerId == null ? "" : " WHERE r.customerId = :customer";
        String order = type == Long.class ? "" : " ORDER BY r.createdAt DESC, r.id";
        TypedQuery<T> query = em.createQuery("SELECT " + select + " FROM " + ${Module}RecordEntity.class.getSimpleName()
                + " r" + where + order, type);
        return customerId == null ? query : query.setParameter("customer", customerId);
    }
}
