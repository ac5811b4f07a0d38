package org.mosaiccrm.service.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.service.api.ServiceDesk;

@Command(scope = "crm", name = "kb-index", description = "Rebuilds the knowledge base's search index from the database "
        + "(it also rebuilds itself when missing or damaged; the index is data/service/kb-index).")
@Service
public class KbIndexCommand implements Action {

    @Reference(optional = true)
    ServiceDesk desk;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        long started = System.nanoTime();
        int articles = CommandRefusals.require(this.desk, "service", registry).rebuildIndex();
        System.out.println(articles + " published articles indexed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return null;
    }
}
