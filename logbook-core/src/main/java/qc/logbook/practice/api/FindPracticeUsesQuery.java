package qc.logbook.practice.api;

/** How many interventions of the journal de bord applied a practice, by territory. */
public record FindPracticeUsesQuery(PracticeId practiceId) {
}
