package org.mosaiccrm.itests.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic customers as the CRM's CSV: varied names, unique e-mails and French phone numbers
 * written in the formats people type, tags, a company for some. Keeps a sample of each thousandth
 * customer for the lookups that follow.
 */
final class CustomerFile {

    static final String[] FIRST = { "Marie", "Jean", "Camille", "Lucas", "Léa", "Hugo", "Chloé", "Louis", "Emma", "Gabriel",
        "Inès", "Arthur", "Jade", "Raphaël", "Manon", "Jules", "Zoé", "Adam", "Alice", "Paul", "Sarah", "Nathan", "Lina",
        "Ethan", "Anna", "Tom", "Eva", "Noah", "Rose", "Victor" };
    static final String[] LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin",
        "Mathieu", "Clement", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin" };
    static final String[] TAGS = { "newsletter", "vip", "b2b", "retail", "event-2026", "partner" };

    /** One sampled customer: its phone as typed in the file, and the start of its name as an agent types it. */
    record Sample(String phone, String namePrefix) {
    }

    final Path file;
    final int rows;
    final List<Sample> samples = new ArrayList<>();

    private CustomerFile(Path file, int rows) {
        this.file = file;
        this.rows = rows;
    }

    static CustomerFile write(Path file, int rows) throws IOException {
        CustomerFile written = new CustomerFile(file, rows);
        Random random = new Random(42);
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("externalId,firstName,lastName,company,email,phone,tags,tier\n");
            for (int i = 0; i < rows; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                // a suffix on a third of the names spreads the name index as real data does
                String last = LAST[random.nextInt(LAST.length)] + (i % 3 == 0 ? "-" + Integer.toString(i, 36) : "");
                String phone = phone(i);
                out.write("EXT-" + i + "," + first + "," + last + "," + (i % 10 == 0 ? "Entreprise " + (i % 5000) : "") + ","
                        + ascii(first) + "." + ascii(last) + "." + i + "@example.org," + phone + "," + TAGS[i % TAGS.length]
                        + "," + (i % 20 == 0 ? "gold" : "") + "\n");
                if (i % 1000 == 999) {
                    written.samples.add(new Sample(phone, (first + " " + last.substring(0, 3)).toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        return written;
    }

    /** A unique mobile number, written as people write them: {@code 06 12 34 56 78}, {@code +33 6...}, {@code 06.12...}. */
    static String phone(int i) {
        String digits = String.format("%08d", i * 7L); // unique below 14 million rows
        String national = "06" + digits;
        return switch (i % 3) {
            case 0 -> national.replaceAll("(..)(?!$)", "$1 ");
            case 1 -> "+33 6 " + digits;
            default -> national.replaceAll("(..)(?!$)", "$1.");
        };
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
