package org.mosaiccrm.reporting.impl.predictions;

import java.util.Arrays;

/**
 * Churn risk from recency, frequency and monetary value (RFM): customers are put in cells (5 recency bands
 * scaled on the churn window, 4 frequency bands, 3 spending bands), and a cell's risk is the share of the
 * customers in it, at a past snapshot, who then bought nothing during the churn window (smoothed towards the
 * overall share, so that a small cell does not say 0 % or 100 %). Explainable: each band's own share is
 * what the factors show.
 */
final class ChurnModel {

    private static final int YEAR = 365;
    private static final double SMOOTHING = 5;

    /** RFM of one customer as of a day. */
    record Rfm(int recency, int orders, double spent) {
    }

    final int window;
    final double[] monetaryEdges;
    final double[] cellRate = new double[5 * 4 * 3];
    final double[][] bandRate = { new double[5], new double[4], new double[3] };
    private final long[] cellCases = new long[cellRate.length];
    private final long[] recencyCases = new long[5];
    double overallRate;
    int trainingCases;

    private ChurnModel(int window, double[] monetaryEdges) {
        this.window = window;
        this.monetaryEdges = monetaryEdges;
    }

    /** The customer's RFM as of {@code asOf} from the lines before it, or null when they had bought nothing yet. */
    static Rfm rfm(PurchaseHistory history, int customer, int asOf) {
        int last = Integer.MIN_VALUE, orders = 0, previousDay = Integer.MIN_VALUE;
        double spent = 0;
        for (int i = history.customerStart[customer]; i < history.customerStart[customer + 1] && history.day[i] < asOf; i++) {
            last = history.day[i];
            if (history.day[i] >= asOf - YEAR) {
                spent += history.amount[i];
                if (history.day[i] != previousDay) {
                    orders++;
                }
            }
            previousDay = history.day[i];
        }
        return last == Integer.MIN_VALUE ? null : new Rfm(asOf - last, orders, spent);
    }

    /** Whether the customer bought anything in [from, from + window). */
    static boolean boughtWithin(PurchaseHistory history, int customer, int from, int window) {
        for (int i = history.customerStart[customer]; i < history.customerStart[customer + 1]; i++) {
            if (history.day[i] >= from && history.day[i] < from + window) {
                return true;
            }
        }
        return false;
    }

    /** Learns the cells' rates from the snapshot at {@code snapshot}, labelled by the following window. */
    static ChurnModel train(PurchaseHistory history, int snapshot, int window) {
        Rfm[] features = new Rfm[history.customerCount()];
        double[] spent = new double[history.customerCount()];
        int n = 0;
        for (int c = 0; c < features.length; c++) {
            features[c] = rfm(history, c, snapshot);
            if (features[c] != null && features[c].spent() > 0) {
                spent[n++] = features[c].spent();
            }
        }
        double[] sorted = Arrays.copyOf(spent, n);
        Arrays.sort(sorted);
        double[] edges = n == 0 ? new double[] { 0, 0 } : new double[] { sorted[n / 3], sorted[2 * n / 3] };
        ChurnModel model = new ChurnModel(window, edges);
        long[] cellCases = model.cellCases, cellChurned = new long[model.cellRate.length];
        long[][] bandCases = { new long[5], new long[4], new long[3] }, bandChurned = { new long[5], new long[4], new long[3] };
        long cases = 0, churned = 0;
        for (int c = 0; c < features.length; c++) {
            if (features[c] == null) {
                continue;
            }
            boolean lost = !boughtWithin(history, c, snapshot, window);
            int[] bands = model.bands(features[c]);
            int cell = cell(bands);
            cases++;
            cellCases[cell]++;
            for (int f = 0; f < 3; f++) {
                bandCases[f][bands[f]]++;
            }
            if (lost) {
                churned++;
                cellChurned[cell]++;
                for (int f = 0; f < 3; f++) {
                    bandChurned[f][bands[f]]++;
                }
            }
        }
        model.trainingCases = (int) cases;
        System.arraycopy(bandCases[0], 0, model.recencyCases, 0, 5);
        model.overallRate = cases == 0 ? 0.5 : (double) churned / cases;
        for (int i = 0; i < model.cellRate.length; i++) {
            model.cellRate[i] = (cellChurned[i] + SMOOTHING * model.overallRate) / (cellCases[i] + SMOOTHING);
        }
        for (int f = 0; f < 3; f++) {
            for (int b = 0; b < bandCases[f].length; b++) {
                model.bandRate[f][b] = (bandChurned[f][b] + SMOOTHING * model.overallRate) / (bandCases[f][b] + SMOOTHING);
            }
        }
        return model;
    }

    /**
     * The risk, 0 to 1: the cell's rate; for a cell no customer was in at training (typically a recency longer than
     * any seen then), the rate of the nearest recency band that had customers, longer ones first.
     */
    double score(Rfm rfm) {
        int[] bands = bands(rfm);
        int cell = cell(bands);
        if (cellCases[cell] > 0) {
            return cellRate[cell];
        }
        for (int distance = 0; distance < 5; distance++) {
            for (int band : new int[] { bands[0] - distance, bands[0] + distance }) {
                if (band >= 0 && band < 5 && recencyCases[band] > 0) {
                    return bandRate[0][band];
                }
            }
        }
        return overallRate;
    }

    /** Recency, frequency and spending band of a customer. */
    int[] bands(Rfm rfm) {
        int r = rfm.recency();
        int recency = r < window / 4 ? 0 : r < window / 2 ? 1 : r < window ? 2 : r < 2 * window ? 3 : 4;
        int o = rfm.orders();
        int frequency = o == 0 ? 0 : o == 1 ? 1 : o <= 3 ? 2 : 3;
        int monetary = rfm.spent() <= monetaryEdges[0] ? 0 : rfm.spent() <= monetaryEdges[1] ? 1 : 2;
        return new int[] { recency, frequency, monetary };
    }

    private static int cell(int[] bands) {
        return bands[0] * 12 + bands[1] * 3 + bands[2];
    }

    /** Area under the ROC curve of scores against outcomes (1 = churned): the share of (churned, kept) pairs ranked right. */
    static double auc(double[] scores, boolean[] churned) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (churned[order[k]]) {
                    rankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
