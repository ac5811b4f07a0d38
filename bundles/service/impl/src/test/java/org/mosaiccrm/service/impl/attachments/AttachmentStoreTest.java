package org.mosaiccrm.service.impl.attachments;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mosaiccrm.kernel.api.problem.ValidationException;

public class AttachmentStoreTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aFileNameKeepsNoFolderPart() {
        assertEquals("écran E3.png", AttachmentStore.fileName("C:\\Photos\\écran E3.png"));
        assertEquals("facture.pdf", AttachmentStore.fileName("../../etc/facture.pdf"));
        assertThrows(ValidationException.class, () -> AttachmentStore.fileName("../"));
        assertThrows(ValidationException.class, () -> AttachmentStore.fileName("a\nb.txt"));
        assertThrows(ValidationException.class, () -> AttachmentStore.fileName(null));
    }

    @Test
    public void theContentMustBeOfTheClaimedType() throws IOException {
        Path text = folder.newFile("a.txt").toPath();
        Files.writeString(text, "Bonjour, voici le relevé", StandardCharsets.UTF_8);
        assertTrue(FileTypes.matches("text/plain", Files.readAllBytes(text), text));
        assertFalse(FileTypes.matches("image/png", Files.readAllBytes(text), text));
        assertFalse(FileTypes.matches("application/pdf", Files.readAllBytes(text), text));
        Path binary = folder.newFile("b.bin").toPath();
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0});
        assertTrue(FileTypes.matches("image/jpeg", Files.readAllBytes(binary), binary));
        assertFalse("not UTF-8 text", FileTypes.matches("text/plain", Files.readAllBytes(binary), binary));
        assertFalse("a type the CRM cannot check", FileTypes.matches("application/zip", Files.readAllBytes(binary), binary));
    }
}
