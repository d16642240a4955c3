"""The corpus of bad inputs: each case makes its input, names the command, and says the exit
status and the words its one plain sentence must hold.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from tests.hostile.helpers import (
    CSV_HEAD,
    GOOD_ROW,
    Case,
    D,
    changed_json,
    copy_with,
    csv_case,
    export_path,
    folder_in,
    import_json_case,
    sqlite_file,
    tables_of,
    truncated,
    write_file,
)

CASES = [
    # --- arguments ----------------------------------------------------------------------
    Case("as-of year 1", lambda d, s: ["check", D, str(d), "--as-of", "0001-01-01"], 2, "1900"),
    Case("as-of year 9999", lambda d, s: ["check", D, str(d), "--as-of", "9999-12-31"], 2, "2100"),
    Case("as-of UK style", lambda d, s: ["check", D, str(d), "--as-of", "26/11/2026"], 2, "date"),
    Case(
        "meeting in 1800",
        lambda d, s: [
            "export",
            "one-to-one",
            D,
            str(d),
            "--out",
            str(s / "o.pdf"),
            "--meeting",
            "1800-01-01",
        ],
        2,
        "1900",
    ),
    Case("scale 0", lambda d, s: ["demo", D, str(s / "n"), "--scale", "0"], 2, "1 to 200"),
    Case("scale 201", lambda d, s: ["demo", D, str(s / "n"), "--scale", "201"], 2, "1 to 200"),
    Case("scale text", lambda d, s: ["demo", D, str(s / "n"), "--scale", "lots"], 2, "1 to 200"),
    Case("empty data dir", lambda d, s: ["check", D, ""], 2, "empty"),
    Case("blank data dir", lambda d, s: ["demo", D, "   "], 2, "empty"),
    Case(
        "ics to .pdf",
        lambda d, s: ["export", "ics", D, str(d), "--out", str(s / "c.pdf")],
        2,
        ".ics",
    ),
    Case(
        "meeting with 100-day",
        lambda d, s: [
            "export",
            "100-day",
            D,
            str(d),
            "--out",
            str(s / "p.pdf"),
            "--meeting",
            "2026-11-26",
        ],
        2,
        "one-to-one",
    ),
    Case("unknown command", lambda d, s: ["frobnicate"], 2, "invalid choice"),
    Case("demo and command", lambda d, s: ["--demo", "check", D, str(d)], 2, "--demo"),
    Case(
        "bad percentages",
        lambda d, s: ["import", "workforce", "f.csv", D, str(d), "--percentages", "half"],
        2,
        "invalid choice",
    ),
    Case("demo needs a folder", lambda d, s: ["demo"], 2, "--data-dir"),
    # --- data folders ---------------------------------------------------------------------
    Case(
        "data dir is a file", lambda d, s: ["check", D, write_file(s, "f", b"x")], 1, "not a folder"
    ),
    Case("demo into a file", lambda d, s: ["demo", D, write_file(s, "f", b"x")], 1, "not a folder"),
    Case(
        "import json into a file",
        lambda d, s: ["import", "json", str(export_path(d, s)), D, write_file(s, "f", b"x")],
        1,
        "not a folder",
    ),
    Case("check with no database", lambda d, s: ["check", D, str(s)], 1, "no database"),
    Case(
        "backup with no database",
        lambda d, s: ["backup", D, str(s), "--out", str(s / "b.sqlite3")],
        1,
        "no database",
    ),
    Case(
        "demo into existing data",
        lambda d, s: ["demo", D, str(d)],
        1,
        "already holds",
    ),
    # --- restore --------------------------------------------------------------------------
    Case("restore missing", lambda d, s: ["restore", str(s / "none"), D, str(d)], 1, "no file"),
    Case("restore a folder", lambda d, s: ["restore", str(s), D, str(d)], 1, "is a folder"),
    Case(
        "restore text",
        lambda d, s: ["restore", write_file(s, "t.sqlite3", b"hello" * 100), D, str(d)],
        1,
        "not changed",
    ),
    Case(
        "restore empty file",
        lambda d, s: ["restore", write_file(s, "e.sqlite3", b""), D, str(d)],
        1,
        "not changed",
    ),
    Case(
        "restore another program's file",
        lambda d, s: ["restore", sqlite_file(s, "o.sqlite3", "CREATE TABLE r (a)"), D, str(d)],
        1,
        "not a DASS Desktop database",
    ),
    Case(
        "restore from a newer release",
        lambda d, s: [
            "restore",
            copy_with(d, s, "n.sqlite3", "UPDATE alembic_version SET version_num = '9999'"),
            D,
            str(d),
        ],
        1,
        "newer release",
    ),
    Case(
        "restore with a trigger",
        lambda d, s: [
            "restore",
            copy_with(
                d,
                s,
                "t.sqlite3",
                "CREATE TRIGGER t AFTER INSERT ON engagement BEGIN DELETE FROM stakeholder; END",
            ),
            D,
            str(d),
        ],
        1,
        "trigger",
    ),
    Case(
        "restore with a view",
        lambda d, s: [
            "restore",
            copy_with(d, s, "v.sqlite3", "CREATE VIEW v AS SELECT 1"),
            D,
            str(d),
        ],
        1,
        "view",
    ),
    Case(
        "restore with a column",
        lambda d, s: [
            "restore",
            copy_with(d, s, "c.sqlite3", "ALTER TABLE profile ADD COLUMN x TEXT"),
            D,
            str(d),
        ],
        1,
        "not as DASS Desktop makes it",
    ),
    Case(
        "restore truncated", lambda d, s: ["restore", truncated(d, s), D, str(d)], 1, "not changed"
    ),
    # --- backup and export targets ----------------------------------------------------------
    Case(
        "backup over a file",
        lambda d, s: ["backup", D, str(d), "--out", write_file(s, "b.sqlite3", b"mine")],
        1,
        "already exists",
    ),
    Case(
        "backup to a folder", lambda d, s: ["backup", D, str(d), "--out", str(s)], 1, "is a folder"
    ),
    Case(
        "backup to a missing folder",
        lambda d, s: ["backup", D, str(d), "--out", str(s / "no" / "b.sqlite3")],
        1,
        "no file or folder",
    ),
    Case(
        "backup under a file",
        lambda d, s: ["backup", D, str(d), "--out", write_file(s, "f", b"x") + "/b.sqlite3"],
        1,
        "not a folder",
    ),
    Case(
        "export json to a folder",
        lambda d, s: ["export", "json", D, str(d), "--out", str(folder_in(s, "x.json"))],
        1,
        "is a folder",
    ),
    Case(
        "export json to a missing folder",
        lambda d, s: ["export", "json", D, str(d), "--out", str(s / "no" / "a.json")],
        1,
        "no file or folder",
    ),
    Case(
        "export ics to a missing folder",
        lambda d, s: ["export", "ics", D, str(d), "--out", str(s / "no" / "a.ics")],
        1,
        "no file or folder",
    ),
    Case(
        "export pdf to a folder",
        lambda d, s: ["export", "100-day", D, str(d), "--out", str(folder_in(s, "p.pdf"))],
        1,
        "is a folder",
    ),
    Case(
        "export from no database",
        lambda d, s: ["export", "json", D, str(s / "none"), "--out", str(s / "a.json")],
        1,
        "no database",
    ),
    # --- workforce CSV ------------------------------------------------------------------------
    Case(
        "csv missing",
        lambda d, s: ["import", "workforce", str(s / "none.csv"), D, str(d)],
        1,
        "no file",
    ),
    Case(
        "csv is a folder",
        lambda d, s: ["import", "workforce", str(s), D, str(d)],
        1,
        "is a folder",
    ),
    Case("csv empty", csv_case(b""), 1, "empty"),
    Case("csv is xlsx", csv_case(b"PK\x03\x04\x14\x00rest"), 1, "spreadsheet"),
    Case("csv binary", csv_case(b"Month,FTE\n\x00\x01\x02,3\n"), 1, "binary"),
    Case("csv one column", csv_case(b"Month|FTE\n2026-03|1\n"), 1, "one column"),
    Case("csv header only", csv_case(CSV_HEAD), 1, "no rows"),
    Case("csv text figure", csv_case(CSV_HEAD + b"2026-03,Reablement,forty,38,12\n"), 1, "line"),
    Case("csv unknown columns", csv_case(b"Month,Zodiac sign\n2026-03,Leo\n"), 1, "not recognised"),
    Case(
        "csv 5 MB cell",
        csv_case(CSV_HEAD + b"2026-03,Re" + b"a" * 5_000_000 + b",1,1,1\n"),
        1,
        "longer than 1 MB",
    ),
    Case(
        "csv mixed encodings",
        csv_case(CSV_HEAD + "2026-03,Équipe,40,38,12\n".encode() + b"2026-04,\xc9quipe,40,38,12\n"),
        1,
        "mixes two text encodings",
    ),
    Case(
        "csv unclosed quote",
        csv_case(CSV_HEAD + b'2026-03,"Reablement,40,38,12\n' + GOOD_ROW),
        1,
        "never closed",
    ),
    Case(
        "csv headcount 1e300", csv_case(CSV_HEAD + b"2026-03,Reablement,1e300,38,12\n"), 1, "line"
    ),
    Case("csv negative", csv_case(CSV_HEAD + b"2026-03,Reablement,-4,38,12\n"), 1, "line"),
    Case("csv rate over 100", csv_case(CSV_HEAD + b"2026-03,Reablement,40,38,140\n"), 1, "line"),
    Case(
        "csv 100,000 bad lines",
        csv_case(CSV_HEAD + b"2026-03,Reablement,x,38,12\n" * 100_000),
        1,
        "and 99,949 more",
    ),
    Case("csv bad month", csv_case(CSV_HEAD + b"Smarch 2026,Reablement,40,38,12\n"), 1, "line"),
    Case("csv false UTF-16", csv_case(codecs.BOM_UTF16_LE + b"\x00\xd8M\x00"), 1, "UTF-16"),
    # --- JSON -----------------------------------------------------------------------------------
    Case(
        "json not json", import_json_case(lambda d, s: write_file(s, "a.json", b"{nope")), 1, "JSON"
    ),
    Case(
        "json a list",
        import_json_case(lambda d, s: write_file(s, "a.json", b"[1, 2]")),
        1,
        "not a DASS Desktop export",
    ),
    Case(
        "json other format",
        import_json_case(lambda d, s: write_file(s, "a.json", b'{"format": "other"}')),
        1,
        "not a DASS Desktop export",
    ),
    Case(
        "json newer schema",
        import_json_case(
            lambda d, s: changed_json(d, s, lambda doc: doc.update(schema_revision="9999"))
        ),
        1,
        "newer release",
    ),
    Case(
        "json tables a list",
        import_json_case(lambda d, s: changed_json(d, s, lambda doc: doc.update(tables=[]))),
        1,
        "no tables",
    ),
    Case(
        "json nested deep",
        import_json_case(lambda d, s: write_file(s, "a.json", b"[" * 200_000 + b"]" * 200_000)),
        1,
        "nested too deeply",
    ),
    Case(
        "json NaN",
        import_json_case(
            lambda d, s: write_file(s, "a.json", b'{"format": "dass-desktop", "x": NaN}')
        ),
        1,
        "numbers that JSON does not allow",
    ),
    Case(
        "json text in an integer",
        import_json_case(
            lambda d, s: changed_json(
                d, s, lambda doc: tables_of(doc)["stakeholder"][0].update(influence="high")
            )
        ),
        1,
        "column influence",
    ),
    Case(
        "json integer in a date",
        import_json_case(
            lambda d, s: changed_json(
                d, s, lambda doc: tables_of(doc)["profile"][0].update(start_date=7)
            )
        ),
        1,
        "column start_date",
    ),
    Case(
        "json null in a required column",
        import_json_case(
            lambda d, s: changed_json(
                d, s, lambda doc: tables_of(doc)["profile"][0].update(council_name=None)
            )
        ),
        1,
        "must have a value",
    ),
    Case(
        "json not UTF-8",
        import_json_case(lambda d, s: write_file(s, "a.json", b'{"format": "\xff\xfe"}')),
        1,
        "not UTF-8",
    ),
    Case(
        "json into existing data",
        lambda d, s: ["import", "json", str(export_path(d, s)), D, str(d)],
        1,
        "already holds data",
    ),
    Case(
        "json over another program's file",
        lambda d, s: [
            "import",
            "json",
            str(export_path(d, s)),
            D,
            str(
                Path(
                    sqlite_file(folder_in(s, "other"), "dass-desktop.sqlite3", "CREATE TABLE r (a)")
                ).parent
            ),
        ],
        1,
        "already holds data",
    ),
    Case(
        "json from a folder",
        lambda d, s: ["import", "json", str(s), D, str(s / "n")],
        1,
        "is a folder",
    ),
]
