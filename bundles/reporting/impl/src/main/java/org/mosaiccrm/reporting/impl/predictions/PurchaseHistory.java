package org.mosaiccrm.reporting.impl.predictions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every purchase line the models learn from, held compactly (parallel arrays; ids and SKUs interned to
 * numbers), sorted by customer then day: about 20 bytes a line, so a million lines fit in a few tens of MB.
 */
public final class PurchaseHistory {

    final List<String> customers = new ArrayList<>();
    final List<String> skus = new ArrayList<>();
    final List<String> productNames = new ArrayList<>();
    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final Map<String, Integer> skuIndex = new HashMap<>();
    /** The currency most lines are in: spending (churn's monetary band) counts only its amounts, never mixed. */
    String currency;
    private final Map<String, Integer> currencyCounts = new HashMap<>();
    private final List<String> lineCurrencies = new ArrayList<>();
    private int[] currencyOf = new int[1024];

    int size;
    int[] customer = new int[1024];
    int[] product = new int[1024];
    int[] day = new int[1024];
    double[] amount = new double[1024];
    /** Where each customer's lines start in the sorted arrays (length customers + 1). */
    int[] customerStart = new int[0];

    /** Adds one line (any order: {@link #seal} sorts). */
    public void add(String customerId, String sku, String productName, LocalDate placedOn, BigDecimal lineAmount, String lineCurrency) {
        if (size == customer.length) {
            int grown = size * 2;
            customer = Arrays.copyOf(customer, grown);
            product = Arrays.copyOf(product, grown);
            day = Arrays.copyOf(day, grown);
            amount = Arrays.copyOf(amount, grown);
            currencyOf = Arrays.copyOf(currencyOf, grown);
        }
        customer[size] = customerIndex.computeIfAbsent(customerId, id -> {
            customers.add(id);
            return customers.size() - 1;
        });
        product[size] = skuIndex.computeIfAbsent(sku, id -> {
            skus.add(id);
            productNames.add(productName);
            return skus.size() - 1;
        });
        day[size] = (int) placedOn.toEpochDay();
        amount[size] = lineAmount == null ? 0 : lineAmount.doubleValue();
        String code = lineCurrency == null ? "" : lineCurrency;
        if (currencyCounts.merge(code, 1, Integer::sum) == 1) {
            lineCurrencies.add(code);
        }
        currencyOf[size] = lineCurrencies.indexOf(code);
        size++;
    }

    /** Sorts the lines by customer and day and indexes where each customer's lines start. */
    public PurchaseHistory seal() {
        currency = currencyCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        int main = lineCurrencies.indexOf(currency);
        for (int i = 0; i < size; i++) {
            if (currencyOf[i] != main) {
                amount[i] = 0;
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> customer[a] != customer[b] ? Integer.compare(customer[a], customer[b]) : Integer.compare(day[a], day[b]));
        int[] c = new int[size], p = new int[size], d = new int[size];
        double[] m = new double[size];
        for (int i = 0; i < size; i++) {
            c[i] = customer[order[i]];
            p[i] = product[order[i]];
            d[i] = day[order[i]];
            m[i] = amount[order[i]];
        }
        customer = c;
        product = p;
        day = d;
        amount = m;
        customerStart = new int[customers.size() + 1];
        Arrays.fill(customerStart, -1);
        for (int i = size - 1; i >= 0; i--) {
            customerStart[customer[i]] = i;
        }
        customerStart[customers.size()] = size;
        for (int k = customers.size() - 1; k >= 0; k--) {
            if (customerStart[k] < 0) {
                customerStart[k] = customerStart[k + 1];
            }
        }
        return this;
    }

    public int size() {
        return size;
    }

    public int customerCount() {
        return customers.size();
    }

    public int productCount() {
        return skus.size();
    }

    /** The customer's number, or -1 when they bought nothing. */
    int customerNumber(String customerId) {
        Integer index = customerIndex.get(customerId);
        return index == null ? -1 : index;
    }

    int skuNumber(String sku) {
        Integer index = skuIndex.get(sku);
        return index == null ? -1 : index;
    }

    /** The first and last day of the history (epoch days), or {0, 0} when empty. */
    int[] span() {
        if (size == 0) {
            return new int[] { 0, 0 };
        }
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            first = Math.min(first, day[i]);
            last = Math.max(last, day[i]);
        }
        return new int[] { first, last };
    }
}
