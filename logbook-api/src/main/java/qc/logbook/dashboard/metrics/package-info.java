/** The journal de bord's business figures as Micrometer gauges, for Prometheus and the Grafana dashboard. */
package qc.logbook.dashboard.metrics;
