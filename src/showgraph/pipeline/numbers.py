"""Numbers written in words, as counts ("twenty-three episodes") and ordinals ("its fourth season").

>>> spelled_number("twenty-three"), spelled_number("Eight"), spelled_number("22"), spelled_number("many")
(23, 8, 22, None)
>>> ORDINALS["fifteenth"]
15
"""

from __future__ import annotations

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth".split())}


def spelled_number(text: str) -> int | None:
    """The value of digits ("1,200") or of a number in words up to ninety-nine, else None."""
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    if text in UNITS:
        return UNITS[text]
    tens, _, unit = text.replace(" ", "-").partition("-")
    if tens in TENS and (not unit or 0 < UNITS.get(unit, 0) < 10):
        return TENS[tens] + UNITS.get(unit, 0)
    return None
