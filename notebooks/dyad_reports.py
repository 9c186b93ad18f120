"""Read Dyad's Parquet reports from Python: one DuckDB view per table, periods with their dates,
an actor's partners in both directions, nested columns unpacked.

    from dyad_reports import open_reports
    r = open_reports("../reports")
    r.sql("select * from actor_relationships where trend = 'rising' order by z_score desc limit 10")
    r.partners("IRN")                 # Iran's partners, whichever side of the pair it is on
    r.evidence("IRN", "USA")          # the evidence sentences of a pair, one row each

Every view is the table as Dyad wrote it, with `period` as text (never a categorical) and, for the
per-period tables, `period_start` and `period_end` dates. Errors say what is missing, never a stack
trace of DuckDB's: a folder without a manifest, a failed run, a table of an older schema, an actor
that is not there (with the closest names).
"""
from __future__ import annotations

import datetime as _dt
import difflib
import json
import os
import re

import duckdb
import pandas as pd

# The schema versions these notebooks read (docs/REPORTS.md); a table written by another version is refused.
SCHEMA_VERSIONS = {
    "articles": 2, "rejects": 2, "article_copies": 2, "sentences": 1, "mentions": 5, "actors": 2,
    "topics": 2, "article_topics": 2, "topic_trends": 3, "topic_movers": 3, "actor_topics": 3,
    "cooccurrence": 4, "actor_relationships": 5, "actor_activity": 3,
    "country_cooccurrence": 4, "country_relationships": 5, "country_activity": 3,
    "events": 1, "country_events": 1,
}


class ReportsError(Exception):
    """A reports folder, table, period or actor that is not what the notebook needs; the message says what."""


def period_dates(period: str):
    """The first and last day of a period key: '1987-W12' (ISO week), '2019-05' (month), '2019-05-13' (day); (None, None) for 'undated'."""
    if period is None or period == "undated":
        return None, None
    m = re.fullmatch(r"(\d{4})-W(\d{2})", period)
    if m:
        start = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return start, start + _dt.timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if m:
        start = _dt.date(int(m.group(1)), int(m.group(2)), 1)
        nxt = _dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, nxt - _dt.timedelta(days=1)
    day = _dt.date.fromisoformat(period)
    return day, day


def _plain(path: str) -> str:
    return path[len("file:"):] if path.startswith("file:") else path


class Reports:
    """A reports folder opened for reading: `sql`, `table`, `partners`, `evidence`, `find_actor`."""

    def __init__(self, folder: str):
        self.folder = os.path.abspath(folder)
        manifest = os.path.join(self.folder, "_manifest.json")
        if not os.path.isdir(self.folder):
            raise ReportsError(f"no reports folder at {self.folder}: run `scripts/dyad run -o {folder}` first")
        if not os.path.isfile(manifest):
            raise ReportsError(f"{self.folder} has no _manifest.json: not a finished Dyad run (run `scripts/dyad run -o {folder}`)")
        with open(manifest, encoding="utf-8") as f:
            self.manifest = json.load(f)
        if self.manifest.get("status") != "succeeded":
            raise ReportsError(f"the run in {self.folder} did not succeed (status {self.manifest.get('status')!r}): its reports are incomplete")
        self.con = duckdb.connect()
        self.tables = {}
        for name, t in self.manifest.get("tables", {}).items():
            path = _plain(t["path"])
            if not os.path.isabs(path):
                path = os.path.join(self.folder, path)
            if not os.path.isdir(path):  # a folder copied elsewhere: the table beside the manifest
                path = os.path.join(self.folder, name)
            self.tables[name] = dict(t, path=path)
            expected = SCHEMA_VERSIONS.get(name)
            if expected is not None and t.get("schema_version") != expected:
                raise ReportsError(
                    f"table {name} in {self.folder} has schema version {t.get('schema_version')}, these notebooks read {expected}: "
                    "it was written by another Dyad version; run `scripts/dyad run` again")
        self.missing = sorted(n for n, t in self.tables.items() if not os.path.isdir(t["path"]))
        for name, t in self.tables.items():
            if name in self.missing or t.get("rows", 1) == 0:
                continue
            parts = t.get("partitioned_by") or []
            types = ", ".join(f"'{p}': 'VARCHAR'" for p in parts)
            source = (f"read_parquet('{t['path']}/**/*.parquet', hive_partitioning = true, hive_types = {{{types}}})"
                      if parts else f"read_parquet('{t['path']}/*.parquet')")
            extra = ""
            if "period" in parts:
                extra = (", case when period = 'undated' then null else dyad_period_start(period) end as period_start"
                         ", case when period = 'undated' then null else dyad_period_end(period) end as period_end")
                self._period_functions()
            cols = [r[0] for r in self.con.sql(f"describe select * from {source}").fetchall()]
            if "period_start" in cols:  # written by Dyad itself
                extra = ""
            self.con.sql(f"create view {name} as select *{extra} from {source}")

    def _period_functions(self):
        if getattr(self, "_functions", False):
            return
        self.con.create_function("dyad_period_start", lambda p: period_dates(p)[0], ["VARCHAR"], "DATE")
        self.con.create_function("dyad_period_end", lambda p: period_dates(p)[1], ["VARCHAR"], "DATE")
        self._functions = True

    def has(self, name: str) -> bool:
        """Whether the run wrote rows to a table (a run of a few articles fits no topics, for one)."""
        return name in self.tables and name not in self.missing and self.tables[name].get("rows", 1) > 0

    @property
    def dated(self) -> str:
        """A SQL condition for the periods to draw: the dated ones, or 'undated' when the run has no dated story."""
        if not self.has("actor_activity"):
            return "true"
        dated = self.con.execute("select count(*) from actor_activity where period <> 'undated'").fetchone()[0]
        return "period <> 'undated'" if dated else "true"

    def require(self, *names: str):
        """Fail with the names of the tables this folder lacks."""
        lacking = [n for n in names if n not in self.tables or n in self.missing]
        empty = [n for n in names if n not in lacking and not self.has(n)]
        if empty:
            note = (self.manifest.get("topics") or {}).get("note", "") if any(n.startswith("topic") or n.endswith("topics") for n in empty) else ""
            raise ReportsError(f"{', '.join(empty)} in {self.folder} has no rows" + (f": {note}" if note else ""))
        if lacking:
            raise ReportsError(f"{self.folder} lacks {', '.join(lacking)}: run the whole pipeline (`scripts/dyad run`), not one stage")

    def sql(self, query: str, **params) -> pd.DataFrame:
        """A DuckDB query over the views, as a pandas DataFrame (`$name` parameters from keywords)."""
        return self.con.execute(query, params or None).df()

    def table(self, name: str) -> pd.DataFrame:
        self.require(name)
        return self.sql(f"select * from {name}")

    def periods(self, table: str = "actor_relationships") -> list[str]:
        """The dated periods of the run, in order."""
        self.require(table)
        ps = [r[0] for r in self.con.sql(f"select distinct period from {table} order by period").fetchall()]
        dated = [p for p in ps if p != "undated"]
        return dated or ps

    def check_period(self, period: str | None, table: str = "actor_relationships") -> str:
        """The period itself when the run has it, the last period when None; else an error listing the periods."""
        ps = self.periods(table)
        if not ps:
            raise ReportsError(f"{table} in {self.folder} has no periods")
        if period is None:
            return ps[-1]
        if period not in ps:
            raise ReportsError(f"no period {period!r} in {self.folder}; its periods are {', '.join(ps)}")
        return period

    def find_actor(self, name_or_id: str, level: str = "actor") -> str:
        """The actor_id of an id or a name (any case); an error naming the closest actors when there is none."""
        self.require("actors")
        hit = self.con.execute(
            "select actor_id from actors where actor_id = $q or lower(name) = lower($q) order by articles desc limit 1",
            {"q": name_or_id}).fetchone()
        if hit:
            return hit[0]
        names = [r[0] for r in self.con.sql("select name from actors order by articles desc limit 5000").fetchall()]
        close = difflib.get_close_matches(name_or_id, names, n=5, cutoff=0.6)
        hint = f"; the closest: {', '.join(close)}" if close else ""
        raise ReportsError(f"no actor {name_or_id!r} in {self.folder}{hint}")

    def partners(self, actor: str, level: str = "actor", period: str | None = None, keep_affiliations: bool = False) -> pd.DataFrame:
        """Every pair an actor is in, with the partner in one column whichever side of the pair it was on (a < b)."""
        table = "country_relationships" if level == "country" else "actor_relationships"
        self.require(table)
        actor_id = self.find_actor(actor)
        where = "" if keep_affiliations else "and not affiliation"
        if period is not None:
            where += " and period = $period"
        return self.sql(f"""
            select period, period_start, period_end,
                   case when actor_a = $a then actor_b else actor_a end as partner,
                   case when actor_a = $a then name_b else name_a end as partner_name,
                   case when actor_a = $a then type_b else type_a end as partner_type,
                   strength, sentences_together, articles_together, share, npmi, g2, p_value, z_score, trend, affiliation
            from {table}
            where (actor_a = $a or actor_b = $a) {where}
            order by period, strength desc""", a=actor_id, **({"period": period} if period is not None else {}))

    def evidence(self, a: str, b: str, level: str = "actor") -> pd.DataFrame:
        """The evidence sentences of a pair, one row per sentence and period (the nested `evidence` column unpacked)."""
        table = "country_relationships" if level == "country" else "actor_relationships"
        self.require(table)
        x, y = sorted([self.find_actor(a), self.find_actor(b)])
        return self.sql(f"""
            select period, trend, z_score, e.article_id, e.published, e.sentence
            from {table}, unnest(evidence) as u(e)
            where actor_a = $x and actor_b = $y order by period, e.published""", x=x, y=y)

    def events(self, a: str, b: str, level: str = "actor") -> pd.DataFrame:
        """The events between two actors (or two countries), both ways, each story once, in time order."""
        self.require("events")
        x, y = self.find_actor(a), self.find_actor(b)
        src, tgt = ("source_country", "target_country") if level == "country" else ("source_actor_id", "target_actor_id")
        return self.sql(f"""
            select published, source_name, source_code, event_code, event_name, target_name, target_code,
                   quad_class, goldstein, trigger, sentence_text, article_id
            from events
            where duplicate_of is null and (({src} = $x and {tgt} = $y) or ({src} = $y and {tgt} = $x))
            order by published, article_id, sentence, "begin"
            """, x=x, y=y)

    def top_topics(self, table: str = "actor_relationships") -> pd.DataFrame:
        """The nested `top_topics` of each pair and period, one row per topic."""
        self.require(table)
        return self.sql(f"""
            select period, actor_a, actor_b, name_a, name_b, t.topic_id, t.label, t.articles
            from {table}, unnest(top_topics) as u(t)""")


def open_reports(folder: str = "reports") -> Reports:
    return Reports(folder)


def _short_errors():
    """In Jupyter, a ReportsError shows its message, not a stack trace: it is about the reports, not the code."""
    try:
        ip = get_ipython()  # noqa: F821 (defined inside IPython only)
    except NameError:
        return

    def handler(shell, etype, value, tb, tb_offset=None):
        print(f"ReportsError: {value}")
        return None

    ip.set_custom_exc((ReportsError,), handler)


_short_errors()
