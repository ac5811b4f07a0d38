package org.mosaiccrm.inventory.impl.orders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.PortalScope;

public class OrderRequestTest {

    private static final PortalScope AMELIE = new PortalScope(true, "amelie");

    private static Order.Draft draft(String channel, String salesRep, BigDecimal price, BigDecimal discount) {
        return new Order.Draft(null, null, channel, salesRep, "LYON-WH", null, List.of(new Order.LineDraft("CAF-800", 1L, price, discount)),
                true, null);
    }

    private static List<String> refused(Order.Draft draft) {
        try {
            OrderRequest.check(draft, AMELIE, "EUR", null);
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        fail("accepted");
        return List.of();
    }

    @Test
    public void aCustomerPaysTheCatalogPriceWithoutADiscountTheyGaveThemselves() {
        assertEquals(List.of("lines[0].unitPrice"), refused(draft(null, null, BigDecimal.ZERO, null)));
        assertEquals(List.of("lines[0].discount"), refused(draft(null, null, null, BigDecimal.ONE)));
        assertEquals(List.of("channel"), refused(draft("STORE", null, null, null)));
    }

    @Test
    public void aCustomersOrderIsTheirsThroughThePortalWithoutOverrideOrSalesRepOfTheirChoosing() {
        OrderRequest request = OrderRequest.check(draft(null, "their-friend", null, null), AMELIE, "EUR", null);
        assertEquals("amelie", request.customerId());
        assertEquals("PORTAL", request.channel());
        assertNull(request.salesRep());
        assertEquals(false, request.overrideCredit());
    }

    @Test
    public void staffMayGiveAPriceAndADiscount() {
        OrderRequest request = OrderRequest.check(new Order.Draft("amelie", null, null, "demo-sales", "LYON-WH", null,
                List.of(new Order.LineDraft("CAF-800", 2L, new BigDecimal("79.90"), new BigDecimal("0.10"))), null, null),
                PortalScope.UNRESTRICTED, "EUR", null);
        assertEquals(new BigDecimal("79.90"), request.lines().get(0).unitPrice());
        assertEquals("demo-sales", request.salesRep());
    }
}
