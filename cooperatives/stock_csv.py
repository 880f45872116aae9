"""Bulk stock and price updates by CSV upload, and the CSV export of a cooperative's listings.

This module is pure: it never touches the database. ``stock_csv_parse`` turns an uploaded file
into validated rows plus a list of problems; the caller applies the rows (atomically) only when
there are no problems. ``stock_csv_export`` writes the file a leader downloads, edits in Excel or
Google Sheets (often on a phone) and uploads again.

File format
-----------
* Text encoded as UTF-8, with or without a byte order mark (BOM; Excel's "CSV UTF-8" writes one).
  Comma separated, any line ending (``\\r\\n``, ``\\n`` or ``\\r``), quoting as the ``csv``
  module (and Excel) does it.
* The first row that is not entirely empty is the header. Column names are case-insensitive,
  surrounding spaces are ignored, and spaces or hyphens inside a name count as ``_`` (so
  "Low Stock Threshold" names ``low_stock_threshold``). Order is free.

  ==========================  =========  ===================================================
  column                      required   meaning
  ==========================  =========  ===================================================
  ``sku``                     yes        the product's code (the one on its page); it must be
                                         one of the uploader's own cooperative's codes
                                         (compared exactly, after stripping surrounding
                                         spaces), or an older code the caller still
                                         accepts (``aliases``), read as the current one
  ``quantity``                yes        the new number in stock, a whole number 0..1,000,000
  ``price``                   no         new price, more than 0 and at most 1,000,000, at
                                         most 2 decimal places; an empty cell leaves the
                                         price unchanged
  ``low_stock_threshold``     no         whole number 0..1,000,000; an empty cell leaves it
                                         unchanged
  ==========================  =========  ===================================================

  Any other column (``title`` and ``title_ur``, which the export writes, or the leader's own
  notes) is ignored and never validated. A column named twice in the header is refused, since it
  would be ambiguous which cell counts. Cells beyond the header's width are ignored; missing
  cells at the end of a short row count as empty.
* Rows whose cells are all empty are skipped (spreadsheets often save trailing empty rows).

Numbers
-------
Urdu keyboards type Extended Arabic-Indic digits (``۰``-``۹``, U+06F0-U+06F9) and Arabic
keyboards type Arabic-Indic digits (``٠``-``٩``, U+0660-U+0669). DECISION: both are accepted and
read exactly as the ASCII digits 0-9 (``"۱۲"`` and ``"١٢"`` are 12). One number must use one kind
of digits: ``"1۲"`` is refused as a likely typo. Other digit scripts (full-width, Devanagari, ...)
are refused. In a price, the decimal point may be ``.`` or the Arabic decimal separator ``٫``
(U+066B), with any of the three digit kinds.

Refused for the whole-number columns: empty ``quantity``, signs (``-3``, ``+5``), decimals even
when whole (``5.0``), thousands separators (``1,000``, ``1٬000``, ``1 000``), exponents
(``1e3``), and values over 1,000,000 (with a "too large" message). Leading zeros are fine.
Refused for ``price``: ``0``, more than 2 decimal places, commas, currency text (``Rs 450``: the
message says to write the number only), signs, exponents, values over 1,000,000. Prices are
returned quantized to 2 places (``"450.5"`` -> ``Decimal("450.50")``).

Surrounding spaces are ignored in every cell, including no-break spaces and the invisible
direction marks that phone keyboards insert around Urdu text (U+200E, U+200F, U+061C).

Line numbers
------------
Every problem carries the row number a spreadsheet user sees: the header is on line 1 when it is
the first row, the first data row on line 2, and empty rows still count. A quoted cell
containing a line break still counts as one row (as the spreadsheet shows it), so for such files
the number can differ from the raw text line number.

Errors
------
DECISION: nothing raises for bad content. Every problem is a ``RowError``; problems with the file
as a whole (not UTF-8, too big, too many rows, unreadable as CSV, missing or doubled column, no
rows) have ``line=0`` and ``sku=""``. A file-level problem stops the parse: the result is then
``([], [that error or errors])`` (for a missing column, one error per missing column). Otherwise
every row is checked and each problem of a row is its own ``RowError`` (several can share a
line), in file order.

``stock_csv_parse`` returns ``(rows, errors)``: ``rows`` holds the rows that had no problem, in
file order, even when ``errors`` is not empty (for a preview); the caller must apply nothing at
all when ``errors`` is non-empty. A row with an error is never in ``rows``; for a SKU written
twice, the first occurrence stays valid and the second is the error, naming the first's line.

A SKU not in ``own_skus`` gets the same neutral message whether or not it exists in another
cooperative, so the upload can never be used to discover other cooperatives' SKUs.

Messages are user-facing, translated with gettext at call time, and quote at most 40
characters of what the leader typed.

Export and CSV injection
------------------------
``stock_csv_export`` starts with a BOM so Excel reads Urdu titles as UTF-8, ends lines with
``\\r\\n``, and passes every cell through ``csv_cell_safe``: text starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (and, as extra caution, the full-width ``＝＋－＠`` that
some spreadsheet programs also treat as formula starts) gets a leading ``'`` so it is shown as
text, never run as a formula (OWASP "CSV injection"). To keep the export -> upload round trip
exact, the parser removes that one added quote again from a cell that starts with ``'`` followed
by one of those characters (so a SKU such as ``-A1`` survives; numbers are unaffected because a
number cell never starts with those characters in a valid file).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

__all__ = [
    "EXPORT_COLUMNS",
    "MAX_PRICE",
    "MAX_WHOLE_NUMBER",
    "RowError",
    "StockRow",
    "csv_cell_safe",
    "stock_csv_export",
    "stock_csv_parse",
]

MAX_WHOLE_NUMBER = 1_000_000
MAX_PRICE = Decimal("1000000")
EXPORT_COLUMNS = ("sku", "title", "title_ur", "quantity", "price", "low_stock_threshold")
REQUIRED_COLUMNS = ("sku", "quantity")
KNOWN_COLUMNS = ("sku", "quantity", "price", "low_stock_threshold")

# Formula-starting characters (OWASP CSV injection), plus their full-width forms.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Whitespace is stripped by str.strip(); these invisible format characters are not whitespace.
_INVISIBLE_EDGES = "\u200e\u200f\u061c\u200b\ufeff"

_ARABIC_INDIC = range(0x0660, 0x066A)  # ٠..٩
_EXTENDED_ARABIC_INDIC = range(0x06F0, 0x06FA)  # ۰..۹ (Urdu/Persian)
_DIGIT_TABLE = {
    **{cp: str(i) for i, cp in enumerate(_ARABIC_INDIC)},
    **{cp: str(i) for i, cp in enumerate(_EXTENDED_ARABIC_INDIC)},
}
_ARABIC_DECIMAL_SEPARATOR = "\u066b"  # ٫

# Explicit [0-9]: Python's \d would also match every other script's digits.
_WHOLE_RE = re.compile(r"[0-9]+")
_DECIMAL_RE = re.compile(r"[0-9]+(?:\.([0-9]+))?")
_HEADER_SEPARATORS_RE = re.compile(r"[\s\-]+")
_QUOTE_LIMIT = 40


@dataclass(frozen=True)
class StockRow:
    """One valid data row. ``price``/``low_stock_threshold`` are None when left unchanged."""

    line: int
    sku: str
    quantity: int
    price: Decimal | None
    low_stock_threshold: int | None


@dataclass(frozen=True)
class RowError:
    """One problem. ``line`` is the spreadsheet row number, 0 for a file-level problem."""

    line: int
    sku: str
    message: str


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------


def _clean(cell: str) -> str:
    """Strip surrounding spaces and invisible marks, and undo the export's anti-formula quote."""
    text = cell.strip().strip(_INVISIBLE_EDGES).strip()
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(_FORMULA_STARTS):
        text = text[1:].strip().strip(_INVISIBLE_EDGES).strip()
    return text


def _quoted(text: str) -> str:
    """What the user typed, shortened for a message."""
    if len(text) > _QUOTE_LIMIT:
        return text[: _QUOTE_LIMIT - 1] + "…"
    return text


def _to_ascii_digits(text: str) -> tuple[str, bool]:
    """Return ``text`` with Arabic-Indic/Urdu digits made ASCII, and whether scripts were mixed."""
    kinds = set()
    for ch in text:
        cp = ord(ch)
        if "0" <= ch <= "9":
            kinds.add("ascii")
        elif cp in _ARABIC_INDIC:
            kinds.add("arabic-indic")
        elif cp in _EXTENDED_ARABIC_INDIC:
            kinds.add("extended-arabic-indic")
    return text.translate(_DIGIT_TABLE), len(kinds) > 1


def _mixed_digits_message(column: str, raw: str) -> str:
    return _(
        "%(column)s mixes different kinds of digits (got “%(value)s”); write the number with "
        "one kind of digits only, for example 12 or ۱۲."
    ) % {"column": column, "value": _quoted(raw)}


def _parse_whole(column: str, raw: str) -> tuple[int | None, str | None]:
    """Parse a non-empty whole-number cell: ``(value, None)`` or ``(None, message)``."""
    text, mixed = _to_ascii_digits(raw)
    if mixed:
        return None, _mixed_digits_message(column, raw)
    if not _WHOLE_RE.fullmatch(text):
        return None, _(
            "%(column)s must be a whole number of 0 or more, written with digits only, for "
            "example 12 (got “%(value)s”)."
        ) % {"column": column, "value": _quoted(raw)}
    # Check the length before int(): Python refuses to convert very long digit strings.
    significant = text.lstrip("0")
    if len(significant) > len(str(MAX_WHOLE_NUMBER)) or int(significant or "0") > MAX_WHOLE_NUMBER:
        return None, _(
            "%(column)s is too large: the most allowed is %(max)s (got “%(value)s”)."
        ) % {"column": column, "max": f"{MAX_WHOLE_NUMBER:,}", "value": _quoted(raw)}
    return int(significant or "0"), None


def _parse_price(raw: str) -> tuple[Decimal | None, str | None]:
    """Parse a non-empty price cell: ``(value, None)`` or ``(None, message)``."""
    text, mixed = _to_ascii_digits(raw)
    if mixed:
        return None, _mixed_digits_message("price", raw)
    text = text.replace(_ARABIC_DECIMAL_SEPARATOR, ".")
    match = _DECIMAL_RE.fullmatch(text)
    if not match:
        return None, _(
            "price must be the number only, for example 450 or 450.50, without “Rs”, commas or "
            "other text (got “%(value)s”)."
        ) % {"value": _quoted(raw)}
    if match.group(1) is not None and len(match.group(1)) > 2:
        return None, _("price can have at most 2 decimal places (got “%(value)s”).") % {
            "value": _quoted(raw)
        }
    value = Decimal(text)
    if value <= 0:
        return None, _(
            "price must be more than 0 (got “%(value)s”); leave the cell empty to keep the "
            "current price."
        ) % {"value": _quoted(raw)}
    if value > MAX_PRICE:
        return None, _("price is too large: the most allowed is %(max)s (got “%(value)s”).") % {
            "max": f"{MAX_PRICE:,}",
            "value": _quoted(raw),
        }
    return value.quantize(Decimal("0.01")), None


def _file_error(message: str) -> tuple[list[StockRow], list[RowError]]:
    return [], [RowError(line=0, sku="", message=message)]


def _header_key(cell: str) -> str:
    return _HEADER_SEPARATORS_RE.sub("_", _clean(cell).lower())


def stock_csv_parse(
    data: bytes,
    *,
    own_skus: Collection[str],
    aliases: Mapping[str, str] | None = None,
    max_bytes: int = 2_000_000,
    max_rows: int = 5000,
) -> tuple[list[StockRow], list[RowError]]:
    """Parse an uploaded stock CSV; see the module docstring for the format and the rules.

    Returns ``(rows, errors)``. Apply nothing unless ``errors`` is empty; ``rows`` holds the
    valid rows even then. Never raises for bad content. ``aliases`` maps older codes to the
    current ones: a row naming an older code counts as the current code (so naming both is
    the same product twice).
    """
    data = bytes(data)
    if len(data) > max_bytes:
        return _file_error(
            _(
                "The file is too large (%(size)s); the most allowed is %(max)s. Split it into "
                "smaller files."
            )
            % {"size": filesizeformat(len(data)), "max": filesizeformat(max_bytes)}
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _file_error(
            _(
                "The file is not saved as UTF-8 text (first problem near line %(line)d). Save "
                "it as “CSV UTF-8”: in Excel choose Save As, then “CSV UTF-8 (Comma "
                "delimited)”; Google Sheets' “Download, Comma-separated values” is already "
                "UTF-8."
            )
            % {"line": data[: exc.start].count(b"\n") + 1}
        )

    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[tuple[int, list[str]]] = []
    data_rows = 0
    try:
        for line, record in enumerate(reader, start=1):
            if not any(_clean(cell) for cell in record):
                continue
            records.append((line, record))
            if len(records) > 1:  # the first non-empty record is the header
                data_rows += 1
                if data_rows > max_rows:
                    return _file_error(
                        _(
                            "The file has more than %(max)s rows; split it into smaller files "
                            "of at most %(max)s rows each."
                        )
                        % {"max": f"{max_rows:,}"}
                    )
    except csv.Error:
        return _file_error(
            _(
                "The file could not be read as CSV near line %(line)d. Save it again as “CSV "
                "UTF-8” and upload it again."
            )
            % {"line": reader.line_num}
        )

    if not records:
        return _file_error(_no_rows_message())

    _header_line, header = records[0]
    columns: dict[str, int] = {}
    errors: list[RowError] = []
    for index, cell in enumerate(header):
        key = _header_key(cell)
        if key not in KNOWN_COLUMNS:
            continue
        if key in columns:
            errors.append(
                RowError(
                    line=0,
                    sku="",
                    message=_(
                        "The column “%(column)s” appears more than once in the header row; "
                        "keep only one."
                    )
                    % {"column": key},
                )
            )
        columns.setdefault(key, index)
    for key in REQUIRED_COLUMNS:
        if key not in columns:
            errors.append(
                RowError(
                    line=0,
                    sku="",
                    message=_(
                        "The column “%(column)s” is missing. The first row must name the "
                        "columns, for example: sku, quantity, price, low_stock_threshold."
                    )
                    % {"column": key},
                )
            )
    if errors:
        return [], errors
    if len(records) == 1:
        return _file_error(_no_rows_message())

    own = frozenset(own_skus)
    aliases = aliases or {}
    first_line_of: dict[str, int] = {}
    rows: list[StockRow] = []

    def cell(record: list[str], key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(record):
            return ""
        return _clean(record[index])

    for line, record in records[1:]:
        row_errors: list[str] = []
        sku = cell(record, "sku")
        sku = aliases.get(sku, sku)
        if not sku:
            row_errors.append(
                _("sku is empty; write the product's SKU as shown in your product list.")
            )
        elif sku not in own:
            row_errors.append(
                _("sku “%(value)s” is not one of your cooperative's products.")
                % {"value": _quoted(sku)}
            )
        elif sku in first_line_of:
            row_errors.append(
                _(
                    "sku “%(value)s” appears more than once: it is already on line %(line)d. "
                    "Keep only one row per product."
                )
                % {"value": _quoted(sku), "line": first_line_of[sku]}
            )
        else:
            first_line_of[sku] = line

        quantity: int | None = None
        raw = cell(record, "quantity")
        if not raw:
            row_errors.append(
                _("quantity is empty; write the number in stock (0 if none are left).")
            )
        else:
            quantity, message = _parse_whole("quantity", raw)
            if message:
                row_errors.append(message)

        price: Decimal | None = None
        raw = cell(record, "price")
        if raw:
            price, message = _parse_price(raw)
            if message:
                row_errors.append(message)

        threshold: int | None = None
        raw = cell(record, "low_stock_threshold")
        if raw:
            threshold, message = _parse_whole("low_stock_threshold", raw)
            if message:
                row_errors.append(message)

        if row_errors:
            errors.extend(RowError(line=line, sku=sku, message=m) for m in row_errors)
        else:
            assert quantity is not None
            rows.append(
                StockRow(
                    line=line,
                    sku=sku,
                    quantity=quantity,
                    price=price,
                    low_stock_threshold=threshold,
                )
            )
    return rows, errors


def _no_rows_message() -> str:
    return _("The file has no rows: below the header row (sku, quantity), add one row per product.")


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def csv_cell_safe(value: object) -> str:
    """Text for one CSV cell that a spreadsheet program will show as text, never run.

    None becomes an empty cell; a Decimal is written in plain notation (never ``1E+3``).
    """
    if value is None:
        return ""
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def stock_csv_export(rows: Iterable[Mapping[str, object]]) -> str:
    """The listings as CSV text (BOM, ``\\r\\n`` line ends), ready to upload again.

    Each mapping supplies the keys of ``EXPORT_COLUMNS``; a missing key or None is an empty
    cell. Encode the result as UTF-8 to serve it.
    """
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        writer.writerow([csv_cell_safe(row.get(column)) for column in EXPORT_COLUMNS])
    return out.getvalue()
