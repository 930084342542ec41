"""The parameter loader is strict: every malformed file fails naming the file and the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tilsyn.rules.parameters import ParameterError, default_parameters, load_parameters

GOOD = """\
label: Frist for første opfølgning
description: Uger fra første fraværsdag til første opfølgningssamtale.
unit: week
confidence: L
values:
  2015-01-05:
    value: 8
    reference:
      title: Sygedagpengeloven § 13 b, stk. 1
      href: https://www.elov.dk/sygedagpengeloven/paragraf/13b/
  2025-01-01:
    value: 9
    reference:
      - title: Sygedagpengeloven § 13 b, stk. 1
        href: https://www.elov.dk/sygedagpengeloven/paragraf/13b/
      - title: L 74 (2024-25)
        href: https://polspy.org/dk/dokumenter/1128652
    note: Ændret værdi.
"""


def write(root: Path, text: str, rel: str = "law/topic/deadline.yaml") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load_error(root: Path) -> str:
    with pytest.raises(ParameterError) as info:
        load_parameters(root)
    return str(info.value)


def test_a_well_formed_file_loads_with_its_id_history_and_references(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    params = load_parameters(tmp_path)
    p = params["law.topic.deadline"]
    assert p.unit == "week"
    assert [e.effective_from for e in p.history] == [dt.date(2015, 1, 5), dt.date(2025, 1, 1)]
    assert len(p.history[1].references) == 2
    assert params.value("law.topic.deadline", dt.date(2024, 12, 31)) == 8
    assert params.value("law.topic.deadline", dt.date(2025, 1, 1)) == 9
    with pytest.raises(LookupError, match="2015-01-05"):
        params.value("law.topic.deadline", dt.date(2015, 1, 4))


def test_an_unknown_top_level_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("unit: week", "unit: week\nunits: weeks"))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "units" in message


def test_an_unknown_key_inside_a_dated_value_names_file_date_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("    value: 8\n", "    value: 8\n    valeu: 8\n"))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "valeu" in message


def test_the_dated_key_in_an_error_is_written_as_an_iso_date(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("    value: 8\n", "    value: 8\n    valeu: 8\n"))
    assert "values.2015-01-05.valeu" in load_error(tmp_path)


def test_a_missing_reference_names_file_date_and_key(tmp_path: Path) -> None:
    text = GOOD.replace(
        "    reference:\n      title: Sygedagpengeloven § 13 b, stk. 1\n"
        "      href: https://www.elov.dk/sygedagpengeloven/paragraf/13b/\n",
        "",
        1,
    )
    path = write(tmp_path, text)
    message = load_error(tmp_path)
    assert str(path) in message
    assert "reference" in message


def test_an_empty_reference_list_is_rejected(tmp_path: Path) -> None:
    text = GOOD.replace(
        "    reference:\n      title: Sygedagpengeloven § 13 b, stk. 1\n"
        "      href: https://www.elov.dk/sygedagpengeloven/paragraf/13b/\n",
        "    reference: []\n",
        1,
    )
    path = write(tmp_path, text)
    message = load_error(tmp_path)
    assert str(path) in message
    assert "reference" in message


def test_a_reference_without_a_web_address_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("href: https://www.elov", "href: www.elov", 1))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "href" in message


def test_an_impossible_date_names_file_and_the_bad_date(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("2025-01-01:", "2025-13-01:"))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "2025-13-01" in message


def test_a_date_that_is_not_iso_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("2025-01-01:", "1. januar 2025:"))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "1. januar 2025" in message


def test_dates_out_of_order_are_rejected(tmp_path: Path) -> None:
    first, second = GOOD.split("  2025-01-01:\n")
    head, first_value = first.split("values:\n")
    path = write(tmp_path, f"{head}values:\n  2025-01-01:\n{second}{first_value}")
    message = load_error(tmp_path)
    assert str(path) in message
    assert "stigende" in message


def test_an_unconfirmed_value_without_a_note_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("confidence: L", 'confidence: "?"'))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "2015-01-05" in message
    assert "note" in message


def test_an_unconfirmed_parameter_with_a_file_level_note_is_accepted(tmp_path: Path) -> None:
    text = GOOD.replace("confidence: L", 'confidence: "?"\nnote: Antaget, ikke bekræftet.')
    write(tmp_path, text)
    assert load_parameters(tmp_path)["law.topic.deadline"].confidence == "?"


def test_an_unknown_unit_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("unit: week", "unit: fortnight"))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "unit" in message


def test_an_unknown_confidence_tag_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("confidence: L", "confidence: X"))
    message = load_error(tmp_path)
    assert str(path) in message
    assert "confidence" in message


def test_a_file_without_values_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.split("values:")[0] + "values: {}\n")
    message = load_error(tmp_path)
    assert str(path) in message
    assert "values" in message


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "label: [unclosed\n")
    message = load_error(tmp_path)
    assert str(path) in message


def test_every_shipped_parameter_loads() -> None:
    params = default_parameters()
    for p in params:
        assert p.history, p.id
        for entry in p.history:
            assert entry.references, f"{p.id} {entry.effective_from}"


def test_typed_reads_return_the_value_in_force_as_the_type_asked_for() -> None:
    from fractions import Fraction

    from tilsyn.rules.parameters import ParameterTypeError

    params = default_parameters()
    day = dt.date(2024, 6, 1)
    assert params.integer("tidlig_indsats.consecutive_months", day) == 6
    assert params.fraction("tidlig_indsats.threshold_share", day) == Fraction(4, 5)
    assert "kontanthjaelp" in params.codes("tidlig_indsats.interview_benefits", day)
    # before a codes parameter exists there are no codes, not an error
    assert params.codes("tidlig_indsats.interview_benefits", dt.date(1990, 1, 1)) == ()
    # the reform's switch on the day before and the day it takes effect
    assert params.flag("reform_2026.in_force", dt.date(2026, 6, 30)) is False
    assert params.flag("reform_2026.in_force", dt.date(2026, 7, 1)) is True
    with pytest.raises(ParameterTypeError, match=r"threshold_share: forventede et heltal"):
        params.integer("tidlig_indsats.threshold_share", day)
    with pytest.raises(ParameterTypeError, match="liste af koder"):
        params.codes("tidlig_indsats.consecutive_months", day)
