package org.mosaiccrm.inventory.impl.orders;

import java.util.List;

import javax.persistence.EntityManager;

import org.mosaiccrm.inventory.impl.persistence.ProductEntity;

/** Catalog lookups the order desks make inside their transactions. */
public final class Catalogs {

    private Catalogs() {
    }

    public static ProductEntity bySku(EntityManager em, String sku) {
        List<ProductEntity> found = em.createQuery("SELECT p FROM ProductEntity p WHERE p.sku = :sku", ProductEntity.class)
                .setParameter("sku", sku).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
