package qc.logbook.ele.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import qc.logbook.practice.api.PracticeId;

/**
 * What a local team says about its project: when submitted, then as results come in. A revision or a correction
 * replaces the whole description. The support granted from the measure is not part of it: only the measure grants.
 *
 * @param title              the project's title
 * @param territories        territory codes (one or more; a project may be shared by several MRCs), without repeats
 * @param description        what the project does
 * @param participants       persons and participations, kept apart
 * @param outcomes           the main outcomes (principales retombées), one text each
 * @param totalCost          the project's total cost, all funders included
 * @param researchDocumented whether researchers documented this site in depth (the seed's asterisk)
 * @param practiceId         the published practice of the repository the project applies, {@code null} if none named
 *                           (added by revision 2 of the events carrying details; older events read as {@code null},
 *                           see {@code ProjectPracticeUpcaster})
 */
public record ProjectDetails(
        String title,
        List<String> territories,
        String description,
        Participants participants,
        List<String> outcomes,
        Money totalCost,
        boolean researchDocumented,
        PracticeId practiceId) {

    public ProjectDetails {
        territories = territories == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(territories.stream().filter(Objects::nonNull).toList()));
        participants = participants == null ? Participants.UNKNOWN : participants;
        outcomes = LocalTeamDetails.copy(outcomes);
    }

    /** A description naming no practice. */
    public ProjectDetails(String title, List<String> territories, String description, Participants participants,
                          List<String> outcomes, Money totalCost, boolean researchDocumented) {
        this(title, territories, description, participants, outcomes, totalCost, researchDocumented, null);
    }

    /** Whether the project is shared by several territories. */
    public boolean shared() {
        return territories.size() > 1;
    }
}
