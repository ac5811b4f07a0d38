package org.mosaiccrm.reporting.impl.view;

import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.reporting.api.predictions.Predictions;
import org.mosaiccrm.reporting.impl.ReportingModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reporting module's section of the 360° view and the screen pop (named after the module, as the desktop
 * expects, and drawn by its outlook panel): what the customer will likely buy next
 * and when, their churn risk with its factors, what goes with what they bought. Read from the last trained
 * models, never computed on the call.
 */
@Component(service = CustomerViewContributor.class)
public class OutlookSection implements CustomerViewContributor {

    private final Predictions predictions;
    private final CallerContext callers;

    @Activate
    public OutlookSection(@Reference Predictions predictions, @Reference CallerContext callers) {
        this.predictions = predictions;
        this.callers = callers;
    }

    @Override
    public String section() {
        return ReportingModule.NAME;
    }

    @Override
    public Object contribute(String customerId) {
        // a churn score and the rules behind it are the staff's: a portal customer's own view has no such section
        if (callers.caller().map(Caller::isCustomer).orElse(false)) {
            return null;
        }
        return predictions.outlook(customerId);
    }
}
