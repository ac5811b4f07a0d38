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
    /** Cells of the co-purchase table counted at once (4M ints: 16 MB). */
    private static final int PAIR_TABLE = 4_000_000;

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
        int[][] items = new int[owned.length][];
        for (int c = 0; c < owned.length; c++) {
            BitSet candidates = (BitSet) owned[c].clone();
            candidates.and(frequent);
            items[c] = candidates.stream().limit(PRODUCTS_PER_CUSTOMER).toArray();
        }
        CrossSellRules rules = new CrossSellRules(buyers, customers);
        // co-purchases counted for a block of "if" products at a time, in a dense table: the memory stays a few MB
        // whatever the catalog (a map of every pair took more than the heap at 5,000 products)
        int block = Math.max(1, PAIR_TABLE / Math.max(1, products));
        int[] frequentProducts = frequent.stream().toArray();
        for (int first = 0; first < frequentProducts.length; first += block) {
            int from = frequentProducts[first], to = frequentProducts[Math.min(frequentProducts.length, first + block) - 1];
            int[][] counts = new int[to - from + 1][];
            for (int[] bought : items) {
                for (int a : bought) {
                    if (a < from || a > to) {
                        continue;
                    }
                    int[] row = counts[a - from] == null ? counts[a - from] = new int[products] : counts[a - from];
                    for (int b : bought) {
                        if (b != a) {
                            row[b]++;
                        }
                    }
                }
            }
            for (int a = from; a <= to; a++) {
                int[] row = counts[a - from];
                for (int b = 0; row != null && b < products; b++) {
                    if (row[b] >= minCustomers) {
                        rules.add(a, b, row[b], customers);
                    }
                }
                rules.keepBest(a); // trimmed product by product: never every candidate rule at once
            }
        }
        return rules;
    }

    private void keepBest(int product) {
        List<Rule> candidates = byAntecedent.get(product);
        if (candidates != null) {
            byAntecedent.put(product, candidates.stream()
                    .sorted(Comparator.comparingDouble(Rule::confidence).reversed().thenComparing(Comparator.comparingDouble(Rule::lift).reversed())
                            .thenComparingInt(Rule::to))
                    .limit(RULES_PER_PRODUCT).toList());
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
