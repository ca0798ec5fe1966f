"""Frames that tell a mention *about* a harm topic from a report of harm, in six languages.

Families of false alarm share a shape that no single trigger word shows (issue 14):

* **Praise of how something was handled**: "huge thanks to the crew who looked after my mum
  when she felt unwell", "your fraud team stopped a scam payment, excellent service", "il vostro
  rider si è fermato ad aiutare un signore caduto, rispetto". A thanks or respect word and a
  verb of helping, stopping or catching, with nothing said to be wrong now.
* **A how-to or policy question**: "can I bring my EpiPen on board?", "habt ihr einen EpiPen an
  Bord oder muss ich meinen mitbringen?", "¿puedo llevar la insulina en cabina?". It opens with
  a permission or ability question, and the harm words are only the allergy, medicine, device or
  person the question is about.
* **A question that opens with a policy or rule**: "what's your policy if I get scammed?", "c'est
  quoi la règle pour voler enceinte ?", "was gilt in der 32. Woche, brauch ich was vom Arzt?": a
  doctor's note or a fraud "if it happens" is what it asks about.
* **The fraud desk as a department**: "what's your fraud team's number?", "die Betrugsabteilung geht
  nie ran": unless someone claimed to be it or money is at stake.
* **A plan or hypothetical**: "thinking of getting a pendant alarm for my dad next month",
  "estoy pensando en contratarla para mi padre": nothing has happened to anyone.

`benign_frame()` says which frame (if any) a scored mention is in; `core.harm.detect_harm`
returns no harm for it. Every frame stands down when the text also carries a sign of harm now:
someone alone, missing, nearly hurt, an injury, a reaction, a refusal, a negated helper ("nobody
helped") and so on. Data only; the caller has already passed the trigger-word gate.
"""

from __future__ import annotations

import re
from itertools import pairwise

from mentionflow.core.feature_ideas import feature_wish
from mentionflow.core.harm_bookings import books_help
from mentionflow.core.harm_figurative import figurative_frame
from mentionflow.core.harm_idioms import OTHERS_DATA_WORDS, managed_damage
from mentionflow.core.harm_lexicon import CONTEXT_LEXICON, LEXICON, words
from mentionflow.core.harm_numbers import handled_number
from mentionflow.core.harm_questions import counts_as
from mentionflow.core.harm_resets import requested_reset
from mentionflow.core.harm_routine import paper_doctor_dropped, routine_frame
from mentionflow.core.harm_senses import MONEY_MOVED
from mentionflow.core.harm_statements import TXN_WORDS, only_supposed

__all__ = ["DATA_AFTER_GOODS", "DIE_OF", "DURATION_BEFORE", "SINCE_BEFORE", "benign_frame", "unaddressed_chatter"]

# Verbs of someone handling it well (past or present perfect), in en/es/fr/de/it/pt.
_HANDLED = frozenset(
    words(
        "helped handled stopped spotted caught blocked refunded assisted rescued "
        "ayudó ayudaron atendió atendieron cuidó cuidaron paró pararon detectó detectaron bloqueó bloquearon "
        "devolvió devolvio devolvisteis consiguió consiguieron encontró encontraron pilló "
        "aidé aidée occupé occupée occupés arrêté repéré bloqué remboursé trouvé "
        "geholfen gekümmert gekummert gestoppt entdeckt erkannt gesperrt geregelt "
        "besorgt gefunden "
        "aiutato aiutata occupato occupata fermato fermata bloccato capito rimborsato trovato "
        "ajudou ajudaram cuidou cuidaram parou bloqueou detetou detectou devolveram devolverem arranjou "
        "arranjaram encontrou "
        # "the crew handled a medical emergency so calmly": managed
        "managed gestionó gestiono gestionaron manejó manejaron géré gérée gemeistert gemanagt gestito gestita "
        "lidou lidaram "
        # thanks for doing it: "thank you for stopping that payment", "thanks for refunding my mum"
        "helping handling stopping spotting catching blocking refunding assisting rescuing managing "
        # an allergy or a need catered for: "so happy you can accommodate peanut allergies"
        "accommodate accommodated accommodating catered"
    )
)
_HANDLED_PAIRS = frozenset(
    [
        ("looked", "after"),
        ("looking", "after"),
        ("taking", "care"),
        ("took", "care"),
        ("taken", "care"),
        ("kümmerte", "sich"),
        # someone who stayed by them: "waited with me outside the hospital", "se quedó conmigo"
        ("waited", "with"),
        ("stayed", "with"),
        ("quedó", "conmigo"),
        ("quedo", "conmigo"),
        ("esperó", "conmigo"),
        ("resté", "avec"),
        ("restée", "avec"),
        ("attendu", "avec"),
        ("mir", "geblieben"),
        ("mir", "gewartet"),
        ("rimasto", "con"),
        ("rimasta", "con"),
        ("aspettato", "con"),
        ("ficou", "comigo"),
        ("esperou", "comigo"),
    ]
)
# Gratitude and respect: the closing verdict of a story that ended well.
_PRAISE = frozenset(
    words(
        "thanks thank thx ty grateful respect legend legends lifesaver lifesavers superhero heroes hero "
        "brilliant amazing excellent wonderful shoutout kudos "
        "gracias agradecido agradecida respeto héroes heroes genial excelente "
        "merci reconnaissant reconnaissante respect génial excellent "
        "danke dankbar respekt klasse lob "
        "grazie grato grata rispetto eccellente "
        "obrigado obrigada grato grata respeito excelente "
        # a compliment, professionals, pride: "real professionals, proud to fly with you", "um elogio"
        "compliment compliments professionals professional pros proud elogio elogios felicitaciones "
        "profesionales orgulloso orgullosa professionnels professionnel fier fière profis profi stolz "
        "professionisti professionali orgoglioso orgogliosa profissionais orgulhoso orgulhosa "
        # "è stato un grande", "un ragazzo d'oro", "un crack": a person praised
        "grande grandissimo doro crack "
        "happy glad delighted"
    )
)
# Still worried: "thank you it has stopped but scary someone can hack into my account".
_WORRY = frozenset(
    words(
        "scary scared worried worrying afraid terrified still miedo asustado asustada preocupado preocupada "
        "todavía peur inquiet inquiète toujours angst sorge sorgen noch paura preoccupato preoccupata ancora "
        "medo preocupada ainda"
    )
)
# Said before a helper verb, it undoes the praise: "nobody helped", "didn't stop", "no paró".
_DENIED = frozenset(
    words(
        "not never no nobody noone didnt wouldnt couldnt nadie nunca ni personne jamais pas "
        "niemand nicht kein keiner nie nessuno mai non ninguém ninguem nunca não nao nem"
    )
)
# Openers of a permission, ability or policy question (the first one or two tokens).
_QUESTION_OPENERS = frozenset(
    [
        ("can", "i"),
        ("can", "we"),
        ("can", "my"),
        ("could", "i"),
        ("do", "i"),
        ("do", "we"),
        ("do", "you"),
        ("does", "the"),
        ("does", "your"),
        ("am", "i"),
        ("are", "we"),
        ("is", "it"),
        ("how", "do"),
        ("how", "can"),
        ("se", "puede"),
        ("hay", "que"),
        ("tengo", "que"),
        ("est", "ce"),
        ("peut", "on"),
        ("puis", "je"),
        ("dois", "je"),
        ("je", "peux"),  # spoken order: "je peux prendre mon stylo en cabine ?"
        ("on", "peut"),
        ("io", "posso"),
        ("eu", "posso"),
        ("yo", "puedo"),
        ("faut", "il"),
        ("darf", "ich"),
        ("kann", "ich"),
        ("muss", "ich"),
        ("habt", "ihr"),
        ("gibt", "es"),
        ("si", "può"),
        ("si", "puo"),
        ("é", "possível"),
        ("e", "possivel"),
        ("tenho", "de"),
        ("tenho", "que"),
    ]
)
_QUESTION_OPENER_WORDS = frozenset(
    words(
        "puedo podemos debo necesito llevais lleváis teneis tenéis cómo "
        "peux puis dois avez comment "
        "posso possiamo devo serve avete "
        "podemos preciso têm tem"
    )
)
_ARTICLES = frozenset(words("un une des du de"))
_SERVICE_VERBS = frozenset(words("have carry serve offer allow provide sell stock accept still also"))
# A plan or a hypothetical: nothing has happened yet.
_PLAN_PAIRS = frozenset(
    [
        ("thinking", "of"),
        ("thinking", "about"),
        ("planning", "to"),
        ("considering", "getting"),
        ("pensando", "en"),
        ("pense", "en"),
        ("pense", "à"),
        ("pense", "a"),
        ("überlege", "ich"),
        ("ich", "überlege"),
        ("pensando", "di"),
        ("pensando", "de"),
        ("pensar", "em"),
        ("a", "pensar"),
    ]
)
# The trigger groups a policy question or a plan is *about*: an allergy, a medicine, a device, a
# person. Any other trigger group (an injury, fire, violence, fraud, illness, a hospital) is a
# sign that something happened, and the frame stands down.
_ABOUT_GROUPS = frozenset(
    ("allergy", "allergen", "medication", "medical_device", "child", "elderly", "disability", "pregnancy", "carer")
)
# What a story of good handling can be about: the above, and an illness, a fall, a medical
# emergency or a fraud caught in time. Fire, a collision, violence or danger are never praised away.
_PRAISED_GROUPS = _ABOUT_GROUPS | frozenset(("illness", "injury", "medical_care", "emergency", "fraud"))
# Signs of harm now, whatever the frame: alone, missing, nearly hurt, a reaction, a refusal, "now".
_HARM_NOW_GROUPS = frozenset(("g:alone", "g:missing", "g:hedge", "g:self_harm_statement", "g:others_data", "g:now"))
_EVENT_WORDS = frozenset(
    words(
        "reaction reacted hives swollen swelling refused denied collapsed fainted ate eaten served "
        "reacción reaccion rechazaron negaron comió comio sirvieron "
        "réaction reaction refusé refuse mangé mange servi "
        "reaktion verweigert gegessen serviert "
        "reazione rifiutato mangiato servito "
        "reação reacao recusaram comeu serviram "
        # lost or broken: "avete perso la mia valigia con l'insulina?", "you broke her wheelchair?"
        "lost losing broke broken damaged perso persa persi perse perdido perdida perdieron perdisteis "
        "extraviado extraviada perdu perdue perdus perdues verloren verschlampt kaputt beschädigt perdeu "
        "perderam rotto rotta rotti danneggiato danneggiata roto rota rompieron dañado dañada cassé cassée "
        "abîmé endommagé quebrado quebrada quebraram danificado danificada"
    )
)


# How fast it was handled: "Betrugsversuch sofort erkannt", "blocked it right away".
_SPEED = frozenset(
    words(
        "now right straight immediately instantly seconds minutes quickly fast ahora mismo inmediatamente "
        "enseguida momento segundos minutos maintenant immédiatement aussitôt secondes sofort gleich "
        "sekunden minuten subito immediatamente secondi minuti agora imediatamente hora"
    )
)


def _speed_of_handling(tokens: tuple[str, ...]) -> bool:
    """A "now" word said of the handling ("sofort erkannt"), not of a harm going on now."""
    return any(t in _HANDLED and not _SPEED.isdisjoint(tokens[max(0, i - 3) : i + 4]) for i, t in enumerate(tokens))


def _praise_of_handling(tokens: tuple[str, ...], fs: set[str], warm: bool = False) -> bool:
    if (_PRAISE.isdisjoint(tokens) and "g:thanks" not in fs and not warm) or not _WORRY.isdisjoint(tokens):
        return False
    for i, (t, nxt) in enumerate(pairwise((*tokens, ""))):
        if t == "managed" and managed_damage(tokens, i):
            continue  # "SkyLark managed to snap the frame of my wife's wheelchair": no handling
        if (t in _HANDLED or (t, nxt) in _HANDLED_PAIRS) and _DENIED.isdisjoint(tokens[max(0, i - 3) : i]):
            return True
    return False


def _policy_question(tokens: tuple[str, ...], question: bool) -> bool:
    if not question or not tokens:
        return False
    if tokens[:2] == ("vous", "avez"):
        # "vous avez un epipen à bord ?" asks what they carry; "vous avez servi des noix à mon fils ?" does not.
        return tokens[2:3] != () and tokens[2] in _ARTICLES
    if tokens[:2] == ("do", "you"):
        # "do you carry an EpiPen?" asks about a service; "do you really think it's okay to
        # seat kids away from parents?!" is a complaint put as a question.
        return tokens[2:3] != () and tokens[2] in _SERVICE_VERBS
    if not _ASKS_WHY.isdisjoint(tokens[1:4]):
        return False  # "je peux savoir pourquoi vous avez confisqué ...?": a complaint put as a question
    if counts_as(tokens):
        return True  # "¿cuenta la silla de ruedas como equipaje?", "zählt der Rollstuhl als Gepäck" (harm_questions.py)
    return tokens[0] in _QUESTION_OPENER_WORDS or tuple(tokens[:2]) in _QUESTION_OPENERS


_ASKS_WHY = frozenset(
    words("why know savoir comprendre pourquoi saber entender wissen warum sapere perché capire porquê")
)


# A question about a policy or a rule ("what's your policy if I get scammed?", "c'est quoi la règle
# pour voler enceinte de 32 semaines ?", "was gilt beim Fliegen in der 32. Woche?"): asked before
# anything happened, so a doctor's note or a fraud "if it happens" is what it is about.
_POLICY = frozenset(
    words(
        "policy policies rule rules política politica politique règle regle règles regles regla reglas "
        "regel regeln richtlinie gilt regola regole regra regras"
    )
)
_POLICY_ABOUT = _ABOUT_GROUPS | frozenset(("medical_care", "fraud"))
_FRAUD = frozenset(LEXICON["fraud"])


def _policy_hypothetical(tokens: tuple[str, ...], cues: tuple[str, ...], question: bool) -> bool:
    if not question or _POLICY.isdisjoint(tokens[:5]) or not _POLICY_ABOUT.issuperset(cues):
        return False  # the question opens with the policy ("what's the policy for ..."), not a complaint
    # A fraud only "if I get scammed": a conditional within four words before each fraud word.
    return only_supposed(tokens, _FRAUD, 4)


# The fraud team as a desk to reach ("what's your fraud team's number?", "die Betrugsabteilung geht
# nie ran", "como é que a vossa equipa de fraude contacta os clientes?"): a department, no fraud told.
_DESK_AFTER = frozenset(
    words("team teams teams department dept line number unit desk squad office hotline protection prevention")
)
_DESK_BEFORE = frozenset(
    words(
        "equipo equipa departamento servicio serviço servico línea linea linha setor sector unidad service "
        "équipe equipe cellule ufficio reparto"
    )
)
_DESKS = frozenset(
    words(
        "betrugsteam betrugsabteilung betrugshotline betrugsstelle antifraude antifrode antifraud "
        "frauddepartment fraudteam"
    )
)


# Someone claiming to be the desk ("a guy rang saying he was from your fraud team"), or money at
# stake ("moved my savings to a safe account"): the oldest scam, not a department.
_CLAIMED = frozenset(
    words(
        "saying said claiming claimed claims pretending posing rang called caller guy someone "
        "diciendo dijo llamó llamo alguien tipo disant prétendant pretendant appelé appele type quelquun "
        "angeblich rief anrufer typ jemand dicendo chiamato qualcuno tizio dizer dizendo ligou ligou-me alguém alguem "
        "savings ahorros économies economies erspartes ersparnisse risparmi poupanças poupancas money dinero argent "
        "geld soldi dinheiro safe segura sécurisé securise sicheres sicuro segura"
    )
)


# A disowning phrase ("never made", "mai fatto", "nunca hice", "nie gemacht") is a fraud cue for a
# payment the customer never made: with no money named it is "I had never done that before".
_DISOWN_PAIRS = frozenset(
    [
        ("never", "made"),
        ("not", "me"),
        ("nunca", "hice"),
        ("jamais", "faits"),
        ("jamais", "fait"),
        ("nie", "gemacht"),
        ("mai", "fatto"),
        ("nunca", "fiz"),
    ]
)
_MONEY_NAMED = MONEY_MOVED | TXN_WORDS | frozenset(CONTEXT_LEXICON["money"])


def _disowned_nothing(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    return (
        cues == ("fraud",)
        and _FRAUD.isdisjoint(tokens)
        and any(p in _DISOWN_PAIRS for p in pairwise(tokens))
        and _MONEY_NAMED.isdisjoint(tokens)
        and not any(t[:1].isdigit() for t in tokens)
    )


# "Sick" as praise of a thing: "this new plan is sick", "la 5g est malade frère", "o 5g novo é doente",
# "das Angebot ist krank": the slang word right after a copula whose subject is a product or service.
_SICK = frozenset(words("sick malade doente krank enfermo malato"))
_SICK_COPULAS = frozenset(words("is was est était etait é e era ist war es está esta è"))
_THINGS = frozenset(
    words(
        "plan plans deal deals offer 5g 4g network signal wifi speed speeds app update phone broadband data coverage "
        "price prices forfait réseau reseau offre débit debit appli tarif tarifa plano rede oferta velocidade "
        "netz angebot tarif geschwindigkeit rete offerta piano velocità velocita red velocidad promo"
    )
)


# English slang praise names more things than a network deal ("that new feature is sick", "the
# lounge is pretty sick", "that's sick"): a person is never among them ("my son is sick": an illness).
_THINGS_EN = frozenset(
    words(
        "feature features song songs album albums track tracks playlist playlists lounge game games show shows "
        "design site website interface layout camera screen video videos trailer merch event party concert beat "
        "set lineup photo pic picture logo remix mix vibe vibes ride kit shirt jersey version release upgrade "
        "livery menu lineup collab drop"
    )
)
_SICK_COPULAS_EN = frozenset(words("be looks look looked sounds sound sounded seems"))
_SICK_SUBJECTS_EN = frozenset(words("this that it"))
_SELF_PREDICATED_EN = frozenset(words("thats its"))  # "that's sick": subject and copula in one token
_SICK_INTENSIFIERS_EN = frozenset(words("so pretty really actually lowkey highkey fucking fkn damn super proper"))


def _sick_predicate_en(tokens: tuple[str, ...], i: int) -> bool:
    """The "sick" at i is said of a thing in English: a copula (after any intensifier) whose subject
    is a thing or "this"/"that"/"it", or "that's"/"it's" itself."""
    j = i - 1
    while j >= 0 and tokens[j] in _SICK_INTENSIFIERS_EN:
        j -= 1
    if j < 0:
        return False
    if tokens[j] in _SELF_PREDICATED_EN:
        return True
    if tokens[j] not in _SICK_COPULAS and tokens[j] not in _SICK_COPULAS_EN:
        return False
    if j >= 1 and tokens[j] == "be" and tokens[j - 1] in ("to", "gonna", "will", "ll"):
        j -= 2 if tokens[j - 1] == "to" and j >= 2 and tokens[j - 2] == "going" else 1
    before = tokens[max(0, j - 4) : j]
    return (bool(before) and before[-1] in _SELF_PREDICATED_EN | _SICK_SUBJECTS_EN) or not (
        _THINGS.isdisjoint(before) and _THINGS_EN.isdisjoint(before)
    )


def _sick_thing(tokens: tuple[str, ...], cues: tuple[str, ...], lang: str | None = None) -> bool:
    if cues != ("illness",):
        return False
    hits = [i for i, t in enumerate(tokens) if t in _SICK]
    return bool(hits) and all(
        (i >= 2 and tokens[i - 1] in _SICK_COPULAS and not _THINGS.isdisjoint(tokens[max(0, i - 4) : i - 1]))
        or (lang == "en" and _sick_predicate_en(tokens, i))
        for i in hits
    )


def _fraud_desk(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """Every fraud word names the bank's fraud desk, nobody claimed to be it, and nothing else is a harm cue."""
    if cues != ("fraud",) or not _CLAIMED.isdisjoint(tokens):
        return False
    found = False
    for i, t in enumerate(tokens):
        if t in _DESKS:
            found = True
        elif t in _FRAUD or t.startswith("betrug"):
            after = tokens[i + 1 : i + 2]
            before = tokens[max(0, i - 2) : i]
            if not ((after and after[0] in _DESK_AFTER) or not _DESK_BEFORE.isdisjoint(before)):
                return False
            found = True
    return found


def _plan(tokens: tuple[str, ...]) -> bool:
    return any(p in _PLAN_PAIRS for p in pairwise(tokens))


# A data-protection request names its law ("under GDPR erase my data", "gemäß Art. 15 DSGVO
# Auskunft"): a right exercised, not data on show. The breach cue is then only the law's name.
_BREACH_WORDS = frozenset(LEXICON["breach"])
_DATA_LAWS = frozenset(words("gdpr rgpd dsgvo lgpd"))
_EXPOSED_GROUPS = frozenset(("g:others_data", "g:stranger", "g:on_show", "g:public"))


def _data_request(tokens: tuple[str, ...], cues: tuple[str, ...], fs: set[str]) -> bool:
    if cues != ("breach",) or not _EXPOSED_GROUPS.isdisjoint(fs):
        return False
    named = [t for t in tokens if t in _BREACH_WORDS or "datenschutz" in t]
    return bool(named) and all(t in _DATA_LAWS or "datenschutz" in t for t in named)


# "leche sin lactosa", "gluten-free bread", "sans gluten", "senza lattosio", "laktosefreie Milch":
# a product free of the allergen is what was ordered, not an exposure to it. When an allergen named
# this way is the only cue, nothing happened to anyone ("you sent lactose-free milk instead of
# normal"); a reaction, an illness or a declared allergy ("I'm coeliac") is another cue and keeps it.
_FREE_BEFORE = frozenset(words("sin sans senza sem ohne without"))
_FREE_AFTER = frozenset(words("free frei freie freien freies freier"))
_ALLERGENS = frozenset(LEXICON["allergen"])
_FREE_SUFFIXES = ("frei", "freie", "freies", "freien", "freier")


def _free_from(tokens: tuple[str, ...], i: int) -> bool:
    """Token i names a product free of an allergen ("laktosefrei", "sin lactosa", "gluten free")."""
    t = tokens[i]
    if t.endswith(_FREE_SUFFIXES):
        return True
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return before in _FREE_BEFORE or after in _FREE_AFTER


def _free_from_only(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    if cues != ("allergen",):
        return False
    named = [i for i, t in enumerate(tokens) if t in _ALLERGENS or (len(t) > 8 and t.endswith(_FREE_SUFFIXES))]
    return bool(named) and all(_free_from(tokens, i) for i in named)


# Fear with nothing that frightens: "ho paura sia amore", "me dan miedo los check azules", "scared
# I'll lose my reservation". Fear is a report of harm when someone or something acts on the writer
# (a driver who won't stop, a crew ignoring smoke, a man following her); as the only cue, without
# any such actor or place, it is a feeling.
_FEAR_ACTORS = frozenset(
    words(
        "driver drivers rider riders crew staff man men guy guys woman agent attendant attendants pilot captain "
        "employee employees someone somebody stranger he him they security guard passenger passengers car taxi "
        "cab bus train plane flight cabin van lift elevator door doors ex stalker address home house "
        "indirizzo dirección direccion adresse endereço morada casa maison haus zuhause "
        "conductor conductora repartidor tripulación tripulacion personal alguien hombre tipo coche avión avion "
        "puertas cabina "
        "chauffeur livreur équipage equipage personnel quelquun homme voiture avion portes "
        "fahrer fahrerin besatzung crew personal jemand mann auto flugzeug türen kabine zug "
        "autista rider equipaggio personale qualcuno uomo auto aereo portiere cabina treno "
        "motorista entregador tripulação tripulacao pessoal alguém alguem homem carro avião portas cabine comboio"
    )
)


# Danger, pain or a kill word as the only cue report harm linked to a brand (the set's
# guideline) only with a link to one: the brand addressed ("you", "vuestro", "euer"), a person of a
# service or a thing it runs or sold ("the seatbelt", "the engineer you sent", "trapped on planes").
# Without any, "l'ours polaire en danger", "rischio default", "Batman may not kill",
# "tio que dolor de piernas" are news, politics, fiction or one's own day.
_SECOND_PERSON = frozenset(
    words(
        "you your ur youre yall u vous votre vos vosotros vuestro vuestra vuestros vuestras usted ustedes "
        "ihr euer eure euch ihnen eurem euren eures ihrem ihren ihres dein deine deinem deinen voi vostro vostra "
        "vostri vostre vocês voces vosso vossa vossos vossas tu tus ton ta tes tuo tua teu"
    )
)
_SERVICE_THINGS = frozenset(
    words(
        "planes flights trains buses cars taxis drivers seatbelt seatbelts brakes brake boiler cables cable wires "
        "wire landing turbulence engineer technician courier técnico techniker tecnico hotel room store shop "
        "restaurant food meal order delivery product app account seat seats bag bags luggage suitcase station "
        "platform gate airport aircraft airline pilots mechanic flight attendant parcel package "
        "vuelo asiento cinturón cinturon frenos tren autobús autobus equipaje maleta habitación tienda comida "
        "pedido producto cuenta cables técnico repartidor "
        "vol siège siege ceinture freins bagage bagages valise chambre magasin nourriture commande produit compte "
        "câbles fils technicien "
        "sie fahrzeug wagen sitz gurt sicherheitsgurt bremsen kurier zusteller lieferant mitarbeiter "
        "mitarbeiterin zimmer laden filiale essen bestellung lieferung produkt konto gepäck koffer bahnsteig "
        "flughafen flug techniker handwerker monteur kabel leitung heizung therme gerät "
        "volo sedile cintura freni autobus bagaglio valigia camera negozio cibo ordine prodotto conto cavi fili "
        "voo assento cinto freios travões travoes ônibus onibus autocarro bagagem mala quarto loja pedido "
        "produto cabos fios"
    )
)
_LINKED = _FEAR_ACTORS | _SECOND_PERSON | _SERVICE_THINGS
# German compounds hide the link ("Stromkabel", "Fahrerin", "Kindersitz", "Sicherheitsgurt").
_COMPOUND_LINKS = (
    "fahr",
    "kabel",
    "gurt",
    "sitz",
    "brems",
    "zug",
    "bahn",
    "flug",
    "hotel",
    "leitung",
    "gerät",
    "techni",
    "monteur",
    "liefer",
    "steck",
    "aufzug",
    "treppe",
    "tür",
    "mitarbeit",
    "personal",
    "heiz",
    "gas",
    "scherbe",  # "Glasscherbe", "Metallsplitter": the shard is the hazard
    "splitter",
)
# Glass, metal or something sharp is a hazard in food, in a toy or as a spike or shard: "a glass of
# wine", "my glass half full", "AA metal", "Finnish metal", "a Sharp TV", "sharp drops" are not.
_FOREIGN_LINKS = frozenset(
    words(
        "food meal burger burgers sandwich salad pizza bread soup chicken rice pasta cereal yogurt yoghurt cake "
        "fries snack bite biting bit chew chewed chewing swallowed swallow mouth tooth teeth ate eat eating found "
        "spike spikes shard shards splinter splinters blade sticking toy toys "
        "comida hamburguesa bocadillo ensalada pan sopa pollo arroz cereales yogur pastel morder mordí boca diente "
        "dientes comí comer comiendo encontré encontramos encontrado trozo trozos astilla juguete "
        "nourriture repas sandwich salade pain soupe poulet riz pâtes céréales yaourt gâteau frites mordre mordu "
        "bouchée bouche dent dents mangé manger trouvé trouvée morceau éclat jouet "
        "essen brot suppe hähnchen reis nudeln müsli joghurt kuchen pommes reinbeißen gebissen beißen mund zahn "
        "zähne gegessen gefunden stück splitter spitze spitzer spielzeug "
        "cibo hamburger panino insalata pane zuppa pollo riso cereali torta patatine mordere morderlo morso bocca "
        "dente denti mangiato trovato trovata pezzo scheggia giocattolo nellhamburger nelpanino "
        "hambúrguer hamburguer sanduíche salada pão frango massa cereais iogurte bolo batatas mordida dentes comi "
        "encontrei encontrado pedaço lasca brinquedo "
        # more dishes, and a shard or splinter named as what it is ("eine Glasscherbe im Salat")
        "meat fish curry noodles wrap sushi steak dessert carne pescado viande poisson plat pesce piatto peixe "
        "prato salat wurst brötchen fleisch gericht döner scherbe scherben splitter"
    )
)
# Drunk is a danger when someone drives, flies, serves or travels beside the writer drunk: not "the
# drunk uncle of boarding", "get drunk and tell you", "betrunken am Pool liegen".
_IMPAIRED_LINKS = frozenset(
    words(
        "driver drivers driving drove pilot pilots passenger passengers crew serving served serve serves gave "
        "rider courier conductor staff attendant attendants captain wheel bus taxi cab uber "
        "conductor conductora conduciendo piloto pasajero pasajeros tripulación sirviendo sirvieron servir taxista "
        "repartidor conducteur chauffeur conduisait pilote passager passagers équipage servi servir livreur volant "
        "fahrer fahrerin pilot passagier passagiere serviert ausgeschenkt lieferant steuer "
        "autista pilota passeggero passeggeri equipaggio servito servire fattorino guidava volante "
        "motorista dirigindo passageiro passageiros tripulação servindo serviram entregador"
    )
)
# A stranger is harm when their data shows or they did something to someone ("a stranger's address
# in my order history", "ein Fremder hat sie gefunden"): not "6 strangers in a rented van".
_STRANGER_LINKS = OTHERS_DATA_WORDS | frozenset(
    words(
        "address addresses phone details account history payment payments data found followed approached "
        "touched grabbed entered took "
        "dirección direccion teléfono telefono historial compras encontró siguió tocó "
        "adresse téléphone historique achats trouvé trouvée suivi touché "
        "telefonnummer telefon bestellverlauf verlauf einkäufe gefunden verfolgt angefasst "
        "indirizzo telefono storico acquisti trovato trovata seguito toccato "
        "endereço telefone histórico encontrou seguiu tocou"
    )
)
# Nuts or gluten named alone are a snack or a menu ("no pretzels or peanuts?!", "bring back the salted
# peanuts"); they are a harm with someone ill or reacting, a label, or who ate them.
_ALLERGEN_LINKS = frozenset(
    words(
        "ill sick unwell symptoms symptom reaction reacted label labelled labeled labelling ingredients "
        "contains contained traces hospital son daughter child kid kids baby toddler ate eaten "
        "enfermo enferma malísima malisima síntomas sintomas reacción reaccion etiqueta ingredientes contiene "
        "contenía trazas hijo hija niño niña bebé comió comio "
        "malade symptômes symptomes réaction étiquette ingrédients contient contenait traces fils fille enfant bébé "
        "mangé "
        "krank symptome reaktion etikett zutaten enthält enthielt spuren sohn tochter kind gegessen "
        "malissimo sintomi reazione etichetta ingredienti conteneva tracce figlio figlia bambino mangiato "
        "doente sintomas reação reacao rótulo rotulo ingredientes contém continha traços filho filha criança "
        "comeu "
        # labelled (the label told with the participle: "etichettata senza glutine", "étiqueté sans
        # gluten") and feeling unwell ("ora sta male", "se encuentra mal", "elle se sent mal", "ihr ist
        # übel", "passou mal"; "unwell" above)
        "etiquetado etiquetada étiqueté étiquetée etikettiert gekennzeichnet etichettata etichettato "
        "rotulado rotulada poorly mal übel male"
    )
)
# cue -> what must be there when it is the only cue
_NEEDS_LINK = {
    "allergen": _ALLERGEN_LINKS,
    "fear": _FEAR_ACTORS,
    "danger": _LINKED,
    "pain": _LINKED,
    "kill": _LINKED,
    "foreign_object": _FOREIGN_LINKS,
    "impaired": _IMPAIRED_LINKS,
    "stranger": _STRANGER_LINKS,
}


def _fear_without_cause(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """The only cue is fear (or danger, pain, a kill word) with nothing linking it to a
    service or a person acting on the writer; or glass, metal, a drunk, a stranger without what
    makes them a harm (food or a spike; someone driving or served; data shown or an act)."""
    need = _NEEDS_LINK.get(cues[0]) if len(cues) == 1 else None
    return (
        need is not None
        and need.isdisjoint(tokens)
        and not any(len(t) > 7 and any(s in t for s in _COMPOUND_LINKS) for t in tokens)
    )


# A mention that addresses no one (no @handle), speaks of no one's own experience (no first
# person) and names nothing of a service (no "you", no driver, plane, order or account) is news,
# politics, TV or fiction told in the third person: "Le pangolin, un animal menacé d'extinction",
# "Bobby azul foi hospitalizado #MasterChefBR", "Fast bowler James Pattinson has a buttock
# injury", "O filho do Serginho é um encanto #AltasHoras". The set's guideline asks for harm
# linked to a brand; such a text links none. Someone alone or missing keeps the alarm.
_FIRST_PERSON = frozenset(
    words(
        "i im ive id me my mine myself we us our ours "
        "yo me mi mis nos nosotros nosotras nuestro nuestra nuestros nuestras conmigo "
        "je j moi mon ma mes nous notre nos "
        "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem "
        "io mi mio mia miei mie noi nostro nostra nostri nostre "
        "eu me meu minha meus minhas nós nos nosso nossa nossos nossas comigo"
    )
)
_KEEPS_ALARM = frozenset(("g:alone", "g:missing", "g:now", "g:self_harm_statement"))
# The anonymised handle of public tweet sets ("@user" stands for any private account): it names
# no brand, so a text that addresses only it addresses no one the harm could be linked to.
_PLACEHOLDER_HANDLES = frozenset(("user",))


# A news ticker: headlines strung with "+++" ("Falkensee: Schmuck gestohlen +++ Wildunfälle"), a
# police press office's code ("POL-HH:", "POL-ROW:"), a newsflash header ("Eilmeldung", "última
# hora", "dernière minute", "ultim'ora"): news of others, whatever its words ("im Haus" is no "I'm").
_TICKER = re.compile(
    r"\+\+\+|\+\+.+\+\+|\bPOL-[A-Z]{1,5}\b|\beilmeldung\b|\búltima hora\b|\bderni[eè]re minute\b|\bultim.?ora\b",
    re.IGNORECASE,
)


# A hint of self-harm ("can't cope", "want to disappear") said by the writer counts without a brand.
_OWN_DISTRESS = frozenset(("g:self_harm", "g:despair"))
# A plea or a company named: the writer turns to someone (a reply in a thread with the brand: "é meu
# pai, é diabético e tá sem comer, ninguém da companhia ajuda, por favor"), not a diary note.
_PLEA = frozenset(
    words(
        "help please pls plz company staff crew agent voucher ayuda ayudad ayúdenme ayudenme favor compañía "
        "compania empresa personal aidez aide svp plait compagnie société personnel hilfe helft bitte firma "
        "gesellschaft aiuto aiutate aiutatemi favore compagnia azienda personale ajuda ajudem companhia "
        "funcionários funcionarios"
    )
)
# German "im" is "in the", not English "I'm".
_FIRST_PERSON_DE = _FIRST_PERSON - {"im"}
# In an English text that addresses no brand, "you" is the reader and "he", "they", "the guy" are
# anyone (a player, a singer, a politician): "Will you read it?", "He may be injured", "the guy next
# to me". They link harm words to a service only when a brand is addressed; someone acting on the
# writer ("someone used my card", a stranger, a driver) still links.
_ANYONE_EN = frozenset(words("you your ur youre yall u he him they man men guy guys woman somebody"))
_UNADDRESSED_LINKS_EN = _LINKED - _ANYONE_EN
# ... except for a fraud or a data exposure, which happens to the writer with no brand addressed: the
# "you" of a scam text ("if this wasn't you call ...") or of a caller still links.
_TOLD_TO_THE_WRITER = frozenset(("g:fraud", "g:breach", "g:others_data"))


def unaddressed_chatter(
    tokens: tuple[str, ...], handles: tuple[str, ...], fs: set[str], clean: str = "", lang: str | None = None
) -> bool:
    """No @handle (but the anonymised "@user"), nothing linking the harm words to a service (see
    above); or a news ticker addressed to no one. A personal anecdote linked to no brand is chatter
    too ("my tummy hurts", "ce film m'a rendu malade", "mi nonna ha 90 anni"): the set's guideline
    counts one's own sunburn as no harm. Only a hint of self-harm in the first person keeps it."""
    placeholder = _PLACEHOLDER_HANDLES.issuperset(h.lower() for h in handles)
    links = _UNADDRESSED_LINKS_EN if lang == "en" and _TOLD_TO_THE_WRITER.isdisjoint(fs) else _LINKED
    if placeholder and _KEEPS_ALARM.isdisjoint(fs) and _TICKER.search(clean) is not None:
        return True
    return (
        placeholder
        and (
            (_OWN_DISTRESS.isdisjoint(fs) and _PLEA.isdisjoint(tokens))
            or (_FIRST_PERSON_DE if lang == "de" else _FIRST_PERSON).isdisjoint(tokens)
        )
        and links.isdisjoint(tokens)
        and _KEEPS_ALARM.isdisjoint(fs)
        and not any(len(t) > 7 and any(s in t for s in _COMPOUND_LINKS) for t in tokens)
    )


# A smoke or CO alarm chirping for a new battery is upkeep, not smoke: "the smoke detector you
# fitted beeps every night, probably the battery". Only when the alarm is the only fire cue.
_ALARMS = frozenset(
    words("detector detectors alarm alarms detector detección detección detecteur détecteur rilevatore sensore melder")
)
_UPKEEP = frozenset(
    words(
        "battery batteries beeping beeps beep chirping chirps chirp pila pilas pita pitando pile piles bipe "
        "bipent batterie piept piepst piepen batteria batterie suona pilha pilhas bateria apita apitando"
    )
)


def _alarm_upkeep(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    return cues == ("fire_smoke",) and not _ALARMS.isdisjoint(tokens) and not _UPKEEP.isdisjoint(tokens)


_MEDICAL_CARE = frozenset(LEXICON["medical_care"])
# What a payment is: "hospital deposit", "la factura del hospital", "facture de l'hôpital",
# "Rechnung vom Arzt", "parcheggio dell'ospedale", "a conta do hospital".
_MONEY_NOUNS = frozenset(
    words(
        "deposit deposits bill bills invoice invoices fee fees payment payments parking charge charges "
        "depósito deposito factura facturas pago pagos aparcamiento fianza cuota recibo "
        "caution dépôt facture factures paiement frais "
        "rechnung rechnungen kaution zahlung anzahlung parkplatz gebühr gebühren "
        "fattura fatture caparra pagamento parcheggio retta "
        "conta fatura caução pagamento estacionamento mensalidade"
    )
)
# Between a money noun and what it is for ("deposit for the hospital", "pago a la clínica").
_PAYEE_LINKS = frozenset(words("of for the to a la el del de du des des vom beim für das den dem di do da dos das al"))
_ELIDED = ("dell", "all", "nell", "l", "d")


def _medical_word(token: str) -> bool:
    if token in _MEDICAL_CARE:
        return True
    return any(token.startswith(p) and token[len(p) :] in _MEDICAL_CARE for p in _ELIDED)  # "lhôpital"


def _paid_for(tokens: tuple[str, ...], i: int) -> bool:
    """The medical word at i names what a payment is for: a money noun right after it ("hospital
    deposit"), or before it with at most two linking words ("depósito del hospital")."""
    if tokens[i + 1 : i + 2] and tokens[i + 1] in _MONEY_NOUNS:
        return True
    for back in (1, 2, 3):
        j = i - back
        if j < 0:
            return False
        if tokens[j] in _MONEY_NOUNS:
            return True
        if tokens[j] not in _PAYEE_LINKS:
            return False
    return False


def _medical_bill_only(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """The only harm word is a hospital or doctor named as what a payment is for: "my hospital deposit
    left my account twice" is a billing problem; nobody is said to be ill or hurt."""
    if cues != ("medical_care",):
        return False
    medical = [i for i, t in enumerate(tokens) if _medical_word(t)]
    return bool(medical) and all(_paid_for(tokens, i) for i in medical)


# Suicide named as a topic (a statistic, a news story) with no first person and no statement. Only
# the nouns: "can't cope anymore" with the "I" dropped is still the writer's own.
_SUICIDE_NOUNS = frozenset(words("suicide suicides selfharm"))
_SELF_HARM_WORDS = frozenset(LEXICON["self_harm"])


def _suicide_as_topic(tokens: tuple[str, ...], fs: set[str]) -> bool:
    named = [t for t in tokens if t in _SELF_HARM_WORDS]
    return (
        bool(named)
        and _SUICIDE_NOUNS.issuperset(named)
        and "g:self_harm_statement" not in fs
        and _FIRST_PERSON.isdisjoint(tokens)
    )


def benign_frame(
    tokens: tuple[str, ...],
    cues: tuple[str, ...],
    fs: set[str],
    question: bool,
    warm: bool = False,
    lang: str | None = None,
) -> str | None:
    """ "praise", "question", "plan", "idea" (a feature wish), "desk" (the fraud team as a department),
    "request" (a data-protection request), "product" (an allergen-free product), "unlinked" (fear,
    danger or pain with nothing that acts), "upkeep" (a smoke alarm's battery) or "bill" (a hospital
    named only as what a payment is for) when the mention is about harm without reporting any; else
    None. `cues` are the trigger groups that fired, `fs` the model features, `question` whether the
    text holds a "?", `warm` whether it carries a warm or hype emoji (👏, 💚, 🔥), `lang` switches on
    the English-only checks."""
    cues = paper_doctor_dropped(tokens, cues)  # "do I need a doctor's note?": core/harm_routine.py
    if _data_request(tokens, cues, fs):
        return "request"
    if _free_from_only(tokens, cues):
        return "product"
    if _alarm_upkeep(tokens, cues):
        return "upkeep"
    if _medical_bill_only(tokens, cues):
        return "bill"
    if _fear_without_cause(tokens, cues):
        return "unlinked"
    if cues == ("fraud",) and lang == "en" and requested_reset(tokens):
        return "question"  # "I requested a reset, is this email legit?": core/harm_resets.py
    if cues == ("self_harm",) and lang == "en" and _suicide_as_topic(tokens, fs):
        return "unlinked"  # "did you know suicide is the second cause of death among teens": no one's own
    if cues == ("breach",) and lang == "en" and handled_number(tokens):
        return "question"  # "do I have to provide a passport number?": core/harm_numbers.py
    if (figure := figurative_frame(tokens, cues, fs)) is not None:
        return figure  # "the site crashed", "this wait is killing me": core/harm_figurative.py
    now: frozenset[str] = _HARM_NOW_GROUPS & frozenset(fs)
    if now == {"g:now"} and _speed_of_handling(tokens):
        now = frozenset()  # "sofort erkannt": praise of speed, not a harm going on now
    if not cues or now or not _EVENT_WORDS.isdisjoint(tokens):
        return None
    if _PRAISED_GROUPS.issuperset(cues) and _praise_of_handling(tokens, fs, warm):
        return "praise"
    if _policy_hypothetical(tokens, cues, question):
        return "question"
    if _fraud_desk(tokens, cues) and MONEY_MOVED.isdisjoint(tokens):
        return "desk"
    if _sick_thing(tokens, cues, lang):
        return "praise"  # "this new plan is sick": slang praise of a product
    if (routine := routine_frame(tokens, cues)) is not None:
        return routine  # "would be sick", "medicine arrives on time, never fails": core/harm_routine.py
    if _disowned_nothing(tokens, cues):
        return "unlinked"  # "non l'avevo mai fatto prima": no payment disowned
    if not _ABOUT_GROUPS.issuperset(cues):
        return None
    if _policy_question(tokens, question):
        return "question"
    if _plan(tokens) or books_help(tokens):  # "I want to book special assistance": core/harm_bookings.py
        return "plan"
    if feature_wish(tokens):
        return "idea"  # "it'd be handy if the app flagged allergens": a feature idea
    return None


# "want to die of embarrassment", "me muero de risa": dying of something is a figure of speech.
DIE_OF = frozenset(
    [
        ("die", "of"),
        ("die", "laughing"),
        ("die", "from"),
        ("morir", "de"),
        ("muero", "de"),
        ("mourir", "de"),
        ("meurs", "de"),
        ("sterben", "vor"),
        ("morire", "di"),
        ("morire", "dal"),
        ("morrer", "de"),
    ]
)


# "da 8 anni", "desde hace 8 años", "depuis 8 ans", "seit 8 Jahren", "há 8 anos", "for 8 years":
# a duration (a customer for years), not an age.
DURATION_BEFORE = frozenset(words("da desde hace depuis seit há ha for since durante pendant per über"))
# What comes right before a number of years that is a time gone by, one word or two: the
# durations above, and "depois de 8 anos", "después de 8 años", "au bout de 8
# ans", "nach 8 Jahren", "dopo 8 anni", "tras 8 años" (a long-standing customer), not an age.
SINCE_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    (w,) for w in (*DURATION_BEFORE, *words("après nach dopo tras após apos"))
) | {("depois", "de"), ("después", "de"), ("despues", "de"), ("bout", "de"), ("cabo", "de")}
# "someone else's order history", "order details": their data, not a wrong delivery.
DATA_AFTER_GOODS = frozenset(words("history details info data number numbers address addresses"))
