package org.mosaiccrm.service.impl.attachments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a file's first bytes are those of the type it claims (the types the module can check). */
public final class FileTypes {

    private FileTypes() {
    }

    static boolean matches(String type, byte[] head, Path file) throws IOException {
        return switch (type) {
            case "image/jpeg" -> AttachmentStore.startsWith(head, 0xFF, 0xD8, 0xFF);
            case "image/png" -> AttachmentStore.startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "image/gif" -> AttachmentStore.startsWith(head, 'G', 'I', 'F', '8');
            case "application/pdf" -> AttachmentStore.startsWith(head, '%', 'P', 'D', 'F', '-');
            case "text/plain", "text/csv" -> isUtf8Text(file);
            default -> false; // a type the module cannot check is not accepted (ServiceConfigRules lists these)
        };
    }

    private static boolean isUtf8Text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().noneMatch(c -> c == 0);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The types {@link #matches} knows. */
    public static final java.util.Set<String> CHECKABLE = java.util.Set.of("image/jpeg", "image/png", "image/gif", "application/pdf",
            "text/plain", "text/csv");
}
