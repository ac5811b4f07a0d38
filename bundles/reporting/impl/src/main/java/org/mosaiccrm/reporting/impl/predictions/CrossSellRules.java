package org.mosaiccrm.reporting.impl.predictions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Association rules "customers who bought X also bought Y" over the sets of products each customer bought:
 * support (share of customers with both), confidence (share of X's buyers with Y) and lift (confidence over
 * Y's overall share). A rule needs a minimum number of customers with both; each product keeps its ten best.
 */
final class CrossSellRules {

    private static final int RULES_PER_PRODUCT = 10;
    /** A customer's most recent products counted for pairs: bounds the pair count of very broad buyers. */
    private static final int PRODUCTS_PER_CUSTOMER = 100;

    record Rule(int from, int to, long both, double support, double confidence, double lift) {
    }

    final Map<Integer, List<Rule>> byAntecedent = new HashMap<>();
    final long[] buyers;
    private List<Integer> popularity;
    final int customers;

    private CrossSellRules(long[] buyers, int customers) {
        this.buyers = buyers;
        this.customers = customers;
    }

    /** The products each customer bought before {@code cutoff}. */
    static BitSet owned(PurchaseHistory history, int customer, int cutoff) {
        BitSet owned = new BitSet(history.productCount());
        for (int i = history.customerStart[customer]; i < history.customerStart[customer + 1] && history.day[i] < cutoff; i++) {
            owned.set(history.product[i]);
        }
        return owned;
    }

    static CrossSellRules mine(PurchaseHistory history, int cutoff, int minCustomers) {
        int products = history.productCount();
        long[] buyers = new long[products];
        Map<Long, Long> pairs = new HashMap<>();
        int customers = 0;
        for (int c = 0; c < history.customerCount(); c++) {
            BitSet owned = owned(history, c, cutoff);
            if (owned.isEmpty()) {
                continue;
            }
            customers++;
            int[] items = owned.stream().toArray();
            if (items.length > PRODUCTS_PER_CUSTOMER) {
                items = java.util.Arrays.copyOf(items, PRODUCTS_PER_CUSTOMER);
            }
            for (int a : items) {
                buyers[a]++;
            }
            for (int i = 0; i < items.length; i++) {
                for (int j = i + 1; j < items.length; j++) {
                    pairs.merge((long) items[i] * products + items[j], 1L, Long::sum);
                }
            }
        }
        CrossSellRules rules = new CrossSellRules(buyers, customers);
        int total = customers;
        pairs.forEach((key, both) -> {
            if (both < minCustomers) {
                return;
            }
            int a = (int) (key / products), b = (int) (key % products);
            rules.add(a, b, both, total);
            rules.add(b, a, both, total);
        });
        rules.byAntecedent.replaceAll((product, list) -> list.stream()
                .sorted(Comparator.comparingDouble(Rule::confidence).reversed().thenComparing(Comparator.comparingDouble(Rule::lift).reversed())
                        .thenComparingInt(Rule::to))
                .limit(RULES_PER_PRODUCT).toList());
        return rules;
    }

    private void add(int from, int to, long both, int total) {
        double confidence = (double) both / buyers[from];
        double lift = confidence / ((double) buyers[to] / total);
        byAntecedent.computeIfAbsent(from, p -> new ArrayList<>()).add(new Rule(from, to, both, (double) both / total, confidence, lift));
    }

    /** The best rules leading from what the customer owns to what they do not, strongest first (one per product). */
    List<Rule> suggestions(BitSet owned, int limit) {
        Map<Integer, Rule> best = new HashMap<>();
        owned.stream().forEach(product -> {
            for (Rule rule : byAntecedent.getOrDefault(product, List.of())) {
                if (!owned.get(rule.to())) {
                    best.merge(rule.to(), rule, (x, y) -> x.confidence() >= y.confidence() ? x : y);
                }
            }
        });
        return best.values().stream().sorted(Comparator.comparingDouble(Rule::confidence).reversed()
                .thenComparing(Comparator.comparingDouble(Rule::lift).reversed()).thenComparingInt(Rule::to)).limit(limit).toList();
    }

    /** The most bought products the customer does not own: the baseline. */
    List<Integer> popular(BitSet owned, int limit) {
        if (popularity == null) {
            List<Integer> order = new ArrayList<>();
            for (int p = 0; p < buyers.length; p++) {
                order.add(p);
            }
            order.sort(Comparator.comparingLong((Integer p) -> buyers[p]).reversed().thenComparingInt(p -> p));
            popularity = order;
        }
        return popularity.stream().filter(p -> !owned.get(p) && buyers[p] > 0).limit(limit).toList();
    }
}
