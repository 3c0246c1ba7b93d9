package qc.logbook.ele.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.ele.api.FundingEnvelopeChangedEvent;
import qc.logbook.ele.api.FundingMeasureDefinedEvent;
import qc.logbook.ele.api.FundingPeriod;
import qc.logbook.ele.api.Money;

/**
 * Read model of one funding measure: its envelope and the support each project holds in it.
 *
 * @param version     sequence number of the last event of the measure folded in here
 * @param commitments support held by each project not cancelled, in cents, by project id
 */
@Document(FundingMeasureView.COLLECTION)
public record FundingMeasureView(
        @Id String id,
        long version,
        String name,
        int firstYear,
        int lastYear,
        long envelopeCents,
        @JsonIgnore Map<String, Long> commitments) {

    public static final String COLLECTION = "ele_funding_measures";

    public FundingMeasureView {
        commitments = Map.copyOf(commitments == null ? Map.of() : commitments);
    }

    public static FundingMeasureView defined(FundingMeasureDefinedEvent event, long sequence) {
        return new FundingMeasureView(event.measureId().toString(), sequence, event.name(),
                event.period().firstYear(), event.period().lastYear(), event.envelope().cents(), Map.of());
    }

    public FundingMeasureView envelopeChanged(FundingEnvelopeChangedEvent event, long sequence) {
        return new FundingMeasureView(id, sequence, name, firstYear, lastYear, event.envelope().cents(), commitments);
    }

    /** The project now holds {@code support} in the envelope ({@link Money#ZERO} once cancelled). */
    public FundingMeasureView committed(String projectId, Money support, long sequence) {
        Map<String, Long> next = new LinkedHashMap<>(commitments);
        if (support.isPositive()) {
            next.put(projectId, support.cents());
        } else {
            next.remove(projectId);
        }
        return new FundingMeasureView(id, sequence, name, firstYear, lastYear, envelopeCents, next);
    }

    @JsonProperty("periodCode")
    public String periodCode() {
        return new FundingPeriod(firstYear, lastYear).code();
    }

    @JsonProperty("grantedCents")
    public long grantedCents() {
        return commitments.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    }

    @JsonProperty("remainingCents")
    public long remainingCents() {
        return envelopeCents - grantedCents();
    }

    @JsonProperty("envelope")
    public String envelope() {
        return Money.ofCents(envelopeCents).toDecimalString();
    }

    @JsonProperty("granted")
    public String granted() {
        return Money.ofCents(grantedCents()).toDecimalString();
    }

    @JsonProperty("remaining")
    public String remaining() {
        return Money.ofCents(remainingCents()).toDecimalString();
    }
}
