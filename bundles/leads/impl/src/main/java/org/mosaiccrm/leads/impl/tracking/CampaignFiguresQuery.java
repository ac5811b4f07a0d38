package org.mosaiccrm.leads.impl.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.mosaiccrm.leads.api.CampaignFigures;
import org.mosaiccrm.leads.api.LeadStatus;

/** Clicks, leads and conversions per campaign and affiliate, three grouped queries merged. */
public final class CampaignFiguresQuery {

    private CampaignFiguresQuery() {
    }

    public static List<CampaignFigures> figures(EntityManager em) {
        Map<List<String>, long[]> counts = new TreeMap<>((a, b) -> String.join("\u0000", a.stream().map(v -> v == null ? "" : v).toList())
                .compareTo(String.join("\u0000", b.stream().map(v -> v == null ? "" : v).toList())));
        for (Object[] row : em.createQuery("SELECT c.campaign, c.affiliate, COUNT(c) FROM ClickEntity c "
                + "GROUP BY c.campaign, c.affiliate", Object[].class).getResultList()) {
            slot(counts, row)[0] = (Long) row[2];
        }
        for (Object[] row : em.createQuery("SELECT l.campaign, l.affiliate, COUNT(l) FROM LeadEntity l "
                + "WHERE l.campaign IS NOT NULL OR l.affiliate IS NOT NULL GROUP BY l.campaign, l.affiliate", Object[].class)
                .getResultList()) {
            slot(counts, row)[1] = (Long) row[2];
        }
        for (Object[] row : em.createQuery("SELECT l.campaign, l.affiliate, COUNT(l) FROM LeadEntity l WHERE l.status = :converted "
                + "AND (l.campaign IS NOT NULL OR l.affiliate IS NOT NULL) GROUP BY l.campaign, l.affiliate", Object[].class)
                .setParameter("converted", LeadStatus.CONVERTED).getResultList()) {
            slot(counts, row)[2] = (Long) row[2];
        }
        List<CampaignFigures> figures = new ArrayList<>();
        counts.forEach((key, n) -> figures.add(new CampaignFigures(key.get(0), key.get(1), n[0], n[1], n[2],
                n[1] == 0 ? 0 : (double) n[2] / n[1])));
        return figures;
    }

    private static long[] slot(Map<List<String>, long[]> counts, Object[] row) {
        return counts.computeIfAbsent(java.util.Arrays.asList((String) row[0], (String) row[1]), k -> new long[3]);
    }
}
