package org.mosaiccrm.sales.impl.forecast;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Forecast;
import org.mosaiccrm.sales.api.ForecastQuery;
import org.mosaiccrm.sales.impl.pipeline.TestSettings;

public class ForecasterTest {

    private final Forecaster forecaster = new Forecaster(null, TestSettings.defaults());

    @Test
    public void eachStageCountsThoseThatReachedItOrWentPastIt() {
        // 4 stopped at qualification, 3 at needs-analysis, 2 at proposal, 1 at negotiation, 2 won (lost ones keep their furthest stage)
        List<Forecast.StageConversion> conversions = forecaster.conversions(Map.of("qualification", 4L, "needs-analysis", 3L,
                "proposal", 2L, "negotiation", 1L, "won", 2L));
        assertEquals(4, conversions.size());
        Forecast.StageConversion first = conversions.get(0);
        assertEquals(12, first.reached());
        assertEquals(8, first.advanced());
        assertEquals("66.67", first.rate().toPlainString());
        Forecast.StageConversion last = conversions.get(3);
        assertEquals("negotiation", last.stage());
        assertEquals(3, last.reached());
        assertEquals("only the won ones went past it", 2, last.advanced());
        assertEquals(2, last.won());
    }

    @Test
    public void aStageNobodyReachedHasNoRate() {
        assertNull(forecaster.conversions(Map.of()).get(0).rate());
    }

    @Test
    public void thePeriodIsBoundedAndInOrder() {
        assertThrows(ValidationException.class, () -> Forecaster.check(new ForecastQuery(null, null, YearMonth.of(2030, 1), null)));
        assertThrows(ValidationException.class, () -> Forecaster.check(new ForecastQuery(null, YearMonth.of(2030, 2), YearMonth.of(2030, 1), null)));
        assertThrows(ValidationException.class, () -> Forecaster.check(new ForecastQuery(null, YearMonth.of(1899, 12), YearMonth.of(1900, 1), null)));
        Forecaster.check(new ForecastQuery(null, YearMonth.of(1900, 1), YearMonth.of(9999, 12), null)); // the cells make any period cheap
    }
}
