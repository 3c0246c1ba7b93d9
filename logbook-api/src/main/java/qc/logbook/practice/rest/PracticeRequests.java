package qc.logbook.practice.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import qc.logbook.practice.api.PracticeForm;

/**
 * Request bodies of the practice endpoints. Text limits are not repeated here with {@code @Size}, which counts UTF-16
 * units: the aggregate counts characters as a person does and names the field and the limit when one is passed.
 */
final class PracticeRequests {

    private PracticeRequests() {
    }

    /** A new practice, as a draft. */
    record Draft(
            @Schema(description = "Optional client-chosen id; sending the same request again is then harmless")
            UUID id,
            @NotNull @Valid PracticeForm form) {
    }

    /** The whole form of the revision being drafted. */
    record FormUpdate(@NotNull @Valid PracticeForm form) {
    }

    /** A new revision of a published practice; without a form it starts from a copy of the published one. */
    record Revision(@Valid PracticeForm form, String reason) {
    }

    /** A reviewer's comment when sending a submission back. */
    record ReturnForChanges(@NotNull String comment) {
    }

    /** Why a practice leaves the repository. */
    record Retirement(@NotNull String reason) {
    }
}
