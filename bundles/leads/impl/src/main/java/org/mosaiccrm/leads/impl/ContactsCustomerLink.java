package org.mosaiccrm.leads.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.leads.api.Lead;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Conversion through the contacts API (imported optionally by this bundle: see bundle.bnd). Runs in
 * the caller's JTA transaction, so the lead and the customer change together or not at all.
 */
@Component(service = CustomerLink.class, property = ModuleDescriptor.OPTIONAL_COMPONENT + "=true")
public class ContactsCustomerLink implements CustomerLink {

    private final ContactService contacts;

    @Activate
    public ContactsCustomerLink(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public Linked link(Lead lead) {
        Customer existing = find(lead);
        String customerId = existing != null ? existing.id() : contacts.create(draft(lead), false).id();
        contacts.addInteraction(customerId, new InteractionDraft(Channel.WEB, Direction.INBOUND, null,
                "Converted from a lead", summary(lead), "converted", LeadsModule.NAME, lead.id()));
        return new Linked(customerId, existing != null);
    }

    private Customer find(Lead lead) {
        for (CustomerQuery query : new CustomerQuery[] {
            lead.email() == null ? null : new CustomerQuery(null, lead.email(), null, null, null, null, null, null),
            lead.phone() == null ? null : new CustomerQuery(null, null, lead.phone(), null, null, null, null, null) }) {
            if (query != null) {
                List<Customer> found = contacts.search(query, PageRequest.first(1)).items();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        return null;
    }

    private static CustomerDraft draft(Lead lead) {
        List<ContactPoint> points = new ArrayList<>();
        if (lead.email() != null) {
            points.add(new ContactPoint(ContactPointType.EMAIL, lead.email(), null, true));
        }
        if (lead.phone() != null) {
            points.add(new ContactPoint(ContactPointType.PHONE, lead.phone(), null, true));
        }
        boolean organization = lead.firstName() == null && lead.lastName() == null;
        List<String> tags = new ArrayList<>(List.of("lead-source-" + lead.source().name().toLowerCase(Locale.ROOT)));
        if (lead.consent() != null && lead.consent().optIn()) {
            tags.add("opt-in");
        }
        return new CustomerDraft(organization ? CustomerKind.ORGANIZATION : CustomerKind.PERSON, lead.firstName(),
                lead.lastName(), lead.company(), null, null, null, lead.owner(), null, null, null, null, null, tags, points, null);
    }

    /** Source, attribution and consent, kept on the customer's timeline as the record of where it came from. */
    private static String summary(Lead lead) {
        StringBuilder summary = new StringBuilder("Lead ").append(lead.id()).append(", source ").append(lead.source());
        if (lead.campaign() != null) {
            summary.append(", campaign ").append(lead.campaign());
        }
        if (lead.affiliate() != null) {
            summary.append(", affiliate ").append(lead.affiliate());
        }
        if (lead.consent() != null) {
            summary.append(lead.consent().optIn() ? ". Consent: opted in" : ". Consent: not given");
            if (lead.consent().at() != null) {
                summary.append(" on ").append(lead.consent().at());
            }
            if (lead.consent().text() != null) {
                summary.append(" to \"").append(lead.consent().text()).append('"');
            }
        }
        return summary.append('.').toString();
    }
}
