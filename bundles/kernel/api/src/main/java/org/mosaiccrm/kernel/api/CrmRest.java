package org.mosaiccrm.kernel.api;

/**
 * How a module's JAX-RS resources and extensions join the CRM REST application:
 * {@code @JaxrsResource @JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)}.
 */
public final class CrmRest {

    /** The {@code osgi.jaxrs.name} of the CRM application. */
    public static final String APPLICATION_NAME = "crm";

    /** Filter selecting the CRM application, for {@code osgi.jaxrs.application.select}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Where the application is served. */
    public static final String BASE_PATH = "/crm/api";

    /** RFC 9457 problem documents. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** Response header carrying the total number of items of a paged list. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    private CrmRest() {
    }
}
