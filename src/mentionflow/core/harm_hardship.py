"""Financial hardship from a frozen account, in en/es/fr/de/it/pt: a vulnerable customer.

A blocked or frozen account, card or salary that leaves someone without heating, food, medicine,
baby milk or the rent ("conto bloccato ... non riesce a pagare il gas", "cuenta congelada, no
puedo comprar comida", "Konto gesperrt, keine Heizung") makes the customer a vulnerable one: a
safety case for a person, not a routine account query. Both halves are needed, each tied to
its own words: a freeze next to something that holds money (not "the app froze", not "stuck at
the station"), and an essential next to a lack, an inability or a cut-off (not "the heating in
the office is broken"). A freeze alone ("my account is frozen") is an ordinary complaint, and
so is a resolved story ("thanks for unfreezing it"). `detect_harm` reaches `frozen_out_of_essentials`
through `statement_kind` (core/harm_statements.py) after one C-level set test on ANCHORS.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_idioms import DISABLED_CONTEXT
from mentionflow.core.harm_lexicon import LEXICON, words

# Frozen, blocked, suspended, closed: said of an account, a card or money.
FROZEN = frozenset(
    words(
        "frozen froze freeze freezing blocked block blocking locked suspended restricted closed "
        "bloqueada bloqueado bloqueadas bloqueados bloquearon bloqueasteis congelada congelado congelaron "
        "suspendida suspendido retenido retenida retenidos cerraron cerrada "
        "bloqué bloquée bloqués bloquées gelé gelée gelés suspendu suspendue fermé fermée clôturé clôturée "
        "gesperrt gesperrte gesperrten gesperrtes sperrt sperrten eingefroren gekündigt "
        "bloccato bloccata bloccati bloccate bloccano congelato congelata sospeso sospesa chiuso chiusa "
        "bloquearam congelaram suspensa suspenso retido retida encerrada encerrado"
    )
)
# One-word forms: "Kontosperre", "Kartensperrung".
_FROZEN_COMPOUNDS = frozenset(words("kontosperre kontosperrung kontosperrungen kartensperre kartensperrung"))
# What holds the customer's money.
_HOLDERS = frozenset(
    words(
        "account accounts card cards money funds wages salary pension benefits savings "
        "cuenta cuentas tarjeta tarjetas dinero fondos sueldo nómina nomina pensión pension ahorros "
        "compte comptes carte cartes argent salaire retraite "
        "konto konten karte karten geld gehalt lohn rente ersparnisse "
        "conto conti carta carte soldi fondi stipendio pensione risparmi "
        "conta contas cartão cartao dinheiro salário salario pensão pensao reforma poupança"
    )
)
# "No access to my money": only money itself, not an account (a login problem is no freeze).
_ACCESS = frozenset(words("access acceso accès acces zugriff zugang accesso acesso"))
_MONEY = frozenset(
    words(
        "money funds wages salary dinero fondos sueldo argent dargent largent salaire geld gehalt soldi stipendio "
        "dinheiro salário"
    )
)
_FREEZE_WINDOW = 5

_ESSENTIAL_WORDS = frozenset(
    words(
        "heating heat gas electricity food groceries rent mortgage medicine medicines medication meds "
        "prescription prescriptions insulin formula nappies diapers eat "
        "calefacción calefaccion luz comida alquiler hipoteca medicinas medicamentos medicina receta "
        "insulina leche pañales panales comer "
        "chauffage gaz électricité electricite courses nourriture loyer médicaments medicaments ordonnance "
        "insuline lait couches manger "
        "heizung strom essen lebensmittel miete medikamente insulin rezept babynahrung windeln "
        "riscaldamento luce cibo spesa mangiare affitto farmaci medicine medicinali insulina latte pannolini mutuo "
        "aquecimento gás comida aluguel aluguer renda remédios remedios medicamentos fraldas leite"
    )
)
# French and Italian elide the article before a vowel: "lélectricité", "laffitto", "dellaffitto".
_ELISIONS = ("l", "d", "dell", "all", "nell")
ESSENTIALS = _ESSENTIAL_WORDS | frozenset(p + w for w in _ESSENTIAL_WORDS if w[:1] in "aeiouéè" for p in _ELISIONS)
# A lack said right before the essential ("no heating", "sin calefacción", "sans chauffage",
# "keine Heizung", "senza farmaci", "sem leite"), or before money for it ("no money for food",
# "kein Geld für Essen", "sem dinheiro para comida").
_WITHOUT = frozenset(
    words("no without nothing sin nada ni sans pas plus rien ohne kein keine keinen nichts senza niente sem nem")
)
# Between the lack and the essential, at most an article or a possessive ("pas de chauffage",
# "no my meds"), not a word of its own ("ohne Grund. Miete kann warten").
_FILLERS = frozenset(
    words(
        "de di da do du des del della dello dei la le il lo el los las o a os as the my our his her their any "
        "mi mis su sus mon ma mes son sa ses notre mein meine meinen seine ihre unsere mio mia suo sua "
        "meu minha seu nosso nossa"
    )
)
_MONEY_FOR_WINDOW = 4
# An inability to pay or buy it: a negation shortly before the verb, the verb shortly before the
# essential ("can't pay my rent", "non riesce a pagare il gas", "je ne peux pas payer le loyer",
# "não consigo comprar comida"); not a lack anywhere in the text ("ohne Grund gesperrt. Miete ...").
_PAY = frozenset(
    words(
        "pay buy afford get feed heat pagar comprar payer acheter bezahlen zahlen kaufen leisten "
        "pagare comprare permettermi permetterci"
    )
)
# (English contractions lose their apostrophe: "hasn't been able to pay for his heating" -> "hasnt")
_NEGATION = frozenset(
    words("no not cant cannot unable couldnt hasnt havent hadnt wasnt ni pas ne non não nao nem nicht kein keine")
)
_PAY_WINDOW = 3
_NEGATION_WINDOW = 4
# German puts the negation after the object: "ich kann die Miete nicht zahlen".
_LACK_AFTER = frozenset(words("nicht"))
_LACK_AFTER_WINDOW = 2
# Cut off: "le hanno staccato il riscaldamento", "cortaron la luz", "Strom abgestellt".
_CUT = frozenset(
    words(
        "cut disconnected shut cortado cortada cortaron cortaram coupé coupée coupés coupé "
        "abgestellt abgeschaltet abgedreht staccato staccata staccati tagliato tagliata tagliati desligado desligada "
        # gone off: "the heating has gone off", "calefacción apagada", "Heizung ausgefallen"
        "off apagada apagado éteint éteinte ausgefallen spento spenta"
    )
)
_CUT_WINDOW = 3
# A resolved story: the freeze is over ("thanks for unfreezing my account, we had no heating").
_RESOLVED = frozenset(
    words(
        "unfrozen unfroze unfreezing unblocked unblocking unlocked reopened desbloqueada desbloqueado "
        "desbloquearon débloqué débloquée entsperrt freigeschaltet sbloccato sbloccata desbloquearam "
        "resolved sorted solucionado resuelto résolu réglé gelöst risolto resolvido"
    )
)

ANCHORS = FROZEN | _FROZEN_COMPOUNDS | _ACCESS


def _frozen_money(toks: tuple[str, ...]) -> bool:
    """A freeze said of an account, a card or money ("conto bloccato", "blocked my card"), or no
    access to one's money."""
    if not _FROZEN_COMPOUNDS.isdisjoint(toks):
        return True
    for i, t in enumerate(toks):
        near = toks[max(0, i - _FREEZE_WINDOW) : i + _FREEZE_WINDOW + 1]
        if (t in FROZEN and not _HOLDERS.isdisjoint(near)) or (t in _ACCESS and not _MONEY.isdisjoint(near)):
            return True
    return False


def _unable_to_pay(toks: tuple[str, ...], i: int) -> bool:
    for j in range(max(0, i - _PAY_WINDOW), i):
        if toks[j] in _PAY and not _NEGATION.isdisjoint(toks[max(0, j - _NEGATION_WINDOW) : j]):
            return True
    return False


def _deprived(toks: tuple[str, ...]) -> bool:
    """An essential the customer lacks, cannot pay for, or has had cut off."""
    for i, t in enumerate(toks):
        if t not in ESSENTIALS:
            continue
        before = toks[max(0, i - _MONEY_FOR_WINDOW) : i]
        if before and (
            before[-1] in _WITHOUT or (len(before) > 1 and before[-2] in _WITHOUT and before[-1] in _FILLERS)
        ):
            return True
        if not _WITHOUT.isdisjoint(before) and not _MONEY.isdisjoint(before):
            return True
        if _unable_to_pay(toks, i) or not _LACK_AFTER.isdisjoint(toks[i + 1 : i + 1 + _LACK_AFTER_WINDOW]):
            return True
        if not _CUT.isdisjoint(toks[max(0, i - _CUT_WINDOW) : i + _CUT_WINDOW + 1]):
            return True
    return False


def frozen_out_of_essentials(toks: tuple[str, ...]) -> bool:
    """A frozen account (card, wages) and an essential the customer is without because of it, or a
    frail person's card frozen while they need their medicine now."""
    if not _RESOLVED.isdisjoint(toks) or not _frozen_money(toks):
        return False
    if not ESSENTIALS.isdisjoint(toks) and _deprived(toks):
        return True
    return (_frail_present(toks) or _old_age(toks)) and _medicine_needed(toks)


# A frail person's card frozen while they need medicine ("Mein Vater (86, Demenz) steht in der Apotheke
# und die Karte ist gesperrt. Er braucht seine Herztabletten"): waiting is no option for them.
_MEDICINE = frozenset(
    words(
        "medicine medicines medication meds prescription insulin tablets pills inhaler "
        "medicinas medicamentos medicina receta insulina pastillas "
        "médicaments medicaments ordonnance insuline comprimés "
        "medikamente medikament rezept insulin tabletten "
        "farmaci medicine medicinali insulina pastiglie compresse ricetta "
        "remédios remedios medicamentos insulina comprimidos receita"
    )
)
_MEDICINE_ENDINGS = ("tabletten", "medikamente", "medikament", "insulin")  # "Herztabletten", "Blutdruckmedikamente"
_PHARMACY = frozenset(words("pharmacy chemist chemists farmacia pharmacie apotheke farmácia farmacia"))
_NEED = frozenset(
    words(
        "need needs needed necesita necesito necesitan besoin braucht brauche brauchen benötigt "
        "bisogno serve servono precisa preciso precisam"
    )
)


_KIN = frozenset(
    words(
        "mum mom mother dad father mama papa madre padre mamá papá mère père maman mutter vater mamma papà mãe pai "
        "aunt uncle neighbour tía tío tante onkel zia zio tia tio"
    )
)
_YEARS = frozenset(words("years yrs yo años ans jahre anni anos"))
_OLD: Final = range(75, 111)


def _old_age(toks: tuple[str, ...]) -> bool:
    """An elderly age after a relative or before a years word: "my mum (84)", "Vater, 86", "88 años"."""
    return any(
        t.isdigit()
        and int(t) in _OLD
        and (not _KIN.isdisjoint(toks[max(0, i - 2) : i]) or not _YEARS.isdisjoint(toks[i + 1 : i + 2]))
        for i, t in enumerate(toks)
    )


def _medicine_needed(toks: tuple[str, ...]) -> bool:
    """Medicine needed (or the person stuck at the pharmacy): "he needs his tablets today"."""
    if not _PHARMACY.isdisjoint(toks):
        return True
    meds = any(t in _MEDICINE or t.endswith(_MEDICINE_ENDINGS) for t in toks)
    return meds and not _NEED.isdisjoint(toks)


# Who cannot simply wait in the cold or without food: an elderly, disabled, housebound or pregnant
# person, or a baby ("disabled" only as a person's: "I'm disabled", not "you disabled my card").
_FRAIL = (frozenset(LEXICON["elderly"] + LEXICON["disability"] + LEXICON["pregnancy"]) - {"disabled"}) | frozenset(
    words(
        "nans grans grannys grandmas housebound bedbound bedridden baby babies newborn infant "
        "postrado postrada encamado encamada bebé bebe recién nacido alité alitée grabataire bébé nourrisson "
        "bettlägerig pflegebedürftig säugling neugeborenes allettato allettata neonato acamado acamada recém nascido"
    )
)
VULNERABLE_ANCHORS = _FRAIL | {"disabled"}


def _frail_present(toks: tuple[str, ...]) -> bool:
    if not _FRAIL.isdisjoint(toks):
        return True
    return any(t == "disabled" and i and toks[i - 1] in DISABLED_CONTEXT for i, t in enumerate(toks))


# Heat and power: without them a frail person is in danger within hours. (Baby milk or nappies
# missing from a delivery are missing items: "pas de lait bébé dans la commande".)
WARMTH = frozenset(
    words(
        "heating heat gas electricity power calefacción calefaccion luz chauffage gaz électricité electricite "
        "lélectricité heizung strom riscaldamento luce aquecimento gás energia"
    )
)


def frail_without_essentials(toks: tuple[str, ...]) -> bool:
    """A frail person (elderly, disabled, housebound, pregnant, a baby) left without heating or
    power, or with it cut off, whatever caused it ("I'm housebound and the heating has gone off",
    "mi abuela de 90 años sin calefacción"): a vulnerable customer, not a billing query."""
    return not WARMTH.isdisjoint(toks) and _RESOLVED.isdisjoint(toks) and _frail_present(toks) and _deprived(toks)
