package org.mosaiccrm.leads.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.leads.api.Conversion;
import org.mosaiccrm.leads.api.LeadService;

@Command(scope = "crm", name = "lead-convert", description = "Turns a lead into a customer (needs crm-contacts): "
        + "the customer with its e-mail or phone, else a new one.")
@Service
public class LeadConvertCommand implements Action {

    @Argument(name = "leadId", required = true, description = "The lead's id (Tab completes, with names).")
    @Completion(LeadIdCompleter.class)
    String leadId;

    @Reference(optional = true)
    LeadService leads;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        LeadService leads = CommandRefusals.require(this.leads, "leads", registry);
        try {
            Conversion conversion = leads.convert(leadId);
            System.out.println("Lead " + leadId + " converted: " + (conversion.existingCustomer() ? "linked to the existing"
                    : "new") + " customer " + conversion.customerId());
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not converted", e);
        }
        return null;
    }
}
