package org.mosaiccrm.contacts.impl.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.paging.Pages;

/** Customers to CSV in the import's own column names, one page of the search at a time. */
public final class CsvExport {

    static final String[] HEADER = { "externalId", "firstName", "lastName", "company", "email", "phone", "mobile", "fax",
        "web", "address", "tags", "tier", "owner", "language" };

    private CsvExport() {
    }

    /**
     * @param customFields the deployment's custom fields, one column each after the fixed ones (named as the
     *                     field: the import reads them back)
     * @param progress     told the count every page
     */
    public static long write(Writer out, Function<PageRequest, Page<Customer>> pages, List<String> customFields,
                             java.util.function.LongConsumer progress) throws IOException {
        String[] header = Stream.concat(Stream.of(HEADER), customFields.stream()).toArray(String[]::new);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).build());
        long[] count = { 0 };
        long written = Pages.forEach(pages, customer -> {
            printer.printRecord(Stream.concat(Stream.of(customer.externalId(),
                            customer.kind() == CustomerKind.PERSON ? customer.firstName() : null,
                            customer.kind() == CustomerKind.PERSON ? customer.lastName() : null,
                            customer.companyName(), first(customer, ContactPointType.EMAIL), first(customer, ContactPointType.PHONE),
                            first(customer, ContactPointType.MOBILE), first(customer, ContactPointType.FAX),
                            first(customer, ContactPointType.WEB), first(customer, ContactPointType.ADDRESS),
                            String.join(";", customer.tags()), customer.tier(), customer.owner(), customer.language()),
                    customFields.stream().map(field -> customer.customFields().get(field))
                            .map(value -> value == null ? null : String.valueOf(value)))
                    // a name like =HYPERLINK(...) must reach a spreadsheet as text, not as a formula
                    .map(CsvRows::guarded).toArray());
            if (++count[0] % PageRequest.MAX_LIMIT == 0) {
                progress.accept(count[0]);
            }
        });
        printer.flush();
        return written;
    }

    /** The primary (else first) contact point of a type; CSV has one column per type. */
    private static String first(Customer customer, ContactPointType type) {
        List<ContactPoint> points = customer.contactPoints().stream().filter(p -> p.type() == type)
                .collect(Collectors.toList());
        return points.stream().filter(ContactPoint::primary).findFirst().or(() -> points.stream().findFirst())
                .map(ContactPoint::value).orElse(null);
    }
}
