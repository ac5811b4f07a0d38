package org.mosaiccrm.service.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.service.api.Attachment;

/** Table {@code SERVICE_ATTACHMENT}: what a ticket's file is; its bytes are in the data area. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "AttachmentEntity")
@Table(name = "SERVICE_ATTACHMENT")
public class AttachmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "TICKET_ID", length = 36, nullable = false)
    public String ticketId;

    @Column(name = "FILE_NAME", length = 200, nullable = false)
    public String fileName;

    @Column(name = "CONTENT_TYPE", length = 100, nullable = false)
    public String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    public long size;

    @Column(name = "SHA256", length = 64, nullable = false)
    public String sha256;

    @Column(name = "UPLOADED_BY", length = 128, nullable = false)
    public String uploadedBy;

    @Column(name = "FROM_CUSTOMER", nullable = false)
    public boolean fromCustomer;

    @Column(name = "UPLOADED_AT", nullable = false)
    public Instant uploadedAt;

    public Attachment toAttachment() {
        return new Attachment(id, ticketId, fileName, contentType, size, sha256, fromCustomer, uploadedAt);
    }
}
