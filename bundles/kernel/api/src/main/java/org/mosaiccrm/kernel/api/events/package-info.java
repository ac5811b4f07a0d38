/**
 * Facts published from inside the transaction that makes them true. A module calls
 * {@link org.mosaiccrm.kernel.api.events.TransactionalEvents#publish} where its change is written; the kernel
 * hands the event at once, in that transaction, to every
 * {@link org.mosaiccrm.kernel.api.events.TransactionalEventHandler} of the topic (an outbox row written there
 * commits or rolls back with the fact), and to Event Admin only once the transaction has committed, so that
 * no ordinary listener ever hears of a change that was rolled back.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.kernel.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
