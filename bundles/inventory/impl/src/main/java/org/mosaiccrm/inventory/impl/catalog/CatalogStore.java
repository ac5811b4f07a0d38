package org.mosaiccrm.inventory.impl.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.commons.jpa.NameKeys;
import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.inventory.api.ProductRelation;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.orders.Catalogs;
import org.mosaiccrm.inventory.impl.persistence.LocationEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.inventory.impl.persistence.RelationEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** The catalog (products, their relations) and the locations; every change audited in its transaction. */
public final class CatalogStore {

    public static final String PRODUCT = "Product";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final String defaultCurrency;

    public CatalogStore(JpaTemplate jpa, AuditLog audit, String defaultCurrency) {
        this.jpa = jpa;
        this.audit = audit;
        this.defaultCurrency = defaultCurrency;
    }

    public Product create(Product.Draft draft) {
        Product.Draft checked = ProductRules.check(draft, defaultCurrency);
        return JpaTransactions.required(jpa, em -> {
            if (Catalogs.bySku(em, checked.sku()) != null) {
                throw new ConflictException("A product has the SKU " + checked.sku() + " already.", Map.of("sku", checked.sku()));
            }
            ProductEntity product = new ProductEntity();
            product.id = UUID.randomUUID().toString();
            apply(product, checked);
            em.persist(product);
            audit.record(InventoryModule.NAME, PRODUCT, product.id, AuditAction.CREATE,
                    List.of(new FieldChange("sku", null, product.sku), new FieldChange("unitPrice", null, product.unitPrice + " " + product.currency)));
            return product.toProduct();
        });
    }

    public Product update(String sku, long version, Product.Draft draft) {
        Product.Draft checked = ProductRules.check(draft, defaultCurrency);
        return JpaTransactions.required(jpa, em -> {
            ProductEntity product = find(em, sku);
            if (product.version != version) {
                throw new ConflictException("Product " + sku + " changed since version " + version + " was read: reload it.",
                        Map.of("currentVersion", product.version));
            }
            if (!product.sku.equals(checked.sku())) {
                throw new ValidationException("sku", "a product's SKU does not change (" + product.sku + ")");
            }
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "name", product.name, checked.name());
            change(changes, "unitPrice", product.unitPrice.stripTrailingZeros().toPlainString(), checked.unitPrice().stripTrailingZeros().toPlainString());
            change(changes, "active", String.valueOf(product.active), String.valueOf(checked.active()));
            apply(product, checked);
            em.flush();
            audit.record(InventoryModule.NAME, PRODUCT, product.id, AuditAction.UPDATE, changes);
            return product.toProduct();
        });
    }

    public Product get(String sku) {
        return jpa.txExpr(em -> find(em, sku).toProduct());
    }

    public Page<Product> search(String text, String category, PageRequest page) {
        return jpa.txExpr(em -> {
            String where = " WHERE 1 = 1" + (text == null ? "" : " AND (p.nameKey LIKE :text" + NameKeys.ESCAPE + " OR UPPER(p.sku) LIKE :sku" + NameKeys.ESCAPE + ")")
                    + (category == null ? "" : " AND p.category = :category");
            TypedQuery<ProductEntity> rows = em.createQuery("SELECT p FROM ProductEntity p" + where + " ORDER BY p.sku", ProductEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM ProductEntity p" + where, Long.class);
            for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
                if (text != null) {
                    query.setParameter("text", NameKeys.startingWith(NameKeys.of(text, 200)))
                            .setParameter("sku", NameKeys.startingWith(text.strip().toUpperCase(java.util.Locale.ROOT)));
                }
                if (category != null) {
                    query.setParameter("category", category);
                }
            }
            return Page.of(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(ProductEntity::toProduct).toList(), count.getSingleResult(), page);
        });
    }

    public void relate(ProductRelation relation) {
        if (relation == null || relation.sku() == null || relation.relatedSku() == null || relation.kind() == null) {
            throw new ValidationException(List.of(new FieldError("sku", "sku, relatedSku and kind are required")));
        }
        if (relation.sku().equals(relation.relatedSku())) {
            throw new ValidationException("relatedSku", "a product is not related to itself");
        }
        JpaTransactions.required(jpa, em -> {
            find(em, relation.sku());
            find(em, relation.relatedSku());
            RelationEntity.Key key = new RelationEntity.Key();
            key.sku = relation.sku();
            key.relatedSku = relation.relatedSku();
            key.kind = relation.kind();
            if (em.find(RelationEntity.class, key) == null) {
                RelationEntity entity = new RelationEntity();
                entity.sku = relation.sku();
                entity.relatedSku = relation.relatedSku();
                entity.kind = relation.kind();
                em.persist(entity);
                audit.record(InventoryModule.NAME, "ProductRelation", relation.sku() + ">" + relation.relatedSku(), AuditAction.CREATE,
                        List.of(new FieldChange("kind", null, relation.kind().name())));
            }
            return null;
        });
    }

    public List<ProductRelation> relations(String sku) {
        return jpa.txExpr(em -> {
            find(em, sku);
            return em.createQuery("SELECT r FROM RelationEntity r WHERE r.sku = :sku ORDER BY r.kind, r.relatedSku", RelationEntity.class)
                    .setParameter("sku", sku).getResultList().stream()
                    .map(r -> new ProductRelation(r.sku, r.relatedSku, r.kind)).toList();
        });
    }

    public Location saveLocation(Location location) {
        Location checked = LocationRules.check(location);
        return JpaTransactions.required(jpa, em -> {
            LocationEntity entity = em.find(LocationEntity.class, checked.code());
            boolean created = entity == null;
            if (created) {
                entity = new LocationEntity();
                entity.code = checked.code();
                em.persist(entity);
            }
            entity.name = checked.name();
            entity.kind = checked.kind();
            entity.regionCode = checked.regionCode();
            entity.regionName = checked.regionName();
            entity.address = checked.address();
            audit.record(InventoryModule.NAME, "Location", entity.code, created ? AuditAction.CREATE : AuditAction.UPDATE,
                    List.of(new FieldChange("region", null, entity.regionCode)));
            return entity.toLocation();
        });
    }

    public List<Location> locations() {
        return jpa.txExpr(em -> em.createQuery("SELECT l FROM LocationEntity l ORDER BY l.code", LocationEntity.class)
                .getResultList().stream().map(LocationEntity::toLocation).toList());
    }

    public static ProductEntity find(EntityManager em, String sku) {
        ProductEntity product = sku == null || sku.length() > 64 ? null : Catalogs.bySku(em, sku);
        if (product == null) {
            throw new NotFoundException(PRODUCT, sku);
        }
        return product;
    }

    /** Writes a checked draft onto the entity (creation, update, import). */
    public static void apply(ProductEntity product, Product.Draft draft) {
        product.sku = draft.sku();
        product.name = draft.name();
        product.nameKey = NameKeys.of(draft.name(), 200);
        product.description = draft.description();
        product.category = draft.category();
        product.unitPrice = draft.unitPrice();
        product.currency = draft.currency();
        product.taxRate = draft.taxRate();
        product.active = draft.active();
        product.serialized = draft.serialized();
        product.service = draft.service();
        product.warrantyMonths = draft.warrantyMonths();
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }
}
