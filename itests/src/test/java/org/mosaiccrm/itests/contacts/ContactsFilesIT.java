package org.mosaiccrm.itests.contacts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/** Customers in and out as files: CSV (Google, Outlook, the CRM's own) and vCards, over REST and the console. */
public class ContactsFilesIT extends CrmTestSupport {

    private static final String CUSTOMERS = Customers.PATH;

    @Before
    public void contactsActive() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
    }

    @Test
    public void aCsvImportTakesTheGoodRowsReportsTheBadByLineAndReimportsToNothingNew() throws Exception {
        String tag = "imp" + System.nanoTime();
        String existing = Customers.createPerson(as(TestUsers.SALES), "Known", "Customer" + tag, "known." + tag + "@example.org", null)
                .json().get("id").asText();
        String outlook = "\uFEFFFirst Name,Last Name,Company,E-mail Address,Business Phone,Categories,Notes\r\n"
                + "Ada,Lovelace" + tag + ",,ada." + tag + "@example.org,01 23 45 67 01," + tag + ",\"first line\nsecond line\"\r\n"
                + "Bad,Mail" + tag + ",,not-an-address,,,\r\n"
                + "Charles,Babbage" + tag + ",,charles." + tag + "@example.org,01 23 45 67 02," + tag + ",\r\n"
                + "Bad,Phone" + tag + ",,,12,,\r\n"
                + ",," + "Analytical Engines " + tag + ",,,\"" + tag + ";vip\",\r\n"
                + "Known,Customer" + tag + ",,KNOWN." + tag + "@EXAMPLE.ORG,01 23 45 67 03,,\r\n";
        Reply first = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv", outlook);
        assertEquals(first.toString(), 200, first.status());
        JsonNode report = first.json();
        assertEquals(6, report.get("rows").asInt());
        assertEquals(3, report.get("created").asInt());
        assertEquals("the known customer got its phone", 1, report.get("updated").asInt());
        assertEquals(2, report.get("failed").asInt());
        assertEquals("the multi-line field shifts the lines: the bad e-mail is on line 4", 4, report.at("/problems/0/line").asInt());
        assertEquals("E-mail Address", report.at("/problems/0/field").asText());
        assertEquals(6, report.at("/problems/1/line").asInt());
        assertEquals("Business Phone", report.at("/problems/1/field").asText());
        assertEquals(List.of("Notes"), List.of(report.at("/ignoredColumns/0").asText()));
        assertEquals("+33123456703", as(TestUsers.SALES).get(CUSTOMERS + "/" + existing).json().at("/contactPoints/1/value").asText());
        JsonNode organization = as(TestUsers.SALES).get(CUSTOMERS + "?name=analytical%20engines%20" + tag).json().get(0);
        assertEquals("ORGANIZATION", organization.get("kind").asText());
        assertEquals(2, organization.get("tags").size());

        JsonNode again = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv", outlook).json();
        assertEquals("re-importing creates nothing", 0, again.get("created").asInt());
        assertEquals(0, again.get("updated").asInt());
        assertEquals(4, again.get("unchanged").asInt());
        assertEquals(2, again.get("failed").asInt());
        assertEquals("Ada, Charles and the engines carry the tag", "3", as(TestUsers.SALES).get(CUSTOMERS + "?tag=" + tag).header("X-Total-Count"));

        String google = "Given Name;Family Name;E-mail 1 - Value;Phone 1 - Value;Group Membership\n"
                + "Grace;Hopper" + tag + ";grace." + tag + "@example.org;+1 202 555 0143;* myContacts ::: " + tag + "\n";
        JsonNode dry = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports?dryRun=true", "text/csv", google).json();
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals(1, dry.get("created").asInt());
        assertEquals("a dry run stores nothing", "0", as(TestUsers.SALES).get(CUSTOMERS + "?name=grace%20hopper" + tag).header("X-Total-Count"));

        java.nio.file.Path file = java.nio.file.Files.createTempFile("google", ".csv");
        java.nio.file.Files.writeString(file, google);
        String console = console("crm:contact-import " + file);
        assertTrue(console, console.contains("1 rows: 1 created"));
        JsonNode grace = as(TestUsers.SALES).get(CUSTOMERS + "?name=grace%20hopper" + tag).json().get(0);
        assertEquals("+12025550143", grace.at("/contactPoints/1/value").asText());
        assertEquals(List.of(tag), List.of(grace.at("/tags/0").asText()));
        assertEquals("marketing does not import", 403,
                as(TestUsers.MARKETING).send("POST", "/crm/api/contacts/imports", "text/csv", google).status());
    }

    @Test
    public void aLargeFileIsImportedAsAJobFollowedToItsReport() {
        String tag = "job" + System.nanoTime();
        StringBuilder csv = new StringBuilder("firstName,lastName,email,tags,notes\n");
        String padding = "x".repeat(1000); // an ignored column makes the file larger than a plain request may be
        int rows = 1200;
        for (int i = 1; i <= rows; i++) {
            String email = i == 700 ? "broken-address" : "row" + i + "." + tag + "@example.org";
            csv.append("Row").append(i).append(",Job").append(tag).append(',').append(email).append(',').append(tag)
                    .append(',').append(padding).append('\n');
        }
        assertTrue(csv.length() > 1024 * 1024);
        assertEquals("a plain import keeps the server's body limit", 413,
                as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv", csv.toString()).status());

        Reply submitted = as(TestUsers.SALES).send("POST", "/crm/api/contacts/import-jobs", "text/csv", csv.toString());
        assertEquals(submitted.toString(), 202, submitted.status());
        String job = "/crm/api/" + submitted.header("Location").replaceFirst("^.*?/crm/api/", "").replaceFirst("^/", "");
        JsonNode done = Await.value("the import job to finish", Duration.ofMinutes(2), () -> {
            JsonNode status = as(TestUsers.SALES).get(job).json();
            return status.get("state").asText().matches("DONE|FAILED") ? status : null;
        });
        assertEquals(done.toString(), "DONE", done.get("state").asText());
        assertEquals(TestUsers.SALES, done.get("user").asText());
        assertEquals(rows, done.get("rowsDone").asInt());
        assertEquals(rows - 1, done.at("/report/created").asInt());
        assertEquals(1, done.at("/report/failed").asInt());
        assertEquals("line 701: the header is line 1", 701, done.at("/report/problems/0/line").asInt());
        assertEquals(String.valueOf(rows - 1), as(TestUsers.SALES).get(CUSTOMERS + "?tag=" + tag).header("X-Total-Count"));
        JsonNode created = admin().get("/crm/api/audit?entityType=customer&user=" + TestUsers.SALES + "&limit=1").json().get(0);
        assertEquals("the job ran as the user who sent the file", "IMPORT", created.get("action").asText());
        assertEquals(404, as(TestUsers.SALES).get("/crm/api/contacts/import-jobs/nope").status());
        assertEquals("the job's total is known from the start", rows, done.get("rowsTotal").asInt());

        JsonNode listed = as(TestUsers.SALES).get("/crm/api/contacts/import-jobs").json();
        assertEquals("the newest job first in the list", done.get("id").asText(), listed.at("/0/id").asText());
        Reply finished = as(TestUsers.SALES).send("DELETE", job, null, null);
        assertEquals("a finished job cannot be cancelled: " + finished, 409, finished.status());
        assertEquals("DONE", finished.json().get("state").asText());
    }

    @Test
    public void aRunningImportJobCanBeCancelledAndKeepsWhatItStored() {
        String tag = "cancel" + System.nanoTime();
        StringBuilder csv = new StringBuilder("firstName,lastName,email,tags\n");
        int rows = 20_000;
        for (int i = 1; i <= rows; i++) {
            csv.append("Row").append(i).append(",Cancel").append(",row").append(i).append('.').append(tag)
                    .append("@example.org,").append(tag).append('\n');
        }
        Reply submitted = as(TestUsers.SALES).send("POST", "/crm/api/contacts/import-jobs", "text/csv", csv.toString());
        assertEquals(submitted.toString(), 202, submitted.status());
        String job = "/crm/api/contacts/import-jobs/" + submitted.json().get("id").asText();
        Reply cancelled = as(TestUsers.SALES).send("DELETE", job, null, null);
        assertEquals(cancelled.toString(), 200, cancelled.status());
        JsonNode stopped = Await.value("the job to stop", Duration.ofMinutes(1), () -> {
            JsonNode status = as(TestUsers.SALES).get(job).json();
            return status.get("state").asText().matches("RUNNING|QUEUED") ? null : status;
        });
        assertEquals(stopped.toString(), "CANCELLED", stopped.get("state").asText());
        long stored = Long.parseLong(as(TestUsers.SALES).get(CUSTOMERS + "?tag=" + tag).header("X-Total-Count"));
        assertTrue("stopped before the end: " + stopped, stored < rows);
        assertTrue("and says what it kept: " + stopped, stopped.get("error").asText().contains("are stored")
                || stopped.get("error").asText().contains("nothing was stored"));

        Reply unknownColumns = as(TestUsers.SALES).send("POST", "/crm/api/contacts/import-jobs", "text/csv",
                "Référence;Montant\nA-1;12,50\n");
        assertEquals("a file with no column an import reads is refused at once: " + unknownColumns, 422, unknownColumns.status());
        assertTrue(unknownColumns.body(), unknownColumns.body().contains("none of its columns (Référence, Montant)"));
    }

    @Test
    public void anExportReimportsToNothingNewAndTheConsoleWritesAFile() throws Exception {
        String tag = "exp" + System.nanoTime();
        String csv = "firstName,lastName,email,phone,tags,loyaltyNumber,birthday\n"
                + "Emmy,Noether,emmy." + tag + "@example.org,+49 30 1234567," + tag + ",L-1882,1882-03-23\n"
                + "Sophie,\"Germain, Marie-Sophie\",sophie." + tag + "@example.org,," + tag + ",,\n";
        assertEquals(2, as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv", csv).json().get("created").asInt());

        Reply export = as(TestUsers.MARKETING).get("/crm/api/contacts/exports?tag=" + tag);
        assertEquals(export.toString(), 200, export.status());
        assertTrue(export.contentType(), export.contentType().startsWith("text/csv"));
        assertTrue(export.body(), export.body().startsWith("externalId,firstName,lastName,company,email,phone"));
        assertTrue("a comma inside a name is quoted: " + export.body(), export.body().contains("\"Germain, Marie-Sophie\""));
        assertEquals("header and two customers", 3, export.body().trim().split("\r?\n").length);
        assertTrue("custom fields are columns of their own: " + export.body(),
                export.body().lines().findFirst().orElse("").endsWith("language,loyaltyNumber,birthday,newsletter,annualBudget"));
        assertTrue("and carry their values: " + export.body(), export.body().contains(",L-1882,1882-03-23,"));

        JsonNode again = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv", export.body()).json();
        assertEquals("importing an export changes nothing: " + again, 2, again.get("unchanged").asInt());
        assertEquals(0, again.get("created").asInt() + again.get("updated").asInt() + again.get("failed").asInt());

        java.nio.file.Path file = java.nio.file.Files.createTempFile("customers", ".csv");
        String refused = console("crm:contact-export --tag " + tag + " " + file);
        assertTrue("an existing file is not overwritten silently: " + refused, refused.contains("exists; add --force"));
        assertEquals("and stays as it was", 0, java.nio.file.Files.size(file));
        String written = console("crm:contact-export --force --tag " + tag + " " + file);
        assertTrue(written, written.contains("2 customers written"));
        assertTrue(java.nio.file.Files.readString(file).contains("+49301234567"));
    }

    @Test
    public void aRefusedImportHasStoredNothingAndSaysWhichLineIsWrong() throws Exception {
        String tag = "refused" + System.nanoTime();
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail Address,Categories\n");
        for (int i = 0; i < 600; i++) {
            csv.append("Ada,Row").append(i).append(",row").append(i).append('.').append(tag).append("@example.org,").append(tag).append('\n');
        }
        csv.append("\"bad\"junk,zz,zz@example.fr,").append(tag).append('\n');
        Reply malformed = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv", csv.toString());
        assertEquals(malformed.toString(), 422, malformed.status());
        assertTrue(malformed.contentType(), malformed.contentType().startsWith("application/problem+json"));
        assertTrue(malformed.body(), malformed.json().at("/errors/0/message").asText().startsWith("line 602: a quoted value"));
        Reply asJob = as(TestUsers.SALES).send("POST", "/crm/api/contacts/import-jobs", "text/csv", csv.toString());
        assertEquals("a job is refused at once, not FAILED later: " + asJob, 422, asJob.status());

        // over the server's 1 MiB: refused while the body is copied, before any row is read
        java.nio.file.Path big = java.nio.file.Files.createTempFile("big", ".csv");
        StringBuilder rows = new StringBuilder("First Name,Last Name,E-mail Address,Categories\n");
        for (int i = 0; rows.length() < 1_200_000; i++) {
            rows.append("Grace,Big").append(i).append(",big").append(i).append('.').append(tag).append("@example.org,").append(tag).append('\n');
        }
        java.nio.file.Files.writeString(big, rows);
        assertEquals(413, as(TestUsers.SALES).upload("/crm/api/contacts/imports", "text/csv", big).status());
        Reply chunked = as(TestUsers.SALES).uploadChunked("/crm/api/contacts/imports", "text/csv", big);
        assertEquals("without a length the limit is found while spooling: " + chunked, 413, chunked.status());

        assertEquals("nothing of the refused files was stored", "0",
                as(TestUsers.SALES).get(CUSTOMERS + "?tag=" + tag + "&limit=1").header("X-Total-Count"));
        String console = console("crm:contact-import /no/such/file.csv");
        assertTrue(console, console.toLowerCase(java.util.Locale.ROOT).contains("no such file"));
    }

    @Test
    public void fourUploadsOfOneFileAtOnceCreateEachCustomerOnce() throws Exception {
        String tag = "parallel" + System.nanoTime();
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail Address,Categories\n");
        for (int i = 0; i < 300; i++) {
            csv.append("Louise,Michel").append(i).append(",louise").append(i).append('.').append(tag).append("@example.org,")
                    .append(tag).append('\n');
        }
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Reply>> uploads = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uploads.add(clients.submit(() -> as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv",
                        csv.toString())));
            }
            int created = 0;
            for (java.util.concurrent.Future<Reply> upload : uploads) {
                Reply reply = upload.get(5, java.util.concurrent.TimeUnit.MINUTES);
                assertEquals(reply.toString(), 200, reply.status());
                created += reply.json().get("created").asInt();
            }
            assertEquals("every customer created once, whichever upload came first", 300, created);
        } finally {
            clients.shutdownNow();
        }
        assertEquals("300", as(TestUsers.SALES).get(CUSTOMERS + "?tag=" + tag + "&limit=1").header("X-Total-Count"));
    }

    @Test
    public void anExcelFileSavedInWindows1252WithFrenchHeadersKeepsItsAccents() throws Exception {
        String tag = "excel" + System.nanoTime();
        java.nio.file.Path excel = java.nio.file.Files.createTempFile("excel", ".csv");
        java.nio.file.Files.write(excel, ("Prénom;Nom;Société;Adresse de messagerie;Tél. mobile;Catégories\r\n"
                + "Zoé;Lefèvre;Crêperie du Léman;zoe." + tag + "@example.fr;06 98 76 54 32;" + tag + "\r\n")
                .getBytes("windows-1252"));
        Reply imported = as(TestUsers.SALES).upload("/crm/api/contacts/imports", "text/csv", excel);
        assertEquals(imported.toString(), 200, imported.status());
        assertEquals("windows-1252", imported.json().get("encoding").asText());
        assertEquals(imported.body(), 1, imported.json().get("created").asInt());
        JsonNode zoe = as(TestUsers.SALES).get(CUSTOMERS + "?tag=" + tag).json().get(0);
        assertEquals("Zoé", zoe.get("firstName").asText());
        assertEquals("Lefèvre", zoe.get("lastName").asText());
        assertEquals("Crêperie du Léman", zoe.get("companyName").asText());
        assertEquals("+33698765432", zoe.at("/contactPoints/1/value").asText());

        Reply bogus = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/csv; charset=bogus", "a,b\n1,2\n");
        assertEquals(bogus.toString(), 415, bogus.status());
        Reply empty = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/vcard", "");
        assertEquals("an empty vCard body is a mistake, not an import of nothing: " + empty, 422, empty.status());
        Reply notACard = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/vcard", "hello\nworld\n");
        assertEquals(notACard.toString(), 422, notACard.status());
    }

    @Test
    public void vCardsImportFromAPhoneAndRoundTripThroughExport() {
        String tag = "vcf" + System.nanoTime();
        String phoneExport = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lamarr;Hedy;;;\r\nFN:Hedy Lamarr\r\n"
                + "EMAIL;TYPE=INTERNET:hedy." + tag + "@example.org\r\nTEL;TYPE=CELL:06 11 22 33 44\r\n"
                + "CATEGORIES:" + tag + "\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Frequency Hopping Inc\r\nORG:Frequency Hopping " + tag + "\r\n"
                + "TEL;TYPE=WORK,VOICE:+1 202 555 0199\r\nCATEGORIES:" + tag + "\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody\r\nEMAIL:nobody-at-nowhere\r\nEND:VCARD\r\n";
        JsonNode report = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/vcard", phoneExport).json();
        assertEquals(report.toString(), 2, report.get("created").asInt());
        assertEquals(1, report.get("failed").asInt());
        assertEquals("the third card", 3, report.at("/problems/0/line").asInt());
        JsonNode hedy = as(TestUsers.SALES).get(CUSTOMERS + "?name=hedy%20lamarr&tag=" + tag).json().get(0);
        assertEquals("MOBILE", hedy.at("/contactPoints/1/type").asText());
        assertEquals("+33611223344", hedy.at("/contactPoints/1/value").asText());

        Reply v4 = as(TestUsers.SALES).send("GET", "/crm/api/contacts/exports?tag=" + tag, null, null, Map.of("Accept", "text/vcard"));
        assertEquals(v4.toString(), 200, v4.status());
        assertTrue(v4.body(), v4.body().contains("VERSION:4.0") && v4.body().contains("+33611223344"));
        assertEquals(2, v4.body().split("BEGIN:VCARD").length - 1);
        Reply v3 = as(TestUsers.SALES).send("GET", "/crm/api/contacts/exports?version=3.0&tag=" + tag, null, null,
                Map.of("Accept", "text/vcard"));
        assertTrue(v3.body(), v3.body().contains("VERSION:3.0"));

        JsonNode again = as(TestUsers.SALES).send("POST", "/crm/api/contacts/imports", "text/vcard", v4.body()).json();
        assertEquals("an exported vCard re-imports to nothing new: " + again, 2, again.get("unchanged").asInt());
        assertEquals(0, again.get("created").asInt() + again.get("updated").asInt() + again.get("failed").asInt());
    }

}
