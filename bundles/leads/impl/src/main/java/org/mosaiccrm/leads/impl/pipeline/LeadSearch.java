package org.mosaiccrm.leads.impl.pipeline;

import org.mosaiccrm.commons.jpa.NameKeys;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.leads.api.LeadQuery;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;

/** A page of leads, newest first, filtered by what the query gives, with the total count. */
public final class LeadSearch {

    private LeadSearch() {
    }

    public static Page<LeadEntity> page(EntityManager em, LeadQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        // parameters, not enum literals: EclipseLink would wire itself to leads.api (see docs/stack.md)
        add(where, parameters, "l.status = :status", "status", query.status());
        add(where, parameters, "l.owner = :owner", "owner", query.owner());
        add(where, parameters, "l.campaign = :campaign", "campaign", query.campaign());
        add(where, parameters, "l.affiliate = :affiliate", "affiliate", query.affiliate());
        add(where, parameters, "l.source = :source", "source", query.source());
        if (query.name() != null && !query.name().isBlank()) {
            add(where, parameters, "l.nameKey LIKE :name" + NameKeys.ESCAPE, "name",
                    NameKeys.startingWith(query.name().trim().toLowerCase(Locale.ROOT)));
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM LeadEntity l" + where, Long.class);
        TypedQuery<LeadEntity> select = em.createQuery("SELECT l FROM LeadEntity l" + where + " ORDER BY l.createdAt DESC, l.id",
                LeadEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult(), page);
    }

    private static void add(StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(condition);
            parameters.put(name, value);
        }
    }
}
