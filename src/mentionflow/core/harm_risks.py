"""Safety risks told without a harm word, never left to the harm model, in en/es/fr/de/it/pt.

Four kinds of report that the concept lexicons miss because each word alone is everyday:

* **Location stalking**: an ex-partner (or an abuser, a stalker) who sees where the customer is, turns
  up wherever they go, tracks their phone: "my ex keeps showing up wherever I go, I think he sees
  my location on the family plan". A personal-safety case, handled privately.
* **A credential asked for in a message**: an SMS, a text, an email or a DM that asked for a PIN, a
  code or a login, told as something that happened ("got a text asking for my PIN", "recebeu um SMS
  a pedir o PIN e respondeu", "they DM'd me asking for my bank login"): phishing or an impostor
  account. Fraud.
* **A SIM taken over**: the SIM "duplicated" or "cloned" by them (a third-person verb is the someone
  else), or a SIM that died while the bank password was changed: SIM-swap fraud, severe.
* **Critical medication or a medical device taken away**: insulin, an adrenaline pen, an oxygen
  concentrator confiscated at security or sent to the hold: a health risk.

Also a message saying the account is locked with a link to follow (core/harm_lockout.py), a
medicine refused with a hospital after it (core/harm_refusals.py), a body part caught, cut or burnt
(core/harm_bodily.py) and a hospital that could not be reached (core/harm_blocked.py).

`risk_statement()` is None for almost every mention after one C-level set test.
"""

from __future__ import annotations

import re
from itertools import pairwise

from mentionflow.core.harm_ages import AGE_TOKENS, AGE_VERBS, said_ages
from mentionflow.core.harm_alarms import ALARM_ANCHORS, alarm_down
from mentionflow.core.harm_animals import ANIMAL_ANCHORS, animal_in_trouble
from mentionflow.core.harm_blocked import CARE_ANCHORS as _CARE
from mentionflow.core.harm_blocked import care_blocked
from mentionflow.core.harm_bodily import ANCHORS as _BODY
from mentionflow.core.harm_bodily import body_part_hurt
from mentionflow.core.harm_cc_leak import CC_ANCHORS, cc_leak
from mentionflow.core.harm_fake_help import FAKE_HELP_ANCHORS, fake_help_took
from mentionflow.core.harm_handover import (
    READ_OUT_ANCHORS,
    SECRET_LOSS_ANCHORS,
    read_out_to_caller,
    secret_and_money_gone,
)
from mentionflow.core.harm_hypo import LOW_SUGAR_ANCHORS, low_sugar_now
from mentionflow.core.harm_impostor import CALL_ANCHORS, impostor_call_paid
from mentionflow.core.harm_intrusions import ANCHORS as _INTRUSION_ANCHORS
from mentionflow.core.harm_intrusions import intrusion_statement
from mentionflow.core.harm_lexicon import words
from mentionflow.core.harm_lockout import MESSAGES, lockout_lure
from mentionflow.core.harm_refusals import REFUSED, meds_refused_hurt
from mentionflow.core.harm_stalker_now import abuser_at_hand
from mentionflow.core.harm_underage import RESTRICTED, underage_handover
from mentionflow.core.harm_undercooked import MEATS, undercooked_and_ill

# -- location stalking ----------------------------------------------------------------------------

_POSSESSIVE = frozenset(words("my mi mon ma mein meine meinen meinem il la mio mia o a meu minha her his"))
# "ex" alone, or fused with the partner word ("expareja", "exmarido", "ex-mari" tokenised apart).
_EX = frozenset(
    words(
        "ex expartner exboyfriend exgirlfriend exhusband exwife expareja exnovio exnovia exmarido exmujer exesposo "
        "exesposa exfreund exfreundin exmann exfrau exmari exfemme excompagnon excompagne exfidanzato exfidanzata "
        "exmarito exmoglie exnamorado exnamorada"
    )
)
_ABUSER = frozenset(
    words(
        "stalker stalkers abuser abusive maltratador agresor acosador harceleur harceleuse gewalttätiger "
        "stalkerin stalkerato persecutor perseguidor agressor"
    )
)
# Where the customer is, and someone seeing it or following them there.
_WHEREABOUTS = frozenset(
    words(
        "location locations whereabouts wherever gps stalking stalks stalked "
        "ubicación ubicacion localización localizacion dondequiera "
        "localisation géolocalisation geolocalisation "
        "standort standorte aufenthaltsort geortet ortet orten ortung "
        "posizione localizzazione geolocalizzazione ovunque "
        "localização localizacao "
        # The address an ex was given: "gave my new address to my ex", "le dio mi dirección a mi ex".
        "address dirección direccion domicilio adresse anschrift wohnadresse indirizzo endereço morada"
    )
)
# Tracking the writer: "tracks me", "tracking my phone", "me rastrea", "me traque", "verfolgt mich",
# "mi traccia", "me rastreia" (not "the tracking on my parcel").
_TRACKS = frozenset(
    words(
        "track tracks tracking tracked follows following followed rastrea rastreando rastreó siguiendo persigue "
        "traque traquer piste suit suivre verfolgt verfolgen ortet überwacht traccia rintraccia segue seguendo "
        "rastreia rastreando"
    )
)
_ME = frozenset(words("me moi mich mi mir"))  # the writer as the object: "tracks me", "mi traccia"
_PHONE = frozenset(words("phone mobile móvil movil celular téléphone portable handy telefono telemóvel telefone"))
# "keeps turning up", "shows up everywhere", "always knows where I am": present without an appointment.
_TURNS_UP = frozenset(
    [
        ("turning", "up"),
        ("turns", "up"),
        ("turned", "up"),
        ("showing", "up"),
        ("shows", "up"),
        ("showed", "up"),
        ("aparece", "donde"),
        ("aparece", "dondequiera"),
        ("aparece", "onde"),
        ("apparaît", "partout"),
        ("débarque", "partout"),
        ("taucht", "überall"),
        ("compare", "ovunque"),
        ("si", "presenta"),
        ("knows", "where"),
        ("sabe", "dónde"),
        ("sabe", "donde"),
        ("sait", "où"),
        ("weiß", "wo"),
        ("sa", "dove"),
        ("sabe", "onde"),
    ]
)
_EX_WINDOW = 24


def _ex_at(toks: tuple[str, ...], i: int) -> bool:
    t = toks[i]
    if t in _ABUSER:
        return True
    return t in _EX and i > 0 and toks[i - 1] in _POSSESSIVE


# Control of the customer's account or phone ("still has access to my account", "sigue teniendo acceso"),
# a risk when the text also tells of abuse or fear ("me maltrataba", "I'm scared of him").
_ACCESS = frozenset(words("access acceso accès acces zugriff zugang accesso acesso"))
_ABUSE_OR_FEAR = _ABUSER | frozenset(
    words(
        "abused abuse abusing violent violence scared afraid frightened terrified "
        "maltrataba maltrató maltrato maltratada violento violenta violencia miedo asustada asustado "
        "violent violente violence battue peur terrorisée "
        "gewalttätig gewalt geschlagen angst "
        "violento violenta violenza maltrattava maltrattata picchiava paura "
        "violência agredia batia medo"
    )
)


def stalked(toks: tuple[str, ...]) -> bool:
    """An ex-partner or an abuser who knows where the customer is or follows them there."""
    exes = [i for i, t in enumerate(toks) if (t in _EX or t in _ABUSER) and _ex_at(toks, i)]
    if not exes:
        return False
    for j, t in enumerate(toks):
        near = any(abs(j - i) <= _EX_WINDOW for i in exes)
        if not near:
            continue
        if t in _WHEREABOUTS or (j + 1 < len(toks) and (t, toks[j + 1]) in _TURNS_UP):
            return True
        if t in _ACCESS and not _ABUSE_OR_FEAR.isdisjoint(toks):
            return True
        if t in _TRACKS and not (
            _ME.isdisjoint(toks[max(0, j - 1) : j + 3]) and _PHONE.isdisjoint(toks[j + 1 : j + 4])
        ):
            return True
    return False


# -- a credential asked for in a message -------------------------------------------------------------

_MESSAGE = frozenset(
    words(
        "sms smss text texts txt email emails mail mails dm dms dmd whatsapp telegram message messages "
        "mensaje mensajes correo correos mensagem mensagens nachricht nachrichten messaggio messaggi "
        "messaged texted"
    )
)
# Asking for it, in every form a message is told with ("a pedir", "asking for", "en demandant").
_ASKS = frozenset(
    words(
        "asking asked asks ask requesting requested wanting wanted "
        "pidiendo pidió pidieron pedía pedían pide piden pedir solicitando solicitaba "
        "demandant demandait demandé demandée demander réclamant "
        "fragt fragte fragten gefragt verlangt verlangte verlangten fordert forderte fordern "
        "chiedendo chiedeva chiesto chiede chiedono chiedere richiedendo "
        "pedindo pediu pediram pedia pediam solicitando"
    )
)
_SECRETS = frozenset(
    words(
        "pin pins otp passcode password passwords login logins cvv cvc "
        "clave claves contraseña contraseñas código códigos codigo codigos "
        "identifiants passe "
        "passwort passwörter tan tans zugangsdaten "
        "codice codici "
        "senha senhas código"
    )
)
# That it happened: the message came, or was answered, or money left after it.
_HAPPENED = frozenset(
    words(
        "got get received receive recibí recibió recibimos llegó llegaron llega llegan reçu reçoit recu "
        "bekommen bekam erhalten erhielt ricevuto ricevuta riceve arrivato arrivata recebi recebeu recebemos "
        "chegou chegaram dmd messaged texted wrote contacted escribió escribieron contactó contactaron écrit "
        "contacté contactée schrieb geschrieben kontaktiert scritto contattato contattata escreveu escreveram "
        "contactou "
        "replied answered responded respondí respondió contesté contestó répondu geantwortet risposto "
        "respondi respondeu"
    )
)
_ASK_WINDOW = 8
_SECRET_WINDOW = 6


def secret_asked_in_message(toks: tuple[str, ...]) -> bool:
    """A message that asked for a PIN, a code or a login, told as an event."""
    if _MESSAGE.isdisjoint(toks) or _HAPPENED.isdisjoint(toks):
        return False
    msgs = [i for i, t in enumerate(toks) if t in _MESSAGE]
    for j, t in enumerate(toks):
        if t not in _ASKS or not any(0 <= j - i <= _ASK_WINDOW for i in msgs):
            continue
        if not _SECRETS.isdisjoint(toks[max(0, j - _SECRET_WINDOW) : j + 1 + _SECRET_WINDOW]):
            return True
    return False


# A look-alike account: "is @NimbusHeIpDesk really you?", "@Brightbank_Care es oficial?", "@X c'est vous ?",
# "ist @X echt?", "@X siete voi?", "@X são vocês?", asked after it contacted the customer and asked
# for something (a payment, a link, details). The second handle is the account in doubt.
_GENUINE = frozenset(
    words(
        "legit legitimate real really genuine official actually "
        "oficial oficiales real reales verdadera verdadero vosotros ustedes legítima legitima "
        "officiel officielle vraiment vous "
        "echt offiziell wirklich ihr "
        "ufficiale ufficiali davvero voi vero "
        "oficial verdadeira verdadeiro mesmo vocês voces"
    )
)
_CONTACTED_ME = frozenset(
    words(
        "dm dms dmd messaged texted wrote contacted replied inbox "
        "escribió escribieron contactó contactaron respondió privado md "
        "écrit contacté contactée répondu mp "
        "geschrieben schrieb kontaktiert antwortete pn "
        "scritto contattato contattata risposto privato "
        "escreveu contactou contatou respondeu privado"
    )
)
_WANTS = (
    _ASKS
    | _SECRETS
    | frozenset(
        words(
            "pay paying fee link details card refund verify confirm "
            "pagar pago enlace datos tarjeta reembolso verificar confirmar "
            "payer frais lien données carte remboursement vérifier confirmer "
            "zahlen gebühr daten karte erstattung bestätigen "
            "pagare commissione dati carta rimborso verificare confermare "
            "taxa dados cartão reembolso"
        )
    )
)
_HANDLE = "<user>"


def impostor_account(toks: tuple[str, ...], clean: str) -> bool:
    """A customer asks whether another account that contacted them and asked for something is the brand."""
    return (
        clean.count(_HANDLE) >= 2
        and not _GENUINE.isdisjoint(toks)
        and not _CONTACTED_ME.isdisjoint(toks)
        and not _WANTS.isdisjoint(toks)
        and "?" in clean
    )


# -- a SIM taken over ------------------------------------------------------------------------------

_SIM = frozenset(words("sim sims chip simkarte esim"))
# A third-person verb of copying is the someone else: "me duplicaron la SIM", "ils ont dupliqué",
# "hanno clonato la mia SIM", "clonaram o meu chip".
_COPIED_BY_THEM = frozenset(
    words(
        "duplicaron clonaron duplicated cloned dupliqué dupliquée cloné clonée dupliziert geklont "
        "duplicato duplicata clonato clonata duplicaram clonaram"
    )
)
# Who copied it: a subject, or a verb that is third person by itself ("duplicaron", "clonaram").
_THEY = frozenset(
    words(
        "they someone somebody ils on quelquun ont jemand hanno qualcuno alguien alguém "
        "duplicaron clonaron duplicaram clonaram"
    )
)
_SIM_DEAD = frozenset(
    [
        ("stopped", "working"),
        ("no", "signal"),
        ("no", "service"),
        ("de", "funcionar"),
        ("sin", "señal"),
        ("sin", "servicio"),
        ("sin", "línea"),
        ("plus", "de"),
        ("mehr", "netz"),
        ("kein", "netz"),
        ("keinen", "empfang"),
        ("kein", "empfang"),
        ("più", "funziona"),
        ("senza", "linea"),
        ("senza", "segnale"),
        ("sem", "sinal"),
        ("sem", "rede"),
    ]
)
_CHANGED = frozenset(
    words(
        "changed reset cambiaron cambió cambiado modificaron modifié modifiée changé réinitialisé geändert "
        "zurückgesetzt cambiata cambiato modificata modificato resettata alteraram alterada alterado trocaram "
        "mudaram"
    )
)
_BANKING = frozenset(words("bank banking banco banque bankkonto onlinebanking banca conta cuenta account compte konto"))
_SIM_NEAR = 4


def sim_taken(toks: tuple[str, ...]) -> bool:
    """SIM-swap fraud: the SIM copied by someone else, or dead while the bank password changed."""
    for i in (i for i, t in enumerate(toks) if t in _SIM):
        near = toks[max(0, i - _SIM_NEAR) : i + _SIM_NEAR + 1]
        if not _COPIED_BY_THEM.isdisjoint(near) and not _THEY.isdisjoint(toks[max(0, i - _SIM_NEAR - 2) : i + 1]):
            return True
    if _CHANGED.isdisjoint(toks) or _SECRETS.isdisjoint(toks) or _BANKING.isdisjoint(toks):
        return False
    # The line went dead and the bank password was changed, not by the writer ("I had to reset it").
    changed_by_them = any(t in _CHANGED and _WRITER.isdisjoint(toks[max(0, j - 3) : j]) for j, t in enumerate(toks))
    return changed_by_them and not _SIM_DEAD.isdisjoint(pairwise(toks))


# -- critical medication or a medical device taken away ---------------------------------------------

_MEDS = frozenset(
    words(
        "insulin insulina insuline epipen epipens adrenaline adrenalina adrenalin inhaler inhalador "
        "inhalateur inhalator inalatore inalador cpap concentrator concentrador concentrateur konzentrator "
        "concentratore oxygen oxígeno oxigeno oxygène sauerstoff ossigeno oxigénio oxigênio"
    )
)
_MED_STEMS = ("insulin", "sauerstoff")  # German compounds: "Insulintasche", "Sauerstoffgerät"
_TAKEN = frozenset(
    words(
        "confiscated confiscate taken took removed seized "
        "confiscaron confiscado confiscada quitaron quitado quitada retiraron retirado retirada requisaron "
        "confisqué confisquée confisqués retiré retirée enlevé enlevée pris prise "
        "weggenommen abgenommen beschlagnahmt konfisziert eingezogen "
        "confiscato confiscata sequestrato sequestrata tolto tolta tolti ritirato ritirata "
        "confiscaram confiscado confiscada tiraram tirado tirada retiraram apreenderam apreendido apreendida"
    )
)
# Who did the taking is not the writer: "I took my insulin" is a dose, "was taken", "they took" are not.
_WRITER = frozenset(words("i ive id yo je jai ich io eu"))
# German "abgenommen" is also "lost weight" and "picked up the phone": only "mir/uns ... abgenommen".
_DATIVE = frozenset(words("mir uns ihm ihr"))
_MED_WINDOW = 8


def _med_at(t: str, lang: str | None) -> bool:
    return t in _MEDS or (lang == "de" and len(t) > 8 and any(s in t for s in _MED_STEMS))


def meds_taken_away(toks: tuple[str, ...], lang: str | None) -> bool:
    """Critical medication or a medical device taken from the customer (security, the gate, staff)."""
    takes = [
        j
        for j, t in enumerate(toks)
        if t in _TAKEN
        and _WRITER.isdisjoint(toks[max(0, j - 3) : j])
        and (t != "abgenommen" or not _DATIVE.isdisjoint(toks[max(0, j - 6) : j]))
    ]
    if not takes:
        return False
    return any(
        _med_at(toks[k], lang) for j in takes for k in range(max(0, j - _MED_WINDOW), min(len(toks), j + _MED_WINDOW))
    )


ANCHORS = (
    _EX
    | _ABUSER
    | _MESSAGE
    | _SIM
    | _TAKEN
    | _CHANGED
    | _CONTACTED_ME
    | CALL_ANCHORS
    | _INTRUSION_ANCHORS
    | MESSAGES
    | REFUSED
    | _BODY
    | _CARE
    | READ_OUT_ANCHORS
    | ALARM_ANCHORS
    | CC_ANCHORS
    | RESTRICTED
    | MEATS
    | LOW_SUGAR_ANCHORS
    | ANIMAL_ANCHORS
    | SECRET_LOSS_ANCHORS
    | FAKE_HELP_ANCHORS
)


def risk_statement(
    toks: tuple[str, ...], clean: str, lang: str | None, brand_known: bool = True, handles: tuple[str, ...] = ()
) -> tuple[str, bool] | None:
    """(harm kind, certainly severe) of a risk told without a harm word, or None. `brand_known` or a
    real @handle: the mention is addressed to a brand (a cut finger addressed to no one is chatter)."""
    if ANCHORS.isdisjoint(toks):
        return None
    if not _CONTACTED_ME.isdisjoint(toks) and impostor_account(toks, clean):
        return "fraud", False
    if not CALL_ANCHORS.isdisjoint(toks) and impostor_call_paid(toks):  # core/harm_impostor.py
        return "fraud", True
    if not READ_OUT_ANCHORS.isdisjoint(toks) and read_out_to_caller(toks):  # core/harm_handover.py
        return "fraud", True
    if not SECRET_LOSS_ANCHORS.isdisjoint(toks) and secret_and_money_gone(toks):  # core/harm_handover.py
        return "fraud", True
    if not FAKE_HELP_ANCHORS.isdisjoint(toks) and fake_help_took(toks, clean, handles):  # core/harm_fake_help.py
        return "fraud", False
    if not (_SIM.isdisjoint(toks) and _CHANGED.isdisjoint(toks)) and sim_taken(toks):
        return "fraud", True
    if not _MESSAGE.isdisjoint(toks) and secret_asked_in_message(toks):
        return "fraud", False
    if not (_EX.isdisjoint(toks) and _ABUSER.isdisjoint(toks)) and stalked(toks):
        return "physical_safety", abuser_at_hand(toks)  # severe when at hand: core/harm_stalker_now.py
    if not _TAKEN.isdisjoint(toks) and meds_taken_away(toks, lang):
        return "health", False
    if not LOW_SUGAR_ANCHORS.isdisjoint(toks) and low_sugar_now(toks):  # core/harm_hypo.py
        return "health", False
    if not MESSAGES.isdisjoint(toks) and lockout_lure(toks):  # core/harm_lockout.py
        return "fraud", False
    if not REFUSED.isdisjoint(toks) and meds_refused_hurt(toks):  # and a hospital after it: core/harm_refusals.py
        return "health", True
    addressed = brand_known or any(h.lower() != "user" for h in handles)  # "@user": the anonymised placeholder
    if addressed and not _BODY.isdisjoint(toks) and body_part_hurt(toks, lang):  # core/harm_bodily.py
        return "physical_safety", True
    if not _CARE.isdisjoint(toks) and care_blocked(toks):  # core/harm_blocked.py
        return "health", False
    if not ALARM_ANCHORS.isdisjoint(toks) and alarm_down(toks):  # core/harm_alarms.py
        return "vulnerable_person", True
    if not RESTRICTED.isdisjoint(toks) and underage_handover(toks):  # core/harm_underage.py
        return "vulnerable_person", False
    if not CC_ANCHORS.isdisjoint(toks) and cc_leak(toks):  # core/harm_cc_leak.py
        return "data_exposure", False
    if not MEATS.isdisjoint(toks) and undercooked_and_ill(toks):  # core/harm_undercooked.py
        return "health", False
    if not ANIMAL_ANCHORS.isdisjoint(toks) and animal_in_trouble(toks, lang):  # core/harm_animals.py
        return "physical_safety", False
    return intrusion_statement(toks)  # an account taken over, a card used while held: core/harm_intrusions.py


# -- an age in brackets after a person ------------------------------------------------------------

# "my granddaughter (8)", "meine Mutter (84)", "mi hijo (6)": the bracketed number is the person's age.
# Written as "8yo", the one-token age the harm lexicon already reads (a child up to 12, elderly from 75).
_PERSONS = frozenset(
    words(
        "son daughter kid child boy girl granddaughter grandson grandchild grandkid niece nephew "
        "mum mom mother dad father grandmother grandma gran granny nan grandad grandpa grandfather "
        "hijo hija niño niña nieto nieta sobrino sobrina madre padre mamá papá abuela abuelo "
        "fils fille enfant garçon petitefille petitfils mère père maman papa mamie papi "
        "sohn tochter kind junge mädchen enkel enkelin mutter vater mama papa oma opa "
        "figlio figlia bambino bambina nipote nipotino nipotina madre padre mamma papà nonna nonno "
        "filho filha menino menina neto neta mãe mae pai avó avô"
    )
)
_BRACKETED = re.compile(r"\((\d{1,3})\)")


__all__ = ["AGE_TOKENS", "risk_statement", "written_ages"]  # AGE_TOKENS: core/harm_ages.py


def written_ages(toks: tuple[str, ...], clean: str) -> tuple[str, ...]:
    """The tokens with each bracketed age after a person word written as "<n>yo", and each age said
    after a relative given its years words ("my gran is 88 years old": core/harm_ages.py)."""
    if not AGE_VERBS.isdisjoint(toks):
        toks = said_ages(toks)
    ages = set(_BRACKETED.findall(clean)) if ")" in clean else None
    if not ages:
        return toks
    return tuple(f"{t}yo" if t in ages and i > 0 and toks[i - 1] in _PERSONS else t for i, t in enumerate(toks))


# -- "SIM swap" as a product ----------------------------------------------------------------------

# Asking how to get a SIM swap (a new size, an eSIM, its price) is a how-to, not a fraud: "how does
# a SIM swap work if I move to eSIM?", "can I do a SIM swap myself?", "how much is a SIM swap?".
SWAP_HOWTO = frozenset(
    words(
        "how can cost costs much price fee order request book do does work works esim nano micro smaller "
        "bigger size upgrade free"
    )
)
# Any sign that someone else did it keeps it a fraud: a person, the bank, codes, money, a fraud word.
_SWAP_FRAUD_SIGNS = (
    _THEY
    | _BANKING
    | _SECRETS
    | _COPIED_BY_THEM
    | frozenset(
        words(
            "somebody fraudster fraudsters scammer scammers criminal criminals without hacked fraud fraudulent "
            "stolen unauthorised unauthorized money emptied drained taken codes verification"
        )
    )
)
_SWAP = frozenset(words("swap swapped swapping swaps"))


def sim_swap_howto(toks: tuple[str, ...]) -> bool:
    """A "SIM swap" the customer asks how to get, with no sign that someone else did one."""
    if not _SWAP_FRAUD_SIGNS.isdisjoint(toks):
        return False
    swaps = [i for i, t in enumerate(toks) if t in _SWAP and "sim" in toks[max(0, i - 2) : i + 3]]
    return bool(swaps) and all(not SWAP_HOWTO.isdisjoint(toks[max(0, i - 4) : i + 5]) for i in swaps)
