package org.mosaiccrm.leads.impl.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.leads.api.Consent;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.LeadSource;

/** What the web form and the REST API accept as a lead. */
public class LeadRulesTest {

    private final LeadRules rules = new LeadRules(new PhoneNumbers("FR"));

    private static LeadDraft draft(String first, String last, String company, String email, String phone, Consent consent,
                                   List<String> codes) {
        return new LeadDraft(first, last, company, email, phone, LeadSource.WEB_FORM, null, null, null, null, null, consent, codes);
    }

    @Test
    public void aFrenchLeadIsNormalized() {
        LeadDraft valid = rules.validated(draft("  Éloïse ", "Lefèvre", null, " Eloise.Lefevre@Exemple.FR ", "06 12 34 56 78",
                new Consent(true, null, "Recontactez-moi"), List.of(" ab12 ", " ")));
        assertEquals("Éloïse", valid.firstName());
        assertEquals("eloise.lefevre@exemple.fr", valid.email().toLowerCase());
        assertEquals("+33612345678", valid.phone());
        assertEquals(List.of("ab12"), valid.trackingCodes());
    }

    @Test
    public void aLeadNobodyCanReachIsRefusedNamingEveryField() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> rules.validated(draft(null, " ", null, null, null, null, List.of())));
        assertEquals(List.of("email", "lastName"), fields(refused));
    }

    @Test
    public void badEmailAndPhoneAreNamed() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> rules.validated(draft("Jean", "Dupont", null, "jean@", "12", null, List.of())));
        assertEquals(List.of("email", "phone"), fields(refused));
    }

    @Test
    public void anOptInNeedsItsWording() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> rules.validated(draft("Jean", "Dupont", null, "jean@exemple.fr", null, new Consent(true, null, " "), List.of())));
        assertEquals(List.of("consent.text"), fields(refused));
    }

    @Test
    public void tooLongAndTooManyAreRefused() {
        ValidationException refused = assertThrows(ValidationException.class, () -> rules.validated(draft("x".repeat(101), "Dupont",
                "y".repeat(201), "jean@exemple.fr", null, null, java.util.Collections.nCopies(21, "c"))));
        assertEquals(List.of("firstName", "company", "trackingCodes"), fields(refused));
    }

    @Test
    public void noBodyIsRefused() {
        assertThrows(ValidationException.class, () -> rules.validated(null));
    }

    private static List<String> fields(ValidationException refused) {
        return refused.errors().stream().map(FieldError::field).toList();
    }
}
