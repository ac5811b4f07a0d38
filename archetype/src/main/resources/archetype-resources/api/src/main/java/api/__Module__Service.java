package ${package}.api;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The ${module} module's records about customers. Registered only while the license grants
 * {@code ${module}}. Every method applies the caller's portal scope: a portal customer sees its own
 * records only.
 */
@ProviderType
public interface ${Module}Service {

    /**
     * Adds a record to a customer.
     *
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException naming each invalid field
     * @throws org.mosaiccrm.kernel.api.problem.NotFoundException when the customer does not exist (for this caller)
     */
    ${Module}Record add(${Module}Record.Draft draft);

    /** @throws org.mosaiccrm.kernel.api.problem.NotFoundException when there is no such record (for this caller) */
    ${Module}Record get(String id);

    /** Newest first; all customers' records when {@code customerId} is {@code null}. */
    Page<${Module}Record> list(String customerId, PageRequest page);
}
