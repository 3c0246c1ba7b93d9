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

/**
 * Request bodies of the ÉLÉ endpoints. Amounts are decimal numbers of dollars with at most two decimals (a JSON number
 * such as {@code 5500} or {@code 5500.00}, or the same as a string); they are read as exact decimals and turned into
 * cents, never into floating point. The domain checks every rule again, text lengths included (counted in code points,
 * as a person counts, which Bean Validation's {@code @Size} does not); these annotations only give early answers.
 */
final class EleRequests {

    /** Largest amount accepted, in whole dollars (ten billion dollars minus a cent fits in cents in a long). */
    static final int AMOUNT_DIGITS = 10;

    private EleRequests() {
    }

    record PeriodRequest(
            @NotNull @Min(2000) @Max(2100) Integer firstYear,
            @NotNull @Min(2000) @Max(2100) Integer lastYear) {

        FundingPeriod toPeriod() {
            return new FundingPeriod(firstYear, lastYear);
        }
    }

    record FundingMeasureRequest(
            UUID id,
            @NotBlank String name,
            @NotNull @Valid PeriodRequest period,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal envelope) {
    }

    record EnvelopeChangeRequest(
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal envelope,
            @NotBlank String reason) {
    }

    record MembersRequest(
            @NotNull @PositiveOrZero Integer workers,
            @NotNull @PositiveOrZero Integer tenants,
            @NotNull @PositiveOrZero Integer communityPartners,
            @NotNull @PositiveOrZero Integer institutionalPartners) {

        TeamMembers toMembers() {
            return new TeamMembers(workers, tenants, communityPartners, institutionalPartners);
        }
    }

    record LocalTeamRequest(
            UUID id,
            @NotBlank String name,
            @NotBlank String territory,
            @NotNull @Valid MembersRequest members,
            @Size(max = 50) List<@NotBlank String> partnerOrganisations,
            @Size(max = 30) List<@NotBlank String> tenantNeeds) {

        LocalTeamDetails toDetails() {
            return new LocalTeamDetails(name, territory, members.toMembers(), partnerOrganisations, tenantNeeds);
        }
    }

    record ParticipantsRequest(
            @PositiveOrZero Integer persons,
            @PositiveOrZero Integer participations) {
    }

    /** What describes a project, in a submission, a revision or a correction. */
    record ProjectDetailsRequest(
            @NotBlank String title,
            @NotEmpty @Size(max = 17) List<@NotBlank String> territories,
            String description,
            @Valid ParticipantsRequest participants,
            @Size(max = 20) List<@NotBlank String> outcomes,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal totalCost,
            Boolean researchDocumented) {

        ProjectDetails toDetails() {
            Participants counted = participants == null ? Participants.UNKNOWN
                    : new Participants(participants.persons(), participants.participations());
            return new ProjectDetails(title, territories, description, counted, outcomes, Money.ofDollars(totalCost),
                    Boolean.TRUE.equals(researchDocumented));
        }
    }

    record ProjectSubmissionRequest(
            UUID id,
            @NotNull UUID localTeamId,
            @NotBlank String title,
            @NotEmpty @Size(max = 17) List<@NotBlank String> territories,
            String description,
            @Valid ParticipantsRequest participants,
            @Size(max = 20) List<@NotBlank String> outcomes,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal totalCost,
            Boolean researchDocumented) {

        ProjectDetails toDetails() {
            return new ProjectDetailsRequest(title, territories, description, participants, outcomes, totalCost,
                    researchDocumented).toDetails();
        }
    }

    record SupportRequest(
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal support) {
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    /** The corrected figures of a completed project: its whole description, its support and the reason. */
    record CorrectionRequest(
            @NotBlank String title,
            @NotEmpty @Size(max = 17) List<@NotBlank String> territories,
            String description,
            @Valid ParticipantsRequest participants,
            @Size(max = 20) List<@NotBlank String> outcomes,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal totalCost,
            Boolean researchDocumented,
            @NotNull @Positive @Digits(integer = AMOUNT_DIGITS, fraction = 2) BigDecimal support,
            @NotBlank String reason) {

        ProjectDetails toDetails() {
            return new ProjectDetailsRequest(title, territories, description, participants, outcomes, totalCost,
                    researchDocumented).toDetails();
        }
    }

    /** The answer to a creation: the identifier of what was created. */
    record Created(String id) {
    }
}
