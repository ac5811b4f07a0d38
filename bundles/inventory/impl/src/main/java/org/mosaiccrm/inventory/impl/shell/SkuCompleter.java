package org.mosaiccrm.inventory.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.kernel.api.paging.PageRequest;

/** Completes product SKUs starting with what was typed. */
@Service
public class SkuCompleter implements Completer {

    @Reference(optional = true)
    InventoryService inventory;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        if (inventory == null) {
            return -1;
        }
        StringsCompleter skus = new StringsCompleter();
        String typed = commandLine.getCursorArgument() == null ? "" : commandLine.getCursorArgument()
                .substring(0, commandLine.getArgumentPosition());
        inventory.products(typed.isEmpty() ? null : typed, null, PageRequest.first(50)).items()
                .forEach(product -> skus.getStrings().add(product.sku()));
        return skus.complete(session, commandLine, candidates);
    }
}
