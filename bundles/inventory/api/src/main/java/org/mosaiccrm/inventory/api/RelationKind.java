package org.mosaiccrm.inventory.api;

/** How a product relates to another, for cross-selling. */
public enum RelationKind {
    ACCESSORY, UPGRADE, SUBSTITUTE, BOUGHT_WITH
}
