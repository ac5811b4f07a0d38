package org.mosaiccrm.leads.impl.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.CustomerMatch;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Conversion through the contacts API (imported optionally by this bundle: see bundle.bnd): one call,
 * in the caller's JTA transaction, so the lead and the customer change together or not at all.
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
        CustomerMatch match = contacts.matchOrCreate(draft(lead), InteractionDraft.of(Channel.WEB, Direction.INBOUND,
                "Converted from a lead").withSummary(summary(lead)).withOutcome("converted").from(LeadsModule.NAME, lead.id()));
        return new Linked(match.customer().id(), match.existing());
    }

    /** The customer the lead becomes when contacts knows no one with its e-mail or phone. */
    static CustomerDraft draft(Lead lead) {
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
        return CustomerDraft.builder(organization ? CustomerKind.ORGANIZATION : CustomerKind.PERSON).firstName(lead.firstName())
                .lastName(lead.lastName()).companyName(lead.company()).owner(lead.owner()).tags(tags).contactPoints(points).build();
    }

    /** Source, attribution and consent, kept on the customer's timeline as the record of where it came from. */
    static String summary(Lead lead) {
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
