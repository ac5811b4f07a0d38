package org.mosaiccrm.inventory.api;

/** {@code sku} has {@code relatedSku} as its {@code kind} (e.g. a coffee machine has a descaler as an accessory). */
public record ProductRelation(String sku, String relatedSku, RelationKind kind) {
}
