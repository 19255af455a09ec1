-- Demo data: one confidentiality incident of CISSS de Lanaudière (for the contract's examples).
INSERT INTO privacy_incident (id, establishment_code, occurred_on, discovered_on, nature, risk_level, status)
VALUES ('70000000-0000-4000-8000-000000000001', 'CISSS-LAN', '2026-09-15', '2026-09-16',
        'Dossier papier égaré lors d''un déménagement de bureau', 'LOW', 'OPEN')
ON CONFLICT (id) DO NOTHING;
