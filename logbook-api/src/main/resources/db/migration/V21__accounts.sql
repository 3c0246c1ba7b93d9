-- Accounts of the embedded default, in Spring Security's JDBC user schema (users, authorities) so that
-- JdbcUserDetailsManager reads them, plus what that schema lacks: the pseudonymous account id (recorded as the worker
-- of interventions and in event metadata instead of the login), territories and when the account was created and
-- last changed. Passwords are bcrypt hashes only.
CREATE TABLE users (
    username    VARCHAR(64)   NOT NULL,
    password    VARCHAR(100)  NOT NULL,
    enabled     BOOLEAN       NOT NULL,
    account_id  VARCHAR(40)   NOT NULL,
    -- comma-separated territory codes, or * for every territory
    territories VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (username),
    CONSTRAINT users_account_id_uk UNIQUE (account_id)
);

CREATE TABLE authorities (
    username  VARCHAR(64) NOT NULL,
    authority VARCHAR(50) NOT NULL,
    CONSTRAINT authorities_pk PRIMARY KEY (username, authority),
    CONSTRAINT authorities_users_fk FOREIGN KEY (username) REFERENCES users (username) ON DELETE CASCADE
);

-- The account journal: who changed which account, when, and what. Never a password or a hash.
CREATE TABLE account_change (
    change_id  BIGSERIAL     NOT NULL,
    changed_at TIMESTAMPTZ   NOT NULL,
    -- pseudonymous id of the user who made the change ("system" for the first start)
    actor_id   VARCHAR(64)   NOT NULL,
    username   VARCHAR(64)   NOT NULL,
    account_id VARCHAR(40)   NOT NULL,
    change     VARCHAR(40)   NOT NULL,
    detail     VARCHAR(2000),
    CONSTRAINT account_change_pk PRIMARY KEY (change_id)
);
CREATE INDEX account_change_recent_ix ON account_change (changed_at DESC, change_id DESC);
