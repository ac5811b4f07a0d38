package org.mosaiccrm.service.impl;

import java.time.Clock;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;

/** What the module's desks share: the gate builds it once and hands it to each. */
public record ServiceParts(JpaTemplate jpa, ContactService contacts, CallerContext callers, UserDirectory users,
                           AuditLog audit, TransactionalEvents events, Clock clock, Supplier<Settings> settings) {
}
