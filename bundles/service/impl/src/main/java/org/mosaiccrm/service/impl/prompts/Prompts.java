package org.mosaiccrm.service.impl.prompts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business rules that prompt the agent, in the ticket and in the screen pop: {@code prompts = tier=gold:
 * Client or : rappeler sous une heure; warranty=expired: Garantie expirée : proposer une extension}. A rule is
 * conditions joined by {@code &}, a colon, and the words shown; rules are separated by {@code ;}. Conditions:
 * {@code tier=<tier>}, {@code complaints>=<n>} (within the complaint window), {@code openTickets>=<n>},
 * {@code credit>=<amount>} or {@code credit<<amount>} (the customer's credit limit), {@code warranty=active|expired}.
 */
public final class Prompts {

    private static final Pattern CONDITION = Pattern.compile("(tier)=(.+)|(complaints|openTickets)>=(\\d{1,4})"
            + "|(credit)(>=|<)(\\d{1,12}(?:\\.\\d{1,2})?)|(warranty)=(active|expired)");

    /** What a rule reads about the customer (and the ticket's serial number, when there is one). */
    public record Facts(String tier, BigDecimal creditLimit, long complaints, long openTickets, Warranty warranty) {
    }

    /** A serial number's warranty as far as the CRM knows it: inventory may not run. */
    public enum Warranty { ACTIVE, EXPIRED, UNKNOWN }

    private record Condition(String kind, String operator, String value) {

        boolean holds(Facts facts) {
            return switch (kind) {
                case "tier" -> facts.tier() != null && facts.tier().trim().equalsIgnoreCase(value);
                case "complaints" -> facts.complaints() >= Long.parseLong(value);
                case "openTickets" -> facts.openTickets() >= Long.parseLong(value);
                case "credit" -> facts.creditLimit() != null && (operator.equals(">=")
                        ? facts.creditLimit().compareTo(new BigDecimal(value)) >= 0 : facts.creditLimit().compareTo(new BigDecimal(value)) < 0);
                case "warranty" -> facts.warranty() == Warranty.valueOf(value.toUpperCase(Locale.ROOT));
                default -> false;
            };
        }
    }

    private record Rule(List<Condition> conditions, String message) {
    }

    private final List<Rule> rules;

    private Prompts(List<Rule> rules) {
        this.rules = rules;
    }

    public static Prompts parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String entry : text == null ? new String[0] : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0 || entry.substring(colon + 1).isBlank()) {
                throw new IllegalArgumentException("'" + entry.trim() + "' must read conditions: the words shown, e.g. tier=gold: "
                        + "Client or : rappeler sous une heure");
            }
            List<Condition> conditions = new ArrayList<>();
            for (String part : entry.substring(0, colon).split("&")) {
                Matcher matcher = CONDITION.matcher(part.trim());
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("'" + part.trim() + "' is not a condition: tier=<tier>, complaints>=<n>, "
                            + "openTickets>=<n>, credit>=<amount>, credit<<amount>, warranty=active or warranty=expired");
                }
                if (matcher.group(1) != null) {
                    conditions.add(new Condition("tier", "=", matcher.group(2).trim()));
                } else if (matcher.group(3) != null) {
                    conditions.add(new Condition(matcher.group(3), ">=", matcher.group(4)));
                } else if (matcher.group(5) != null) {
                    conditions.add(new Condition("credit", matcher.group(6), matcher.group(7)));
                } else {
                    conditions.add(new Condition("warranty", "=", matcher.group(9)));
                }
            }
            String message = entry.substring(colon + 1).trim();
            if (message.length() > 200) {
                throw new IllegalArgumentException("'" + message.substring(0, 40) + "...': a prompt is at most 200 characters");
            }
            rules.add(new Rule(List.copyOf(conditions), message));
        }
        return new Prompts(List.copyOf(rules));
    }

    /** The words of every rule whose conditions all hold, in the configured order. */
    public List<String> evaluate(Facts facts) {
        return rules.stream().filter(rule -> rule.conditions().stream().allMatch(c -> c.holds(facts))).map(Rule::message).toList();
    }

    public boolean needsWarranty() {
        return rules.stream().anyMatch(rule -> rule.conditions().stream().anyMatch(c -> c.kind().equals("warranty")));
    }
}
