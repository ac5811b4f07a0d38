package ${package}.api;

/** Event Admin topics of the ${module} module, posted after the change is committed. */
public final class ${Module}Events {

    /** Every topic of the module starts with this. */
    public static final String TOPIC_PREFIX = "org/mosaiccrm/${module}/";

    /** A record was added; properties {@code id} and {@code customerId}. */
    public static final String ADDED = TOPIC_PREFIX + "ADDED";

    private ${Module}Events() {
    }
}
