package org.mosaiccrm.commons.shell;

import java.util.List;

import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completes the ids of a module's records, each shown with what a person recognises (a name, a status):
 * an id alone says nothing to the person choosing. Offers nothing while the module is dormant.
 *
 * @param <T> the record
 */
public abstract class NamedIdCompleter<T> implements Completer {

    /** The records to offer (a few dozen: the newest, or the first by name); empty while the module is dormant. */
    protected abstract List<T> records();

    protected abstract String id(T record);

    protected abstract String describe(T record);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        records().forEach(record -> ids.getStrings().add(id(record)));
        return ids.complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        records().forEach(record -> candidates.add(new Candidate(id(record), id(record), null, describe(record), null, null, true)));
    }
}
