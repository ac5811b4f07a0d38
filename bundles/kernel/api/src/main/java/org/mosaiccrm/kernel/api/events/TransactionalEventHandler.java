package org.mosaiccrm.kernel.api.events;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.event.Event;

/**
 * Hears events inside the transaction that publishes them (whiteboard). Registered with the service property
 * {@value #TOPICS}: topics as Event Admin names them, a trailing {@code *} matching a prefix. What the handler
 * writes through a JTA persistence unit joins that transaction. It must be quick and must not fail on bad data
 * of its own: an exception rolls the publisher's change back.
 */
@ConsumerType
public interface TransactionalEventHandler {

    /** The service property naming the topics, as {@code org.osgi.service.event.EventConstants.EVENT_TOPIC}. */
    String TOPICS = "event.topics";

    void handle(Event event);
}
