package org.mosaiccrm.service.api;

import java.util.List;

/** What a customer gets back from the web form or the portal: the tracking number and articles that may answer them. */
public record CaptureAnswer(String number, String status, List<ArticleHit> suggestions) {
}
