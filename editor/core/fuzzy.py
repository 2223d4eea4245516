"""Fuzzy matching: does a query's characters appear in order in a text, and how well.

`fuzzy_match` finds the best way to place the query's characters (ignoring case) in the text
and scores it: every matched character counts, more so at the start of a word (after `.`, `_`,
a space, or a lower-to-upper case change) and at the very start of the text; a character right
after the previous match keeps the bonus of the run it continues; gaps and a late first match
cost a little; matching the whole text wins outright. So for the query `gl`: `gl` (exact) >
`glob` (prefix) > `goto_line` (word starts) > `angular` (scattered).

The best placement is found by dynamic programming over (query character, text position), which
costs len(query) x len(text): fine for command names and one-line help texts.
"""

from __future__ import annotations

from dataclasses import dataclass

MATCH = 16
WORD_START = 8
TEXT_START = 8
CONSECUTIVE = 4
GAP_START = 3
GAP_EXTEND = 1
LEADING = 1
LEADING_MAX = 12
EXACT = 100


@dataclass(frozen=True)
class Match:
    """A successful match: its score (higher is better) and the matched text positions."""

    score: int
    positions: tuple[int, ...]


def _bonuses(text: str) -> list[int]:
    """How much matching at each position of `text` is worth beyond a plain character."""
    bonuses = []
    previous = ""
    for index, char in enumerate(text):
        if index == 0:
            bonus = WORD_START + TEXT_START
        elif char.isalnum() and not previous.isalnum():
            bonus = WORD_START
        elif char.isupper() and previous.islower():
            bonus = WORD_START
        elif char.isdigit() and not previous.isdigit():
            bonus = WORD_START
        else:
            bonus = 0
        bonuses.append(bonus)
        previous = char
    return bonuses


def _is_subsequence(query: list[str], text: list[str]) -> bool:
    position = 0
    for char in query:
        try:
            position = text.index(char, position) + 1
        except ValueError:
            return False
    return True


def fuzzy_match(query: str, text: str, word_starts: bool = False) -> Match | None:
    """The best match of `query`'s characters, in order and ignoring case, in `text`; None
    when they do not all appear. With `word_starts`, each run of matched characters must begin
    at a word start (for matching prose such as help texts without scattered noise)."""
    if not query:
        return Match(0, ())
    wanted = [char.lower() for char in query]
    chars = [char.lower() for char in text]
    if len(wanted) > len(chars) or not _is_subsequence(wanted, chars):
        return None
    bonuses = _bonuses(text)
    width = len(chars)
    # score[i][j]: best score with query[i] matched at text[j]; head[i][j]: the bonus of the
    # run that match belongs to; back[i][j]: where query[i - 1] was matched on that path.
    none = -(1 << 30)
    score = [[none] * width for _ in wanted]
    head = [[0] * width for _ in wanted]
    back = [[-1] * width for _ in wanted]
    for j, char in enumerate(chars):
        if char == wanted[0] and (not word_starts or bonuses[j]):
            score[0][j] = MATCH + bonuses[j] - LEADING * min(j, LEADING_MAX)
            head[0][j] = bonuses[j]
    for i in range(1, len(wanted)):
        above, row = score[i - 1], score[i]
        gap_best, gap_from = none, -1
        for j in range(i, width):
            # Best way to arrive at j after a gap: from some k <= j - 2.
            gap_best -= GAP_EXTEND
            k = j - 2
            if k >= 0 and above[k] > none and above[k] - GAP_START > gap_best:
                gap_best, gap_from = above[k] - GAP_START, k
            if chars[j] != wanted[i]:
                continue
            if above[j - 1] > none:
                run = max(bonuses[j], head[i - 1][j - 1], CONSECUTIVE)
                row[j] = above[j - 1] + MATCH + run
                head[i][j] = head[i - 1][j - 1]
                back[i][j] = j - 1
            if gap_from >= 0 and (not word_starts or bonuses[j]):
                candidate = gap_best + MATCH + bonuses[j]
                if candidate > row[j]:
                    row[j] = candidate
                    head[i][j] = bonuses[j]
                    back[i][j] = gap_from
    last = score[-1]
    end = max(range(width), key=lambda j: last[j])
    if last[end] <= none:
        return None
    positions = [end]
    for i in range(len(wanted) - 1, 0, -1):
        positions.append(back[i][positions[-1]])
    positions.reverse()
    total = last[end] + (EXACT if len(wanted) == len(chars) else 0)
    return Match(total, tuple(positions))
