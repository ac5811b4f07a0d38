package org.mosaiccrm.leads.impl.conversion;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.leads.api.Consent;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadSource;

/** What a converted lead becomes in contacts. */
public class ContactsCustomerLinkTest {

    @Test
    public void aPersonKeepsItsContactPointsOwnerSourceAndOptIn() {
        Lead lead = lead("Amélie", "Poulain", null, "amelie@exemple.fr", "+33612345678", new Consent(true, Instant.parse("2026-11-02T09:00:00Z"), "Oui"));
        CustomerDraft draft = ContactsCustomerLink.draft(lead);
        assertEquals(CustomerKind.PERSON, draft.kind());
        assertEquals("Amélie", draft.firstName());
        assertEquals("demo-sales", draft.owner());
        assertEquals(List.of(ContactPointType.EMAIL, ContactPointType.PHONE), draft.contactPoints().stream().map(p -> p.type()).toList());
        assertEquals(List.of("lead-source-web_form", "opt-in"), draft.tags());
        String summary = ContactsCustomerLink.summary(lead);
        assertTrue(summary, summary.contains("campaign printemps") && summary.contains("Consent: opted in on 2026-11-02T09:00:00Z to \"Oui\""));
    }

    @Test
    public void aLeadWithoutNamesBecomesAnOrganization() {
        CustomerDraft draft = ContactsCustomerLink.draft(lead(null, null, "Boulangerie Martin", null, "+33145678901", null));
        assertEquals(CustomerKind.ORGANIZATION, draft.kind());
        assertEquals("Boulangerie Martin", draft.companyName());
        assertEquals(List.of("lead-source-web_form"), draft.tags());
    }

    private static Lead lead(String first, String last, String company, String email, String phone, Consent consent) {
        return new Lead("lead-1", 0, first, last, company, email, phone, LeadSource.WEB_FORM, "printemps", null, null,
                org.mosaiccrm.leads.api.LeadStatus.NEW, null, "demo-sales", null, consent, 0, null, null, null, null, null, null);
    }
}
