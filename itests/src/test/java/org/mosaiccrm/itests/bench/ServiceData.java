package org.mosaiccrm.itests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service benchmark's data, written by JDBC into the stopped CRM: knowledge-base articles made of the
 * words of the labelled French and English articles (a realistic vocabulary, Zipf-like frequencies), and
 * open tickets spread over agents with their SLA clocks; and the raw JDBC floors the CRM is compared with.
 */
final class ServiceData {

    private ServiceData() {
    }

    /** The vocabulary of the labelled knowledge base (service impl's test resources), most frequent first. */
    static List<String> vocabulary() throws java.io.IOException {
        String text = Files.readString(Path.of("..", "bundles", "service", "impl", "src", "test", "resources", "knowledge-articles.json"));
        Map<String, Integer> counts = new java.util.HashMap<>();
        Matcher words = Pattern.compile("\\p{L}{4,}").matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (words.find()) {
            counts.merge(words.group(), 1, Integer::sum);
        }
        List<String> vocabulary = new ArrayList<>(counts.keySet());
        vocabulary.sort((a, b) -> counts.get(b) - counts.get(a));
        return vocabulary;
    }

    /** A word drawn with a Zipf-like law: frequent words often, rare ones rarely. */
    static String word(List<String> vocabulary, Random random) {
        int rank = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(vocabulary.size()))) - 1);
        return vocabulary.get(Math.max(0, rank));
    }

    static int articles(Connection db, int count, List<String> vocabulary, Instant now) throws SQLException {
        Random random = new Random(17);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO SERVICE_ARTICLE (ID, VERSION, TITLE, BODY, TAGS, PRODUCTS, "
                + "LANGUAGE, PUBLISHED, HELPFUL, NOT_HELPFUL, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, ?, ?, '', ?, 1, 0, 0, ?, 'bench')")) {
            for (int i = 0; i < count; i++) {
                StringBuilder title = new StringBuilder();
                for (int w = 0; w < 5; w++) {
                    title.append(w == 0 ? "" : " ").append(word(vocabulary, random));
                }
                StringBuilder body = new StringBuilder();
                int length = 80 + random.nextInt(80);
                for (int w = 0; w < length; w++) {
                    body.append(w % 15 == 14 ? ".\n\n" : " ").append(word(vocabulary, random));
                }
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, title.toString());
                insert.setString(3, body.toString());
                insert.setString(4, word(vocabulary, random) + "," + word(vocabulary, random));
                insert.setString(5, i % 4 == 0 ? "en" : "fr");
                insert.setTimestamp(6, Timestamp.from(now));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return count;
    }

    /**
     * Open tickets assigned round-robin; {@code due} of them have a warning or a due time already passed (what
     * one scan finds), the others fall due over the next 30 days.
     */
    static void openTickets(Connection db, int count, int due, List<String> customers, List<String> agents, Instant now) throws SQLException {
        Random random = new Random(23);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO SERVICE_TICKET (ID, VERSION, NUMBER, CUSTOMER_ID, REQUESTER_EMAIL, "
                + "CATEGORY, CHANNEL, PRIORITY, STATUS, SUBJECT, LANGUAGE, ASSIGNEE, ASSIGNMENT_REASON, ESCALATED, CREATED_AT, CREATED_BY, "
                + "UPDATED_AT, SLA_POLICY, FIRST_RESPONDED_AT, RESOLUTION_DUE, RESOLUTION_WARN, SLA_RUNNING_SINCE, SLA_USED_S, SLA_FIRED, "
                + "SLA_BREACHED, SLA_NEXT_CHECK) VALUES (?, 1, ?, ?, 'bench@exemple.fr', 'technical', 'PHONE', 'NORMAL', 'IN_PROGRESS', ?, 'fr', "
                + "?, 'bench', 0, ?, 'bench', ?, 'standard', ?, ?, ?, ?, 0, '', NULL, ?)")) {
            for (int i = 0; i < count; i++) {
                Instant created = now.minus(Duration.ofMinutes(10 + random.nextInt(60 * 24 * 3)));
                Instant resolutionDue = i < due ? now.plus(Duration.ofMinutes(30)) : now.plus(Duration.ofMinutes(180 + random.nextInt(60 * 24 * 30)));
                Instant warn = i < due ? now.minus(Duration.ofMinutes(1 + random.nextInt(50))) : resolutionDue.minus(Duration.ofHours(2));
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, String.format("SR-2020-%06d", i));
                insert.setString(3, customers.get(i % customers.size()));
                insert.setString(4, "Ticket de charge " + i);
                insert.setString(5, agents.get(i % agents.size()));
                insert.setTimestamp(6, Timestamp.from(created));
                insert.setTimestamp(7, Timestamp.from(created));
                insert.setTimestamp(8, Timestamp.from(created.plus(Duration.ofMinutes(5))));
                insert.setTimestamp(9, Timestamp.from(resolutionDue));
                insert.setTimestamp(10, Timestamp.from(warn));
                insert.setTimestamp(11, Timestamp.from(created));
                insert.setTimestamp(12, Timestamp.from(warn));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
    }

    /**
     * What the CRM writes for one ticket, by hand: the year's counter, the agents' loads (the routing read),
     * the ticket row, its line on the customer's timeline and its audit record; one transaction each.
     */
    static double openTicketsFloor(Path database, Map<String, String> derby, List<String> customers, int tickets, int clients)
            throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Connection db = InventoryData.open(database, derby);
            db.setAutoCommit(false);
            connections.add(db);
        }
        try (Connection setup = InventoryData.open(database, derby)) {
            for (int row = 0; row < 16; row++) {
                if (InventoryData.column(setup, "SELECT NAME FROM SERVICE_COUNTER WHERE NAME = 'floor-" + row + "'").isEmpty()) {
                    setup.createStatement().executeUpdate("INSERT INTO SERVICE_COUNTER (NAME, NEXT_VALUE) VALUES ('floor-" + row + "', 1)");
                }
            }
            setup.commit();
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            int each = tickets / clients;
            for (int c = 0; c < clients; c++) {
                Connection db = connections.get(c);
                int client = c;
                done.add(pool.submit(() -> {
                    Loads loads = new Loads();
                    for (int i = 0; i < each; i++) {
                        openOne(db, customers.get((client * each + i) % customers.size()), loads);
                    }
                    return each;
                }));
            }
            int opened = 0;
            for (Future<Integer> result : done) {
                opened += result.get();
            }
            return opened / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
            for (Connection db : connections) {
                db.close();
            }
        }
    }

    /** The agents' loads as the CRM's routing keeps them: counted at most every 5 s, plus the assignments made since. */
    private static final class Loads {
        final Map<String, Long> byAgent = new java.util.HashMap<>();
        long countedAt = Long.MIN_VALUE;
    }

    private static void openOne(Connection db, String customer, Loads loads) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String id = UUID.randomUUID().toString();
        try {
            // the CRM's 16 counter rows, one taken at random
            int row = java.util.concurrent.ThreadLocalRandom.current().nextInt(16);
            db.createStatement().executeUpdate("UPDATE SERVICE_COUNTER SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = 'floor-" + row + "'");
            long number;
            try (ResultSet next = db.createStatement().executeQuery("SELECT NEXT_VALUE FROM SERVICE_COUNTER WHERE NAME = 'floor-" + row + "'")) {
                next.next();
                number = next.getLong(1) * 16 + row;
            }
            if (System.nanoTime() - loads.countedAt > 5_000_000_000L) {
                loads.byAgent.clear();
                try (ResultSet counted = db.createStatement().executeQuery("SELECT ASSIGNEE, COUNT(*) FROM SERVICE_TICKET WHERE ASSIGNEE IS NOT NULL "
                        + "AND STATUS IN ('ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') GROUP BY ASSIGNEE")) {
                    while (counted.next()) {
                        loads.byAgent.put(counted.getString(1), counted.getLong(2));
                    }
                }
                loads.countedAt = System.nanoTime();
            }
            String assignee = loads.byAgent.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (assignee != null) {
                loads.byAgent.merge(assignee, 1L, Long::sum);
            }
            try (ResultSet agents = db.createStatement().executeQuery("SELECT USER_NAME, SKILLS, LANGUAGES, CAPACITY FROM SERVICE_AGENT")) {
                while (agents.next()) {
                    agents.getString(2);
                }
            }
            try (PreparedStatement ticket = db.prepareStatement("INSERT INTO SERVICE_TICKET (ID, VERSION, NUMBER, CUSTOMER_ID, CATEGORY, CHANNEL, "
                    + "PRIORITY, STATUS, SUBJECT, LANGUAGE, ASSIGNEE, ASSIGNMENT_REASON, ESCALATED, CREATED_AT, CREATED_BY, UPDATED_AT, "
                    + "SLA_POLICY, FIRST_RESPONSE_DUE, FIRST_RESPONSE_WARN, RESOLUTION_DUE, RESOLUTION_WARN, SLA_RUNNING_SINCE, SLA_USED_S, "
                    + "SLA_FIRED, SLA_NEXT_CHECK) VALUES (?, 1, ?, ?, 'technical', 'PHONE', 'NORMAL', 'ASSIGNED', 'Plancher', 'fr', ?, "
                    + "'the lightest load', 0, ?, 'bench', ?, 'standard', ?, ?, ?, ?, ?, 0, '', ?)")) {
                ticket.setString(1, id);
                ticket.setString(2, String.format("SR-2019-%06d", number));
                ticket.setString(3, customer);
                ticket.setString(4, assignee);
                for (int i = 5; i <= 12; i++) {
                    ticket.setTimestamp(i, now);
                }
                ticket.executeUpdate();
            }
            try (PreparedStatement timeline = db.prepareStatement("INSERT INTO CONTACTS_INTERACTION (ID, OCCURRED_AT, CHANNEL, CUSTOMER_ID, "
                    + "DIRECTION, MODULE_NAME, REFERENCE_ID, SUBJECT, USER_NAME) VALUES (?, ?, 'PHONE', ?, 'INBOUND', 'service', ?, ?, 'bench')");
                 PreparedStatement audit = db.prepareStatement("INSERT INTO KERNEL_AUDIT (RECORDED_AT, USER_NAME, MODULE, ENTITY_TYPE, "
                         + "ENTITY_ID, ACTION_TYPE, CHANGES) VALUES (?, 'bench', 'service', 'Ticket', ?, 'CREATE', ?)")) {
                timeline.setString(1, UUID.randomUUID().toString());
                timeline.setTimestamp(2, now);
                timeline.setString(3, customer);
                timeline.setString(4, id);
                timeline.setString(5, "SR-2019-" + number + " opened: Plancher");
                timeline.executeUpdate();
                audit.setTimestamp(1, now);
                audit.setString(2, id);
                audit.setString(3, "[{\"field\":\"number\",\"after\":\"SR-2019-" + number + "\"}]");
                audit.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** The scan's rows by hand: the due tickets read by the index, each updated in its own transaction. */
    static double scanFloor(Path database, Map<String, String> derby, Instant now) throws SQLException {
        try (Connection db = InventoryData.open(database, derby)) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            Set<String> due = new LinkedHashSet<>();
            try (PreparedStatement query = db.prepareStatement("SELECT ID FROM SERVICE_TICKET WHERE SLA_NEXT_CHECK <= ? ORDER BY SLA_NEXT_CHECK")) {
                query.setTimestamp(1, Timestamp.from(now));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(rows.getString(1));
                    }
                }
            }
            try (PreparedStatement read = db.prepareStatement("SELECT * FROM SERVICE_TICKET WHERE ID = ? FOR UPDATE");
                 PreparedStatement update = db.prepareStatement("UPDATE SERVICE_TICKET SET SLA_FIRED = 'W:RESOLUTION,', "
                         + "SLA_NEXT_CHECK = RESOLUTION_DUE WHERE ID = ?")) {
                for (String id : due) {
                    read.setString(1, id);
                    try (ResultSet row = read.executeQuery()) {
                        row.next();
                    }
                    update.setString(1, id);
                    update.executeUpdate();
                    db.commit();
                }
            }
            db.rollback();
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
