package org.mosaiccrm.contacts.impl.customers;

import org.mosaiccrm.commons.jpa.NameKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.PortalScope;

/**
 * The JPQL {@code WHERE} clause of a customer search and its parameters: merged customers left
 * out, the caller's portal scope applied, e-mails and phones compared normalized through the
 * lookup index.
 */
public final class CustomerSearch {

    private final StringBuilder where = new StringBuilder(" WHERE c.status <> :merged");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, String> lookups = new LinkedHashMap<>();

    /** A page of the customers {@code scope} may see that match {@code query}, by name, with the total. */
    public static Page<Customer> page(CustomerStore store,
            CustomerMapping mapping, CustomerRules rules, CustomerQuery query, PortalScope scope, PageRequest page) {
        if (scope.restricted() && scope.customerId() == null) {
            return Page.of(List.of(), 0, page);
        }
        return store.inTransaction(em -> {
            CustomerSearch where = new CustomerSearch(query, scope, rules);
            if (!where.resolveLookups(em)) {
                return Page.<Customer>of(List.of(), 0, page);
            }
            long total = where.bind(em.createQuery("SELECT COUNT(c) FROM CustomerEntity c" + where.clause(), Long.class))
                    .getSingleResult();
            List<Customer> customers = where.bind(em.createQuery("SELECT c FROM CustomerEntity c"
                    + where.clause() + " ORDER BY c.nameKey, c.id", CustomerEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(mapping::toCustomer).toList();
            return Page.of(customers, total, page);
        });
    }

    public CustomerSearch(CustomerQuery query, PortalScope scope, CustomerRules rules) {
        // a parameter, not an enum literal: EclipseLink would load the enum through its DynamicImport-Package
        // and so wire itself to contacts.api, and uninstalling contacts would refresh the whole JPA stack
        parameters.put("merged", CustomerStatus.MERGED);
        if (scope.restricted()) {
            add("c.id = :portalCustomer", "portalCustomer", scope.customerId());
        }
        if (present(query.name())) {
            add("c.nameKey LIKE :name" + NameKeys.ESCAPE, "name", NameKeys.startingWith(query.name().trim().toLowerCase(Locale.ROOT)));
        }
        lookup("email", query.email(), rules, ContactPointType.EMAIL);
        lookup("phone", query.phone(), rules, ContactPointType.PHONE);
        equal("organizationId", query.organizationId());
        equal("owner", query.owner());
        equal("tier", query.tier());
        if (query.status() != null) {
            add("c.status = :status", "status", query.status());
        }
        if (present(query.tag())) {
            add("c.id IN (SELECT t.id FROM CustomerEntity t JOIN t.tags tag WHERE tag = :tag)", "tag", query.tag());
        }
    }

    public String clause() {
        return where.toString();
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void lookup(String name, String raw, CustomerRules rules, ContactPointType type) {
        if (!present(raw)) {
            return;
        }
        String normalized = rules.normalize(type, raw.trim());
        if (normalized == null) {
            throw ValidationException.badParameters(List.of(new FieldError(name, "'" + raw + "' is not a valid " + name)));
        }
        lookups.put(name, normalized);
    }

    /**
     * Resolves e-mail and phone through the lookup index first (a handful of ids), then filters the
     * customers by those ids: Derby does not drive a correlated or IN subquery from the index.
     *
     * @return false when no customer has them: the search is empty
     */
    public boolean resolveLookups(javax.persistence.EntityManager em) {
        for (Map.Entry<String, String> lookup : lookups.entrySet()) {
            List<String> ids = em.createQuery("SELECT p.customer.id FROM ContactPointEntity p WHERE p.lookupKey = :key",
                    String.class).setParameter("key", lookup.getValue()).setMaxResults(PageRequest.MAX_LIMIT).getResultList();
            if (ids.isEmpty()) {
                return false;
            }
            add("c.id IN :" + lookup.getKey() + "Ids", lookup.getKey() + "Ids", ids);
        }
        lookups.clear();
        return true;
    }

    private void equal(String field, String value) {
        if (present(value)) {
            add("c." + field + " = :" + field, field, value);
        }
    }

    private void add(String condition, String parameter, Object value) {
        where.append(" AND ").append(condition);
        parameters.put(parameter, value);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * How {@code matchOrCreate} recognises a customer, in order: the draft's first e-mail address, then
     * its first phone number (a draft with neither matches nobody).
     */
    public static List<CustomerQuery> matchQueries(CustomerDraft draft) {
        List<CustomerQuery> queries = new ArrayList<>();
        firstValue(draft, ContactPointType.EMAIL).map(CustomerQuery::byEmail).ifPresent(queries::add);
        firstValue(draft, ContactPointType.PHONE).map(CustomerQuery::byPhone).ifPresent(queries::add);
        return queries;
    }

    private static java.util.Optional<String> firstValue(CustomerDraft draft, ContactPointType type) {
        return draft.contactPoints().stream().filter(point -> point != null && point.type() == type && point.value() != null)
                .map(ContactPoint::value).findFirst();
    }
}
