package org.mosaiccrm.kernel.impl.schema;

import org.mosaiccrm.kernel.api.schema.CrmSchema;

/** A bundle's {@value CrmSchema#HEADER} header: {@code <changelog>;module=<module>}. */
record SchemaDeclaration(String module, String changelog) {

    static SchemaDeclaration parse(String header) {
        String[] parts = header.split(";");
        String changelog = parts[0].strip();
        String module = null;
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].split("=", 2);
            if (attribute.length == 2 && attribute[0].strip().equals("module")) {
                module = attribute[1].strip().replace("\"", "");
            }
        }
        if (module == null || !LiquibaseMigrations.MODULE_NAME.matcher(module).matches()) {
            throw new IllegalArgumentException("module= must name the module in lower-case letters, digits and dashes");
        }
        if (changelog.isEmpty() || !changelog.endsWith(".xml") || changelog.startsWith("/") || changelog.contains("..")) {
            throw new IllegalArgumentException("the changelog must be an .xml path inside the bundle");
        }
        return new SchemaDeclaration(module, changelog);
    }
}
