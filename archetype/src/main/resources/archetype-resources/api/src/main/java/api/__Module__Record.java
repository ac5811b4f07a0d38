package ${package}.api;

import java.time.Instant;

/**
 * One record of the ${module} module about a customer.
 *
 * @param id         assigned by the module
 * @param customerId the customer (contacts module), by id: modules refer to each other's records by id only
 * @param title      what the record says
 * @param createdAt  when it was added
 * @param createdBy  who added it
 */
public record ${Module}Record(String id, String customerId, String title, Instant createdAt, String createdBy) {

    /** What a client sends to add a record: only the fields it may set. */
    public record Draft(String customerId, String title) {
    }
}
