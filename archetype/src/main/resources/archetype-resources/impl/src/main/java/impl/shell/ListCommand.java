package ${package}.impl.shell;

import ${package}.api.${Module}Record;
import ${package}.api.${Module}Service;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/** {@code ${module}:list [--customer ID] [--limit N]}: the module's records, newest first. */
@Command(scope = "${module}", name = "list", description = "Lists the ${module} records, newest first, of one customer or all.")
@Service
public class ListCommand implements Action {

    @Option(name = "--customer", description = "Only this customer's records (its id; Tab completes it).")
    @Completion(CustomerIdCompleter.class)
    String customerId;

    @Option(name = "--limit", description = "How many to show (default 50, at most 500).")
    int limit = 50;

    @Reference
    ${Module}Service records;

    @Override
    public Object execute() {
        try {
            Page<${Module}Record> page = records.list(customerId, PageRequest.parse(null, String.valueOf(Math.max(1, limit))));
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Customer");
            table.column("Title");
            table.column("Added");
            table.column("By");
            for (${Module}Record record : page.items()) {
                table.addRow().addContent(record.id(), record.customerId(), record.title(), record.createdAt(), record.createdBy());
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " records");
            return null;
        } catch (ProblemException refused) {
            // a refusal is an error for scripts too: the shell prints it and exits non-zero over SSH
            throw new IllegalArgumentException(refused.detail(), refused);
        }
    }
}
