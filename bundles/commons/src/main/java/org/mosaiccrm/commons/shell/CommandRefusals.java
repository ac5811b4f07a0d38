package org.mosaiccrm.commons.shell;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.support.CommandException;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/**
 * Refusals as the Karaf console shows them: Karaf prints a {@link CommandException}'s message alone (no
 * stack, nothing in the log) and a script over SSH gets exit status 1.
 */
public final class CommandRefusals {

    private CommandRefusals() {
    }

    /** {@code "Not added: lastName: a person needs a first or last name"}: each reason once, one per line. */
    public static CommandException refused(String what, ProblemException problem) {
        List<String> lines = new ArrayList<>();
        for (FieldError error : problem.errors()) {
            lines.add(error.field() + ": " + error.message());
        }
        String detail = problem.detail();
        if (lines.isEmpty() || detail != null && lines.stream().noneMatch(detail::contains)) {
            lines.add(0, detail);
        }
        String message = what + ": " + (lines.size() == 1 ? lines.get(0) : "\n  " + String.join("\n  ", lines));
        return new CommandException(message);
    }

    /** A refusal that is not a {@link ProblemException}: a file that does not exist, an option that does not fit. */
    public static CommandException refused(String message) {
        return new CommandException(message);
    }

    /**
     * The module's service, or a refusal saying why the module does not run — not licensed, waiting,
     * failed — instead of Karaf's "Command not found". Commands take their module's service as an optional
     * {@code @Reference} so that they stay listed (and their ACL applies) while the module is dormant.
     */
    public static <T> T require(T service, String module, ModuleRegistry registry) throws CommandException {
        if (service != null) {
            return service;
        }
        String why = registry == null ? "is not running (the kernel is not)"
                : registry.module(module).map(status -> "is " + status.state()
                        + (status.reason() == null ? " (starting)" : ": " + status.reason()))
                .orElse("is not installed (feature:install crm-" + module + ")");
        throw new CommandException("The " + module + " module " + why + ".");
    }
}
