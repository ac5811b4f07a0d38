package org.mosaiccrm.contacts.impl.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.contacts.api.PersonalData;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.contacts.impl.merges.CustomerMerges;
import org.mosaiccrm.contacts.impl.persistence.MergeEntity;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.AuditQuery;
import org.mosaiccrm.kernel.api.audit.AuditRecord;
import org.mosaiccrm.kernel.api.paging.Pages;

/** The right of access (GDPR art. 15): everything held about one customer, contacts' part and the other modules'. */
public final class PersonalDataReport {

    private PersonalDataReport() {
    }

    public static PersonalData of(Customer customer, List<Interaction> timeline, CustomerStore store, AuditLog audit,
                                  OtherModulesData otherModules) {
        String id = customer.id();
        List<Merge> merges = store.inTransaction(em -> em.createQuery("SELECT m FROM MergeEntity m WHERE m.survivorId = :id "
                + "OR m.mergedId = :id ORDER BY m.at", MergeEntity.class).setParameter("id", id).getResultList()
                .stream().map(CustomerMerges::toMerge).toList());
        List<AuditRecord> changes = new ArrayList<>();
        AuditQuery query = new AuditQuery(CustomerStore.ENTITY, id, null, null, null);
        Pages.forEach(page -> audit.find(query, page), changes::add);
        return new PersonalData(Instant.now(), customer, timeline, merges, changes, otherModules.personalData(id));
    }
}
