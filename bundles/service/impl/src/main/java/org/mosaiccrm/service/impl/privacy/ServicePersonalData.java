package org.mosaiccrm.service.impl.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.attachments.AttachmentStore;
import org.mosaiccrm.service.impl.persistence.CommentEntity;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.mosaiccrm.service.impl.tickets.TicketDesk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service module's part of a customer's rights of access and erasure (docs/security.md, "Personal
 * data"): their tickets, with every public and internal comment, and their survey answers. Erasure keeps
 * that a ticket existed, its category, dates and SLA figures (the service statistics), and removes every
 * word of it. Not gated by the license: the data is there whether the module is licensed or not.
 */
@Component(service = PersonalDataHolder.class)
public class ServicePersonalData implements PersonalDataHolder {

    private static final String ERASED = "(erased)";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public ServicePersonalData(@Reference(target = "(osgi.unit.name=" + ServiceModule.NAME + ")") JpaTemplate jpa,
                               @Reference(target = ServiceModule.SCHEMA_READY) ModuleSchema schema,
                               @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public String module() {
        return ServiceModule.NAME;
    }

    @Override
    public Map<String, Object> personalData(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<TicketEntity> tickets = em.createQuery("SELECT t FROM TicketEntity t WHERE t.customerId = :customer ORDER BY t.createdAt",
                    TicketEntity.class).setParameter("customer", customerId).getResultList();
            if (tickets.isEmpty()) {
                return Map.of();
            }
            List<Map<String, Object>> held = tickets.stream().map(ticket -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("number", ticket.number);
                one.put("createdAt", ticket.createdAt);
                one.put("requesterEmail", ticket.requesterEmail);
                one.put("requesterName", ticket.requesterName);
                one.put("subject", ticket.subject);
                one.put("description", ticket.description);
                one.put("serialNumber", ticket.serialNumber);
                one.put("comments", em.createQuery("SELECT c FROM CommentEntity c WHERE c.ticketId = :ticket ORDER BY c.createdAt",
                        CommentEntity.class).setParameter("ticket", ticket.id).getResultList().stream()
                        .map(c -> Map.of("at", c.createdAt, "author", c.author, "internal", c.internal, "text", c.body)).toList());
                one.put("attachments", em.createQuery("SELECT a.fileName FROM AttachmentEntity a WHERE a.ticketId = :ticket", String.class)
                        .setParameter("ticket", ticket.id).getResultList());
                one.put("surveys", em.createNativeQuery("SELECT RATING, COMMENT_TEXT FROM SERVICE_SURVEY WHERE TICKET_ID = ?1 "
                        + "AND ANSWERED_AT IS NOT NULL").setParameter(1, ticket.id).getResultList().stream()
                        .map(row -> { Object[] r = (Object[]) row; return r[1] == null ? Map.of("rating", r[0])
                                : Map.of("rating", r[0], "comment", r[1]); }).toList());
                return one;
            }).toList();
            return Map.of("tickets", held);
        });
    }

    @Override
    public int erase(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<TicketEntity> tickets = em.createQuery("SELECT t FROM TicketEntity t WHERE t.customerId = :customer",
                    TicketEntity.class).setParameter("customer", customerId).getResultList();
            List<String> ticketsWithFiles = new java.util.ArrayList<>();
            for (TicketEntity ticket : tickets) {
                ticket.subject = ERASED;
                ticket.createdBy = ticket.createdBy == null ? null : ERASED;
                ticket.description = null;
                ticket.requesterEmail = null;
                ticket.requesterName = null;
                ticket.serialNumber = null;
                ticket.escalationReason = ticket.escalationReason == null ? null : ERASED;
                em.createQuery("UPDATE CommentEntity c SET c.body = :erased WHERE c.ticketId = :ticket")
                        .setParameter("erased", ERASED).setParameter("ticket", ticket.id).executeUpdate();
                em.createNativeQuery("UPDATE SERVICE_SURVEY SET COMMENT_TEXT = NULL WHERE TICKET_ID = ?1").setParameter(1, ticket.id)
                        .executeUpdate();
                // the customer's files (photos, invoices) go: rows and bytes
                em.createQuery("DELETE FROM AttachmentEntity a WHERE a.ticketId = :ticket").setParameter("ticket", ticket.id).executeUpdate();
                ticketsWithFiles.add(ticket.id);
                em.flush();
                audit.redact(ServiceModule.NAME, TicketDesk.ENTITY, ticket.id);
            }
            ticketsWithFiles.forEach(id -> AttachmentStore.deleteFiles(AttachmentStore.defaultFolder(), id));
            return tickets.size();
        });
    }
}
