"""Templates: parsing, safe substitution, user overrides, shipped files untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dpo_desk.letters import (
    BLOCKS,
    FIELDS,
    export_template_for_editing,
    list_kinds,
    render_letter,
    resources,
    template_path,
)
from dpo_desk.letters.sample import sample_letter
from dpo_desk.letters.templates import (
    Block,
    Bullets,
    Para,
    load_template,
    parse_template,
    shipped_template_path,
)
from dpo_desk.letters.text import PLACEHOLDER_RE, fill, text_markup

from ._pdf import flat, pdf_text

FIELDS_X = {"reference": "DPO-1", "recipient_name": "Ann"}


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Ref {reference}", "Ref DPO-1"),
        ("{unknown} stays", "{unknown} stays"),
        ("{organisation.__class__}", "{organisation.__class__}"),
        ("{reference.__class__.__mro__}", "{reference.__class__.__mro__}"),
        ("{0} {} {reference!r} {reference:>10}", "{0} {} {reference!r} {reference:&gt;10}"),
        ("stray { and } and {{reference}}", "stray { and } and {DPO-1}"),
        ("{", "{"),
        ("}{", "}{"),
        ("<b>not bold</b> & co", "&lt;b&gt;not bold&lt;/b&gt; &amp; co"),
        ("**bold** {reference}", "<b>bold</b> DPO-1"),
        ("**{recipient_name}**", "<b>Ann</b>"),
        ("a * b ** c", "a * b ** c"),
    ],
)
def test_fill_is_literal_except_allow_listed_fields(template: str, expected: str) -> None:
    assert fill(template, FIELDS_X) == expected


def test_values_are_never_reexpanded_or_formatted() -> None:
    values = {"recipient_name": "{reference} **x** <i>y</i>", "reference": "SECRET"}
    out = fill("Dear {recipient_name}", values)
    assert "SECRET" not in out
    assert "<b>" not in out and "<i>" not in out
    assert out == "Dear {reference} &#42;&#42;x&#42;&#42; &lt;i&gt;y&lt;/i&gt;"


def test_template_text_markup_only_bold() -> None:
    assert text_markup('<img src="http://127.0.0.1:9/x"> **b**') == (
        '&lt;img src="http://127.0.0.1:9/x"&gt; <b>b</b>'
    )


def test_parse_template_format() -> None:
    t = parse_template(
        "# comment\n\nSubject {reference}\n\nLine one\nline two\n\n- a\n- b\n  continued\n"
        "[[activities]]\n# another comment\nlast\n"
    )
    assert t.subject == "Subject {reference}"
    assert t.items == (
        Para("Line one line two"),
        Bullets(("a", "b continued")),
        Block("activities"),
        Para("last"),
    )


@pytest.mark.parametrize("kind", [k.key for k in list_kinds()])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shipped_templates_use_only_known_fields_and_blocks(kind: str, lang: str) -> None:
    path = shipped_template_path(kind, lang)
    text = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert set(PLACEHOLDER_RE.findall(body)) <= FIELDS.keys()
    t = load_template(kind, lang)
    assert t.subject
    blocks = {i.name for i in t.items if isinstance(i, Block)}
    assert blocks <= BLOCKS.keys()


def test_every_block_is_implemented() -> None:
    from dpo_desk.letters.render import _BLOCKS

    assert set(_BLOCKS) == set(BLOCKS)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_template_path_prefers_the_dpo_copy(tmp_path: Path) -> None:
    shipped = shipped_template_path("refusal", "fr")
    assert template_path("refusal", "fr", None) == shipped
    assert template_path("refusal", "fr", tmp_path) == shipped  # no edited copy yet
    before = _sha(shipped)
    copy = export_template_for_editing("refusal", "fr", tmp_path)
    assert copy == tmp_path / "letters" / "refusal.fr.txt"
    assert copy.read_bytes() == shipped.read_bytes()
    assert template_path("refusal", "fr", tmp_path) == copy
    copy.write_text("Edited subject\n\nEdited body.\n", encoding="utf-8")
    # exporting again never overwrites the DPO's work
    assert export_template_for_editing("refusal", "fr", tmp_path) == copy
    assert copy.read_text(encoding="utf-8").startswith("Edited subject")
    assert _sha(shipped) == before


def test_rendering_uses_the_edited_template_and_leaves_the_shipped_one(tmp_path: Path) -> None:
    shipped = shipped_template_path("acknowledgement", "en")
    before = _sha(shipped)
    user_letters = tmp_path / "letters"
    user_letters.mkdir()
    (user_letters / "acknowledgement.en.txt").write_text(
        "# my version\nWe got it ({reference})\n\nHello {recipient_name}, {nope} "
        "{organisation.__class__} <b>x</b> **strong**.\n\n"
        '<img src="http://127.0.0.1:9/x">\n\n[[unknown_block]]\n',
        encoding="utf-8",
    )
    result = render_letter(
        sample_letter("acknowledgement", "en"), tmp_path / "out.pdf", templates_dir=user_letters
    )
    text = flat(pdf_text(result.path.read_bytes()))
    assert "Subject: We got it (DPO-2026-0042)" in text
    assert "Hello Élodie Lefèvre, {nope} {organisation.__class__} <b>x</b> strong." in text
    assert "[[unknown_block]]" in text
    assert '<img src="http://127.0.0.1:9/x">' in text
    assert "unknown block [[unknown_block]] printed as text" in result.warnings
    assert "Claire Dubois" in text  # signature added although the template has none
    assert _sha(shipped) == before
    # other kinds still come from the shipped templates
    other = render_letter(
        sample_letter("refusal", "en"), tmp_path / "r.pdf", templates_dir=user_letters
    )
    assert "tribunal judiciaire" in flat(pdf_text(other.path.read_bytes()))


def test_unknown_kind_for_template_path(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        template_path("../../etc/passwd", "fr", tmp_path)
    with pytest.raises(ValueError):
        export_template_for_editing("refusal", "../x", tmp_path)


def test_resource_dir_in_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    resources.resource_dir.cache_clear()
    try:
        monkeypatch.delenv("DPO_DESK_RESOURCES", raising=False)
        monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
        assert resources.resource_dir() == tmp_path / "resources"
    finally:
        monkeypatch.undo()
        resources.resource_dir.cache_clear()
    assert (resources.resource_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources.resource_dir() / "fonts" / "DejaVu-LICENSE.txt").is_file()
    assert (resources.resource_dir() / "fonts" / "DroidSansFallback-LICENSE.txt").is_file()


def test_french_articles_cover_every_right() -> None:
    from dpo_desk.domain.rights import Right
    from dpo_desk.letters.kinds import ARTICLES_FR

    assert set(ARTICLES_FR) == {r.value for r in Right}
