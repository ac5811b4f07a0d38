package org.mosaiccrm.web.impl.calls;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.mosaiccrm.contacts.api.ContactsEvents;
import org.mosaiccrm.kernel.api.security.WebSessionEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The open call streams of the agents' desktops, by agent: an incoming call
 * ({@link ContactsEvents#CALL_INCOMING}) goes to the streams of the agent it rings, and to nobody
 * else. A comment every 20 s keeps proxies from closing an idle stream and finds the closed ones.
 */
@Component(service = { CallStream.class, EventHandler.class },
        property = { EventConstants.EVENT_TOPIC + "=" + ContactsEvents.CALL_INCOMING,
            EventConstants.EVENT_TOPIC + "=" + WebSessionEvents.ENDED })
public class CallStream implements EventHandler {

    /** What an agent's desktop receives: the number as the CRM writes it, and the customer when exactly one matched. */
    public record CallNotice(String phone, String customerId) {

        String json() {
            try {
                return JSON.writeValueAsString(this);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** {@code session}: the fingerprint of the web session that opened it, or null (HTTP Basic). */
    private record Listener(SseEventSink sink, Sse sse, String session, long openedAt) {
    }

    /**
     * A stream is closed after this long: the page's EventSource opens it again, and the server checks the
     * session once more (an expired or deleted one gets 401 instead of more calls).
     */
    static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private final Map<String, List<Listener>> byAgent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "crm-web-call-stream");
        thread.setDaemon(true);
        return thread;
    });

    public CallStream() {
        keepAlive.scheduleWithFixedDelay(this::ping, 20, 20, TimeUnit.SECONDS);
    }

    void listen(String agent, String session, SseEventSink sink, Sse sse) {
        Listener listener = new Listener(sink, sse, session, System.nanoTime());
        byAgent.computeIfAbsent(agent, a -> new CopyOnWriteArrayList<>()).add(listener);
        // the first event tells the page the stream is open (a test or a page can wait for it)
        send(agent, listener, sse.newEventBuilder().name("ready").data("ready").build());
    }

    @Override
    public void handleEvent(Event event) {
        if (WebSessionEvents.ENDED.equals(event.getTopic())) {
            Object session = event.getProperty(WebSessionEvents.SESSION);
            byAgent.forEach((agent, listeners) -> listeners.stream().filter(l -> session != null && session.equals(l.session()))
                    .forEach(l -> end(agent, l)));
            return;
        }
        Object agent = event.getProperty(ContactsEvents.AGENT);
        if (!(agent instanceof String name)) {
            return; // a call nobody was named for pops no screen
        }
        CallNotice notice = new CallNotice((String) event.getProperty(ContactsEvents.PHONE),
                (String) event.getProperty(ContactsEvents.CUSTOMER_ID));
        for (Listener listener : byAgent.getOrDefault(name, List.of())) {
            send(name, listener, listener.sse().newEventBuilder().name("call").data(String.class, notice.json()).build());
        }
    }

    private void ping() {
        long now = System.nanoTime();
        byAgent.forEach((agent, listeners) -> listeners.forEach(listener -> {
            if (now - listener.openedAt() > MAX_AGE_NANOS) {
                end(agent, listener);
            } else {
                send(agent, listener, listener.sse().newEventBuilder().comment("still here").build());
            }
        }));
    }

    private void end(String agent, Listener listener) {
        forget(agent, listener);
        listener.sink().close();
    }

    private void send(String agent, Listener listener, OutboundSseEvent event) {
        if (listener.sink().isClosed()) {
            forget(agent, listener);
            return;
        }
        listener.sink().send(event).whenComplete((done, failure) -> {
            if (failure != null) {
                forget(agent, listener);
                listener.sink().close();
            }
        });
    }

    private void forget(String agent, Listener listener) {
        List<Listener> listeners = byAgent.get(agent);
        if (listeners != null) {
            listeners.remove(listener);
        }
    }

    @Deactivate
    void close() {
        keepAlive.shutdownNow();
        byAgent.values().forEach(listeners -> listeners.forEach(listener -> listener.sink().close()));
        byAgent.clear();
    }
}
