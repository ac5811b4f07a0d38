package org.mosaiccrm.leads.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.api.LeadStatus;

@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "LEADS_LEAD", indexes = {
    @Index(name = "LEADS_LEAD_STATUS", columnList = "STATUS, CREATED_AT"),
    @Index(name = "LEADS_LEAD_OWNER", columnList = "OWNER"),
    @Index(name = "LEADS_LEAD_EMAIL", columnList = "EMAIL"),
    @Index(name = "LEADS_LEAD_NAME", columnList = "NAME_KEY"),
    @Index(name = "LEADS_LEAD_CAMPAIGN", columnList = "CAMPAIGN, AFFILIATE") })
public class LeadEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "FIRST_NAME", length = 100)
    public String firstName;

    @Column(name = "LAST_NAME", length = 100)
    public String lastName;

    /** Lower-cased "first last": what name-prefix search uses. */
    @Column(name = "NAME_KEY", length = 201, nullable = false)
    public String nameKey;

    @Column(name = "COMPANY", length = 200)
    public String company;

    @Column(name = "EMAIL", length = 320)
    public String email;

    @Column(name = "PHONE", length = 32)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 16, nullable = false)
    public LeadSource source;

    /** The lead's campaign: given, else its last touch's; what the figures count by. */
    @Column(name = "CAMPAIGN", length = 100)
    public String campaign;

    @Column(name = "AFFILIATE", length = 100)
    public String affiliate;

    @Column(name = "UTM_SOURCE", length = 100)
    public String utmSource;

    @Column(name = "UTM_MEDIUM", length = 100)
    public String utmMedium;

    @Column(name = "UTM_CAMPAIGN", length = 100)
    public String utmCampaign;

    @Column(name = "UTM_TERM", length = 100)
    public String utmTerm;

    @Column(name = "UTM_CONTENT", length = 100)
    public String utmContent;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    public LeadStatus status;

    @Column(name = "DISQUALIFIED_REASON", length = 500)
    public String disqualifiedReason;

    @Column(name = "OWNER", length = 128)
    public String owner;

    @Column(name = "NOTES", length = 4000)
    public String notes;

    @Column(name = "CONSENT_OPT_IN", nullable = false)
    public boolean consentOptIn;

    @Column(name = "CONSENT_AT")
    public Instant consentAt;

    @Column(name = "CONSENT_TEXT", length = 500)
    public String consentText;

    @Column(name = "FIRST_CODE", length = 32)
    public String firstCode;

    @Column(name = "FIRST_CAMPAIGN", length = 100)
    public String firstCampaign;

    @Column(name = "FIRST_AFFILIATE", length = 100)
    public String firstAffiliate;

    @Column(name = "LAST_CODE", length = 32)
    public String lastCode;

    @Column(name = "LAST_CAMPAIGN", length = 100)
    public String lastCampaign;

    @Column(name = "LAST_AFFILIATE", length = 100)
    public String lastAffiliate;

    /** Rep touchpoints logged, kept here so that scoring a page of leads needs no query per lead. */
    @Column(name = "TOUCHPOINTS", nullable = false)
    public int touchpoints;

    @Column(name = "CUSTOMER_ID", length = 36)
    public String customerId;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;
}
