package org.mosaiccrm.licensing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Vendor signing keys (Ed25519, JDK crypto) in PEM files. The private key file also carries the
 * public key, so that signing can name the key ({@link #keyId}) without a second file.
 */
public final class VendorKeys {

    public static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private VendorKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** A short, stable name for a public key: the first 16 hex digits of the SHA-256 of its encoding. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code vendor.key} (owner-only) and {@code vendor.pub}; refuses to overwrite a key. */
    public static void write(KeyPair keys, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path privateFile = directory.resolve("vendor.key");
        if (Files.exists(privateFile)) {
            throw new FileAlreadyExistsException(privateFile.toString(), null, "a vendor key is already there; move it away first");
        }
        String privatePem = "# Mosaic CRM vendor signing key " + keyId(keys.getPublic()) + ". Keep it secret.\n"
                + pem("PRIVATE KEY", keys.getPrivate().getEncoded()) + pem("PUBLIC KEY", keys.getPublic().getEncoded());
        Files.createFile(privateFile, ownerOnly(privateFile));
        Files.writeString(privateFile, privatePem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        writePublic(keys.getPublic(), directory.resolve("vendor.pub"));
    }

    public static void writePublic(PublicKey key, Path file) throws IOException {
        Files.writeString(file, "# Mosaic CRM vendor key " + keyId(key) + "\n" + pem("PUBLIC KEY", key.getEncoded()),
                StandardCharsets.US_ASCII);
    }

    /** The key pair from a {@code vendor.key} file. */
    public static KeyPair readKeyPair(Path file) throws IOException {
        Map<String, byte[]> blocks = blocks(file);
        if (!blocks.containsKey("PRIVATE KEY") || !blocks.containsKey("PUBLIC KEY")) {
            throw new IOException(file + " is not a vendor key file (made by 'crm-license keygen')");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(blocks.get("PUBLIC KEY"))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(blocks.get("PRIVATE KEY"))));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 key pair: " + e.getMessage(), e);
        }
    }

    public static PublicKey readPublic(Path file) throws IOException {
        byte[] encoded = blocks(file).get("PUBLIC KEY");
        if (encoded == null) {
            throw new IOException(file + " holds no PUBLIC KEY block");
        }
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /**
     * Every {@code *.pub} of a directory, by key id. A file that is not a key is reported through
     * {@code problems} and left out, so one bad file does not stop the others from being trusted.
     */
    public static Map<String, PublicKey> readTrusted(Path directory, Map<Path, String> problems) throws IOException {
        Map<String, PublicKey> trusted = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return trusted;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pub")).sorted().toList()) {
                try {
                    PublicKey key = readPublic(file);
                    trusted.put(keyId(key), key);
                } catch (IOException e) {
                    problems.put(file, e.getMessage());
                }
            }
        }
        return trusted;
    }

    private static Map<String, byte[]> blocks(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        Map<String, byte[]> blocks = new LinkedHashMap<>();
        Matcher matcher = PEM.matcher(text);
        while (matcher.find()) {
            try {
                blocks.put(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2)));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": the " + matcher.group(1) + " block is not base64", e);
            }
        }
        return blocks;
    }

    private static String pem(String type, byte[] encoded) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(encoded)
                + "\n-----END " + type + "-----\n";
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path file) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
        }
        return new java.nio.file.attribute.FileAttribute<?>[0];
    }
}
