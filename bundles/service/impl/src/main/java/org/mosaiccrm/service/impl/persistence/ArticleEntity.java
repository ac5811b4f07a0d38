package org.mosaiccrm.service.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** Table {@code SERVICE_ARTICLE}: the knowledge base (the search index is rebuilt from it). */
@EntityListeners(ColumnLimits.class)
@Entity(name = "ArticleEntity")
@Table(name = "SERVICE_ARTICLE")
public class ArticleEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Lob
    @Column(name = "BODY", nullable = false)
    public String body;

    @Column(name = "TAGS", length = 500, nullable = false)
    public String tags;

    @Column(name = "PRODUCTS", length = 500, nullable = false)
    public String products;

    @Column(name = "LANGUAGE", length = 8, nullable = false)
    public String language;

    @Column(name = "PUBLISHED", nullable = false)
    public boolean published;

    @Column(name = "HELPFUL", nullable = false)
    public int helpful;

    @Column(name = "NOT_HELPFUL", nullable = false)
    public int notHelpful;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 128, nullable = false)
    public String updatedBy;
}
