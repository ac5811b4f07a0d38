package org.mosaiccrm.sales.impl.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.sales.impl.OpportunityServiceImpl;
import org.mosaiccrm.sales.impl.SalesModule;
import org.mosaiccrm.sales.impl.activities.ActivityServiceImpl;
import org.mosaiccrm.sales.impl.persistence.ActivityEntity;
import org.mosaiccrm.sales.impl.persistence.OpportunityEntity;
import org.mosaiccrm.sales.impl.persistence.QuoteEntity;
import org.mosaiccrm.sales.impl.quotes.QuoteServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The sales module's part of a customer's rights of access and erasure (docs/security.md, "Personal data"):
 * contacts calls every {@link PersonalDataHolder} when a customer asks what is held about them, and when they ask
 * to be forgotten, in the erasure's own transaction. Not gated by the license: the data is there whether the
 * module is licensed or not. Erasure blanks every text that may name the customer (titles, notes, outcomes,
 * reasons — a quote's lines name products, not people); amounts, stages and dates stay, so that the figures of the past do not change.
 */
@Component(service = PersonalDataHolder.class)
public class SalesPersonalData implements PersonalDataHolder {

    static final String ERASED = "(erased)";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public SalesPersonalData(@Reference(target = "(osgi.unit.name=" + SalesModule.NAME + ")") JpaTemplate jpa,
                             @Reference(target = SalesModule.SCHEMA_READY) ModuleSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public String module() {
        return SalesModule.NAME;
    }

    @Override
    public Map<String, Object> personalData(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            Map<String, Object> held = new LinkedHashMap<>();
            List<OpportunityEntity> opportunities = opportunities(em, customerId);
            List<ActivityEntity> activities = activities(em, customerId);
            if (!opportunities.isEmpty()) {
                held.put("opportunities", opportunities.stream().map(OpportunityEntity::toRecord).toList());
            }
            List<QuoteEntity> quotes = quotes(em, customerId);
            if (!quotes.isEmpty()) {
                held.put("quotes", quotes.stream().map(quote -> quote.toRecord(List.of())).toList());
            }
            if (!activities.isEmpty()) {
                Instant now = Instant.now();
                held.put("activities", activities.stream().map(activity -> activity.toRecord(now)).toList());
            }
            return held;
        });
    }

    @Override
    public int erase(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<OpportunityEntity> opportunities = opportunities(em, customerId);
            for (OpportunityEntity opportunity : opportunities) {
                opportunity.title = ERASED;
                opportunity.lostReason = opportunity.lostReason == null ? null : ERASED;
                em.createQuery("UPDATE StageMoveEntity m SET m.reason = NULL WHERE m.opportunityId = :id")
                        .setParameter("id", opportunity.id).executeUpdate();
                audit.redact(SalesModule.NAME, OpportunityServiceImpl.ENTITY, opportunity.id);
            }
            List<ActivityEntity> activities = activities(em, customerId);
            for (ActivityEntity activity : activities) {
                activity.subject = ERASED;
                activity.notes = null;
                activity.outcome = activity.outcome == null ? null : ERASED;
                audit.redact(SalesModule.NAME, ActivityServiceImpl.ENTITY, activity.id);
            }
            List<QuoteEntity> quotes = quotes(em, customerId);
            for (QuoteEntity quote : quotes) {
                quote.declinedReason = quote.declinedReason == null ? null : ERASED;
                audit.redact(SalesModule.NAME, QuoteServiceImpl.ENTITY, quote.id);
            }
            em.flush();
            return opportunities.size() + activities.size() + quotes.size();
        });
    }

    private static List<OpportunityEntity> opportunities(javax.persistence.EntityManager em, String customerId) {
        return em.createQuery("SELECT o FROM OpportunityEntity o WHERE o.customerId = :customer ORDER BY o.createdAt", OpportunityEntity.class)
                .setParameter("customer", customerId).getResultList();
    }

    private static List<QuoteEntity> quotes(javax.persistence.EntityManager em, String customerId) {
        return em.createQuery("SELECT q FROM QuoteEntity q WHERE q.customerId = :customer ORDER BY q.createdAt", QuoteEntity.class)
                .setParameter("customer", customerId).getResultList();
    }

    private static List<ActivityEntity> activities(javax.persistence.EntityManager em, String customerId) {
        return em.createQuery("SELECT a FROM ActivityEntity a WHERE a.customerId = :customer ORDER BY a.dueAt", ActivityEntity.class)
                .setParameter("customer", customerId).getResultList();
    }
}
