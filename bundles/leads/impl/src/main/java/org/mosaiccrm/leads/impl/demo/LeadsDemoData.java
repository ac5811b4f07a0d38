package org.mosaiccrm.leads.impl.demo;

import java.util.List;

import org.mosaiccrm.kernel.api.demo.DemoData;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.LeadQuery;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.api.LeadStatus;
import org.mosaiccrm.leads.api.TrackedLink;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leads' part of the demo data: three campaigns with their tracked links and clicks (so the campaign
 * figures have something to show), and French and English leads spread over the pipeline, through the
 * module's own service.
 */
@Component(service = DemoData.class)
public class LeadsDemoData implements DemoData {

    /** Campaign, affiliate, target, clicks. */
    private static final List<String[]> LINKS = List.of(
            new String[] { "salon-maison-2026", null, "https://www.example.fr/salon", "42" },
            new String[] { "soldes-hiver", "blog-deco", "https://www.example.fr/soldes", "65" },
            new String[] { "spring-newsletter", "partner-uk", "https://www.example.com/spring", "28" });

    /** First name, last name, company, e-mail, phone, source, campaign, affiliate, status to move to. */
    private static final List<String[]> LEADS = List.of(
            new String[] { "Camille", "Lemaire", "Lemaire Déco", "camille@lemaire-deco.fr", "06 11 22 33 44", "WEB_FORM", "salon-maison-2026", null, "QUALIFIED" },
            new String[] { "Antoine", "Mercier", null, "antoine.mercier@exemple.fr", "06 21 43 65 87", "AD", "soldes-hiver", "blog-deco", "CONTACTED" },
            new String[] { "Manon", "Bonnet", "Bonnet Immobilier", "manon@bonnet-immo.fr", "04 72 11 22 33", "AFFILIATE", "soldes-hiver", "blog-deco", "NEW" },
            new String[] { "Julien", "Muller", null, "julien.muller@exemple.fr", "03 88 44 55 66", "EMAIL_CAMPAIGN", "salon-maison-2026", null, "NEW" },
            new String[] { "Élise", "Caron", "Cabinet Caron", "elise@cabinet-caron.fr", "01 44 55 66 77", "REFERRAL", null, null, "CONTACTED" },
            new String[] { "Nicolas", "Fabre", null, "nicolas.fabre@exemple.fr", "06 31 41 59 26", "CALL", null, null, "DISQUALIFIED" },
            new String[] { "Laura", "Schmitt", "Schmitt Menuiserie", "laura@schmitt-menuiserie.fr", "03 87 12 12 12", "VISIT", "salon-maison-2026", null, "QUALIFIED" },
            new String[] { "Grace", "Miller", "Miller Interiors", "grace@millerinteriors.co.uk", "+44 20 7946 0321", "AFFILIATE", "spring-newsletter", "partner-uk", "NEW" },
            new String[] { "Thomas", "Reid", null, "thomas.reid@example.com", "+44 7700 900456", "EMAIL_CAMPAIGN", "spring-newsletter", "partner-uk", "CONTACTED" },
            new String[] { "Anaïs", "Roche", null, "anais.roche@exemple.fr", "07 12 34 56 78", "WEB_FORM", "soldes-hiver", null, "NEW" });

    private final LeadService leads;

    @Activate
    public LeadsDemoData(@Reference LeadService leads) {
        this.leads = leads;
    }

    @Override
    public String module() {
        return LeadsModule.NAME;
    }

    @Override
    public boolean isEmpty() {
        return leads.search(LeadQuery.all(), PageRequest.first(1)).total() == 0 && leads.links().isEmpty();
    }

    @Override
    public String load() {
        int clicked = 0;
        for (String[] link : LINKS) {
            TrackedLink created = leads.createLink(link[0], link[1], link[2]);
            for (int i = 0; i < Integer.parseInt(link[3]); i++) {
                leads.click(created.code(), i % 3 == 0 ? "https://www.google.fr/" : null);
                clicked++;
            }
        }
        for (String[] row : LEADS) {
            Lead lead = leads.create(new LeadDraft(row[0], row[1], row[2], row[3], row[4], LeadSource.valueOf(row[5]), row[6], row[7],
                    null, null, null, null, null));
            LeadStatus target = LeadStatus.valueOf(row[8]);
            if (target == LeadStatus.QUALIFIED) {
                lead = leads.changeStatus(lead.id(), lead.version(), LeadStatus.CONTACTED, null);
            }
            if (target != LeadStatus.NEW) {
                leads.changeStatus(lead.id(), lead.version(), target, target == LeadStatus.DISQUALIFIED ? "Pas de budget cette année" : null);
            }
        }
        return LEADS.size() + " leads, " + LINKS.size() + " tracked links, " + clicked + " clicks";
    }
}
