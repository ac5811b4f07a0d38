package org.mosaiccrm.service.impl.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.service.api.Agent;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.persistence.AgentEntity;

/** The agents routing chooses from (table SERVICE_AGENT) and how many open tickets each holds now. */
public final class AgentRoster {

    /** Statuses that count in an agent's load. */
    public static final List<String> HELD = List.of("ASSIGNED", "IN_PROGRESS", "WAITING_ON_CUSTOMER");

    /**
     * How long routing trusts the agents' loads it counted: counting every open ticket for every new one cost more
     * than the rest of opening a ticket at 100k open tickets. This node's own assignments are added as they happen.
     */
    private static final long LOADS_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private record Loads(Map<String, Integer> byAgent, long countedAt) {
    }

    private final ServiceParts parts;
    private volatile Loads loads;

    public AgentRoster(ServiceParts parts) {
        this.parts = parts;
    }

    public List<Agent> agents() {
        return parts.jpa().txExpr(this::agents);
    }

    /** The agents with their loads counted now (what supervisors read). */
    public List<Agent> agents(EntityManager em) {
        return withLoads(em, count(em));
    }

    /** The agents with their loads as routing sees them: counted at most {@link #LOADS_FOR_NANOS} ago, plus this node's assignments. */
    public List<Agent> forRouting(EntityManager em) {
        Loads current = loads;
        if (current == null || System.nanoTime() - current.countedAt() > LOADS_FOR_NANOS) {
            current = new Loads(new java.util.concurrent.ConcurrentHashMap<>(count(em)), System.nanoTime());
            loads = current;
        }
        return withLoads(em, current.byAgent());
    }

    /** Routing gave one more ticket to this agent. */
    public void assigned(String agent) {
        Loads current = loads;
        if (current != null) {
            current.byAgent().merge(agent, 1, Integer::sum);
        }
    }

    private static Map<String, Integer> count(EntityManager em) {
        Map<String, Integer> load = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT ASSIGNEE, COUNT(*) FROM SERVICE_TICKET WHERE ASSIGNEE IS NOT NULL "
                + "AND STATUS IN ('ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') GROUP BY ASSIGNEE").getResultList()) {
            Object[] columns = (Object[]) row;
            load.put((String) columns[0], ((Number) columns[1]).intValue());
        }
        return load;
    }

    private static List<Agent> withLoads(EntityManager em, Map<String, Integer> load) {
        return em.createQuery("SELECT a FROM AgentEntity a ORDER BY a.user", AgentEntity.class).getResultList().stream()
                .map(entity -> toAgent(entity, load.getOrDefault(entity.user, 0))).toList();
    }

    /** Creates ({@code version} 0) or replaces an agent's profile; the user must have the crm-agent role. */
    public Agent save(String user, long version, Agent.Draft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (user == null || !parts.users().isUser(user)) {
            throw new ValidationException("user", "'" + user + "' is not a user of this CRM");
        }
        if (!parts.users().rolesOf(user).contains(CrmRoles.AGENT)) {
            errors.add(new FieldError("user", user + " does not have the crm-agent role"));
        }
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (draft == null) {
            throw new ValidationException("skills", "an agent needs skills, languages and a capacity");
        }
        (draft.skills() == null ? Map.<String, Integer>of() : draft.skills()).forEach((skill, level) -> {
            String name = skill == null ? "" : skill.trim().toLowerCase(Locale.ROOT);
            if (!name.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
                errors.add(new FieldError("skills", "'" + skill + "': a skill is lower-case letters, digits, _ and - (at most 40)"));
            } else if (level == null || level < 1 || level > 10) {
                errors.add(new FieldError("skills." + name, "a level is 1 to 10"));
            } else {
                skills.put(name, level);
            }
        });
        List<String> languages = draft.languages() == null ? List.of()
                : draft.languages().stream().map(l -> l == null ? "" : l.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        if (languages.isEmpty()) {
            errors.add(new FieldError("languages", "name at least one language the agent serves, e.g. [\"fr\"]"));
        }
        for (String language : languages) {
            if (!Set.of(Locale.getISOLanguages()).contains(language)) {
                errors.add(new FieldError("languages", "'" + language + "' is not an ISO 639-1 language code (fr, en...)"));
            }
        }
        int capacity = draft.capacity() == null ? 10 : draft.capacity();
        if (capacity < 1 || capacity > 200) {
            errors.add(new FieldError("capacity", "is 1 to 200 open tickets"));
        }
        String skillsText = Router.skillsText(skills);
        FieldError.checkLength(errors, "skills", skillsText, 1000);
        FieldError.checkLength(errors, "team", draft.team(), 60);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaTransactions.required(parts.jpa(), em -> {
            AgentEntity entity = em.find(AgentEntity.class, user);
            boolean created = entity == null;
            if (created && version != 0 || !created && entity.version != version) {
                throw new ConflictException("The agent " + user + " is at version " + (created ? "none (create with version 0)"
                        : entity.version) + ", not " + version + ".", Map.of("currentVersion", created ? 0 : entity.version));
            }
            if (created) {
                entity = new AgentEntity();
                entity.user = user;
            }
            String before = created ? null : describe(entity);
            entity.skills = skillsText.replace(" ", "");
            entity.languages = String.join(",", languages);
            entity.capacity = capacity;
            entity.active = draft.active() == null || draft.active();
            entity.team = draft.team() == null || draft.team().isBlank() ? null : draft.team().trim();
            if (created) {
                em.persist(entity);
            }
            em.flush();
            loads = null; // capacity or activity changed: routing counts again
            parts.audit().record(ServiceModule.NAME, "Agent", user, created ? AuditAction.CREATE : AuditAction.UPDATE,
                    List.of(new FieldChange("profile", before, describe(entity))));
            return agents(em).stream().filter(a -> a.user().equals(user)).findFirst().orElseThrow();
        });
    }

    private static String describe(AgentEntity entity) {
        return "skills=" + entity.skills + "; languages=" + entity.languages + "; capacity=" + entity.capacity
                + "; active=" + entity.active + "; team=" + entity.team;
    }

    static Agent toAgent(AgentEntity entity, int openTickets) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (!entity.skills.isBlank()) {
            for (String pair : entity.skills.split(",")) {
                String[] sides = pair.split(":");
                skills.put(sides[0], Integer.parseInt(sides[1]));
            }
        }
        List<String> languages = entity.languages.isBlank() ? List.of() : Arrays.asList(entity.languages.split(","));
        return new Agent(entity.user, skills, languages, entity.capacity, entity.active, entity.team, entity.version, openTickets);
    }
}
