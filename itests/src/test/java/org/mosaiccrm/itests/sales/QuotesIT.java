package org.mosaiccrm.itests.sales;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Quotes on the distribution with leads, inventory, sales and reporting: printed (the PDF's text read back with
 * PDFBox) and accepted into an inventory order with the same lines, or refused by the credit check and left as
 * they were.
 */
public class QuotesIT extends SalesTestSupport {

    @Test
    public void aQuoteIsPrintedInFrenchAndAcceptedIntoAnOrderWithTheSameLines() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        String[] catalog = catalog(tag);
        String customerId = customer("quote" + tag);
        Http rep = as(TestUsers.SALES);
        JsonNode opportunity = open(rep, "{\"customerId\":\"" + customerId + "\",\"title\":\"Équipement du salon\",\"amount\":\"2800\","
                + "\"expectedClose\":\"2030-04-30\",\"stage\":\"proposal\"}");
        Reply drafted = rep.postJson(API + "/quotes", "{\"opportunityId\":\"" + opportunity.get("id").asText() + "\",\"location\":\""
                + catalog[0] + "\",\"lines\":[{\"sku\":\"" + catalog[1] + "\",\"quantity\":2,\"discount\":0.1},{\"sku\":\"" + catalog[2]
                + "\",\"quantity\":3}]}");
        assertEquals(drafted.toString(), 201, drafted.status());
        JsonNode quote = drafted.json();
        assertTrue(quote.get("number").asText(), quote.get("number").asText().matches("DEV-\\d{4}-\\d{6}"));
        assertEquals("fr", quote.get("language").asText());
        assertEquals("2 × 1299.00 × 0.9 + 3 × 19.90", "2397.90", quote.get("subtotal").decimalValue().setScale(2).toPlainString());
        assertEquals("479.58", quote.get("tax").decimalValue().setScale(2).toPlainString());
        assertEquals("2877.48", quote.get("total").decimalValue().setScale(2).toPlainString());

        byte[] pdf = rep.getBytes(API + "/quotes/" + quote.get("id").asText() + "/document", "application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : new String[] { "Devis " + quote.get("number").asText(), "Amélie Poulain-quote" + tag, "Machine Barista 1200",
                "Détartrant écologique", "Total TTC", "2 877,48 €", "Valable jusqu'au" }) {
            assertTrue(expected + " in: " + text, text.contains(expected));
        }

        assertEquals("a draft is sent before it is accepted", 409, quoteStep(rep, quote, "accept", 1, "").status());
        assertEquals(200, quoteStep(rep, quote, "send", 1, "").status());
        assertEquals("stale", 409, quoteStep(rep, quote, "accept", 1, "").status());
        Reply accepted = quoteStep(rep, quote, "accept", 2, "");
        assertEquals(accepted.toString(), 200, accepted.status());
        assertEquals("ACCEPTED", accepted.json().get("status").asText());
        JsonNode order = rep.get(INVENTORY + "/orders/" + accepted.json().get("orderId").asText()).json();
        assertEquals(order.toString(), 2, order.get("lines").size());
        for (int i = 0; i < 2; i++) {
            JsonNode quoted = quote.at("/lines/" + i);
            JsonNode ordered = order.at("/lines/" + i);
            assertEquals(quoted.get("sku").asText(), ordered.get("sku").asText());
            assertEquals(quoted.get("quantity").asLong(), ordered.get("quantity").asLong());
            assertEquals(0, quoted.get("unitPrice").decimalValue().compareTo(ordered.at("/unitPrice/amount").decimalValue()));
            assertEquals(0, quoted.get("total").decimalValue().compareTo(ordered.at("/total/amount").decimalValue()));
        }
        assertEquals("the order costs what the quote said", 0, order.at("/total/amount").decimalValue().compareTo(new java.math.BigDecimal("2877.48")));
        assertEquals(TestUsers.SALES, order.get("salesRep").asText());
        JsonNode won = rep.get(API + "/opportunities/" + opportunity.get("id").asText()).json();
        assertEquals("won", won.get("stage").asText());
        assertEquals("a won opportunity takes no more quotes", 409, rep.postJson(API + "/quotes", "{\"opportunityId\":\""
                + opportunity.get("id").asText() + "\",\"location\":\"" + catalog[0] + "\",\"lines\":[{\"sku\":\"" + catalog[1]
                + "\",\"quantity\":1}]}").status());
    }

    @Test
    public void aQuoteTheCreditCheckRefusesStaysSentAndItsOpportunityOpen() {
        String tag = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        String[] catalog = catalog(tag);
        Reply customer = as(TestUsers.SALES).postJson(Customers.PATH + "?allowDuplicate=true", "{\"kind\":\"PERSON\",\"firstName\":\"Jean\","
                + "\"lastName\":\"Crédit" + tag + "\",\"creditLimit\":100}");
        assertEquals(customer.toString(), 201, customer.status());
        Http rep = as(TestUsers.SALES);
        JsonNode opportunity = open(rep, "{\"customerId\":\"" + customer.json().get("id").asText() + "\",\"title\":\"Machine\","
                + "\"amount\":\"1299\",\"expectedClose\":\"2030-04-30\"}");
        JsonNode quote = rep.postJson(API + "/quotes", "{\"opportunityId\":\"" + opportunity.get("id").asText() + "\",\"location\":\""
                + catalog[0] + "\",\"lines\":[{\"sku\":\"" + catalog[1] + "\",\"quantity\":1}]}").json();
        assertEquals(200, quoteStep(rep, quote, "send", 1, "").status());
        Reply refused = quoteStep(rep, quote, "accept", 2, "");
        assertEquals(refused.toString(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("credit"));
        assertEquals("SENT", rep.get(API + "/quotes/" + quote.get("id").asText()).json().get("status").asText());
        assertEquals("still open where it was", "qualification",
                rep.get(API + "/opportunities/" + opportunity.get("id").asText()).json().get("stage").asText());
        Reply unknownSku = rep.postJson(API + "/quotes", "{\"opportunityId\":\"" + opportunity.get("id").asText()
                + "\",\"lines\":[{\"sku\":\"NO-SUCH\",\"quantity\":1},{\"sku\":\"" + catalog[2] + "\",\"quantity\":0}]}");
        assertEquals(422, unknownSku.status());
        assertTrue(unknownSku.body(), unknownSku.body().contains("lines[1].quantity"));
        Reply declined = quoteStep(rep, quote, "decline", 2, "{\"reason\":\"Trop cher\"}");
        assertEquals(declined.toString(), 200, declined.status());
        assertEquals("DECLINED", declined.json().get("status").asText());
    }

}
