"""What every register generator shares: the seed, the time window, the scale and the records made so far."""

import datetime
import random
from dataclasses import dataclass, field

DAY = datetime.timedelta(days=1)


def add_months(date, months):
    """The same day `months` later, clamped to the month's last day."""
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
    return min(date.replace(year=year, month=month, day=1) + (date.day - 1) * DAY, next_month - DAY)


def month_ends(first, last):
    """Last days of the months from `first`'s month to `last`'s month, each on or before `last`."""
    ends = []
    cursor = datetime.date(first.year, first.month, 1)
    while cursor <= last:
        end = add_months(cursor, 1) - DAY
        if end <= last:
            ends.append(end)
        cursor = add_months(cursor, 1)
    return ends


@dataclass
class Counts:
    """How many records of the main kinds to write."""
    systems: int
    risks: int
    documents: int
    incidents: int
    actions: int
    people: int
    suppliers: int
    audits_per_year: int


@dataclass
class Context:
    """The generation state: settings, and the records already made that later registers refer to."""
    seed: int
    as_of: datetime.date
    years: int
    counts: Counts
    overdue_rate: float = 0.01
    people: list = field(default_factory=list)
    people_by_role: dict = field(default_factory=dict)
    owners_by_unit: dict = field(default_factory=dict)  # business unit -> system owners
    units: list = field(default_factory=list)
    catalogue_controls: list = field(default_factory=list)  # Annex A control ids
    documents: list = field(default_factory=list)
    core_documents: dict = field(default_factory=dict)  # fulfils id -> document id
    docs_by_unit: dict = field(default_factory=dict)
    docs_by_control: dict = field(default_factory=dict)
    suppliers: list = field(default_factory=list)
    systems: list = field(default_factory=list)
    system_by_id: dict = field(default_factory=dict)
    soa: list = field(default_factory=list)
    applicable_controls: list = field(default_factory=list)
    risks: list = field(default_factory=list)
    risks_by_system: dict = field(default_factory=dict)
    impact_assessments: list = field(default_factory=list)
    nonconformities: list = field(default_factory=list)
    nc_counters: dict = field(default_factory=dict)  # year -> last nonconformity number
    evidence_files: dict = field(default_factory=dict)  # path -> text

    @property
    def start(self):
        """The first day of the history window."""
        return add_months(self.as_of, -12 * self.years) + DAY

    def rng(self, name):
        """A random stream of its own per register, so adding one register never shifts another."""
        return random.Random(f"{self.seed}:{name}")

    def date_between(self, rng, first, last):
        """A uniformly random date in [first, last]; `first` when the range is empty."""
        span = (last - first).days
        return first if span <= 0 else first + rng.randint(0, span) * DAY

    def recent(self, rng, months, late=False):
        """A date in the `months` before the as-of date; with `late`, old enough that a review is overdue."""
        if late:
            return self.date_between(rng, add_months(self.as_of, -months - 4), add_months(self.as_of, -months) - DAY)
        return self.date_between(rng, add_months(self.as_of, -months) + DAY, self.as_of)

    def person(self, rng, role):
        """A person holding `role`."""
        return rng.choice(self.people_by_role[role])

    def add_evidence(self, path, text):
        """An evidence file to write under the content root; returns its path."""
        self.evidence_files[path] = text
        return path
