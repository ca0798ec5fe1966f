"""Medication refused and the customer's health paid for it, in en/es/fr/de/it/pt.

"you refused my insulin pen at the gate even with the doctor's letter, I had to go to hospital", "me
negaron la insulina en el control y acabé en urgencias", "on m'a refusé mon inhalateur, j'ai fait un
malaise": a medicine kept from the customer and a health consequence after it (a hospital, a
collapse, a hypo). Each part alone is everyday (a refused refund, a trip to hospital on holiday);
together they are health harm. A refusal with no consequence ("security refused my inhaler so I
bought another one") stays a complaint for the model to weigh.
"""

from __future__ import annotations

from mentionflow.core.harm_lexicon import words

REFUSED = frozenset(
    words(
        "refused refuse refusing denied deny wouldnt "
        "negaron negó nego negado negada rechazaron rechazado rechazada prohibieron "
        "refusé refusée refusait refusent interdit interdite "
        "verweigert verweigerte verweigerten abgelehnt verboten "
        "rifiutato rifiutata rifiutati negato negata vietato vietata "
        "recusaram recusou recusado recusada negaram negou proibiram"
    )
)
_MEDS = frozenset(
    words(
        "insulin insulina insuline epipen epipens adrenaline adrenalina adrenalin inhaler inhalador inhalateur "
        "inhalator inalatore inalador oxygen oxígeno oxigeno oxygène sauerstoff ossigeno oxigénio oxigênio "
        "medication medications medicine medicines meds pills tablets prescription "
        "medicación medicamento medicamentos medicina pastillas "
        "médicament médicaments traitement "
        "medikament medikamente medizin tabletten "
        "farmaco farmaci medicinale medicinali medicina pastiglie "
        "medicação remédio remédios comprimidos"
    )
)
_MED_STEMS = ("insulin", "medikament", "sauerstoff")  # German compounds: "Insulinpen", "Medikamententasche"
_HURT = frozenset(
    words(
        "hospital hospitalised hospitalized ambulance paramedics collapsed fainted hypo seizure "
        "hospitalizada hospitalizado urgencias ambulancia desmayé desmayó colapsé hipoglucemia convulsión "
        "hôpital hopital urgences ambulance évanoui évanouie malaise hypoglycémie hypo "
        "krankenhaus notaufnahme klinik rettungswagen krankenwagen notarzt zusammengebrochen ohnmächtig "
        "unterzuckerung unterzucker "
        "ospedale ricoverato ricoverata ambulanza svenuto svenuta collassato ipoglicemia "
        "urgência urgências ambulância desmaiei desmaiou hipoglicemia internado internada"
    )
)
# French and Italian elide the article into the word: "l'insuline", "à l'hôpital", "all'ospedale".
_ELIDED = ("", "l", "d", "all", "dall", "nell")
_MEDS_ANY = frozenset(p + w for w in _MEDS for p in _ELIDED)
_HURT_ANY = frozenset(p + w for w in _HURT for p in _ELIDED)
_MED_WINDOW = 6
_NOT_AGENT = 2  # "the hospital refused my meds" is who refused, not what followed


def _med_at(t: str) -> bool:
    return t in _MEDS_ANY or (len(t) > 8 and t.startswith(_MED_STEMS))


def meds_refused_hurt(toks: tuple[str, ...]) -> bool:
    """A medicine refused to the customer and a health consequence after the refusal."""
    for j, t in enumerate(toks):
        if t not in REFUSED or not any(_med_at(k) for k in toks[max(0, j - _MED_WINDOW) : j + 1 + _MED_WINDOW]):
            continue
        if not _HURT_ANY.isdisjoint(toks[j + 1 :]) or not _HURT_ANY.isdisjoint(toks[: max(0, j - _NOT_AGENT)]):
            return True
    return False
