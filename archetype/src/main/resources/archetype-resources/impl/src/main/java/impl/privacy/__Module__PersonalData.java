package ${package}.impl.privacy;

import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.impl.${Module}Module;
import ${package}.impl.persistence.${Module}RecordEntity;
import ${package}.impl.records.${Module}ServiceImpl;

/**
 * The ${module} module's part of a customer's rights of access and erasure (docs/security.md, "Personal
 * data"): contacts calls every {@link PersonalDataHolder} when a customer asks what is held about them, and
 * when they ask to be forgotten, in the erasure's own transaction. Not gated by the license: the data is
 * there whether the module is licensed or not.
 */
@Component(service = PersonalDataHolder.class)
public class ${Module}PersonalData implements PersonalDataHolder {

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public ${Module}PersonalData(@Reference(target = "(osgi.unit.name=" + ${Module}Module.NAME + ")") JpaTemplate jpa,
                                 @Reference(target = ${Module}Module.SCHEMA_READY) ModuleSchema schema,
                                 @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public String module() {
        return ${Module}Module.NAME;
    }

    @Override
    public Map<String, Object> personalData(String customerId) {
        List<${Module}RecordEntity> records = recordsOf(customerId);
        return records.isEmpty() ? Map.of() : Map.of("records", records.stream().map(${Module}RecordEntity::toRecord).toList());
    }

    @Override
    public int erase(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<${Module}RecordEntity> records = em.createQuery("SELECT r FROM ${Module}RecordEntity r WHERE r.customerId = :customer",
                    ${Module}RecordEntity.class).setParameter("customer", customerId).getResultList();
            for (${Module}RecordEntity record : records) {
                // the title may name the customer; that there was a record, and when, stays for the figures
                record.title = "(erased)";
                em.flush();
                audit.redact(${Module}Module.NAME, ${Module}ServiceImpl.ENTITY, record.id);
            }
            return records.size();
        });
    }

    private List<${Module}RecordEntity> recordsOf(String customerId) {
        return JpaTransactions.required(jpa, em -> em.createQuery(
                "SELECT r FROM ${Module}RecordEntity r WHERE r.customerId = :customer ORDER BY r.createdAt",
                ${Module}RecordEntity.class).setParameter("customer", customerId).getResultList());
    }
}
