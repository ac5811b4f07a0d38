package org.mosaiccrm.sales.impl.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Quote;

/** What a quote draft must be, checked before the catalog is asked anything; no OSGi, no database: unit-tested. */
public final class QuoteRules {

    static final int MAX_LINES = 100;
    static final long MAX_QUANTITY = 1_000_000;
    static final List<String> LANGUAGES = List.of("fr", "en");

    private QuoteRules() {
    }

    /**
     * The draft with its defaults: valid {@code validityDays} from {@code today}, discount 0, language as given
     * (else {@code null}: the customer's).
     *
     * @throws ValidationException naming every invalid field
     */
    public static Quote.Draft check(Quote.Draft draft, LocalDate today, int validityDays) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.opportunityId() == null || draft.opportunityId().isBlank()) {
            errors.add(new FieldError("opportunityId", "is required"));
        }
        LocalDate validUntil = draft.validUntil() == null ? today.plusDays(validityDays) : draft.validUntil();
        if (validUntil.isBefore(today) || validUntil.isAfter(today.plusYears(2))) {
            errors.add(new FieldError("validUntil", "must be from today to two years from now"));
        }
        String language = draft.language() == null || draft.language().isBlank() ? null : draft.language().trim().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "must be fr or en"));
        }
        String location = draft.location() == null || draft.location().isBlank() ? null : draft.location().strip();
        if (location == null) {
            errors.add(new FieldError("location", "is required: the inventory location the order will be served from"));
        }
        FieldError.checkLength(errors, "location", location, 32);
        List<Quote.LineDraft> lines = new ArrayList<>();
        if (draft.lines() == null || draft.lines().isEmpty()) {
            errors.add(new FieldError("lines", "must hold at least one line"));
        } else if (draft.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", "must hold at most " + MAX_LINES + " lines"));
        } else {
            for (int i = 0; i < draft.lines().size(); i++) {
                lines.add(line(draft.lines().get(i), "lines[" + i + "].", errors));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Quote.Draft(draft.opportunityId().trim(), validUntil, language, location, lines);
    }

    private static Quote.LineDraft line(Quote.LineDraft line, String prefix, List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(prefix.substring(0, prefix.length() - 1), "is required"));
            return null;
        }
        String sku = line.sku() == null || line.sku().isBlank() ? null : line.sku().strip();
        if (sku == null) {
            errors.add(new FieldError(prefix + "sku", "is required"));
        }
        FieldError.checkLength(errors, prefix + "sku", sku, 64);
        if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
            errors.add(new FieldError(prefix + "quantity", "must be from 1 to " + MAX_QUANTITY));
        }
        if (line.unitPrice() != null && line.unitPrice().signum() < 0) {
            errors.add(new FieldError(prefix + "unitPrice", "must not be negative"));
        }
        FieldError.checkDecimal(errors, prefix + "unitPrice", line.unitPrice(), 19, 4);
        BigDecimal discount = line.discount() == null ? BigDecimal.ZERO : line.discount();
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) >= 0) {
            errors.add(new FieldError(prefix + "discount", "must be a fraction from 0 (none) to below 1 (0.1 is 10 % off)"));
        }
        FieldError.checkDecimal(errors, prefix + "discount", discount, 5, 4);
        return new Quote.LineDraft(sku, line.quantity(), line.unitPrice(), discount);
    }
}
