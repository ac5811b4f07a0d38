package org.mosaiccrm.contacts.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.CustomerStatus;

@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "CONTACTS_CUSTOMER", indexes = {
    // a name-prefix page is read in index order (NAME_KEY, ID) and its count and MERGED filter come from the
    // index alone (STATUS): at 1M customers the count no longer fetches every matching row
    @Index(name = "CONTACTS_CUSTOMER_NAME_PAGE", columnList = "NAME_KEY, ID, STATUS"),
    @Index(name = "CONTACTS_CUSTOMER_ORG", columnList = "ORGANIZATION_ID"),
    @Index(name = "CONTACTS_CUSTOMER_OWNER", columnList = "OWNER"),
    @Index(name = "CONTACTS_CUSTOMER_EXTERNAL", columnList = "EXTERNAL_ID") })
public class CustomerEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    public CustomerKind kind;

    @Column(name = "DISPLAY_NAME", length = 200, nullable = false)
    public String displayName;

    /** Lower-cased display name: what name-prefix search uses, through its index. */
    @Column(name = "NAME_KEY", length = 200, nullable = false)
    public String nameKey;

    @Column(name = "FIRST_NAME", length = 100)
    public String firstName;

    @Column(name = "LAST_NAME", length = 100)
    public String lastName;

    @Column(name = "COMPANY_NAME", length = 200)
    public String companyName;

    @Column(name = "ORGANIZATION_ID", length = 36)
    public String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    public CustomerStatus status;

    @Column(name = "TIER", length = 32)
    public String tier;

    @Column(name = "OWNER", length = 128)
    public String owner;

    @Column(name = "CREDIT_LIMIT", precision = 15, scale = 2)
    public BigDecimal creditLimit;

    @Column(name = "PAYMENT_TERMS", length = 64)
    public String paymentTerms;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREFERRED_CHANNEL", length = 16)
    public Channel preferredChannel;

    @Column(name = "LANGUAGE_CODE", length = 8)
    public String language;

    @Column(name = "SPECIAL_INSTRUCTIONS", length = 2000)
    public String specialInstructions;

    @Column(name = "EXTERNAL_ID", length = 128)
    public String externalId;

    @Column(name = "MERGED_INTO", length = 36)
    public String mergedInto;

    @ElementCollection
    @CollectionTable(name = "CONTACTS_CUSTOMER_TAG", joinColumns = @JoinColumn(name = "CUSTOMER_ID"),
            indexes = @Index(name = "CONTACTS_TAG", columnList = "TAG"))
    @Column(name = "TAG", length = 64)
    public List<String> tags = new ArrayList<>();

    /** Values of the deployment's custom fields, as canonical text. */
    @ElementCollection
    @CollectionTable(name = "CONTACTS_CUSTOMER_FIELD", joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    @MapKeyColumn(name = "FIELD_NAME", length = 64)
    @Column(name = "FIELD_VALUE", length = 500)
    public Map<String, String> customFields = new HashMap<>();

    /* no orphanRemoval: a merge moves contact points to another customer; removed points are deleted explicitly */
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<ContactPointEntity> contactPoints = new ArrayList<>();

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 128, nullable = false)
    public String updatedBy;
}
