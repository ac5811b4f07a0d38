package org.mosaiccrm.service.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.service.api.ArticleHit;
import org.mosaiccrm.service.api.ServiceDesk;

@Command(scope = "crm", name = "kb-search", description = "Searches the knowledge base's published articles, best first.")
@Service
public class KbSearchCommand implements Action {

    @Option(name = "--language", description = "The asker's language (fr, en): its articles come first.")
    String language;

    @Option(name = "--limit", description = "How many (1 to 50, default 5).")
    int limit = 5;

    @Argument(name = "words", description = "What to look for (quote several words).", required = true)
    String words;

    @Reference(optional = true)
    ServiceDesk desk;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ServiceDesk desk = CommandRefusals.require(this.desk, "service", registry);
        try {
            var hits = desk.searchArticles(words, language, limit);
            for (ArticleHit hit : hits) {
                System.out.printf("%5.2f  %s  [%s]  %s%n", hit.score(), hit.title(), hit.language(), hit.id());
                System.out.println("       " + hit.highlight().replace("<mark>", "*").replace("</mark>", "*").replace("\n", " "));
            }
            System.out.println(hits.size() + " articles");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not searched", e);
        }
        return null;
    }
}
