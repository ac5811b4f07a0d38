package org.mosaiccrm.service.impl.prompts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.service.api.AgentHints;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.Settings;
import org.mosaiccrm.service.impl.persistence.TicketEntity;

/** Gathers what the prompts read (contacts' customer, this module's tickets, inventory's warranty) and evaluates them. */
public final class PromptDesk {

    private final ServiceParts parts;
    private final Supplier<WarrantyLookup> warranties;

    public PromptDesk(ServiceParts parts, Supplier<WarrantyLookup> warranties) {
        this.parts = parts;
        this.warranties = warranties;
    }

    public AgentHints forTicket(TicketEntity ticket) {
        Optional<WarrantyLookup.Status> warranty = ticket.serialNumber == null || warranties.get() == null ? Optional.empty()
                : warranties.get().of(ticket.serialNumber);
        Prompts.Warranty state = warranty.map(w -> w.active() ? Prompts.Warranty.ACTIVE : Prompts.Warranty.EXPIRED)
                .orElse(Prompts.Warranty.UNKNOWN);
        List<String> prompts = ticket.customerId == null ? List.of() : evaluate(ticket.customerId, state);
        return new AgentHints(prompts, warranty.map(WarrantyLookup.Status::productName).orElse(null),
                warranty.map(WarrantyLookup.Status::ends).orElse(null), warranty.map(WarrantyLookup.Status::active).orElse(null));
    }

    public List<String> forCustomer(String customerId) {
        Settings settings = parts.settings().get();
        WarrantyLookup lookup = warranties.get();
        Prompts.Warranty state = lookup == null || !settings.prompts().needsWarranty() ? Prompts.Warranty.UNKNOWN : lookup.ofCustomer(customerId);
        return evaluate(customerId, state);
    }

    private List<String> evaluate(String customerId, Prompts.Warranty warranty) {
        Settings settings = parts.settings().get();
        Customer customer = parts.contacts().get(customerId);
        java.time.Instant since = parts.clock().instant().minus(Duration.ofDays(settings.complaintWindowDays()));
        long[] counts = parts.jpa().txExpr(em -> new long[] {
            em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.customerId = :customer AND t.category = :category "
                    + "AND t.createdAt >= :since", Long.class).setParameter("customer", customerId)
                    .setParameter("category", settings.complaintCategory()).setParameter("since", since).getSingleResult(),
            em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.customerId = :customer AND t.status NOT IN ('RESOLVED', 'CLOSED')",
                    Long.class).setParameter("customer", customerId).getSingleResult() });
        return settings.prompts().evaluate(new Prompts.Facts(customer.tier(), customer.creditLimit(), counts[0], counts[1], warranty));
    }
}
