package org.mosaiccrm.contacts.impl.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mosaiccrm.commons.imports.ImportTally;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.paging.Pages;
import org.mosaiccrm.kernel.api.problem.ValidationException;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.property.Url;

/** Customers to and from vCards (ez-vcard), one card at a time. */
public final class VCards {

    private VCards() {
    }

    public static long write(Writer out, boolean version3, Function<PageRequest, Page<Customer>> pages) throws IOException {
        VCardWriter writer = new VCardWriter(out, version3 ? VCardVersion.V3_0 : VCardVersion.V4_0);
        writer.setAddProdId(false);
        long written = Pages.forEach(pages, customer -> writer.write(toVCard(customer)));
        writer.flush();
        return written;
    }

    public static ImportReport read(Reader in, ImportTally<CustomerDraft> tally) throws IOException {
        try (VCardReader reader = new VCardReader(in)) {
            long position = 0;
            VCard card;
            while ((card = reader.readNext()) != null) {
                position++;
                tally.row(position, toDraft(card), field -> field.startsWith("contactPoints") ? "EMAIL/TEL/URL/ADR" : field);
            }
            if (position == 0) {
                // an empty or foreign body is a mistake to tell, not a successful import of nothing
                throw new ValidationException("body", "contains no vCard (BEGIN:VCARD ... END:VCARD)");
            }
        }
        return tally.finish(List.of());
    }

    static VCard toVCard(Customer customer) {
        VCard card = new VCard();
        card.setFormattedName(customer.displayName());
        if (customer.kind() == CustomerKind.PERSON) {
            StructuredName name = new StructuredName();
            name.setGiven(customer.firstName());
            name.setFamily(customer.lastName());
            card.setStructuredName(name);
        }
        if (customer.companyName() != null) {
            card.setOrganization(customer.companyName());
        }
        for (ContactPoint point : customer.contactPoints()) {
            switch (point.type()) {
                case EMAIL -> card.addEmail(new Email(point.value()));
                case PHONE -> card.addTelephoneNumber(point.value(), TelephoneType.VOICE);
                case MOBILE -> card.addTelephoneNumber(point.value(), TelephoneType.CELL);
                case FAX -> card.addTelephoneNumber(point.value(), TelephoneType.FAX);
                case WEB -> card.addUrl(new Url(point.value()));
                case ADDRESS -> {
                    Address address = new Address();
                    address.setStreetAddress(point.value());
                    card.addAddress(address);
                }
            }
        }
        if (!customer.tags().isEmpty()) {
            card.setCategories(customer.tags().toArray(String[]::new));
        }
        if (customer.externalId() != null) {
            card.setUid(new Uid(customer.externalId()));
        }
        return card;
    }

    static CustomerDraft toDraft(VCard card) {
        String first = null;
        String last = null;
        StructuredName name = card.getStructuredName();
        if (name != null) {
            first = blankToNull(name.getGiven());
            last = blankToNull(name.getFamily());
        }
        if (first == null && last == null && card.getFormattedName() != null && card.getOrganization() == null) {
            last = blankToNull(card.getFormattedName().getValue());
        }
        String company = card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
                : blankToNull(card.getOrganization().getValues().get(0));
        List<ContactPoint> points = new ArrayList<>();
        card.getEmails().forEach(email -> add(points, ContactPointType.EMAIL, email.getValue()));
        for (Telephone tel : card.getTelephoneNumbers()) {
            String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
            ContactPointType type = tel.getTypes().contains(TelephoneType.CELL) ? ContactPointType.MOBILE
                    : tel.getTypes().contains(TelephoneType.FAX) ? ContactPointType.FAX : ContactPointType.PHONE;
            add(points, type, number);
        }
        card.getUrls().forEach(url -> add(points, ContactPointType.WEB, url.getValue()));
        for (Address address : card.getAddresses()) {
            add(points, ContactPointType.ADDRESS, Stream.of(address.getStreetAddress(), address.getPostalCode(),
                    address.getLocality(), address.getCountry()).filter(p -> p != null && !p.isBlank())
                    .collect(Collectors.joining(", ")));
        }
        List<String> tags = card.getCategories() == null ? List.of() : List.copyOf(card.getCategories().getValues());
        CustomerKind kind = company != null && first == null && last == null ? CustomerKind.ORGANIZATION : CustomerKind.PERSON;
        return CustomerDraft.builder(kind).firstName(first).lastName(last).companyName(company).tags(tags).contactPoints(points)
                .externalId(card.getUid() == null ? null : blankToNull(card.getUid().getValue())).build();
    }

    private static void add(List<ContactPoint> points, ContactPointType type, String value) {
        if (value != null && !value.isBlank()) {
            points.add(new ContactPoint(type, value.trim(), null, points.stream().noneMatch(p -> p.type() == type)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
