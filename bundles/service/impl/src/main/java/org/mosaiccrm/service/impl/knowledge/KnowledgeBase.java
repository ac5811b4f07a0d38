package org.mosaiccrm.service.impl.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.service.api.Article;
import org.mosaiccrm.service.api.ArticleHit;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.persistence.ArticleEntity;

/**
 * Knowledge-base articles (table SERVICE_ARTICLE) and their search index: a saved article is in the index
 * once its transaction committed; customers (and the public) see published articles only.
 */
public final class KnowledgeBase {

    public static final String ENTITY = "Article";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KnowledgeBase.class);
    public static final int MAX_BODY = 100_000;

    private final ServiceParts parts;
    private final KnowledgeIndex index;

    public KnowledgeBase(ServiceParts parts, KnowledgeIndex index) {
        this.parts = parts;
        this.index = index;
    }

    /** Feeds the index every published article, 500 at a time in id order (a rebuild; no OFFSET, which rereads). */
    public static void everyPublished(ServiceParts parts, java.util.function.Consumer<KnowledgeIndex.Entry> sink) {
        int page = 500;
        String after = "";
        while (true) {
            String from = after;
            List<ArticleEntity> batch = parts.jpa().txExpr(em -> em.createQuery(
                    "SELECT a FROM ArticleEntity a WHERE a.published = :published AND a.id > :after ORDER BY a.id", ArticleEntity.class)
                    .setParameter("published", true).setParameter("after", from).setMaxResults(page).getResultList());
            batch.forEach(article -> sink.accept(entry(article)));
            if (batch.size() < page) {
                return;
            }
            after = batch.get(batch.size() - 1).id;
        }
    }

    static KnowledgeIndex.Entry entry(ArticleEntity article) {
        String text = MarkdownPages.text(article.body) + "\n" + article.tags.replace(',', ' ') + " " + article.products.replace(',', ' ');
        return new KnowledgeIndex.Entry(article.id, article.language, article.title, text);
    }

    public Article save(String id, long version, Article.Draft draft) {
        Article.Draft checked = check(draft);
        Instant now = parts.clock().instant();
        ArticleEntity saved = JpaTransactions.required(parts.jpa(), em -> {
            ArticleEntity entity = id == null ? null : em.find(ArticleEntity.class, id);
            if (id != null && entity == null) {
                throw new NotFoundException(ENTITY, id);
            }
            boolean created = entity == null;
            if (!created && entity.version != version) {
                throw new ConflictException("The article changed since you read it (version " + entity.version + ", not " + version + ").",
                        Map.of("currentVersion", entity.version));
            }
            if (created) {
                entity = new ArticleEntity();
                entity.id = UUID.randomUUID().toString();
            }
            String before = created ? null : entity.title + (entity.published ? " (published)" : " (draft)");
            entity.title = checked.title();
            entity.body = checked.body();
            entity.tags = String.join(",", checked.tags());
            entity.products = String.join(",", checked.products());
            entity.language = checked.language();
            entity.published = Boolean.TRUE.equals(checked.published());
            entity.updatedAt = now;
            entity.updatedBy = parts.callers().name();
            if (created) {
                em.persist(entity);
            }
            em.flush();
            parts.audit().record(ServiceModule.NAME, ENTITY, entity.id, created ? AuditAction.CREATE : AuditAction.UPDATE,
                    List.of(new FieldChange("article", before, entity.title + (entity.published ? " (published)" : " (draft)"))));
            return entity;
        });
        try {
            // what the database holds now, not this save's snapshot: concurrent saves reach the index in order
            index.sync(saved.id, () -> parts.jpa().txExpr(em -> {
                ArticleEntity current = em.find(ArticleEntity.class, saved.id);
                return current != null && current.published ? entry(current) : null;
            }));
        } catch (RuntimeException e) {
            // the article is saved: the index catches up by rebuilding itself from the database
            LOG.warn("Article {} is saved but the knowledge index could not take it ({}): rebuilding the index", saved.id, e.toString());
            index.rebuildLater();
        }
        return toArticle(saved);
    }

    private Article.Draft check(Article.Draft draft) {
        if (draft == null) {
            throw new ValidationException("title", "an article needs a title, a body and a language");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            errors.add(new FieldError("title", "is required"));
        } else {
            FieldError.checkLength(errors, "title", draft.title().trim(), 200);
            FieldError.checkSingleLine(errors, "title", draft.title());
        }
        if (draft.body() == null || draft.body().isBlank()) {
            errors.add(new FieldError("body", "is required (Markdown)"));
        } else {
            FieldError.checkLength(errors, "body", draft.body(), MAX_BODY);
        }
        String language = draft.language() == null ? parts.settings().get().defaultLanguage() : draft.language().trim().toLowerCase(Locale.ROOT);
        if (!parts.settings().get().languages().contains(language)) {
            errors.add(new FieldError("language", "must be one of " + parts.settings().get().languages()));
        }
        List<String> tags = words(draft.tags(), "tags", errors);
        List<String> products = words(draft.products(), "products", errors).stream().map(p -> p.toUpperCase(Locale.ROOT)).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Article.Draft(draft.title().trim(), draft.body().strip(), tags, products, language, draft.published());
    }

    private static List<String> words(List<String> values, String field, List<FieldError> errors) {
        List<String> words = values == null ? List.of() : values.stream().map(v -> v.trim()).filter(v -> !v.isEmpty()).distinct().toList();
        for (String word : words) {
            if (word.contains(",") || word.length() > 64 || word.chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError(field, "'" + word + "': at most 64 characters, no comma"));
            }
        }
        FieldError.checkLength(errors, field, String.join(",", words), 500);
        return words;
    }

    public Article get(String id) {
        ArticleEntity entity = parts.jpa().txExpr(em -> id == null ? null : em.find(ArticleEntity.class, id));
        if (entity == null || !entity.published && !staff()) {
            throw new NotFoundException(ENTITY, id);
        }
        return forReader(toArticle(entity));
    }

    public Page<Article> list(String language, Boolean published, PageRequest page) {
        Boolean wanted = staff() ? published : Boolean.TRUE;
        PageRequest request = page == null ? PageRequest.first(parts.settings().get().listLimit()) : page;
        String where = " WHERE 1 = 1" + (language == null ? "" : " AND a.language = :language")
                + (wanted == null ? "" : " AND a.published = :published");
        return parts.jpa().txExpr(em -> {
            var items = em.createQuery("SELECT a FROM ArticleEntity a" + where + " ORDER BY a.updatedAt DESC, a.id", ArticleEntity.class);
            var count = em.createQuery("SELECT COUNT(a) FROM ArticleEntity a" + where, Long.class);
            if (language != null) {
                items.setParameter("language", language);
                count.setParameter("language", language);
            }
            if (wanted != null) {
                items.setParameter("published", wanted);
                count.setParameter("published", wanted);
            }
            return Page.of(items.setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList().stream()
                    .map(KnowledgeBase::toArticle).map(this::forReader).toList(), count.getSingleResult(), request);
        });
    }

    public List<ArticleHit> search(String text, String language, int limit) {
        if (language != null && !parts.settings().get().languages().contains(language)) {
            throw new ValidationException("language", "must be one of " + parts.settings().get().languages());
        }
        if (text == null || text.isBlank()) {
            throw new ValidationException("q", "type what you are looking for");
        }
        if (text.length() > 1000) {
            throw new ValidationException("q", "is at most 1000 characters");
        }
        return index.search(text, language, Math.max(1, Math.min(limit, 50)));
    }

    /** A vote does not change the article's version: an author editing it meets no conflict because of readers. */
    public Article vote(String id, boolean helpful) {
        String column = helpful ? "HELPFUL" : "NOT_HELPFUL";
        ArticleEntity voted = JpaTransactions.required(parts.jpa(), em -> {
            int updated = em.createNativeQuery("UPDATE SERVICE_ARTICLE SET " + column + " = " + column + " + 1 WHERE ID = ?1 AND PUBLISHED = ?2")
                    .setParameter(1, id == null ? "" : id).setParameter(2, true).executeUpdate();
            if (updated == 0) {
                throw new NotFoundException(ENTITY, id);
            }
            ArticleEntity entity = em.find(ArticleEntity.class, id);
            em.refresh(entity);
            return entity;
        });
        return forReader(toArticle(voted));
    }

    public int rebuild() {
        return index.rebuild();
    }

    /** Those who write the knowledge base see drafts; everyone else (sales, marketing, customers, the public) published articles. */
    private boolean staff() {
        return parts.callers().caller().map(c -> c.hasAnyRole(java.util.Set.of(org.mosaiccrm.kernel.api.security.CrmRoles.ADMIN,
                org.mosaiccrm.kernel.api.security.CrmRoles.MANAGER, org.mosaiccrm.kernel.api.security.CrmRoles.AGENT))).orElse(false);
    }

    /** Who wrote an article is the staff's business: others see the article without the login. */
    private Article forReader(Article article) {
        return staff() ? article : new Article(article.id(), article.version(), article.title(), article.body(), article.html(),
                article.tags(), article.products(), article.language(), article.published(), article.helpful(), article.notHelpful(),
                article.updatedAt(), null);
    }

    static Article toArticle(ArticleEntity entity) {
        return new Article(entity.id, entity.version, entity.title, entity.body, MarkdownPages.html(entity.body),
                entity.tags.isBlank() ? List.of() : Arrays.asList(entity.tags.split(",")),
                entity.products.isBlank() ? List.of() : Arrays.asList(entity.products.split(",")), entity.language,
                entity.published, entity.helpful, entity.notHelpful, entity.updatedAt, entity.updatedBy);
    }
}
