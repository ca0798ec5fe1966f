"""Harm and safety signal for one normalised mention, in en, es, fr, de, it and pt.

Two layers, so that neither one keyword list nor the sentiment label decides:

* **Concept lexicons** (`LEXICON`): multilingual word lists per concept (allergy, injury, fire
  and smoke, hospital, child, elderly, medical device, breach, fraud, self-harm, ...). The union
  of their *trigger* words is a frozenset; a mention whose tokens miss it entirely is no-harm
  after one C-level `isdisjoint` (the common path: well under a microsecond of work).
* **A small linear model** (`data/harm_model.json`, trained by `python -m
  mentionflow.train_harm`): multinomial logistic regression over the concept-group indicators
  (and pairs of them) and word unigrams/bigrams: a harm-vs-none head whose probability is the
  score, a kind head and a severity head. Inference is plain dict lookups. The model is what tells "my son had an
  allergic reaction" from "allergic to Mondays".

`extract_features()` is the single definition of the model's features for training and
inference. `lang` only switches on the German compound check (Erdnussallergie,
Lebensmittelvergiftung): compounds hide the concept inside one long token.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise, repeat
from pathlib import Path
from typing import Any

import orjson

from mentionflow.core.text import NormalisedText

__all__ = [
    "HARM_KINDS",
    "LEXICON",
    "NO_HARM",
    "HarmModel",
    "HarmSignal",
    "concept_groups",
    "detect_harm",
    "extract_features",
    "is_inconvenience",
    "load_model",
]

HARM_KINDS = ("health", "physical_safety", "vulnerable_person", "data_exposure", "fraud", "self_harm")
SEVERITIES = ("severe", "elevated")
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "harm_model.json"
FORMAT = "mentionflow-harm/1"


@dataclass(frozen=True, slots=True)
class HarmSignal:
    kind: str | None  # None = no harm; else one of HARM_KINDS
    severity: str | None  # "severe" | "elevated" (None when kind is None)
    score: float  # 0..1, the model's probability that the mention reports harm or risk
    cues: tuple[str, ...]  # concept groups that fired, e.g. ("allergy", "child")


NO_HARM = HarmSignal(None, None, 0.0, ())


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Concept -> words (lowercased, apostrophes dropped as `normalise` does). Accent-free spellings
# and French/Italian elided forms ("lhôpital", "dellospedale") are generated below. Groups in
# `_CONTEXT_GROUPS` only add evidence once a trigger fired: their words are too common to gate on.
LEXICON: dict[str, tuple[str, ...]] = {
    "allergy": _words(
        "allergic allergy allergies allergen allergens anaphylaxis anaphylactic epipen epipens "
        "hives alérgico alérgica alergia alergias alérgicos anafilaxia anafiláctico urticaria "
        "allergique allergie allergies anaphylactique anaphylaxie urticaire allergisch allergie "
        "allergien allergischen allergische anaphylaktisch anaphylaktischer nesselsucht "
        "allergico allergica allergia allergie anafilattico anafilassi orticaria alérgico "
        "swelling swollen swelled hinchando hinchado gonflent gonflé schwellen geschwollen "
        "gonfiano gonfio inchando inchado "
        "alérgica alergia anafilático anafilaxia"
    ),
    "allergen": _words(
        "nut nuts peanut peanuts treenut cashew cashews almond almonds walnut walnuts hazelnut "
        "hazelnuts pistachio gluten coeliac celiac dairy lactose sesame shellfish "
        "cacahuete cacahuetes maní almendras gluten celíaco celiaco lactosa marisco "
        "arachide arachides cacahuète cacahuètes noix gluten cœliaque lactose "
        "nuss nüsse nussfrei erdnuss erdnüsse erdnüssen gluten zöliakie laktose "
        "arachidi arachide glutine celiaco lattosio amendoim amendoins glúten celíaco lactose"
    ),
    "illness": _words(
        "poisoning poisoned vomiting vomit vomited throwing sick unwell collapsed collapse "
        "fainted unconscious seizure seizures fever diarrhoea diarrhea nausea choking choked "
        "asthma breathe breathing salmonella undercooked mouldy moldy mould mold maggots cockroach "
        "cockroaches dehydrated asma respirar moho cucaracha gusanos crudo asthme respirer moisi "
        "moisissure cafard asticots atmen schimmel schimmelig kakerlake maden respirare muffa "
        "ammuffito scarafaggio vermi mofo bolor mofado larvas cucarachas cafards kakerlaken scarafaggi "
        "épilepsie epilessia raw "
        "intoxicación intoxicado vomitando vómitos vomitó desmayó desmayado enfermo enferma "
        "fiebre inconsciente convulsiones atragantó "
        "intoxication intoxiqué vomit vomi vomis vomissements malaise malade évanoui "
        "inconscient convulsions fièvre "
        "lebensmittelvergiftung vergiftung erbricht erbrechen übergeben zusammengebrochen "
        "bewusstlos krank übel fieber ohnmächtig krampfanfall "
        "intossicazione intossicato vomita vomitando vomito malore malissimo svenuto "
        "incosciente febbre convulsioni "
        "intoxicação intoxicado vomitando vômito vomitou desmaiou desmaio doente inconsciente "
        "febre convulsões"
    ),
    "injury": _words(
        "injured injury injuries hurt bleeding bleed bled blood burns burned burnt scalded fell agony "
        "bruising bruises moratones lividi "
        "blisters fracture fractured concussion wound wounded stitches bruised "
        "herido herida heridas sangra sangrando sangre quemaduras quemado fractura lesión "
        "blessé blessée blessure saigne saigné brûlures brûlé brûlée fracture "
        "verletzt verletzung blutet blut verbrennungen verbrüht gebrochen bruch gestürzt sturz gefallen "
        "ferito ferita ferite sanguina sangue ustioni ustionato frattura "
        "ferido ferida sangrando sangue queimaduras queimado fratura"
    ),
    "foreign_object": _words(
        "glass shard shards needle metal metallo métal metall metallstück "
        "vidrio cristal verre glas glasscherbe scherbe vetro vidro sharp "
        "afilado afilada tranchant tranchante coupante tagliente afiado afiada"
    ),
    "pain": _words("pain painful dolor duele douleur schmerzen schmerz weh dolore dor dores"),
    "medical_care": _words(
        "hospital hospitalised hospitalized ambulance paramedics paramedic doctor dr gp medical médica "
        "médical médicale medizinisch medizinische "
        "urgencias ambulancia médico ingresado ingresada hospitalizado hospitalizada "
        "hôpital urgences ambulance samu médecin hospitalisé hospitalisée "
        "krankenhaus notaufnahme notarzt krankenwagen arzt klinik "
        "ospedale ambulanza soccorso medico ricoverato ricoverata ricoverati "
        "urgências ambulância inem médico internado internada hospitalizados"
    ),
    "medication": _words(
        "medication medications medicine medicines meds insulin inhaler dose doses tablets prescription "
        "anticoagulant anticoagulants anticoagulante anticoagulantes blutverdünner anticoagulanti "
        "pastillas comprimés tabletten pastiglie comprimidos "
        "medicación medicamentos medicina insulina inhalador dosis "
        "médicaments médicament insuline inhalateur "
        "medikamente medikament insulin inhalator "
        "farmaci farmaco medicine medicinali insulina "
        "remédios remédio medicamentos insulina"
    ),
    "fire_smoke": _words(
        "fire smoke smoking flames flame burning exploded explosion sparks melted overheating burst scorched "
        "humo fuego incendio incendiado quemado explotó chispas llamas humeando echando "
        "fumée feu incendie brûlé explosé étincelles flammes fumer fume noirci "
        "rauch feuer brand brennt verbrannt explodiert funken flammen qualmt raucht geschmolzen "
        "qualm qualmen qualmte rauchte brandgeruch verschmort "
        "fumo fuoco incendio bruciato esploso scintille fiamme fumare fuma fumando annerita annerito "
        "fumaça fumo fogo incêndio queimado explodiu faíscas chamas fumegando derreteu"
    ),
    "danger": _words(
        "dangerous danger unsafe hazard hazardous risk risks killed trapped monoxide electrocuted "
        "speeding reckless recklessly temerario imprudente rücksichtslos raser spericolato "
        "brakes piégé piégés eingesperrt bremsen intrappolato freios seatbelt cinturón ceinture "
        "sicherheitsgurt cintura cinto "
        "gas gaz gás gasgeruch gasleck gasgeruch "
        "peligroso peligrosa peligro riesgo dangereux dangereuse danger risque "
        "gefährlich gefahr risiko lebensgefährlich pericoloso pericolosa pericolo rischio "
        "perigoso perigosa perigo risco"
    ),
    "collision": _words(
        "hit knocked crashed accident whiplash accidente chocó choque "
        "carambolage unfall aufgefahren zusammenstoß incidente tamponato bateu batida acidente "
        "atropelló atropellado atropella atropellar "
        "renversé renversée écraser percuté "
        "angefahren überfahren umgefahren "
        "investito investita investire "
        "atropelou atropelado atropelar"
    ),
    "violence": _words(
        "assault assaulted attacked punched grabbed threatened threatening harassed "
        "harassment sexual touched groped abused abuse stalking stalked stalker harass harassing "
        "inappropriately "
        "agresión agredido agredida amenazó acoso "
        "agressé agressée agression menacé harcèlement "
        "angegriffen bedroht geschlagen belästigt übergriff "
        "aggredito aggredita minacciato molestie "
        "agredido agredida ameaçou assédio"
    ),
    # Fear for one's safety ("I was terrified", "pasé muchísimo miedo"); hyperbole is common
    # ("terrified of your fees"), so the model weighs it with the context.
    # Despair that hints at self-harm without stating it ("no way out", "if I disappeared"): the
    # model weighs it with the context against idioms ("no way out of this contract"); more
    # of its phrases are in _PHRASE_GROUPS.
    "despair": _words(
        "ausweg duscita desapareciera disparaissais sparissi sumisse hopelessness verschenken "
        "goodbyes despedirme despedida adieux abschied addio despedir"
    ),
    # Someone unknown to the writer: whose data it is, or who is acting ("un inconnu l'a trouvée").
    "stranger": _words(
        "stranger strangers desconocido desconocida inconnu inconnue fremden fremder sconosciuto "
        "sconosciuta desconhecido desconhecida estranho estranha"
    ),
    "fear": _words(
        "terrified scared frightened petrified miedo aterrorizado aterrorizada asustado asustada "
        "peur terrifié terrifiée angst todesangst panik paura terrorizzato terrorizzata spaventato "
        "spaventata medo apavorado apavorada assustado assustada"
    ),
    "emergency": _words("emergency emergencia urgence notfall emergenza emergência"),
    "impaired": _words("drunk booze borracho ivre betrunken ubriaco bêbado bebado alcoolizzato"),
    "child": _words(
        "child children kid kids son daughter baby babies toddler infant unaccompanied carseat "
        "pushchair pram buggy stroller poussette kinderwagen passeggino mineure unbegleitet "
        "niño niña niños niñas hijo hija hijos hijas bebé bebés menor "
        "enfant enfants fils fille bébé mineur "
        "kind kinder sohn tochter baby kleinkind unbegleitetes "
        "bambino bambina bambini figlio figlia figli figlie neonato minore "
        "criança crianças filho filha filhos filhas bebê bebé menor"
    ),
    "elderly": _words(
        "elderly grandmother grandma granny nan nana grandad grandpa grandfather pensioner "
        "dementia alzheimers frail "
        "abuela abuelo anciano anciana demencia grandmère âgé âgée démence "
        "oma opa seniorin demenz betagte betagter hochbetagte "
        "nonna nonno anziano anziana demenza avó avô idoso idosa demência"
    ),
    "pregnancy": _words(
        "pregnant pregnancy embarazada embarazo enceinte grossesse schwanger schwangerschaft "
        "incinta gravidanza grávida gravidez gestante"
    ),
    "disability": _words(
        "disabled disability wheelchair blind deaf autistic autism handicap handicapped "
        "cadeirante diabetic epileptic epilepsy diabético diabética epilepsia diabétique épileptique diabetiker "
        "epilepsie diabetico epilettico epilético "
        "discapacidad discapacitado ruedas ciego sordo autista "
        "handicapé handicapée fauteuil aveugle sourd autiste "
        "behindert behinderter behinderte rollstuhl blind gehörlos autistisch autistische autistischen "
        "autistischer autistica autistiche autistici autistic "
        "disabile disabilità rotelle cieco sordo autistico "
        "deficiência deficiente rodas cego surdo autista"
    ),
    "carer": _words(
        "carer caregiver carers cuidadora cuidador aidesoignante soignante soignant "
        "pflegerin pfleger pflegekraft badante cuidadora cuidador"
    ),
    "medical_device": _words(
        "telecare lifeline careline oxygen concentrator pacemaker ventilator cpap dialysis stairlift glucose "
        "glucosa glycémie glicemia glicose glukose salvavita "
        "teleasistencia oxígeno marcapasos téléassistance oxygène "
        "hausnotruf sauerstoff sauerstoffgerät herzschrittmacher "
        "telesoccorso ossigeno teleassistência oxigênio oxigénio"
    ),
    "breach": _words(
        "breach breached leak leaked leaks exposed gdpr elses doxxed "
        "filtración filtrado comprometida fuite compromise compromis "
        "datenleck datenpanne leck violazione compromessa vazamento comprometido"
    ),
    "fraud": _words(
        "fraud fraudulent scam scams scammer scammers scammed phishing phished hacked hacker "
        "hackers stolen unauthorised unauthorized fake pretending impersonating swap theft emptying "
        "smishing vishing spoofed spoofing enkeltrick schockanruf spacciandosi fingendosi burla burlão burlões "
        "burlado burlada escroc escrocs vaciado vaciaron vidé svuotato svuotata esvaziada esvaziaram leergeräumt "
        "emptied hack hacking eingeloggt falso falsa falsos faux fausse gefälscht gefälschte gefälschten "
        "fingiendo fingindo spacciava "
        "authorise authorize authorised authorized recognise recognize freeze block clicked "
        "autorizado autorizada autorización autorizó reconozco bloquead bloquear autorisé autorisation reconnais "
        "bloquez autorisiert sperren abbuchungen autorizzato autorizzazione riconosco "
        "bloccate cliccato autorização autorizei reconheço bloqueiem cliqué geklickt clicado "
        "estafa estafado estafada estafaron fraude hackeado hackearon robado suplantación timo "
        "arnaque arnaqué arnaquer arnaquée piraté escroquerie frauduleux usurpation "
        "betrug betrogen gehackt betrüger gestohlen betrugsteam "
        "truffa truffato truffata frode hackerato rubato truffatori frodi "
        "golpe fraude hackearam roubado clonado antifraude enganado enganada"
    ),
    "self_harm": _words(
        "suicide suicidal selfharm alive cope disappear worthless burden hopeless overdose pills "
        "suicidio suicidarme quitarme matarme suicider suicidarmi togliermi uccidermi "
        "suicídio umbringen umzubringen suizid abschiedsbrief abschiedsbriefe"
    ),
    # Hyperbole-prone ("killing it", "fees are killing me"): its own group so that the model
    # can weigh it apart from real self-harm language; "kill myself" is caught by
    # _SELF_HARM_PAIRS below.
    "kill": _words("kill killing killed kills matando matan tuent tue uccidono umbringen"),
}
# Evidence groups that never gate (too common), only score once a trigger fired.
_CONTEXT_LEXICON: dict[str, tuple[str, ...]] = {
    "safety": _words("safety safe safely"),
    # Seen by anyone: how data exposure is often told ("printed on the outside for anyone to see").
    "public": _words(
        "anyone everyone public cualquiera chiunque qualquer jeder jeden öffentlich público pública publique pubblico"
    ),
    "now": _words("now currently right ahora mismo maintenant moment jetzt gerade sofort adesso ora agora neste"),
    "hedge": _words(
        "nearly almost could might may risk casi poder failli presque pourrait fast könnte quasi potrebbe quase pode"
    ),
    "other_person": _words(
        "another other someone else different otro otra otras persona autre quelquun "
        "anderen jemand altro altra persona outro outra pessoa"
    ),
    "outage": _words(
        "signal down dead offline outage connect señal caído cobertura réseau panne "
        "netz ausgefallen campo giù sinal fora"
    ),
    "money": _words(
        "money account card payments transactions charged took taken withdrawn savings pin transfer "
        "cuenta tarjeta sacado pagos compte carte prélevé konto karte abgebucht conto carta "
        "prelevato conta cartão"
    ),
    "joke": _words(
        "lol lmao haha jaja jajaja mdr ptdr kkk kkkk ahah ahahah 😂 🤣 deal deals promo offer sale "
        "oferta ofertón offre soldes angebot rabatt offerta sconto promoção desconto"
    ),
    "thanks": _words(
        "thanks thank thx brilliant amazing love loved great wonderful shoutout kudos excellent "
        "kind lovely legend helpful helped hats crack amable majo gentil gentille adorable nett "
        "perfect best fantastic awesome breeze maravilloso maravillosa mejor mejores fantástico "
        "formidable meilleur meilleure meilleures merveilleux génial wunderbar beste besten "
        "fantastisch meraviglioso meravigliosa migliore fantastico maravilhoso maravilhosa melhor "
        "melhores adorei amei "
        "freundlich hilfsbereit gentile bravissimo atencioso atenciosa sensacional "
        "gracias genial perfecto excelente merci top super bravo parfait adorable excellent "
        "danke toll perfekt klasse grazie ottimo perfetto complimenti gentilissimo eccellente "
        "obrigado obrigada ótimo perfeito impecável impecáveis excelente"
    ),
    "question": _words(
        "how can does do where which cómo como puedo dónde cuánto comment combien peux puis "
        "wie kann darf wo was come posso quanto dove quanto posso onde"
    ),
    "resolved": _words(
        "sorted resolved fixed solved resuelto solucionado réglé résolu geklärt gelöst "
        "behoben risolto sistemato resolvido resolveu"
    ),
    "price": _words(
        "fee fees price prices bill bills charge comisiones precio precios frais prix tarif "
        "gebühren preis preise commissioni prezzi prezzo tarifas taxas preço preços"
    ),
    "alone": _words(
        "alone abandoned own sola abandonada abandonado seule seul abandonnée "
        "allein alleine alleingelassen sozinha sozinho abbandonata abbandonato solo unattended"
    ),
    "missing": _words(
        "missing nobody knows lost desaparecido nadie sabe disparu personne sait vermisst "
        "niemand weiß scomparso nessuno sa desaparecido ninguém sabe"
    ),
    "service_team": _words(
        "department dept team alert alerts warning banner tv stick hd kindle sale equipo "
        "departamento alerta équipe service alerte abteilung team alarm ufficio avviso "
        "equipe alerta aviso"
    ),
    # Travel and service disruption: with children present and nothing more, an inconvenience.
    "disruption": _words(
        "cancelled canceled cancellation delay delayed delays hotel rebooking rebooked stuck stranded "
        "queue waiting cancelado retraso hotel atrapados esperando annulé retard hôtel coincés attente "
        "gestrichen annulliert verspätung hotel festsitzen warten cancellato ritardo bloccati attesa "
        "atraso presos espera"
    ),
    "future": _words(
        "next tomorrow planning book booking próximo mañana reservar prochain demain réserver "
        "nächsten morgen buchen prossimo domani prenotare próximo amanhã reservar"
    ),
}
# German compounds: stems looked for inside long tokens when the language is German.
_DE_STEMS: dict[str, tuple[str, ...]] = {
    "allergy": ("allerg",),
    "illness": ("vergiftung", "übelkeit"),
    "injury": ("verletz", "verbrenn"),
    "medical_device": ("sauerstoff", "notruf", "beatmung"),
    "disability": ("rollstuhl", "behindert"),
    "fraud": ("betrug", "betrüg"),
    "breach": ("datenleck", "datenschutz"),
}
# Adjacent token pairs that state self-harm (the single words are too common to gate on).
_SELF_HARM_PAIRS = frozenset(
    [
        ("kill", "myself"),
        ("killing", "myself"),
        ("hurt", "myself"),
        ("hurting", "myself"),
        ("harm", "myself"),
        ("harming", "myself"),
        ("end", "it"),
        ("wanna", "die"),
        ("be", "alive"),
        ("seguir", "viviendo"),
        ("me", "suicider"),
        ("de", "vivre"),
        ("mich", "umbringen"),
        ("mehr", "leben"),
        ("me", "matar"),
        ("mais", "viver"),
        ("mich", "umzubringen"),
    ]
)
# Whose data: adjacent pairs that say it belongs to someone else (each word alone is common).
_OTHER_PERSON_PAIRS = frozenset(
    [
        ("another", "customers"),
        ("another", "customer"),
        ("other", "customers"),
        ("other", "peoples"),
        ("someone", "elses"),
        ("another", "persons"),
        ("different", "passengers"),
        ("another", "passengers"),
        ("otro", "cliente"),
        ("otra", "persona"),
        ("otros", "clientes"),
        ("autre", "client"),
        ("autres", "clients"),
        ("anderen", "kunden"),
        ("anderer", "kunden"),
        ("altro", "cliente"),
        ("altra", "persona"),
        ("altri", "clienti"),
        ("outro", "cliente"),
        ("other", "members"),
        ("other", "users"),
        ("other", "guests"),
        ("other", "patients"),
        ("another", "patient"),
        ("every", "guests"),
        ("otro", "paciente"),
        ("otros", "socios"),
        ("otros", "usuarios"),
        ("autre", "patient"),
        ("dautres", "clients"),
        ("dautres", "adhérents"),
        ("dautres", "utilisateurs"),
        ("quelquun", "dautre"),
        ("jemand", "anderem"),
        ("jemand", "anderen"),
        ("anderer", "mitglieder"),
        ("anderer", "nutzer"),
        ("anderen", "patienten"),
        ("unaltra", "persona"),
        ("altro", "paziente"),
        ("altri", "soci"),
        ("altri", "utenti"),
        ("outro", "paciente"),
        ("outros", "sócios"),
        ("outros", "usuários"),
        ("outra", "pessoa"),
    ]
)
_BODY = ("neck", "arm", "leg", "wrist", "ankle", "nose", "ribs", "hip", "back", "bone", "tooth", "teeth")
# Other phrases whose words are too common alone: pair -> concept group.
_PHRASE_GROUPS: dict[tuple[str, str], str] = {
    **{pair: "others_data" for pair in _OTHER_PERSON_PAIRS},
    ("passport", "number"): "breach",
    ("passport", "numbers"): "breach",
    ("card", "number"): "breach",
    ("taken", "over"): "fraud",
    ("dropped", "me"): "injury",
    ("safe", "account"): "fraud",
    ("didnt", "make"): "fraud",
    ("didnt", "authorise"): "fraud",
    ("didnt", "authorize"): "fraud",
    ("care", "alarm"): "medical_device",
    ("pendant", "alarm"): "medical_device",
    ("pronto", "soccorso"): "medical_care",
    ("pronto", "socorro"): "medical_care",
    ("personal", "alarm"): "medical_device",
    ("heart", "attack"): "illness",
    ("rear", "ended"): "collision",
    # Someone else in the account: "someone logged into my account", "alguien ha entrado en mi cuenta".
    ("someone", "logged"): "fraud",
    ("someone", "changed"): "fraud",
    ("entrado", "en"): "fraud",
    ("entrato", "nel"): "fraud",
    ("entrou", "na"): "fraud",
    ("car", "seat"): "child",
    ("car", "seats"): "child",
    ("chest", "pain"): "illness",
    ("chest", "pains"): "illness",
    ("gas", "leak"): "danger",
    ("gas", "smell"): "danger",
    ("identity", "theft"): "fraud",
    # Someone posing as the bank or the network ("said they were from the bank", "se faisant
    # passer pour", "gaben sich als ... aus"), or a change the customer never made.
    ("pretending", "to"): "fraud",
    ("claiming", "to"): "fraud",
    ("haciendose", "pasar"): "fraud",
    ("dijeron", "ser"): "fraud",
    ("disant", "être"): "fraud",
    ("disant", "etre"): "fraud",
    ("gaben", "sich"): "fraud",
    ("gab", "sich"): "fraud",
    ("finti", "operatori"): "fraud",
    ("fingendo", "di"): "fraud",
    ("eram", "do"): "fraud",
    ("diziam", "ser"): "fraud",
    ("dizendo", "ser"): "fraud",
    ("never", "added"): "fraud",
    ("someone", "ported"): "fraud",
    ("someone", "port"): "fraud",
    # Someone posing as the brand: "pretending"/"claiming to be" in six languages.
    ("posing", "as"): "fraud",
    # Payments the customer never made.
    ("never", "made"): "fraud",
    ("not", "me"): "fraud",
    ("nunca", "hice"): "fraud",
    ("jamais", "faits"): "fraud",
    ("jamais", "fait"): "fraud",
    ("nie", "gemacht"): "fraud",
    ("mai", "fatto"): "fraud",
    ("nunca", "fiz"): "fraud",
    ("haciéndose", "pasar"): "fraud",
    ("hicieron", "pasar"): "fraud",
    ("hizo", "pasar"): "fraud",
    ("faisant", "passer"): "fraud",
    ("fait", "passer"): "fraud",
    ("fingir", "ser"): "fraud",
    ("passando", "por"): "fraud",
    ("fall", "alarm"): "medical_device",
    ("falls", "alarm"): "medical_device",
    ("panic", "button"): "medical_device",
    ("emergency", "button"): "medical_device",
    ("live", "wires"): "danger",
    ("every", "members"): "others_data",
    ("every", "customers"): "others_data",
    # Despair that hints at self-harm without stating it: the model weighs these with the
    # context (debt, eviction) against idioms ("no way out of this contract").
    ("way", "out"): "despair",
    ("ninguna", "salida"): "despair",
    ("veo", "salida"): "despair",
    ("aucune", "issue"): "despair",
    ("vejo", "saída"): "despair",
    ("ending", "things"): "despair",
    ("no", "point"): "despair",
    ("was", "gone"): "despair",
    ("im", "gone"): "despair",
    ("off", "without"): "despair",
    ("en", "finir"): "despair",
    ("farla", "finita"): "despair",
    ("nicht", "aufwachen"): "despair",
    ("not", "wake"): "despair",
    ("no", "despertar"): "despair",
    ("me", "réveiller"): "despair",
    ("non", "svegliarmi"): "despair",
    ("não", "acordar"): "despair",
    ("nadie", "notaría"): "despair",
    ("personne", "remarquerait"): "despair",
    ("würde", "merken"): "despair",
    ("ne", "accorgerebbe"): "despair",
    ("ia", "notar"): "despair",
    # Warning signs: giving possessions away, farewell letters, "won't need it after this week".
    ("things", "away"): "despair",
    ("stuff", "away"): "despair",
    ("regalar", "mis"): "despair",
    ("donner", "mes"): "despair",
    ("regalare", "le"): "despair",
    ("doar", "as"): "despair",
    ("doar", "os"): "despair",
    ("letters", "to"): "despair",
    ("cartas", "para"): "despair",
    ("lettres", "à"): "despair",
    ("lettere", "ai"): "despair",
    ("wont", "need"): "despair",
    **{("broken", b): "injury" for b in _BODY},
    **{("broke", b): "injury" for b in _BODY},
    **{("his", b): "injury_site" for b in _BODY if b not in ("back",)},
}
# Words that open the gate on almost every brand mention (counted on the airline tweets): a
# phrase is anchored on another of its words where it has one.
_COMMON_WORDS = frozenset(
    _words(
        "customer customers another take want number someone other seat seats passengers year years "
        "account his broken broke my it to in up on me go cant own off de di à no the a"
    )
)


def _anchor(words: tuple[str, ...]) -> str:
    """The word of a phrase that stands for it in the gate: not a common one, then the longest."""
    return min(words, key=lambda w: (w in _COMMON_WORDS, -len(w)))


_PHRASE_ANCHORS = frozenset(map(_anchor, _PHRASE_GROUPS))
# Three-word statements: (a, b, c) -> checked when c is present.
_SELF_HARM_TRIPLES = frozenset(
    [
        ("cant", "go", "on"),
        ("end", "it", "all"),
        ("want", "to", "die"),
        ("de", "continuer", "vivre"),
        ("raison", "de", "continuer"),
        ("continuar", "vivendo", "assim"),
        ("pra", "continuar", "vivendo"),
        ("para", "continuar", "viviendo"),
        ("voglia", "di", "vivere"),
        ("nicht", "mehr", "leben"),
        ("acabar", "con", "todo"),
        ("acabar", "com", "tudo"),
        ("end", "my", "life"),
        ("take", "my", "life"),
        ("my", "own", "life"),
        ("off", "without", "me"),
        ("mejor", "sin", "mí"),
        ("mejor", "sin", "mi"),
        ("no", "quiero", "vivir"),
        ("mieux", "sans", "moi"),
        ("veux", "en", "finir"),
        ("besser", "ohne", "mich"),
        ("meinem", "leben", "ende"),
        ("voglio", "farla", "finita"),
        ("meglio", "senza", "di"),
        ("più", "vivere", "così"),
        ("melhor", "sem", "mim"),
        ("point", "in", "living"),
        ("wake", "up", "anymore"),
        ("no", "quiero", "despertarme"),
        ("de", "me", "réveiller"),
        ("continuer", "à", "vivre"),
        ("à", "en", "finir"),
        ("nicht", "mehr", "aufwachen"),
        ("voglio", "più", "vivere"),
        ("voglio", "più", "svegliarmi"),
        ("di", "farla", "finita"),
        ("quero", "mais", "acordar"),
        # Hints as people write them, past tense and elliptic ("thinking about ending it all",
        # "easier if I just wasn't here", "não quero cá estar").
        ("ending", "it", "all"),
        ("about", "ending", "it"),
        ("just", "wasnt", "here"),
        ("i", "wasnt", "here"),
        ("wasnt", "around", "anymore"),
        ("point", "of", "anything"),
        ("point", "in", "anything"),
        ("point", "of", "living"),
        ("quero", "cá", "estar"),
        ("quero", "estar", "cá"),
        ("quiero", "seguir", "aquí"),
        ("más", "estar", "aquí"),
        ("plus", "être", "là"),
        ("mehr", "da", "sein"),
        ("voglio", "più", "esserci"),
        # "if I weren't here any more", in the subjunctive people write it in
        ("mehr", "da", "wär"),
        ("mehr", "da", "wäre"),
        ("mehr", "hier", "wäre"),
        ("i", "werent", "here"),
        ("i", "werent", "around"),
        ("no", "estuviera", "aquí"),
        ("ya", "no", "estuviera"),
        ("nétais", "plus", "là"),
        ("netais", "plus", "la"),
        ("non", "ci", "fossi"),
        ("ci", "fossi", "più"),
        ("não", "estivesse", "cá"),
        ("não", "estivesse", "aqui"),
    ]
)
_TRIPLE_ANCHORS = frozenset(map(_anchor, _SELF_HARM_TRIPLES))
# The rarer word of each pair: the pair loop runs only when one of them is present.
_SELF_HARM_ANCHORS = frozenset(
    _words("myself end die alive viviendo suicider vivre umbringen umzubringen leben matar viver")
)
_ELISIONS = ("l", "d", "qu", "j", "dell", "all", "nell", "sull", "un")


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def _expand(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        for v in {w, _strip_accents(w)}:
            out.add(v)
            if len(v) >= 5 and v[0] in "aeiouhàâäéèêëîïôöùûüáíóú":
                out.update(p + v for p in _ELISIONS)
    return out


def _word_to_groups(lexicon: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    acc: dict[str, list[str]] = {}
    for group, words in lexicon.items():
        for w in _expand(words):
            if group not in acc.setdefault(w, []):
                acc[w].append(group)
    return {w: tuple(gs) for w, gs in acc.items()}


_TRIGGER_GROUPS = _word_to_groups(LEXICON)
_CONTEXT_GROUPS = _word_to_groups(_CONTEXT_LEXICON)
TRIGGERS = frozenset(_TRIGGER_GROUPS)


# Trigger words that are common function words in another language ("son" = "they are" in
# Spanish, "his" in French; "dose" is a drink in Portuguese): dropped for that language.
_NOT_TRIGGERS_IN: dict[str, frozenset[str]] = {
    "es": frozenset(("son", "dose")),
    "fr": frozenset(("son", "pendant")),
    # Italian "autista" is a driver (the es/pt word for autistic), "l'autista" the driver.
    "it": frozenset(("son", "autista", "lautista", "dellautista", "allautista", "unautista")),
    "pt": frozenset(("dose",)),
}


def harm_tokens(norm: NormalisedText, lang: str | None = None) -> tuple[str, ...]:
    # Hashtags carry words too ("#scam", "#foodpoisoning"); tokens exclude them.
    tokens = norm.tokens + tuple(h.lower() for h in norm.hashtags) if norm.hashtags else norm.tokens
    stop = _NOT_TRIGGERS_IN.get(lang or "")
    if stop is not None and not stop.isdisjoint(tokens):
        tokens = tuple(t for t in tokens if t not in stop)
    if "dr" in tokens:
        tokens = _drop_signed_title(tokens)
    return tokens


# Letter sign-offs: "Regards, Dr Patel" is who wrote, not a doctor treating anyone.
_SIGN_OFFS = frozenset(
    _words(
        "regards thanks thank cheers sincerely best yours signed saludos atentamente gracias cordialement "
        "merci salutations cordialmente grüße gruß grüsse gruss mfg lg danke saluti distinti grazie "
        "cumprimentos obrigado obrigada abraço abraco"
    )
)


def _drop_signed_title(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Without each "dr" that opens the text or follows a sign-off (within two words)."""
    keep = [
        t for i, t in enumerate(tokens) if t != "dr" or (i > 0 and _SIGN_OFFS.isdisjoint(tokens[max(0, i - 2) : i]))
    ]
    return tuple(keep)


# Figures of speech whose trigger word means no harm ("insult to injury", "sick of", "Kindle
# Fire", "the app crashed", "me matan los precios"): (a, b) -> the position (0/1) of the trigger
# word that the pair neutralises. The pair adds the group "idiom" instead, so the model can weigh it.
_IDIOMS: dict[tuple[str, str], int] = {
    ("to", "injury"): 1,
    ("sick", "of"): 0,
    ("sick", "and"): 0,
    ("so", "sick"): 1,
    ("kindle", "fire"): 1,
    ("fire", "tv"): 0,
    ("fire", "hd"): 0,
    ("fire", "stick"): 0,
    ("fire", "sale"): 0,
    ("is", "fire"): 1,
    ("was", "fire"): 1,
    ("fire", "whoever"): 0,
    ("fire", "them"): 0,
    ("fire", "him"): 0,
    ("fire", "her"): 0,
    ("fire", "the"): 0,
    ("fire", "you"): 0,
    ("fire", "your"): 0,
    ("fire", "everyone"): 0,
    ("sick", "bag"): 0,
    ("air", "sick"): 1,
    ("app", "crashed"): 1,
    ("website", "crashed"): 1,
    ("site", "crashed"): 1,
    ("system", "crashed"): 1,
    ("server", "crashed"): 1,
    ("crashed", "again"): 0,
    ("killing", "it"): 0,
    ("killing", "me"): 0,
    ("kill", "for"): 0,
    ("smoke", "and"): 0,
    ("me", "matan"): 1,
    ("me", "tuent"): 1,
    ("me", "tue"): 1,
    ("ça", "tue"): 1,
    ("ca", "tue"): 1,
    ("mi", "uccidono"): 1,
    ("me", "matando"): 1,
    ("by", "accident"): 1,
    ("por", "accidente"): 1,
    ("raw", "deal"): 0,
    ("a", "pain"): 1,
    ("da", "paura"): 1,
    ("of", "contract"): 0,
    # French "compromis (de vente)" is a sale agreement, not a compromised account.
    ("du", "compromis"): 1,
    ("le", "compromis"): 1,
    ("un", "compromis"): 1,
    ("au", "compromis"): 1,
    ("compromis", "de"): 0,
}
_IDIOM_WORDS = frozenset(pair[i] for pair, i in _IDIOMS.items()) | {"allergic"}


# "allergic to Mondays": allergic to something that is no allergen is a figure of speech.
_NOT_ALLERGENS = frozenset(
    _words("mondays monday mornings work people queues effort customer service hold music your app you")
)


def _idiom_positions(toks: tuple[str, ...]) -> set[int]:
    """Positions of trigger words used in a figure of speech."""
    if _IDIOM_WORDS.isdisjoint(toks):
        return set()
    get = _IDIOMS.get
    found = {i + side for i, pair in enumerate(pairwise(toks)) if (side := get(pair, -1)) >= 0}
    for i, t in enumerate(toks[:-2]):
        if t == "allergic" and toks[i + 1] == "to" and toks[i + 2] in _NOT_ALLERGENS:
            found.add(i)
    return found


def concept_groups(tokens: Iterable[str], lang: str | None = None) -> list[str]:
    """Sorted concept groups (trigger and context) that the tokens touch."""
    found: set[str] = set()
    trig = _TRIGGER_GROUPS
    ctx = _CONTEXT_GROUPS
    tokens = tuple(tokens)
    idioms = _idiom_positions(tokens)
    if idioms:
        found.add("idiom")
    for i, t in enumerate(tokens):
        gs = None if i in idioms else trig.get(t)
        if gs:
            found.update(gs)
        gs = ctx.get(t)
        if gs:
            found.update(gs)
        if lang == "de" and len(t) > 9:
            for group, stems in _DE_STEMS.items():
                if any(s in t for s in stems):
                    found.add(group)
    if _states_self_harm(tokens):
        found.update(("self_harm", "self_harm_statement"))
    found.update(_phrase_groups(tokens))
    found.update(_age_groups(tokens))
    return sorted(found)


def _phrase_groups(tokens: tuple[str, ...] | list[str] | Iterable[str]) -> list[str]:
    toks = tuple(tokens)
    if _PHRASE_ANCHORS.isdisjoint(toks):
        return []
    get = _PHRASE_GROUPS.get
    return [g for g in map(get, pairwise(toks)) if g]


# "87 year old", "de 87 años", "87-jährige": a number of years before one of these words is an
# age; a very old or very young person is a vulnerable one. Evidence only, never a gate: being
# stranded with an 80-year-old parent is a complaint, not a safety case, without a harm word.
_AGE_WORDS = frozenset(_words("años ans anni anos jährige jähriger jährigen jähriges jahre jahren"))
_YEAR_WORDS = frozenset(("year", "years", "yr", "yrs"))
# English ages end in "old" ("85 year old"), the rarer word of the three.
_AGE_GATE = _AGE_WORDS | {"old"}
_OLD_AGE = 75
_YOUNG_AGE = 12


def _age_groups(toks: tuple[str, ...]) -> list[str]:
    if _AGE_GATE.isdisjoint(toks):
        return []
    out = []
    for i, (a, b) in enumerate(pairwise(toks)):
        is_age = b in _AGE_WORDS or (b in _YEAR_WORDS and toks[i + 2 : i + 3] == ("old",))
        if is_age and a.isdigit() and len(a) <= 3:
            age = int(a)
            if age >= _OLD_AGE:
                out.append("elderly")
            elif age <= _YOUNG_AGE:
                out.append("child")
    return out


def mentions_a_and_e(clean: str) -> bool:
    # "A&E" (the UK emergency department) tokenises to "a", "e": read it from the text.
    return "A&E" in clean or "a&e" in clean


def _states_self_harm(tokens: tuple[str, ...] | list[str] | Iterable[str]) -> bool:
    toks = tuple(tokens)
    if not _SELF_HARM_ANCHORS.isdisjoint(toks) and any(p in _SELF_HARM_PAIRS for p in pairwise(toks)):
        return True
    if not _TRIPLE_ANCHORS.isdisjoint(toks):
        return any(t in _SELF_HARM_TRIPLES for t in zip(toks, toks[1:], toks[2:], strict=False))
    return False


def has_trigger(tokens: tuple[str, ...], lang: str | None) -> bool:
    if lang != "de" and _GATE_WORDS.isdisjoint(tokens):
        return False  # the common path: one C-level set test
    if not TRIGGERS.isdisjoint(tokens):
        return True
    if _states_self_harm(tokens) or _phrase_groups(tokens):
        return True
    if lang == "de":
        return any(len(t) > 9 and any(s in t for ss in _DE_STEMS.values() for s in ss) for t in tokens)
    return False


# Function words carry no harm and only count how wordy a text is (reports of harm written for
# this set ran longer than its hard negatives): no unigram features of their own.
_STOPWORDS = frozenset(
    _words(
        "the a an and or but on in at to of for with from by is are was were be been it its this that "
        "my our your we i me you he she they them his her their so just as up if then than there here "
        "have has had do did does will would about all any some very too also get got into over when what "
        "el la los las un una y o de del en con por para al que es son fue mi mis tu su sus nos se lo le "
        "te ya muy más pero como le les une et ou des du dans avec pour par au aux qui est sont mon ma mes "
        "ton ta sa ses nous vous on ce il elle je ne pas très mais comme der die das den dem des ein eine "
        "einen einem und oder im mit für von zu zum zur auf an am ist sind war mein meine meinen ich du er "
        "sie es wir ihr so auch noch schon aber wie bei nach il lo gli della dei da alla che è sono mio mia "
        "miei si ci mi ti più ma os as um uma do da dos das em no na com ao são meu minha meus mas "
    )
)
_TRIGGER_ONLY = frozenset(LEXICON)
_PERSON_GROUPS = frozenset(("child", "elderly", "disability", "pregnancy", "carer"))
# Every word that can open the gate: triggers and the anchors of the phrase checks.
_GATE_WORDS = TRIGGERS | _SELF_HARM_ANCHORS | _TRIPLE_ANCHORS | _PHRASE_ANCHORS


def extract_features(
    tokens: tuple[str, ...], lang: str | None, question: bool = False
) -> tuple[list[str], tuple[str, ...]]:
    """(model features, trigger cue groups) of a mention's harm tokens.

    Features: "g:<group>" per concept group, "gg:<a>+<b>" per pair of groups, "ncues:<n>" (how
    many trigger groups fired, capped at 3), "len:short|mid|long" (a report of harm is rarely
    six words), "w:<token>" and "b:<tok> <tok>"; `question` adds the group "qmark" (a "?" in the text: a
    question about a policy is rarely a report of harm). Training and inference both call this."""
    groups = concept_groups(tokens, lang)
    n_cues = sum(1 for g in groups if g in _TRIGGER_ONLY or g == "others_data")
    triggers = [g for g in groups if g in _TRIGGER_ONLY or g == "others_data"]
    if triggers and all(g in _PERSON_GROUPS for g in triggers):
        # Only who is there (kids, a grandmother, a wheelchair user), nothing that happened to
        # them: "two kids, no hotel" is an inconvenience unless the rest of the text says more.
        groups.append("person_only")
    if question:
        groups.append("qmark")
    n_words = len(tokens)
    length = "short" if n_words <= 6 else "mid" if n_words <= 14 else "long"
    feats = ["bias", f"ncues:{min(n_cues, 3)}", "len:" + length]
    feats.extend("g:" + g for g in groups)
    feats.extend(f"gg:{a}+{b}" for i, a in enumerate(groups) for b in groups[i + 1 :])
    stop = _STOPWORDS
    feats.extend("w:" + t for t in tokens if t not in stop)
    feats.extend(f"b:{a} {b}" for a, b in pairwise(tokens) if a not in stop or b not in stop)
    cues = tuple(g for g in groups if g in _TRIGGER_ONLY or g == "others_data")
    return feats, cues


_MORE_THAN_INCONVENIENCE = frozenset(("g:alone", "g:missing", "g:hedge", "g:others_data"))


def is_inconvenience(features: set[str]) -> bool:
    """Children are the only cue and the text is about a disruption (cancelled, delayed, no hotel)
    with nothing saying a child is alone, missing or nearly hurt: "two kids, no hotel" is an
    inconvenience, not a safety case. No-harm by rule; training skips such rows too."""
    return (
        "gg:child+person_only" in features
        and "g:disruption" in features
        and _MORE_THAN_INCONVENIENCE.isdisjoint(features)
        and not any(f.startswith("g:") and f[2:] in _TRIGGER_ONLY and f != "g:child" for f in features)
    )


@dataclass(frozen=True, slots=True)
class HarmModel:
    """Three linear heads as feature -> weight dicts, so scoring is C-level `map` sums:
    harm vs none (its probability is the score, cut at `threshold`), one dict per kind, and
    severe vs elevated."""

    kinds: tuple[str, ...]
    harm_weights: dict[str, float]
    kind_weights: tuple[dict[str, float], ...]
    severity_weights: dict[str, float]
    threshold: float
    meta: dict[str, Any]

    def harm_probability(self, fs: set[str]) -> float:
        z = sum(map(self.harm_weights.get, fs, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def kind_and_severe(self, fs: set[str]) -> tuple[str, float]:
        """(most likely kind, probability that the harm is severe)."""
        zeros = repeat(0.0)
        logits = [sum(map(d.get, fs, zeros)) for d in self.kind_weights]
        best = max(range(len(logits)), key=logits.__getitem__)
        z = sum(map(self.severity_weights.get, fs, zeros))
        return self.kinds[best], 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def load_model(path: Path | None = None) -> HarmModel:
    raw = orjson.loads((path or MODEL_PATH).read_bytes())
    if raw.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} model: {path or MODEL_PATH}")
    kinds = tuple(raw["kinds"])
    return HarmModel(
        kinds=kinds,
        harm_weights=dict(raw["harm_weights"]),
        kind_weights=tuple({f: w[i] for f, w in raw["kind_weights"].items() if w[i]} for i in range(len(kinds))),
        severity_weights=dict(raw["severity_weights"]),
        threshold=float(raw["threshold"]),
        meta=raw.get("meta", {}),
    )


# Evidence that harm happened or is happening now (the brief's "severe"): hospital/A&E, an
# injury, a device down, a first-person self-harm statement. A vulnerable person alone and
# stranded is in danger now.
_SEVERE_GROUPS = frozenset(
    {"g:medical_care", "g:injury", "gg:medical_device+outage", "g:self_harm_statement", "gg:fire_smoke+now"}
)

# An adrenaline pen used or anaphylaxis: the allergic reaction happened and was grave.
_ANAPHYLAXIS = frozenset(("w:epipen", "w:epipens", "w:anaphylaxis", "w:anaphylactic", "w:anaphylaxie", "w:anafilaxia"))

# Cue groups whose words double as praise slang ("sick", "malade", "krank"), and the emoji that
# mark a text as hype rather than a report of being unwell.
_SLANG_CUES = frozenset(("illness",))
_HYPE_EMOJI = frozenset(_words("🔥 💯 🤩 😍 🙌 👌 😎 🤙 🚀 🥳 🐐"))

_model: HarmModel | None = None
_model_lock = threading.Lock()


def default_model() -> HarmModel:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = load_model()
    return _model


def detect_harm(norm: NormalisedText, lang: str | None, model: HarmModel | None = None) -> HarmSignal:
    """Harm signal of one mention; independent of the sentiment label."""
    tokens = norm.tokens
    clean = norm.clean
    a_and_e = "&" in clean and mentions_a_and_e(clean)
    if not (norm.hashtags or a_and_e) and lang != "de" and _GATE_WORDS.isdisjoint(tokens):
        return NO_HARM  # the common path, inlined: one C-level set test
    tokens = harm_tokens(norm, lang)
    if a_and_e:
        tokens = (*tokens, "hospital")
    elif not has_trigger(tokens, lang):
        return NO_HARM
    m = model or default_model()
    feats, cues = extract_features(tokens, lang, "?" in clean)
    fs = set(feats)
    if is_inconvenience(fs):
        return HarmSignal(None, None, 0.0, cues)
    if cues and set(cues) <= _SLANG_CUES and not _HYPE_EMOJI.isdisjoint(norm.emojis):
        # "that set was sick 🔥", "malade ce son 🤩": hype, not illness.
        return HarmSignal(None, None, 0.0, cues)
    harm_p = m.harm_probability(fs)
    if "g:self_harm_statement" in fs:
        # A first-person statement ("kill myself", "end it all") is never left to the model:
        # a missed one costs far more than a false alarm.
        return HarmSignal("self_harm", "severe", round(max(harm_p, m.threshold), 4), cues)
    if harm_p < m.threshold:
        return HarmSignal(None, None, round(harm_p, 4), cues)
    kind, p_severe = m.kind_and_severe(fs)
    if _SEVERE_GROUPS & fs or (kind == "vulnerable_person" and "g:alone" in fs) or not _ANAPHYLAXIS.isdisjoint(fs):
        p_severe = max(p_severe, 0.75)  # harm happened or is happening: see _SEVERE_GROUPS
    # Self-harm is always severe: a person at risk now.
    severity = "severe" if kind == "self_harm" or p_severe >= 0.5 else "elevated"
    return HarmSignal(kind, severity, round(harm_p, 4), cues)
