package org.mosaiccrm.kernel.api.paging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.junit.Test;

public class PageRequestTest {

    @Test
    public void absentParametersGiveTheFirstPageOfFifty() {
        assertEquals(new PageRequest(0, 50), PageRequest.parse(null, null));
        assertEquals(new PageRequest(0, 50), PageRequest.parse("", " "));
    }

    @Test
    public void explicitParametersAreKept() {
        assertEquals(new PageRequest(120, 20), PageRequest.parse("120", "20"));
    }

    @Test
    public void aLimitAboveTheMaximumIsCappedNotRefused() {
        assertEquals(new PageRequest(0, 500), PageRequest.parse("0", "100000"));
    }

    @Test
    public void aNegativeOffsetIsRefusedNamingTheParameter() {
        ValidationException e = refused("-1", "10");
        assertEquals(400, e.status());
        assertEquals("offset", e.errors().get(0).field());
    }

    @Test
    public void aZeroLimitIsRefused() {
        assertEquals("limit", refused("0", "0").errors().get(0).field());
    }

    @Test
    public void textIsRefusedForBothParametersAtOnce() {
        ValidationException e = refused("abc", "ten");
        assertEquals(2, e.errors().size());
        assertTrue(e.errors().contains(new FieldError("offset", "must be a whole number, got 'abc'")));
        assertTrue(e.errors().get(1).message().contains("'ten'"));
    }

    @Test
    public void anOffsetBeyondIntegerRangeIsRefused() {
        assertEquals("offset", refused("99999999999", "10").errors().get(0).field());
    }

    private static ValidationException refused(String offset, String limit) {
        try {
            PageRequest.parse(offset, limit);
        } catch (ValidationException e) {
            return e;
        }
        fail("expected a validation error for offset=" + offset + " limit=" + limit);
        return null;
    }
}
