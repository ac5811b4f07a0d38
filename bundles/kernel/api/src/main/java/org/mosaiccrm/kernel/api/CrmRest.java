package org.mosaiccrm.kernel.api;

/**
 * How REST resources join the CRM. Each module serves its resources from a JAX-RS application of its
 * own, based at {@code /crm/api/<module>}, which the kernel registers for it ({@link CrmRestModule}): when a module comes
 * or goes, the whiteboard rebuilds that application only, and every other module keeps answering.
 * The kernel's own resources (and small contributions that need no application of their own) join
 * the kernel's application with {@code @JaxrsResource @JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)}.
 */
public final class CrmRest {

    /** The {@code osgi.jaxrs.name} of the kernel's application, served at {@link #BASE_PATH}. */
    public static final String APPLICATION_NAME = "crm";

    /** Filter selecting the kernel's application, for {@code osgi.jaxrs.application.select}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Service property every CRM application carries (set by {@link CrmRestApplication}). */
    public static final String CRM_APPLICATION_PROPERTY = "crm.rest.application";

    /** Filter selecting every CRM application, the kernel's and the modules': how the kernel's extensions join them. */
    public static final String ALL_APPLICATIONS_SELECT = "(" + CRM_APPLICATION_PROPERTY + "=true)";

    /** Where the CRM's REST API is served; a module's application is based at {@code BASE_PATH + "/" + module}. */
    public static final String BASE_PATH = "/crm/api";

    /** {@code osgi.jaxrs.name} of the kernel's JSON provider. */
    public static final String JSON_EXTENSION = "crm.json";
    /** {@code osgi.jaxrs.name} of the kernel's mapper of {@code ProblemException}s. */
    public static final String PROBLEMS_EXTENSION = "crm.problems";
    /** {@code osgi.jaxrs.name} of the kernel's mapper of unreadable JSON. */
    public static final String JSON_PROBLEMS_EXTENSION = "crm.problems.json";
    /** {@code osgi.jaxrs.name} of the kernel's mapper of the runtime's own errors (404, 405, 415...). */
    public static final String JAXRS_PROBLEMS_EXTENSION = "crm.problems.jaxrs";
    /** {@code osgi.jaxrs.name} of the kernel's mapper of anything unexpected (500 without a stack trace). */
    public static final String UNEXPECTED_PROBLEMS_EXTENSION = "crm.problems.unexpected";
    /** {@code osgi.jaxrs.name} of the kernel's authentication and role filter. */
    public static final String SECURITY_EXTENSION = "crm.security";
    /** {@code osgi.jaxrs.name} of the kernel's request size limits. */
    public static final String LIMITS_EXTENSION = "crm.limits";

    /** What a module's name may be: it is a path segment, a feature suffix and a table prefix. */
    public static final java.util.regex.Pattern MODULE_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /**
     * The {@code osgi.jaxrs.name} of a module's application, {@code crm.<module>}; its resources select it
     * with {@code @JaxrsApplicationSelect("(osgi.jaxrs.name=crm.<module>)")}. See {@link CrmRestModule}.
     */
    public static String moduleApplicationName(String module) {
        return APPLICATION_NAME + "." + module;
    }

    /** Where a module's application is based: {@code /crm/api/<module>}. */
    public static String moduleBasePath(String module) {
        return BASE_PATH + "/" + module;
    }

    /** RFC 9457 problem documents. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** Response header carrying the total number of items of a paged list. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    private CrmRest() {
    }
}
