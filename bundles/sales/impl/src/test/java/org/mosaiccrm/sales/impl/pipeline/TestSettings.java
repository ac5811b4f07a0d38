package org.mosaiccrm.sales.impl.pipeline;

import java.lang.annotation.Annotation;
import java.util.Map;

import org.mosaiccrm.sales.impl.SalesConfig;

/** The module's default configuration, with the values a test changes. */
public final class TestSettings {

    private TestSettings() {
    }

    public static PipelineSettings defaults() {
        return PipelineSettings.of(config(Map.of()));
    }

    public static SalesConfig config(Map<String, Object> changes) {
        return new SalesConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SalesConfig.class;
            }

            @Override
            public String[] stages() {
                return (String[]) changes.getOrDefault("stages", new String[] { "qualification:10", "needs-analysis:20", "proposal:50",
                        "negotiation:80" });
            }

            @Override
            public String currency() {
                return (String) changes.getOrDefault("currency", "EUR");
            }

            @Override
            public int commitProbability() {
                return (int) changes.getOrDefault("commitProbability", 80);
            }

            @Override
            public String[] teams() {
                return (String[]) changes.getOrDefault("teams", new String[0]);
            }

            @Override
            public String zone() {
                return (String) changes.getOrDefault("zone", "Europe/Paris");
            }

            @Override
            public int quoteValidityDays() {
                return 30;
            }

            @Override
            public String seller() {
                return "Mosaic CRM";
            }

            @Override
            public int reminderCheckSeconds() {
                return 60;
            }
        };
    }
}
