package org.mosaiccrm.sales.impl.pipeline;

import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityQuery;
import org.mosaiccrm.sales.impl.persistence.OpportunityEntity;

/** The opportunity lists: soonest expected close first, with the total. */
public final class OpportunityQueries {

    private OpportunityQueries() {
    }

    /** {@code owner} is the one the caller may see ({@code null}: everyone's); the query's other filters apply as given. */
    public static Page<Opportunity> page(EntityManager em, String owner, OpportunityQuery query, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        condition(where, parameters, "owner", owner);
        condition(where, parameters, "customerId", query.customerId());
        condition(where, parameters, "stage", query.stage());
        condition(where, parameters, "campaign", query.campaign());
        if (query.openOnly()) {
            where.append(" AND o.open = 1");
        }
        TypedQuery<OpportunityEntity> items = em.createQuery("SELECT o FROM OpportunityEntity o" + where
                + " ORDER BY o.expectedClose, o.id", OpportunityEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM OpportunityEntity o" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(OpportunityEntity::toRecord).toList(), count.getSingleResult(), page);
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND o.").append(field).append(" = :").append(field);
            parameters.put(field, value.trim());
        }
    }
}
