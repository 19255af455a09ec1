-- Demo data: one paused webhook subscription of CISSS de Lanaudière (paused: its URL is an example, not a server).
INSERT INTO webhook_subscription (id, establishment_code, url, event_types, secret, description, active)
VALUES ('80000000-0000-4000-8000-000000000001', 'CISSS-LAN', 'https://intranet.cisss-lanaudiere.example/hooks/maillon',
        ARRAY['intervention.opened', 'intervention.closed'], 'demo-secret-not-for-production', 'Intranet (démo, en pause)', false)
ON CONFLICT (id) DO NOTHING;
