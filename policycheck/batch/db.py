"""--db FILE.sqlite: the batch results as SQL tables for analysts.

Tables (one row per ...):
  apps(id, occurrence, ok, error, error_kind, seconds, language, policy_path, policy_sha256, category, source,
       statement_count, finding_count, violation_count, clear, vague, omitted, incorrect, ambiguous, policy_cached,
       meta)                                                                   ... app (RESULTS line)
  findings(app_id, data_type, actor, status, before_consent, observations, vagueness, explanation, policy_line,
           policy_text, policy_evidence, behaviour_evidence)                   ... finding
  statements(app_id, data_type, action, actor, recipient, line, text, purposes, condition, source)
                                                                               ... extracted policy statement
  violations(app_id, rule, data_type, actor, basis, message)                   ... regulatory check that fired
JSON-valued columns (meta, purposes, *_evidence) hold JSON text (use SQLite's json_extract).

Durability and resume: every app is one transaction (WAL, synchronous=NORMAL: a killed process loses nothing
committed). The driver commits an app to the database *before* appending its RESULTS line, so the database always
holds every app of RESULTS, plus at most the apps in flight; on --resume those extra apps are deleted (they are
processed again) and apps of RESULTS missing from the database (a --db added later) are loaded from RESULTS.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError, UsageError
from ..records import STATUSES

SCHEMA = """
CREATE TABLE IF NOT EXISTS apps (
  id TEXT NOT NULL, occurrence INTEGER NOT NULL DEFAULT 1, ok INTEGER NOT NULL, error TEXT, error_kind TEXT,
  seconds REAL, language TEXT, policy_path TEXT, policy_sha256 TEXT, category TEXT, source TEXT,
  statement_count INTEGER, finding_count INTEGER, violation_count INTEGER,
  clear INTEGER, vague INTEGER, omitted INTEGER, incorrect INTEGER, ambiguous INTEGER,
  policy_cached INTEGER, meta TEXT,
  PRIMARY KEY (id, occurrence)
);
CREATE TABLE IF NOT EXISTS findings (
  app_id TEXT NOT NULL, data_type TEXT NOT NULL, actor TEXT NOT NULL, status TEXT NOT NULL,
  before_consent INTEGER, observations INTEGER, vagueness TEXT, explanation TEXT,
  policy_line INTEGER, policy_text TEXT, policy_evidence TEXT, behaviour_evidence TEXT
);
CREATE TABLE IF NOT EXISTS statements (
  app_id TEXT NOT NULL, data_type TEXT NOT NULL, action TEXT NOT NULL, actor TEXT NOT NULL, recipient TEXT,
  line INTEGER, text TEXT, purposes TEXT, condition TEXT, source TEXT
);
CREATE TABLE IF NOT EXISTS violations (
  app_id TEXT NOT NULL, rule TEXT NOT NULL, data_type TEXT, actor TEXT, basis TEXT, message TEXT
);
CREATE INDEX IF NOT EXISTS apps_ok ON apps(ok);
CREATE INDEX IF NOT EXISTS apps_language ON apps(language);
CREATE INDEX IF NOT EXISTS findings_app ON findings(app_id);
CREATE INDEX IF NOT EXISTS findings_data_type ON findings(data_type);
CREATE INDEX IF NOT EXISTS findings_actor ON findings(actor);
CREATE INDEX IF NOT EXISTS findings_status ON findings(status);
CREATE INDEX IF NOT EXISTS statements_app ON statements(app_id);
CREATE INDEX IF NOT EXISTS statements_data_type ON statements(data_type);
CREATE INDEX IF NOT EXISTS statements_actor ON statements(actor);
CREATE INDEX IF NOT EXISTS statements_action ON statements(action);
CREATE INDEX IF NOT EXISTS violations_app ON violations(app_id);
CREATE INDEX IF NOT EXISTS violations_rule ON violations(rule);
CREATE INDEX IF NOT EXISTS violations_data_type ON violations(data_type);
CREATE INDEX IF NOT EXISTS violations_actor ON violations(actor);
"""


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


class ResultsDB:
    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        try:
            self.connection = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.executescript(SCHEMA)
            rows = self.connection.execute("SELECT COUNT(*) FROM apps").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path}: not a usable SQLite database ({exc})") from None
        if rows and not resume:
            self.connection.close()
            raise UsageError(f"{path} already holds {rows} apps: use --resume to continue that run, "
                             "or choose another --db")

    def keys(self) -> set[tuple[str, int]]:
        return {(row[0], row[1]) for row in self.connection.execute("SELECT id, occurrence FROM apps")}

    def sync_with(self, results_keys: set[tuple[str, int]], results_lines: Iterable[dict[str, Any]]) -> tuple[int, int]:
        """Make the database hold exactly the apps of RESULTS. Returns (removed, added)."""
        from .output import result_key

        have = self.keys()
        extra = have - results_keys
        for app_id, occurrence in extra:
            self._delete(app_id, occurrence)
        missing = results_keys - have
        added = 0
        if missing:
            self.connection.execute("BEGIN")
            for line in results_lines:
                if result_key(line) in missing:
                    self._insert(line, line.get("statements") or [])
                    missing.discard(result_key(line))
                    added += 1
            self.connection.execute("COMMIT")
        return len(extra), added

    def add(self, result: dict[str, Any], statements: list[dict[str, Any]] | None) -> None:
        """One app in one transaction (replacing a previous row of the same key)."""
        connection = self.connection
        connection.execute("BEGIN")
        try:
            self._delete(str(result.get("id")), int(result.get("occurrence") or 1), transaction=False)
            self._insert(result, statements or [])
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def _delete(self, app_id: str, occurrence: int, transaction: bool = True) -> None:
        statements = ["DELETE FROM apps WHERE id = ? AND occurrence = ?"]
        if occurrence == 1:
            statements += [f"DELETE FROM {table} WHERE app_id = ?" for table in ("findings", "statements", "violations")]
        if transaction:
            self.connection.execute("BEGIN")
        for sql in statements:
            self.connection.execute(sql, (app_id, occurrence) if "occurrence" in sql else (app_id,))
        if transaction:
            self.connection.execute("COMMIT")

    def _insert(self, result: dict[str, Any], statements: list[dict[str, Any]]) -> None:
        app_id = str(result.get("id"))
        summary = result.get("summary") or {}
        findings = result.get("findings") or []
        violations = result.get("violations") or []
        policy = result.get("policy") or {}
        self.connection.execute(
            "INSERT INTO apps VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (app_id, int(result.get("occurrence") or 1), 1 if result.get("ok") else 0, result.get("error"),
             result.get("error_kind"), result.get("seconds"), result.get("language"), policy.get("path"),
             policy.get("sha256"), result.get("category"), result.get("source"), result.get("statement_count"),
             len(findings), len(violations), *(int(summary.get(s, 0)) for s in STATUSES),
             None if result.get("policy_cached") is None else int(bool(result.get("policy_cached"))),
             _json(result.get("meta"))))
        self.connection.executemany(
            "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(app_id, f.get("data_type"), f.get("actor"), f.get("status"), int(bool(f.get("before_consent"))),
              f.get("observations"), f.get("vagueness"), f.get("explanation"),
              (f.get("policy_evidence") or [{}])[0].get("line"), (f.get("policy_evidence") or [{}])[0].get("text"),
              _json(f.get("policy_evidence")), _json(f.get("behaviour_evidence"))) for f in findings])
        self.connection.executemany(
            "INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(app_id, s.get("data_type"), s.get("action"), s.get("actor"), s.get("recipient"), s.get("line"),
              s.get("text"), _json(s.get("purposes")), s.get("condition"), s.get("source")) for s in statements])
        self.connection.executemany(
            "INSERT INTO violations VALUES (?,?,?,?,?,?)",
            [(app_id, v.get("rule"), v.get("data_type"), v.get("actor"), v.get("basis"), v.get("message"))
             for v in violations])

    def close(self) -> None:
        try:
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError:
            pass
        self.connection.close()
