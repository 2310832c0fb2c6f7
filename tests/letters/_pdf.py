"""PDF reading helpers for the letter tests (pypdf)."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in reader(pdf).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces collapsed (paragraphs wrap anywhere)."""
    return " ".join(text.split())


def embedded_fonts(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(pdf).pages:
        resources: Any = page["/Resources"]
        fonts: Any = resources.get("/Font", {})
        for ref in fonts.values():
            font: Any = ref.get_object()
            base = str(font.get("/BaseFont", ""))
            names.add(base.split("+", 1)[-1].lstrip("/"))
    return names
