package org.mosaiccrm.contacts.impl.customers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** What a customer's rules refuse before anything reaches the database: values that would not fit its columns. */
public class CustomerRulesTest {

    private final CustomerRules rules = new CustomerRules(new PhoneNumbers("FR"), CustomFields.parse(new String[0]),
            user -> user.startsWith("demo-"));

    private List<String> refused(CustomerDraft draft) {
        return assertThrows(ValidationException.class, () -> rules.validated(draft)).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    public void namesThatFitAloneButNotTogetherAreRefused() {
        assertEquals(List.of("lastName"), refused(CustomerDraft.builder(CustomerKind.PERSON).firstName("A".repeat(100))
                .lastName("B".repeat(100)).build()));
    }

    @Test
    public void aCreditLimitBeyondDecimal15Comma2IsRefusedWithoutWritingItOut() {
        assertEquals(List.of("creditLimit"), refused(CustomerDraft.builder(CustomerKind.PERSON).lastName("Curie")
                .creditLimit(new BigDecimal("1e200000000")).build()));
        assertEquals(List.of("creditLimit"), refused(CustomerDraft.builder(CustomerKind.PERSON).lastName("Curie")
                .creditLimit(new BigDecimal("1e15")).build()));
        rules.validated(CustomerDraft.builder(CustomerKind.PERSON).lastName("Curie").creditLimit(new BigDecimal("9999999999999.99"))
                .build());
    }

    @Test
    public void anEmailThatLowerCasingLengthensBeyondItsColumnIsRefused() {
        String mail = "İ".repeat(300) + "@example.fr";
        assertEquals(1, refused(CustomerDraft.builder(CustomerKind.PERSON).lastName("Curie")
                .contactPoints(List.of(new ContactPoint(ContactPointType.EMAIL, mail, null, false))).build()).size());
    }

    @Test
    public void aNameOnTwoLinesIsRefused() {
        assertEquals(List.of("lastName"), refused(CustomerDraft.builder(CustomerKind.PERSON).lastName("Curie\nSklodowska").build()));
    }

    @Test
    public void anOwnerMustBeAUser() {
        assertEquals("owner", assertThrows(ValidationException.class, () -> rules.requireKnownOwner("nobody")).errors()
                .get(0).field());
        rules.requireKnownOwner("demo-sales");
        rules.requireKnownOwner(null);
    }
}
