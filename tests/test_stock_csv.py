"""The pure part of the bulk stock/price CSV upload and the listings export (no database)."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cooperatives.stock_csv import (
    RowError,
    StockRow,
    csv_cell_safe,
    stock_csv_export,
    stock_csv_parse,
)

OWN = {"SHAWL-1", "RILLI-2", "CAP-3", "BAG-4"}
NOT_ONE_OF_YOURS = "is not one of your cooperative's products"


def parse(text: str, **kwargs):
    kwargs.setdefault("own_skus", OWN)
    return stock_csv_parse(text.encode("utf-8"), **kwargs)


def only_error(errors):
    assert len(errors) == 1, errors
    return errors[0]


# --- good files ---------------------------------------------------------------------------------


def test_good_file_with_all_columns():
    rows, errors = parse(
        "sku,quantity,price,low_stock_threshold\n"
        "SHAWL-1,12,4500,3\n"
        "RILLI-2,0,1250.50,\n"
        "CAP-3,7,,5\n"
    )
    assert errors == []
    assert rows == [
        StockRow(line=2, sku="SHAWL-1", quantity=12, price=Decimal("4500"), low_stock_threshold=3),
        StockRow(
            line=3, sku="RILLI-2", quantity=0, price=Decimal("1250.50"), low_stock_threshold=None
        ),
        StockRow(line=4, sku="CAP-3", quantity=7, price=None, low_stock_threshold=5),
    ]
    assert str(rows[0].price) == "4500.00"  # quantized to 2 places


def test_only_sku_and_quantity_columns():
    rows, errors = parse("sku,quantity\nSHAWL-1,4\nBAG-4,9\n")
    assert errors == []
    assert [(r.line, r.sku, r.quantity, r.price, r.low_stock_threshold) for r in rows] == [
        (2, "SHAWL-1", 4, None, None),
        (3, "BAG-4", 9, None, None),
    ]


def test_header_is_case_insensitive_spaced_and_in_any_order_and_extra_columns_ignored():
    rows, errors = parse(
        " Quantity ,notes, SKU,Low Stock Threshold,PRICE\n"
        "  5 ,=anything goes here,  SHAWL-1  , 2 , 99.9 \n"
    )
    assert errors == []
    assert rows == [
        StockRow(line=2, sku="SHAWL-1", quantity=5, price=Decimal("99.90"), low_stock_threshold=2)
    ]


def test_bom_crlf_and_urdu_titles():
    data = (
        "\ufeffsku,title,title_ur,quantity,price\r\n"
        "SHAWL-1,Ralli shawl,رلی شال,3,2500\r\n"
        'RILLI-2,"Quilt, large",بڑی رلی,۱۲,٤٥٠٫٥٠\r\n'
    ).encode()
    rows, errors = stock_csv_parse(data, own_skus=OWN)
    assert errors == []
    assert [(r.line, r.sku, r.quantity, r.price) for r in rows] == [
        (2, "SHAWL-1", 3, Decimal("2500")),
        (3, "RILLI-2", 12, Decimal("450.50")),
    ]


def test_empty_rows_are_skipped_but_still_count_for_line_numbers():
    rows, errors = parse("sku,quantity\r\n\r\n,\r\nSHAWL-1,1\r\n , \r\nCAP-3,x\r\n,,,\r\n")
    assert [(r.line, r.sku) for r in rows] == [(4, "SHAWL-1")]
    assert [(e.line, e.sku) for e in errors] == [(6, "CAP-3")]


def test_line_numbers_count_spreadsheet_rows_when_a_cell_holds_a_line_break():
    rows, errors = parse('sku,title,quantity\nSHAWL-1,"two\nlines",1\nCAP-3,t,-1\n')
    assert [(r.line, r.sku) for r in rows] == [(2, "SHAWL-1")]
    assert [e.line for e in errors] == [3]


def test_spaces_and_invisible_direction_marks_around_values_are_ignored():
    rows, errors = parse("sku,quantity\n\u200fSHAWL-1\u200f,\u00a0\u200f۱۲\u200f\n")
    assert errors == []
    assert rows[0].sku == "SHAWL-1" and rows[0].quantity == 12


# --- quantity and low_stock_threshold -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        (" 12 ", 12),
        ("۱۲", 12),  # Extended Arabic-Indic (Urdu keyboard)
        ("١٢", 12),  # Arabic-Indic
        ("۰", 0),
        ("0", 0),
        ("007", 7),
        ("1000000", 1_000_000),
        ("۱۰۰۰۰۰۰", 1_000_000),
    ],
)
def test_quantity_accepted(value, expected):
    rows, errors = parse(f"sku,quantity\nCAP-3,{value}\n")
    assert errors == []
    assert rows[0].quantity == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("-3", "must be a whole number of 0 or more"),
        ("-0", "must be a whole number of 0 or more"),
        ("5.0", "must be a whole number of 0 or more"),
        ("5.5", "must be a whole number of 0 or more"),
        ('"1,000"', "must be a whole number of 0 or more"),
        ("1٬000", "must be a whole number of 0 or more"),
        ("1 000", "must be a whole number of 0 or more"),
        ("1e3", "must be a whole number of 0 or more"),
        ("+5", "must be a whole number of 0 or more"),
        ("five", "must be a whole number of 0 or more"),
        ("１２", "must be a whole number of 0 or more"),  # full-width digits are not accepted
        ("", "quantity is empty"),
        ("   ", "quantity is empty"),
        ("1۲", "mixes different kinds of digits"),
        ("١۲", "mixes different kinds of digits"),
        ("1000001", "too large"),
        ("99999999999999999999", "too large"),
        ("۱۰۰۰۰۰۱", "too large"),
        ("9" * 5000, "too large"),  # longer than int() accepts from text
    ],
)
def test_bad_quantity_is_reported_on_its_line(value, words):
    rows, errors = parse(f"sku,quantity\nSHAWL-1,1\nCAP-3,{value}\nBAG-4,2\n")
    error = only_error(errors)
    assert error.line == 3
    assert error.sku == "CAP-3"
    assert words in error.message
    assert error.message.startswith("quantity")
    assert [r.sku for r in rows] == ["SHAWL-1", "BAG-4"]


def test_bad_quantity_message_quotes_the_value():
    _rows, errors = parse("sku,quantity\nCAP-3,-3\n")
    assert only_error(errors).message.startswith(
        "quantity must be a whole number of 0 or more, written with digits only"
    )
    assert "(got “-3”)" in errors[0].message


def test_very_long_value_is_shortened_in_the_message():
    _rows, errors = parse(f"sku,quantity\nCAP-3,{'x' * 500}\n")
    assert len(only_error(errors).message) < 250
    assert "…" in errors[0].message


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("-1", "whole number of 0 or more"),
        ("2.5", "whole number of 0 or more"),
        ("2۵", "mixes different kinds of digits"),
        ("2000000", "too large"),
    ],
)
def test_bad_low_stock_threshold(value, words):
    _rows, errors = parse(f"sku,quantity,low_stock_threshold\nCAP-3,1,{value}\n")
    error = only_error(errors)
    assert (error.line, error.sku) == (2, "CAP-3")
    assert error.message.startswith("low_stock_threshold")
    assert words in error.message


def test_low_stock_threshold_accepts_urdu_digits_and_empty_means_unchanged():
    rows, errors = parse("sku,quantity,low_stock_threshold\nCAP-3,1,۳\nBAG-4,1,\n")
    assert errors == []
    assert [r.low_stock_threshold for r in rows] == [3, None]


# --- price --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("450", Decimal("450.00")),
        ("450.5", Decimal("450.50")),
        ("450.50", Decimal("450.50")),
        ("0.01", Decimal("0.01")),
        ("٤٥٠٫٥٠", Decimal("450.50")),
        ("۴۵۰٫۵", Decimal("450.50")),
        ("۴۵۰.۵۰", Decimal("450.50")),
        ("1000000", Decimal("1000000")),
        ("1000000.00", Decimal("1000000")),
        (" 99 ", Decimal("99")),
        ("", None),
    ],
)
def test_price_accepted(value, expected):
    rows, errors = parse(f"sku,quantity,price\nCAP-3,1,{value}\n")
    assert errors == []
    assert rows[0].price == expected
    if expected is not None:
        assert rows[0].price.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("0", "must be more than 0"),
        ("0.00", "must be more than 0"),
        ("۰", "must be more than 0"),
        ("Rs 450", "number only"),
        ("Rs. 450", "number only"),
        ("450 PKR", "number only"),
        ("₨450", "number only"),
        ('"1,450"', "number only"),
        ("-450", "number only"),
        ("+450", "number only"),
        ("4.5e2", "number only"),
        ("NaN", "number only"),
        ("Infinity", "number only"),
        (".5", "number only"),
        ("450.", "number only"),
        ("450.505", "at most 2 decimal places"),
        ("۴5۰", "mixes different kinds of digits"),
        ("1000000.01", "too large"),
        ("9" * 5000, "too large"),
    ],
)
def test_bad_price(value, words):
    rows, errors = parse(f"sku,quantity,price\nSHAWL-1,1,10\nCAP-3,1,{value}\n")
    error = only_error(errors)
    assert (error.line, error.sku) == (3, "CAP-3")
    assert error.message.startswith("price")
    assert words in error.message
    assert [r.sku for r in rows] == ["SHAWL-1"]


def test_rs_price_message_says_to_write_the_number_only():
    _rows, errors = parse("sku,quantity,price\nCAP-3,1,Rs 450\n")
    assert only_error(errors).message == (
        "price must be the number only, for example 450 or 450.50, without “Rs”, commas or "
        "other text (got “Rs 450”)."
    )


# --- sku ----------------------------------------------------------------------------------------


def test_another_cooperatives_sku_gets_the_same_neutral_message_as_an_unknown_one():
    # "OTHER-9" belongs to another cooperative, "NOPE-0" to nobody: the parser only knows
    # own_skus, so it cannot tell them apart, and the messages differ only in the quoted SKU.
    rows, errors = parse("sku,quantity\nOTHER-9,1\nNOPE-0,1\nCAP-3,1\n")
    assert [(e.line, e.sku) for e in errors] == [(2, "OTHER-9"), (3, "NOPE-0")]
    assert errors[0].message == "sku “OTHER-9” is not one of your cooperative's products."
    assert errors[1].message.replace("NOPE-0", "OTHER-9") == errors[0].message
    assert [r.sku for r in rows] == ["CAP-3"]


def test_sku_is_compared_exactly():
    _rows, errors = parse("sku,quantity\ncap-3,1\n")
    assert NOT_ONE_OF_YOURS in only_error(errors).message


def test_empty_sku():
    _rows, errors = parse("sku,quantity\n  ,4\n")
    error = only_error(errors)
    assert (error.line, error.sku) == (2, "")
    assert error.message.startswith("sku is empty")


def test_duplicate_sku_is_reported_on_the_second_occurrence_naming_the_first_line():
    rows, errors = parse("sku,quantity\nSHAWL-1,1\nCAP-3,2\n SHAWL-1 ,3\n")
    error = only_error(errors)
    assert (error.line, error.sku) == (4, "SHAWL-1")
    assert "already on line 2" in error.message
    assert [(r.line, r.sku, r.quantity) for r in rows] == [(2, "SHAWL-1", 1), (3, "CAP-3", 2)]


def test_several_problems_on_one_row_are_all_reported():
    rows, errors = parse(
        "sku,quantity,price,low_stock_threshold\nSHAWL-1,1,1,1\nOTHER-9,-1,Rs 5,1.5\n"
    )
    assert [e.line for e in errors] == [3, 3, 3, 3]
    assert all(e.sku == "OTHER-9" for e in errors)
    messages = [e.message for e in errors]
    assert NOT_ONE_OF_YOURS in messages[0]
    assert messages[1].startswith("quantity must be a whole number")
    assert messages[2].startswith("price must be the number only")
    assert messages[3].startswith("low_stock_threshold must be a whole number")
    assert [r.line for r in rows] == [2]


def test_valid_rows_are_returned_even_when_other_rows_have_errors():
    rows, errors = parse("sku,quantity\nSHAWL-1,1\nCAP-3,x\nBAG-4,2\n")
    assert len(errors) == 1
    assert [r.sku for r in rows] == ["SHAWL-1", "BAG-4"]


def test_short_row_counts_missing_cells_as_empty_and_extra_cells_are_ignored():
    rows, errors = parse("sku,quantity,price\nSHAWL-1,3\nCAP-3,4,5,extra,cells\nBAG-4\n")
    assert [(r.sku, r.quantity, r.price) for r in rows] == [
        ("SHAWL-1", 3, None),
        ("CAP-3", 4, Decimal("5")),
    ]
    assert [(e.line, e.sku) for e in errors] == [(4, "BAG-4")]
    assert errors[0].message.startswith("quantity is empty")


# --- file-level problems ------------------------------------------------------------------------


def assert_file_error(errors, words):
    error = only_error(errors)
    assert (error.line, error.sku) == (0, "")
    assert words in error.message


@pytest.mark.parametrize(
    ("header", "missing"),
    [("sku,price", "quantity"), ("quantity,price", "sku"), ("product,qty", "sku")],
)
def test_missing_required_column(header, missing):
    rows, errors = parse(f"{header}\nSHAWL-1,1\n")
    assert rows == []
    assert errors[0] == RowError(line=0, sku="", message=errors[0].message)
    assert f"“{missing}” is missing" in errors[0].message


def test_both_required_columns_missing_are_each_reported():
    _rows, errors = parse("title,qty\nShawl,1\n")
    assert [e.line for e in errors] == [0, 0]
    assert "“sku”" in errors[0].message and "“quantity”" in errors[1].message


def test_column_named_twice_is_refused():
    rows, errors = parse("sku,quantity,Quantity\nSHAWL-1,1,2\n")
    assert rows == []
    assert_file_error(errors, "“quantity” appears more than once")


def test_not_utf8_is_one_file_level_error():
    data = b"sku,quantity,title\nSHAWL-1,1,caf" + "é".encode("latin-1") + b"\n"
    rows, errors = stock_csv_parse(data, own_skus=OWN)
    assert rows == []
    assert_file_error(errors, "CSV UTF-8")
    assert "line 2" in errors[0].message


def test_utf16_file_from_excel_unicode_text_is_refused_as_not_utf8():
    data = "sku,quantity\r\nSHAWL-1,1\r\n".encode("utf-16")
    assert_file_error(stock_csv_parse(data, own_skus=OWN)[1], "CSV UTF-8")


@pytest.mark.parametrize(
    "text", ["", "\ufeff", "\r\n\r\n", "sku,quantity\r\n", "sku,quantity\n,\n"]
)
def test_empty_file_or_only_a_header_is_no_rows(text):
    rows, errors = parse(text)
    assert rows == []
    assert_file_error(errors, "no rows")


def test_too_many_rows():
    ok = "sku,quantity\nSHAWL-1,1\nRILLI-2,1\n\n,\nCAP-3,1\n\n"  # empty rows do not count
    too_many = ok + "BAG-4,1\n"
    assert parse(ok, max_rows=3)[1] == []
    rows, errors = parse(too_many, max_rows=3)
    assert rows == []
    assert_file_error(errors, "more than 3 rows")


def test_too_many_rows_default_limit():
    body = "".join(f"S{i},1\n" for i in range(5001))
    rows, errors = parse("sku,quantity\n" + body)
    assert rows == []
    assert_file_error(errors, "more than 5,000 rows")


def test_too_large_file():
    data = ("sku,quantity\n" + "SHAWL-1,1\n" * 20).encode()
    assert stock_csv_parse(data, own_skus=OWN, max_bytes=len(data))[1] != []  # row errors only
    rows, errors = stock_csv_parse(data, own_skus=OWN, max_bytes=len(data) - 1)
    assert rows == []
    assert_file_error(errors, "too large")


def test_unreadable_csv_is_a_file_level_error():
    huge_cell = "x" * 200_000  # over the csv module's field size limit
    rows, errors = parse(f"sku,quantity\nSHAWL-1,{huge_cell}\n")
    assert rows == []
    assert_file_error(errors, "could not be read as CSV")


# --- csv_cell_safe ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("＝1+1", "'＝1+1"),
        ("normal", "normal"),
        ("a=b", "a=b"),
        ("رلی شال", "رلی شال"),
        (12, "12"),
        (Decimal("450.50"), "450.50"),
        (Decimal("1E+3"), "1000"),
        (None, ""),
        ("", ""),
    ],
)
def test_csv_cell_safe(value, expected):
    assert csv_cell_safe(value) == expected


# --- export and round trip ----------------------------------------------------------------------

EVIL_TITLE = "=cmd|' /C calc'!A0"


def listings():
    return [
        {
            "sku": "SHAWL-1",
            "title": EVIL_TITLE,
            "title_ur": "رلی شال",
            "quantity": 12,
            "price": Decimal("4500.00"),
            "low_stock_threshold": 3,
        },
        {
            "sku": "RILLI-2",
            "title": 'Quilt, "large"\nhand-stitched',
            "title_ur": "بڑی رلی",
            "quantity": 0,
            "price": None,
            "low_stock_threshold": None,
        },
        {"sku": "-CAP-3", "title": "Cap", "title_ur": "", "quantity": 1_000_000, "price": None},
    ]


def test_export_format():
    text = stock_csv_export(listings())
    assert text.startswith("\ufeffsku,title,title_ur,quantity,price,low_stock_threshold\r\n")
    lines = text.split("\r\n")
    assert lines[1] == "SHAWL-1,'=cmd|' /C calc'!A0,رلی شال,12,4500.00,3"
    assert text.endswith("'-CAP-3,Cap,,1000000,,\r\n")
    assert "\n" not in text.replace("\r\n", "").replace("\nhand", "")


def test_export_with_no_rows_is_only_the_header():
    assert stock_csv_export([]) == "\ufeffsku,title,title_ur,quantity,price,low_stock_threshold\r\n"


def test_export_then_parse_round_trip():
    data = stock_csv_export(listings()).encode("utf-8")
    rows, errors = stock_csv_parse(data, own_skus={"SHAWL-1", "RILLI-2", "-CAP-3"})
    assert errors == []
    assert rows == [
        StockRow(line=2, sku="SHAWL-1", quantity=12, price=Decimal("4500"), low_stock_threshold=3),
        StockRow(line=3, sku="RILLI-2", quantity=0, price=None, low_stock_threshold=None),
        StockRow(line=4, sku="-CAP-3", quantity=1_000_000, price=None, low_stock_threshold=None),
    ]


SKU_ALPHABET = "ABCXYZ019-=+@_."


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(SKU_ALPHABET, min_size=1, max_size=12),
            st.integers(0, 10**6),
            st.none() | st.integers(1, 10**8).map(lambda cents: Decimal(cents).scaleb(-2)),
            st.none() | st.integers(0, 10**6),
            st.text(st.characters(exclude_categories=["Cs"]), max_size=20),
        ),
        max_size=30,
        unique_by=lambda item: item[0],
    )
)
def test_property_export_then_parse_returns_the_same_values(items):
    exported = stock_csv_export(
        {
            "sku": sku,
            "title": title,
            "title_ur": title[::-1],
            "quantity": quantity,
            "price": price,
            "low_stock_threshold": threshold,
        }
        for sku, quantity, price, threshold, title in items
    )
    rows, errors = stock_csv_parse(exported.encode("utf-8"), own_skus={i[0] for i in items})
    if not items:
        assert rows == []
        assert [e.message for e in errors] == [errors[0].message]
        assert "no rows" in errors[0].message
        return
    assert errors == []
    assert [(r.sku, r.quantity, r.price, r.low_stock_threshold) for r in rows] == [
        (sku, quantity, price, threshold) for sku, quantity, price, threshold, _title in items
    ]
    assert [r.line for r in rows] == list(range(2, len(items) + 2))


# --- older codes ---------------------------------------------------------------------------------


def test_an_older_code_is_read_as_the_current_one():
    rows, errors = parse("sku,quantity\n1-7,4\n", aliases={"1-7": "SHAWL-1"})
    assert errors == []
    assert [(row.sku, row.quantity) for row in rows] == [("SHAWL-1", 4)]


def test_a_product_named_by_its_old_and_its_new_code_is_the_same_product_twice():
    rows, errors = parse("sku,quantity\nSHAWL-1,4\n1-7,5\n", aliases={"1-7": "SHAWL-1"})
    error = only_error(errors)
    assert error.line == 3 and "already on line 2" in error.message
    assert [row.quantity for row in rows] == [4]
