package qc.logbook.ele.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import qc.logbook.ele.api.FundingPeriod;
import qc.logbook.ele.api.LocalTeamDetails;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.Participants;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.TeamMembers;
import qc.logbook.practice.api.PracticeId;

/**
 * Request bodies of the ÉLÉ endpoints. Amounts are decimal numbers of dollars with at most two decimals (a JSON number
 * such as {@code 5500} or {@code 5500.00}, or the same as a string); they are read as exact decimals and turned into
 * cents, never into floating point. The domain checks every rule again, text lengths included (counted in code points,
 * as a person counts, which Bean Validation's {@code @Size} does not); these annotations only give early answers.
 */
public final class EleRequests {

    /** Largest amount accepted, in whole dollars (ten billion dollars minus a cent fits in cents in a long). */
    public static final int AMOUNT_DIGITS = 10;

    private EleRequests() {
    }

    public record PeriodRequest(
            @NotNull @Min(2000) @Max(2100) Integer firstYear,
            @NotNull @Min(2000) @Max(2100) Integer lastYear) {

        public FundingPeriod toPeriod() {
            return new FundingPeriod(firstYear, lastYear);
        }
    }

    public record FundingMeasureRequest(
            UUID id,
            @NotBlank String name,
            @NotNull @Valid PeriodRequest period,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal envelope) {
    }

    public record EnvelopeChangeRequest(
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal envelope,
            @NotBlank String reason) {
    }

    public record MembersRequest(
            @NotNull @PositiveOrZero Integer workers,
            @NotNull @PositiveOrZero Integer tenants,
            @NotNull @PositiveOrZero Integer communityPartners,
            @NotNull @PositiveOrZero Integer institutionalPartners) {

        public TeamMembers toMembers() {
            return new TeamMembers(workers, tenants, communityPartners, institutionalPartners);
        }
    }

    public record LocalTeamRequest(
            UUID id,
            @NotBlank String name,
            @NotBlank String territory,
            @NotNull @Valid MembersRequest members,
            @Size(max = 50) List<@NotBlank String> partnerOrganisations,
            @Size(max = 30) List<@NotBlank String> tenantNeeds) {

        public LocalTeamDetails toDetails() {
            return new LocalTeamDetails(name, territory, members.toMembers(), partnerOrganisations, tenantNeeds);
        }
    }

    public record ParticipantsRequest(
            @PositiveOrZero Integer persons,
            @PositiveOrZero Integer participations) {
    }

    /**
     * What describes a project, in a submission, a revision or a correction. {@code practiceId}: optional, a
     * published practice of the repository that the project applies.
     */
    public record ProjectDetailsRequest(
            @NotBlank String title,
            @NotEmpty @Size(max = 17) List<@NotBlank String> territories,
            String description,
            @Valid ParticipantsRequest participants,
            @Size(max = 20) List<@NotBlank String> outcomes,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal totalCost,
            Boolean researchDocumented,
            UUID practiceId) {

        /** The details, naming {@code practice} (checked published by {@link EleOperations}) or none. */
        ProjectDetails toDetails(PracticeId practice) {
            Participants counted = participants == null ? Participants.UNKNOWN
                    : new Participants(participants.persons(), participants.participations());
            return new ProjectDetails(title, territories, description, counted, outcomes, Money.ofDollars(totalCost),
                    Boolean.TRUE.equals(researchDocumented), practice);
        }
    }

    public record ProjectSubmissionRequest(
            UUID id,
            @NotNull UUID localTeamId,
            @NotBlank String title,
            @NotEmpty @Size(max = 17) List<@NotBlank String> territories,
            String description,
            @Valid ParticipantsRequest participants,
            @Size(max = 20) List<@NotBlank String> outcomes,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal totalCost,
            Boolean researchDocumented,
            UUID practiceId) {

        public ProjectDetailsRequest details() {
            return new ProjectDetailsRequest(title, territories, description, participants, outcomes, totalCost,
                    researchDocumented, practiceId);
        }
    }

    public record SupportRequest(
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal support) {
    }

    public record ReasonRequest(@NotBlank String reason) {
    }

    /** The corrected figures of a completed project: its whole description, its support and the reason. */
    public record CorrectionRequest(
            @NotBlank String title,
            @NotEmpty @Size(max = 17) List<@NotBlank String> territories,
            String description,
            @Valid ParticipantsRequest participants,
            @Size(max = 20) List<@NotBlank String> outcomes,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal totalCost,
            Boolean researchDocumented,
            UUID practiceId,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal support,
            @NotBlank String reason) {

        public ProjectDetailsRequest details() {
            return new ProjectDetailsRequest(title, territories, description, participants, outcomes, totalCost,
                    researchDocumented, practiceId);
        }
    }

    /** The answer to a creation: the identifier of what was created. */
    public record Created(String id) {
    }
}
