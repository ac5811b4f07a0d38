package org.mosaiccrm.contacts.impl.reports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.contacts.api.CustomFieldDefinition;
import org.mosaiccrm.contacts.api.CustomFieldDefinition.Type;

public class ContactsReportsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    public void theAgeBandTurnsOnTheBirthdayItself() {
        assertEquals("under 25", DemographicsReport.ageBand(LocalDate.of(2000, 6, 16), TODAY));
        assertEquals("25-34", DemographicsReport.ageBand(LocalDate.of(2000, 6, 15), TODAY));
        assertEquals("25-34", DemographicsReport.ageBand(LocalDate.of(1990, 6, 16), TODAY));
        assertEquals("35-44", DemographicsReport.ageBand(LocalDate.of(1990, 6, 15), TODAY));
        assertEquals("45-54", DemographicsReport.ageBand(LocalDate.of(1975, 1, 1), TODAY));
        assertEquals("55-64", DemographicsReport.ageBand(LocalDate.of(1960, 6, 16), TODAY));
        assertEquals("65 and over", DemographicsReport.ageBand(LocalDate.of(1960, 6, 15), TODAY));
        assertEquals("under 25", DemographicsReport.ageBand(TODAY, TODAY));
    }

    @Test
    public void aLeapDayBirthdayIsReachedOnTheFirstOfMarch() {
        assertEquals("under 25", DemographicsReport.ageBand(LocalDate.of(2000, 2, 29), LocalDate.of(2025, 2, 28)));
        assertEquals("25-34", DemographicsReport.ageBand(LocalDate.of(2000, 2, 29), LocalDate.of(2025, 3, 1)));
    }

    @Test
    public void aMissingFutureOrPlaceholderBirthdayIsUnknown() {
        assertEquals(DemographicsReport.UNKNOWN, DemographicsReport.ageBand(null, TODAY));
        assertEquals(DemographicsReport.UNKNOWN, DemographicsReport.ageBand(TODAY.plusDays(1), TODAY));
        assertEquals(DemographicsReport.UNKNOWN, DemographicsReport.ageBand(LocalDate.of(1900, 1, 1), TODAY));
        assertEquals(DemographicsReport.UNKNOWN,
                DemographicsReport.ageBand(DemographicsReport.birthday("15/06/1980"), TODAY));
        assertEquals(LocalDate.of(1980, 2, 29), DemographicsReport.birthday(" 1980-02-29 "));
        assertNull(DemographicsReport.birthday(""));
    }

    @Test
    public void theBirthdayFieldIsTheFirstDateFieldNamedSo() {
        assertEquals("DateOfBirth", DemographicsReport.birthdayField(List.of(
                new CustomFieldDefinition("birthPlace", Type.TEXT),
                new CustomFieldDefinition("lastVisit", Type.DATE),
                new CustomFieldDefinition("DateOfBirth", Type.DATE),
                new CustomFieldDefinition("birthday", Type.DATE))));
        assertNull(DemographicsReport.birthdayField(List.of(new CustomFieldDefinition("birthday", Type.TEXT))));
        assertNull(DemographicsReport.birthdayField(List.of()));
    }

    @Test
    public void theCountryIsReadAtTheEndOfAnAddress() {
        assertEquals("FR", Regions.countryOf("12 rue de la Paix, 75002 Paris, France"));
        assertEquals("DE", Regions.countryOf("Hauptstraße 1\n10115 Berlin\nAllemagne"));
        assertEquals("CH", Regions.countryOf("Rue du Rhône 1, 1204 Genève, SUISSE"));
        assertEquals("GB", Regions.countryOf("10 Downing Street, London, United Kingdom"));
        assertEquals("US", Regions.countryOf("1600 Amphitheatre Pkwy, Mountain View, USA, 94043"));
        assertEquals("BE", Regions.countryOf("Avenue Louise 54, 1050 Bruxelles, BEL"));
        assertEquals("CI", Regions.countryOf("Plateau, Abidjan, Cote d'Ivoire"));
        // a state's two letters are not read as a country (IL is Israel's code)
        assertNull(Regions.countryOf("1 Main Street, Springfield, IL"));
        assertNull(Regions.countryOf("12 rue de la Paix, 75002 Paris"));
        assertNull(Regions.countryOf(null));
    }

    @Test
    public void thePhoneGivesTheRegionWhenTheAddressNamesNoCountry() {
        assertEquals("FR", Regions.regionOfPhone("+33123456789"));
        assertEquals("US", Regions.regionOfPhone("+12015550123"));
        assertEquals("GB", Regions.regionOfPhone("+441212345678"));
        assertNull(Regions.regionOfPhone("+80012345678"));
        assertNull(Regions.regionOfPhone("not a number"));
        assertNull(Regions.regionOfPhone(null));

        assertEquals("BE", Regions.region("Avenue Louise 54, 1050 Bruxelles, Belgique", "+33123456789", "?"));
        assertEquals("FR", Regions.region("Avenue Louise 54, 1050 Bruxelles", "+33123456789", "?"));
        assertEquals("?", Regions.region(null, null, "?"));
    }

    @Test
    public void everyMonthOfThePeriodUpToTheCurrentOne() {
        YearMonth current = YearMonth.of(2025, 6);
        assertEquals(List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2)),
                ActivityReport.months(LocalDate.of(2024, 11, 20), LocalDate.of(2025, 2, 3), current));
        assertEquals(List.of(YearMonth.of(2025, 5), YearMonth.of(2025, 6)),
                ActivityReport.months(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 1, 31), current));
        assertEquals(12, ActivityReport.months(null, null, current).size());
        assertEquals(current, ActivityReport.months(null, null, current).get(11));
        assertTrue(ActivityReport.months(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), current).isEmpty());
    }

    @Test
    public void aCustomerLapsesLapseMonthsAfterTheirLastInteraction() {
        assertEquals(YearMonth.of(2025, 7), ActivityReport.lapsedIn(YearMonth.of(2025, 1), 6));
        assertEquals(YearMonth.of(2025, 3), ActivityReport.lapsedIn(YearMonth.of(2024, 9), 6));
        assertEquals(YearMonth.of(2025, 2), ActivityReport.lapsedIn(YearMonth.of(2025, 1), 1));
        assertEquals(6, ActivityReport.lapseMonths(null));
        assertEquals(12, ActivityReport.lapseMonths(12L));
        assertEquals(1, ActivityReport.lapseMonths(0L));
        assertEquals(1, ActivityReport.lapseMonths(-5L));
        assertEquals(60, ActivityReport.lapseMonths(1000L));
    }
}
