package org.mosaiccrm.itests.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

/**
 * Builds the test module ({@code org.mosaiccrm.itests.notes}) into a real bundle with bnd — DS
 * descriptors and imports included — and into a feature pack (KAR), as a vendor would ship it.
 * Runs in the test driver, before the container boots.
 */
public final class TestPacks {

    public static final String NOTES_BUNDLE_PROPERTY = "crm.itest.notes.bundle";
    public static final String NOTES_KAR_PROPERTY = "crm.itest.notes.kar";
    public static final String NOTES_VERSION = "1.0.0";

    private TestPacks() {
    }

    public static Path notesBundle() throws Exception {
        Path target = Path.of("target/test-packs/notes-" + NOTES_VERSION + ".jar").toAbsolutePath();
        Files.createDirectories(target.getParent());
        try (Builder builder = new Builder()) {
            builder.setProperty("Bundle-SymbolicName", "org.mosaiccrm.itests.notes");
            builder.setProperty("Bundle-Version", NOTES_VERSION);
            builder.setProperty("Private-Package", "org.mosaiccrm.itests.notes");
            builder.setProperty("-dsannotations", "*");
            builder.setProperty("-dsannotations-options", "norequirements");
            builder.setProperty("Import-Package", "*");
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                builder.addClasspath(new File(entry));
            }
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd could not build the notes bundle: " + builder.getErrors());
            }
            jar.write(target.toFile());
        }
        return target;
    }

    /** A KAR holding the notes bundle and a {@code crm-notes} feature that installs itself. */
    public static Path notesKar(Path bundle) throws IOException {
        Path kar = Path.of("target/test-packs/crm-notes-" + NOTES_VERSION + ".kar").toAbsolutePath();
        String features = """
                <?xml version="1.0" encoding="UTF-8"?>
                <features name="crm-notes-%1$s" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="crm-notes" version="%1$s" install="auto" description="Notes (test pack)">
                    <feature>crm-kernel</feature>
                    <bundle>mvn:org.mosaiccrm.itests/notes/%1$s</bundle>
                  </feature>
                </features>
                """.formatted(NOTES_VERSION);
        try (OutputStream file = Files.newOutputStream(kar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("repository/org/mosaiccrm/itests/notes-features/" + NOTES_VERSION
                    + "/notes-features-" + NOTES_VERSION + "-features.xml"));
            zip.write(features.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("repository/org/mosaiccrm/itests/notes/" + NOTES_VERSION + "/notes-"
                    + NOTES_VERSION + ".jar"));
            zip.write(Files.readAllBytes(bundle));
            zip.closeEntry();
        }
        return kar;
    }
}
