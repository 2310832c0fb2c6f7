"""Refusals in French: the catalogue, its CI check, and the rendering contract.

The check (``tools/check_messages.py``) is run here on the real code, so a raise site
written with an f-string, or a template without French, fails the test suite as well as CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk import messages
from dpo_desk.cli import main
from dpo_desk.domain.text import TextError, check_email, clean
from dpo_desk.errors import Phrase, Term, UserError, render_error
from dpo_desk.services.registers import csvio
from tests._tools import load_tool

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    return load_tool("check_messages")


def test_every_refusal_in_the_layers_has_a_template_and_its_french(tool) -> None:
    result = tool.scan()
    assert len(result.templates) > 250  # the whole services/domain/backup/... layers
    problems = result.problems + tool.check_catalogue(result)
    assert problems == []


def test_the_check_refuses_an_fstring_a_mismatch_and_a_missing_french(tool, tmp_path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from dpo_desk.errors import UserError\n"
        "def f(ref, exc):\n"
        "    raise UserError(f'no case with reference {ref}')\n"
        "def g(ref):\n"
        "    raise UserError('no case with reference {reference!r}', ref=ref)\n"
        "def h(exc):\n"
        "    raise UserError(str(exc))\n"
        "def i():\n"
        "    raise UserError('a refusal nobody translated')\n",
        encoding="utf-8",
    )
    result = tool.scan(files=[bad])
    text = "\n".join(result.problems)
    assert "bad.py:3" in text and "built before raising" in text
    assert "bad.py:5" in text and "['reference']" in text and "['ref']" in text
    assert "bad.py:7" in text
    missing = tool.check_catalogue(result)
    assert any("a refusal nobody translated" in p for p in missing)


def test_the_check_refuses_a_french_that_changes_the_placeholders(tool, tmp_path) -> None:
    po = tmp_path / "messages_fr.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "no case with reference {reference!r}"\n'
        'msgstr "aucun dossier avec la référence « {ref} »"\n',
        encoding="utf-8",
    )
    result = tool.Scan(templates={"no case with reference {reference!r}": ["x.py:1"]})
    problems = tool.check_catalogue(result, path=po)
    assert len(problems) == 1 and "['ref']" in problems[0]


def test_a_service_refusal_reads_in_french() -> None:
    with pytest.raises(TextError) as info:
        check_email("jean dupont.fr")
    assert str(info.value) == "e-mail: 'jean dupont.fr' is not an address (expected name@domain)"
    assert info.value.render("fr") == (
        "e-mail : « jean dupont.fr » n'est pas une adresse (attendu : nom@domaine)"
    )


def test_field_names_are_labels_in_the_readers_language() -> None:
    with pytest.raises(TextError) as info:
        clean("", "registered_on", max_len=10, required=True)
    assert info.value.render("fr") == "date d'enregistrement : obligatoire"
    assert "registered_on" not in info.value.render("fr")
    assert Term("dpo_email").render("fr") == "e-mail du DPO"


def test_a_wrapped_refusal_stays_translatable() -> None:
    inner = TextError("{field}: is required", field=Term("name"))
    outer = UserError("{reference}: {reason}", reference="DSR-1", reason=inner)
    assert outer.render("fr") == "DSR-1 : nom : obligatoire"
    carried = UserError.carrying(inner)
    assert isinstance(carried, UserError) and carried.render("fr") == "nom : obligatoire"
    assert render_error(ValueError("plain"), "fr") == "plain"


def test_an_import_refusal_names_the_line_in_french() -> None:
    exc = csvio.ImportRefused("reg.csv", Phrase("line {n}", n=3), "contains a NUL byte")
    assert str(exc) == "reg.csv, line 3: contains a NUL byte (nothing was imported)"
    assert exc.render("fr") == "reg.csv, ligne 3 : contient un octet NUL (rien n'a été importé)"


def test_a_broken_translation_falls_back_to_english(monkeypatch) -> None:
    table = messages._entries("fr")
    monkeypatch.setitem(table, "no case with reference {reference!r}", "aucun {oops}")
    exc = UserError("no case with reference {reference!r}", reference="X")
    assert exc.render("fr") == "no case with reference 'X'"


def test_the_catalogue_ships_with_the_program() -> None:
    assert messages.catalogue_path("fr").is_file()
    spec = (ROOT / "packaging" / "dpo_desk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec  # resources/translations/*.po
    assert "babel.messages.pofile" in spec


def test_cli_prints_english_by_default_and_french_on_request(tmp_path, capsys) -> None:
    args = ["--data-dir", str(tmp_path), "case", "show", "NOPE-1"]
    assert main(args) == 1
    assert "no case with reference 'NOPE-1'" in capsys.readouterr().err
    assert main(["--lang", "fr", *args]) == 1
    assert "aucun dossier avec la référence « NOPE-1 »" in capsys.readouterr().err


def test_settings_refusals_render_per_field_in_french(ctx) -> None:
    from dpo_desk.services import settings as settings_service

    with pytest.raises(settings_service.SettingsInvalid) as info:
        settings_service.save(
            ctx, profile={"dpo_email": "nope"}, settings={"idle_lock_minutes": "many"}
        )
    fr = info.value.rendered("fr")
    assert fr["dpo_email"] == "e-mail : « nope » n'est pas une adresse (attendu : nom@domaine)"
    assert fr["idle_lock_minutes"] == "un nombre entier est requis"
    whole = info.value.render("fr")
    assert "verrouillage après inactivité (minutes) : un nombre entier est requis" in whole
    assert "idle_lock_minutes" not in whole
    assert "a whole number is required" in str(info.value)
