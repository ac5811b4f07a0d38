package org.mosaiccrm.service.impl.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.UnsupportedMediaTypeException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.service.api.Attachment;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.Settings;
import org.mosaiccrm.service.impl.persistence.AttachmentEntity;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.mosaiccrm.service.impl.tickets.TicketDesk;

/**
 * Tickets' files, outside the rows: {@code data/service/attachments/<ticket>/<attachment>}. A file is received
 * into a temporary file (refused past the size limit while it arrives), its first bytes must match the type it
 * claims (a PNG is a PNG), then it is moved into place and its row written; if the row cannot be written the
 * file goes too, so there is never a row without its file nor a file kept for a refused upload.
 */
public final class AttachmentStore {

    private final ServiceParts parts;
    private final TicketDesk tickets;
    private final Path folder;

    /** Where the files are: {@code data/service/attachments}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("karaf.data", "data"), "service", "attachments");
    }

    public AttachmentStore(ServiceParts parts, TicketDesk tickets, Path folder) {
        this.parts = parts;
        this.tickets = tickets;
        this.folder = folder;
    }

    public Attachment attach(String ticketId, String fileName, String contentType, InputStream content) {
        Settings settings = parts.settings().get();
        String name = fileName(fileName);
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!settings.attachmentTypes().contains(type)) {
            throw new UnsupportedMediaTypeException("A ticket takes " + String.join(", ", settings.attachmentTypes())
                    + " files, not " + (type.isEmpty() ? "a file without Content-Type" : type) + " (service attachmentTypes).");
        }
        parts.jpa().txExpr(em -> open(em, ticketId)); // exists, is this caller's, is not closed: before receiving anything
        String id = UUID.randomUUID().toString();
        Path received = receive(content, settings.attachmentMaxKb() * 1024L);
        try {
            String sha256 = checkedContent(received, type);
            long size = Files.size(received);
            Path target = folder.resolve(ticketId).resolve(id);
            Files.createDirectories(target.getParent());
            Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
            try {
                boolean customer = parts.callers().caller().map(c -> c.isCustomer()).orElse(false);
                Instant now = parts.clock().instant();
                return JpaTransactions.required(parts.jpa(), em -> {
                    TicketEntity ticket = open(em, ticketId);
                    AttachmentEntity entity = new AttachmentEntity();
                    entity.id = id;
                    entity.ticketId = ticketId;
                    entity.fileName = name;
                    entity.contentType = type;
                    entity.size = size;
                    entity.sha256 = sha256;
                    entity.uploadedBy = customer ? "customer" : parts.callers().name();
                    entity.fromCustomer = customer;
                    entity.uploadedAt = now;
                    em.persist(entity);
                    parts.audit().record(ServiceModule.NAME, "Attachment", id, AuditAction.CREATE, List.of(
                            new FieldChange("ticket", null, ticket.number), new FieldChange("fileName", null, name),
                            new FieldChange("size", null, String.valueOf(size))));
                    tickets.timeline(ticket, customer ? Direction.INBOUND : Direction.OUTBOUND, "file attached", name);
                    return entity.toAttachment();
                });
            } catch (RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the attachment could not be stored under " + folder, e);
        } finally {
            try {
                Files.deleteIfExists(received);
            } catch (IOException ignored) {
                // a temporary file; the next start does not need it
            }
        }
    }

    public List<Attachment> list(String ticketId) {
        return parts.jpa().txExpr(em -> {
            tickets.entity(em, ticketId);
            return em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.ticketId = :ticket ORDER BY a.uploadedAt, a.id",
                    AttachmentEntity.class).setParameter("ticket", ticketId).getResultList().stream().map(AttachmentEntity::toAttachment).toList();
        });
    }

    public InputStream content(String ticketId, String attachmentId) {
        AttachmentEntity entity = parts.jpa().txExpr(em -> {
            tickets.entity(em, ticketId);
            AttachmentEntity found = attachmentId == null ? null : em.find(AttachmentEntity.class, attachmentId);
            return found == null || !found.ticketId.equals(ticketId) ? null : found;
        });
        if (entity == null) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        try {
            return Files.newInputStream(folder.resolve(ticketId).resolve(entity.id));
        } catch (IOException e) {
            throw new NotFoundException("Attachment", attachmentId + " (its file is missing from " + folder + ")");
        }
    }

    /** The files of an erased ticket go with it. */
    public static void deleteFiles(Path folder, String ticketId) {
        Path ticketFolder = folder.resolve(ticketId);
        try (var files = Files.exists(ticketFolder) ? Files.list(ticketFolder) : java.util.stream.Stream.<Path>empty()) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(ticketFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("the files of ticket " + ticketId + " could not be deleted", e);
        }
    }

    private TicketEntity open(javax.persistence.EntityManager em, String ticketId) {
        TicketEntity ticket = tickets.entity(em, ticketId);
        if (TicketStatus.valueOf(ticket.status) == TicketStatus.CLOSED) {
            throw new org.mosaiccrm.kernel.api.problem.ConflictException("A CLOSED ticket takes no file; open a new one.",
                    java.util.Map.of("state", "CLOSED", "allowed", List.of()));
        }
        return ticket;
    }

    private Path receive(InputStream content, long maxBytes) {
        try {
            Path tmp = folder.resolve("tmp");
            Files.createDirectories(tmp);
            Path file = Files.createTempFile(tmp, "upload-", ".part");
            try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int read; (read = in.read(buffer)) > 0; ) {
                    total += read;
                    if (total > maxBytes) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw new FileTooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
                if (total == 0) {
                    out.close();
                    Files.deleteIfExists(file);
                    throw new ValidationException("file", "is empty");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the attachment could not be received", e);
        }
    }

    /** The SHA-256 of the file, once its first bytes are found to be of the type it claims. */
    private static String checkedContent(Path file, String type) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (!FileTypes.matches(type, head, file)) {
            throw new ValidationException("file", "is not a " + type + " file (its content says otherwise)");
        }
        try (InputStream in = Files.newInputStream(file); DigestOutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(digest);
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name as the user gave it, without any folder part, on one line, at most 200 characters. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("name", "the file's name is required (?name=photo.jpg), on one line");
        }
        if (name.length() > 200) {
            throw new ValidationException("name", "is at most 200 characters");
        }
        return name;
    }

    static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
