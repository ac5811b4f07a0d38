package org.mosaiccrm.leads.impl;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A typed configuration as DS would hand it: the annotation's defaults, overridden by {@code values}. */
public final class TestConfig {

    private TestConfig() {
    }

    public static LeadsConfig leads(Map<String, Object> values) {
        return (LeadsConfig) Proxy.newProxyInstance(LeadsConfig.class.getClassLoader(), new Class<?>[] { LeadsConfig.class },
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue());
    }
}
