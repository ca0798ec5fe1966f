"""Threats against staff or premises and literal near-misses, in en/es/fr/de/it/pt (used by `core.harm`).

* **A bomb threat or a threat to blow something up**: "there's a bomb on flight 22", "hay una
  bomba en el tren", "il y a une bombe dans le train", "im Zug ist eine Bombe", "c'è una bomba sul
  treno", "há uma bomba no voo"; a bomb brought or placed ("I'll bring a bomb to your office", "voy a
  poner una bomba", "ich bringe eine Bombe mit"); blowing a place up ("blow up your station", "je vais
  tout faire sauter", "ich jage euren Laden in die Luft", "faccio saltare in aria il negozio", "vou
  explodir a vossa loja"). A bomb as praise ("this album is the bomb", "esta hamburguesa es una
  bomba", "c'est de la bombe", "una bomba di prezzo"; "bombazo", "Bombenstimmung", "bombou" are other
  words) names no place nor a placing, so it never fires; nor does a bomb scare that only delayed a
  trip ("bomb scare at the airport", "alerte à la bombe", "allarme bomba").
* **A near miss that nearly killed someone**: "your scooter nearly killed me", "casi me mata", "a
  failli me tuer", "hätte mich fast umgebracht", "per poco non mi ammazzava", "quase me matou". Said
  of a queue, a price, a wait or a workout, or with a laugh ("lol", "jaja", "mdr", "kkkk", 😂), it is a
  figure of speech: `figurative_near_miss` gives the positions that `core.harm_figures` drops.
"""

from __future__ import annotations

import itertools

from mentionflow.core.harm_lexicon import LEXICON, words

__all__ = ["KILL_WORDS", "THREAT_GATE", "figurative_near_miss", "threat_signal"]


def _elided(ws: frozenset[str]) -> frozenset[str]:
    """``ws`` and each vowel-initial word after an elided article or preposition ("sullautobus", "laéroport")."""
    return ws | {
        p + w for w in ws if w[:1] in "aeiouhàâéèêîôù" for p in ("l", "d", "un", "all", "dell", "nell", "sull")
    }


_BOMBS = frozenset(
    words(
        "bomb bombs bomba bombas bombe bomben explosive explosives explosivo explosivos explosif explosifs "
        "sprengstoff sprengsatz esplosivo esplosivi"
    )
)
# Where a bomb threatens people: a vehicle, premises, luggage ("sull'autobus", "l'aéroport" elided too).
_PLACES = _elided(
    frozenset(
        words(
            "flight plane aircraft train bus coach station airport terminal office store shop branch building depot "
            "warehouse board aboard bag suitcase luggage car ferry ship tube metro restaurant hq headquarters place "
            "vuelo avión avion tren autobús autobus estación estacion aeropuerto oficina tienda sucursal edificio "
            "local maleta equipaje bordo barco sede restaurante "
            "vol train gare aéroport aeroport bureau magasin agence bâtiment batiment valise bagage bord rame tgv "
            "flug flugzeug zug bahnhof flughafen büro buro laden filiale gebäude gebaude koffer gepäck gepack "
            "volo aereo treno stazione ufficio negozio filiale valigia bagaglio nave "
            "voo avião aviao comboio trem autocarro ônibus onibus estação estacao escritório escritorio loja "
            "agência agencia prédio predio edifício mala bagagem navio"
        )
    )
)
_ARTICLES = frozenset(words("a an some una un une eine einen einer um uma"))
# Placing or bringing a bomb, just before it ("plant a bomb", "poner una bomba", "poser une bombe").
_PLACE_VERBS = frozenset(
    words(
        "plant planted planting bring bringing brought put putting placed carry carrying got have "
        "poner pongo pondré pondre puse puesto colocar coloco coloqué coloque traer traigo llevo llevar dejé deje "
        "dejado dejar tengo meter meto "
        "poser pose posé posée mettre mets mis apporter apporte amener déposer déposé depose placé placer jai "
        "bringe bringen gebracht lege legen gelegt platziert platziere deponiert habe hab versteckt "
        "mettere metto messo piazzare piazzato piazzo portare porto portato lasciato ho nascosto "
        "pôr pus ponho colocar coloquei levar levo trazer trago deixei deixar tenho escondi"
    )
)
_COPULAS = frozenset(words("is was are es era son est était etait sont ist war sind è e é era sono são sao"))
_EXISTENTIAL = frozenset(words("there es"))
_LOCATIVE = frozenset(words("in im on at aboard en dans sur à a an auf su sul sulla nel nella in no na em"))
# A bomb scare or alert, a time bomb, a bomb of a deal: no threat.
_NOT_A_THREAT = frozenset(
    words(
        "scare scares threat threats alert alarm hoax squad amenaza alarma aviso alerta menace alerte drohung "
        "alarm entschärft minaccia allarme ameaça ameaca retardement relojería relojeria orologeria relógio "
        "relogio of de di do da du des del della"
    )
)
# Blowing a place up: the verb, and what must follow within four words (a place, "everything").
_BLOW = frozenset(words("blow blowing"))
_UP = frozenset(words("up"))
_BLOW_OTHERS = frozenset(
    words(
        "sauter exploser explotar estallar volar esplodere saltare explodir rebentar sprengen sprenge jagen jage "
        "sprenge"
    )
)
_EVERYTHING = frozenset(words("tout todo tutto tudo alles everything"))
_FEELING = frozenset(words("de di of com con vor raiva rabia rage colère colere wut rabbia ódio odio"))
# Verbs that threaten only when caused: "faire sauter", "far saltare", "hacer explotar/estallar".
_CAUSED = frozenset(words("sauter exploser explotar estallar saltare esplodere"))
_MAKE = frozenset(words("faire fais fait ferai ferais far faccio farò faro faremo hacer haré hare hago haremos"))
# German verb-last: "ich werde euren Laden in die Luft jagen" has "Luft" before the verb.
_AIR_BEFORE = frozenset(words("luft"))
_TARGETS = _PLACES | _EVERYTHING
_IN_THE_AIR = (("por", "los", "aires"), ("in", "die", "luft"), ("in", "aria"), ("pelos", "ares"))

# A threat of violence against staff: a first-person intent, a violent verb and a member of staff
# ("I will stab your cashier", "voy a matar al revisor", "je vais poignarder le contrôleur", "ich
# werde den Schaffner abstechen", "domani accoltello il capotreno", "vou esfaquear o revisor").
_VIOLENT = frozenset(
    words(
        "stab shoot punch kill attack strangle murder "
        "apuñalar apunalar matar pegarle paliza golpear disparar acuchillar mataré matare apuñalaré pegaré "
        "poignarder tuer frapper buter cogner tuerai poignarderai frapperai "
        "abstechen erstechen töten toten erschießen erschiessen verprügeln verprugeln "
        "accoltello accoltellare ammazzo ammazzare uccido uccidere picchio picchiare sparo sparare "
        "esfaquear espancar esfaqueio mato"
    )
)
_STAFF = _elided(
    frozenset(
        words(
            "driver conductor cashier staff employee employees manager agent crew pilot waiter waitress rider courier "
            "guard clerk attendant steward stewardess receptionist technician engineer "
            "conductor revisor cajero cajera empleado empleada empleados personal repartidor azafata piloto camarero "
            "camarera encargado gerente agente dependiente dependienta vigilante técnico tecnico "
            "chauffeur contrôleur controleur caissier caissière caissiere employé employe employés personnel livreur "
            "hôtesse hotesse pilote serveur serveuse gérant gerant vendeur vendeuse technicien conseiller "
            "fahrer schaffner kassierer kassiererin mitarbeiter personal lieferant bote zusteller pilot kellner "
            "kellnerin filialleiter verkäufer verkaufer techniker zugbegleiter "
            "autista controllore capotreno cassiere cassiera dipendente dipendenti personale fattorino corriere pilota "
            "cameriere cameriera direttore commesso commessa tecnico "
            "motorista caixa funcionário funcionario funcionária funcionaria funcionários funcionarios entregador "
            "estafeta hospedeira comissária comissaria empregado empregada atendente"
        )
    )
)
# "shoot the manager an email", "frapper à la porte du gérant": no violence.
_NOT_VIOLENT = frozenset(
    words("email mail message dm text note line call photo photos pic door porte puerta porta tür tur")
)
_INTENT = frozenset(
    words("i ill im were well gonna wanna voy vamos vais jvais je werde werden ich wir vado vou domani tomorrow")
)


def _staff_threat(toks: tuple[str, ...], i: int) -> bool:
    """The violent verb at i is the writer's intent against a member of staff (see _VIOLENT)."""
    if _INTENT.isdisjoint(toks[max(0, i - 5) : i]) and not toks[i].endswith(("é", "ai", "o")):
        return False  # "mataré", "tuerai", "accoltello" say the intent themselves
    near = toks[i + 1 : i + 5] if toks[i] not in ("abstechen", "erstechen", "töten", "toten") else toks[i - 3 : i]
    return not _STAFF.isdisjoint(near) and toks[i + 1 : i + 2] != ("for",) and _NOT_VIOLENT.isdisjoint(toks[i : i + 6])


# A near miss: a hedge ("nearly", "casi", "por poco", "failli", "fast", "quasi", "per poco", "quase",
# "por pouco"), then within four words a verb of killing of its own language ("fast" and "quasi" are
# English words too: "so fast, killing it").
_NEAR_KILL: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset(words("nearly almost narrowly")), frozenset(words("killed kill killing"))),
    (frozenset(words("casi poco")), frozenset(words("mata mató mato matado matar matarme matan mataba mataron"))),
    (frozenset(words("failli presque")), frozenset(words("tuer tué tue tuée tuee tués tues"))),
    (frozenset(words("fast beinahe beinah")), frozenset(words("umgebracht getötet getotet umbringen"))),
    (
        frozenset(words("quasi poco")),
        frozenset(words("ammazzava ammazzato ammazzata ammazza ucciso uccisa uccideva uccidere ammazzare")),
    ),
    (frozenset(words("quase pouco")), frozenset(words("matou matava matar matado mata mataram mataria"))),
)
_HEDGES = frozenset().union(*(h for h, _ in _NEAR_KILL))
KILL_WORDS = frozenset().union(*(k for _, k in _NEAR_KILL))
# "nearly killed my battery / the vibe": English "kill" has objects that are no one.
_NOT_KILLABLE = frozenset(
    words(
        "battery batteries phone app laptop device computer signal wifi vibe mood buzz appetite plans weekend "
        "evening night day screen conversation joke plant plants data"
    )
)
_EN_DETERMINERS = frozenset(words("my our his her their your the a an this that"))


# A laugh or a figurative cause (a queue, a price, a wait, a workout) names no danger.
_LAUGHS = frozenset(
    words(
        "lol lmao lmfao rofl haha hahaha hahahaha hehe jaja jajaja jajajaja jeje mdr ptdr xd xdd kkk kkkk kkkkk "
        "kkkkkk rsrs rsrsrs ahah ahahah ahahah ahaha 😂 🤣 😅 😆 💀"
    )
)
_FIGURATIVE_CAUSES = frozenset(
    words(
        "queue queues line wait waiting price prices bill bills fee fees invoice hold music workout gym stairs "
        "hike suspense boredom laughing laughter cuteness cost costs "
        "cola fila espera precio precios factura cuota gimnasio risa aburrimiento "
        "file queue attente prix facture frais rire ennui "
        "schlange warteschlange warten wartezeit preis rechnung gebühren gebuhren lachen langeweile "
        "coda attesa prezzo prezzi bolletta fattura ridere noia "
        "espera preço preco fatura mensalidade rir tédio tedio"
    )
)
# Relish, not danger: spice ("the hot wings nearly killed me 🥵"), a score, ordering again, recommending.
_RELISH = frozenset(
    words(
        "spicy chilli chili chillies pepper peppers curry picante picantes picoso piquant piquante piquantes "
        "épicé épicée épicés epice scharf scharfe scharfen piccante piccanti apimentado apimentada apimentadas "
        "🥵 😋 🤤"
    )
)
_HARMFUL_FOOD = frozenset(LEXICON["allergen"]) | frozenset(LEXICON["allergy"]) | frozenset(LEXICON["illness"])
_REORDER_EN = frozenset(words("order ordering buy buying have eat"))
_REORDER = frozenset(
    words(
        "recommend recommended pediría pediria repito repetiría repetiria recomiendo recommande recommanderais "
        "recommend empfehle empfehlen riordino riordinerei ricompro consiglio consiglierei recomendo repetir"
    )
)
_REORDER_DE = frozenset(words("bestellen bestell bestelle essen"))
# What nearly killed someone through eating is a health harm, anything else a physical one.
_FOOD = (
    frozenset(LEXICON["allergen"])
    | frozenset(LEXICON["allergy"])
    | frozenset(
        words(
            "food meal burger salad sandwich dish pizza eat ate eating drink comida hamburguesa ensalada plato "
            "bocadillo comí comi plat repas nourriture mangé mange essen gericht burger salat gegessen cibo piatto "
            "panino insalata mangiato prato lanche sanduíche sanduiche comeu comi"
        )
    )
)

THREAT_GATE = _BOMBS | _BLOW | _BLOW_OTHERS | KILL_WORDS | _VIOLENT  # a near miss needs its verb of killing


def _bomb_placed(toks: tuple[str, ...], i: int) -> bool:
    """The bomb word at i is placed, brought or present somewhere that people are."""
    after = toks[i + 1 : i + 2]
    if (after and after[0] in _NOT_A_THREAT) or not _NOT_A_THREAT.isdisjoint(toks[max(0, i - 3) : i]):
        return False  # "bomb scare", "alerte à la bombe", "una bomba di prezzo", "bombe à retardement"
    j = i - 1 if i >= 1 and toks[i - 1] in _ARTICLES else i
    if (j >= 1 and toks[j - 1] in _PLACE_VERBS) or (j >= 2 and toks[j - 2] in _PLACE_VERBS and toks[j - 1] != "is"):
        return True  # "plant a bomb", "voy a poner una bomba", "ich bringe eine Bombe mit"
    if j == i and toks[i] not in ("bombs", "explosives", "explosivos", "explosifs", "esplosivi", "bombas"):
        return False  # "the bomb", "da bomb", "c'est de la bombe": no article, no threat
    if j >= 1 and toks[j - 1] in _COPULAS:
        before = toks[max(0, j - 5) : j - 1]
        if not (before and before[-1] in _EXISTENTIAL) and not any(
            t in _PLACES and k > 0 and before[k - 1] in _LOCATIVE for k, t in enumerate(before)
        ):
            return False  # "this burger is a bomb", "la colección es una bomba" (not "im Zug ist eine Bombe")
    window = toks[max(0, i - 5) : i + 5]
    return any(t in _PLACES for t in window)


def _after(toks: tuple[str, ...], i: int, wanted: frozenset[str], n: int = 5) -> bool:
    return not wanted.isdisjoint(toks[i + 1 : i + 1 + n])


def _in_the_air(toks: tuple[str, ...], i: int) -> bool:
    return any(toks[k : k + len(p)] == p for p in _IN_THE_AIR for k in range(i + 1, min(len(toks), i + 7)))


def _blow_up(toks: tuple[str, ...], i: int) -> bool:
    """The verb at i blows up a place: "blow up your station", "tout faire sauter", "in die Luft jagen".
    Each verb has an everyday sense ("volar" flies, "sauter le repas" skips, "jagen" hunts), so each
    needs its own frame."""
    t = toks[i]
    before = toks[max(0, i - 2) : i]
    if t in _BLOW:  # "blow up your station", "blowing this place up"
        return _after(toks, i, _UP, 4) and not _PLACES.isdisjoint(toks[max(0, i - 1) : i + 6])
    if t in ("volar", "jagen", "jage", "sprengen", "sprenge"):  # "volar la tienda por los aires", "in die Luft jagen"
        if _in_the_air(toks, i) or (t != "volar" and not _AIR_BEFORE.isdisjoint(toks[max(0, i - 5) : i])):
            return True
        return t in ("sprengen", "sprenge") and _after(toks, i, _PLACES)  # "ich sprenge eure Filiale"
    if t in _CAUSED:  # "tout faire sauter", "far saltare in aria il negozio", "hacer explotar la oficina"
        return not _MAKE.isdisjoint(before) and (
            _after(toks, i, _TARGETS) or not _EVERYTHING.isdisjoint(before) or _in_the_air(toks, i)
        )
    if _after(toks, i, _FEELING, 3):
        return False  # "vou explodir de raiva na loja": anger, not a blast
    # German "sprengen", Portuguese "explodir/rebentar": the place or "everything" right after.
    return _after(toks, i, _TARGETS) or _in_the_air(toks, i)


def _near_miss(toks: tuple[str, ...]) -> tuple[int, int] | None:
    """(hedge position, kill-verb position) of "nearly killed me", "casi me mata", "a failli me tuer"."""
    for i, t in enumerate(toks):
        if t not in _HEDGES or (t in ("poco", "pouco") and not (i >= 1 and toks[i - 1] in ("per", "por"))):
            continue
        for hedges, kills in _NEAR_KILL:
            if t not in hedges:
                continue
            for k in range(i + 1, min(len(toks), i + 5)):
                if (
                    toks[k] in kills
                    and not (
                        toks[k] in ("killed", "kill", "killing")
                        and (toks[k + 1 : k + 2] and toks[k + 1] in _EN_DETERMINERS)
                        and not _NOT_KILLABLE.isdisjoint(toks[k + 2 : k + 3])
                    )
                    and not _writer_kills(toks, i, k)
                ):
                    return i, k
    return None


# The writer as the one who nearly killed: "I nearly killed the driver", "casi lo mato", "j'ai failli
# le tuer", "ich hätte ihn fast umgebracht" is anger, not a danger; "I nearly killed myself on your
# stairs", "casi me mato", "j'ai failli me tuer" is a near miss.
_WRITER = frozenset(words("i we jai ich yo io eu"))
_MYSELF = frozenset(words("myself ourselves me mich uns mi nos"))


def _writer_kills(toks: tuple[str, ...], hedge: int, kill: int) -> bool:
    span = toks[max(0, hedge - 3) : kill + 2]
    if toks[kill] in ("mato", "ammazzo") and "me" not in span and "mi" not in span:
        return True  # "casi lo mato", "quase o mato": the verb itself is the writer's
    return not _WRITER.isdisjoint(span) and _MYSELF.isdisjoint(span) and toks[kill] != "mata"


def _relished(toks: tuple[str, ...]) -> bool:
    """Spicy food that "nearly killed me", or a dish the writer would order again or recommends."""
    if not _HARMFUL_FOOD.isdisjoint(toks):
        return False  # "the spicy curry nearly killed my son, it had peanuts in it": an allergy
    if not _RELISH.isdisjoint(toks) or ("10", "10") in itertools.pairwise(toks):
        return True
    if "again" in toks and not _REORDER_EN.isdisjoint(toks):
        return True  # "would order again", "ordering again" (not "nearly killed me again")
    return not _REORDER.isdisjoint(toks) or ("wieder" in toks and not _REORDER_DE.isdisjoint(toks))


def _figurative(toks: tuple[str, ...], hedge: int) -> bool:
    return (
        not _LAUGHS.isdisjoint(toks)
        or not _FIGURATIVE_CAUSES.isdisjoint(toks[max(0, hedge - 5) : hedge])
        or _relished(toks)
    )


def figurative_near_miss(toks: tuple[str, ...]) -> set[int]:
    """Positions of a near miss said in jest or of a queue or price ("the queue nearly killed me 😂")."""
    found = _near_miss(toks)
    if found is None or not _figurative(toks, found[0]):
        return set()
    return set(range(found[0], found[1] + 1))


def threat_signal(toks: tuple[str, ...], addressed: bool) -> tuple[str, str, float, tuple[str, ...]] | None:
    """(kind, severity, score, cues) of a bomb threat or a literal near miss told to a brand, else None."""
    if not addressed or THREAT_GATE.isdisjoint(toks):
        return None
    for i, t in enumerate(toks):
        if (t in _BOMBS and _bomb_placed(toks, i)) or ((t in _BLOW or t in _BLOW_OTHERS) and _blow_up(toks, i)):
            return "physical_safety", "severe", 1.0, ("threat",)
        if t in _VIOLENT and _LAUGHS.isdisjoint(toks) and _staff_threat(toks, i):
            return "physical_safety", "severe", 1.0, ("threat",)
    found = _near_miss(toks)
    if found is None or _figurative(toks, found[0]):
        return None
    kind = "health" if not _FOOD.isdisjoint(toks) else "physical_safety"
    return kind, "elevated", 1.0, ("near_miss",)
