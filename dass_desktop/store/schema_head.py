# ruff: noqa: E501
"""The schema the migrations build at the newest revision (generated: run
``python -m dass_desktop.store.schema``; a test checks it).
"""

REVISION = "0012"
OBJECTS: tuple[tuple[str, str, str], ...] = (
    (
        "index",
        "ix_agenda_point_meeting_id",
        "CREATE INDEX ix_agenda_point_meeting_id ON agenda_point (meeting_id)",
    ),
    (
        "index",
        "ix_award_category_round_id",
        "CREATE INDEX ix_award_category_round_id ON award_category (round_id)",
    ),
    (
        "index",
        "ix_award_nomination_category_id",
        "CREATE INDEX ix_award_nomination_category_id ON award_nomination (category_id)",
    ),
    (
        "index",
        "ix_award_round_deleted_at",
        "CREATE INDEX ix_award_round_deleted_at ON award_round (deleted_at)",
    ),
    (
        "index",
        "ix_commitment_meeting_id",
        "CREATE INDEX ix_commitment_meeting_id ON commitment (meeting_id)",
    ),
    (
        "index",
        "ix_development_action_record_id",
        "CREATE INDEX ix_development_action_record_id ON development_action (record_id)",
    ),
    (
        "index",
        "ix_development_link_record_id",
        "CREATE INDEX ix_development_link_record_id ON development_link (record_id)",
    ),
    (
        "index",
        "ix_development_record_deleted_at",
        "CREATE INDEX ix_development_record_deleted_at ON development_record (deleted_at)",
    ),
    (
        "index",
        "ix_development_record_held_on",
        "CREATE INDEX ix_development_record_held_on ON development_record (held_on)",
    ),
    (
        "index",
        "ix_engagement_action_plan_item_id",
        "CREATE INDEX ix_engagement_action_plan_item_id ON engagement_action (plan_item_id)",
    ),
    (
        "index",
        "ix_engagement_deleted_at",
        "CREATE INDEX ix_engagement_deleted_at ON engagement (deleted_at)",
    ),
    (
        "index",
        "ix_engagement_follow_up_on",
        "CREATE INDEX ix_engagement_follow_up_on ON engagement (follow_up_on)",
    ),
    (
        "index",
        "ix_engagement_kind_occurred_on",
        "CREATE INDEX ix_engagement_kind_occurred_on ON engagement (kind, occurred_on)",
    ),
    (
        "index",
        "ix_engagement_occurred_on",
        "CREATE INDEX ix_engagement_occurred_on ON engagement (occurred_on)",
    ),
    (
        "index",
        "ix_engagement_participant_stakeholder_id",
        "CREATE INDEX ix_engagement_participant_stakeholder_id ON engagement_participant (stakeholder_id)",
    ),
    (
        "index",
        "ix_engagement_team_team_id",
        "CREATE INDEX ix_engagement_team_team_id ON engagement_team (team_id)",
    ),
    (
        "index",
        "ix_engagement_theme_theme",
        "CREATE INDEX ix_engagement_theme_theme ON engagement_theme (theme)",
    ),
    (
        "index",
        "ix_evidence_link_item_id",
        "CREATE INDEX ix_evidence_link_item_id ON evidence_link (item_id)",
    ),
    (
        "index",
        "ix_expectation_version_expectation_id",
        "CREATE INDEX ix_expectation_version_expectation_id ON expectation_version (expectation_id)",
    ),
    (
        "index",
        "ix_journal_entry_deleted_at",
        "CREATE INDEX ix_journal_entry_deleted_at ON journal_entry (deleted_at)",
    ),
    (
        "index",
        "ix_journal_entry_written_on",
        "CREATE INDEX ix_journal_entry_written_on ON journal_entry (written_on)",
    ),
    (
        "index",
        "ix_meeting_decision_meeting_id",
        "CREATE INDEX ix_meeting_decision_meeting_id ON meeting_decision (meeting_id)",
    ),
    (
        "index",
        "ix_meeting_deleted_at",
        "CREATE INDEX ix_meeting_deleted_at ON meeting (deleted_at)",
    ),
    ("index", "ix_meeting_held_on", "CREATE INDEX ix_meeting_held_on ON meeting (held_on)"),
    (
        "index",
        "ix_plan_item_day_offset",
        "CREATE INDEX ix_plan_item_day_offset ON plan_item (day_offset)",
    ),
    (
        "index",
        "ix_plan_item_deleted_at",
        "CREATE INDEX ix_plan_item_deleted_at ON plan_item (deleted_at)",
    ),
    ("index", "ix_plan_item_kind", "CREATE INDEX ix_plan_item_kind ON plan_item (kind)"),
    (
        "index",
        "ix_plan_item_open_due",
        "CREATE INDEX ix_plan_item_open_due ON plan_item (status, kind, deleted_at, phase, day_offset, due_date, theme_id, position)",
    ),
    (
        "index",
        "ix_plan_item_progress",
        "CREATE INDEX ix_plan_item_progress ON plan_item (theme_id, deleted_at, kind, status, rag, phase)",
    ),
    (
        "index",
        "ix_plan_item_theme_id",
        "CREATE INDEX ix_plan_item_theme_id ON plan_item (theme_id)",
    ),
    (
        "index",
        "ix_practice_log_item_id",
        "CREATE INDEX ix_practice_log_item_id ON practice_log (item_id)",
    ),
    (
        "index",
        "ix_recognition_deleted_at",
        "CREATE INDEX ix_recognition_deleted_at ON recognition (deleted_at)",
    ),
    (
        "index",
        "ix_recognition_given_on",
        "CREATE INDEX ix_recognition_given_on ON recognition (given_on)",
    ),
    (
        "index",
        "ix_recognition_who",
        "CREATE INDEX ix_recognition_who ON recognition (who_kind, who_id)",
    ),
    (
        "index",
        "ix_register_entry_deleted_at",
        "CREATE INDEX ix_register_entry_deleted_at ON register_entry (deleted_at)",
    ),
    (
        "index",
        "ix_register_link_entry_id",
        "CREATE INDEX ix_register_link_entry_id ON register_link (entry_id)",
    ),
    (
        "index",
        "ix_stakeholder_deleted_at",
        "CREATE INDEX ix_stakeholder_deleted_at ON stakeholder (deleted_at)",
    ),
    ("index", "ix_team_deleted_at", "CREATE INDEX ix_team_deleted_at ON team (deleted_at)"),
    (
        "index",
        "ix_team_gap_plan_item_id",
        "CREATE INDEX ix_team_gap_plan_item_id ON team_gap (plan_item_id)",
    ),
    ("index", "ix_team_gap_team_id", "CREATE INDEX ix_team_gap_team_id ON team_gap (team_id)"),
    ("index", "ix_team_note_team_id", "CREATE INDEX ix_team_note_team_id ON team_note (team_id)"),
    ("index", "sqlite_autoindex_alembic_version_1", ""),
    ("index", "sqlite_autoindex_comparator_council_1", ""),
    ("index", "sqlite_autoindex_comparator_value_1", ""),
    ("index", "sqlite_autoindex_diversity_figure_1", ""),
    ("index", "sqlite_autoindex_engagement_action_1", ""),
    ("index", "sqlite_autoindex_engagement_participant_1", ""),
    ("index", "sqlite_autoindex_engagement_team_1", ""),
    ("index", "sqlite_autoindex_engagement_theme_1", ""),
    ("index", "sqlite_autoindex_import_mapping_1", ""),
    ("index", "sqlite_autoindex_plan_item_1", ""),
    ("index", "sqlite_autoindex_plan_narrative_1", ""),
    ("index", "sqlite_autoindex_seeded_template_1", ""),
    ("index", "sqlite_autoindex_theme_1", ""),
    ("index", "sqlite_autoindex_wellbeing_checkin_1", ""),
    ("index", "sqlite_autoindex_workforce_scope_1", ""),
    ("index", "sqlite_autoindex_workforce_target_1", ""),
    ("index", "sqlite_autoindex_workforce_value_1", ""),
    (
        "table",
        "agenda_point",
        "CREATE TABLE agenda_point ( id INTEGER NOT NULL, meeting_id INTEGER NOT NULL, position INTEGER NOT NULL, title VARCHAR(300) NOT NULL, source VARCHAR(60) NOT NULL, covered BOOLEAN NOT NULL, carried_count INTEGER NOT NULL, removed BOOLEAN NOT NULL, notes TEXT NOT NULL, CONSTRAINT pk_agenda_point PRIMARY KEY (id), CONSTRAINT fk_agenda_point_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "alembic_version",
        "CREATE TABLE alembic_version ( version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num) )",
    ),
    (
        "table",
        "award_category",
        "CREATE TABLE award_category ( id INTEGER NOT NULL, round_id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, position INTEGER NOT NULL, CONSTRAINT pk_award_category PRIMARY KEY (id), CONSTRAINT fk_award_category_round_id_award_round FOREIGN KEY(round_id) REFERENCES award_round (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "award_nomination",
        "CREATE TABLE award_nomination ( id INTEGER NOT NULL, category_id INTEGER NOT NULL, nominee_kind VARCHAR(10) NOT NULL, team_id INTEGER, nominee_name VARCHAR(200) NOT NULL, nominated_by VARCHAR(200) NOT NULL, reason TEXT NOT NULL, is_winner BOOLEAN NOT NULL, CONSTRAINT pk_award_nomination PRIMARY KEY (id), CONSTRAINT ck_award_nomination_nominee_kind CHECK (nominee_kind IN ('person', 'team')), CONSTRAINT fk_award_nomination_category_id_award_category FOREIGN KEY(category_id) REFERENCES award_category (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "award_round",
        "CREATE TABLE award_round ( id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, event_on DATE, venue VARCHAR(200) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_award_round PRIMARY KEY (id) )",
    ),
    (
        "table",
        "commitment",
        "CREATE TABLE commitment ( id INTEGER NOT NULL, meeting_id INTEGER NOT NULL, direction VARCHAR(10) NOT NULL, text TEXT NOT NULL, due_on DATE, status VARCHAR(10) NOT NULL, CONSTRAINT pk_commitment PRIMARY KEY (id), CONSTRAINT ck_commitment_direction CHECK (direction IN ('mine', 'theirs')), CONSTRAINT ck_commitment_status CHECK (status IN ('open', 'done', 'dropped')), CONSTRAINT fk_commitment_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "comparator_council",
        "CREATE TABLE comparator_council ( id INTEGER NOT NULL, council_code VARCHAR(9) NOT NULL, name VARCHAR(200) NOT NULL, kind VARCHAR(8) NOT NULL, from_list_of VARCHAR(9) NOT NULL, position INTEGER NOT NULL, CONSTRAINT pk_comparator_council PRIMARY KEY (id), CONSTRAINT ck_comparator_council_kind CHECK (kind IN ('cipfa', 'named')), CONSTRAINT uq_comparator_council_council_code UNIQUE (council_code) )",
    ),
    (
        "table",
        "comparator_value",
        "CREATE TABLE comparator_value ( id INTEGER NOT NULL, kind VARCHAR(8) NOT NULL, area_key VARCHAR(200) NOT NULL, area_name VARCHAR(200) NOT NULL, metric VARCHAR(40) NOT NULL, period_label VARCHAR(40) NOT NULL, period_end DATE NOT NULL, value FLOAT NOT NULL, covers VARCHAR(200) NOT NULL, source TEXT NOT NULL, year INTEGER, source_kind VARCHAR(8) NOT NULL, source_row INTEGER, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, CONSTRAINT pk_comparator_value PRIMARY KEY (id), CONSTRAINT ck_comparator_value_kind CHECK (kind IN ('england', 'region', 'council')), CONSTRAINT ck_comparator_value_source_kind CHECK (source_kind IN ('typed', 'import')), CONSTRAINT uq_comparator_value_figure UNIQUE (area_key, metric, period_end, covers) )",
    ),
    (
        "table",
        "development_action",
        "CREATE TABLE development_action ( id INTEGER NOT NULL, record_id INTEGER NOT NULL, text TEXT NOT NULL, done BOOLEAN NOT NULL, CONSTRAINT pk_development_action PRIMARY KEY (id), CONSTRAINT fk_development_action_record_id_development_record FOREIGN KEY(record_id) REFERENCES development_record (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "development_link",
        "CREATE TABLE development_link ( id INTEGER NOT NULL, record_id INTEGER NOT NULL, target_kind VARCHAR(12) NOT NULL, target_id INTEGER, target_key VARCHAR(100) NOT NULL, CONSTRAINT pk_development_link PRIMARY KEY (id), CONSTRAINT ck_development_link_target_kind CHECK (target_kind IN ('plan-item', 'practice')), CONSTRAINT fk_development_link_record_id_development_record FOREIGN KEY(record_id) REFERENCES development_record (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "development_record",
        "CREATE TABLE development_record ( id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, held_on DATE NOT NULL, title VARCHAR(200) NOT NULL, with_whom VARCHAR(200) NOT NULL, themes TEXT NOT NULL, will_try TEXT NOT NULL, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_development_record PRIMARY KEY (id), CONSTRAINT ck_development_record_kind CHECK (kind IN ('mentor', 'coach', 'feedback-360', 'learning', 'network', 'peer-support')) )",
    ),
    (
        "table",
        "diversity_figure",
        "CREATE TABLE \"diversity_figure\" ( id INTEGER NOT NULL, subject VARCHAR(12) NOT NULL, dimension VARCHAR(12) NOT NULL, group_key VARCHAR(40) NOT NULL, as_of DATE NOT NULL, percent FLOAT NOT NULL, source TEXT NOT NULL, CONSTRAINT pk_diversity_figure PRIMARY KEY (id), CONSTRAINT ck_diversity_figure_dimension CHECK (dimension IN ('ethnicity', 'sex', 'age', 'disability', 'religion', 'sexuality')), CONSTRAINT ck_diversity_figure_subject CHECK (subject IN ('workforce', 'population')), CONSTRAINT uq_diversity_figure_group UNIQUE (subject, dimension, group_key, as_of) )",
    ),
    (
        "table",
        "engagement",
        "CREATE TABLE engagement ( id INTEGER NOT NULL, occurred_on DATE NOT NULL, starts_at TIME, kind VARCHAR(20) NOT NULL, place VARCHAR(200) NOT NULL, staff_count INTEGER, going_well TEXT NOT NULL, to_improve TEXT NOT NULL, follow_up_on DATE, you_said_we_did TEXT NOT NULL, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_engagement PRIMARY KEY (id), CONSTRAINT ck_engagement_kind CHECK (kind IN ('informal-visit', 'team-meeting', 'staff-briefing', 'roadshow', 'one-to-one', 'away-day', 'partner-meeting', 'written-briefing', 'call')), CONSTRAINT ck_engagement_staff_not_negative CHECK (staff_count IS NULL OR staff_count >= 0) )",
    ),
    (
        "table",
        "engagement_action",
        "CREATE TABLE engagement_action ( engagement_id INTEGER NOT NULL, plan_item_id INTEGER NOT NULL, CONSTRAINT pk_engagement_action PRIMARY KEY (engagement_id, plan_item_id), CONSTRAINT fk_engagement_action_engagement_id_engagement FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE CASCADE, CONSTRAINT fk_engagement_action_plan_item_id_plan_item FOREIGN KEY(plan_item_id) REFERENCES plan_item (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "engagement_participant",
        "CREATE TABLE engagement_participant ( engagement_id INTEGER NOT NULL, stakeholder_id INTEGER NOT NULL, CONSTRAINT pk_engagement_participant PRIMARY KEY (engagement_id, stakeholder_id), CONSTRAINT fk_engagement_participant_engagement_id_engagement FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE CASCADE, CONSTRAINT fk_engagement_participant_stakeholder_id_stakeholder FOREIGN KEY(stakeholder_id) REFERENCES stakeholder (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "engagement_team",
        "CREATE TABLE engagement_team ( engagement_id INTEGER NOT NULL, team_id INTEGER NOT NULL, CONSTRAINT pk_engagement_team PRIMARY KEY (engagement_id, team_id), CONSTRAINT fk_engagement_team_engagement_id_engagement FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE CASCADE, CONSTRAINT fk_engagement_team_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "engagement_theme",
        "CREATE TABLE engagement_theme ( engagement_id INTEGER NOT NULL, theme VARCHAR(60) NOT NULL, CONSTRAINT pk_engagement_theme PRIMARY KEY (engagement_id, theme), CONSTRAINT fk_engagement_theme_engagement_id_engagement FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "evidence_link",
        "CREATE TABLE evidence_link ( id INTEGER NOT NULL, item_id INTEGER NOT NULL, target TEXT NOT NULL, label VARCHAR(200) NOT NULL, added_on DATE NOT NULL, CONSTRAINT pk_evidence_link PRIMARY KEY (id), CONSTRAINT fk_evidence_link_item_id_plan_item FOREIGN KEY(item_id) REFERENCES plan_item (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "expectation",
        "CREATE TABLE expectation ( id INTEGER NOT NULL, created_on DATE NOT NULL, deleted_at DATETIME, CONSTRAINT pk_expectation PRIMARY KEY (id) )",
    ),
    (
        "table",
        "expectation_version",
        "CREATE TABLE expectation_version ( id INTEGER NOT NULL, expectation_id INTEGER NOT NULL, changed_on DATE NOT NULL, success TEXT NOT NULL, measure TEXT NOT NULL, by_when DATE, status VARCHAR(12) NOT NULL, CONSTRAINT pk_expectation_version PRIMARY KEY (id), CONSTRAINT ck_expectation_version_status CHECK (status IN ('on-track', 'at-risk', 'off-track', 'met', 'dropped')), CONSTRAINT fk_expectation_version_expectation_id_expectation FOREIGN KEY(expectation_id) REFERENCES expectation (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "import_mapping",
        "CREATE TABLE import_mapping ( id INTEGER NOT NULL, signature TEXT NOT NULL, mapping TEXT NOT NULL, options TEXT NOT NULL, file_name VARCHAR(260) NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, CONSTRAINT pk_import_mapping PRIMARY KEY (id), CONSTRAINT uq_import_mapping_signature UNIQUE (signature) )",
    ),
    (
        "table",
        "journal_entry",
        "CREATE TABLE journal_entry ( id INTEGER NOT NULL, written_on DATE NOT NULL, title VARCHAR(200) NOT NULL, text TEXT NOT NULL, private BOOLEAN NOT NULL, deleted_at DATETIME, CONSTRAINT pk_journal_entry PRIMARY KEY (id) )",
    ),
    (
        "table",
        "meeting",
        "CREATE TABLE meeting ( id INTEGER NOT NULL, held_on DATE NOT NULL, with_whom VARCHAR(30) NOT NULL, attendees TEXT NOT NULL, notes TEXT NOT NULL, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_meeting PRIMARY KEY (id), CONSTRAINT ck_meeting_with_whom CHECK (with_whom IN ('chief-executive', 'lead-member', 'leader', 'director-of-finance')) )",
    ),
    (
        "table",
        "meeting_decision",
        "CREATE TABLE meeting_decision ( id INTEGER NOT NULL, meeting_id INTEGER NOT NULL, text TEXT NOT NULL, CONSTRAINT pk_meeting_decision PRIMARY KEY (id), CONSTRAINT fk_meeting_decision_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "plan_item",
        "CREATE TABLE \"plan_item\" ( id INTEGER NOT NULL, theme_id INTEGER NOT NULL, template_key VARCHAR(80), kind VARCHAR(10) NOT NULL, title TEXT NOT NULL, help TEXT NOT NULL, guidance_ref VARCHAR(200) NOT NULL, phase VARCHAR(10) NOT NULL, day_offset INTEGER, due_date DATE, status VARCHAR(16) NOT NULL, rag VARCHAR(5), owner VARCHAR(200) NOT NULL, findings TEXT NOT NULL, completed_on DATE, source VARCHAR(80) NOT NULL, position INTEGER NOT NULL, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, cadence VARCHAR(10), counts_from VARCHAR(200) DEFAULT '' NOT NULL, CONSTRAINT pk_plan_item PRIMARY KEY (id), CONSTRAINT fk_plan_item_theme_id_theme FOREIGN KEY(theme_id) REFERENCES theme (id) ON DELETE RESTRICT, CONSTRAINT uq_plan_item_template_key UNIQUE (template_key), CONSTRAINT ck_plan_item_kind CHECK (kind IN ('question', 'action', 'practice')), CONSTRAINT ck_plan_item_phase CHECK (phase IN ('first-30', 'to-100', 'to-183')), CONSTRAINT ck_plan_item_rag CHECK (rag IS NULL OR rag IN ('red', 'amber', 'green')), CONSTRAINT ck_plan_item_status CHECK (status IN ('not-started', 'in-progress', 'done', 'not-applicable')), CONSTRAINT ck_plan_item_cadence CHECK (cadence IS NULL OR cadence IN ('weekly', 'monthly', 'quarterly')) )",
    ),
    (
        "table",
        "plan_narrative",
        "CREATE TABLE plan_narrative ( id INTEGER NOT NULL, plan_kind VARCHAR(20) NOT NULL, section VARCHAR(30) NOT NULL, text TEXT NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, CONSTRAINT pk_plan_narrative PRIMARY KEY (id), CONSTRAINT plan_section UNIQUE (plan_kind, section) )",
    ),
    (
        "table",
        "practice_log",
        "CREATE TABLE practice_log ( id INTEGER NOT NULL, item_id INTEGER NOT NULL, practised_on DATE NOT NULL, kind VARCHAR(12) NOT NULL, engagement_id INTEGER, note TEXT NOT NULL, deleted_at DATETIME, CONSTRAINT pk_practice_log PRIMARY KEY (id), CONSTRAINT ck_practice_log_kind CHECK (kind IN ('visit', 'briefing', 'recognition', 'done')), CONSTRAINT fk_practice_log_engagement_id_engagement FOREIGN KEY(engagement_id) REFERENCES engagement (id) ON DELETE SET NULL, CONSTRAINT fk_practice_log_item_id_plan_item FOREIGN KEY(item_id) REFERENCES plan_item (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "profile",
        "CREATE TABLE profile ( id INTEGER NOT NULL, director_name VARCHAR(200) NOT NULL, council_name VARCHAR(200) NOT NULL, council_code VARCHAR(9), region VARCHAR(100) NOT NULL, start_date DATE NOT NULL, chief_executive_name VARCHAR(200) NOT NULL, protective_marking VARCHAR(60) NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, CONSTRAINT pk_profile PRIMARY KEY (id), CONSTRAINT ck_profile_single_row CHECK (id = 1) )",
    ),
    (
        "table",
        "recognition",
        "CREATE TABLE recognition ( id INTEGER NOT NULL, given_on DATE NOT NULL, who_kind VARCHAR(10) NOT NULL, who_id INTEGER, who_name VARCHAR(200) NOT NULL, what_for TEXT NOT NULL, theme VARCHAR(60) NOT NULL, shared_how VARCHAR(20) NOT NULL, engagement_id INTEGER, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_recognition PRIMARY KEY (id), CONSTRAINT ck_recognition_shared_how CHECK (shared_how IN ('team-meeting', 'newsletter', 'all-staff-briefing', 'personal-note', 'staff-awards', 'in-person')), CONSTRAINT ck_recognition_who_kind CHECK (who_kind IN ('person', 'team', 'contact')) )",
    ),
    (
        "table",
        "register_entry",
        "CREATE TABLE register_entry ( id INTEGER NOT NULL, kind VARCHAR(10) NOT NULL, title VARCHAR(300) NOT NULL, category VARCHAR(30) NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, previous_score INTEGER, owner VARCHAR(200) NOT NULL, mitigation TEXT NOT NULL, review_on DATE, needs_decision BOOLEAN NOT NULL, is_ask BOOLEAN NOT NULL, raised_on DATE NOT NULL, source VARCHAR(60) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_register_entry PRIMARY KEY (id), CONSTRAINT ck_register_entry_category CHECK (category IN ('finance', 'safeguarding', 'cqc', 'workforce', 'care-market', 'health-partnership', 'political', 'reputation', 'statutory')), CONSTRAINT ck_register_entry_kind CHECK (kind IN ('risk', 'issue', 'decision', 'ask')), CONSTRAINT ck_register_entry_scores_in_range CHECK (likelihood BETWEEN 1 AND 5 AND impact BETWEEN 1 AND 5) )",
    ),
    (
        "table",
        "register_link",
        "CREATE TABLE register_link ( id INTEGER NOT NULL, entry_id INTEGER NOT NULL, target_kind VARCHAR(12) NOT NULL, target_id INTEGER NOT NULL, CONSTRAINT pk_register_link PRIMARY KEY (id), CONSTRAINT ck_register_link_target_kind CHECK (target_kind IN ('plan-item', 'gap', 'team', 'contact')), CONSTRAINT fk_register_link_entry_id_register_entry FOREIGN KEY(entry_id) REFERENCES register_entry (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "search_index",
        "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED, day UNINDEXED, label UNINDEXED, title, body, prefix='2 3', tokenize='unicode61 remove_diacritics 2')",
    ),
    (
        "table",
        "search_index_config",
        "CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID",
    ),
    (
        "table",
        "search_index_content",
        "CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4, c5)",
    ),
    (
        "table",
        "search_index_data",
        "CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB)",
    ),
    (
        "table",
        "search_index_docsize",
        "CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB)",
    ),
    (
        "table",
        "search_index_idx",
        "CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID",
    ),
    (
        "table",
        "seeded_template",
        'CREATE TABLE seeded_template ( "key" VARCHAR(80) NOT NULL, seeded_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, CONSTRAINT pk_seeded_template PRIMARY KEY ("key") )',
    ),
    (
        "table",
        "stakeholder",
        "CREATE TABLE stakeholder ( id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, role VARCHAR(200) NOT NULL, organisation VARCHAR(200) NOT NULL, category VARCHAR(30) NOT NULL, email VARCHAR(320) NOT NULL, phone VARCHAR(60) NOT NULL, notes TEXT NOT NULL, influence INTEGER NOT NULL, interest INTEGER NOT NULL, cadence VARCHAR(20) NOT NULL, tags VARCHAR(500) NOT NULL, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_stakeholder PRIMARY KEY (id), CONSTRAINT ck_stakeholder_cadence CHECK (cadence IN ('weekly', 'fortnightly', 'monthly', 'six-weekly', 'quarterly', 'six-monthly', 'none')), CONSTRAINT ck_stakeholder_category CHECK (category IN ('council-leadership', 'elected-members', 'hr-od', 'finance', 'nhs-icb', 'providers', 'voluntary-sector', 'unions', 'networks', 'regulators', 'education', 'people-carers', 'staff')), CONSTRAINT ck_stakeholder_influence_1_to_5 CHECK (influence BETWEEN 1 AND 5), CONSTRAINT ck_stakeholder_interest_1_to_5 CHECK (interest BETWEEN 1 AND 5) )",
    ),
    (
        "table",
        "team",
        "CREATE TABLE team ( id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, service_area VARCHAR(30) NOT NULL, manager VARCHAR(200) NOT NULL, base VARCHAR(200) NOT NULL, establishment_fte FLOAT NOT NULL, in_post_fte FLOAT NOT NULL, vacancies_fte FLOAT, agency_fte FLOAT NOT NULL, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_team PRIMARY KEY (id), CONSTRAINT ck_team_service_area CHECK (service_area IN ('front-door', 'reablement', 'hospital-discharge', 'long-term-support', 'learning-disability', 'mental-health', 'occupational-therapy', 'safeguarding', 'commissioning', 'business-support', 'other')), CONSTRAINT ck_team_fte_not_negative CHECK (establishment_fte >= 0 AND in_post_fte >= 0 AND agency_fte >= 0 AND (vacancies_fte IS NULL OR vacancies_fte >= 0)) )",
    ),
    (
        "table",
        "team_gap",
        "CREATE TABLE team_gap ( id INTEGER NOT NULL, team_id INTEGER NOT NULL, role VARCHAR(30) NOT NULL, gap_fte FLOAT, description TEXT NOT NULL, severity VARCHAR(10) NOT NULL, mitigation VARCHAR(30), mitigation_notes TEXT NOT NULL, owner VARCHAR(200) NOT NULL, status VARCHAR(12) NOT NULL, target_date DATE, plan_item_id INTEGER, created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_team_gap PRIMARY KEY (id), CONSTRAINT ck_team_gap_mitigation CHECK (mitigation IS NULL OR mitigation IN ('shared-service', 'assistant-roles', 'international-recruitment', 'automation', 'business-support', 'grow-your-own', 'agency-cover', 'other')), CONSTRAINT ck_team_gap_role CHECK (role IN ('social-worker', 'senior-practitioner', 'amhp', 'ot', 'ot-assistant', 'reablement-worker', 'team-manager', 'commissioner', 'business-support', 'other')), CONSTRAINT ck_team_gap_severity CHECK (severity IN ('low', 'medium', 'high', 'critical')), CONSTRAINT ck_team_gap_status CHECK (status IN ('open', 'mitigating', 'closed')), CONSTRAINT ck_team_gap_gap_fte_not_negative CHECK (gap_fte IS NULL OR gap_fte >= 0), CONSTRAINT fk_team_gap_plan_item_id_plan_item FOREIGN KEY(plan_item_id) REFERENCES plan_item (id) ON DELETE SET NULL, CONSTRAINT fk_team_gap_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "team_note",
        "CREATE TABLE team_note ( id INTEGER NOT NULL, team_id INTEGER NOT NULL, kind VARCHAR(12) NOT NULL, text TEXT NOT NULL, noted_on DATE NOT NULL, source VARCHAR(200) NOT NULL, deleted_at DATETIME, CONSTRAINT pk_team_note PRIMARY KEY (id), CONSTRAINT ck_team_note_kind CHECK (kind IN ('strength', 'development')), CONSTRAINT fk_team_note_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE )",
    ),
    (
        "table",
        "theme",
        "CREATE TABLE theme ( id INTEGER NOT NULL, template_key VARCHAR(80), title VARCHAR(200) NOT NULL, position INTEGER NOT NULL, CONSTRAINT pk_theme PRIMARY KEY (id), CONSTRAINT uq_theme_template_key UNIQUE (template_key) )",
    ),
    (
        "table",
        "wellbeing_checkin",
        "CREATE TABLE wellbeing_checkin ( id INTEGER NOT NULL, week_of DATE NOT NULL, energy INTEGER NOT NULL, workload INTEGER NOT NULL, line VARCHAR(200) NOT NULL, CONSTRAINT pk_wellbeing_checkin PRIMARY KEY (id), CONSTRAINT ck_wellbeing_checkin_energy_1_to_5 CHECK (energy BETWEEN 1 AND 5), CONSTRAINT ck_wellbeing_checkin_workload_1_to_5 CHECK (workload BETWEEN 1 AND 5), CONSTRAINT uq_wellbeing_checkin_week_of UNIQUE (week_of) )",
    ),
    (
        "table",
        "workforce_scope",
        "CREATE TABLE workforce_scope ( id INTEGER NOT NULL, kind VARCHAR(12) NOT NULL, name VARCHAR(200) NOT NULL, team_id INTEGER, CONSTRAINT pk_workforce_scope PRIMARY KEY (id), CONSTRAINT ck_workforce_scope_kind CHECK (kind IN ('department', 'team')), CONSTRAINT fk_workforce_scope_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE SET NULL, CONSTRAINT uq_workforce_scope_kind_name UNIQUE (kind, name) )",
    ),
    (
        "table",
        "workforce_target",
        "CREATE TABLE workforce_target ( metric VARCHAR(40) NOT NULL, value FLOAT, CONSTRAINT pk_workforce_target PRIMARY KEY (metric) )",
    ),
    (
        "table",
        "workforce_value",
        "CREATE TABLE workforce_value ( id INTEGER NOT NULL, scope_id INTEGER NOT NULL, metric VARCHAR(40) NOT NULL, period DATE NOT NULL, period_label VARCHAR(40) NOT NULL, value FLOAT NOT NULL, source_kind VARCHAR(8) NOT NULL, source_file VARCHAR(260) NOT NULL, source_row INTEGER, updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, CONSTRAINT pk_workforce_value PRIMARY KEY (id), CONSTRAINT ck_workforce_value_source_kind CHECK (source_kind IN ('typed', 'import')), CONSTRAINT fk_workforce_value_scope_id_workforce_scope FOREIGN KEY(scope_id) REFERENCES workforce_scope (id) ON DELETE CASCADE, CONSTRAINT uq_workforce_value_scope_metric_period UNIQUE (scope_id, metric, period) )",
    ),
    (
        "trigger",
        "search_agenda_point_delete",
        "CREATE TRIGGER search_agenda_point_delete AFTER DELETE ON agenda_point BEGIN DELETE FROM search_index WHERE rowid IN (OLD.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = OLD.meeting_id; END",
    ),
    (
        "trigger",
        "search_agenda_point_insert",
        "CREATE TRIGGER search_agenda_point_insert AFTER INSERT ON agenda_point BEGIN DELETE FROM search_index WHERE rowid IN (NEW.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.meeting_id; END",
    ),
    (
        "trigger",
        "search_agenda_point_update",
        "CREATE TRIGGER search_agenda_point_update AFTER UPDATE ON agenda_point BEGIN DELETE FROM search_index WHERE rowid IN (NEW.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.meeting_id; DELETE FROM search_index WHERE rowid IN (OLD.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = OLD.meeting_id; END",
    ),
    (
        "trigger",
        "search_commitment_delete",
        "CREATE TRIGGER search_commitment_delete AFTER DELETE ON commitment BEGIN DELETE FROM search_index WHERE rowid IN (OLD.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = OLD.meeting_id; END",
    ),
    (
        "trigger",
        "search_commitment_insert",
        "CREATE TRIGGER search_commitment_insert AFTER INSERT ON commitment BEGIN DELETE FROM search_index WHERE rowid IN (NEW.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.meeting_id; END",
    ),
    (
        "trigger",
        "search_commitment_update",
        "CREATE TRIGGER search_commitment_update AFTER UPDATE ON commitment BEGIN DELETE FROM search_index WHERE rowid IN (NEW.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.meeting_id; DELETE FROM search_index WHERE rowid IN (OLD.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = OLD.meeting_id; END",
    ),
    (
        "trigger",
        "search_engagement_delete",
        "CREATE TRIGGER search_engagement_delete AFTER DELETE ON engagement BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 6); END",
    ),
    (
        "trigger",
        "search_engagement_insert",
        "CREATE TRIGGER search_engagement_insert AFTER INSERT ON engagement BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 6); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT e.id * 16 + 6, 'engagement', e.id, e.occurred_on, CASE e.kind WHEN 'one-to-one' THEN 'One-to-one' ELSE upper(substr(replace(e.kind, '-', ' '), 1, 1)) || substr(replace(e.kind, '-', ' '), 2) END || CASE e.place WHEN '' THEN '' ELSE ' at ' || e.place END, e.place, e.going_well || ' ' || e.to_improve || ' ' || e.you_said_we_did || ' ' || coalesce((SELECT group_concat(theme, ', ') FROM engagement_theme t WHERE t.engagement_id = e.id), '') FROM engagement e WHERE e.deleted_at IS NULL AND e.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_engagement_theme_delete",
        "CREATE TRIGGER search_engagement_theme_delete AFTER DELETE ON engagement_theme BEGIN DELETE FROM search_index WHERE rowid IN (OLD.engagement_id * 16 + 6); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT e.id * 16 + 6, 'engagement', e.id, e.occurred_on, CASE e.kind WHEN 'one-to-one' THEN 'One-to-one' ELSE upper(substr(replace(e.kind, '-', ' '), 1, 1)) || substr(replace(e.kind, '-', ' '), 2) END || CASE e.place WHEN '' THEN '' ELSE ' at ' || e.place END, e.place, e.going_well || ' ' || e.to_improve || ' ' || e.you_said_we_did || ' ' || coalesce((SELECT group_concat(theme, ', ') FROM engagement_theme t WHERE t.engagement_id = e.id), '') FROM engagement e WHERE e.deleted_at IS NULL AND e.id = OLD.engagement_id; END",
    ),
    (
        "trigger",
        "search_engagement_theme_insert",
        "CREATE TRIGGER search_engagement_theme_insert AFTER INSERT ON engagement_theme BEGIN DELETE FROM search_index WHERE rowid IN (NEW.engagement_id * 16 + 6); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT e.id * 16 + 6, 'engagement', e.id, e.occurred_on, CASE e.kind WHEN 'one-to-one' THEN 'One-to-one' ELSE upper(substr(replace(e.kind, '-', ' '), 1, 1)) || substr(replace(e.kind, '-', ' '), 2) END || CASE e.place WHEN '' THEN '' ELSE ' at ' || e.place END, e.place, e.going_well || ' ' || e.to_improve || ' ' || e.you_said_we_did || ' ' || coalesce((SELECT group_concat(theme, ', ') FROM engagement_theme t WHERE t.engagement_id = e.id), '') FROM engagement e WHERE e.deleted_at IS NULL AND e.id = NEW.engagement_id; END",
    ),
    (
        "trigger",
        "search_engagement_theme_update",
        "CREATE TRIGGER search_engagement_theme_update AFTER UPDATE ON engagement_theme BEGIN DELETE FROM search_index WHERE rowid IN (NEW.engagement_id * 16 + 6); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT e.id * 16 + 6, 'engagement', e.id, e.occurred_on, CASE e.kind WHEN 'one-to-one' THEN 'One-to-one' ELSE upper(substr(replace(e.kind, '-', ' '), 1, 1)) || substr(replace(e.kind, '-', ' '), 2) END || CASE e.place WHEN '' THEN '' ELSE ' at ' || e.place END, e.place, e.going_well || ' ' || e.to_improve || ' ' || e.you_said_we_did || ' ' || coalesce((SELECT group_concat(theme, ', ') FROM engagement_theme t WHERE t.engagement_id = e.id), '') FROM engagement e WHERE e.deleted_at IS NULL AND e.id = NEW.engagement_id; DELETE FROM search_index WHERE rowid IN (OLD.engagement_id * 16 + 6); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT e.id * 16 + 6, 'engagement', e.id, e.occurred_on, CASE e.kind WHEN 'one-to-one' THEN 'One-to-one' ELSE upper(substr(replace(e.kind, '-', ' '), 1, 1)) || substr(replace(e.kind, '-', ' '), 2) END || CASE e.place WHEN '' THEN '' ELSE ' at ' || e.place END, e.place, e.going_well || ' ' || e.to_improve || ' ' || e.you_said_we_did || ' ' || coalesce((SELECT group_concat(theme, ', ') FROM engagement_theme t WHERE t.engagement_id = e.id), '') FROM engagement e WHERE e.deleted_at IS NULL AND e.id = OLD.engagement_id; END",
    ),
    (
        "trigger",
        "search_engagement_update",
        "CREATE TRIGGER search_engagement_update AFTER UPDATE ON engagement BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 6); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT e.id * 16 + 6, 'engagement', e.id, e.occurred_on, CASE e.kind WHEN 'one-to-one' THEN 'One-to-one' ELSE upper(substr(replace(e.kind, '-', ' '), 1, 1)) || substr(replace(e.kind, '-', ' '), 2) END || CASE e.place WHEN '' THEN '' ELSE ' at ' || e.place END, e.place, e.going_well || ' ' || e.to_improve || ' ' || e.you_said_we_did || ' ' || coalesce((SELECT group_concat(theme, ', ') FROM engagement_theme t WHERE t.engagement_id = e.id), '') FROM engagement e WHERE e.deleted_at IS NULL AND e.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_meeting_decision_delete",
        "CREATE TRIGGER search_meeting_decision_delete AFTER DELETE ON meeting_decision BEGIN DELETE FROM search_index WHERE rowid IN (OLD.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = OLD.meeting_id; END",
    ),
    (
        "trigger",
        "search_meeting_decision_insert",
        "CREATE TRIGGER search_meeting_decision_insert AFTER INSERT ON meeting_decision BEGIN DELETE FROM search_index WHERE rowid IN (NEW.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.meeting_id; END",
    ),
    (
        "trigger",
        "search_meeting_decision_update",
        "CREATE TRIGGER search_meeting_decision_update AFTER UPDATE ON meeting_decision BEGIN DELETE FROM search_index WHERE rowid IN (NEW.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.meeting_id; DELETE FROM search_index WHERE rowid IN (OLD.meeting_id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = OLD.meeting_id; END",
    ),
    (
        "trigger",
        "search_meeting_delete",
        "CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 7); END",
    ),
    (
        "trigger",
        "search_meeting_insert",
        "CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_meeting_update",
        "CREATE TRIGGER search_meeting_update AFTER UPDATE ON meeting BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 7); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, 'One-to-one with ' || replace(m.with_whom, '-', ' '), replace(m.with_whom, '-', ' '), coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' || coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d WHERE d.meeting_id = m.id), '') || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM commitment c WHERE c.meeting_id = m.id), '') FROM meeting m WHERE m.deleted_at IS NULL AND m.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_plan_item_delete",
        "CREATE TRIGGER search_plan_item_delete AFTER DELETE ON plan_item BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 1, OLD.id * 16 + 9); END",
    ),
    (
        "trigger",
        "search_plan_item_insert",
        "CREATE TRIGGER search_plan_item_insert AFTER INSERT ON plan_item BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 1, NEW.id * 16 + 9); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT i.id * 16 + CASE i.kind WHEN 'action' THEN 9 ELSE 1 END, CASE i.kind WHEN 'action' THEN 'action' ELSE 'plan-item' END, i.id, i.due_date, i.title, i.title, i.findings || ' ' || i.owner FROM plan_item i WHERE i.deleted_at IS NULL AND i.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_plan_item_update",
        "CREATE TRIGGER search_plan_item_update AFTER UPDATE ON plan_item BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 1, NEW.id * 16 + 9); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT i.id * 16 + CASE i.kind WHEN 'action' THEN 9 ELSE 1 END, CASE i.kind WHEN 'action' THEN 'action' ELSE 'plan-item' END, i.id, i.due_date, i.title, i.title, i.findings || ' ' || i.owner FROM plan_item i WHERE i.deleted_at IS NULL AND i.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_register_entry_delete",
        "CREATE TRIGGER search_register_entry_delete AFTER DELETE ON register_entry BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 8); END",
    ),
    (
        "trigger",
        "search_register_entry_insert",
        "CREATE TRIGGER search_register_entry_insert AFTER INSERT ON register_entry BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 8); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT r.id * 16 + 8, 'register-entry', r.id, r.raised_on, upper(substr(r.kind, 1, 1)) || substr(r.kind, 2) || ': ' || r.title, r.title, r.mitigation || ' ' || r.owner FROM register_entry r WHERE r.deleted_at IS NULL AND r.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_register_entry_update",
        "CREATE TRIGGER search_register_entry_update AFTER UPDATE ON register_entry BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 8); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT r.id * 16 + 8, 'register-entry', r.id, r.raised_on, upper(substr(r.kind, 1, 1)) || substr(r.kind, 2) || ': ' || r.title, r.title, r.mitigation || ' ' || r.owner FROM register_entry r WHERE r.deleted_at IS NULL AND r.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_stakeholder_delete",
        "CREATE TRIGGER search_stakeholder_delete AFTER DELETE ON stakeholder BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 5); END",
    ),
    (
        "trigger",
        "search_stakeholder_insert",
        "CREATE TRIGGER search_stakeholder_insert AFTER INSERT ON stakeholder BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 5); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT s.id * 16 + 5, 'stakeholder', s.id, NULL, s.name, s.name, s.role || ' ' || s.organisation || ' ' || s.notes || ' ' || s.tags FROM stakeholder s WHERE s.deleted_at IS NULL AND s.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_stakeholder_update",
        "CREATE TRIGGER search_stakeholder_update AFTER UPDATE ON stakeholder BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 5); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT s.id * 16 + 5, 'stakeholder', s.id, NULL, s.name, s.name, s.role || ' ' || s.organisation || ' ' || s.notes || ' ' || s.tags FROM stakeholder s WHERE s.deleted_at IS NULL AND s.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_team_delete",
        "CREATE TRIGGER search_team_delete AFTER DELETE ON team BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 2); END",
    ),
    (
        "trigger",
        "search_team_gap_delete",
        "CREATE TRIGGER search_team_gap_delete AFTER DELETE ON team_gap BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 4); END",
    ),
    (
        "trigger",
        "search_team_gap_insert",
        "CREATE TRIGGER search_team_gap_insert AFTER INSERT ON team_gap BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 4); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT g.id * 16 + 4, 'gap', g.id, g.target_date, tm.name || ': ' || CASE g.description WHEN '' THEN upper(substr(replace(g.role, '-', ' '), 1, 1)) || substr(replace(g.role, '-', ' '), 2) ELSE g.description END, g.description || ' ' || replace(g.role, '-', ' '), g.mitigation_notes || ' ' || g.owner || ' ' || tm.name FROM team_gap g JOIN team tm ON tm.id = g.team_id WHERE g.deleted_at IS NULL AND tm.deleted_at IS NULL AND g.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_team_gap_update",
        "CREATE TRIGGER search_team_gap_update AFTER UPDATE ON team_gap BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 4); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT g.id * 16 + 4, 'gap', g.id, g.target_date, tm.name || ': ' || CASE g.description WHEN '' THEN upper(substr(replace(g.role, '-', ' '), 1, 1)) || substr(replace(g.role, '-', ' '), 2) ELSE g.description END, g.description || ' ' || replace(g.role, '-', ' '), g.mitigation_notes || ' ' || g.owner || ' ' || tm.name FROM team_gap g JOIN team tm ON tm.id = g.team_id WHERE g.deleted_at IS NULL AND tm.deleted_at IS NULL AND g.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_team_insert",
        "CREATE TRIGGER search_team_insert AFTER INSERT ON team BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 2); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT tm.id * 16 + 2, 'team', tm.id, NULL, tm.name, tm.name, tm.manager || ' ' || tm.base || ' ' || replace(tm.service_area, '-', ' ') FROM team tm WHERE tm.deleted_at IS NULL AND tm.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_team_note_delete",
        "CREATE TRIGGER search_team_note_delete AFTER DELETE ON team_note BEGIN DELETE FROM search_index WHERE rowid IN (OLD.id * 16 + 3, OLD.id * 16 + 10); END",
    ),
    (
        "trigger",
        "search_team_note_insert",
        "CREATE TRIGGER search_team_note_insert AFTER INSERT ON team_note BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 3, NEW.id * 16 + 10); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT n.id * 16 + CASE n.kind WHEN 'development' THEN 10 ELSE 3 END, n.kind, n.id, n.noted_on, tm.name || ': ' || n.text, n.text, tm.name || ' ' || n.source FROM team_note n JOIN team tm ON tm.id = n.team_id WHERE n.deleted_at IS NULL AND tm.deleted_at IS NULL AND n.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_team_note_update",
        "CREATE TRIGGER search_team_note_update AFTER UPDATE ON team_note BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 3, NEW.id * 16 + 10); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT n.id * 16 + CASE n.kind WHEN 'development' THEN 10 ELSE 3 END, n.kind, n.id, n.noted_on, tm.name || ': ' || n.text, n.text, tm.name || ' ' || n.source FROM team_note n JOIN team tm ON tm.id = n.team_id WHERE n.deleted_at IS NULL AND tm.deleted_at IS NULL AND n.id = NEW.id; END",
    ),
    (
        "trigger",
        "search_team_update",
        "CREATE TRIGGER search_team_update AFTER UPDATE ON team BEGIN DELETE FROM search_index WHERE rowid IN (NEW.id * 16 + 2); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT tm.id * 16 + 2, 'team', tm.id, NULL, tm.name, tm.name, tm.manager || ' ' || tm.base || ' ' || replace(tm.service_area, '-', ' ') FROM team tm WHERE tm.deleted_at IS NULL AND tm.id = NEW.id; DELETE FROM search_index WHERE rowid IN (SELECT n.id * 16 + 3 FROM team_note n WHERE n.team_id = NEW.id); DELETE FROM search_index WHERE rowid IN (SELECT n.id * 16 + 10 FROM team_note n WHERE n.team_id = NEW.id); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT n.id * 16 + CASE n.kind WHEN 'development' THEN 10 ELSE 3 END, n.kind, n.id, n.noted_on, tm.name || ': ' || n.text, n.text, tm.name || ' ' || n.source FROM team_note n JOIN team tm ON tm.id = n.team_id WHERE n.deleted_at IS NULL AND tm.deleted_at IS NULL AND n.team_id = NEW.id; DELETE FROM search_index WHERE rowid IN (SELECT g.id * 16 + 4 FROM team_gap g WHERE g.team_id = NEW.id); INSERT INTO search_index (rowid, kind, ref_id, day, label, title, body) SELECT g.id * 16 + 4, 'gap', g.id, g.target_date, tm.name || ': ' || CASE g.description WHEN '' THEN upper(substr(replace(g.role, '-', ' '), 1, 1)) || substr(replace(g.role, '-', ' '), 2) ELSE g.description END, g.description || ' ' || replace(g.role, '-', ' '), g.mitigation_notes || ' ' || g.owner || ' ' || tm.name FROM team_gap g JOIN team tm ON tm.id = g.team_id WHERE g.deleted_at IS NULL AND tm.deleted_at IS NULL AND g.team_id = NEW.id; END",
    ),
)
