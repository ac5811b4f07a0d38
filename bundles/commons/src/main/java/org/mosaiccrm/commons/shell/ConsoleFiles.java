package org.mosaiccrm.commons.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessController;
import java.security.Principal;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.shell.support.CommandException;

/**
 * Files a console command reads or writes on the server. The console runs as the CRM's own system user, so a
 * sales rep allowed on the console must not read {@code /etc/shadow} through an import's error message nor
 * overwrite {@code etc/users.properties} with an export: only administrators (Karaf's {@code admin} or
 * {@code crm-admin}) name any path; everybody else works inside {@code data/exchange}, where a relative
 * name also points.
 */
public final class ConsoleFiles {

    private static final Set<String> ADMINISTRATORS = Set.of("admin", "crm-admin");

    private ConsoleFiles() {
    }

    /** The folder console users exchange files in: {@code ${karaf.data}/exchange}. */
    public static Path exchangeFolder() {
        return Path.of(System.getProperty("karaf.data", "data"), "exchange").toAbsolutePath().normalize();
    }

    /**
     * The file the caller may use, or a refusal naming the folder.
     *
     * @param verb what the command does with it, e.g. {@code "import"}
     */
    public static Path resolve(String file, String verb) throws CommandException {
        if (isAdministrator()) {
            return Path.of(file).toAbsolutePath().normalize();
        }
        Path folder = exchangeFolder();
        try {
            Files.createDirectories(folder);
            Path path = folder.resolve(file).normalize();
            // a link inside the folder may lead out of it
            Path real = Files.exists(path) ? path.toRealPath() : path.getParent().toRealPath().resolve(path.getFileName());
            if (!path.startsWith(folder) || !real.startsWith(folder.toRealPath())) {
                throw new CommandException("Only an administrator may " + verb + " files outside " + folder
                        + "; put the file there and give its name.");
            }
            return path;
        } catch (IOException e) {
            throw new CommandException("Cannot " + verb + " " + file + ": " + e.getMessage());
        }
    }

    /** Whether the console user has an administrator's role (the JAAS subject of the session). */
    @SuppressWarnings("removal") // Karaf's console runs commands under Subject.doAs; this is how to read it
    static boolean isAdministrator() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        return subject != null && subject.getPrincipals().stream()
                .filter(principal -> principal.getClass().getSimpleName().equals("RolePrincipal"))
                .map(Principal::getName).map(String::trim).anyMatch(ADMINISTRATORS::contains);
    }
}
