package org.mosaiccrm.contacts.api;

public enum Channel {
    PHONE, EMAIL, VISIT, LETTER, WEB, CHAT, VIDEO, FAX, SMS
}
