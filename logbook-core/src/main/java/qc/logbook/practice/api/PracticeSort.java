package qc.logbook.practice.api;

/** Orders of search results. */
public enum PracticeSort {
    /** Best text match first (name hits weigh more), then most recently published. Without text, same as DATE. */
    RELEVANCE,
    /** Most recently published first. */
    DATE
}
