package org.mosaiccrm.sales.impl.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.Stage;

/** What an opportunity must be, checked before anything is written; no OSGi, no database: unit-tested. */
public final class OpportunityRules {

    public static final int TITLE_COLUMN = 200;
    static final int MAX_PRODUCTS = 20;
    static final int SKU_LENGTH = 64;
    static final LocalDate EARLIEST_CLOSE = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_CLOSE = LocalDate.of(9999, 12, 31);

    private OpportunityRules() {
    }

    /**
     * The draft as it will be stored: texts trimmed, currency and stage filled with the defaults, probability
     * the stage's unless given.
     *
     * @param opening whether the draft opens an opportunity (customer and stage are set only then; an edit leaves
     *                currency, products and campaign {@code null} when it does not name them, so that they are kept)
     * @throws ValidationException naming every invalid field
     */
    public static Opportunity.Draft check(Opportunity.Draft draft, PipelineSettings settings, boolean opening) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String customerId = trim(draft.customerId());
        if (opening && customerId == null) {
            errors.add(new FieldError("customerId", "is required"));
        }
        String title = trim(draft.title());
        if (title == null) {
            errors.add(new FieldError("title", "is required"));
        } else if (title.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("title", "must be one line without control characters"));
        }
        FieldError.checkLength(errors, "title", title, TITLE_COLUMN);
        BigDecimal amount = draft.amount();
        if (amount == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (amount.signum() < 0) {
            errors.add(new FieldError("amount", "must not be negative"));
        }
        FieldError.checkDecimal(errors, "amount", amount, 15, 2);
        // an edit keeps what it does not name: currency, products, campaign stay null then
        String currency = trim(draft.currency()) == null ? (opening ? settings.currency() : null) : trim(draft.currency()).toUpperCase(Locale.ROOT);
        if (currency != null && !FieldError.isCurrency(currency)) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR, GBP or USD"));
        } else if (currency != null && java.util.Currency.getInstance(currency).getDefaultFractionDigits() > 2) {
            errors.add(new FieldError("currency", "has " + java.util.Currency.getInstance(currency).getDefaultFractionDigits()
                    + " decimals; amounts here hold at most two"));
        } else if (currency != null && amount != null && amount.stripTrailingZeros().scale()
                > java.util.Currency.getInstance(currency).getDefaultFractionDigits()) {
            errors.add(new FieldError("amount", "has more decimals than " + currency + " has"));
        }
        String stage = null;
        if (opening) {
            Stage chosen = draft.stage() == null ? settings.firstStage()
                    : settings.stage(draft.stage()).filter(Stage::open).filter(open -> !settings.retired(open.name())).orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("stage", "must be one of the open stages " + settings.activeOpenStages().stream()
                        .map(Stage::name).toList()));
            } else {
                stage = chosen.name();
            }
        }
        Integer probability = draft.probability();
        if (probability != null && (probability < 0 || probability > 100)) {
            errors.add(new FieldError("probability", "must be a percentage from 0 to 100"));
        }
        if (draft.expectedClose() == null) {
            errors.add(new FieldError("expectedClose", "is required (YYYY-MM-DD)"));
        } else if (draft.expectedClose().isBefore(EARLIEST_CLOSE) || draft.expectedClose().isAfter(LATEST_CLOSE)) {
            errors.add(new FieldError("expectedClose", "must be between 2000-01-01 and 9999-12-31"));
        }
        List<String> products = draft.products() == null && !opening ? null : products(draft.products(), errors);
        String campaign = trim(draft.campaign());
        FieldError.checkSingleLine(errors, "campaign", campaign);
        FieldError.checkLength(errors, "campaign", campaign, 100);
        String owner = trim(draft.owner());
        FieldError.checkLength(errors, "owner", owner, 128);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Opportunity.Draft(customerId, title, amount.setScale(2, java.math.RoundingMode.UNNECESSARY), currency, stage,
                probability, owner, draft.expectedClose(), products, campaign);
    }

    private static List<String> products(List<String> skus, List<FieldError> errors) {
        if (skus == null) {
            return List.of();
        }
        if (skus.size() > MAX_PRODUCTS) {
            errors.add(new FieldError("products", "must list at most " + MAX_PRODUCTS + " products"));
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            String sku = trim(skus.get(i));
            if (sku == null || sku.length() > SKU_LENGTH || sku.contains(",") || sku.codePoints().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError("products[" + i + "]", "must be a SKU of 1 to " + SKU_LENGTH + " characters without a comma"));
            } else if (!kept.contains(sku)) {
                kept.add(sku);
            }
        }
        return kept;
    }

    /** A lost reason: required, one paragraph of at most 500 characters. */
    public static String lostReason(String reason) {
        String trimmed = trim(reason);
        List<FieldError> errors = new ArrayList<>();
        if (trimmed == null) {
            errors.add(new FieldError("reason", "is required when an opportunity is lost"));
        }
        FieldError.checkLength(errors, "reason", trimmed, 500);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return trimmed;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
