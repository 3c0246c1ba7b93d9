package qc.logbook.ele.api;

/**
 * How many took part in a project, counted the way the project counted: distinct persons ("66 participants"), or
 * participations, where one person taking part in several activities counts several times ("595 participations").
 * The two measure different things and are never added together. Either may be unknown ({@code null}).
 *
 * @param persons        distinct persons who took part
 * @param participations participations in activities
 */
public record Participants(Integer persons, Integer participations) {

    public static final Participants UNKNOWN = new Participants(null, null);

    public static Participants persons(int persons) {
        return new Participants(persons, null);
    }

    public static Participants participations(int participations) {
        return new Participants(null, participations);
    }
}
