-- The application nodes that process events, each seen within the last seconds: how many share the processing
-- groups (qc.logbook.axon.GroupSpreading). Times are the database's own, so nodes' clocks need not agree.
CREATE TABLE processing_node (
    node_id   VARCHAR(255) NOT NULL,
    last_seen TIMESTAMPTZ  NOT NULL,
    CONSTRAINT processing_node_pk PRIMARY KEY (node_id)
);
