"""Customer lists in and out: SalonDesk CSV (``docs/customer-csv.md``), Fresha and Square exports.

Real exports are messy: UTF-8 with or without BOM or GB18030/GBK from Chinese
Excel, blank lines, quoted newlines, several date styles, phones with spaces,
dashes or ``+86``. Every row is validated and gets its problems listed (the
preview shows them); the commit is all-or-nothing in one transaction, with the
driver's executemany (50,000 rows in seconds). A file that cannot be read at all raises
:class:`ImportFileError` and changes nothing.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select

from salondesk.db.customer_search import FTS_COLUMNS, FTS_TABLE
from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import FIRST_YEAR, LAST_YEAR
from salondesk.domain.clock import Clock, ensure_utc
from salondesk.domain.customers import (
    IMPORT_FILE_ERRORS,
    IMPORT_PROBLEMS,
    Customer,
    CustomerSearchToken,
    Gender,
    ImportCancelled,
    ImportFileError,
    search_columns,
    search_tokens,
)
from salondesk.domain.limits import FORBIDDEN, max_length
from salondesk.domain.name_search import is_cjk, parse_phone, person_name
from salondesk.domain.permissions import Actor, Permission
from salondesk.queries.access import require
from salondesk.services import audit
from salondesk.services.import_format import ImportFormat
from salondesk.services.settings import load_settings

ProgressFn = Callable[[int, int], None]
TOKEN_TABLE: sa.Table = CustomerSearchToken.__table__  # type: ignore[attr-defined]
CHUNK = 1000


class OnExisting(StrEnum):
    """What to do with a row whose phone is already in SalonDesk."""

    SKIP = "skip"
    MERGE = "merge"  # fill the existing file's empty fields


class RowAction(StrEnum):
    """What the commit does with a row."""

    NEW = "new"
    MERGE = "merge"
    SKIP = "skip"
    INVALID = "invalid"


SALONDESK_COLUMNS = (
    "member_number",
    "name",
    "mobile",
    "other_phone",
    "gender",
    "birthday",
    "tags",
    "notes",
    "referral_source",
    "marketing_consent",
    "marketing_consent_at",
    "privacy_consent_at",
    "privacy_notice_version",
    "created_at",
    "last_visit_at",
)
FRESHA_COLUMNS = (
    "Client ID", "First Name", "Last Name", "Full Name", "Blocked", "Block Reason", "Gender", "Mobile Number",
    "Telephone", "Email", "Accepts Marketing", "Accepts SMS Marketing", "Address", "Apartement Suite", "Area",
    "City", "State", "Post Code", "Date of Birth", "Added", "Note", "Referral Source",
)  # fmt: skip
SQUARE_COLUMNS = (
    "Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname", "Company Name",
    "Street Address 1", "Street Address 2", "City", "State", "Postal Code", "Birthday", "Memo",
    "Square Customer ID", "Creation Source", "First Visit", "Last Visit", "Transaction Count", "Lifetime Spend",
    "Email Subscription Status", "Instant Profile", "Blocked from online booking",
)  # fmt: skip
# What identifies each format (the rest may be missing or reordered in real exports).
REQUIRED = {
    ImportFormat.SALONDESK: ("name", "mobile", "member_number"),
    ImportFormat.FRESHA: ("Client ID", "Full Name", "Mobile Number"),
    ImportFormat.SQUARE: ("Square Customer ID", "Phone Number", "First Name"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a row: a code of ``IMPORT_PROBLEMS`` and its placeholders."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def template(self) -> str:
        """The English message template (context ``Errors``)."""
        return IMPORT_PROBLEMS[self.code]

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message in the caller's language."""
        text = translate("Errors", self.template) if translate else self.template
        try:
            return text.format(**self.params)
        except (KeyError, IndexError):
            return self.template.format(**self.params)


@dataclass(frozen=True, slots=True)  # slots: 50,000 of them are made per file
class ImportRow:
    """One customer of the file, validated."""

    line: int  # the file line the record starts on (1 = header)
    name: str
    mobile_raw: str
    mobile: str | None
    other_phone: str | None = None
    gender: str | None = None
    birthday: date | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    member_number: str | None = None
    tags: str = ""
    notes: str = ""
    referral_source: str = ""
    marketing_consent: bool = False
    marketing_consent_at: datetime | None = None
    privacy_consent_at: datetime | None = None
    privacy_notice_version: str | None = None
    created_at: datetime | None = None
    last_visit_at: datetime | None = None
    phone_to_check: str = ""  # a mobile that failed validation, kept aside as typed (Other phone or Notes)
    action: RowAction = RowAction.NEW
    existing_id: int | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    """The whole file as it would be imported."""

    format: ImportFormat
    encoding: str
    rows: list[ImportRow]
    # The rows as read from the file, before the customers already in SalonDesk were matched, and
    # what they were read from (:func:`source_key`): an import of the same file after its preview
    # starts from them instead of reading and validating the file again.
    file_rows: list[ImportRow] | None = None
    source: str = ""

    def count(self, action: RowAction) -> int:
        """How many rows get ``action``."""
        return sum(1 for r in self.rows if r.action == action)


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    preview: ImportPreview
    created: int
    merged: int
    skipped: int
    invalid: int
    dry_run: bool


# ------------------------------------------------------------------ reading
def _file_error(code: str, **params: Any) -> ImportFileError:
    return ImportFileError(IMPORT_FILE_ERRORS[code], **params)


# What spreadsheet programs save a CSV in besides UTF-8: Chinese (mainland) Excel, Taiwan/Hong Kong
# Excel, Japanese Excel, Western Excel. Python's codec names, as charset-normalizer reports them.
LEGACY_ENCODINGS = ("gb18030", "big5", "shift_jis", "cp1252")
DELIMITERS = (",", ";", "\t")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection: a cell starting so is a formula


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (BOM or not), else the one plausible legacy reading.

    The readings are those of :data:`LEGACY_ENCODINGS`; a file with no plausible reading, or two
    that disagree, is refused, never imported garbled.

    GB18030 decodes almost any bytes (a Big5 张伟 became 眎岸), and on a file with a few names
    charset-normalizer's ranking alone is a guess (it took a one-row Big5 file for Shift-JIS), so its
    readings are checked: only characters a customer list holds (see :func:`_plausible`), and among
    those the reading with fewest uncommon ideographs must be the only one.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    readings: dict[str, str] = {}
    for match in from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS), explain=False):
        if match.encoding in LEGACY_ENCODINGS and match.encoding not in readings:
            text = str(match)
            if _plausible(text):
                readings[match.encoding] = text
    if not readings:
        raise _file_error("encoding")
    ranked = sorted(readings.items(), key=lambda item: _uncommon(item[1]))
    best_encoding, best_text = ranked[0]
    rivals = [text for _enc, text in ranked[1:] if _uncommon(text) == _uncommon(best_text) and text != best_text]
    if rivals:
        raise _file_error("encoding")
    return best_text, best_encoding


def _plausible(text: str) -> bool:
    """Only characters a customer list holds: ASCII, accented Latin letters, CJK ideographs, kana, CJK punctuation.

    Wrong readings show up as half-width katakana, Cyrillic inside Chinese names, box drawing, controls,
    and (CJK bytes read as Windows-1252) symbols such as ° ¶ ¤ © or runs of accented letters (ÕÅÎ).
    """
    if _ACCENTED_RUN.search(text):
        return False
    for char in text:
        point = ord(char)
        if point < 0x80 or is_cjk(char):
            continue
        if 0xA0 <= point <= 0x24F and (unicodedata.category(char).startswith("L") or char in "\u00a0·'"):
            continue
        if 0x3000 <= point <= 0x30FF or 0xFF01 <= point <= 0xFF5E or 0x2010 <= point <= 0x2027:
            continue
        if 0xFFE0 <= point <= 0xFFE6 or unicodedata.category(char) == "Sc":  # ￥900, €35 in spend columns
            continue
        return False
    return True


_ACCENTED_RUN = re.compile("[\u00c0-\u024f]{2,}")


def _uncommon(text: str) -> int:
    """Ideographs outside the common sets (GB2312 and Big5 level 1): few in real names, many in a wrong reading."""
    return sum(1 for char in text if is_cjk(char) and not _common_ideograph(char))


def _common_ideograph(char: str) -> bool:
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA440 <= int.from_bytes(char.encode("big5"), "big") <= 0xC67E  # Big5 level 1: frequent characters
    except UnicodeEncodeError:
        return False


def sniff_delimiter(text: str) -> str:
    """The separator of the header row: the one that makes it a known header, else the one giving most cells.

    Excel in many European locales saves ``;``-separated CSV; some tools save tabs.
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    cells = {d: next(csv.reader([first], delimiter=d), []) for d in DELIMITERS}
    for delimiter in DELIMITERS:
        if detect_format(cells[delimiter]) is not None:
            return delimiter
    return max(DELIMITERS, key=lambda d: len(cells[d]))


def _ends_mid_record(text: str) -> bool:
    """True when the file stops inside a quoted cell (a download or copy cut short)."""
    return text.count('"') % 2 == 1


def _records(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on; blank lines skipped; quoted newlines kept."""
    if "\x00" in text:
        raise _file_error("not_csv", detail="NUL")
    reader = csv.reader(io.StringIO(text, newline=""), strict=False, delimiter=delimiter)
    line = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                yield line, record
            line = reader.line_num + 1
    except csv.Error as exc:
        raise _file_error("not_csv", detail=str(exc)) from exc


def _key(cell: str) -> str:
    return cell.strip().strip('"').strip().casefold()


def detect_format(header: list[str]) -> ImportFormat | None:
    """Which export a header row comes from (None: not one we know)."""
    keys = {_key(c) for c in header}
    for fmt, needed in REQUIRED.items():
        if all(n.casefold() in keys for n in needed):
            return fmt
    return None


_YMD = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_MD = re.compile(r"^-{0,2}(\d{1,2})[-/月](\d{1,2})日?$")
_TEXT_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y")


def parse_birthday(text: str, us_order: bool = False) -> tuple[date | None, int | None, int | None]:
    """(full date or None, month, day) from the styles real exports use; ``ValueError`` when unreadable.

    YYYY-MM-DD (also / . 年月日), DD/MM/YYYY (MM/DD/YYYY when the day cannot be a
    month, or first for US exports), MM-DD without a year, "14 Mar 1990".
    """
    value = text.strip().split(" ")[0] if _YMD.match(text.strip().split(" ")[0]) else text.strip()
    if not value:
        return None, None, None
    full: date | None = None
    month = day = 0
    if m := _YMD.match(value):
        full = date(int(m[1]), int(m[2]), int(m[3]))
    elif m := _DMY.match(value):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        day, month = (b, a) if (us_order and a <= 12) or (a <= 12 < b) else (a, b)
        full = date(year, month, day)
    elif m := _MD.match(value):
        month, day = int(m[1]), int(m[2])
        date(2004, month, day)  # validates (2004 is a leap year)
    else:
        for pattern in _TEXT_FORMATS:
            try:
                full = datetime.strptime(value, pattern).date()
                break
            except ValueError:
                continue
        else:
            raise ValueError(text)
    if full is not None:
        if not 1900 <= full.year <= 2100:
            raise ValueError(text)
        return full, full.month, full.day
    return None, month, day


def _parse_instant(text: str) -> datetime | None:
    value = text.strip()
    if not value:
        return None
    try:
        return ensure_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        pass
    full, _, _ = parse_birthday(value)
    return datetime.combine(full, time(0), tzinfo=UTC) if full else None


_YES = {"yes", "y", "true", "1", "是", "subscribed", "opted in", "checked", "x"}
_GENDERS = {
    "female": Gender.FEMALE, "f": Gender.FEMALE, "woman": Gender.FEMALE, "女": Gender.FEMALE,
    "male": Gender.MALE, "m": Gender.MALE, "man": Gender.MALE, "男": Gender.MALE,
    "other": Gender.OTHER, "non-binary": Gender.OTHER, "其他": Gender.OTHER,
}  # fmt: skip


# The columns each format's rows are read from (``_row_fields``); looked up in the header once per file.
READ_COLUMNS = {
    ImportFormat.SALONDESK: SALONDESK_COLUMNS,
    ImportFormat.FRESHA: (
        "First Name", "Last Name", "Full Name", "Mobile Number", "Telephone", "Gender", "Date of Birth", "Tags",
        "Note", "Referral Source", "Accepts Marketing", "Accepts SMS Marketing",
    ),
    ImportFormat.SQUARE: (
        "First Name", "Last Name", "Nickname", "Phone Number", "Birthday", "Reference ID", "Memo", "Creation Source",
        "Email Subscription Status", "Last Visit",
    ),
}  # fmt: skip


def _row_fields(fmt: ImportFormat, cells: dict[str, str]) -> dict[str, str]:
    """The raw fields of one record, by format, from its cells (``READ_COLUMNS``; missing ones are ``""``)."""
    if fmt == ImportFormat.SALONDESK:
        return cells
    if fmt == ImportFormat.FRESHA:
        first, last, mobile = cells["First Name"], cells["Last Name"], cells["Mobile Number"]
        return {
            "name": person_name(first, last) if first or last else cells["Full Name"],
            "mobile": mobile or cells["Telephone"],
            "other_phone": cells["Telephone"] if mobile else "",
            "gender": cells["Gender"],
            "birthday": cells["Date of Birth"],
            "tags": cells["Tags"],
            "notes": cells["Note"],
            "referral_source": cells["Referral Source"],
            "marketing_consent": cells["Accepts Marketing"] or cells["Accepts SMS Marketing"],
        }
    name = person_name(cells["First Name"], cells["Last Name"])
    return {
        "name": name or cells["Nickname"],
        "mobile": cells["Phone Number"],
        "birthday": cells["Birthday"],
        "member_number": cells["Reference ID"],
        "notes": cells["Memo"],
        "referral_source": cells["Creation Source"],
        "marketing_consent": cells["Email Subscription Status"],
        "last_visit_at": cells["Last Visit"],
    }


def _cell_reader(fmt: ImportFormat, header: list[str]) -> Callable[[list[str]], dict[str, str]]:
    """The cells of a record by column name (``READ_COLUMNS``): stripped, formula escape undone, ``""`` if absent.

    Each column's position is found in the header once per file (the first of a repeated name);
    a record shorter than the header has ``""`` for the missing cells.
    """
    index: dict[str, int] = {}
    for position, cell in enumerate(header):
        index.setdefault(_key(cell), position)
    absent = sys.maxsize  # a position no record reaches
    positions = tuple((column, index.get(column.casefold(), absent)) for column in READ_COLUMNS[fmt])

    def cells(record: list[str]) -> dict[str, str]:
        length = len(record)
        return {
            column: (_unescape(text) if (text := record[position].strip())[:1] == "'" else text)
            if position < length
            else ""
            for column, position in positions
        }

    return cells


_DROP_FORBIDDEN = str.maketrans(dict.fromkeys(FORBIDDEN))  # str.translate: one C pass per cell
_ANY_FORBIDDEN = re.compile("[" + re.escape("".join(sorted(FORBIDDEN))) + "]")
_MEMBER_LIMIT = max_length(Customer, "member_number")
_TAG_SEPARATORS = re.compile(r"[,;，、]")


def _without_controls(raw: dict[str, str]) -> tuple[dict[str, str], bool]:
    """The fields with control characters (``domain.limits.FORBIDDEN``) taken out, and whether there were any."""
    if not _ANY_FORBIDDEN.search("".join(raw.values())):  # nearly every row: one scan, no copies
        return raw, False
    return {k: v.translate(_DROP_FORBIDDEN) for k, v in raw.items()}, True


def _validate(line: int, raw: dict[str, str], fmt: ImportFormat, region: str) -> ImportRow:
    problems: list[Problem] = []
    raw, had_controls = _without_controls(raw)
    if had_controls:
        problems.append(Problem("control_characters"))
    name = " ".join(raw.get("name", "").split())
    mobile_raw = raw.get("mobile", "").strip()
    mobile: str | None = None
    invalid = False
    if not name:
        problems.append(Problem("no_name"))
        invalid = True
    elif len(name) > 120:
        problems.append(Problem("name_too_long"))
        invalid = True
    member_number = raw.get("member_number", "").strip().upper() or None
    if member_number and _MEMBER_LIMIT and len(member_number) > _MEMBER_LIMIT:
        problems.append(Problem("member_number_too_long", {"value": member_number, "limit": _MEMBER_LIMIT}))
        member_number = None
    phone_aside = ""
    if mobile_raw:
        try:
            mobile = parse_phone(mobile_raw, region)
        except ValueError:  # a salon moving over keeps the customer; the number waits to be checked
            phone_aside = mobile_raw
    other_raw = raw.get("other_phone", "").strip()
    other: str | None = None
    if other_raw:
        try:
            other = parse_phone(other_raw, region)
        except ValueError:
            other = other_raw[:40]
            problems.append(Problem("bad_other_phone", {"value": other_raw}))
    notes = raw.get("notes", "").strip()
    if phone_aside and other is None and len(phone_aside) <= 40:
        other = phone_aside
        problems.append(Problem("bad_phone_kept", {"value": phone_aside}))
    elif phone_aside:
        notes = f"{notes}\n☎ {phone_aside}".strip()
        problems.append(Problem("bad_phone_in_notes", {"value": phone_aside}))
    birthday = month = day = None
    if raw.get("birthday", "").strip():
        try:
            birthday, month, day = parse_birthday(raw["birthday"], us_order=fmt == ImportFormat.SQUARE)
        except ValueError:
            problems.append(Problem("bad_date", {"value": raw["birthday"]}))
    gender = _GENDERS.get(raw.get("gender", "").strip().casefold())
    consent = raw.get("marketing_consent", "").strip().casefold() in _YES
    tags_raw = raw.get("tags", "")
    tags = ", ".join(sorted({t.strip() for t in _TAG_SEPARATORS.split(tags_raw) if t.strip()})) if tags_raw else ""
    return ImportRow(
        line=line,
        name=name,
        mobile_raw=mobile_raw,
        mobile=mobile,
        other_phone=other,
        gender=gender.value if gender else None,
        birthday=birthday,
        birth_month=month,
        birth_day=day,
        member_number=member_number,
        tags=tags[:400],
        notes=notes,
        phone_to_check=phone_aside,
        referral_source=raw.get("referral_source", "").strip()[:120],
        marketing_consent=consent,
        marketing_consent_at=_safe_instant(raw.get("marketing_consent_at", "")) if consent else None,
        privacy_consent_at=_safe_instant(raw.get("privacy_consent_at", "")),
        privacy_notice_version=raw.get("privacy_notice_version", "").strip()[:40] or None,
        created_at=_safe_instant(raw.get("created_at", "")),
        last_visit_at=_safe_instant(raw.get("last_visit_at", "")),
        action=RowAction.INVALID if invalid else RowAction.NEW,
        problems=tuple(problems),
    )


def _safe_instant(text: str) -> datetime | None:
    """An instant, or None for anything unreadable (also years 1 and 9999 that overflow in UTC)."""
    if not text:
        return None
    try:
        value = _parse_instant(text)
    except (ValueError, OverflowError):
        return None
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return value


def read_customer_file(
    data: bytes, fmt: ImportFormat | str = ImportFormat.AUTO, region: str = "CN", progress: ProgressFn | None = None
) -> ImportPreview:
    """Parse and validate a file (no database): every row with its problems, duplicates inside the file marked."""
    text, encoding = decode(data)
    records = list(_records(text, sniff_delimiter(text)))
    if not records:
        raise _file_error("empty")
    _, header = records[0]
    wanted = ImportFormat(fmt)
    detected = detect_format(header)
    if wanted == ImportFormat.AUTO:
        if detected is None:
            raise _file_error("unknown_header", header=", ".join(header)[:200])
        wanted = detected
    else:
        keys = {_key(c) for c in header}
        missing = [n for n in REQUIRED[wanted] if n.casefold() not in keys]
        if missing:
            raise _file_error("wrong_header", format=wanted.value, missing=", ".join(missing))
    cells = _cell_reader(wanted, header)
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    total = len(records) - 1
    # A file that stops without a final line break inside its last record (an open quote, or fewer
    # cells than the header) was cut short: that row is refused, not imported half.
    cut_short = not text.endswith(("\n", "\r")) and (
        _ends_mid_record(text) or (total > 0 and len(records[-1][1]) < len(header))
    )
    for count, (line, record) in enumerate(records[1:], 1):
        row = _validate(line, _row_fields(wanted, cells(record)), wanted, region)
        if cut_short and count == total:
            row = replace(row, action=RowAction.INVALID, problems=(*row.problems, Problem("cut_short")))
        mobile = row.mobile
        if row.action == RowAction.NEW and mobile:
            if mobile in seen:
                row = replace(
                    row,
                    action=RowAction.SKIP,
                    problems=(*row.problems, Problem("duplicate_in_file", {"line": seen[mobile]})),
                )
            else:
                seen[mobile] = line
        rows.append(row)
        if progress is not None and count % CHUNK == 0:
            progress(count, total)
    return ImportPreview(wanted, encoding, rows, rows, source_key(data, fmt, region))


def source_key(data: bytes, fmt: ImportFormat | str, region: str) -> str:
    """What a reading of a file depends on: its bytes, the format asked for, the salon's phone region."""
    return f"{hashlib.sha256(data).hexdigest()}:{ImportFormat(fmt).value}:{region}"


def _match_existing(uow: UnitOfWork, preview: ImportPreview, on_existing: OnExisting) -> ImportPreview:
    phones = {r.mobile for r in preview.rows if r.mobile}
    existing: dict[str, tuple[int, str]] = {}
    if phones:
        query = sa.select(col(Customer.mobile_e164), col(Customer.id), col(Customer.name)).where(
            col(Customer.mobile_e164).is_not(None),
            col(Customer.erased_at).is_(None),
            col(Customer.merged_into_id).is_(None),
        )
        for mobile, cid, name in uow.session.execute(query):
            if mobile in phones:
                existing.setdefault(mobile, (cid, name))
    rows = []
    for original in preview.rows:
        row = original
        if row.action == RowAction.NEW and row.mobile is not None and row.mobile in existing:
            cid, name = existing[row.mobile]
            merge = on_existing == OnExisting.MERGE
            row = replace(
                original,
                action=RowAction.MERGE if merge else RowAction.SKIP,
                existing_id=cid,
                problems=(*row.problems, Problem("exists_merge" if merge else "exists_skip", {"name": name})),
            )
        rows.append(row)
    return replace(preview, rows=rows)


def preview_import(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    data: bytes,
    fmt: ImportFormat | str = ImportFormat.AUTO,
    on_existing: OnExisting | str = OnExisting.SKIP,
    progress: ProgressFn | None = None,
) -> ImportPreview:
    """What an import would do, row by row (owner). Reads only."""
    del clock  # the service signature; nothing is written
    require(uow, actor, Permission.IMPORT_CUSTOMERS)
    with uow:
        region = load_settings(uow).phone_region
        preview = read_customer_file(data, fmt, region, progress)
        return _match_existing(uow, preview, OnExisting(on_existing))


# What an import writes into each new customer row, in this order (the search keys last).
WRITTEN_COLUMNS = (
    "id", "name", "mobile_e164", "other_phone", "gender", "birthday", "birth_month", "birth_day", "member_number",
    "tags", "notes", "referral_source", "marketing_consent", "marketing_consent_at", "privacy_consent_at",
    "privacy_notice_version", "created_at", "last_visit_at", *search_columns("", None, None),
)  # fmt: skip


def _customer_values(customer_id: int, row: ImportRow, now: datetime) -> list[Any]:
    """The values of ``WRITTEN_COLUMNS`` for one new customer."""
    return [
        customer_id,
        row.name,
        row.mobile,
        row.other_phone,
        row.gender,
        row.birthday,
        row.birth_month,
        row.birth_day,
        row.member_number,
        row.tags,
        row.notes,
        row.referral_source,
        row.marketing_consent,
        row.marketing_consent_at or (now if row.marketing_consent else None),
        row.privacy_consent_at,
        row.privacy_notice_version,
        row.created_at or now,
        row.last_visit_at,
        *search_columns(row.name, row.mobile, row.other_phone).values(),
    ]


def import_customers(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    data: bytes,
    fmt: ImportFormat | str = ImportFormat.AUTO,
    on_existing: OnExisting | str = OnExisting.SKIP,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    source_name: str = "",
    cancelled: Callable[[], bool] | None = None,
    previewed: ImportPreview | None = None,
) -> ImportResult:
    """Import a customer list (owner): all rows or none, in one transaction; audited as one entry.

    ``progress(done, total)`` counts the rows read, then the rows written (the total is first
    twice the file's rows, then the rows read plus those to write). When ``cancelled()`` turns
    true between two steps the import stops with :class:`ImportCancelled` and nothing is written.
    ``previewed``: the preview the owner saw (:func:`preview_import`); when it was read from the
    same bytes, format and phone region its rows are taken as read (the customers already in
    SalonDesk are matched again, inside this transaction).
    """
    require(uow, actor, Permission.IMPORT_CUSTOMERS)

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, total)

    with uow:
        region = load_settings(uow).phone_region
        if (
            previewed is not None
            and previewed.file_rows is not None
            and previewed.source == source_key(data, fmt, region)
        ):
            preview = replace(previewed, rows=previewed.file_rows)
        else:
            preview = read_customer_file(data, fmt, region, lambda done, rows: step(done, 2 * rows))
        preview = _match_existing(uow, preview, OnExisting(on_existing))
        new = [r for r in preview.rows if r.action == RowAction.NEW]
        merges = [r for r in preview.rows if r.action == RowAction.MERGE]
        result = ImportResult(
            preview,
            created=len(new),
            merged=len(merges),
            skipped=preview.count(RowAction.SKIP),
            invalid=preview.count(RowAction.INVALID),
            dry_run=dry_run,
        )
        if dry_run:
            return result
        now = clock.now()
        read = len(preview.rows)
        total = read + len(new) + len(merges)
        step(read, total)
        connection = uow.session.connection()
        with _page_cache(connection):
            _insert_new(connection, new, now, lambda written: step(read + written, total))
        for row in merges:
            assert row.existing_id is not None
            _merge_into(uow, row, row.existing_id)
        audit.record(
            uow,
            actor,
            clock,
            "import",
            "customer",
            "",
            "rows",
            None,
            {
                "file": source_name,
                "format": preview.format.value,
                "created": result.created,
                "merged": result.merged,
                "skipped": result.skipped,
                "invalid": result.invalid,
            },
        )
        step(total, total)  # the last moment to cancel: nothing is committed yet
        uow.commit()
        return result


def _insert_new(connection: sa.Connection, rows: list[ImportRow], now: datetime, written: Callable[[int], Any]) -> None:
    """The new customers and their search tokens, ``CHUNK`` rows per executemany; ``written(rows)`` after each."""
    customers = _BulkInsert(connection, Customer.__table__, WRITTEN_COLUMNS)  # type: ignore[attr-defined]
    tokens = _BulkInsert(connection, TOKEN_TABLE, ("token", "customer_id"))
    ids = _new_ids(connection, len(rows))
    with _trigram_index_after(connection, ids):
        for start in range(0, len(rows), CHUNK):
            chunk = list(zip(ids[start : start + CHUNK], rows[start : start + CHUNK], strict=True))
            customers.insert([_customer_values(cid, row, now) for cid, row in chunk])
            tokens.insert([[token, cid] for cid, row in chunk for token in search_tokens(row.name)])
            written(start + len(chunk))


# The trigger of ``db.customer_search`` that adds each inserted customer to the trigram index.
FTS_INSERT_TRIGGER = "customer_fts_ai"


@contextlib.contextmanager
def _trigram_index_after(connection: sa.Connection, ids: list[int]) -> Iterator[None]:
    """SQLite with the trigram search index: the new customers are indexed in one statement after they went in.

    The index's insert trigger cost ~6 s of a 50,000-row import (one index insert per row);
    one ``INSERT … SELECT`` of the same columns of the same rows takes ~0.3 s. The trigger
    is set aside and put back as it was (its own SQL) inside the import's transaction: a
    failed or stopped import rolls both back. Without the index (PostgreSQL, a new
    database) nothing changes: ``ensure_fts`` builds it from the table when first searched.
    """
    found = None
    if connection.dialect.name == "sqlite" and ids:
        query = sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name")
        found = connection.execute(query, {"name": FTS_INSERT_TRIGGER}).scalar_one_or_none()
    if found is None:
        yield
        return
    connection.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sa.exc.SQLAlchemyError):  # the rollback that follows puts it back in any case
            connection.exec_driver_sql(found)
        raise
    columns = ", ".join(FTS_COLUMNS)
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) SELECT id, {columns} FROM customer "
        "WHERE id BETWEEN ? AND ? ORDER BY id",
        (min(ids), max(ids)),
    )
    connection.exec_driver_sql(found)


class _BulkInsert:
    """Whole rows into one table by the driver's ``executemany``, with the values SQLAlchemy would bind.

    A Core insert of 50,000 dicts spent ~2 s turning each into parameters; here each column's
    bind processor (dates and instants as SQLite stores them, booleans, naive UTC) is looked
    up once and applied to the values that need it, and the table's scalar column defaults
    are added as constants, as a Core insert adds them.
    """

    def __init__(self, connection: sa.Connection, table: sa.Table, columns: tuple[str, ...]) -> None:
        self.connection = connection
        dialect = connection.dialect
        defaulted = [c for c in table.columns if c.name not in columns and c.default is not None]
        if not all(c.default is not None and c.default.is_scalar for c in defaulted):
            raise TypeError(f"{table.name}: a column default that is not a constant")  # a new column: write it here
        processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns]
        # each converted value is remembered per column: an import repeats them (created_at, booleans, dates)
        self.convert: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = [
            (position, p, {}) for position, p in enumerate(processors) if p is not None
        ]
        self.constants = tuple(self._bound(dialect, c, c.default.arg) for c in defaulted)  # type: ignore[union-attr]
        quote = dialect.identifier_preparer.quote
        names = [quote(name) for name in (*columns, *(c.name for c in defaulted))]
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        self.sql = (
            f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({', '.join(names)}) "
            f"VALUES ({', '.join([marker] * len(names))})"
        )

    @staticmethod
    def _bound(dialect: sa.Dialect, column: sa.Column[Any], value: Any) -> Any:
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        return processor(value) if processor is not None else value

    def insert(self, rows: list[list[Any]]) -> None:
        """Insert ``rows`` (values in the order of the columns given; changed in place)."""
        if not rows:
            return
        for position, processor, converted in self.convert:
            for values in rows:
                value = values[position]
                try:
                    values[position] = converted[value]
                except KeyError:
                    values[position] = converted[value] = processor(value)
        constants = self.constants
        for values in rows:
            values.extend(constants)
        self.connection.exec_driver_sql(self.sql, list(map(tuple, rows)))


# SQLite page cache while an import writes (KiB, negative as PRAGMA cache_size takes it): the customer
# indexes and the token table of a 50,000-row import stay in memory (default 2 MiB; ~10 % faster).
IMPORT_PAGE_CACHE_KIB = 64 * 1024


@contextlib.contextmanager
def _page_cache(connection: sa.Connection) -> Iterator[None]:
    """SQLite: a larger page cache for the connection while the import writes; the previous size after."""
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        # after a failed write too; a connection that cannot take it any more only keeps the larger cache
        with contextlib.suppress(sa.exc.SQLAlchemyError):
            connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def _new_ids(connection: sa.Connection, count: int) -> list[int]:
    """Ids for ``count`` new customers, in the rows' order, inside the import's transaction.

    SQLite: after the highest id (a concurrent insert would fail the whole import on the
    primary key, never mix rows). PostgreSQL: drawn from the column's sequence, as the
    inserts would draw them one by one.
    """
    table: sa.Table = Customer.__table__  # type: ignore[attr-defined]
    if not count:
        return []
    if connection.dialect.name == "postgresql":
        sequence = sa.func.pg_get_serial_sequence(table.name, "id")
        drawn = sa.select(sa.func.nextval(sequence)).select_from(sa.func.generate_series(1, count))
        return sorted(connection.execute(drawn).scalars())
    highest = connection.execute(sa.select(sa.func.max(table.c.id))).scalar_one() or 0
    return list(range(highest + 1, highest + 1 + count))


def _merge_into(uow: UnitOfWork, row: ImportRow, customer_id: int) -> None:
    customer = uow.session.get(Customer, customer_id)
    assert customer is not None
    for name in ("other_phone", "gender", "birthday", "birth_month", "birth_day", "member_number"):
        if getattr(customer, name) is None and getattr(row, name) is not None:
            setattr(customer, name, getattr(row, name))
    for name in ("tags", "referral_source"):
        if not getattr(customer, name) and getattr(row, name):
            setattr(customer, name, getattr(row, name))
    if row.notes and row.notes not in customer.notes:
        customer.notes = f"{customer.notes}\n{row.notes}".strip()
    if row.last_visit_at and (customer.last_visit_at is None or customer.last_visit_at < row.last_visit_at):
        customer.last_visit_at = row.last_visit_at
    uow.session.add(customer)


# ------------------------------------------------------------------ export
def escape_formula(text: str) -> str:
    """A cell a spreadsheet will show as text: OWASP's rule, a ``'`` before a leading = + - @ tab or CR.

    Excel would otherwise run ``=HYPERLINK(…)`` typed into a customer's notes when the owner opens the
    export. :func:`_unescape` takes the ``'`` off again when the file comes back in.
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_TRIGGERS) else text


def _unescape(cell: str) -> str:
    """Undo :func:`escape_formula` (also for a text that itself began with ``'=``: escaped as ``''=``)."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_TRIGGERS) else cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return ensure_utc(value).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return escape_formula(str(value))


def export_rows(customer: Customer) -> list[str]:
    """One customer as a SalonDesk CSV record (``SALONDESK_COLUMNS``)."""
    birthday = _cell(customer.birthday)
    if not birthday and customer.birth_month and customer.birth_day:
        birthday = f"{customer.birth_month:02d}-{customer.birth_day:02d}"
    values = {
        "member_number": customer.member_number,
        "name": customer.name,
        "mobile": customer.mobile_e164,
        "other_phone": customer.other_phone,
        "gender": customer.gender,
        "birthday": birthday,
        "tags": customer.tags,
        "notes": customer.notes,
        "referral_source": customer.referral_source,
        "marketing_consent": customer.marketing_consent,
        "marketing_consent_at": customer.marketing_consent_at,
        "privacy_consent_at": customer.privacy_consent_at,
        "privacy_notice_version": customer.privacy_notice_version,
        "created_at": customer.created_at,
        "last_visit_at": customer.last_visit_at,
    }
    return [_cell(values[c]) for c in SALONDESK_COLUMNS]


def export_customers_csv(uow: UnitOfWork, actor: Actor, clock: Clock) -> tuple[str, int]:
    """Every active customer as SalonDesk CSV, UTF-8 text (owner); logged. Returns (text, rows)."""
    require(uow, actor, Permission.EXPORT_CUSTOMERS)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(SALONDESK_COLUMNS)
    count = 0
    with uow:
        query = (
            select(Customer)
            .where(col(Customer.erased_at).is_(None), col(Customer.merged_into_id).is_(None))
            .order_by(col(Customer.id))
            .execution_options(yield_per=CHUNK)
        )
        for customer in uow.session.exec(query):
            writer.writerow(export_rows(customer))
            count += 1
        audit.record(uow, actor, clock, "export_all", "customer", "", "rows", None, count)
        uow.commit()
    return out.getvalue(), count
