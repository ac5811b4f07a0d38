package org.mosaiccrm.leads.impl.shell;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.leads.api.CampaignFigures;
import org.mosaiccrm.leads.api.LeadService;

@Command(scope = "crm", name = "lead-figures", description = "Clicks, leads, conversions and conversion rate per campaign and affiliate.")
@Service
public class LeadFiguresCommand implements Action {

    @Reference(optional = true)
    LeadService leads;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        LeadService leads = CommandRefusals.require(this.leads, "leads", registry);
        ShellTable table = new ShellTable();
        for (String column : new String[] { "Campaign", "Affiliate", "Clicks", "Leads", "Conversions", "Rate" }) {
            table.column(column);
        }
        for (CampaignFigures row : leads.figures()) {
            table.addRow().addContent(row.campaign() == null ? "" : row.campaign(), row.affiliate() == null ? "" : row.affiliate(),
                    row.clicks(), row.leads(), row.conversions(), String.format(Locale.ROOT, "%.1f %%", 100 * row.conversionRate()));
        }
        table.print(System.out);
        return null;
    }
}
