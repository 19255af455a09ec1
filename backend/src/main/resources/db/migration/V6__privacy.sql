-- Maillon V6: privacy (Loi 25): retention settings per establishment and the confidentiality-incident register.

CREATE TABLE retention_setting (
    establishment_code       text PRIMARY KEY REFERENCES establishment (code),
    contact_retention_years  integer NOT NULL DEFAULT 7 CHECK (contact_retention_years BETWEEN 1 AND 50),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    version                  bigint NOT NULL DEFAULT 0
);
INSERT INTO retention_setting (establishment_code) SELECT code FROM establishment;

CREATE TABLE privacy_incident (
    id                       uuid PRIMARY KEY,
    establishment_code       text NOT NULL REFERENCES establishment (code),
    occurred_on              date,
    discovered_on            date NOT NULL,
    nature                   text NOT NULL CHECK (length(btrim(nature)) > 0),
    information_concerned    text,
    records_concerned        text,
    persons_concerned_count  integer CHECK (persons_concerned_count >= 0),
    risk_level               text NOT NULL CHECK (risk_level IN ('LOW', 'MODERATE', 'SERIOUS')),
    risk_assessment          text,
    measures                 text,
    cai_notified_on          date,
    persons_notified_on      date,
    status                   text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    version                  bigint NOT NULL DEFAULT 0,
    CHECK (occurred_on IS NULL OR occurred_on <= discovered_on)
);
CREATE INDEX privacy_incident_idx ON privacy_incident (establishment_code, discovered_on DESC);
