"""The one data model that flows through every stage.

ingest fills `source` and `pages`; extract fills `minutes` and `flags`. The JSON output,
the database rows and the API responses are all made from these classes, and the
published JSON Schema (`bienban schema`) is generated from them.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_ID = "bienban/1"


def nfc(value: str) -> str:
    """Every string in the model is Unicode NFC: PDFs may carry NFD and matching fails on it."""
    return unicodedata.normalize("NFC", value)


Text = Annotated[str, AfterValidator(nfc)]
BBox = tuple[float, float, float, float]
"""[x0, y0, x1, y1] in the page's unit, origin top-left."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


# --- ingest: pages with provenance -------------------------------------------------


class Word(_Model):
    text: Text
    bbox: BBox
    confidence: float | None = Field(None, ge=0, le=1)


class Line(_Model):
    text: Text
    bbox: BBox
    confidence: float | None = Field(None, ge=0, le=1)
    words: list[Word] = Field(default_factory=list)


class Page(_Model):
    number: int = Field(ge=1, description="1-based page number in the source file")
    method: Literal["text-layer", "ocr"]
    text: Text
    confidence: float | None = Field(None, ge=0, le=1, description="mean word confidence (OCR pages)")
    rotation: int = Field(0, description="degrees of rotation applied before reading")
    skew: float | None = Field(None, description="degrees of skew corrected")
    width: int
    height: int
    unit: Literal["px", "pt"]
    lines: list[Line] = Field(default_factory=list)


class Source(_Model):
    path: Text
    sha256: str
    media_type: str
    page_count: int


# --- extract: minutes, evidence, flags -------------------------------------------


class Evidence(_Model):
    """Where a value was read: page number, box on that page (page unit), the text itself."""

    page: int
    bbox: BBox | None = None
    text: Text


class Flag(_Model):
    """A defect an inspector looks for (code for machines, Vietnamese message for people)."""

    code: str
    severity: Literal["error", "warning", "info"]
    message: Text
    evidence: Evidence | None = None


class Meeting(_Model):
    kind: Literal["regular", "thematic"] | None = None
    topic: Text | None = None
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    month: int | None = Field(None, ge=1, le=12)
    year: int | None = None
    start_time: str | None = Field(None, pattern=r"^\d{2}:\d{2}$")
    end_time: str | None = Field(None, pattern=r"^\d{2}:\d{2}$")
    location: Text | None = None
    cell: Text | None = None
    party_committee: Text | None = None


class Chair(_Model):
    """Chủ trì / chủ tọa."""

    name: Text
    role: Text | None = None


class Secretary(_Model):
    """Thư ký."""

    name: Text


class Absentee(_Model):
    name: Text
    reason: Text | None = None
    excused: bool | None = None


class Guest(_Model):
    """Khách mời / đại biểu dự."""

    name: Text
    role: Text | None = None


class Attendance(_Model):
    total: int | None = None
    present: int | None = None
    absent: int | None = None
    absent_excused: int | None = None
    absent_unexcused: int | None = None
    exempt: int | None = None
    absentees: list[Absentee] = Field(default_factory=list)
    guests: list[Guest] = Field(default_factory=list)


SectionKind = Literal[
    "header", "title", "opening", "information", "review", "plan", "discussion",
    "conclusion", "vote", "assignments", "closing", "signatures", "other",
]


class Section(_Model):
    kind: SectionKind
    heading: Text | None = None
    text: Text
    pages: list[int]


class Conclusion(_Model):
    """Kết luận của đồng chí chủ trì."""

    text: Text
    evidence: Evidence


class Votes(_Model):
    for_: int | None = Field(None, alias="for")
    against: int | None = None
    abstain: int | None = None
    percent_for: float | None = None


class Resolution(_Model):
    """Nghị quyết / kết luận put to a vote (biểu quyết)."""

    text: Text
    votes: Votes | None = None
    evidence: Evidence


class Assignment(_Model):
    """Phân công nhiệm vụ: a task given to a named member or group."""

    assignee: Text
    task: Text
    deadline: Text | None = None
    evidence: Evidence


class ScorePart(_Model):
    criterion: str
    points: float
    max_points: float
    reason: Text


class Score(_Model):
    """Pre-score of the parts of the provincial 100-point meeting sheet the minutes show."""

    points: float = 0
    max_points: float = 0
    parts: list[ScorePart] = Field(default_factory=list)


class Minute(_Model):
    """One meeting's minutes (biên bản) inside a book."""

    pages: list[int]
    meeting: Meeting = Field(default_factory=Meeting)
    chair: Chair | None = None
    secretary: Secretary | None = None
    attendance: Attendance = Field(default_factory=Attendance)
    sections: list[Section] = Field(default_factory=list)
    conclusion: Conclusion | None = None
    resolutions: list[Resolution] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    score: Score = Field(default_factory=Score)
    flags: list[Flag] = Field(default_factory=list)


# --- the whole result and the error file ----------------------------------------


class Document(_Model):
    """What `bienban process` writes to DIR/<stem>.json."""

    schema_: Literal["bienban/1"] = Field(SCHEMA_ID, alias="schema")
    source: Source
    pages: list[Page] = Field(default_factory=list)
    minutes: list[Minute] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list, description="book-level flags")

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=1)


class ErrorDetail(_Model):
    code: str
    message: Text


class ErrorReport(_Model):
    """What `bienban process` writes to DIR/<stem>.error.json for an input it could not read."""

    error: ErrorDetail


def json_schema() -> dict:
    schema = Document.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = SCHEMA_ID
    return schema
