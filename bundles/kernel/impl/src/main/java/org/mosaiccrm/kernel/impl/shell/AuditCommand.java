package org.mosaiccrm.kernel.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.AuditQuery;
import org.mosaiccrm.kernel.api.audit.AuditRecord;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;

@Command(scope = "crm", name = "audit", description = "Shows the audit trail, newest first: who changed which field of what, and when.")
@Service
public class AuditCommand implements Action {

    @Option(name = "--entity-type", description = "Only this kind of entity, e.g. customer or license (Tab completes).")
    @Completion(value = StringsCompleter.class, values = { "customer", "lead", "license",
        "configuration", "portal-account" })
    String entityType;

    @Option(name = "--entity-id", description = "Only this entity.")
    String entityId;

    @Option(name = "--user", description = "Only changes by this user.")
    String user;

    @Option(name = "--limit", description = "How many records (default 20, at most 500).")
    int limit = 20;

    // optional: Karaf registers a bundle's commands only once every command's references are there,
    // and crm:health must stay usable while the database is down
    @Reference(optional = true)
    AuditLog audit;

    @Override
    public Object execute() {
        if (audit == null) {
            System.out.println("The audit trail is unavailable: the database is not reachable (see crm:health).");
            return null;
        }
        Page<AuditRecord> page = audit.find(new AuditQuery(entityType, entityId, user, null, null),
                PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
        ShellTable table = new ShellTable();
        table.column("When");
        table.column("User");
        table.column("Action");
        table.column("Entity");
        table.column("Changes").maxSize(80);
        for (AuditRecord record : page.items()) {
            StringBuilder changes = new StringBuilder();
            for (FieldChange change : record.changes()) {
                if (changes.length() > 0) {
                    changes.append("; ");
                }
                changes.append(change.field()).append(": ").append(change.before()).append(" -> ").append(change.after());
            }
            table.addRow().addContent(record.at(), record.user(), record.action(),
                    record.entityType() + " " + record.entityId(), changes);
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " records");
        return null;
    }
}
