package org.mosaiccrm.sales.impl.pipeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.sales.api.Stage;
import org.mosaiccrm.sales.impl.SalesConfig;

/**
 * The pipeline's configuration, parsed and judged once: the component and the kernel's configuration check
 * ({@code SalesConfigRules}) run this same code, so what the check accepts is what the module runs with.
 */
public final class PipelineSettings {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern USER = Pattern.compile("[^\\s+:,]{1,128}");

    private final List<Stage> stages;
    private final Map<String, Stage> byName = new LinkedHashMap<>();
    private final String currency;
    private final int commitProbability;
    private final Map<String, String> teamOfUser;
    private final ZoneId zone;
    private final java.util.Set<String> retired;

    private PipelineSettings(List<Stage> stages, String currency, int commitProbability, Map<String, String> teamOfUser, ZoneId zone) {
        this(stages, currency, commitProbability, teamOfUser, zone, java.util.Set.of());
    }

    private PipelineSettings(List<Stage> stages, String currency, int commitProbability, Map<String, String> teamOfUser, ZoneId zone,
                             java.util.Set<String> retired) {
        this.retired = java.util.Set.copyOf(retired);
        this.stages = List.copyOf(stages);
        stages.forEach(stage -> byName.put(stage.name(), stage));
        this.currency = currency;
        this.commitProbability = commitProbability;
        this.teamOfUser = Map.copyOf(teamOfUser);
        this.zone = zone;
    }

    public static PipelineSettings of(SalesConfig config) {
        return new PipelineSettings(stages(config.stages()), currency(config.currency()), probability(config.commitProbability()),
                teams(config.teams()), zone(config.zone()));
    }

    /**
     * These settings with {@code kept} — stages opportunities are still in that the configured list dropped —
     * known as retired stages after the configured ones (with their previous probability, else 0): the
     * opportunities in them can be seen and moved out, nothing moves in, and the stage conversion leaves them out.
     */
    public PipelineSettings keeping(List<String> kept, PipelineSettings previous) {
        if (kept.isEmpty()) {
            return this;
        }
        List<Stage> open = new ArrayList<>(stages.stream().filter(Stage::open).toList());
        for (String name : kept) {
            int probability = previous == null ? 0 : previous.stage(name).map(Stage::probability).orElse(0);
            open.add(new Stage(name, probability, Stage.Outcome.OPEN));
        }
        open.addAll(stages.stream().filter(stage -> !stage.open()).toList());
        return new PipelineSettings(open, currency, commitProbability, teamOfUser, zone, new java.util.HashSet<>(kept));
    }

    /** {@code qualification:10, proposal:50}: open stages in order, then won (100) and lost (0). */
    public static List<Stage> stages(String[] entries) {
        List<Stage> stages = new ArrayList<>();
        int previous = 0;
        for (String entry : ConfigurationValues.entries(entries)) {
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + entry + "' is not name:probability (e.g. proposal:50)");
            }
            String name = entry.substring(0, colon).trim();
            if (!NAME.matcher(name).matches() || Stage.WON.equals(name) || Stage.LOST.equals(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a stage name (lower-case letters, digits, '-'; not won or lost)");
            }
            int probability;
            try {
                probability = probability(Integer.parseInt(entry.substring(colon + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the probability of '" + name + "' is not a whole number of percent");
            }
            if (probability < previous) {
                throw new IllegalArgumentException("the probability of '" + name + "' (" + probability + ") is lower than the stage before it ("
                        + previous + ")");
            }
            if (stages.stream().anyMatch(stage -> stage.name().equals(name))) {
                throw new IllegalArgumentException("the stage '" + name + "' is listed twice");
            }
            previous = probability;
            stages.add(new Stage(name, probability, Stage.Outcome.OPEN));
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("at least one open stage is needed");
        }
        stages.add(new Stage(Stage.WON, 100, Stage.Outcome.WON));
        stages.add(new Stage(Stage.LOST, 0, Stage.Outcome.LOST));
        return stages;
    }

    public static String currency(String code) {
        String trimmed = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!FieldError.isCurrency(trimmed)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code (EUR, GBP, USD...)");
        }
        return trimmed;
    }

    public static int probability(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(percent + " is not a percentage (0 to 100)");
        }
        return percent;
    }

    /** {@code nord:alice+bruno}: each user in one team at most. */
    public static Map<String, String> teams(String[] entries) {
        Map<String, String> teamOfUser = new LinkedHashMap<>();
        for (String entry : ConfigurationValues.entries(entries)) {
            int colon = entry.indexOf(':');
            String team = colon < 0 ? "" : entry.substring(0, colon).trim();
            if (!NAME.matcher(team).matches()) {
                throw new IllegalArgumentException("'" + entry + "' is not team:user+user with a team name of lower-case letters, digits and '-'");
            }
            for (String user : entry.substring(colon + 1).split("\\+")) {
                String name = user.trim();
                if (!USER.matcher(name).matches()) {
                    throw new IllegalArgumentException("'" + name + "' in team " + team + " is not a user name");
                }
                String before = teamOfUser.put(name, team);
                if (before != null && !before.equals(team)) {
                    throw new IllegalArgumentException(name + " is in two teams: " + before + " and " + team);
                }
            }
        }
        return teamOfUser;
    }

    /** The seller printed on quotes: one line of 1 to 100 characters. */
    public static String seller(String seller) {
        String trimmed = seller == null ? "" : seller.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100 || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the seller is one line of 1 to 100 characters");
        }
        return trimmed;
    }

    public static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + zone + "' is not a time zone (e.g. Europe/Paris)");
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    public Optional<Stage> stage(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the stage was dropped from the configuration and stays only for the opportunities still in it. */
    public boolean retired(String stage) {
        return retired.contains(stage);
    }

    /** The configured open stages, in order: where opportunities may go, and what the stage conversion counts. */
    public List<Stage> activeOpenStages() {
        return stages.stream().filter(stage -> stage.open() && !retired.contains(stage.name())).toList();
    }

    public Stage firstStage() {
        return stages.get(0);
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    public String currency() {
        return currency;
    }

    public int commitProbability() {
        return commitProbability;
    }

    /** The user's team, {@code -} for none. */
    public String teamOf(String user) {
        return teamOfUser.getOrDefault(user, "-");
    }

    public ZoneId zone() {
        return zone;
    }
}
