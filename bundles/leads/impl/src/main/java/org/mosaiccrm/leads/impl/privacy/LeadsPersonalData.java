package org.mosaiccrm.leads.impl.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;
import org.mosaiccrm.leads.impl.persistence.TouchpointEntity;
import org.mosaiccrm.leads.impl.pipeline.LeadMapping;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leads' part of a customer's rights of access and erasure: the leads converted into the customer (and
 * their touchpoints). Not gated by the license: an unlicensed leads module still holds the data, and the
 * law does not wait for a license. Optional, like everything of leads that uses contacts.
 */
@Component(service = PersonalDataHolder.class, property = ModuleDescriptor.OPTIONAL_COMPONENT + "=true")
public class LeadsPersonalData implements PersonalDataHolder {

    static final String LEAD = "lead";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public LeadsPersonalData(@Reference(target = "(osgi.unit.name=" + LeadsModule.NAME + ")") JpaTemplate jpa,
                             @Reference(target = LeadsModule.SCHEMA_READY) ModuleSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public String module() {
        return LeadsModule.NAME;
    }

    @Override
    public Map<String, Object> personalData(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<LeadEntity> leads = leadsOf(em, customerId);
            if (leads.isEmpty()) {
                return Map.of();
            }
            Map<String, Object> held = new LinkedHashMap<>();
            held.put("leads", leads.stream().map(LeadMapping::snapshot).toList());
            held.put("touchpoints", touchpointsOf(em, leads).stream().map(LeadMapping::toTouchpoint).toList());
            return held;
        });
    }

    @Override
    public int erase(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<LeadEntity> leads = leadsOf(em, customerId);
            for (TouchpointEntity touchpoint : touchpointsOf(em, leads)) {
                touchpoint.note = null;
            }
            for (LeadEntity lead : leads) {
                // what identifies the person goes; source, campaign, status and dates stay for the figures
                lead.firstName = null;
                lead.lastName = null;
                lead.nameKey = "";
                lead.company = null;
                lead.email = null;
                lead.phone = null;
                lead.notes = null;
                lead.consentText = null;
                lead.disqualifiedReason = null;
                em.flush();
                audit.redact(LeadsModule.NAME, LEAD, lead.id);
            }
            return leads.size();
        });
    }

    private static List<LeadEntity> leadsOf(EntityManager em, String customerId) {
        return em.createQuery("SELECT l FROM LeadEntity l WHERE l.customerId = :customer", LeadEntity.class)
                .setParameter("customer", customerId).getResultList();
    }

    private static List<TouchpointEntity> touchpointsOf(EntityManager em, List<LeadEntity> leads) {
        if (leads.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM TouchpointEntity t WHERE t.leadId IN :leads ORDER BY t.at", TouchpointEntity.class)
                .setParameter("leads", leads.stream().map(lead -> lead.id).toList()).getResultList();
    }
}
