package org.mosaiccrm.kernel.impl.modules;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ModuleRegistryImplTest {

    @Test
    public void aFailedComponentIsExplainedByItsInnermostCause() {
        String trace = "java.lang.reflect.InvocationTargetException\n\tat x.y(Z.java:1)\n"
                + "Caused by: java.lang.IllegalArgumentException: custom field 'a:b': unknown type 'b'\n\tat p.q(R.java:2)\n";
        assertEquals("custom field 'a:b': unknown type 'b'", ModuleRegistryImpl.rootCause(trace));
    }

    @Test
    public void aTraceWithoutCauseGivesItsFirstLine() {
        assertEquals("the database is gone", ModuleRegistryImpl.rootCause("java.sql.SQLException: the database is gone\n\tat a.b(C.java:3)"));
    }
}
