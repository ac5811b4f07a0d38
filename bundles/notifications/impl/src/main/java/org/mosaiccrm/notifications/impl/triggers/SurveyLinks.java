package org.mosaiccrm.notifications.impl.triggers;

import java.util.Optional;

import org.mosaiccrm.service.api.ServiceDesk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The optional link to the service module for survey links: present while service runs (this bundle imports its API
 * optionally, and only this class calls it).
 */
@Component(service = SurveyLinks.class, property = "crm.optional=true")
public class SurveyLinks {

    private final ServiceDesk desk;

    @Activate
    public SurveyLinks(@Reference ServiceDesk desk) {
        this.desk = desk;
    }

    /** A fresh link (a path under the public URL) to the ticket's survey; empty when it is answered or expired. */
    public Optional<String> fresh(String ticketId) {
        return desk.surveyLinkToSend(ticketId);
    }
}
