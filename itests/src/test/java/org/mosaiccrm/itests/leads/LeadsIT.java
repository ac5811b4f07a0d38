package org.mosaiccrm.itests.leads;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The leads pack, hot-installed from the console on a CRM running contacts, then used as a web
 * site, a marketer, a sales rep and an administrator would. Through REST and the console only: a
 * test that loaded the leads API would be wired to it.
 */
public class LeadsIT extends CrmTestSupport {

    private static final String LEADS = "/crm/api/leads";
    private static final String CAPTURE = LEADS + "/capture";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** Bundles stopped or unresolved while crm-leads was installed, recorded once for the class. */
    private static List<String> disturbedByInstall;

    @Before
    public void leadsInstalled() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
        if (disturbedByInstall == null) {
            assertEquals("not installed at boot", "NOT INSTALLED", moduleState("leads"));
            List<String> disturbed = Collections.synchronizedList(new ArrayList<>());
            BundleListener listener = event -> {
                String name = String.valueOf(event.getBundle().getSymbolicName());
                if (!name.startsWith("org.mosaiccrm.leads") && (event.getType() == BundleEvent.STOPPED
                        || event.getType() == BundleEvent.UNRESOLVED)) {
                    disturbed.add(name + " " + (event.getType() == BundleEvent.STOPPED ? "stopped" : "unresolved"));
                }
            };
            bundleContext.addBundleListener(listener);
            try {
                String output = console("feature:install crm-leads");
                assertFalse(output, output.contains("Error"));
                awaitModuleState("leads", "ACTIVE");
            } finally {
                bundleContext.removeBundleListener(listener);
            }
            disturbedByInstall = List.copyOf(disturbed);
        }
        awaitModuleState("leads", "ACTIVE");
        Await.until("the leads endpoints", STARTUP, () -> as(TestUsers.SALES).get(LEADS).status() == 200);
    }

    @Test
    public void hotInstallingLeadsRefreshesNoOtherBundleAndItsCommandsAppear() {
        assertEquals("no other bundle stopped or refreshed by feature:install crm-leads", List.of(), disturbedByInstall);
        String list = console("crm:lead-list");
        assertTrue(list, list.contains("leads"));
        assertTrue(console("crm:lead-figures"), console("crm:lead-figures").contains("Clicks"));
    }

    @Test
    public void aWebFormIsStoredAndARobotFillingTheHoneypotIsAnsweredAlikeAndDropped() {
        String tag = "form" + System.nanoTime();
        Reply stored = capture(FORM, form("firstName", "Ada", "lastName", "Lovelace" + tag, "email", "Ada." + tag + "@Example.org",
                "phone", "01 23 45 67 89", "consent", "on", "consentText", "Send me the offer", "utm_source", "newsletter"));
        assertEquals(stored.toString(), 201, stored.status());
        JsonNode lead = as(TestUsers.SALES).get(LEADS + "/" + stored.json().get("id").asText()).json();
        assertEquals("ada." + tag + "@example.org", lead.get("email").asText());
        assertEquals("+33123456789", lead.get("phone").asText());
        assertEquals("WEB_FORM", lead.get("source").asText());
        assertEquals("NEW", lead.get("status").asText());
        assertTrue(lead.at("/consent/optIn").asBoolean());
        assertEquals("Send me the offer", lead.at("/consent/text").asText());
        assertEquals("newsletter", lead.at("/utm/source").asText());
        assertEquals("assigned in turn to the configured rep", "demo-sales", lead.get("owner").asText());

        Reply robot = capture(FORM, form("lastName", "Bot" + tag, "email", "bot." + tag + "@example.org", "website", "http://spam.example"));
        assertEquals("a robot cannot tell: " + robot, 201, robot.status());
        assertEquals("but nothing is stored", "0", as(TestUsers.SALES).get(LEADS + "?name=bot" + tag).header("X-Total-Count"));

        Reply bad = capture(FORM, form("lastName", "Bad" + tag, "email", "not-an-address"));
        assertEquals(422, bad.status());
        assertEquals("email", bad.json().at("/errors/0/field").asText());
        Reply foreign = http().send("POST", CAPTURE, FORM, form("lastName", "X", "email", "x@example.org"),
                Map.of("Origin", "https://evil.example"));
        assertEquals("a browser on another site may not post: " + foreign, 403, foreign.status());
        Reply allowed = http().send("POST", CAPTURE, FORM, form("lastName", "Web" + tag, "email", "web." + tag + "@example.org",
                "redirect", "http://localhost:8080/thanks"), Map.of("Origin", "http://localhost:8080"));
        assertEquals(allowed.toString(), 303, allowed.status());
        assertEquals("http://localhost:8080/thanks", allowed.header("Location"));
        assertEquals("http://localhost:8080", allowed.header("Access-Control-Allow-Origin"));
    }

    /** What a script over SSH sees: a refusal exits 1 with its reason said once; the ACL covers every module. */
    @Test
    public void theConsoleCanBeScriptedRefusalsExitNonZeroAndEveryModulesCommandsHaveAnAcl() throws Exception {
        Scripted missing = ssh(TestUsers.SSH_ADMIN, "crm:contact-show 00000000-0000-0000-0000-000000000042");
        assertEquals(missing.output(), 1, missing.exitStatus());
        assertTrue(missing.output(), missing.output().contains("does not exist"));

        Scripted invalid = ssh(TestUsers.SSH_ADMIN, "crm:contact-add --email not-an-address");
        assertEquals(invalid.output(), 1, invalid.exitStatus());
        assertTrue(invalid.output(), invalid.output().contains("Not added"));
        assertEquals("each reason once: " + invalid.output(), invalid.output().indexOf("a person needs"),
                invalid.output().lastIndexOf("a person needs"));

        Scripted noFile = ssh(TestUsers.SSH_ADMIN, "crm:contact-import /nonexistent/customers.csv");
        assertEquals(noFile.output(), 1, noFile.exitStatus());
        assertTrue(noFile.output(), noFile.output().contains("no such file"));
        Scripted notALicense = ssh(TestUsers.SSH_ADMIN, "crm:license-install " + System.getProperty("karaf.etc") + "/users.properties");
        assertEquals(notALicense.output(), 1, notALicense.exitStatus());
        assertTrue(notALicense.output(), notALicense.output().contains("License not installed, the license in force stays"));

        Scripted listed = ssh(TestUsers.SSH_ADMIN, "crm:contact-list --limit 1");
        assertEquals(listed.output(), 0, listed.exitStatus());

        Scripted rep = ssh(TestUsers.SSH_SALES, "crm:lead-list --limit 1");
        assertEquals("a sales rep may list leads (ACL): " + rep.output(), 0, rep.exitStatus());
        Scripted repInstalls = ssh(TestUsers.SSH_SALES, "crm:license-install /etc/hostname");
        assertEquals("but not install a license: " + repInstalls.output(), 1, repInstalls.exitStatus());
        Scripted repReads = ssh(TestUsers.SSH_SALES, "crm:contact-import /etc/passwd");
        assertEquals("nor read the server's files: " + repReads.output(), 1, repReads.exitStatus());
        assertTrue(repReads.output(), repReads.output().contains("Only an administrator may import files outside"));
        assertFalse("not a byte of it shown: " + repReads.output(), repReads.output().contains("root"));
        Scripted repWrites = ssh(TestUsers.SSH_SALES, "crm:contact-export --force " + System.getProperty("karaf.etc") + "/users.properties");
        assertEquals("nor overwrite them: " + repWrites.output(), 1, repWrites.exitStatus());
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.etc"), "users.properties"))
                .contains(TestUsers.SSH_SALES));
    }

    /** The typos an administrator made in etc/org.mosaiccrm.leads.cfg: none of them may cost a web lead. */
    @Test
    public void aBrokenLeadsConfigurationIsRefusedAndTheWebFormGoesOnWithTheLastGoodOne() throws Exception {
        String tag = "cfg" + System.nanoTime();
        withConfiguration("org.mosaiccrm.leads", Map.of("scoreSource", "REFERAL:30, WEB_FORM:99", "honeypotFeld", "url",
                "salesReps", "nobody-such-user"), () -> {
            Await.until("the refusal to be reported", Duration.ofSeconds(20),
                    () -> moduleWarnings("leads").contains("org.mosaiccrm.leads refused"));
            assertEquals("leads runs on", "ACTIVE", moduleState("leads"));
            String warnings = moduleWarnings("leads");
            assertTrue(warnings, warnings.contains("scoreSource: unknown source 'REFERAL'; allowed: "));
            assertTrue(warnings, warnings.contains("honeypotFeld: is not a setting of org.mosaiccrm.leads (did you mean honeypotField?)"));
            assertTrue(warnings, warnings.contains("salesReps: no user nobody-such-user can log in"));
            assertTrue(console("crm:modules"), console("crm:modules").contains("Warning: leads: configuration org.mosaiccrm.leads refused"));
            assertTrue(admin().get("/crm/api/health").body().contains("module leads: configuration org.mosaiccrm.leads refused"));

            Reply stored = capture(FORM, form("lastName", "Cfg" + tag, "email", tag + "@example.org"));
            assertEquals("the web form still answers: " + stored, 201, stored.status());
            JsonNode lead = as(TestUsers.SALES).get(LEADS + "/" + stored.json().get("id").asText()).json();
            assertEquals("assigned by the last good configuration", "demo-sales", lead.get("owner").asText());
            assertEquals("scored by the last good configuration", 30, lead.get("score").asInt());
            Reply robot = capture(FORM, form("lastName", "Bot" + tag, "email", "bot." + tag + "@example.org", "website", "x"));
            assertEquals(201, robot.status());
            assertEquals("the last good honeypot still drops robots", "0",
                    as(TestUsers.SALES).get(LEADS + "?name=bot" + tag).header("X-Total-Count"));

            JsonNode audit = admin().get("/crm/api/audit?entityType=configuration&entityId=org.mosaiccrm.leads").json();
            assertEquals("CONFIG_REFUSED", audit.at("/0/action").asText());
            assertTrue(audit.toString(), audit.toString().contains("nobody-such-user"));
        });
        Await.until("the refusal to end once the file is right again", Duration.ofSeconds(20),
                () -> !moduleWarnings("leads").contains("refused"));
    }

    @Test
    public void aBurstFromOneClientIsSlowedWith429AndEveryAcceptedLeadIsKept() {
        String tag = "burst" + System.nanoTime();
        int accepted = 0;
        Reply refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            Reply reply = http().postJson(CAPTURE, "{\"lastName\":\"Burst" + tag + "\",\"email\":\"b" + i + "." + tag + "@example.org\"}");
            if (reply.status() == 201) {
                accepted++;
            } else {
                refused = reply;
            }
        }
        assertTrue("a burst is refused at some point", refused != null);
        assertEquals(refused.toString(), 429, refused.status());
        assertTrue(refused.header("Retry-After"), Integer.parseInt(refused.header("Retry-After")) > 0);
        assertEquals("every accepted submission was stored before its answer", String.valueOf(accepted),
                as(TestUsers.SALES).get(LEADS + "?name=burst" + tag).header("X-Total-Count"));
    }

    @Test
    public void anIllegalStatusChangeIs409WithTheAllowedOnes() {
        Reply created = as(TestUsers.SALES).postJson(LEADS, "{\"lastName\":\"Pipeline\",\"email\":\"pipe." + System.nanoTime() + "@example.org\"}");
        assertEquals(created.toString(), 201, created.status());
        String path = LEADS + "/" + created.json().get("id").asText();
        Reply illegal = as(TestUsers.SALES).send("POST", path + "/status", "application/json", "{\"status\":\"CONVERTED\"}",
                Map.of("If-Match", created.header("ETag")));
        assertEquals(illegal.toString(), 409, illegal.status());
        List<String> allowed = new ArrayList<>();
        illegal.json().get("allowed").forEach(status -> allowed.add(status.asText()));
        assertEquals(List.of("CONTACTED", "QUALIFIED", "DISQUALIFIED"), allowed);
        Reply noReason = as(TestUsers.SALES).send("POST", path + "/status", "application/json", "{\"status\":\"DISQUALIFIED\"}",
                Map.of("If-Match", created.header("ETag")));
        assertEquals(422, noReason.status());
        Reply contacted = as(TestUsers.SALES).send("POST", path + "/status", "application/json", "{\"status\":\"CONTACTED\"}",
                Map.of("If-Match", created.header("ETag")));
        assertEquals(contacted.toString(), 200, contacted.status());
        assertEquals("a stale version", 409, as(TestUsers.SALES).send("POST", path + "/status", "application/json",
                "{\"status\":\"QUALIFIED\"}", Map.of("If-Match", created.header("ETag"))).status());
        assertEquals(201, as(TestUsers.SALES).postJson(path + "/touchpoints", "{\"kind\":\"CALL\",\"note\":\"interested\"}").status());
        JsonNode score = as(TestUsers.SALES).get(path + "/score").json();
        List<String> rules = new ArrayList<>();
        score.get("lines").forEach(line -> rules.add(line.get("rule").asText()));
        assertEquals("the rep sees why: " + score, List.of("source MANUAL", "email given", "1 touchpoint(s)"), rules);
        assertEquals(10 + 10 + 5, score.get("score").asInt());
    }

    @Test
    public void aTrackedClickIsCountedRedirectedAndTheLeadAttributedToItsCampaignAndAffiliate() {
        String campaign = "spring" + System.nanoTime();
        Reply link = as(TestUsers.MARKETING).postJson(LEADS + "/links", "{\"campaign\":\"" + campaign
                + "\",\"affiliate\":\"blog-a\",\"targetUrl\":\"https://www.example.com/offer?x=1\"}");
        assertEquals(link.toString(), 201, link.status());
        String code = link.json().get("code").asText();
        Reply click = http().send("GET", "/crm/t/" + code, null, null, Map.of("Referer", "https://blog-a.example.net/post/7"));
        assertEquals(click.toString(), 302, click.status());
        assertEquals("https://www.example.com/offer?x=1&crm_t=" + code, click.header("Location"));
        assertEquals(404, http().get("/crm/t/nosuchcode").status());
        Reply again = http().send("GET", "/crm/t/" + code, null, null, Map.of("Referer", "https://blog-a.example.net/post/7"));
        assertEquals("a repeated click still goes to the offer", 302, again.status());

        Reply lead = capture(FORM, form("lastName", "Clicked", "email", "clicked." + campaign + "@example.org", "crm_t", code));
        JsonNode stored = as(TestUsers.SALES).get(LEADS + "/" + lead.json().get("id").asText()).json();
        assertEquals(campaign, stored.get("campaign").asText());
        assertEquals("blog-a", stored.get("affiliate").asText());
        assertEquals(code, stored.at("/firstTouch/code").asText());
        assertEquals(code, stored.at("/lastTouch/code").asText());
        JsonNode figures = null;
        for (JsonNode row : as(TestUsers.MARKETING).get(LEADS + "/figures").json()) {
            if (campaign.equals(row.get("campaign").asText())) {
                figures = row;
            }
        }
        assertEquals("the same address clicking twice is counted once", 1, figures.get("clicks").asInt());
        assertEquals(1, figures.get("leads").asInt());
        String leadId = lead.json().get("id").asText();
        assertEquals("an agent on the phone may read the score, as the docs say", 200,
                as(TestUsers.AGENT).get(LEADS + "/" + leadId + "/score").status());
        assertEquals(200, as(TestUsers.AGENT).get(LEADS + "/" + leadId + "/touchpoints").status());
        Reply backdated = as(TestUsers.SALES).postJson(LEADS, "{\"lastName\":\"Backdated\",\"email\":\"back." + campaign + "@example.org\",\"consent\":{\"optIn\":true,"
                + "\"text\":\"Oui\",\"at\":\"2020-01-01T00:00:00Z\"}}");
        assertEquals("the moment of consent is the server's: " + backdated, 422, backdated.status());
        assertEquals("consent.at", backdated.json().at("/errors/0/field").asText());
        assertEquals(0, figures.get("conversions").asInt());
    }

    @Test
    public void aLeadWhoseEmailMatchesACustomerIsLinkedToItNotDuplicated() {
        String tag = "conv" + System.nanoTime();
        String customer = Customers.createPerson(as(TestUsers.SALES), "Grace", "Hopper" + tag, "grace." + tag + "@example.org", null)
                .json().get("id").asText();
        Reply lead = as(TestUsers.SALES).postJson(LEADS, "{\"firstName\":\"Grace\",\"lastName\":\"H.\",\"email\":\"GRACE." + tag
                + "@EXAMPLE.ORG\",\"campaign\":\"c-" + tag + "\"}");
        Reply converted = as(TestUsers.SALES).send("POST", LEADS + "/" + lead.json().get("id").asText() + "/convert", null, null);
        assertEquals(converted.toString(), 200, converted.status());
        assertEquals(customer, converted.json().get("customerId").asText());
        assertTrue(converted.json().get("existingCustomer").asBoolean());
        assertEquals("no second customer", "1", as(TestUsers.SALES).get(Customers.PATH + "?email=grace." + tag + "@example.org")
                .header("X-Total-Count"));
        JsonNode timeline = as(TestUsers.SALES).get(Customers.PATH + "/" + customer + "/interactions").json();
        assertEquals("leads", timeline.get(0).get("module").asText());
        assertTrue(timeline.get(0).get("summary").asText(), timeline.get(0).get("summary").asText().contains("c-" + tag));
        assertEquals("CONVERTED", as(TestUsers.SALES).get(LEADS + "/" + lead.json().get("id").asText()).json().get("status").asText());
    }

    @Test
    public void erasingTheCustomerErasesTheLeadItCameFromAndItsTrailAndSaysSo() {
        String tag = "forget" + System.nanoTime();
        String email = "ada." + tag + "@example.org";
        Reply lead = as(TestUsers.SALES).postJson(LEADS, "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace" + tag
                + "\",\"email\":\"" + email + "\",\"phone\":\"01 23 45 67 89\",\"notes\":\"Rappeler Ada\",\"campaign\":\"c-" + tag + "\"}");
        String leadId = lead.json().get("id").asText();
        as(TestUsers.SALES).postJson(LEADS + "/" + leadId + "/touchpoints", "{\"kind\":\"CALL\",\"note\":\"Ada dit oui\"}");
        String customer = as(TestUsers.SALES).send("POST", LEADS + "/" + leadId + "/convert", null, null).json()
                .get("customerId").asText();
        JsonNode access = admin().get(Customers.PATH + "/" + customer + "/personal-data").json();
        assertEquals("the right of access shows what leads holds: " + access, email, access.at("/modules/leads/leads/0/email").asText());

        Reply erased = as(TestUsers.MANAGER).send("POST", Customers.PATH + "/" + customer + "/erase", "application/json", "");
        assertEquals(erased.toString(), 200, erased.status());
        assertEquals(erased.body(), "leads", erased.json().at("/modules/1/module").asText());
        assertEquals(erased.body(), 1, erased.json().at("/modules/1/records").asInt());

        Reply after = as(TestUsers.SALES).get(LEADS + "/" + leadId);
        assertEquals(after.toString(), 200, after.status());
        assertEquals("the lead stays for the figures", "CONVERTED", after.json().get("status").asText());
        assertFalse("nothing of Ada is left on the lead (the campaign is not hers): " + after.body(),
                after.body().contains("Lovelace") || after.body().contains(email) || after.body().contains("Ada")
                        || after.body().contains("+33123456789"));
        assertFalse(as(TestUsers.SALES).get(LEADS + "/" + leadId + "/touchpoints").body().contains("Ada dit oui"));
        String trail = admin().get("/crm/api/audit?entityType=lead&entityId=" + leadId).body();
        assertFalse("the lead's audit trail no longer holds the e-mail: " + trail, trail.contains(email) || trail.contains("Lovelace"));
    }

    @Test
    public void withoutContactsConversionIs503AndCaptureGoesOnThenWorksAgain() {
        String tag = "nocontacts" + System.nanoTime();
        String lead = as(TestUsers.SALES).postJson(LEADS, "{\"lastName\":\"Waiting" + tag + "\",\"email\":\"w." + tag + "@example.org\"}")
                .json().get("id").asText();
        console("feature:uninstall crm-contacts");
        try {
            Await.until("contacts to be gone", STARTUP, () -> "NOT INSTALLED".equals(moduleState("contacts")));
            awaitModuleState("leads", "ACTIVE");
            Reply unavailable = settled(() -> as(TestUsers.SALES).send("POST", LEADS + "/" + lead + "/convert", null, null));
            assertEquals(unavailable.toString(), 503, unavailable.status());
            assertTrue(unavailable.body(), unavailable.body().contains("crm-contacts"));
            Reply captured = settled(() -> capture(FORM, form("lastName", "Still" + tag, "email", "s." + tag + "@example.org")));
            assertEquals("capture keeps working: " + captured, 201, captured.status());
        } finally {
            console("feature:install crm-contacts");
            Await.until("contacts to be back", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
            awaitModuleState("leads", "ACTIVE");
        }
        Reply converted = settled(() -> as(TestUsers.SALES).send("POST", LEADS + "/" + lead + "/convert", null, null));
        assertEquals(converted.toString(), 200, converted.status());
        assertFalse(converted.json().get("existingCustomer").asBoolean());
    }

    @Test
    public void aLeadsCsvGoesThroughTheSharedImportGoodRowsInBadOnesReportedByLineAndReimportIsANoOp() {
        String tag = "imp" + System.nanoTime();
        String csv = "First Name;Last Name;E-mail Address;Business Phone;Campaign;Shoe Size\n"
                + "Ada;Lovelace" + tag + ";ada." + tag + "@example.org;01 23 45 67 89;fair-" + tag + ";42\n"
                + "Bad;Mail" + tag + ";not-an-address;;fair-" + tag + ";\n"
                + "Alan;Turing" + tag + ";alan." + tag + "@example.org;;fair-" + tag + ";\n";
        Reply first = as(TestUsers.MARKETING).send("POST", LEADS + "/imports", "text/csv", csv);
        assertEquals(first.toString(), 200, first.status());
        assertEquals(3, first.json().get("rows").asInt());
        assertEquals(2, first.json().get("created").asInt());
        assertEquals(1, first.json().get("failed").asInt());
        assertEquals(3, first.json().at("/problems/0/line").asInt());
        assertEquals("E-mail Address", first.json().at("/problems/0/field").asText());
        assertEquals(List.of("Shoe Size"), List.of(first.json().at("/ignoredColumns/0").asText()));
        JsonNode ada = as(TestUsers.SALES).get(LEADS + "?name=ada%20lovelace" + tag).json().get(0);
        assertEquals("IMPORT", ada.get("source").asText());
        assertEquals("+33123456789", ada.get("phone").asText());

        Reply again = as(TestUsers.MARKETING).send("POST", LEADS + "/imports", "text/csv", csv);
        assertEquals("re-importing creates nothing: " + again.body(), 0, again.json().get("created").asInt());
        assertEquals(2, again.json().get("unchanged").asInt());
        assertEquals("2", as(TestUsers.SALES).get(LEADS + "?campaign=fair-" + tag).header("X-Total-Count"));
    }

    @Test
    public void uninstallingLeadsKeepsItsDataAndContactsAnswersThroughout() throws Exception {
        String id = as(TestUsers.SALES).postJson(LEADS, "{\"lastName\":\"Kept\",\"email\":\"kept." + System.nanoTime()
                + "@example.org\"}").json().get("id").asText();
        String customer = Customers.createPerson(as(TestUsers.SALES), "Constance", "Steady", null, null).json().get("id").asText();
        // a call-center client keeps reading a customer while an administrator removes and reinstalls leads
        Map<Integer, Integer> contactsAnswers = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean changing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread caller = new Thread(() -> {
            while (changing.get()) {
                contactsAnswers.merge(as(TestUsers.SALES).get(Customers.PATH + "/" + customer).status(), 1, Integer::sum);
            }
        });
        caller.start();
        try {
            console("feature:uninstall crm-leads");
            try {
                Await.until("leads to be gone", STARTUP, () -> "NOT INSTALLED".equals(moduleState("leads")));
                awaitJaxrsRuntimeQuiet();
                assertEquals(404, as(TestUsers.SALES).get(LEADS + "/" + id).status());
                assertEquals("its commands are gone too", false, console("help crm").contains("lead-list"));
            } finally {
                console("feature:install crm-leads");
                awaitModuleState("leads", "ACTIVE");
            }
            Reply back = settled(() -> as(TestUsers.SALES).get(LEADS + "/" + id));
            assertEquals(back.toString(), 200, back.status());
        } finally {
            changing.set(false);
            caller.join();
        }
        assertTrue("contacts was called during the change: " + contactsAnswers, contactsAnswers.getOrDefault(200, 0) > 0);
        assertEquals("contacts answered every call while leads came and went", Map.of(200, contactsAnswers.get(200)), contactsAnswers);
    }

    /** Posts a lead as a web site would, waiting as a polite client does when told to slow down (429). */
    private Reply capture(String contentType, String body) {
        Reply[] last = new Reply[1];
        Await.until("the capture endpoint to take the lead", Duration.ofMinutes(2), () -> {
            last[0] = http().send("POST", CAPTURE, contentType, body);
            return last[0].status() != 429 && !duringApplicationRebuild(last[0]);
        });
        return last[0];
    }

    /** The reply once the REST application is not being rebuilt (a module came or went a moment ago). */
    private static Reply settled(java.util.function.Supplier<Reply> request) {
        Reply[] last = new Reply[1];
        Await.until("the REST application to settle", Duration.ofSeconds(30), () -> {
            last[0] = request.get();
            return !duringApplicationRebuild(last[0]) && last[0].status() != 404;
        });
        return last[0];
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
