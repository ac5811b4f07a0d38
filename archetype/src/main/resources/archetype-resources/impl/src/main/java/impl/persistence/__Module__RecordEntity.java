package ${package}.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import ${package}.api.${Module}Record;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** Table {@code ${MODULE}_RECORD} (instants through commons' {@code InstantConverter}, see persistence.xml): the module's own table, prefixed with its name; never in the API. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "${Module}RecordEntity")
@Table(name = "${MODULE}_RECORD", indexes = @Index(name = "${MODULE}_RECORD_CUSTOMER", columnList = "CUSTOMER_ID, CREATED_AT"))
public class ${Module}RecordEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    /** The contacts module's customer, by id (no foreign key across modules). */
    @Column(name = "CUSTOMER_ID", length = 36, nullable = false)
    public String customerId;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    public ${Module}Record toRecord() {
        return new ${Module}Record(id, customerId, title, createdAt, createdBy);
    }
}
