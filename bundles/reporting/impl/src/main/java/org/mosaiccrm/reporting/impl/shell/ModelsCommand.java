package org.mosaiccrm.reporting.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.reporting.api.predictions.ModelQuality;
import org.mosaiccrm.reporting.api.predictions.Predictions;

@Command(scope = "crm", name = "report-models", description = "Shows each prediction model's score on its time holdout next to its naive baseline; --refresh trains them now.")
@Service
public class ModelsCommand implements Action {

    @Option(name = "--refresh", description = "Train every model again from the current purchase history first.")
    boolean refresh;

    @Reference(optional = true)
    Predictions predictions;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        Predictions service = CommandRefusals.require(predictions, "reporting", registry);
        try {
            List<ModelQuality> models = refresh ? service.refresh() : service.models();
            for (ModelQuality model : models) {
                System.out.printf("%-20s %8s  (baseline %s: %s)  %d cases, %s to %s%n    %s%n", model.model(), shown(model.score()),
                        model.baseline(), shown(model.baselineScore()), model.cases(), model.testedFrom(), model.testedTo(), model.metric());
            }
            if (models.isEmpty()) {
                System.out.println("No model trained yet (the first training runs in the background at start; try --refresh)");
            }
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not refreshed", e);
        }
        return null;
    }

    /** A figure, or a dash when there was no case to measure it on. */
    private static String shown(java.math.BigDecimal figure) {
        return figure == null ? "—" : figure.toPlainString();
    }
}
