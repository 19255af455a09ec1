-- Maillon V7: events for integration (transactional outbox) and their delivery to webhook subscribers.

CREATE TABLE webhook_subscription (
    id                  uuid PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    url                 text NOT NULL CHECK (url ~ '^https?://'),
    event_types         text[] NOT NULL CHECK (cardinality(event_types) > 0),
    secret              text NOT NULL,
    description         text,
    active              boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0
);
CREATE INDEX webhook_subscription_est_idx ON webhook_subscription (establishment_code) WHERE active;

-- Written in the same transaction as the change it describes.
CREATE TABLE outbox_event (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    establishment_code  text NOT NULL REFERENCES establishment (code),
    event_type          text NOT NULL,
    record_type         text NOT NULL,
    record_id           text NOT NULL,
    occurred_at         timestamptz NOT NULL DEFAULT now(),
    payload             jsonb NOT NULL
);
CREATE INDEX outbox_event_est_idx ON outbox_event (establishment_code, id);

-- One delivery per (subscription, event): at least once, in order per record, with retries and back-off.
CREATE TABLE webhook_delivery (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id     uuid NOT NULL REFERENCES webhook_subscription (id),
    event_id            bigint NOT NULL REFERENCES outbox_event (id),
    record_id           text NOT NULL,
    status              text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts            integer NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    locked_until        timestamptz,
    last_status_code    integer,
    last_error          text,
    delivered_at        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_order_idx ON webhook_delivery (subscription_id, record_id, event_id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_sub_idx ON webhook_delivery (subscription_id, id DESC);
