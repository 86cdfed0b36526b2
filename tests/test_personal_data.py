"""No personal data of people in the repository or on the site.

The copy of the February letter starts with an e-mail header and signature of a civil
servant. The checks below hold no such data in clear: they look for patterns (Dutch
phone numbers, e-mail addresses, the layout of a mail header) and compare words with
SHA-256 hashes of the tokens that must never appear.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT

# sha256 of the lowercased tokens (a surname, a mobile number as digits, a mailbox name,
# a user id) from the header of the source copy; see the module docstring.
FORBIDDEN_TOKEN_HASHES = {
    "37154546ca5307a8ef8a7e4eee56bf746584d3fbf81cd440870420828c486241",
    "dfe8134a3d3d1dcfe815d72cfbdc018762f170efc0453e906a838163859cef71",
    "186c3c8b1bd30b74a5173b34e263a3c07dc50914b940ef97e7322eb8e9453cb5",
    "5b7897e615e56d09a455e05897a70e39eaa6609b1595d072513558a444c1c2b1",
}
TEXT_SUFFIXES = {".html", ".yaml", ".yml", ".md", ".json", ".csv", ".xml", ".atom", ".txt", ".py", ".sh", ".js",
                 ".css", ".toml", ".cfg", ""}
PHONE = re.compile(r"(?<![\w.,/-])(?:\+31|0031|0)[ -]?(?:\d[ -]?){8}\d(?!\d)")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
MAIL_HEADER = re.compile(r"^\s*(Van|Aan|CC|Onderwerp|Verzonden|From|To|Subject|Sent):.*\n\s*"
                         r"(Van|Aan|CC|Onderwerp|Verzonden|Datum|From|To|Subject|Sent|Date):", re.MULTILINE)
# Addresses that are no one's personal data: examples in documentation and tests.
ALLOWED_EMAIL = re.compile(r"@(voorbeeld\.nl|example\.(com|org|nl))$")


def tracked_files() -> list[Path]:
    result = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if result.returncode == 0 and result.stdout:
        return [ROOT / name for name in result.stdout.decode().split("\0") if name]
    skip = {".git", ".venv", "site", "test-artefacten", "node_modules"}
    return [p for p in ROOT.rglob("*") if p.is_file() and not skip & set(p.relative_to(ROOT).parts)]


def texts(paths: list[Path]) -> list[tuple[Path, str]]:
    return [(p, p.read_text("utf-8", errors="replace")) for p in paths
            if p.is_file() and p.suffix in TEXT_SUFFIXES and p.stat().st_size < 2 * 1024 * 1024]


def token_hashes(text: str) -> set[str]:
    tokens = set(re.findall(r"[\w.@-]+", text.lower()))
    tokens |= {re.sub(r"[ -]", "", m) for m in re.findall(r"\d[\d -]{8,}\d", text)}
    return {hashlib.sha256(token.strip(".-").encode()).hexdigest() for token in tokens}


def test_no_forbidden_token_in_the_repository_or_the_site(site: Path) -> None:
    for path, text in texts(tracked_files() + list(site.rglob("*"))):
        assert not token_hashes(text) & FORBIDDEN_TOKEN_HASHES, f"personal data of an official in {path}"


def visible(path: Path, text: str) -> str:
    """What a reader reads: HTML without tags and attributes (SVG path data looks like digits)."""
    return BeautifulSoup(text, "html.parser").get_text(" ") if path.suffix == ".html" else text


def test_no_phone_number_mail_header_or_personal_address_on_the_site(site: Path) -> None:
    published = [p for p in site.rglob("*") if p.suffix in (".html", ".xml", ".atom", ".csv", ".json", ".txt")
                 and "assets" not in p.relative_to(site).parts]  # the theme's own files are not ours
    for path, raw in texts(published):
        text = visible(path, raw)
        assert not PHONE.search(text), f"{path}: {PHONE.search(text).group(0)}"
        assert not MAIL_HEADER.search(text), f"{path}: an e-mail header"
        for address in EMAIL.findall(text):
            assert ALLOWED_EMAIL.search(address), f"{path}: e-mail address {address}"


def test_no_phone_number_or_mail_header_in_data_or_content() -> None:
    for path, text in texts([p for p in tracked_files() if p.parts[len(ROOT.parts)] in ("data", "content")]):
        assert not PHONE.search(text), f"{path}: {PHONE.search(text).group(0)}"
        assert not MAIL_HEADER.search(text), f"{path}: an e-mail header"


def test_the_patterns_find_what_they_look_for() -> None:
    made_up = "06-" + "1234" + "5678"  # put together, so no scan of the tree takes it for a real number
    assert PHONE.search(f"bel {made_up} of +31 20 123 4567") and not PHONE.search("kenmerk 3288379-1020633")
    assert MAIL_HEADER.search("Van: iemand\nOnderwerp: iets")
    assert token_hashes("Tel " + "06 12 34 56 78") & {hashlib.sha256(("06" + "12345678").encode()).hexdigest()}
