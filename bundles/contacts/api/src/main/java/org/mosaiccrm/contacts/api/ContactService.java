package org.mosaiccrm.contacts.api;

import java.util.List;

import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Customers, their contact points and their timeline. Every method applies the caller's portal
 * scope: a portal customer sees and changes only its own customer; anything else does not exist
 * for it ({@code NotFoundException}).
 */
@ProviderType
public interface ContactService {

    /**
     * Creates a customer unless it looks like an existing one.
     *
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException with every invalid field
     * @throws org.mosaiccrm.kernel.api.problem.ConflictException with the {@code candidates} when another
     *         customer has the same e-mail or phone, or the same name in the same organization
     */
    default Customer create(CustomerDraft draft) {
        return create(draft, false);
    }

    /** As {@link #create(CustomerDraft)}; with {@code allowDuplicate}, created even if it looks like another. */
    Customer create(CustomerDraft draft, boolean allowDuplicate);

    /**
     * The customer someone is, or a new one, with an interaction logged on it — in one transaction (the
     * caller's, when one runs), so that a module handing a person over (a converted lead, a service request
     * from a stranger) makes one call: the customer is looked up by the draft's first e-mail address, then
     * by its first phone number (any format); when neither matches it is created from the draft, with the
     * rules of {@link #create(CustomerDraft)}.
     *
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException when a new customer's draft or the interaction is invalid
     * @throws org.mosaiccrm.kernel.api.problem.ConflictException when the new customer looks like another (same name in
     *         the same organization)
     */
    CustomerMatch matchOrCreate(CustomerDraft draft, InteractionDraft interaction);

    /** Groups of customers sharing an e-mail address or phone number. */
    List<DuplicateGroup> duplicates(int maxGroups);

    /**
     * Moves the merged customer's contact points (those the survivor lacks) and interactions to the
     * survivor and marks it {@code MERGED}; both customers' other fields stay as they are.
     */
    Merge merge(String survivorId, String mergedId);

    /** Undoes a merge: both customers are restored exactly as they were before it. */
    Merge unmerge(String mergeId);

    /**
     * Imports customers from CSV (Google Contacts, Outlook or this CRM's own column names; UTF-8 with
     * or without BOM; {@code ;} or {@code ,}), streamed row by row. A row whose external id or e-mail
     * matches a customer updates it; others create one. Every row is its own transaction: good rows
     * go in, bad rows are reported by line.
     */
    ImportReport importCsv(java.io.Reader csv, ImportOptions options, ImportProgress progress);

    /**
     * Writes the matching customers as CSV, page by page (never all in memory), in the column names
     * {@link #importCsv} reads: importing an export changes nothing.
     *
     * @return how many customers were written
     */
    long exportCsv(CustomerQuery query, java.io.Writer out) throws java.io.IOException;

    /**
     * As {@link #exportCsv(CustomerQuery, java.io.Writer)}, with a column per custom field, telling
     * {@code progress} how many customers are written so far (every few hundred).
     */
    default long exportCsv(CustomerQuery query, java.io.Writer out, java.util.function.LongConsumer progress)
            throws java.io.IOException {
        return exportCsv(query, out);
    }

    /** Writes the matching customers as vCards, 4.0 or (with {@code version3}) 3.0, page by page. */
    long exportVCards(CustomerQuery query, boolean version3, java.io.Writer out) throws java.io.IOException;

    /**
     * Writes the matching customers in the transfer format (JSON Lines, {@code application/x-ndjson}): each with
     * everything it has — ids, profile, custom fields, contact points, tags — and its interactions. What
     * {@link #importTransfer} reads into another installation with nothing lost.
     *
     * @param progress told the count written so far, every few hundred
     */
    long exportTransfer(CustomerQuery query, java.io.Writer out, java.util.function.LongConsumer progress)
            throws java.io.IOException;

    /**
     * Reads the transfer format: a customer keeps its id; one that exists already is updated, or left as it is
     * when equal; its interactions are added unless there; each line is checked by the usual rules and a
     * refused line is reported by number. Importing an export of this installation changes nothing.
     */
    ImportReport importTransfer(java.io.Reader in, ImportOptions options, ImportProgress progress);

    /**
     * Imports vCards (2.1, 3.0 or 4.0), card by card, with the rules of {@link #importCsv}; a problem's
     * {@code line} is the card's position in the file (1 for the first card).
     */
    ImportReport importVCards(java.io.Reader cards, ImportOptions options, ImportProgress progress);

    Customer get(String id);

    /**
     * Replaces the customer's fields with the draft's.
     *
     * @param version the version the caller read
     * @throws org.mosaiccrm.kernel.api.problem.ConflictException when someone changed it meanwhile
     */
    Customer update(String id, long version, CustomerDraft draft);

    /**
     * Deletes the customer, its contact points and its timeline; the audit trail keeps what it held
     * (erase it first when the customer asks to be forgotten).
     *
     * @param version the version the caller read
     * @throws org.mosaiccrm.kernel.api.problem.ConflictException when someone changed it meanwhile, when
     *         it is an organization with members, or when merged customers point at it
     */
    void delete(String id, long version);

    /**
     * Right to erasure: removes everything that identifies the customer (names, contact points,
     * instructions, external id, custom fields, the subject and summary of each interaction, the
     * values in its audit trail) and keeps the anonymous rest (kind, tier, owner, credit terms, the
     * channels and dates of its interactions) so that counts and reports stay true. Cannot be undone.
     * Every other module holding personal data about the customer ({@link PersonalDataHolder}) erases
     * its part in the same transaction.
     *
     * @return what is left of the customer; {@link #eraseEverywhere} also says which modules erased what
     */
    Customer erase(String id);

    /** {@link #erase}, answering which modules erased how many records. */
    Erasure eraseEverywhere(String id);

    /** The custom fields this deployment defines. */
    List<CustomFieldDefinition> customFields();

    Page<Customer> search(CustomerQuery query, PageRequest page);

    /** Customers having this phone number, given in any format. */
    List<Customer> findByPhone(String phone);

    Interaction addInteraction(String customerId, InteractionDraft draft);

    /** Newest first. */
    Page<Interaction> interactions(String customerId, PageRequest page);

    /** Everything held about the customer (right of access); a portal customer may ask for its own. */
    PersonalData personalData(String customerId);

    /** Profile, recent interactions and contributed sections. */
    CustomerView view(String customerId);

    /**
     * Records an incoming call on the matching customer's timeline (when exactly one matches) and
     * publishes {@link ContactsEvents#CALL_INCOMING} so that the agent's screen pops.
     *
     * @return the customers matching the caller's number
     */
    List<Customer> incomingCall(IncomingCall call);
}
