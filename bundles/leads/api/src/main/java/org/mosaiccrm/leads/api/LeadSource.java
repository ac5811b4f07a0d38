package org.mosaiccrm.leads.api;

/** Where a lead came from. */
public enum LeadSource {
    AD, AFFILIATE, EMAIL_CAMPAIGN, WEB_FORM, VISIT, CALL, REFERRAL, MANUAL, IMPORT
}
