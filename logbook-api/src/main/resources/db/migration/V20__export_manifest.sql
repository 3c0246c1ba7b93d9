-- Manifests of research exports: filters, counts, sequence range, content hash and software version of each export,
-- so a researcher can show their data is complete and reproducible. The per-export hashing keys are never stored.
CREATE TABLE export_manifest (
    export_id  VARCHAR(64)  NOT NULL,
    created_at VARCHAR(40)  NOT NULL,
    state      VARCHAR(20)  NOT NULL,
    manifest   TEXT         NOT NULL,
    CONSTRAINT export_manifest_pk PRIMARY KEY (export_id)
);
