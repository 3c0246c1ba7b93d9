package qc.logbook.ele.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import qc.logbook.ele.api.Money;

/**
 * Funding figures of a set of projects, each project counted once. Amounts in cents; persons and participations are
 * two different counts and are never added together.
 *
 * @param projects       how many projects
 * @param supportCents   support granted from the measure
 * @param totalCostCents total cost, all funders included
 * @param persons        distinct persons, summed over the projects that counted persons
 * @param participations participations, summed over the projects that counted participations
 */
public record Figures(int projects, long supportCents, long totalCostCents, long persons, long participations) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

    public static Figures of(ProjectView project) {
        return new Figures(1, project.supportCents(), project.totalCostCents(),
                project.persons() == null ? 0 : project.persons(),
                project.participations() == null ? 0 : project.participations());
    }

    public Figures plus(Figures other) {
        return new Figures(projects + other.projects, Math.addExact(supportCents, other.supportCents),
                Math.addExact(totalCostCents, other.totalCostCents), Math.addExact(persons, other.persons),
                Math.addExact(participations, other.participations));
    }

    /** Support in dollars with two decimals, e.g. {@code "41300.00"}. */
    @JsonProperty("support")
    public String support() {
        return Money.ofCents(supportCents).toDecimalString();
    }

    /** Total cost in dollars with two decimals, e.g. {@code "94161.00"}. */
    @JsonProperty("totalCost")
    public String totalCost() {
        return Money.ofCents(totalCostCents).toDecimalString();
    }

    /** Total cost ÷ support with two decimals (e.g. {@code "2.28"}), or {@code null} without support. */
    @JsonProperty("leverage")
    public String leverage() {
        BigDecimal leverage = Money.ofCents(supportCents).leverageOf(Money.ofCents(totalCostCents));
        return leverage == null ? null : leverage.toPlainString();
    }
}
