package org.mosaiccrm.notifications.impl.recipients;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.notifications.impl.templates.TemplateStore;

/**
 * Who a customer's message goes to: their primary e-mail address, else any of theirs, else their organization's
 * (its main contact point); in their language when there is a template for it, else the default one.
 */
public final class Recipients {

    /** {@code address} is null when nobody can be written to; {@code why} says so. */
    public record Recipient(String address, String language, Map<String, String> fields, String why) {
    }

    private final ContactService contacts;

    public Recipients(ContactService contacts) {
        this.contacts = contacts;
    }

    /** @throws org.mosaiccrm.kernel.api.problem.NotFoundException when there is no such customer */
    public Recipient customer(String customerId, String language, String defaultLanguage) {
        Customer customer = contacts.get(customerId);
        for (int hops = 0; customer.mergedInto() != null && hops < 10; hops++) {
            customer = contacts.get(customer.mergedInto()); // merged into another record: that one holds the addresses now
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customer.name", customer.displayName());
        if (customer.firstName() != null) {
            fields.put("customer.firstName", customer.firstName());
        }
        String chosen = language != null && TemplateStore.LANGUAGES.contains(language) ? language
                : customer.language() != null && TemplateStore.LANGUAGES.contains(customer.language()) ? customer.language() : defaultLanguage;
        Optional<String> own = email(customer);
        if (own.isPresent()) {
            return new Recipient(own.get(), chosen, fields, null);
        }
        if (customer.organizationId() != null) {
            Optional<String> organization = email(contacts.get(customer.organizationId()));
            if (organization.isPresent()) {
                return new Recipient(organization.get(), chosen, fields, null);
            }
        }
        return new Recipient(null, chosen, fields, "no e-mail address: neither " + customer.displayName()
                + (customer.organizationId() == null ? "" : " nor their organization") + " has one");
    }

    static Optional<String> email(Customer customer) {
        return customer.contactPoints().stream().filter(point -> point.type() == ContactPointType.EMAIL)
                .sorted(Comparator.comparing((ContactPoint point) -> !point.primary())).map(ContactPoint::value).findFirst();
    }
}
