package org.mosaiccrm.contacts.impl.customers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.contacts.api.CustomFieldDefinition;
import org.mosaiccrm.kernel.api.problem.FieldError;

public class CustomFieldsTest {

    private final CustomFields fields = CustomFields.parse(new String[] { "loyaltyNumber:text, birthday:date", "vip:boolean",
            "budget : NUMBER" });

    @Test
    public void readsOneCfgStringOrAnArray() {
        assertEquals(List.of(new CustomFieldDefinition("loyaltyNumber", CustomFieldDefinition.Type.TEXT),
                new CustomFieldDefinition("birthday", CustomFieldDefinition.Type.DATE),
                new CustomFieldDefinition("vip", CustomFieldDefinition.Type.BOOLEAN),
                new CustomFieldDefinition("budget", CustomFieldDefinition.Type.NUMBER)), fields.definitions());
    }

    @Test
    public void aTypoInTheConfigurationIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CustomFields.parse(new String[] { "birthday:datetime" }));
        assertTrue(e.getMessage(), e.getMessage().contains("birthday:datetime"));
    }

    @Test
    public void valuesAreStoredCanonicalAndReadBackTyped() {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> stored = fields.toStored(Map.of("vip", "TRUE", "budget", 1200.50, "birthday", "1980-02-29"), errors);
        assertEquals(List.of(), errors);
        assertEquals(Map.of("vip", "true", "budget", "1200.5", "birthday", "1980-02-29"), stored);
        assertEquals(Map.of("vip", true, "budget", new BigDecimal("1200.5"), "birthday", "1980-02-29"), fields.toApi(stored));
    }

    @Test
    public void unknownFieldsAndWrongTypesAreEachReported() {
        List<FieldError> errors = new ArrayList<>();
        fields.toStored(Map.of("shoeSize", 42, "birthday", "29/02/1980", "vip", "maybe"), errors);
        assertEquals(3, errors.size());
        assertTrue(errors.toString(), errors.contains(new FieldError("customFields.birthday", "must be a date such as 2026-11-22")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.field().equals("customFields.shoeSize")
                && e.message().contains("loyaltyNumber")));
    }

    @Test
    public void aFieldNoLongerDefinedComesBackAsText() {
        assertEquals(Map.of("oldField", "42"), fields.toApi(Map.of("oldField", "42")));
    }
}
