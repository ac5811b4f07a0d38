package org.mosaiccrm.contacts.impl.interactions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactsEvents;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.IncomingCall;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.contacts.impl.customers.CustomerRules;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The telephony system's call, for the screen pop: the customers with the caller's number; with exactly one,
 * the call goes on its timeline. Every call is announced ({@link ContactsEvents#CALL_INCOMING}) so that an
 * agent's screen can open the customer.
 */
public final class IncomingCalls {

    private IncomingCalls() {
    }

    public static List<Customer> answer(IncomingCall call, CustomerRules rules, Function<String, List<Customer>> byPhone,
                                        Timeline timeline, String user, EventAdmin events) {
        if (call == null || call.from() == null || call.from().isBlank()) {
            throw new ValidationException("from", "the caller's number is required");
        }
        List<Customer> matches = byPhone.apply(call.from());
        if (matches.size() == 1) {
            timeline.add(matches.get(0).id(), InteractionDraft.of(Channel.PHONE, Direction.INBOUND,
                    "Incoming call from " + call.from()), user);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ContactsEvents.PHONE, rules.normalize(ContactPointType.PHONE, call.from().trim()));
        if (call.agent() != null) {
            properties.put(ContactsEvents.AGENT, call.agent());
        }
        if (matches.size() == 1) {
            properties.put(ContactsEvents.CUSTOMER_ID, matches.get(0).id());
        }
        events.postEvent(new Event(ContactsEvents.CALL_INCOMING, properties));
        return matches;
    }
}
