package org.mosaiccrm.kernel.impl.shell;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "license-install", description = "Verifies a license file and, if it is good, puts it in force at once (no restart). A refused license changes nothing.")
@Service
public class LicenseInstallCommand implements Action {

    @Argument(index = 0, name = "file", description = "The license file from your vendor.", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Reference
    LicenseService licensing;

    @Override
    public Object execute() throws Exception {
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CommandException("License not installed: no such file: " + file);
        }
        try {
            LicenseCommand.print(licensing.install(content), null);
            System.out.println("License installed.");
        } catch (ProblemException e) {
            throw new CommandException("License not installed, the license in force stays: "
                    + (e.errors().isEmpty() ? e.detail() : e.errors().get(0).message()));
        }
        return null;
    }
}
