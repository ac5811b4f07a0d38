/** A customer's timeline: interactions logged by people and modules, newest first. */
package org.mosaiccrm.contacts.impl.interactions;
