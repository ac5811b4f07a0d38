package org.mosaiccrm.reporting.impl.view;

import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.reporting.api.Predictions;
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

    @Activate
    public OutlookSection(@Reference Predictions predictions) {
        this.predictions = predictions;
    }

    @Override
    public String section() {
        return ReportingModule.NAME;
    }

    @Override
    public Object contribute(String customerId) {
        return predictions.outlook(customerId);
    }
}
