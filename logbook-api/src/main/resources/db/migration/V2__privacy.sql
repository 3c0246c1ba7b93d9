-- Keys protecting tenants' personal data (notes, tenant references), kept apart from the event store in their own
-- schema so they can be destroyed (crypto-shredding) while the event log stays immutable. Each key is wrapped with the
-- master key, which lives outside the database.
CREATE SCHEMA IF NOT EXISTS keystore;

CREATE TABLE keystore.subject_key (
    -- HMAC of the subject (e.g. "tenant:T-123") under the master key: finds the key without storing the reference.
    subject_hash VARCHAR(64)  NOT NULL,
    key_id       UUID         NOT NULL,
    -- NULL once the subject is forgotten.
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    forgotten_at TIMESTAMPTZ,
    CONSTRAINT subject_key_pk PRIMARY KEY (key_id)
);

-- One live key per subject; a forgotten subject keeps its row (without key) and gets a new one if served again.
CREATE UNIQUE INDEX subject_key_live_uk ON keystore.subject_key (subject_hash) WHERE forgotten_at IS NULL;

-- Who read which tenant's history, and when; visible to administrators. The reference is erased with the tenant.
CREATE TABLE tenant_access_log (
    id              BIGSERIAL    NOT NULL,
    accessed_at     TIMESTAMPTZ  NOT NULL,
    user_id         VARCHAR(255) NOT NULL,
    subject_hash    VARCHAR(64)  NOT NULL,
    tenant_ref      VARCHAR(64),
    intervention_id UUID,
    CONSTRAINT tenant_access_log_pk PRIMARY KEY (id)
);

CREATE INDEX tenant_access_log_subject_idx ON tenant_access_log (subject_hash);
