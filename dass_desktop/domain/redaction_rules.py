r"""Names left out: the one place that knows every person the store has ever held.

A plan or calendar exported with names left out must not let a reader recognise anyone. The
:class:`Redactor` built by :func:`redactor_for` knows every person the store has held: the
director and the chief executive (from the profile), every contact in the contacts book
(deleted ones too: a deleted contact's name can still sit in old findings and notes) and every
team manager (of deleted teams too). It replaces, in any free text:

- a person's full name, with or without a title ("Cllr Joan Ashworth", "Joan Ashworth");
- their first name alone ("Joan");
- their surname alone, with or without a title ("Cllr Ashworth", "Ashworth");

as whole words only, so a contact called Ann leaves "Annual review" alone; case does not
matter ("ANN", "ann"), and a name may be broken by a line break or extra spaces ("Joan\n
Ashworth"). A possessive keeps its ending ("Ann's" becomes "a team manager's"). Titles are
Mr, Mrs, Ms, Miss, Mx, Dr, Cllr, Councillor, Prof, Professor, Sir, Dame, Lord, Lady, Rev and
Revd, with or without a dot.

Names that are also everyday words. A first name or surname that is also a common English
word ("May", "Will", "Mark", "Bill", "Grace", "Ward", "Foster"...: :data:`COMMON_WORDS`) is
replaced on its own only when it is written with a capital letter ("Will said" but not "we
will"), and always after a title or as part of a full name. A capitalised word at the start of
a sentence ("Will the panel...") is replaced too: leaving out a word too many is the safe
side. Single letters (initials) are never replaced on their own.

Who people become (their stand-in). People appear by role only:

- the director (and an owner field that is just "Me") becomes "the director";
- the chief executive becomes "the chief executive";
- a team manager becomes "a team manager", never "Team manager, <team>" (a small team's
  manager is one person);
- a contact whose role is shared with other known people becomes that role alone with "a"
  or "an": the role is what comes before its first comma, so "Assistant Director, Operations"
  beside two other assistant directors becomes "an assistant director";
- a contact whose role no one else holds becomes "the <role>" ("the Director of Public
  Health"); a contact with no role becomes "a contact (<category>)";
- when one first name or surname belongs to people with different stand-ins, it becomes
  "someone".

A role can itself name someone ("PA to Joan Ashworth"): roles are redacted before they are
used, so no stand-in ever contains a name. A stand-in at the start of the text or of a
sentence starts with a capital letter.

A contact whose "name" is an organisation ("Healthwatch Northmoor") is matched by its whole
name only, and no word of the council's own name is ever replaced on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from dass_desktop.domain.redaction_terms import (
    COMMON_WORDS,
    DIRECTOR,
    ORGANISATION_WORDS,
    POST_NOMINALS,
    SOMEONE,
    TEAM_MANAGER,
    TITLES,
    KnownPerson,
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


_GAP = re.compile(r"\.?\s+|\s*[-‐‑]\s*")


_MAX_ROUNDS = 3  # roles naming people naming people: deeper than this becomes "someone"


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the redactor sees them: letters and digits, with apostrophes."""
    return [m.group(0) for m in _WORD.finditer(text)]


def name_words(name: str) -> tuple[str, ...]:
    """The words of a person's name, casefolded, without titles or letters after it.

    ``("joan", "ashworth")`` for "Cllr Joan Ashworth OBE".
    """
    words = [w.casefold() for w in words_of(name)]
    while words and words[0].rstrip(".") in TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in POST_NOMINALS:
        words.pop()
    return tuple(words)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    fold: str
    base_end: int  # before a possessive "'s", else ``end``
    base_fold: str
    capitalised: bool


def _tokens(text: str) -> list[_Token]:
    found = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        base = _POSSESSIVE.sub("", word) if len(word) > 2 else word
        found.append(
            _Token(
                match.start(),
                match.end(),
                word.casefold(),
                match.start() + len(base),
                base.casefold(),
                word[:1].isupper(),
            )
        )
    return found


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?"))


def _capitalise(words: str) -> str:
    return words[:1].upper() + words[1:]


@dataclass(frozen=True, eq=False)
class Redactor:
    """Replaces every known person's name in a text by their role (see the module).

    Call it on any free text: ``redactor("Joan said")`` gives ``"The lead member said"``.
    :meth:`identity` (also :data:`NO_REDACTION`) changes nothing, for when names are allowed.
    """

    phrases: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    people: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    protected: frozenset[str] = frozenset()
    active: bool = False

    @classmethod
    def identity(cls) -> Redactor:
        """A redactor that leaves every text as it is (names allowed)."""
        return cls()

    @property
    def longest(self) -> int:
        """The most words in any name it replaces."""
        return max((len(p) for p in self.phrases), default=0)

    def __call__(self, text: str) -> str:
        """``text`` with every known person's name replaced by their stand-in."""
        if not self.active or not text:
            return text
        if text.strip().casefold() == "me":
            return _capitalise(DIRECTOR)
        return self._replace(text, capitalise=True)

    def person(self, name: str) -> str:
        """The stand-in for the person called ``name`` (``name`` itself when names are allowed).

        A name the redactor does not know becomes "someone", since it is still a name.
        """
        if not self.active:
            return name
        if name.strip().casefold() == "me":
            return DIRECTOR
        known = self.people.get(name_words(name))
        if known is not None:
            return known
        redacted = self._replace(name, capitalise=False)
        return redacted if redacted != name else SOMEONE

    def names(self) -> list[tuple[str, ...]]:
        """Every person it knows, as the casefolded words of their name."""
        return list(self.people)

    def finds_a_name(self, text: str) -> bool:
        """True when ``text`` holds a name this redactor would replace."""
        return self.active and self._replace(text, capitalise=False) != text

    def _match(
        self, tokens: list[_Token], gaps: list[bool], i: int, titled: bool
    ) -> tuple[int, str] | None:
        """Where a name starting at token ``i`` ends (a character offset), and its stand-in."""
        most = min(self.longest, len(tokens) - i)
        for size in range(most, 0, -1):
            if not all(gaps[i : i + size - 1]):
                continue
            head = tuple(t.fold for t in tokens[i : i + size - 1])
            last = tokens[i + size - 1]
            for fold, end in ((last.fold, last.end), (last.base_fold, last.base_end)):
                key = (*head, fold)
                stand_in = self.phrases.get(key)
                if stand_in is None:
                    continue
                if size == 1 and not titled:
                    if fold in self.protected or len(fold) < 2:
                        continue
                    if fold in COMMON_WORDS and not last.capitalised:
                        continue
                return end, stand_in
        return None

    def _replace(self, text: str, *, capitalise: bool) -> str:
        tokens = _tokens(text)
        if not tokens or not self.phrases:
            return text
        gaps = [_GAP.fullmatch(text, a.end, b.start) is not None for a, b in pairwise(tokens)]
        out: list[str] = []
        done, i = 0, 0
        while i < len(tokens):
            start = tokens[i].start
            found = None
            if tokens[i].fold in TITLES and i + 1 < len(tokens) and gaps[i]:
                found = self._match(tokens, gaps, i + 1, titled=True)
            if found is None:
                found = self._match(tokens, gaps, i, titled=False)
            if found is None:
                i += 1
                continue
            end, stand_in = found
            if capitalise and _sentence_start(text, start):
                stand_in = _capitalise(stand_in)
            out += [text[done:start], stand_in]
            done = end
            while i < len(tokens) and tokens[i].start < end:
                i += 1
        out.append(text[done:])
        return "".join(out)


NO_REDACTION = Redactor.identity()


def _article(words: str) -> str:
    return ("an " if words[:1].casefold() in "aeiou" else "a ") + words


def _lower_words(words: str) -> str:
    """Title-case words in lower case; acronyms ("GP", "HR") kept."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words.split())


def _role_head(role: str) -> str:
    return " ".join(role.split(",", 1)[0].split())


def stand_ins(people: Iterable[KnownPerson]) -> dict[tuple[str, ...], str]:
    """Each person's stand-in before roles are themselves redacted, by name words.

    A person held twice (a contact who also manages a team) is one person; the first fixed
    stand-in wins (director, chief executive, team manager), then the first role found.
    """
    chosen: dict[tuple[str, ...], KnownPerson] = {}
    for person in people:
        key = name_words(person.name)
        if not key:
            continue
        held = chosen.get(key)
        if held is None or (person.fixed and not held.fixed):
            chosen[key] = person
    holders: dict[str, set[tuple[str, ...]]] = {}
    for key, person in chosen.items():
        head = "team manager" if person.fixed == TEAM_MANAGER else _role_head(person.role)
        if head and (not person.fixed or person.fixed == TEAM_MANAGER):
            holders.setdefault(head.casefold(), set()).add(key)
    out: dict[tuple[str, ...], str] = {}
    for key, person in chosen.items():
        head = _role_head(person.role)
        role = " ".join(person.role.split())
        if person.fixed:
            out[key] = person.fixed
        elif not head:
            out[key] = f"a contact ({person.category})" if person.category else "a contact"
        elif len(holders.get(head.casefold(), ())) > 1:
            out[key] = _article(_lower_words(head))
        elif role.casefold().startswith(("the ", "a ", "an ")):
            out[key] = role
        else:
            out[key] = f"the {role}"
    return out


def _phrases(
    names: Mapping[tuple[str, ...], str], organisations: set[tuple[str, ...]]
) -> dict[tuple[str, ...], str]:
    """Every way of writing each name (full, first and last, first alone, surname alone)."""
    ways: dict[tuple[str, ...], set[str]] = {}
    for words, stand_in in names.items():
        forms = {words}
        if words not in organisations and len(words) > 1:
            forms |= {(words[0], words[-1]), (words[0],), (words[-1],)}
        for form in forms:
            ways.setdefault(form, set()).add(stand_in)
    return {form: (next(iter(s)) if len(s) == 1 else SOMEONE) for form, s in ways.items()}


def build_redactor(people: Iterable[KnownPerson], protected: Iterable[str] = ()) -> Redactor:
    """A redactor for ``people``, whose roles may themselves name others.

    ``protected`` words (the council's name) are never replaced on their own.
    """
    people = list(people)
    organisations = {name_words(p.name) for p in people if p.organisation}
    organisations |= {
        name_words(p.name)
        for p in people
        if any(w in ORGANISATION_WORDS for w in name_words(p.name))
    }
    raw = stand_ins(people)
    shield = frozenset(w.casefold() for w in protected)
    current = dict(raw)
    for _ in range(_MAX_ROUNDS):
        redactor = Redactor(_phrases(current, organisations), current, shield, active=True)
        changed = {k: redactor._replace(v, capitalise=False) for k, v in raw.items()}
        if changed == current:
            break
        current = changed
    # Roles still naming someone after a few rounds name a circle of people ("PA to" each
    # other): the names in such a role become "someone".
    redactor = Redactor(_phrases(current, organisations), current, shield, active=True)
    anyone = Redactor(
        _phrases(dict.fromkeys(current, SOMEONE), organisations), {}, shield, active=True
    )
    current = {
        k: anyone._replace(raw[k] if redactor.finds_a_name(v) else v, capitalise=False)
        for k, v in current.items()
    }
    return Redactor(_phrases(current, organisations), current, shield, active=True)
