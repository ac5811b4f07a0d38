package org.mosaiccrm.contacts.api;

public enum Direction {
    INBOUND, OUTBOUND
}
