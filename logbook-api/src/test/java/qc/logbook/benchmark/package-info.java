/**
 * The event-path benchmark (not a test: run it with the {@code benchmark} Maven profile, see docs/benchmark.md). It
 * lives in the test sources so that it never ships in the application jar.
 */
package qc.logbook.benchmark;
