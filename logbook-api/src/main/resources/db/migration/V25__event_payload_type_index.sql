-- The point-in-time reads select events by type (the funding table "as of" an instant reads only the funding events,
-- a few thousand among a million): an index by type, then global order, so that such a read does not scan the whole
-- event table (docs/decisions/0029-point-in-time-reads.md).
CREATE INDEX domain_event_entry_payload_type_ix ON domain_event_entry (payload_type, global_index);
