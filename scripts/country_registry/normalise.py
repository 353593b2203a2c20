"""Name normalisation, mirroring `CountryRegistry.normalize(_:)` in Swift exactly:
trim blanks and stray quotes, fold apostrophe variants to ', fold diacritics (NFD, drop combining marks),
lower-case, '&' -> 'and', collapse whitespace."""
import unicodedata

EDGE = " \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019`\u00b4"
APOSTROPHES = "\u2019\u2018`\u00b4\u02bc\u2032"


def normalise(name: str) -> str:
    s = name.strip(EDGE)
    for ch in APOSTROPHES:
        s = s.replace(ch, "'")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("&", " and ")
    return " ".join(s.split())
