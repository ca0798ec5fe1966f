"""A complaint said as a wish (used by `core.sentiment`): "would be awesome if the app didn't
crash every time", "love it, would be perfect if it actually loaded", "sería genial si funcionara
la app", "ce serait top si l'appli ne plantait pas", "wäre schön, wenn mal jemand antworten
würde", "magari funzionasse". The wish is praise on the surface; what it wishes for is what the
product owes (that it works, loads, answers) or the end of a failure (no crash, no freeze), so the
text says the failure is there: a complaint, a minor one. So is a wish judged useful or asked
("it would help if someone answered", "ça aiderait si", "wouldn't it be nice if it loaded"), a
wish that the product knew what is already so ("if your system knew I already paid"), and a
hope for a fix ("hope you fix the app soon", "hoffentlich wird das bald repariert") or that a
failure of before stays away ("hope it isn't as broken as last year").

Not a complaint: a feature idea ("would be awesome if you added dark mode", `feature_ideas`), a
wish about what the product does not do yet ("if it worked offline", "si funcionara con Alexa":
the verb extended by a preposition), a plan or a hope ("would be great if you opened a store in
Leeds", "ojalá funcione": a present-tense wish is a hope), a hope with no fix in it or one
that a fix lasts ("hope it stays fixed", "espero que siga así")."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from mentionflow.core.keywords import word_set
from mentionflow.core.signals import WISH_BE, wish_clause
from mentionflow.core.text import NormalisedText, normalise

__all__ = ["EN_BE", "EN_WOULD", "wished_fix"]

# What the product owes, wished for: it works, loads, answers (past, subjunctive and conditional
# forms, and German presents: "wäre schön, wenn es funktioniert" is counterfactual there).
_OWED: Final = word_set(
    "worked functioned loaded answered replied responded synced "
    "funcionara funcionase funcionaran funcionasen funcionaría funcionaria funcionarían cargara cargase cargaran "
    "cargasen contestaran contestara contestase contestasen contestarais respondieran respondiera respondiese "
    "respondiesen respondierais atendieran atendiera "
    "marchait marchaient fonctionnait fonctionnaient chargeait chargeaient répondiez repondiez répondait "
    "répondaient rappeliez "
    "funktionieren funktioniert funktionierte funktionierten funktionierts laden lädt antworten antwortet "
    "antwortete antworteten antwortetet zurückrufen zurückruft "
    "funzionasse funzionassero funzionerebbe funzionerebbero caricasse caricassero rispondeste rispondesse "
    "rispondessero "
    "funcionasse funcionassem funcionaria funcionariam carregasse carregassem respondessem respondesse "
    "atendessem atendesse"
)
# Present subjunctives: owed after "that" ("estaría bien que funcione", "ce serait bien que ça
# marche"); after "if", or after "ojalá" / "magari", they are a hope.
_OWED_PRESENT: Final = word_set(
    "funcione funcionen cargue carguen conteste contesten responda respondan "
    "marche marchent fonctionne fonctionnent réponde répondent "
    "funzioni funzionino risponda rispondano "
    "funcionem carregue respondam"
)
# Owed only with a word of expectation beside it ("if it would just work", "if my order ever
# arrived", "wenn es mal laufen würde"): alone, "if you delivered to Leeds" is a plan.
_OWED_EXPECTED: Final = word_set(
    "work works function load loads answer reply respond arrived arrive came showed turned delivered "
    "llegara llegase arrivait arrive läuft laufen lief liefe ankommen ankäme käme melden meldet arrivasse "
    "chegasse chegassem"
)
# What fails, wished away with a negator ("didn't crash", "no se colgara", "ne plantait pas",
# "nicht abstürzen würde", "non si bloccasse", "não travasse") or a verb of stopping ("stopped
# crashing", "dejara de fallar", "arrêtait de planter", "parasse de travar").
_FAILS: Final = word_set(
    "crash crashed crashes crashing freeze froze freezes freezing lag lagged lags lagging glitch glitched "
    "glitches glitching break broke breaks breaking fail failed fails failing drop dropped drops dropping "
    "disconnect disconnected disconnecting buffer buffered buffering hang hung hangs hanging kick kicked "
    "kicking spin spins spinning "
    "colgara colgase cuelgue colgarse colgar cayera cayese caiga caerse fallara fallase falle fallar "
    "bloqueara bloquease bloquee bloquearse trabara trabase trabe trabarse petara petase pete petar crasheara "
    "plantait plantaient plante plantent planter buggait bugait buguait bugue buguer beugait beugue beuguer "
    "crashait crashe crasher bloquait bloque bloquer coupait coupe couper ramait rame ramer "
    "abstürzen abstürzt abstürzte abzustürzen hängen hängt hängenbleiben einfrieren einfriert friert ruckeln "
    "ruckelt laggen laggt abbrechen abbricht ausfallen ausfällt "
    "crashasse crashassero crashare bloccasse bloccassero bloccarsi piantasse piantarsi impallasse impallarsi "
    "cadesse laggasse "
    "travasse travassem travar trave caísse caisse caíssem cair falhasse falhar bugasse bugar crashasse "
    "congelasse"
)
# ... or a failing state, after "so" or a verb of being ("wasn't so slow", "weren't down", "no
# fuera tan lenta"; not "didn't slow him down").
_STATES: Final = word_set("down slow buggy laggy glitchy crashy flaky broken unreliable lenta lento lent lente langsam")
_STATE_BEFORE: Final = word_set(
    "so too always constantly go went goes going be was wasnt were werent is isnt tan tão tao si trop zu "
    "così cosi troppo sempre siempre toujours immer ständig fuera fuese était etait fosse"
)
_NEGATORS: Final = word_set(
    "not no never didnt dont doesnt wouldnt wasnt werent isnt stop stopped stopping quit instead "
    "dejara dejase dejaran dejasen "
    "ne pas plus arrêtait arretait cessait arrête arrete "
    "nicht nich nie aufhören aufhört aufhören "
    "non smettesse smettessero "
    "não nao parasse parassem deixasse deixassem"
)
_NEG_WINDOW: Final = 4  # "nicht jedes Mal abstürzen", "no se nos colgara"
# Words of expectation: it should long have done so ("actually", "for once", "por fin", "mal").
_EXPECT: Final = word_set(
    "actually just ever finally even once properly correctly right again normally reliably consistently "
    "fin vez bien correctamente ya siquiera "
    "enfin fois correctement bien seulement "
    "mal endlich wenigstens überhaupt einfach richtig vernünftig ordentlich zuverlässig wieder "
    "finalmente almeno volta bene correttamente davvero "
    "direito bem corretamente realmente"
)
# Said with one of these, any wish is one for what should long be so ("if your ticket was
# actually in the system", "if I at least sat next to my husband", "si por fin arreglaran el
# wifi", "wenn ihr endlich antworten würdet"): a breached expectation, whatever the verb.
_SURELY_OWED: Final = word_set("actually atleast finally enfin endlich wenigstens finalmente almeno")
_SURELY_OWED_PAIRS: Final = frozenset(
    {("at", "least"), ("for", "once"), ("por", "fin"), ("al", "menos"), ("au", "moins"), ("une", "fois")}
    | {("pelo", "menos"), ("ao", "menos"), ("una", "volta"), ("una", "vez")}
)
# ... and so is a wish that names the problem to fix ("if you could sort my issue").
_PROBLEMS: Final = word_set(
    "issue issues problem problems error errors bug bugs glitch glitches problema problemas errores fallo "
    "fallos problème problèmes erreur erreurs fehler probleme problemi errore errori erro erros"
)
# A preposition after the verb makes the wish one for more than the product does ("if it worked
# offline / with Alexa / on Android", "si funcionara sin conexión", "wenn es mit Alexa
# funktionieren würde" is caught by the word after it too) ...
_EXTEND: Final = word_set(
    "with on in for offline without out like as across through when at "
    "con en sin para como cuando "
    "avec sur sans hors pour comme quand "
    "mit auf ohne für wie "
    "su senza per come quando "
    "com em no na nos nas sem"
)
# German puts the verb last ("wenn die App mit Apple Pay funktionieren würde"); "also" anywhere
# ("if it also worked on iPad", "wenn sie auch offline liefe") asks for more, too.
_EXTEND_BEFORE: Final = word_set("mit auf ohne für also too auch también tambien aussi anche também tambem")
# ... unless it names the way it used to work ("like it used to", "como antes", "wie früher").
_REGRESSION: Final = word_set(
    "before used should supposed advertised promised antes avant früher vorher prima debería devrait sollte "
    "dovrebbe deveria"
)
# Other heads of a counterfactual wish: "I wish", "if only", "ojalá", "si seulement", "magari",
# "quem dera" (what is wished follows the head).
_HEADS: Final = word_set("wish only ojalá ojala seulement magari dera")
_HEAD_BEFORE: Final = {"only": "if", "seulement": "si", "dera": "quem"}
_THAT: Final = word_set("que qu che dass")
# "would be", "d be": English needs its "be" after the conditional (also read by core/idea_signals.py).
EN_WOULD: Final = word_set("would d itd thatd")
EN_BE: Final = word_set("be b")
# A wish to be answered ("would be nice to get a reply", "(it'd) be good to know what happened to
# my order", "ce serait bien d'avoir une réponse", "wäre nett, mal eine Antwort zu bekommen"):
# the answer has not come. The wish is a judgement ("nice", "bien", "nett"), not "would be happy
# to answer" (the writer offering) nor "what would be the answer" (a question).
_ANSWERS: Final = word_set(
    "reply response answer respuesta contestación contestacion réponse reponse antwort rückmeldung "
    "risposta resposta retorno"
)
_HAPPENED: Final = word_set("happened happening")
_BACK_VERBS: Final = word_set("hear heard get got call called")
_JUDGEMENTS: Final = word_set(
    "nice good great lovely awesome cool helpful ideal brilliant fantastic amazing perfect polite decent "
    "bien genial bueno buena estupendo detalle top sympa génial super parfait bon "
    "schön nett toll gut klasse prima fair "
    "bello carino ottimo utile gentile fantastico "
    "bom ótimo otimo legal bacana"
)
_ANSWER_WINDOW: Final = 9
_RECEIVED: Final = word_set(
    "a an any some get got receive received have una alguna algún recibir tener une davoir recevoir eine "
    "irgendeine ricevere avere uma alguma receber ter"
)
_ARTICLES: Final = word_set("a an the")
# "it would help if someone answered", "ça aiderait si", "aiuterebbe se", "ajudaria se",
# "ayudaría que": a wish judged useful; and "wouldn't it be nice if" asks the same wish.
_HELPS: Final = word_set("ayudaría ayudaria aiderait aiuterebbe ajudaria")
_HELP_EN: Final = word_set("would d itd thatd würde wurde")
_HELP_VERB: Final = word_set("help helfen")
_WOULDNT: Final = word_set("wouldnt wouldn")
_WISH_IF: Final = word_set("if si que wenn falls se dass qu che")
_HELP_HEADS: Final = _HELPS | _HELP_VERB | _WOULDNT
# "would be nice if your system knew I already paid": a wish that the product knew, showed or
# counted what is already so, i.e. it does not.
_KNEW: Final = word_set(
    "knew recognised recognized remembered registered noticed reflected showed counted "
    "supiera supiese reconociera registrara reflejara mostrara "
    "savait reconnaissait enregistrait affichait "
    "wüsste wüssten erkennen erkennt anzeigen anzeigt "
    "sapesse riconoscesse registrasse mostrasse "
    "soubesse reconhecesse registrasse mostrasse"
)
_ALREADY: Final = word_set("already ya déjà deja schon bereits già gia já")
# A hope for a fix ("hope you fix the app soon", "espero que arreglen", "j'espère que vous allez
# réparer ça", "hoffentlich wird das bald repariert", "spero che sistemiate", "espero que
# consertem"): what is to be fixed is broken now. Not "hope it stays fixed" (fixed now) nor a
# hope with no fix in it ("hope the new store opens soon").
_HOPES: Final = word_set(
    "hope hoping hopefully espero esperemos esperamos jespère jespere espère espere espérons esperons "
    "hoffe hoffen hoffentlich spero speriamo speravo tomara"
)
_FIXES: Final = word_set(
    "fix fixes fixing fixed repair repairs repaired resolve resolved "
    "arreglen arreglan arregle arreglar solucionen solucionan solucione solucionar reparen reparar "
    "réparer reparer répariez repariez réparez reparez corriger corrigiez régler regler régliez résoudre "
    "resoudre résolviez "
    "repariert reparieren behoben beheben gefixt fixen gelöst lösen "
    "sistemiate sistemate sistemino sistemare risolviate risolvete risolvano risolvere aggiustiate "
    "aggiustate aggiustino aggiustare riparate ripariate "
    "consertem consertar conserte resolvam resolvem resolver arrumem arrumar corrijam corrigir"
)
_STAYS: Final = word_set(
    "stay stays stayed remain remains still keep siga sigue siguen quede reste restera bleibt bleiben "
    "rimanga resti continui continue continua fique continue"
)
# "hope it isn't as slow as last time", "espero que no sea tan lenta como el año pasado": a
# failure before, feared again.
_DETERMINERS: Final = word_set("the a this that your their our new latest")
_AS: Final = word_set("as so tan aussi così cosi tão tao")
_HOPED: Final = _FIXES | _STATES
_HOPE_WINDOW: Final = 12
# "hope I get a fixed rate": no fix
_FIXED_TERMS_NEXT: Final = frozenset(
    (w,) for w in ("rate", "rates", "price", "prices", "term", "income", "fee", "fees")
)
_ANCHORS: Final = (
    _OWED
    | _OWED_PRESENT
    | _OWED_EXPECTED
    | _FAILS
    | _STATES
    | _SURELY_OWED
    | _PROBLEMS
    | _ANSWERS
    | _HAPPENED
    | {"back", "least", "once", "fin", "menos", "moins", "fois", "volta", "vez"}
    | _KNEW
    | _FIXES  # a hope for a fix has one, or a state (above)
)
_CLAUSE: Final = 12  # words of the wished clause read
_SENTENCE: Final = re.compile(r"[.!?;\n]+")


def wished_fix(norm: NormalisedText) -> bool:
    """Whether a sentence of ``norm`` wishes for what the product owes or for a failure to stop:
    a complaint said as a wish."""
    toks = norm.tokens
    if _ANCHORS.isdisjoint(toks):
        return False
    parts = [part for part in _SENTENCE.split(norm.clean) if part.strip()]
    if len(parts) <= 1:
        return _states_failure(toks)
    return any(_states_failure(normalise(part).tokens) for part in parts)


def _states_failure(toks: tuple[str, ...]) -> bool:
    if _wished_answer(toks):
        return True
    k = wish_clause(toks)
    if k < 0 and not _HELP_HEADS.isdisjoint(toks):
        k = _helpful_wish(toks)
    if k >= 0:
        clause = toks[k + 1 : k + 1 + _CLAUSE]
        return _wished_failure(clause, toks[k] in _THAT, judged=True) or _knows_already(clause)
    if not _HOPES.isdisjoint(toks) and not _HOPED.isdisjoint(toks) and _hoped_fix(toks):
        return True
    for i, tok in enumerate(toks):
        if tok in _HEADS and (tok not in _HEAD_BEFORE or (i and toks[i - 1] == _HEAD_BEFORE[tok])):
            return _wished_failure(toks[i + 1 : i + 1 + _CLAUSE], False, judged=False)
    return False


def _wished_failure(clause: tuple[str, ...], that: bool, judged: bool) -> bool:
    """What ``clause`` wishes for is the product doing what it owes, or a failure stopping
    (`judged`: the wish is a judgement, "would be nice if"; "I wish I at least had an Android"
    is the writer's own lot)."""
    said = _shown_detail_cut(clause)
    if judged and not (_SURELY_OWED.isdisjoint(said) and _PROBLEMS.isdisjoint(said)):
        return True
    if judged and any(pair in _SURELY_OWED_PAIRS for pair in pairwise(said)):
        return True
    expect = not _EXPECT.isdisjoint(said)
    for i, tok in enumerate(clause):
        if tok in _FAILS or (tok in _STATES and i and clause[i - 1] in _STATE_BEFORE):
            if not _NEGATORS.isdisjoint(clause[max(0, i - _NEG_WINDOW) : i]):
                return True
            continue
        owed = tok in _OWED or (that and tok in _OWED_PRESENT)
        if not owed and tok in _OWED_EXPECTED:
            # "if someone would answer", "if it would just work": the English "would" expects it too.
            owed = expect or (i > 0 and clause[i - 1] == "would")
        if not owed:
            continue
        if not expect and not _EXTEND_BEFORE.isdisjoint(clause):
            continue
        after = clause[i + 1 : i + 2]
        if expect or not after or after[0] not in _EXTEND or not _REGRESSION.isdisjoint(clause[i + 2 : i + 5]):
            return True
    return False


# "if the app showed where my bag actually is", "if it showed how much data I actually have":
# an expectation word inside what the product would show is about the thing shown; the wish is a
# feature (tracking, a counter), not what the product owes. "if you told us where the plane
# actually is" wishes for an answer (no display verb): unchanged.
_WH: Final = word_set(
    "where what how which when whether dónde donde qué cuánto cuanto où combien wo wie dove onde quanto"
)


def _shown_detail_cut(clause: tuple[str, ...]) -> tuple[str, ...]:
    """``clause`` up to the display verb before a wh-word, for its expectation words."""
    for i, tok in enumerate(clause[:-1]):
        if tok in _KNEW and clause[i + 1] in _WH:
            return clause[: i + 1]
    return clause


def _helpful_wish(toks: tuple[str, ...]) -> int:
    """The index of the "if"/"that" after "it would help", "aiderait", or "wouldn't it be nice";
    -1 if none."""
    for i, tok in enumerate(toks):
        if tok in _HELPS:
            j = i + 1
        elif tok in _HELP_EN and not _HELP_VERB.isdisjoint(toks[i + 1 : i + 3]):  # "would really help"
            j = i + 2 if toks[i + 1] in _HELP_VERB else i + 3
        elif tok in _WOULDNT and toks[i + 2 : i + 3] and toks[i + 2] in EN_BE:
            j = i + 4  # "wouldn't it be nice if": a judgement, then "if"
        else:
            continue
        for k in range(j, min(j + 3, len(toks))):
            if toks[k] in _WISH_IF:
                return k
    return -1


def _knows_already(clause: tuple[str, ...]) -> bool:
    """A wish that the product knew or showed what is already so."""
    return any(tok in _KNEW and not _ALREADY.isdisjoint(clause[i + 1 : i + 5]) for i, tok in enumerate(clause))


def _hoped_fix(toks: tuple[str, ...]) -> bool:
    """A hope for a fix, or that a failure of before does not come back."""
    for i, tok in enumerate(toks):
        if tok not in _HOPES:
            continue
        window = toks[i + 1 : i + 1 + _HOPE_WINDOW]
        if window[:1] == ("to",):  # "hoping to fix my bike": the writer's own plan
            continue
        if _STAYS.isdisjoint(window) and any(_a_fix(window, j) for j, w in enumerate(window) if w in _FIXES):
            return True
        for j, w in enumerate(window):
            if w in _STATES and j and window[j - 1] in _AS and not _NEGATORS.isdisjoint(window[max(0, j - 4) : j]):
                return True
    return False


def _a_fix(window: tuple[str, ...], j: int) -> bool:
    """``window[j]`` is a fix to come: not one made ("hope the fix holds") nor a "fixed rate"."""
    return (not j or window[j - 1] not in _DETERMINERS) and window[j + 1 : j + 2] not in _FIXED_TERMS_NEXT


def _wished_answer(toks: tuple[str, ...]) -> bool:
    """A judged wish ("would be nice", "be good", "sería un detalle") followed closely by an
    answer, a call back, or news of what happened to something."""
    for h, tok in enumerate(toks):
        if tok in WISH_BE:
            j = h + 1
            if tok in EN_WOULD:
                if j >= len(toks) or toks[j] not in EN_BE:
                    continue
                j += 1
        elif h == 0 and tok in EN_BE:  # "Be nice to know ...": the "it would" left out
            j = 1
        else:
            continue
        if _JUDGEMENTS.isdisjoint(toks[j : j + 3]) or (toks[j : j + 1] and toks[j] in _ARTICLES):
            continue  # "what would be a good answer?" asks
        window = toks[j : j + _ANSWER_WINDOW]
        for i, w in enumerate(window):
            # an answer received ("get a reply", "eine Antwort"), not one given ("if you could
            # answer: does it work offline?" asks)
            if w in _ANSWERS and not _RECEIVED.isdisjoint(window[max(0, i - 2) : i]):
                return True
        for a, b in pairwise(window):
            if (a in _BACK_VERBS and b == "back") or (a in _HAPPENED and b in ("to", "with")):
                return True
    return False


# A negated wish ("no quiero llevarme un susto en la factura", "je ne veux pas de frais") is no
# unmet expectation: the negator and the verb of wanting, in either order.
_WANTING = frozenset(
    {"quiero", "queremos", "quero", "veux", "voulons", "voudrais", "will", "möchte", "wollen"}
    | {"voglio", "vogliamo", "vorrei"}
)


def only_wishes_negated(toks: tuple[str, ...], negators: frozenset[str]) -> bool:
    """Every negator in ``toks`` negates a wish (next to a verb of wanting)."""
    found = False
    for i, tok in enumerate(toks):
        if tok in negators:
            if not ((i + 1 < len(toks) and toks[i + 1] in _WANTING) or (i and toks[i - 1] in _WANTING)):
                return False
            found = True
    return found
