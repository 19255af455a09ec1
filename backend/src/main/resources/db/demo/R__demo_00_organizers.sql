-- Demo data (loaded by `make run` and the tests, never in production: see README "Demo data").
-- The organizers of the demo logins, added ahead of their first login (linked by username when they log in).
-- Fixed ids so that the contract's examples work as-is.
INSERT INTO organizer (id, establishment_code, username, name, email) VALUES
    ('60000000-0000-4000-8000-000000000001', 'CISSS-LAN', 'marie.tremblay', 'Marie Tremblay', 'marie.tremblay@demo.maillon.quebec'),
    ('60000000-0000-4000-8000-000000000002', 'CISSS-LAN', 'julien.gagnon', 'Julien Gagnon', 'julien.gagnon@demo.maillon.quebec'),
    ('60000000-0000-4000-8000-000000000003', 'CISSS-LAN', 'sophie.lavoie', 'Sophie Lavoie', 'sophie.lavoie@demo.maillon.quebec'),
    ('60000000-0000-4000-8000-000000000004', 'CISSS-LAN', 'eric.beaulieu', 'Éric Beaulieu', 'eric.beaulieu@demo.maillon.quebec'),
    ('60000000-0000-4000-8000-000000000011', 'CIUSSS-NIM', 'amelie.roy', 'Amélie Roy', 'amelie.roy@demo.maillon.quebec'),
    ('60000000-0000-4000-8000-000000000012', 'CIUSSS-NIM', 'karim.benali', 'Karim Benali', 'karim.benali@demo.maillon.quebec')
ON CONFLICT (id) DO NOTHING;

INSERT INTO organizer_territory (organizer_id, territory_code) VALUES
    ('60000000-0000-4000-8000-000000000001', 'LAN-JOLIETTE'),
    ('60000000-0000-4000-8000-000000000001', 'LAN-MATAWINIE'),
    ('60000000-0000-4000-8000-000000000002', 'LAN-LASSOMPTION'),
    ('60000000-0000-4000-8000-000000000002', 'LAN-MOULINS'),
    ('60000000-0000-4000-8000-000000000004', 'LAN-DAUTRAY'),
    ('60000000-0000-4000-8000-000000000004', 'LAN-MONTCALM'),
    ('60000000-0000-4000-8000-000000000011', 'NIM-AMN'),
    ('60000000-0000-4000-8000-000000000011', 'NIM-PPV')
ON CONFLICT DO NOTHING;
