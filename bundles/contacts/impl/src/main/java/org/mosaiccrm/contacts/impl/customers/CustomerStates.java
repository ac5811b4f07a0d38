package org.mosaiccrm.contacts.impl.customers;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.kernel.api.problem.ConflictException;

/**
 * What each state of a customer allows, in one place. A live customer (prospect, active, inactive)
 * allows everything; a MERGED one lives on only so that its merge can be undone, so it is read, unmerged,
 * erased or deleted and nothing else; an ERASED one is an anonymous remainder for reports: read or deleted.
 * Anything else is a 409 saying why and what the state allows.
 */
public final class CustomerStates {

    /** What a request does to a customer. */
    public enum Operation {
        UPDATE("changed"), ADD_INTERACTION("given an interaction"), MERGE_INTO("merged into"),
        MERGE_AWAY("merged into another customer"), UNMERGE("unmerged"), ERASE("erased"), DELETE("deleted");

        private final String words;

        Operation(String words) {
            this.words = words;
        }
    }

    private static final Map<CustomerStatus, Set<Operation>> ALLOWED = Map.of(
            CustomerStatus.PROSPECT, EnumSet.complementOf(EnumSet.of(Operation.UNMERGE)),
            CustomerStatus.ACTIVE, EnumSet.complementOf(EnumSet.of(Operation.UNMERGE)),
            CustomerStatus.INACTIVE, EnumSet.complementOf(EnumSet.of(Operation.UNMERGE)),
            CustomerStatus.MERGED, EnumSet.of(Operation.UNMERGE, Operation.ERASE, Operation.DELETE),
            CustomerStatus.ERASED, EnumSet.of(Operation.DELETE));

    private CustomerStates() {
    }

    /** @throws ConflictException (409) when the customer's state does not allow {@code operation} */
    public static void require(CustomerEntity customer, Operation operation) {
        if (customer.status == CustomerStatus.MERGED && operation == Operation.UNMERGE) {
            return;
        }
        Set<Operation> allowed = ALLOWED.getOrDefault(customer.status, EnumSet.noneOf(Operation.class));
        if (!allowed.contains(operation)) {
            String why = switch (customer.status) {
                case MERGED -> "was merged into customer " + customer.mergedInto + "; undo the merge first";
                case ERASED -> "was erased on request; what is left is anonymous and cannot change";
                default -> "is " + customer.status;
            };
            throw new ConflictException("Customer " + customer.id + " " + why + ": it cannot be " + operation.words + ".",
                    Map.of("state", customer.status.name(), "allowed", allowed.stream().map(Enum::name).sorted().toList()));
        }
    }
}
