package qc.logbook.practice.api;

/**
 * Section 12 of the practice form: evaluation of the implementation (1,200 characters each).
 *
 * @param strengths     Forces
 * @param limits        Limites
 * @param opportunities Occasions à saisir pour optimiser le développement et la pratique
 * @param threats       Menaces et obstacles au succès
 */
public record PracticeEvaluation(String strengths, String limits, String opportunities, String threats) {

    public static final PracticeEvaluation EMPTY = new PracticeEvaluation(null, null, null, null);
}
