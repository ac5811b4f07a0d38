package org.mosaiccrm.contacts.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.contacts.api.CustomerStatus;

/** What a merge moved, so that unmerge can move exactly that back. */
@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "CONTACTS_MERGE")
public class MergeEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "SURVIVOR_ID", length = 36, nullable = false)
    public String survivorId;

    @Column(name = "MERGED_ID", length = 36, nullable = false)
    public String mergedId;

    /** The merged customer's status before the merge. */
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS_BEFORE", length = 16, nullable = false)
    public CustomerStatus statusBefore;

    /** {@code pointId:position} of each contact point moved, comma-separated. */
    @Lob
    @Column(name = "MOVED_POINTS")
    public String movedPoints;

    /** Ids of the interactions moved, comma-separated. */
    @Lob
    @Column(name = "MOVED_INTERACTIONS")
    public String movedInteractions;

    @Column(name = "MERGED_AT", nullable = false)
    public Instant at;

    @Column(name = "MERGED_BY", length = 128, nullable = false)
    public String by;

    @Column(name = "UNDONE_AT")
    public Instant undoneAt;
}
