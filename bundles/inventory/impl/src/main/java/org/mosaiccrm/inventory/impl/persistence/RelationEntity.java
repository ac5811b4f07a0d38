package org.mosaiccrm.inventory.impl.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.mosaiccrm.inventory.api.RelationKind;

/** Table {@code INVENTORY_RELATION}: cross-sell links between products, by SKU. */
@Entity(name = "RelationEntity")
@Table(name = "INVENTORY_RELATION")
@IdClass(RelationEntity.Key.class)
public class RelationEntity {

    @Id
    @Column(name = "SKU", length = 64)
    public String sku;

    @Id
    @Column(name = "RELATED_SKU", length = 64)
    public String relatedSku;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16)
    public RelationKind kind;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String sku;
        public String relatedSku;
        public RelationKind kind;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sku, key.sku) && Objects.equals(relatedSku, key.relatedSku) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku, relatedSku, kind);
        }
    }
}
