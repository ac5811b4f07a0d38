package org.mosaiccrm.leads.api;

/**
 * What a campaign and affiliate pair brought (by last touch): the figures reporting reads.
 *
 * @param conversionRate conversions / leads, 0 when there are no leads
 */
public record CampaignFigures(String campaign, String affiliate, long clicks, long leads, long conversions,
                              double conversionRate) {
}
