package org.mosaiccrm.licensing.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.mosaiccrm.licensing.License;
import org.mosaiccrm.licensing.LicenseException;
import org.mosaiccrm.licensing.LicenseFormat;
import org.mosaiccrm.licensing.LicenseSigner;
import org.mosaiccrm.licensing.LicenseTerms;
import org.mosaiccrm.licensing.LicenseVerifier;
import org.mosaiccrm.licensing.VendorKeys;

/**
 * {@code bin/crm-license}: the vendor's tool to make keys, sign licenses and inspect them.
 * Exit codes: 0 done, 1 the license or key is bad, 2 the command line is wrong.
 */
public final class LicenseTool {

    static final int OK = 0;
    static final int BAD = 1;
    static final int USAGE = 2;
    /** inspect without --pub: the form and dates are fine, the signature was not checked */
    static final int NOT_VERIFIED = 3;

    private static final Pattern FEATURE = Pattern.compile("[a-z][a-z0-9-]*");

    private static final String HELP = """
            Usage: crm-license <command> [options]

            Commands:
              keygen   make a vendor key pair
              sign     sign a license
              inspect  show a license and check it

            'crm-license <command> --help' tells more.
            """;
    private static final String KEYGEN_HELP = """
            Usage: crm-license keygen --out DIR

            Writes DIR/vendor.key (private, readable by you only; keep it secret and backed up)
            and DIR/vendor.pub (give it to customers: it goes into etc/licensing/trusted/).
            Refuses to overwrite an existing vendor.key.
            """;
    private static final String SIGN_HELP = """
            Usage: crm-license sign --key DIR/vendor.key --licensee NAME --features contacts,leads,...
                                    --expires YYYY-MM-DD [--not-before YYYY-MM-DD] [--seats N]
                                    [--edition NAME] [--id LICENSE-ID] [--extra-features NAME,...] --out FILE

            --expires     last valid day (UTC); an instant such as 2027-01-31T12:00:00Z is accepted too
            --not-before  first valid day (default: today)
            --seats       named users allowed (default: no limit)
            --edition     edition name (default: standard)
            --id          license id (default: a new UUID)
            --extra-features  third-party packs this license may name besides the product's own
            Features are the packs the customer bought: contacts, leads, inventory, service, reporting, sales, notifications, web
            (and the --extra-features). A misspelt feature, an --expires in the past or before --not-before
            is refused: the customer's CRM would refuse that license.
            """;
    private static final String INSPECT_HELP = """
            Usage: crm-license inspect FILE [--pub DIR/vendor.pub]

            Prints the license and checks it: its form, its validity period and, with --pub, its signature.
            Exits with 1 and says what is wrong when the license cannot be used.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    LicenseTool(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new LicenseTool(System.out, System.err, Clock.systemUTC()).run(args));
    }

    int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(HELP);
            return args.length == 0 ? USAGE : OK;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "keygen" -> keygen(rest);
                case "sign" -> sign(rest);
                case "inspect" -> inspect(rest);
                default -> usage("unknown command '" + command + "'", HELP);
            };
        } catch (UsageException e) {
            return usage(e.getMessage(), e.help);
        } catch (NoSuchFileException e) {
            err.println("crm-license: no such file: " + e.getFile());
            return BAD;
        } catch (IOException e) {
            err.println("crm-license: " + e.getMessage());
            return BAD;
        }
    }

    private int keygen(List<String> args) throws IOException, UsageException {
        Options options = Options.parse(args, KEYGEN_HELP, List.of("out"), List.of());
        if (options.help) {
            out.print(KEYGEN_HELP);
            return OK;
        }
        Path directory = Path.of(options.required("out"));
        KeyPair keys = VendorKeys.generate();
        VendorKeys.write(keys, directory);
        out.println("Vendor key " + VendorKeys.keyId(keys.getPublic()) + " written:");
        out.println("  " + directory.resolve("vendor.key") + "  (private: keep it secret)");
        out.println("  " + directory.resolve("vendor.pub") + "  (public: customers put it in etc/licensing/trusted/)");
        return OK;
    }

    private int sign(List<String> args) throws IOException, UsageException {
        Options options = Options.parse(args, SIGN_HELP,
                List.of("key", "licensee", "features", "expires", "not-before", "seats", "edition", "id", "out",
                        "extra-features"), List.of());
        if (options.help) {
            out.print(SIGN_HELP);
            return OK;
        }
        // the whole command line is checked before any file is read
        Path keyFile = Path.of(options.required("key"));
        String licensee = options.required("licensee");
        Path target = Path.of(options.required("out"));
        List<String> features = Arrays.stream(options.required("features").split(",")).map(String::trim)
                .filter(f -> !f.isEmpty()).toList();
        if (features.isEmpty()) {
            throw new UsageException("--features needs at least one feature", SIGN_HELP);
        }
        java.util.Set<String> known = new java.util.TreeSet<>(LicenseTerms.PRODUCT_FEATURES);
        Arrays.stream(options.value("extra-features", "").split(",")).map(String::trim).filter(f -> !f.isEmpty())
                .forEach(known::add);
        for (String feature : features) {
            if (!FEATURE.matcher(feature).matches()) {
                throw new UsageException("'" + feature + "' is not a feature name (lower case letters, digits, '-')", SIGN_HELP);
            }
            if (!known.contains(feature)) {
                throw new UsageException("'" + feature + "' is not a pack of the product " + known
                        + "; a third-party pack is declared with --extra-features " + feature, SIGN_HELP);
            }
        }
        String expires = options.required("expires");
        LocalDate notBefore = options.date("not-before");
        Integer seats = options.positive("seats");
        Instant end;
        try {
            end = LicenseFormat.endOfValidity(expires);
        } catch (DateTimeParseException e) {
            throw new UsageException("--expires must be YYYY-MM-DD or an instant like 2027-01-31T12:00:00Z", SIGN_HELP);
        }
        if (end.isBefore(Instant.now(clock))) {
            throw new UsageException("--expires " + expires + " is in the past: the license would never be valid", SIGN_HELP);
        }
        if (notBefore != null && notBefore.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().isAfter(end)) {
            throw new UsageException("--not-before " + notBefore + " is after --expires " + expires, SIGN_HELP);
        }
        KeyPair key = VendorKeys.readKeyPair(keyFile);
        LicenseTerms terms = new LicenseTerms(options.value("id", UUID.randomUUID().toString()),
                licensee, features, expires, notBefore, seats, options.value("edition", "standard"));
        byte[] license = new LicenseSigner(key, clock).sign(terms);
        Files.write(target, license);
        out.println("License " + terms.licenseId() + " for " + terms.licensee() + " signed with key "
                + VendorKeys.keyId(key.getPublic()) + ": " + target);
        return OK;
    }

    private int inspect(List<String> args) throws IOException, UsageException {
        Options options = Options.parse(args, INSPECT_HELP, List.of("pub"), List.of("file"));
        if (options.help) {
            out.print(INSPECT_HELP);
            return OK;
        }
        Path file = Path.of(options.positional("file"));
        byte[] content = Files.readAllBytes(file);
        License license;
        try {
            license = LicenseFormat.parse(content);
        } catch (LicenseException e) {
            err.println("INVALID: " + e.getMessage());
            return BAD;
        }
        out.println("License:    " + license.licenseId());
        out.println("Licensee:   " + license.licensee());
        out.println("Edition:    " + license.edition());
        out.println("Features:   " + String.join(", ", license.features()));
        out.println("Seats:      " + (license.seats() == null ? "no limit" : license.seats()));
        out.println("Issued:     " + license.issued());
        out.println("Valid:      " + license.notBefore() + " to " + license.expires());
        out.println("Signed by:  vendor key " + license.keyId());
        String pub = options.value("pub", null);
        try {
            if (pub != null) {
                PublicKey key = VendorKeys.readPublic(Path.of(pub));
                Map<String, PublicKey> trusted = new HashMap<>();
                trusted.put(VendorKeys.keyId(key), key);
                new LicenseVerifier(trusted, null, clock).verifyIgnoringTime(content);
                out.println("Signature:  valid (key " + VendorKeys.keyId(key) + ")");
            } else {
                out.println("Signature:  NOT VERIFIED (give --pub DIR/vendor.pub)");
            }
            LicenseVerifier.checkTime(license, Instant.now(clock));
        } catch (LicenseException e) {
            err.println("INVALID: " + e.getMessage());
            return BAD;
        }
        if (pub == null) {
            // a script asking "is it valid?" must not read yes when nothing proved it
            out.println("Status:     not verified: its form and dates are valid, its signature was not checked");
            return NOT_VERIFIED;
        }
        out.println("Status:     valid");
        return OK;
    }

    private int usage(String problem, String help) {
        err.println("crm-license: " + problem);
        err.print(help);
        return USAGE;
    }

    /** A wrong command line; carries the help of the command concerned. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        final String help;

        UsageException(String message, String help) {
            super(message);
            this.help = help;
        }
    }

    /** {@code --name value} options and positional arguments of one command. */
    private static final class Options {
        final Map<String, String> values = new HashMap<>();
        final Map<String, String> positionals = new HashMap<>();
        final String helpText;
        boolean help;

        private Options(String helpText) {
            this.helpText = helpText;
        }

        static Options parse(List<String> args, String help, List<String> names, List<String> positionalNames)
                throws UsageException {
            Options options = new Options(help);
            int positional = 0;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--help") || arg.equals("-h")) {
                    options.help = true;
                    return options;
                }
                if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    if (!names.contains(name)) {
                        throw new UsageException("unknown option " + arg, help);
                    }
                    if (i + 1 >= args.size()) {
                        throw new UsageException(arg + " needs a value", help);
                    }
                    options.values.put(name, args.get(++i));
                } else if (positional < positionalNames.size()) {
                    options.positionals.put(positionalNames.get(positional++), arg);
                } else {
                    throw new UsageException("unexpected argument '" + arg + "'", help);
                }
            }
            return options;
        }

        String required(String name) throws UsageException {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new UsageException("--" + name + " is required", helpText);
            }
            return value;
        }

        String positional(String name) throws UsageException {
            String value = positionals.get(name);
            if (value == null) {
                throw new UsageException(name.toUpperCase() + " is required", helpText);
            }
            return value;
        }

        String value(String name, String absent) {
            return values.getOrDefault(name, absent);
        }

        LocalDate date(String name) throws UsageException {
            String value = values.get(name);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("--" + name + " must be a date YYYY-MM-DD, got '" + value + "'", helpText);
            }
        }

        Integer positive(String name) throws UsageException {
            String value = values.get(name);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--" + name + " must be a whole number of at least 1, got '" + value + "'", helpText);
        }
    }
}
