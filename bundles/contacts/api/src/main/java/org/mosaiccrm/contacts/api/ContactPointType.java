package org.mosaiccrm.contacts.api;

public enum ContactPointType {
    PHONE, MOBILE, EMAIL, WEB, FAX, ADDRESS
}
