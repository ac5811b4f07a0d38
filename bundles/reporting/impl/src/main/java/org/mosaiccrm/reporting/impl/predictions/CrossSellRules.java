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
    /** A customer's products counted for pairs (the frequent ones, lowest numbers first): bounds the pairs of very broad buyers. */
    private static final int PRODUCTS_PER_CUSTOMER = 60;

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
        BitSet[] owned = new BitSet[history.customerCount()];
        int customers = 0;
        for (int c = 0; c < owned.length; c++) {
            owned[c] = owned(history, c, cutoff);
            if (!owned[c].isEmpty()) {
                customers++;
                owned[c].stream().forEach(p -> buyers[p]++);
            }
        }
        // a pair cannot reach the support its rarer product does not have: only frequent products are paired (Apriori)
        BitSet frequent = new BitSet(products);
        for (int p = 0; p < products; p++) {
            if (buyers[p] >= minCustomers) {
                frequent.set(p);
            }
        }
        PairCounts pairs = new PairCounts();
        for (BitSet set : owned) {
            BitSet candidates = (BitSet) set.clone();
            candidates.and(frequent);
            int[] items = candidates.stream().limit(PRODUCTS_PER_CUSTOMER).toArray();
            for (int i = 0; i < items.length; i++) {
                for (int j = i + 1; j < items.length; j++) {
                    pairs.increment((long) items[i] * products + items[j]);
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

    /** Counts per product pair in open addressing (no boxed key or count per pair: millions of pairs fit). */
    private static final class PairCounts {
        private long[] keys = new long[1 << 16];
        private int[] counts = new int[1 << 16];
        private int size;

        void increment(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(keys, key + 1);
            if (keys[slot] == 0) {
                keys[slot] = key + 1; // 0 marks an empty slot
                size++;
            }
            counts[slot]++;
        }

        private static int slot(long[] table, long stored) {
            int mask = table.length - 1;
            int slot = (int) (Long.hashCode(stored * 0x9E3779B97F4A7C15L)) & mask;
            while (table[slot] != 0 && table[slot] != stored) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        void forEach(java.util.function.BiConsumer<Long, Long> action) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    action.accept(keys[i] - 1, (long) counts[i]);
                }
            }
        }
    }

    private void add(int from, int to, long both, int total) {
        double confidence = (double) both / buyers[from];
        double lift = confidence / ((double) buyers[to] / total);
        if (lift <= 1) { // buying the first does not make the second likelier: popularity, not a rule
            return;
        }
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
