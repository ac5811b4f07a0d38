package org.mosaiccrm.contacts.api;

public enum CustomerKind {
    PERSON, ORGANIZATION
}
