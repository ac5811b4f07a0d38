package org.mosaiccrm.service.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.service.api.TicketComment;

/** Table {@code SERVICE_COMMENT}: a ticket's comments, public or internal. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "CommentEntity")
@Table(name = "SERVICE_COMMENT")
public class CommentEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "TICKET_ID", length = 36, nullable = false)
    public String ticketId;

    @Column(name = "AUTHOR", length = 128, nullable = false)
    public String author;

    @Column(name = "FROM_CUSTOMER", nullable = false)
    public boolean fromCustomer;

    @Column(name = "INTERNAL", nullable = false)
    public boolean internal;

    @Lob
    @Column(name = "BODY", nullable = false)
    public String body;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    public TicketComment toComment() {
        return new TicketComment(id, ticketId, author, fromCustomer, internal, body, createdAt);
    }
}
