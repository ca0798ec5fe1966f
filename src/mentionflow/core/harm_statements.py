"""Fraud and data-exposure statements that are never left to the harm model, in en/es/fr/de/it/pt.

Like a first-person self-harm statement, a customer who says that money left the account without
them, that they handed a PIN or a code to someone posing as the bank, that a scammer took money
from an elderly parent, or who posts a full card number in public, is a safety case however
the rest of the text reads (sarcastic, polite, a question). Each statement needs two things
that the words alone do not: what was disowned and a money movement before it ("cargos que no
reconozco", not "I didn't make the payment on time"); a credential, a hand-over and someone
else (a caller, a link, a fake account), not "the app asks for my PIN". Data, then two
functions; `detect_harm` calls `statement_kind` (None for almost every mention after one
C-level set test and one regex).
"""

from __future__ import annotations

import re
from itertools import pairwise

from mentionflow.core.elisions import with_elisions
from mentionflow.core.harm_emptying import EMPTYING_ANCHORS, account_being_emptied
from mentionflow.core.harm_fake_kin import ANCHORS as _FAKE_KIN_ANCHORS
from mentionflow.core.harm_fake_kin import fake_relative_paid
from mentionflow.core.harm_hardship import ANCHORS as _HARDSHIP_ANCHORS
from mentionflow.core.harm_hardship import VULNERABLE_ANCHORS as _FRAIL_ANCHORS
from mentionflow.core.harm_hardship import WARMTH as _WARMTH
from mentionflow.core.harm_hardship import frail_without_essentials, frozen_out_of_essentials
from mentionflow.core.harm_lexicon import words
from mentionflow.core.harm_lures import LURE_ANCHORS, scam_lure
from mentionflow.core.harm_misdirected import MISDIRECTED_ANCHORS, others_mail_received
from mentionflow.core.harm_reasons import funeral_trip
from mentionflow.core.harm_risks import sim_swap_howto
from mentionflow.core.harm_sent_codes import sent_by_me
from mentionflow.core.harm_so_called import SO_CALLED

# Money that moved: the object of a disowning phrase ("payments I never made"); French elided
# forms too ("1 200 € d'achats", "l'opération").
TXN_WORDS = with_elisions(
    frozenset(
        words(
            "payment payments charge charges transaction transactions purchase purchases withdrawal withdrawals "
            "debit debits transfer transfers "
            "cargo cargos cobro cobros pago pagos compra compras movimiento movimientos transferencia "
            "transferencias retirada retiradas reintegro reintegros "
            "paiement paiements débit débits prélèvement prélèvements achat achats virement virements "
            "opération opérations transaction transactions retrait retraits "
            "abbuchung abbuchungen zahlung zahlungen kartenzahlung kartenzahlungen buchung buchungen "
            "überweisung überweisungen umsätze transaktion transaktionen lastschrift lastschriften "
            "abhebung abhebungen überwiesen abgebucht "
            "addebito addebiti pagamento pagamenti prelievo prelievi bonifico bonifici movimento movimenti "
            "transazione transazioni acquisto acquisti "
            "cobrança cobranças pagamentos débito débitos transferência transferências transação "
            "transações saque saques pix"
        )
    )
)
# "... that I never made / don't recognise / was not me", as token n-grams.
DISOWN = frozenset(
    [
        ("never", "made"),
        ("didnt", "make"),
        ("didnt", "authorise"),
        ("didnt", "authorize"),
        ("never", "authorised"),
        ("never", "authorized"),
        ("dont", "recognise"),
        ("dont", "recognize"),
        ("wasnt", "me"),
        ("not", "mine"),
        ("no", "hice"),
        ("nunca", "hice"),
        ("no", "reconozco"),
        ("no", "autoricé"),
        ("no", "autorice"),
        ("pas", "faits"),
        ("pas", "fait"),
        ("pas", "faites"),
        ("pas", "effectués"),
        ("jamais", "faits"),
        ("jamais", "fait"),
        ("reconnais", "pas"),
        ("pas", "autorisés"),
        ("pas", "autorisé"),
        ("nicht", "gemacht"),
        ("nie", "gemacht"),
        ("nicht", "getätigt"),
        ("nicht", "autorisiert"),
        ("mai", "fatto"),
        ("non", "riconosco"),
        ("non", "autorizzato"),
        ("non", "autorizzati"),
        ("não", "fiz"),
        ("nao", "fiz"),
        ("nunca", "fiz"),
        ("não", "reconheço"),
        ("nao", "reconheco"),
        ("não", "autorizei"),
    ]
)
# Three-word forms whose pairs are everyday ("la transferencia que he hecho", "das war ich").
DISOWN3 = frozenset(
    [
        ("no", "he", "hecho"),
        ("war", "ich", "nicht"),
        ("das", "war", "nicht"),
        ("kenne", "ich", "nicht"),
        ("non", "ho", "fatto"),
        ("non", "li", "ho"),
        # "... d'achats cette nuit, ce n'est pas moi", "no fui yo", "não fui eu", "non ero io"
        ("nest", "pas", "moi"),
        ("cest", "pas", "moi"),
        ("nétait", "pas", "moi"),
        ("cétait", "pas", "moi"),
        ("no", "fui", "yo"),
        ("no", "era", "yo"),
        ("não", "fui", "eu"),
        ("nao", "fui", "eu"),
        ("não", "era", "eu"),
        ("non", "ero", "io"),
    ]
)
# A disowned "make" that is about timing, not authorship: "a payment I didn't make on time".
_TIMING = frozenset(words("time it yet todavía aún temps encore rechtzeitig noch tempo ancora ainda"))
_DISOWN_WINDOW = 10  # tokens from the money word to the disowning phrase

CREDENTIALS = frozenset(
    words(
        "pin pins code codes passcode otp cvv cvc password passwords "
        "código códigos codigo codigos clave claves contraseña "
        "passe identifiants "
        "tan tans passwort zugangsdaten kartendaten "
        "codice codici "
        "senha senhas token"
    )
)
# Handing a credential over (or being asked to).
HAND_OVER = frozenset(
    words(
        "send sent give gave given asked asking asks share shared entered typed "
        "mande mandar mandé envíe enviar envié di dado dar doy pidió piden pide pidiendo pidieron "
        "introduje metí puse dio dieron "
        "donner donné donnés envoyer envoyé demandé demande demandait mis tapé saisi communiqué "
        "geben gegeben gab schicken geschickt verlangt eingegeben genannt mitgeteilt weitergegeben "
        "dare dato diede inviare inviato chiesto chiede chiedeva inserito comunicato "
        "passar passei dei deu deram enviei pediu pedindo pediram digitei informei forneci"
    )
)
# Someone else at the other end: a caller, a message, a link, a fake account.
IMPOSTOR_CONTEXT = frozenset(
    words(
        "someone caller call called rang dm dms whatsapp link fake impostor pretending claiming posing "
        "wrote messaged texted dmed dmd inboxed "
        # "ein Account schreibt Leute an": a written approach
        "schreibt anschreibt angeschrieben "
        "alguien llamada llamó llamaron enlace falso falsa falsos diciendo escrito escribió haciéndose "
        "haciendose "
        "quelquun appel appelé appelée lien faux fausse écrit "
        "jemand anrufer anruf angerufen link gefälscht gefälschte gefälschten ausgab ausgegeben "
        "geschrieben "
        "qualcuno chiamata chiamato finto finta spacciandosi fingendosi scritto "
        "alguém ligação ligaram ligou falsa escreveu fingindo"
    )
).union(SO_CALLED)  # "einem angeblichen 'Support'": core/harm_so_called.py
_CRED_WINDOW = 6
# A credential counts as handed over only when the customer says they gave it ("jai mis mes
# codes") or someone posed as the brand: not "send us your reservation code", nor "do you ever
# call asking for a PIN?".
_GAVE = frozenset(
    words(
        "gave given entered typed shared di dado doy introduje metí puse mis donné donnés tapé saisi "
        "communiqué gegeben gab eingegeben genannt mitgeteilt weitergegeben dato inserito comunicato "
        "dei deu deram dio dieron diede passei digitei informei forneci"
    )
)
# Card details as a whole ("card details", "datos de la tarjeta", "données de ma carte", "dati della
# carta", "dados do cartão"): a credential when a card word is next to them.
_DETAILS = frozenset(words("details datos données donnees daten dati dados number número numero numéro"))
_DETAILS_OF = frozenset(words("of de del della dello do da du der"))
# Someone who *asked* for a credential (told as an event: "asked", "me pidió", "m'a demandé",
# "fragt nach", "mi ha chiesto", "pediu") in a DM, a message or a link: a phishing attempt
# reported, even when nothing was given. A call is left out ("I called and the agent asked for my
# PIN" is how a bank checks who is calling), and so is "do you ever DM asking for a PIN?".
_SOLICITED = frozenset(
    words(
        "asked pidió pidieron pedía pedían demandé demandée demandait demandaient gefragt fragt fragte "
        "fragten verlangt verlangte chiesto chiedeva chiedevano richiesto pediu pediram pedia pediam"
    )
)
# "they DMed me asking for my PIN", "me escribió pidiendo el código": asking, after a written
# approach told as past; not "do you ever DM people asking for a PIN?" (no past approach).
_ASKING = frozenset(words("asking pidiendo demandant chiedendo pedindo"))
_WROTE_PAST = frozenset(
    words("dmed dmd inboxed messaged wrote texted emailed escribió escreveu écrit geschrieben angeschrieben scritto")
)
_WRITTEN_APPROACH = frozenset(
    words(
        "dm dms dmed dmd inboxed whatsapp telegram link wrote messaged escribió escrito écrit geschrieben "
        "schreibt anschreibt "
        "angeschrieben scritto escreveu"
    )
)
_STRONG_CONTEXT = IMPOSTOR_CONTEXT - frozenset(
    words(
        "link call called rang dm dms dmed dmd inboxed whatsapp wrote messaged texted escrito escribió écrit "
        "geschrieben "
        "scritto escreveu lien enlace appel appelé appelée llamada llamó llamaron anruf angerufen chiamata "
        "chiamato ligação ligaram ligou"
    )
)

# Fraud that happened to someone: a scam verb or a scammer.
SCAM_WORDS = frozenset(
    words(
        "scammed scammer scammers conned estafaron estafado estafada estafador estafadores timaron "
        "arnaqué arnaquée escroqué escroquée escroc escrocs betrogen betrüger abgezockt "
        "truffato truffata truffatori truffatore raggirato raggirata golpe golpista golpistas enganaram"
    )
)
# Who was scammed: elderly people and the parents whose age follows them ("Vater (84)", "87yo gran").
ELDERLY = frozenset(
    words(
        "elderly grandmother grandma granny gran nan nana grandad grandpa grandfather pensioner "
        "abuela abuelo anciano anciana abuelita grandmère âgé âgée mamie papi oma opa seniorin rentner "
        "rentnerin nonna nonno anziano anziana avó avô idoso idosa vovó vovô"
    )
)
KIN = frozenset(
    words("mother father mum mom dad madre padre mamá papá mère père maman papa mutter vater mama mãe pai mae")
)
# Posing as the bank: with money moved or a credential in the text, a fraud told.
IMPERSONATING = frozenset(
    words(
        "pretending posing impersonating impersonated haciéndose haciendose fingiendo faisant spacciandosi "
        "spacciava fingendosi fingindo"
    )
)
_POSED_DE = frozenset(words("ausgab ausgegeben ausgeben"))  # "sich als ... ausgab", only with "sich"
# A cloned card: "mi clonano la carta", "me clonaron la tarjeta", "Karte geklont".
CLONED = frozenset(
    words(
        "cloned clonada clonado clonaron clonó clonée cloné clonées clonés geklont kopiert clonano clonata clonato "
        "clonarono clonaram clonou"
    )
)
CARD_WORDS = frozenset(
    words(
        "card cards tarjeta tarjetas carte cartes karte kreditkarte carta carte cartão cartao cvv cvc visa mastercard"
    )
)
# A scam told as stopped or long past, with gratitude: the model weighs it ("spotted that my
# grandad was being scammed last year and stopped the transfer, forever grateful").
_AVERTED = frozenset(
    words(
        "grateful forever stopped spotted prevented dankbar gestoppt gemerkt verhindert agradecido agradecida "
        "detuvieron pararon evitaron reconnaissant reconnaissante arrêté empêché grato grata fermato "
        "fermata impedito impediram evitaram grata bloccato bloqueado bloquearon blockiert bloqué grazie"
    )
)
_OLD_AGE = 75
_AGE_TOKEN = re.compile(r"(\d{2,3})(?:yo|yrs|yr|y)?$")

# A card number as people post it: 4 groups of 4 digits (or 16 digits in a row), optionally
# with an expiry or a CVV after it.
_CARD_RE = re.compile(r"(?<![\d.,])(?:\d{4}[ -]?){3}\d{3,4}(?![\d.,])")

# SIM swap: someone got a new or duplicate SIM for the customer's number (the account takeover
# that follows: bank codes, email resets). "sim swap", "duplicado de mi SIM", "duplicata de ma SIM",
# "SIM-Karte ... dupliziert", "duplicato della SIM", "clonaram o meu chip".
SIM_WORDS = frozenset(words("sim sims chip simkarte sim-karte esim"))
_SIM_SWAP_PAIRS = frozenset([("sim", "swap"), ("sim", "swapped"), ("sim", "swapping"), ("sim", "swaps")])
_SIM_COPY = frozenset(
    words(
        "new duplicate duplicated cloned clone nueva nuevo duplicado duplicada clonaron clonada clonado "
        "nouvelle duplicata dupliquée clonée neue zweite dupliziert geklont nuova duplicato duplicata clonata "
        "nova novo duplicada clonaram clonado troca trocaram "
        # "quelqu'un a fait transférer MON numéro sur une autre SIM"
        "another other otra otro autre andere anderen altra outra"
    )
)
_SOMEONE_ELSE = frozenset(
    words(
        "someone somebody they fraudster fraudsters scammer scammers criminal criminals fake "
        "alguien estafador estafadores falso falsa quelquun escroc escrocs faux fausse "
        "jemand betrüger betruger gefälschten gefälschte qualcuno truffatore truffatori falso falsa "
        "alguém golpista golpistas falsa"
    )
)
_SIM_WINDOW = 4
_SIM_CHANGE = frozenset(
    words("change changed cambio cambiato cambiata cambiado cambiaron changement changé tausch getauscht trocado")
)
_UNASKED = frozenset(words("without sin sans ohne senza sem"))
_NUMBER = frozenset(words("number número numero numéro nummer rufnummer line línea ligne linha linea"))
_SOMEBODY = frozenset(
    words(
        "someone someones somebody somebodys alguien quelquun jemand qualcuno alguém fraudster scammer estafador "
        "escroc betrüger truffatore golpista"
    )
)
_PORTED = frozenset(
    words(
        "port ported porting portaron portado portabilidad portabilité portiert portato portaram "
        "transferred moved transferido transfirieron transférer transféré übertragen "
        "umgeschrieben trasferito trasferire transferiram transferido"
    )
)


_SWAPPED = frozenset(words("swapped hijacked stolen robado robada volé volée gestohlen rubata rubato roubado roubada"))
_I_WE = frozenset(words("i we ive weve yo je ich io eu"))


def sim_swap(tokens: tuple[str, ...], clean: str) -> bool:
    """Someone else got a SIM for the customer's number (or the text says "sim swap")."""
    if "simswap" in clean.lower() or not _SIM_SWAP_PAIRS.isdisjoint(pairwise(tokens)):
        return not sim_swap_howto(tokens)  # not "how much is a SIM swap?": core/harm_risks.py
    if _SOMEONE_ELSE.isdisjoint(tokens):
        return False
    if not _PORTED.isdisjoint(tokens):  # "did someone port my number??"
        for i, t in enumerate(tokens):
            if (
                t in _PORTED
                and not _NUMBER.isdisjoint(tokens[i + 1 : i + 4])
                and not _SOMEBODY.isdisjoint(tokens[max(0, i - 3) : i])
            ):
                return True
            if (  # "my mum's number was ported to another network without anyone asking": no one asked for it
                t in _PORTED
                and not _NUMBER.isdisjoint(tokens[max(0, i - 3) : i])
                and not _UNASKED.isdisjoint(tokens[i + 1 : i + 7])
            ):
                return True
    if SIM_WORDS.isdisjoint(tokens):
        return False
    sims = [i for i, t in enumerate(tokens) if t in SIM_WORDS]
    # "someone has swapped my SIM", "my SIM was hijacked" (not "I swapped my SIM into the new phone")
    if any(
        t in _SWAPPED and (j == 0 or tokens[j - 1] not in _I_WE)
        for i in sims
        for j, t in enumerate(tokens[max(0, i - 3) : i + 3], start=max(0, i - 3))
    ):
        return True
    if any(t in _SIM_COPY for i in sims for t in tokens[max(0, i - _SIM_WINDOW) : i + _SIM_WINDOW + 1]):
        return True
    # "qualcuno ha fatto un cambio SIM a mio nome": a change made by someone else (not "I changed my SIM").
    return any(
        t in _SIM_CHANGE and not _SOMEBODY.isdisjoint(tokens[max(0, j - _SIM_WINDOW) : j])
        for i in sims
        for j, t in enumerate(tokens[max(0, i - _SIM_WINDOW) : i + _SIM_WINDOW + 1], start=max(0, i - _SIM_WINDOW))
    )


# Bereavement: a customer whose partner or parent died (the FCA's vulnerability guidance names it),
# chased for the deceased's account, letters or debts. A vulnerable customer, not a routine complaint.
BEREAVED = frozenset(
    words(
        "bereaved bereavement widow widowed widower deceased fallecido fallecida falleció viuda viudo defunción "
        "décédé décédée décès veuve veuf verstorben verstorbene verstorbenen verstorbener witwe witwer verwitwet "
        "sterbeurkunde sterbefall deceduto deceduta decesso vedova vedovo falecido falecida faleceu viúva viúvo "
        "óbito"
    )
)
_BEREAVED_PAIRS = frozenset(
    [
        ("passed", "away"),
        ("death", "certificate"),
        ("certificado", "defunción"),
        ("acte", "décès"),
        ("certificato", "morte"),
        ("certificato", "decesso"),
        ("certidão", "óbito"),
        ("a", "quittés"),
    ]
)
_BEREAVED_ANCHORS = BEREAVED | frozenset(words("passed certificate certificado acte certificato certidão quittés"))
# "my late father's account was closed with such care, thank you": a thanks is not a case.
_GRATEFUL = frozenset(
    words(
        "thanks thank grateful kind kindness compassion gracias agradecido agradecida merci reconnaissant "
        "reconnaissante danke dankbar grazie grato grata obrigado obrigada"
    )
)
# Romance scam: an elderly relative sending money to someone they never met.
_NEVER_MET = frozenset(
    [
        ("never", "met"),
        ("nie", "getroffen"),
        ("nie", "gesehen"),
        ("nunca", "conoció"),
        ("nunca", "visto"),
        ("jamais", "rencontré"),
        ("jamais", "vu"),
        ("mai", "incontrato"),
        ("mai", "visto"),
        ("nunca", "conheceu"),
        ("nunca", "viu"),
        ("never", "seen"),
    ]
)
_SENDS_MONEY = frozenset(
    words(
        "sending sends sent wiring wired transfers transferring überweist überwiesen schickt geschickt envía "
        "enviando transfiere envoie envoyé vire viré manda mandando bonifica inviando envia enviou transfere"
    )
)
_NEVER_ANCHORS = frozenset(words("never nie nunca jamais mai"))


_SELF = frozenset(words("im i am literally"))  # "I'm deceased": slang for laughing, of oneself


# Widowhood names the loss itself; a death ("décès", "passed away") needs whose it was, or it is a
# product ("assurance décès") or a figure of speech. "Black Widow", "Veuve Clicquot" are names.
_WIDOWED = frozenset(
    words("widow widowed widower viuda viudo veuve veuf witwe witwer verwitwet vedova vedovo viúva viúvo")
)
_NAMED = frozenset(words("black schwarze clicquot negra nera noire"))
RELATIVES = (
    KIN
    | ELDERLY
    | frozenset(
        words(
            "husband wife partner son daughter brother sister marido esposa esposo mujer hijo hija hermano hermana "
            "mari femme épouse fils fille frère soeur sœur mann ehemann ehefrau frau sohn tochter bruder schwester "
            "marito moglie figlio figlia fratello sorella mulher filho filha irmão irmã"
        )
    )
)


def _bereaved(toks: tuple[str, ...]) -> bool:
    said = [
        i
        for i, t in enumerate(toks)
        if t in BEREAVED and (i == 0 or toks[i - 1] not in _SELF) and _NAMED.isdisjoint(toks[max(0, i - 1) : i + 2])
    ]
    if not said and _BEREAVED_PAIRS.isdisjoint(pairwise(toks)):
        return False
    if funeral_trip(toks):
        return False  # a bereavement fare, a flight to the funeral: a trip's reason (core/harm_reasons.py)
    if not any(toks[i] in _WIDOWED for i in said) and RELATIVES.isdisjoint(toks):
        return False
    return _GRATEFUL.isdisjoint(toks)


# What is sent: money, savings, or a sum ("15.000€", "8k").
_MONEY = frozenset(
    words("money cash savings geld ersparnisse dinero ahorros argent économies soldi risparmi dinheiro poupanças")
)


def _romance_scam(toks: tuple[str, ...], clean: str) -> bool:
    return (
        not _SENDS_MONEY.isdisjoint(toks)
        and (not _MONEY.isdisjoint(toks) or any(c in clean for c in "€£$"))
        and not _NEVER_MET.isdisjoint(pairwise(toks))
        and _elderly_present(toks)
    )


# Someone else spent on or used the customer's card or account: "let someone spend £900 in Dubai
# on my card", "alguien ha usado mi tarjeta", "quelqu'un a utilisé ma carte", "jemand hat mit
# meiner Karte 900 Euro ausgegeben", "qualcuno ha speso 500 euro con la mia carta", "alguém usou o
# meu cartão". Not "can someone help, I used my card" (the writer's own use).
_USED = frozenset(
    words(
        "spent spend spending used using use charged bought withdrew withdrawn took taken emptied "
        "gastó gasto gastado gastaron usó uso usado usaron compró compro compraron sacó saco sacaron "
        "utilisé utilise dépensé depense acheté achete retiré retire vidé vide "
        "ausgegeben benutzt genutzt abgehoben gekauft bezahlt "
        "speso usato utilizzato comprato prelevato svuotato "
        "gastou gastaram usou usaram comprou sacou levantou esvaziou"
    )
)
_MINE = frozenset(words("my mi mis ma mon mes mein meine meiner meinem meinen mia mio mie miei minha meu minhas meus"))
_OWN_SUBJECT = frozenset(words("i im ive yo je jai ich io eu"))
_CARD_OR_ACCOUNT = CARD_WORDS | frozenset(words("account accounts cuenta compte konto conto conta"))
_USE_WINDOW = 10


def _someone_used_mine(tokens: tuple[str, ...]) -> bool:
    for i, t in enumerate(tokens):
        if t not in _SOMEBODY:
            continue
        win = tokens[i + 1 : i + 1 + _USE_WINDOW]
        verbs = [j for j, w in enumerate(win) if w in _USED]
        if not verbs or not _OWN_SUBJECT.isdisjoint(win[: verbs[0]]):
            continue
        rest = tokens[i + 1 : i + 14]
        # "my card", "my debit card", "mi tarjeta", "meine EC Karte": the owner at most two words before.
        if any(w in _CARD_OR_ACCOUNT and not _MINE.isdisjoint(rest[max(0, j - 2) : j]) for j, w in enumerate(rest)):
            return True
    return False


# Someone else's account on the writer's screen: an account disowned ("this is NOT my account",
# "no es mi cuenta", "ce n'est pas mon compte", "das ist nicht mein Konto", "non è il mio conto",
# "não é a minha conta") with its data in view (a balance, transactions, a salary, an address).
_ACCOUNT = frozenset(words("account cuenta compte konto conto conta"))
_NOT = frozenset(words("not isnt nicht no non não nao pas"))
_SEEN_DATA = frozenset(
    words(
        "balance balances transactions salary payslip statement statements address "
        "saldo movimientos nómina nomina dirección direccion solde opérations operations salaire adresse "
        "kontostand umsätze umsatze gehalt adresse movimenti stipendio indirizzo extrato movimentos salário "
        "salario morada"
    )
)


_COPULA = frozenset(words("is es est ist è é e il a o"))
_ACCOUNT_PARTS = frozenset(words("number numbers número numero numéro nummer type settings details"))


def _disowned_at(tokens: tuple[str, ...], i: int) -> bool:
    """tokens[i] is an account word right after "not my" ("no es mi", "non è il mio", "não é a minha")."""
    if i < 2 or tokens[i - 1] not in _MINE or (i + 1 < len(tokens) and tokens[i + 1] in _ACCOUNT_PARTS):
        return False
    before = tokens[max(0, i - 4) : i - 1]  # up to three words before the possessive
    while before and before[-1] in _COPULA:
        before = before[:-1]
    return bool(before) and before[-1] in _NOT


def _not_my_account(tokens: tuple[str, ...]) -> bool:
    if _SEEN_DATA.isdisjoint(tokens):
        return False
    return any(t in _ACCOUNT and _disowned_at(tokens, i) for i, t in enumerate(tokens))


# A phishing message reported: texts or emails "asking her to confirm her bank login", "mensajes pidiendo
# confirmar su acceso al banco", "des SMS demandant de confirmer son accès bancaire": the message, the
# request, "confirm/verify" and a bank credential within a few words, whether or not anyone clicked.
_MESSAGES = frozenset(
    words(
        "texts text sms smss messages emails mails mensajes mensaje correos sms mensagens mensagem "
        "nachrichten nachricht mails messaggi messaggio"
    )
)
_ASKING = frozenset(
    words("asking pidiendo piden demandant demandent fragen fordern auffordern chiedendo chiedono pedindo pedem")
)
_CONFIRM = frozenset(
    words(
        "confirm verify update confirmar verificar actualizar confirmer vérifier verifier bestätigen bestatigen "
        "verifizieren aktualisieren confermare verificare aggiornare atualizar"
    )
)
_BANK_CREDENTIAL = frozenset(
    words(
        "login logins password details bank banking acceso banco banca bancaire bancaires accès acces identifiants "
        "zugang zugangsdaten bankdaten onlinebanking accesso bancari acesso bancários bancarios dados datos"
    )
)


def _phishing_message(toks: tuple[str, ...]) -> bool:
    if _MESSAGES.isdisjoint(toks):
        return False
    return any(
        t in _CONFIRM
        and not _ASKING.isdisjoint(toks[max(0, i - 4) : i])
        and not _BANK_CREDENTIAL.isdisjoint(toks[i + 1 : i + 6])
        for i, t in enumerate(toks)
    )


ANCHORS = (
    _ASKING  # the rarest part of a phishing message ("confirm", "update" are everyday care words)
    | TXN_WORDS
    | CREDENTIALS
    | SCAM_WORDS
    | CLONED
    | CARD_WORDS
    | SIM_WORDS
    | _PORTED
    | _BEREAVED_ANCHORS
    | _SOMEBODY
    | _ACCOUNT
    | EMPTYING_ANCHORS
    | MISDIRECTED_ANCHORS
    | LURE_ANCHORS
) | (_NEVER_ANCHORS | _HARDSHIP_ANCHORS | _WARMTH | _FAKE_KIN_ANCHORS)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_CARD_CONTEXT = re.compile(
    r"(?i)\b(?:exp(?:iry|ires)?|caducidad|caduca|expire|ablauf|gültig bis|scadenza|validade|cvv|cvc)\b"
    r"\W{0,3}\d{2}\s?/\s?\d{2}|\b(?:cvv|cvc)\W{0,3}\d{3}\b"
)


def _card_number(tokens: tuple[str, ...], clean: str) -> bool:
    """A full card number in the text: 15-16 digits in groups, Luhn-valid, next to a card word
    (or "cvv"): not an order, phone or tracking number."""
    m = _CARD_RE.search(clean)
    if m is None or CARD_WORDS.isdisjoint(tokens):
        return False
    digits = "".join(c for c in m.group(0) if c.isdigit())
    # Luhn-valid, or said to be a card with its expiry beside it ("card no ... exp 09/28").
    return len(digits) in (15, 16) and (_luhn(digits) or _CARD_CONTEXT.search(clean) is not None)


# Someone who says they are the bank: "dice di essere della banca", "dice ser del banco", "claims to be".
_POSING = frozenset(
    [
        ("dice", "di", "essere"),
        ("diceva", "di", "essere"),
        ("dicono", "di", "essere"),
        ("claims", "to", "be"),
        ("claimed", "to", "be"),
        ("said", "he", "was"),
        ("said", "she", "was"),
        ("said", "they", "were"),
        ("says", "hes", "from"),
        ("says", "shes", "from"),
        ("dice", "ser", "del"),
        ("decía", "ser", "del"),
        ("dijo", "ser", "del"),
        ("dit", "être", "de"),
        ("disait", "être", "de"),
        ("prétend", "être", "de"),
        ("diz", "ser", "do"),
        ("dizia", "ser", "do"),
        ("disse", "ser", "do"),
        ("behauptet", "von", "der"),
    ]
)
_POSING_ANCHORS = frozenset(p[0] for p in _POSING)
# Who they say they are: the bank, the police, the fraud or security team ("said they were from
# the bank", not "I said they were wrong").
_INSTITUTIONS = frozenset(
    words(
        "bank banks banca banco banque police polizia policía polícia polizei fraud security antifrode sicurezza "
        "seguridad sécurité sicherheit segurança support soporte assistenza operator operatore operador "
        "brightbank nimbus"
    )
)
_POSING_WINDOW = 4  # tokens after the phrase in which the institution is named


def _posing_as_institution(toks: tuple[str, ...]) -> bool:
    return any(
        tri in _POSING and not _INSTITUTIONS.isdisjoint(toks[i + 2 : i + 3 + _POSING_WINDOW])
        for i, tri in enumerate(zip(toks, toks[1:], toks[2:], strict=False))
    )


def _impersonation(toks: tuple[str, ...]) -> bool:
    if not IMPERSONATING.isdisjoint(toks):
        return True
    if not _POSING_ANCHORS.isdisjoint(toks) and _posing_as_institution(toks):
        return True
    return not _POSED_DE.isdisjoint(toks) and "sich" in toks and "als" in toks


def _disowned_transaction(toks: tuple[str, ...]) -> bool:
    hits = [i for i, t in enumerate(toks) if t in TXN_WORDS]
    if not hits:
        return False
    first = hits[0]
    for j, pair in enumerate(pairwise(toks)):
        if (
            (pair in DISOWN or toks[j : j + 3] in DISOWN3)
            and first < j
            and any(0 < j - i <= _DISOWN_WINDOW for i in hits)
        ):
            if pair[1] in ("make", "made", "fait") and not _TIMING.isdisjoint(toks[j + 2 : j + 4]):
                continue
            return True
    return False


def _is_credential(toks: tuple[str, ...], i: int) -> bool:
    """A PIN, a code, a password, or card details ("card details", "datos de la tarjeta")."""
    t = toks[i]
    if t in CREDENTIALS:
        return True
    if t not in _DETAILS:
        return False
    if i >= 1 and toks[i - 1] in CARD_WORDS:
        return True  # "card details", "card number"
    # "datos de la tarjeta", "données de ma carte", "dati della carta", "dados do cartão"; a list
    # ("mis datos (direcciones, pedidos, tarjeta)") is not a card's details.
    return i + 1 < len(toks) and toks[i + 1] in _DETAILS_OF and not CARD_WORDS.isdisjoint(toks[i + 2 : i + 4])


_I_WROTE = frozenset(words("i we ive weve id"))


def _others_wrote(toks: tuple[str, ...]) -> bool:
    """A written approach told as past, by someone else: "they DMed me", not "I DMed you"."""
    return any(t in _WROTE_PAST and (i == 0 or toks[i - 1] not in _I_WROTE) for i, t in enumerate(toks))


def _credentials_handed_over(toks: tuple[str, ...]) -> bool:
    if IMPOSTOR_CONTEXT.isdisjoint(toks):
        return False
    strong_context = not _STRONG_CONTEXT.isdisjoint(toks)
    written = not _WRITTEN_APPROACH.isdisjoint(toks)
    for i in range(len(toks)):
        if not _is_credential(toks, i):
            continue
        near = toks[max(0, i - _CRED_WINDOW) : i + _CRED_WINDOW + 1]
        if sent_by_me(toks, i, _CRED_WINDOW):
            return True  # "Habe die TAN schon geschickt", "gli ho mandato il codice": core/harm_sent_codes.py
        asked = not _SOLICITED.isdisjoint(near) or (not _ASKING.isdisjoint(near) and _others_wrote(toks))
        if HAND_OVER.isdisjoint(near) and not asked:
            continue
        if strong_context or not _GAVE.isdisjoint(near):
            return True
        if written and asked:
            return True  # "a DM asked me for the OTP", "ein Account ... fragt nach PIN und TAN"
    return False


def _elderly_present(toks: tuple[str, ...]) -> bool:
    if not ELDERLY.isdisjoint(toks):
        return True
    for i, t in enumerate(toks):
        m = _AGE_TOKEN.match(t) if t[:1].isdigit() else None
        if m and int(m.group(1)) >= _OLD_AGE and int(m.group(1)) < 120:
            near = toks[max(0, i - 2) : i + 3]
            if t != m.group(1) or not KIN.isdisjoint(near) or not ELDERLY.isdisjoint(near):
                return True
    return False


# A bank role in quotes, the writer's own "so-called": "a call from a 'Brightbank manager'", "un
# « conseiller » de la banque", "um 'gerente do banco'". Told of an elderly relative who then moved
# money after a call or a message, it is a scam told without the word.
_OPEN_Q = "'\"\u2018\u201c\u00ab\u201e"  # ' " and the typographic opening quotes
_CLOSE_Q = "'\"\u2019\u201d\u00bb\u201c\u2018"
_QUOTED = re.compile(
    rf"(?:^|(?<=[\s(:]))[{_OPEN_Q}]\s?([^{_OPEN_Q}{_CLOSE_Q}\n]{{2,40}}?)\s?[{_CLOSE_Q}](?=$|[\s,.;:!?)])"
)
_ROLES = _INSTITUTIONS | frozenset(
    words(
        "manager gerente gestor gestora director directora conseiller conseillère directeur advisor adviser "
        "agent agente berater beraterin mitarbeiter mitarbeiterin consulente operatore funzionario direttore "
        "atendente funcionário funcionario empleado empleada"
    )
)
_CONTACTED = IMPOSTOR_CONTEXT | _WRITTEN_APPROACH


def _quoted_role_moved_money(tokens: tuple[str, ...], clean: str) -> bool:
    if TXN_WORDS.isdisjoint(tokens) or _CONTACTED.isdisjoint(tokens) or not _elderly_present(tokens):
        return False
    return any(not _ROLES.isdisjoint(m.group(1).lower().split()) for m in _QUOTED.finditer(clean))


_IF_WORDS = frozenset(words("if si se wenn falls caso"))


def only_supposed(tokens: tuple[str, ...], targets: frozenset[str], before: int) -> bool:
    """Every word of ``targets`` follows an "if" within ``before`` words: a supposition, not an event
    ("si elle est clonée à l'étranger on la supprime", "what's the policy if I get scammed?")."""
    return all(not _IF_WORDS.isdisjoint(tokens[max(0, i - before) : i]) for i, t in enumerate(tokens) if t in targets)


def statement_kind(tokens: tuple[str, ...], clean: str) -> str | None:
    """The statement's harm kind ("fraud", "data_exposure" or "vulnerable_person"), or None."""
    if ANCHORS.isdisjoint(tokens):
        return None
    if _card_number(tokens, clean):
        return "data_exposure"
    if _disowned_transaction(tokens) or _credentials_handed_over(tokens) or sim_swap(tokens, clean):
        return "fraud"
    if not _ASKING.isdisjoint(tokens) and _phishing_message(tokens):
        return "fraud"  # "texts from 'Nimbus' asking her to confirm her bank login"
    if not _SOMEBODY.isdisjoint(tokens) and _AVERTED.isdisjoint(tokens) and _someone_used_mine(tokens):
        return "fraud"
    if not EMPTYING_ANCHORS.isdisjoint(tokens) and account_being_emptied(tokens):
        return "fraud"  # "quelqu'un est en train de vider mon compte": core/harm_emptying.py
    if not _ACCOUNT.isdisjoint(tokens) and _not_my_account(tokens):
        return "data_exposure"
    if not MISDIRECTED_ANCHORS.isdisjoint(tokens) and others_mail_received(tokens):
        return "data_exposure"  # another customer's statements arrive at mine: core/harm_misdirected.py
    if not CLONED.isdisjoint(tokens) and not CARD_WORDS.isdisjoint(tokens) and not only_supposed(tokens, CLONED, 3):
        return "fraud"
    if _impersonation(tokens) and not (TXN_WORDS.isdisjoint(tokens) and CREDENTIALS.isdisjoint(tokens)):
        return "fraud"
    if not SCAM_WORDS.isdisjoint(tokens) and _elderly_present(tokens) and _AVERTED.isdisjoint(tokens):
        return "fraud"
    if not _NEVER_ANCHORS.isdisjoint(tokens) and _romance_scam(tokens, clean):
        return "fraud"
    if _quoted_role_moved_money(tokens, clean):
        return "fraud"
    if not _FAKE_KIN_ANCHORS.isdisjoint(tokens) and fake_relative_paid(tokens, clean):
        return "fraud"  # transfers to a "'nipote' che non esiste": core/harm_fake_kin.py
    if not LURE_ANCHORS.isdisjoint(tokens) and scam_lure(tokens):
        return "fraud"  # "I won a prize, must pay a fee first, is this a scam?": core/harm_lures.py
    if not _BEREAVED_ANCHORS.isdisjoint(tokens) and _bereaved(tokens):
        return "vulnerable_person"
    if not _HARDSHIP_ANCHORS.isdisjoint(tokens) and frozen_out_of_essentials(tokens):
        return "vulnerable_person"  # a frozen account leaves them without heat, food or rent
    if not _WARMTH.isdisjoint(tokens) and not _FRAIL_ANCHORS.isdisjoint(tokens) and frail_without_essentials(tokens):
        return "vulnerable_person"  # "I'm housebound and the heating has gone off"
    return None
