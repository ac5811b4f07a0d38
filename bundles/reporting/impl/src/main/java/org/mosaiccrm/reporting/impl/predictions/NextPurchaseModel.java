package org.mosaiccrm.reporting.impl.predictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a customer will buy a product again: the day of their last purchase of it plus the median of their
 * own intervals between purchases of it (needs two purchase days). A product is "abandoned" once a whole
 * further interval has passed without it, and is then no longer predicted.
 */
final class NextPurchaseModel {

    /** A product a customer buys repeatedly, as of a day. */
    record Due(int product, int lastDay, int expectedDay, int purchaseDays, int medianInterval) {
    }

    private NextPurchaseModel() {
    }

    /** The customer's repeat products from the lines before {@code cutoff} (epoch day, excluded), soonest first. */
    static List<Due> dues(PurchaseHistory history, int customer, int cutoff) {
        Map<Integer, List<Integer>> days = new HashMap<>();
        for (int i = history.customerStart[customer]; i < history.customerStart[customer + 1]; i++) {
            if (history.day[i] >= cutoff) {
                break;
            }
            List<Integer> list = days.computeIfAbsent(history.product[i], p -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != history.day[i]) {
                list.add(history.day[i]);
            }
        }
        List<Due> dues = new ArrayList<>();
        days.forEach((product, list) -> {
            if (list.size() >= 2) {
                int[] intervals = new int[list.size() - 1];
                for (int i = 1; i < list.size(); i++) {
                    intervals[i - 1] = list.get(i) - list.get(i - 1);
                }
                int median = median(intervals);
                int last = list.get(list.size() - 1);
                dues.add(new Due(product, last, last + median, list.size(), median));
            }
        });
        dues.sort(Comparator.comparingInt(Due::expectedDay).thenComparingInt(Due::product));
        return dues;
    }

    /** The still-expected ones (not abandoned as of {@code today}), soonest first. */
    static List<Due> expected(List<Due> dues, int today) {
        return dues.stream().filter(due -> due.expectedDay() + due.medianInterval() >= today).toList();
    }

    /**
     * The product the customer will most likely buy next: the soonest still-expected repeat product, else the
     * one they bought most often, else -1.
     */
    static int nextProduct(PurchaseHistory history, int customer, int cutoff) {
        List<Due> expected = expected(dues(history, customer, cutoff), cutoff);
        if (!expected.isEmpty()) {
            return expected.get(0).product();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = history.customerStart[customer]; i < history.customerStart[customer + 1] && history.day[i] < cutoff; i++) {
            counts.merge(history.product[i], 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(-1);
    }

    /** Each product's average interval between two purchases by the same customer, before {@code cutoff}: the baseline. */
    static double[] averageIntervals(PurchaseHistory history, int cutoff) {
        double[] sum = new double[history.productCount()];
        long[] count = new long[history.productCount()];
        int[] lastDay = new int[history.productCount()];
        for (int c = 0; c < history.customerCount(); c++) {
            Arrays.fill(lastDay, Integer.MIN_VALUE);
            for (int i = history.customerStart[c]; i < history.customerStart[c + 1] && history.day[i] < cutoff; i++) {
                int p = history.product[i];
                if (lastDay[p] != Integer.MIN_VALUE && history.day[i] > lastDay[p]) {
                    sum[p] += history.day[i] - lastDay[p];
                    count[p]++;
                }
                lastDay[p] = history.day[i];
            }
        }
        double[] average = new double[sum.length];
        for (int p = 0; p < sum.length; p++) {
            average[p] = count[p] == 0 ? Double.NaN : sum[p] / count[p];
        }
        return average;
    }

    static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle] + 1) / 2;
    }
}
