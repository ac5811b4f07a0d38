package org.mosaiccrm.contacts.impl.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.mosaiccrm.contacts.api.Erasure;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.problem.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the other modules hold about a customer ({@link PersonalDataHolder}s): their parts of access and erasure. */
public final class OtherModulesData {

    private static final Logger LOG = LoggerFactory.getLogger(OtherModulesData.class);

    private final List<PersonalDataHolder> holders;

    /** @param holders the live whiteboard: holders come and go with their modules */
    public OtherModulesData(List<PersonalDataHolder> holders) {
        this.holders = holders;
    }

    /**
     * Each holder erases the customers, in the caller's transaction; one that fails rolls everything back with a
     * 503 naming it and an incident.
     */
    public List<Erasure.ModuleErasure> erase(List<String> customerIds) {
        List<Erasure.ModuleErasure> parts = new ArrayList<>();
        for (PersonalDataHolder holder : List.copyOf(holders)) {
            int records = 0;
            for (String customerId : customerIds) {
                records += eraseIn(holder, customerId);
            }
            parts.add(new Erasure.ModuleErasure(holder.module(), records));
        }
        return parts;
    }

    /** Each holder's part of the right of access, by module; a holder that cannot answer says so in its place. */
    public Map<String, Object> personalData(String customerId) {
        Map<String, Object> modules = new TreeMap<>();
        for (PersonalDataHolder holder : List.copyOf(holders)) {
            try {
                Map<String, Object> held = holder.personalData(customerId);
                if (held != null && !held.isEmpty()) {
                    modules.put(holder.module(), held);
                }
            } catch (RuntimeException e) {
                LOG.warn("Module {} could not list its personal data of customer {}", holder.module(), customerId, e);
                modules.put(holder.module(), Map.of("unavailable", "this module could not answer; ask again later"));
            }
        }
        return modules;
    }

    private static int eraseIn(PersonalDataHolder holder, String customerId) {
        try {
            return holder.erase(customerId);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Module {} could not erase customer {} (incident {})", holder.module(), customerId, incident, e);
            throw new UnavailableException("Nothing was erased: module " + holder.module() + " could not erase its part "
                    + "(incident " + incident + "). Try again; if it fails again, give the incident to an administrator.");
        }
    }
}
