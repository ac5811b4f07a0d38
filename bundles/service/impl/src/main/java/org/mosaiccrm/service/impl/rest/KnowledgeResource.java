package org.mosaiccrm.service.impl.rest;

import java.net.URI;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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

import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.RateLimit;
import org.mosaiccrm.service.api.Article;
import org.mosaiccrm.service.api.ArticleHit;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.impl.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/service/articles}: agents and managers write the knowledge base; every signed-in user
 * (customers in the portal too) reads, searches and votes on published articles; a published article is also
 * public by its id (web-to-case answers link to it), with a rate limit per client.
 */
@Component(service = KnowledgeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ServiceModule.REST_SELECT)
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT })
public class KnowledgeResource {

    private final ServiceDesk desk;

    @Activate
    public KnowledgeResource(@Reference ServiceDesk desk) {
        this.desk = desk;
    }

    /** Authors (agents, managers) see drafts too ({@code published=false}); everyone else published articles only. */
    @GET
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Page<Article> list(@QueryParam("language") String language, @QueryParam("published") String published,
                              @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return desk.articles(language, TicketsResource.bool("published", published), PageRequest.parse(offset, limit));
    }

    @GET
    @Path("search")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public List<ArticleHit> search(@QueryParam("q") String text, @QueryParam("language") String language,
                                   @QueryParam("limit") String limit) {
        int count = 10;
        if (limit != null) {
            try {
                count = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > 50) {
                throw new ValidationException("limit", "is 1 to 50");
            }
        }
        return desk.searchArticles(RequestParameters.required("q", text, "q=remboursement"), language, count);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @RateLimit(requests = 120, perSeconds = 60)
    public Response get(@PathParam("id") String id) {
        Article article = desk.article(id);
        return Response.ok(article).tag(etag(article)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Article.Draft draft) {
        Article article = desk.saveArticle(null, 0, draft);
        return Response.created(URI.create("articles/" + article.id())).tag(etag(article)).entity(article).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Article.Draft draft) {
        Article article = desk.saveArticle(id, RequestParameters.ifMatchVersion(ifMatch), draft);
        return Response.ok(article).tag(etag(article)).build();
    }

    /** A reader's vote. */
    public record Vote(Boolean helpful) {
    }

    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Article vote(@PathParam("id") String id, Vote vote) {
        if (vote == null || vote.helpful() == null) {
            throw new ValidationException("helpful", "is true or false");
        }
        return desk.voteArticle(id, vote.helpful());
    }

    /** What a rebuild did. */
    public record Rebuilt(int articles) {
    }

    @POST
    @Path("index")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Rebuilt rebuild() {
        return new Rebuilt(desk.rebuildIndex());
    }

    private static EntityTag etag(Article article) {
        return new EntityTag(String.valueOf(article.version()));
    }
}
