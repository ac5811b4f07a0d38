package ${package}.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's settings, {@code etc/${package}.cfg}; {@code config:meta ${package}} describes them. */
@ObjectClassDefinition(name = "${Module}", description = "Settings of the ${module} module")
public @interface ${Module}Config {

    String PID = "${package}";

    @AttributeDefinition(name = "Longest title", description = "Characters a record's title may have (1 to 200: the column's size)", min = "1", max = "200")
    int maxTitleLength() default 200;

    @AttributeDefinition(name = "List size", description = "Records a list shows when the client asks for no limit (1 to 500)", min = "1", max = "500")
    int listLimit() default 50;
}
