package org.mosaiccrm.contacts.impl.rest;

import java.net.URI;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.Erasure;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.api.CustomerView;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/contacts/customers}: thin — checks the request's form, then the service decides.
 * Reads are open to staff and to portal customers (scoped by the service); writes to the staff who
 * own customer records (not marketing).
 */
@Component(service = CustomersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ContactsModule.REST_SELECT)
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    private final ContactService contacts;

    @javax.ws.rs.core.Context
    javax.ws.rs.core.SecurityContext security;

    @Activate
    public CustomersResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Page<Customer> search(@QueryParam("name") String name, @QueryParam("email") String email,
                                 @QueryParam("phone") String phone, @QueryParam("organizationId") String organizationId,
                                 @QueryParam("tag") String tag, @QueryParam("owner") String owner,
                                 @QueryParam("tier") String tier, @QueryParam("status") String status,
                                 @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return contacts.search(new CustomerQuery(name, email, phone, organizationId, tag, owner, tier, RequestParameters.enumValue(CustomerStatus.class, "status", status)), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
    public Response create(@QueryParam("allowDuplicate") boolean allowDuplicate, CustomerDraft draft) {
        Customer created = contacts.create(draft, allowDuplicate);
        return Response.created(URI.create("customers/" + created.id()))
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Response get(@PathParam("id") String id) {
        Customer customer = contacts.get(id);
        return Response.ok(customer).tag(etag(customer)).build();
    }

    /** Needs {@code If-Match} with the version read (its ETag): a stale write is a 409, never lost. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CustomerDraft draft) {
        long version = RequestParameters.ifMatchVersion(ifMatch);
        if (security.isUserInRole(CrmRoles.CUSTOMER) && CrmRoles.STAFF.stream().noneMatch(security::isUserInRole)) {
            draft = ownDetails(contacts.get(id), draft); // the portal scope answers 404 for anybody else's id
        }
        Customer updated = contacts.update(id, version, draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    /**
     * What a customer may change about themselves in the portal: their contact details, language and preferred
     * channel. Everything else (tier, credit, owner, status, tags, instructions...) stays as the staff set it.
     */
    private static CustomerDraft ownDetails(Customer current, CustomerDraft asked) {
        if (asked == null) {
            throw new org.mosaiccrm.kernel.api.problem.ValidationException("contactPoints", "the request body must be the customer");
        }
        return new CustomerDraft(current.kind(), current.firstName(), current.lastName(), current.companyName(), current.organizationId(),
                current.status(), current.tier(), current.owner(), current.creditLimit(), current.paymentTerms(),
                asked.preferredChannel() != null ? asked.preferredChannel() : current.preferredChannel(),
                asked.language() != null ? asked.language() : current.language(), current.specialInstructions(), current.tags(),
                asked.contactPoints(), current.externalId(), current.customFields());
    }

    /** Needs {@code If-Match} like an update: nobody deletes a customer they have not seen as it is. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        contacts.delete(id, RequestParameters.ifMatchVersion(ifMatch));
        return Response.noContent().build();
    }

    /** Right to erasure: anonymizes the customer for good; answers what is left. */
    @POST
    @Path("{id}/erase")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Erasure erase(@PathParam("id") String id) {
        return contacts.eraseEverywhere(id);
    }

    @GET
    @Path("{id}/view")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public CustomerView view(@PathParam("id") String id) {
        return contacts.view(id);
    }

    /** Right of access: everything held about the customer, as a download. */
    @GET
    @Path("{id}/personal-data")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.CUSTOMER })
    public Response personalData(@PathParam("id") String id) {
        return Response.ok(contacts.personalData(id))
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + id + ".json\"").build();
    }

    @GET
    @Path("{id}/interactions")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Page<Interaction> interactions(@PathParam("id") String id, @QueryParam("offset") String offset,
                                         @QueryParam("limit") String limit) {
        return contacts.interactions(id, PageRequest.parse(offset, limit));
    }

    @POST
    @Path("{id}/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
    public Response addInteraction(@PathParam("id") String id, InteractionDraft draft) {
        return Response.status(201).entity(contacts.addInteraction(id, draft)).build();
    }

    /** The body names the customer to merge into this one: {@code {"mergedId": "..."}}. */
    public record MergeRequest(String mergedId) {
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
    public Merge merge(@PathParam("id") String survivorId, MergeRequest request) {
        if (request == null || request.mergedId() == null || request.mergedId().isBlank()) {
            throw new ValidationException("mergedId", "is required: the customer to merge into this one");
        }
        return contacts.merge(survivorId, request.mergedId());
    }

    static EntityTag etag(Customer customer) {
        return new EntityTag(String.valueOf(customer.version()));
    }
}
