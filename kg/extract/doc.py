"""The per-article working view the extractors read: text, one jieba pass, sentences, the lexicon."""

from __future__ import annotations

import array
import bisect
import logging
import marshal
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from math import log
from pathlib import Path
from typing import Any, TypeVar

from kg.compiled import cache_folder, regex, write_marshal
from kg.extract._jieba import finalseg, jieba
from kg.extract.lexicon import Lexicon
from kg.lazy import cached_attribute
from kg.model import Article
from kg.traditional import simplify

T = TypeVar("T")

SENTENCE_END = regex(r"[。！？；!?;\n]+[”’」』]?")
# What ``sentences`` keeps of each piece between SENTENCE_END's matches, found in one scan: from the piece's
# first non-space character to its last one (``(?<=\S)`` backs off over trailing spaces and newlines).
# A piece's first non-space character is the closing quote of its end (a quote right after a terminator:
# the piece ends there), a terminator (the piece is its run of terminators and a quote), or else starts a
# run of other characters, then its terminators and a quote. ``\s`` is ``str.isspace`` (as ``str.strip``).
SENTENCE = regex(r"(?<=[。！？；!?;\n])[”’」』]"
                 r"|(?:[^\s。！？；!?;\n][^。！？；!?;\n]*(?:[。！？；!?;\n]+[”’」』]?)?"
                 r"|[。！？；!?;][。！？；!?;\n]*[”’」』]?)(?<=\S)")
CJK = regex(r"[\u4e00-\u9fff]")
# Variant characters that printed pages and OCR give for common ones, one for one (唐山髙新区: 高)
VARIANTS = {"髙": "高"}
# Full-width digits and Latin letters (１２亿元, ５G, ＩＣ) read as their ASCII forms, one character for one
# so that offsets stay those of the article; a full-width point only between digits (１２．５).
WIDE = str.maketrans({chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                         *range(0xFF41, 0xFF5B))} | VARIANTS)
WIDE_POINT = regex(r"(?<=[0-9０-９])．(?=[0-9０-９])")
ANY_WIDE = regex(r"[０-９Ａ-Ｚａ-ｚ．髙]")  # a character ``fold_width`` may change


def fold_width(text: str) -> str:
    """``１２．５亿元`` → ``12.5亿元``: ASCII digits, letters and decimal points, the length unchanged.

    A text without any of those full-width characters (most articles) is returned as it is, after one
    scan (where the substitution and the translation each walk it).
    """
    if ANY_WIDE.search(text) is None:
        return text
    return WIDE_POINT.sub(".", text).translate(WIDE)


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans: split after 。！？； and newlines (a closing quote stays with its sentence).

    Each span is a piece between SENTENCE_END's matches with its spaces stripped, pieces of spaces alone
    left out (``_split_sentences``); ``SENTENCE`` finds the same spans in one scan, in C (half the cost).
    """
    return tuple([match.span() for match in SENTENCE.finditer(text)])


def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """``sentences`` spelled out: the pieces, each stripped (the tests compare the two)."""
    out: list[tuple[int, int]] = []
    start = 0
    for end in [*(match.end() for match in SENTENCE_END.finditer(text)), len(text)]:
        piece = text[start:end]
        kept = piece.strip()  # str.strip drops the str.isspace characters at both ends, in C
        if kept:
            first = start + len(piece) - len(piece.lstrip())
            out.append((first, first + len(kept)))
        start = end
    return tuple(out)


# A trie node: the next character -> (the score or mark of the fragment so far, the node after it)
_Node = dict[str, tuple[float, "_Node | None"]]


class Tokenizer(jieba.Tokenizer):
    """jieba's tokenizer with its two inner loops (``get_DAG``, ``calc``) tightened: the same segments.

    The word scores ``log(freq or 1) - log(total)`` are computed once per word (the same floats jieba
    computes on every call) and forgotten when a word is added or the dictionary changes.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._scores: dict[str, float] = {}
        self._scores_total: float | None = None
        # what _best_ends looked up in FREQ, as a trie of characters (``_Node``): a table much smaller
        # than FREQ, so the lookups stay in the processor's caches, and walked character by character
        # (no fragment sliced and hashed for each length)
        self._frags: _Node = {}
        self._frags_total: float | None = None
        self._frags_size = 0

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        self._scores.clear()
        self._frags.clear()
        self._frags_size = 0
        super().add_word(word, freq, tag)

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:  # noqa: N802  (jieba's name)
        self.check_initialized()
        freq = self.FREQ
        dag = {}
        n = len(sentence)
        for k in range(n):
            ends = []
            i = k
            frag = sentence[k]
            while i < n and frag in freq:
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = sentence[k:i + 1]
            dag[k] = ends or [k]
        return dag

    def calc(self, sentence: str, DAG: dict[int, list[int]],  # noqa: N803  (jieba's name)
             route: dict[int, tuple[float, int]]) -> None:
        n = len(sentence)
        route[n] = (0, 0)
        logtotal = log(self.total)
        scores = self._scores
        if self._scores_total != self.total or len(scores) > 1_000_000:
            scores.clear()
            self._scores_total = self.total
        freq = self.FREQ
        for idx in range(n - 1, -1, -1):
            best = None
            for x in DAG[idx]:
                word = sentence[idx:x + 1]
                score = scores.get(word)
                if score is None:
                    score = scores[word] = log(freq.get(word) or 1) - logtotal
                candidate = (score + route[x + 1][0], x)
                if best is None or candidate > best:  # the first best, as max() picks
                    best = candidate
            route[idx] = best

    def cut_block(self, block: str) -> tuple[str, ...]:
        """The words of one block (a run ``jieba.re_han_default`` matches): ``tuple(self.cut(block))``.

        jieba's ``__cut_DAG`` with ``get_DAG`` and ``calc`` fused (each candidate word is sliced and
        scored once, in the same order, with the same floats) and no generators. Each block is cut
        anew: no result is carried from one article to the next (a corpus of near-copies would
        otherwise measure a cache, not the tokenizer).
        """
        return tuple(self._cut_words(block))

    def _cut_words(self, block: str) -> list[str]:
        ends = self._best_ends(block)
        words: list[str] = []
        singles = 0  # where the run of one-character words before x starts: jieba's HMM may join some
        x = 0  # of them (邓|慧|敏 → 邓慧敏)
        n = len(block)
        while x < n:
            y = ends[x] + 1
            if y - x > 1:
                if singles < x:
                    words += self._join_singles(block[singles:x])
                words.append(block[x:y])
                singles = y
            x = y
        if singles < n:
            words += self._join_singles(block[singles:])
        return words

    def _frag_score(self, frag: str) -> float:
        """What the dictionary says of ``frag``: its word score as ``calc`` computes it, or one of the
        marks ``NOT_A_WORD`` (only a prefix) and ``NO_WORD_STARTS``."""
        count = self.FREQ.get(frag)
        if count is None:
            return NO_WORD_STARTS
        if not count:
            return NOT_A_WORD
        return log(count) - log(self.total)

    def _join_singles(self, run: str) -> tuple[str, ...]:
        """What jieba makes of a run of one-character words: itself when one character or a known word
        (split into characters), else what its HMM (``finalseg``) finds."""
        if len(run) == 1:
            return (run,)
        if self.FREQ.get(run):
            return tuple(run)
        return tuple(hmm_cut(run))

    def _best_ends(self, block: str) -> list[int]:
        """For each position, the end (inclusive) of the first word on jieba's best route from there.

        ``get_DAG`` and ``calc`` in one right-to-left pass: the words starting at a position are found
        (shortest first, as in the DAG) when the best routes from every later position are known, and
        scored with the same floats; ties go to the longer word, as jieba's ``max`` of (score, end). A
        prefix that is no word scores minus infinity (``NOT_A_WORD``), below every word's score: a
        position where no word starts keeps that score, and its character is a word of its own.

        The fragments ``block[k:i + 1]`` are read from a trie of the fragments seen so far (``_grow``
        adds a missing one, from FREQ): one step per character, with the block's characters made once
        (each then hashed once), instead of slicing and hashing every fragment anew.
        """
        self.check_initialized()
        trie = self._frags
        if self._frags_total != self.total or self._frags_size > 2_000_000:
            trie.clear()
            self._frags_total = self.total
            self._frags_size = 0
        n = len(block)
        chars = list(block)
        route: list[float] = [0.0] * n + [0]  # the best route's score from each position
        ends = list(range(n))
        unknown = log(1) - log(self.total)  # calc's log(freq.get(word) or 1) - log(total)
        for k in range(n - 1, -1, -1):
            best = NOT_A_WORD
            node = trie
            i = k
            while True:
                try:
                    score, node = node[chars[i]]
                except KeyError:
                    score, node = self._grow(node, block[k:i + 1])
                if node is None:  # NO_WORD_STARTS: neither this nor any longer string is a word
                    break
                total = score + route[i + 1]
                if total >= best:
                    best = total
                    ends[k] = i
                i += 1
                if i == n:
                    break
            if best == NOT_A_WORD:  # no word starts here: an unknown character is a word of its own
                ends[k] = k
                best = unknown + route[k + 1]
            route[k] = best
        return ends

    def _grow(self, node: _Node, frag: str) -> tuple[float, _Node | None]:
        """Add ``frag`` (whose prefix without its last character leads to ``node``) to the trie: its
        ``_frag_score`` and the node of its continuations (None when no dictionary string starts with it).
        """
        score = self._frag_score(frag)
        entry = node[frag[-1]] = (score, None if score == NO_WORD_STARTS else {})
        self._frags_size += 1
        return entry


def hmm_cut(text: str) -> list[str]:
    """``list(jieba.finalseg.cut(text))``: Han runs cut by the HMM's best states, the rest by its pattern."""
    if finalseg.re_han.fullmatch(text):  # all Han (the usual run): what the loop below would do
        return _forced_apart(_hmm_words(text))
    words: list[str] = []
    for piece in finalseg.re_han.split(text):
        if not piece:
            continue
        if finalseg.re_han.match(piece):
            words += _forced_apart(_hmm_words(piece))
        else:
            words += [x for x in finalseg.re_skip.split(piece) if x]
    return words


def _forced_apart(words: list[str]) -> list[str]:
    """The words, each of jieba's force-split words (``finalseg.add_force_split``) as characters."""
    forced = finalseg.Force_Split_Words
    if not forced:
        return words
    return [piece for word in words for piece in (word if word in forced else (word,))]


def _hmm_words(text: str) -> list[str]:
    """finalseg's ``__cut``: words from the best B(egin)/M(iddle)/E(nd)/S(ingle) states."""
    words: list[str] = []
    begin = after = 0
    for i, state in enumerate(_hmm_states(text)):
        if state == "B":
            begin = i
        elif state == "E":
            words.append(text[begin:i + 1])
            after = i + 1
        elif state == "S":
            words.append(text[i])
            after = i + 1
    if after < len(text):
        words.append(text[after:])
    return words


# finalseg's model, state by state: a state's emission probabilities, where it starts, and the
# transitions from the two states that may come before it (``finalseg.PrevStatus``: B after E or S, M
# after M or B, E after B or M, S after S or E).
LEAST = finalseg.MIN_FLOAT
EMIT_B, EMIT_M, EMIT_E, EMIT_S = (finalseg.emit_P[y] for y in "BMES")
START_B, START_M, START_E, START_S = (finalseg.start_P[y] for y in "BMES")
E_TO_B, S_TO_B, M_TO_M, B_TO_M, B_TO_E, M_TO_E, S_TO_S, E_TO_S = (
    finalseg.trans_P[a].get(b, LEAST) for a, b in ("EB", "SB", "MM", "BM", "BE", "ME", "SS", "ES"))


def _emission(char: str) -> tuple[float, float, float, float]:
    """The emission scores of ``char`` in the states B, M, E and S (``MIN_FLOAT`` where the model has none),
    looked up once per character (a fact of finalseg's model, kept in ``_EMISSIONS``)."""
    found = _EMISSIONS[char] = (EMIT_B.get(char, LEAST), EMIT_M.get(char, LEAST), EMIT_E.get(char, LEAST),
                                EMIT_S.get(char, LEAST))
    return found


_EMISSIONS: dict[str, tuple[float, float, float, float]] = {}
_SLOT = {"B": 0, "M": 1, "E": 2, "S": 3}  # a state's place in the tuples of ``_hmm_states``'s back pointers


def _hmm_states(text: str) -> list[str]:
    """finalseg's ``viterbi``: the best B(egin)/M(iddle)/E(nd)/S(ingle) state of each character.

    The same sums in the same order and the same ties (jieba takes ``max`` of (score, state), so a tie
    goes to the later letter), with the four scores in variables instead of a dict per character, a
    character's four emission scores read in one lookup (``_emission``) and no path copies.
    """
    emissions = _EMISSIONS
    first = text[0]
    to_b, to_m, to_e, to_s = emissions.get(first) or _emission(first)
    b = START_B + to_b
    m = START_M + to_m
    e = START_E + to_e
    s = START_S + to_s
    back: list[tuple[str, str, str, str]] = []  # per character after the first: the state before each
    for char in text[1:]:
        to_b, to_m, to_e, to_s = emissions.get(char) or _emission(char)
        from_e, from_s = e + E_TO_B + to_b, s + S_TO_B + to_b
        new_b, came_b = (from_s, "S") if from_s >= from_e else (from_e, "E")
        from_m, from_b = m + M_TO_M + to_m, b + B_TO_M + to_m
        new_m, came_m = (from_b, "B") if from_b > from_m else (from_m, "M")
        from_b, from_m = b + B_TO_E + to_e, m + M_TO_E + to_e
        new_e, came_e = (from_m, "M") if from_m >= from_b else (from_b, "B")
        from_s, from_e = s + S_TO_S + to_s, e + E_TO_S + to_s
        s, came_s = (from_e, "E") if from_e > from_s else (from_s, "S")
        b, m, e = new_b, new_m, new_e
        back.append((came_b, came_m, came_e, came_s))
    state = "S" if s >= e else "E"  # max((score, state) for state in "ES")
    states = [state]
    slot = _SLOT
    for came in reversed(back):
        state = came[slot[state]]
        states.append(state)
    states.reverse()
    return states


# Word scores are logs of a count (at least 1) over the total count: finite and never positive, so these
# marks are no score.
NOT_A_WORD = float("-inf")  # a dictionary prefix that is not a word itself (count 0)
NO_WORD_STARTS = 2.0  # no dictionary word starts with these characters


def make_tokenizer(lexicon: Lexicon, *, cache_dir: Path | None = None) -> jieba.Tokenizer:
    """An own jieba tokenizer (never the module globals) that knows zone suffixes, titles and industries.

    Its table of word counts is a ``Counts``, read from the cache folder; the first run builds it from
    jieba's dictionary (or jieba's own cache of it) and writes it there.
    """
    tokenizer = Tokenizer()
    folder = cache_folder(cache_dir)
    tokenizer.tmp_dir = str(folder)
    counts = read_counts(folder / COUNTS_FILE)
    if counts is None:
        log = logging.getLogger("jieba")  # jieba announces its dictionary load at DEBUG on its own handler
        level = log.level
        log.setLevel(logging.WARNING)
        try:
            if not read_cache(tokenizer, folder / "jieba.cache"):
                tokenizer.initialize()  # builds the table from jieba's dictionary and writes the cache
        finally:
            log.setLevel(level)
        counts = Counts.of(tokenizer.FREQ), tokenizer.total
        write_counts(folder / COUNTS_FILE, *counts)
    tokenizer.FREQ, tokenizer.total = counts
    tokenizer.initialized = True
    words = [*lexicon.words("zone", "suffixes"), *lexicon.words("title", "units"),
             *lexicon.words("title", "cores"), *lexicon.gazetteer.titles, *lexicon.gazetteer.industries]
    for word in sorted(set(words)):
        if len(word) >= 2:
            tokenizer.add_word(word, freq=2000)
    return tokenizer


def read_cache(tokenizer: jieba.Tokenizer, cache: Path) -> bool:
    """Load the prefix table of jieba's default dictionary from the cache jieba writes for it.

    jieba's ``initialize`` reads the same file with ``marshal.load`` on the open file, which reads it
    piece by piece (three times slower); here it is read in one go. False when there is no usable
    cache (``initialize`` then builds the table and writes it).
    """
    if tokenizer.dictionary != jieba.DEFAULT_DICT or not cache.is_file():
        return False
    try:
        tokenizer.FREQ, tokenizer.total = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return False
    tokenizer.initialized = True
    return True


class Counts(Mapping[str, int]):
    """jieba's table of counts (``Tokenizer.FREQ``: a word's count; 0 for a prefix of a word that is no
    word itself), held as its sorted strings and an array of their counts, looked up by bisection; what
    ``add_word`` sets is kept in a dict in front.

    jieba's table is a dict of half a million strings: loading it (from jieba's cache) costs about
    0.45 s at every start, most of it hashing strings that an extraction never asks about (it looks up a
    few tens of thousands, each once: the tokenizer's trie keeps them). From ``COUNTS_FILE`` the strings
    are one text split at NULs and the counts one array: a fifth of that time, and a lookup is a
    bisection (about a microsecond).
    """

    __slots__ = ("_strings", "_counts", "_set")

    def __init__(self, strings: list[str], counts: array.array) -> None:
        self._strings = strings  # sorted (code point order)
        self._counts = counts  # counts[i] belongs to strings[i]
        self._set: dict[str, int] = {}  # set since (add_word): wins over the arrays

    @classmethod
    def of(cls, table: Mapping[str, int]) -> Counts:
        strings = sorted(table)
        return cls(strings, array.array("q", [table[s] for s in strings]))

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        found = self._set.get(key)
        if found is not None:
            return found
        strings = self._strings
        index = bisect.bisect_left(strings, key)
        if index < len(strings) and strings[index] == key:
            return self._counts[index]
        return default

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __setitem__(self, key: str, value: int) -> None:
        self._set[key] = value

    def __iter__(self) -> Iterator[str]:
        yield from self._set
        yield from (s for s in self._strings if s not in self._set)

    def __len__(self) -> int:
        return sum(1 for _ in self)  # seldom asked (jieba never does): counted, not kept


#: the cache of jieba's default table as ``Counts`` reads it, in the cache folder
COUNTS_FILE = "jieba-counts.marshal"
#: what a cache file is for: its layout, jieba's version and its dictionary's size (another means rebuild)
COUNTS_FORMAT = 1


def _counts_key() -> tuple[int, str, int]:
    dictionary = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    return COUNTS_FORMAT, str(jieba.__version__), dictionary.stat().st_size


def read_counts(path: Path) -> tuple[Counts, int] | None:
    """The table of jieba's default dictionary and its total, from ``path`` (None: missing or stale)."""
    try:
        key, total, strings, counts = marshal.loads(path.read_bytes())
        if tuple(key) != _counts_key():
            return None
        table = Counts(strings.split("\0"), array.array("q", counts))
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if len(table._strings) != len(table._counts):
        return None
    return table, total


def write_counts(path: Path, table: Counts, total: int) -> None:
    """Write ``table`` and ``total`` as ``read_counts`` reads them back."""
    strings = "\0".join(table._strings)
    if strings.count("\0") == len(table._strings) - 1:  # (a string holding a NUL could not be split back)
        write_marshal(path, (_counts_key(), total, strings, table._counts.tobytes()))


Token = tuple[str, int, int]  # (word, start, end), as ``jieba.Tokenizer.tokenize`` yields them
# jieba cuts a text into blocks (runs of Han characters, ASCII letters, digits and ``+#&._%-``) and
# tokenises each block on its own; between blocks every character is a token, except ``\r\n``.
BLOCK = jieba.re_han_default


class Tokens:
    """jieba's tokens of one text, each block tokenised only when a position in it is first asked about.

    The extractors look at tokens only near candidate names, so most blocks are never cut. The answers
    are those of ``tokenizer.tokenize(text)`` (HMM on); without a tokenizer every character is a token.
    ``pos in tokens`` tells whether a token starts (or the text ends) at ``pos``.

    A block is a maximal run of ``BLOCK``'s characters, so the block holding a position is found from the
    position alone: its end by matching ``BLOCK`` there, its start by matching it on the text reversed.
    The text is not scanned for all its blocks (a few are cut per article, out of dozens).
    """

    __slots__ = ("text", "tokenizer", "_reversed", "_cut", "_known", "_all")

    def __init__(self, text: str, tokenizer: jieba.Tokenizer | None) -> None:
        self.text = text
        self.tokenizer = tokenizer
        self._reversed: str | None = None  # the text backwards, made when a first block is looked for
        self._cut: dict[int, list[Token]] = {}  # a block's start -> its tokens
        # position -> the token covering it, once looked up (a list: filled a word at a time by slices)
        self._known: list[Token | None] = [None] * len(text)
        self._all: tuple[Token, ...] | None = None

    def __contains__(self, pos: int) -> bool:
        token = self.at(pos)
        if token is None:
            return pos == len(self.text) and pos > 0
        return token[1] == pos

    def at(self, pos: int) -> Token | None:
        """The token covering character ``pos`` (None outside the text)."""
        text = self.text
        if not 0 <= pos < len(text):
            return None
        token = self._known[pos]
        if token is not None:
            return token
        if self.tokenizer is None:
            token = text[pos], pos, pos + 1
        elif (run := BLOCK.match(text, pos)) is not None:  # in a block (from pos to its end): cut it
            self._block(self._block_start(pos), run.end())
            return self._known[pos]
        elif text[pos] == "\r" and text[pos + 1:pos + 2] == "\n":
            token = "\r\n", pos, pos + 2
        elif text[pos] == "\n" and text[pos - 1:pos] == "\r":  # pos > 0: no block holds a "\r"
            token = "\r\n", pos - 1, pos + 1
        else:
            token = text[pos], pos, pos + 1
        self._known[pos] = token
        return token

    def _block_start(self, pos: int) -> int:
        """Where the block holding ``pos`` starts: where its run of ``BLOCK`` characters read backwards
        from ``pos`` (at ``size - 1 - pos`` in the reversed text) ends."""
        backwards = self._reversed
        if backwards is None:
            backwards = self._reversed = self.text[::-1]
        size = len(backwards)
        return size - BLOCK.match(backwards, size - 1 - pos).end()

    def _block(self, start: int, end: int) -> list[Token]:
        """The tokens of the block ``text[start:end]`` (at their positions in the text), cut on first use."""
        tokens = self._cut.get(start)
        if tokens is None:
            block = self.text[start:end]
            tokenizer = self.tokenizer
            own = isinstance(tokenizer, Tokenizer)
            words = tokenizer._cut_words(block) if own else tuple(tokenizer.cut(block))  # cut_block's words
            tokens = self._cut[start] = []
            known = self._known
            for word in words:
                end = start + len(word)
                token = word, start, end
                tokens.append(token)
                known[start:end] = (token,) * (end - start)
                start = end
        return tokens

    def all(self) -> tuple[Token, ...]:
        """Every token, in order: ``tuple(tokenizer.tokenize(text))`` (one per character without one)."""
        if self._all is None:
            out: list[Token] = []
            pos = 0
            blocks = BLOCK.finditer(self.text) if self.tokenizer is not None else ()
            for block in blocks:
                start, end = block.span()
                out += _loose_tokens(self.text, pos, start)
                out += self._block(start, end)
                pos = end
            out += _loose_tokens(self.text, pos, len(self.text), crlf=self.tokenizer is not None)
            self._all = tuple(out)
        return self._all


def _loose_tokens(text: str, start: int, end: int, *, crlf: bool = True) -> list[Token]:
    """The tokens jieba makes between blocks: one per character, ``\r\n`` one token (unless not ``crlf``)."""
    out: list[Token] = []
    pos = start
    while pos < end:
        step = 2 if crlf and text.startswith("\r\n", pos) else 1
        out.append((text[pos:pos + step], pos, pos + step))
        pos += step
    return out


UNSEEN: Any = object()  # a mark for a key not looked up yet, where its value may be None


@dataclass(frozen=True)
class Doc:
    """One article ready for the extractors."""

    article: Article
    text: str
    sentences: tuple[tuple[int, int], ...]
    lexicon: Lexicon
    tokenization: Tokens  # jieba's tokens, cut block by block when asked about
    # results several extractors share (one scan of a pattern per article): see ``memo``
    shared: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # Set from the fields above (``__post_init__``), and read hundreds of times per article: plain
    # attributes, which Python reads faster than a property or a cached_property (found on the class
    # first, then called, or looked up again in the instance).
    #: where each sentence starts, in order (``sentence_at``)
    sentence_starts: list[int] = field(init=False, compare=False, repr=False)
    #: ``pos in doc.token_starts``: whether a token starts (or the text ends) at ``pos``
    token_starts: Tokens = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence_starts", [s for s, _ in self.sentences])
        object.__setattr__(self, "token_starts", self.tokenization)

    def memo(self, key: str, compute: Callable[[Doc], T]) -> T:
        """``compute(self)``, computed once per article under ``key`` (the extractors' shared scans)."""
        shared = self.shared
        if key in shared:  # (no KeyError raised on a first call, a fifth of the calls; no dict.get called)
            return shared[key]
        value = shared[key] = compute(self)
        return value

    @classmethod
    def make(cls, article: Article, *, lexicon: Lexicon, tokenizer: jieba.Tokenizer | None) -> Doc:
        text = simplify(fold_width(article.text))
        return cls(article=article, text=text, sentences=sentences(text), lexicon=lexicon,
                   tokenization=Tokens(text, tokenizer))

    def token_at(self, pos: int) -> Token | None:
        """The token ``(word, start, end)`` covering character ``pos`` (None outside the text)."""
        return self.tokenization.at(pos)

    @cached_attribute
    def tokens(self) -> tuple[Token, ...]:
        """Every token in order; this cuts the whole text: prefer ``token_at`` and ``token_starts``."""
        return self.tokenization.all()

    @cached_attribute
    def _token_index(self) -> list[int]:
        return [a for _, a, _ in self.tokens]

    def token_index_at(self, pos: int) -> int | None:
        """Index in ``tokens`` of the token covering character ``pos``; this cuts the whole text: prefer
        ``token_at``."""
        if 0 <= pos < len(self.text):
            return bisect.bisect_right(self._token_index, pos) - 1
        return None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding position ``pos`` (or the whole text when none does)."""
        index = bisect_right(self.sentence_starts, pos) - 1  # the last sentence starting at or before
        if index >= 0:
            span = self.sentences[index]
            if pos <= span[1]:
                return span
        return 0, len(self.text)

