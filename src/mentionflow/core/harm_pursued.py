"""Harassment or stalking by a member of staff or a stranger, in en, es, fr, de, it and pt: severe.

* A rider, driver, courier or engineer who, after the job, pursues the customer: texts the number
  the order gave him, saved it, followed her to the door, knocked again, would not leave ("the rider
  who dropped my food has been texting my number 'u looked cute tonight' ... it's 1am, I'm alone,
  shaking", "el repartidor me siguió hasta la puerta ... no me siento segura", "der Fahrer schreibt mir
  seit gestern ... ich habe Angst"). The pursuit and the fear (not safe, scared, shaking, alone, "I know
  which window is yours") must both be told: "the rider texted me that he was outside, so quick!" is
  a delivery.
* A stranger who posts the customer's home address or pictures of the house under their post ("some
  random guy keeps replying with my HOME ADDRESS and pics of my house", "un mec publie mon adresse"):
  where she lives, shown to anyone (physical safety, not a data leak of the brand's).

Each check reads ``low``, the clean text lower-cased once by the caller (see core/harm_acts.py).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["address_posted", "pursued_by_staff"]

# Someone who came to the door for the service, or a stranger.
_ACTOR: Final = re.compile(
    r"\b(?:rider|driver|courier|delivery (?:guy|man|boy|driver|person|bloke)|engineer|technician|installer|"
    r"repartidor|conductor|mensajero|técnico|instalador|livreur|chauffeur|coursier|technicien|"
    r"fahrer|kurier|lieferant|bote|paketbote|techniker|monteur|"
    r"fattorino|corriere|autista|tecnico|estafeta|entregador|motoboy|motorista|"
    # the customer at the door, who held the rider back ("un client m'a attrapée par le poignet")
    r"customer|client|cliente|kunde|kundin)\b"
)
# Pursuit after the job: writing to her number, saving it, following her, coming back, not leaving.
_PURSUIT: Final = re.compile(
    r"\b(?:(?:been |keeps? |kept |started |is |was )?(?:texting|messaging|dming|dm'?ing|whatsapping) (?:me|my number)|"
    r"sent me \d+ (?:messages|texts|dms)|saved my number|took my number|"
    r"(?:texted|messaged|called|rang|dmed|dm'?d) me \d+ times|"
    r"(?:standing|waiting|parked|sitting|hanging around) outside my (?:building|flat|house|door|home|window|work) "
    r"(?:again|every (?:night|day|evening)|at night|tonight)|"
    # held back by the wrist or the arm until the number was given ("wouldn't let me go")
    r"grabbed (?:me|my) (?:by the )?(?:wrist|arm|hand)|(?:would ?n'?t|wouldnt|did ?n'?t|didnt) let (?:me )?go|"
    r"me (?:agarró|cogió|sujetó) (?:de|por) (?:la muñeca|el brazo)|no me (?:dejaba|soltaba) (?:ir|marchar)|"
    r"m'a (?:attrapée?|agrippée?|saisie?|tenue?) (?:par )?(?:le|la) (?:poignet|bras|main)|"
    r"(?:voulait|veut) (?:pas|plus) me (?:lâcher|laisser partir)|"
    r"(?:hat|packte) mich (?:am|an der|beim) (?:handgelenk|arm|hand)|(?:ließ|liess) mich nicht (?:gehen|los)|"
    r"mi ha (?:afferrat[ao]|pres[ao]|tenut[ao]) per (?:il polso|il braccio|la mano)|non mi lasciava (?:andare|stare)|"
    r"me (?:agarrou|segurou|pegou) pelo (?:pulso|braço)|não me (?:deixava|largava) (?:ir|sair)|"
    r"follow(?:ed|ing) me (?:from|to|home|into|up|down|back|all the way|out)|"
    r"knock(?:ed|ing) on my door (?:again|twice)|came back to my (?:door|flat|house|building)|"
    r"(?:would ?n'?t|won'?t|wouldnt|wont|did ?n'?t) (?:go away|leave)|asking for my (?:number|insta|snap|socials)|"
    r"me (?:está|esta|sigue) (?:escribiendo|mandando mensajes)|me (?:escribe|manda mensajes)|me mandó \d+ mensajes|"
    r"guardó mi número|me (?:siguió|ha seguido|persiguió) (?:hasta|desde)|"
    r"(?:volvió|vuelve) a (?:llamar a|tocar) (?:mi|la) puerta|no se (?:iba|quería ir|quiso ir)|"
    r"m'(?:écrit|envoie des messages|a envoyé \d+ messages)|a (?:gardé|enregistré|pris) mon numéro|"
    r"m'a suivie? (?:jusqu|depuis)|(?:a re)?frappé (?:encore )?à ma porte|ne (?:voulait|veut) pas partir|"
    r"schreibt mir (?:ständig|dauernd|immer wieder|seit)|hat mir \d+ nachrichten|hat meine nummer|"
    r"(?:ist|war) mir [^.!?]{0,30}gefolgt|verfolgt mich|(?:klopft|klingelt)e? (?:schon )?wieder|"
    r"wollte nicht (?:gehen|weg)|"
    r"mi (?:scrive|sta scrivendo|manda messaggi|ha mandato \d+ messaggi)|ha salvato il mio numero|"
    r"mi ha seguit[ao] (?:fino|da)|ha (?:ri)?(?:bussato|suonato) (?:di nuovo|ancora)|"
    r"non se ne (?:andava|voleva andare)|"
    r"(?:está|esta|ta|tá) me mandando mensage|me mandou \d+ mensage|me (?:manda|escreve) mensage|"
    r"(?:salvou|guardou) (?:o )?meu número|me seguiu (?:até|desde)|bateu (?:de novo )?na minha porta|"
    r"não (?:ia|queria ir) embora)"
)
# Fear, or the pursuer's own threat quoted ("I know which window is yours").
_FEAR: Final = re.compile(
    r"\b(?:(?:don'?t|do not|dont) feel safe|not safe|unsafe|scared(?! (?:i|that i|of missing|to miss)\b)|"
    r"terrified|frightened|shaking|creeped out|"
    r"alone in the (?:flat|house|apartment)|know (?:which|what) window|know where (?:you|u) live|"
    r"i live (?:alone|on my own)|"
    r"no me siento segur[ao]|miedo|temblando|asustad[ao]|sola en casa|sé dónde vives|"
    r"pas en sécurité|j'ai peur|je tremble|terrifiée?|seule chez moi|je sais où tu habites|"
    r"nicht (?:mehr )?sicher|angst|zittere|allein zu hause|weiß wo du wohnst|"
    r"non mi sento (?:più )?(?:al )?sicur[ao]|paura|sto tremando|terrorizzat[ao]|so dove abiti|"
    r"não me sinto segur[ao]|medo|tremendo|a tremer|assustad[ao]|sozinha em casa|sei onde (?:você|tu) mora)"
)


def pursued_by_staff(low: str) -> bool:
    """Staff pursuing the customer after the job, and the customer afraid (see the module doc)."""
    return _ACTOR.search(low) is not None and _PURSUIT.search(low) is not None and _FEAR.search(low) is not None


# A stranger posting where the customer lives.
_POSTER: Final = re.compile(
    r"\b(?:someone|somebody|some (?:random )?(?:guy|man|dude|bloke|account)|a (?:random )?(?:stranger|guy|troll)|"
    r"random (?:guy|man|dude|account)|this (?:guy|account)|"
    r"alguien|un (?:tío|tipo|desconocido|señor)|quelqu'un|un (?:mec|type|inconnu|gars)|"
    r"jemand|ein (?:typ|fremder)|irgendein typ|qualcuno|un (?:tizio|tipo|estraneo)|uno sconosciuto|"
    r"alguém|um (?:cara|gajo|estranho|desconhecido))\b"
)
_POSTS_ADDRESS: Final = re.compile(
    r"\b(?:(?:replying|replied|posting|posted|sharing|shared|tweeting|tweeted|publishing|published|leaking|leaked)"
    r"[^.!?]{0,40}(?:my (?:home |full )?address|(?:pics|pictures|photos) of my (?:house|flat|home|front door))|"
    r"(?:publicando|publicó|compartiendo|poniendo) [^.!?]{0,20}mi dirección|fotos de mi casa|"
    r"(?:publie|a publié|poste|a posté|partage) [^.!?]{0,20}mon adresse|photos de (?:ma maison|chez moi)|"
    r"(?:postet|teilt|veröffentlicht) [^.!?]{0,20}meine (?:wohn)?adresse|fotos von meinem haus|"
    r"(?:pubblica|ha pubblicato|posta|condivide) [^.!?]{0,20}il mio indirizzo|foto di casa mia|"
    r"(?:postando|postou|publicou|publicando|partilhou) [^.!?]{0,20}(?:o )?meu endereço|fotos da minha casa)"
)


def address_posted(low: str) -> bool:
    """A stranger posting the customer's address or pictures of the house (see the module doc)."""
    return _POSTER.search(low) is not None and _POSTS_ADDRESS.search(low) is not None
