"""The harm detector's word lists and phrase tables, in en, es, fr, de, it and pt (data, not logic).

`core/harm.py` builds its trigger sets, gates and model features from these. Words are
lowercased with apostrophes dropped, as `normalise` does; accent-free spellings and French/Italian
elided forms are generated there, not listed here.
"""

from __future__ import annotations

from mentionflow.core.harm_cue_phrases import CUE_PHRASES


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Mobility aids, the one list: each names a disabled traveller ("disability"); a lost one strands
# its user (harm_persons.py), as do forms naming only the thing (plurals, "roulant", crutches).
MOBILITY_AIDS = words(
    "wheelchair powerchair powerchairs carrozzina carrozzella ruedas rollstuhl rotelle rodas rollator déambulateur "
    "deambulatore elektromobil"
)
AID_ONLY_FORMS = words("wheelchairs rollstuhls roulant crutches")
# Concept -> words (lowercased, apostrophes dropped as `normalise` does). Accent-free spellings
# and French/Italian elided forms ("lhôpital", "dellospedale") are generated below. Groups in
# `_CONTEXT_GROUPS` only add evidence once a trigger fired: their words are too common to gate on.
LEXICON: dict[str, tuple[str, ...]] = {
    "allergy": words(
        "allergic allergy allergies allergen allergens anaphylaxis anaphylactic epipen epipens "
        "hives alérgico alérgica alergia alergias alérgicos anafilaxia anafiláctico urticaria "
        "allergique allergie allergies anaphylactique anaphylaxie urticaire allergisch allergie "
        "allergien allergischen allergische anaphylaktisch anaphylaktischer nesselsucht "
        "allergico allergica allergia allergie anafilattico anafilassi orticaria alérgico "
        "swelling swollen swelled hinchando hinchado gonflent gonflé schwellen geschwollen "
        "gonfiano gonfio inchando inchado "
        "alérgica alergia anafilático anafilaxia"
    ),
    "allergen": words(
        "nut nuts peanut peanuts treenut cashew cashews almond almonds walnut walnuts hazelnut "
        "hazelnuts pistachio gluten coeliac celiac dairy lactose sesame shellfish "
        "cacahuete cacahuetes maní almendras gluten celíaco celiaco celíaca celiaca lactosa marisco "
        "arachide arachides cacahuète cacahuètes noix gluten cœliaque lactose "
        "nuss nüsse nussfrei erdnuss erdnüsse erdnüssen gluten zöliakie laktose "
        "arachidi arachide glutine celiaco celiachia lattosio amendoim amendoins glúten celíaco lactose sesamo "
        "anacardo anacardos anacardi nocciole noci mandorle pistacchi cajou noisettes amandes "
        "cashewnüsse haselnüsse mandeln walnüsse caju castanhas avelãs amêndoas nozes sésamo sésame sesam gergelim"
    ),
    "illness": words(
        "poisoning poisoned vomiting vomit vomited throwing sick unwell collapsed collapse "
        "fainted unconscious seizure seizures fever diarrhoea diarrhea nausea choking choked "
        "asthma breathe breathing salmonella undercooked mouldy moldy mould mold maggots cockroach "
        "cockroaches dehydrated asma respirar moho cucaracha gusanos crudo asthme respirer moisi "
        "moisissure cafard asticots atmen schimmel schimmelig kakerlake maden respirare muffa "
        "ammuffito scarafaggio vermi mofo bolor mofado larvas cucarachas cafards kakerlaken scarafaggi "
        "intoxicación intoxicado vomitando vómitos vomitó desmayó desmayado enfermo enferma "
        "fiebre inconsciente convulsiones atragantó vomitar vomitado vomitada vomitaron vomitaba "
        "intoxication intoxiqué vomit vomi vomis vomissements malaise malade évanoui inconscient convulsions "
        "fièvre vomir vomissait vomissaient vomissent "
        "lebensmittelvergiftung vergiftung erbricht erbrechen übergeben zusammengebrochen "
        "bewusstlos krank übel fieber ohnmächtig krampfanfall erbrochen "
        "intossicazione intossicato vomita vomitando vomito malore malissimo svenuto svenuta svenimento "
        "foodpoisoning évanouie desmayada desmaiada kollabiert incosciente febbre convulsioni "
        "intoxicação intoxicado vomitando vômito vomitou desmaiou desmaio doente inconsciente febre convulsões "
        # "tutti a vomitare" fires; "da vomitare" (disgust) is harm_senses NOT_NEAR
        "vomitaram vomitava vomitavam épilepsie epilessia raw vomitare vomitato vomitata vomitati vomitavano "
        "herzinfarkt infarto infarctus"
    ),
    "injury": words(
        "injured injury injuries hurt bleeding bleed bled blood burns burned burnt scalded fell agony "
        "bruising bruises moratones lividi "
        "bitten mordió mordido mordida morsure gebissen morsicato morsicata mordeu "
        "blister blisters fracture fractured concussion wound wounded stitches bruised scalding "
        "herido herida heridas sangra sangrando sangre quemaduras quemado fractura lesión "
        "blessé blessée blessure saigne saigné brûlures brûlé brûlée fracture "
        "verletzt verletzung blutet blut verbrennungen verbrüht gebrochen bruch gestürzt sturz gefallen "
        "ferito ferita ferite sanguina sangue ustioni ustionato frattura "
        "ferido ferida sangrando sangue queimaduras queimado fratura"
    ),
    "foreign_object": words(
        "glass shard shards needle metal metallo métal metall metallstück "
        "vidrio cristal verre glas glasscherbe scherbe vetro vidro sharp scherben glasscherben glassplitter "
        "afilado afilada tranchant tranchante coupante tagliente afiado afiada"
    ),
    "pain": words("pain painful dolor duele douleur schmerzen schmerz weh dolore dor dores"),
    "medical_care": words(
        "hospital hospitalised hospitalized ambulance paramedics paramedic doctor dr gp medical médica "
        "médical médicale medizinisch medizinische "
        "urgencias ambulancia médico ingresado ingresada hospitalizado hospitalizada "
        "hôpital urgences ambulance samu médecin hospitalisé hospitalisée "
        "krankenhaus notaufnahme notarzt krankenwagen arzt klinik "
        "ospedale ambulanza soccorso medico ricoverato ricoverata ricoverati "
        "urgências ambulância inem médico internado internada hospitalizados"
    ),
    "medication": words(
        "medication medications medicine medicines meds insulin inhaler dose doses tablets prescription "
        "anticoagulant anticoagulants anticoagulante anticoagulantes blutverdünner anticoagulanti "
        "pastillas comprimés tabletten pastiglie comprimidos "
        "medicación medicamentos medicina insulina inhalador dosis "
        "médicaments médicament insuline inhalateur medikamente medikament insulin inhalator "
        "farmaci farmaco medicine medicinali insulina remédios remédio medicamentos insulina "
        "medicamento pastilla comprimido comprimé pastiglia medicação"  # the singulars
    ),
    "fire_smoke": words(
        "fire smoke smoking flames flame burning exploded explosion sparks melted overheating burst scorched "
        "humo fuego incendio incendiado quemado explotó chispas llamas humeando echando "
        "fumée feu incendie brûlé explosé étincelles flammes fumer fume noirci "
        "rauch feuer brand brennt verbrannt explodiert funken flammen qualmt raucht geschmolzen "
        "qualm qualmen qualmte rauchte brandgeruch verschmort "
        "fumo fuoco incendio bruciato esploso scintille fiamme fumare fuma fumando annerita annerito "
        "fumaça fumo fogo incêndio queimado explodiu faíscas chamas fumegando derreteu chamuscado chamuscada queimada"
    ),
    "danger": words(
        "dangerous danger unsafe hazard hazardous risk risks killed trapped monoxide electrocuted "
        "speeding reckless recklessly temerario imprudente rücksichtslos raser spericolato "
        "brakes piégé piégés eingesperrt bremsen intrappolato freios seatbelt cinturón ceinture "
        "sicherheitsgurt cintura cinto "
        "gas gaz gás gasgeruch gasleck gasgeruch "
        "peligroso peligrosa peligro riesgo dangereux dangereuse danger risque "
        "gefährlich gefahr risiko lebensgefährlich pericoloso pericolosa pericolo rischio "
        "perigoso perigosa perigo risco"
    ),
    "collision": words(
        "hit knocked crashed accident whiplash accidente chocó choque doored "
        "carambolage unfall aufgefahren zusammenstoß incidente tamponato bateu batida acidente "
        "atropelló atropellado atropella atropellar atropellaron atropellada "
        "renversé renversée écraser percuté "
        "angefahren überfahren umgefahren investito investita investire "
        "atropelou atropelado atropelar atropelaram atropelada"
    ),
    "violence": words(
        "assault assaulted attacked punched grabbed shoved shoving threatened threatening harassed "
        "harassment sexual touched groped abused abuse stalking stalked stalker harass harassing "
        "abusive violent violento violenta violente gewalttätig maltratador maltrato "
        "inappropriately golpeado golpeada golpearon atracaron tabassé tabassée rapinato rapinata "
        "acosando acosado acosada acosó acosaba machuquei espancado espancada assaltado assaltada "
        "agresión agredido agredida amenazó acoso empujado empujada empujó amenazado amenazada amenazaron "
        "agressé agressée agression menacé harcèlement menacée bousculé bousculée "
        "angegriffen bedroht geschlagen belästigt übergriff geschubst bedrohte überfallen ausgeraubt "
        "aggredito aggredita minacciato molestie minacciata spintonato spintonata picchiato picchiata "
        "agredido agredida ameaçou assédio empurrou empurrado empurrada ameaçado ameaçada ameaçaram"
    ),
    # Fear for one's safety ("I was terrified", "pasé muchísimo miedo"); hyperbole is common
    # ("terrified of your fees"), so the model weighs it with the context.
    # Despair that hints at self-harm without stating it ("no way out", "if I disappeared"): the
    # model weighs it with the context against idioms ("no way out of this contract"); more
    # of its phrases are in PHRASE_GROUPS.
    "despair": words(
        "ausweg duscita desapareciera disparaissais sparissi sumisse hopelessness verschenken "
        "goodbyes despedirme despedida adieux abschied addii despedir"
    ),
    # Someone unknown to the writer: whose data it is, or who is acting ("un inconnu l'a trouvée").
    "stranger": words(
        "stranger strangers desconocido desconocida inconnu inconnue fremden fremder sconosciuto "
        "sconosciuta desconhecido desconhecida estranho estranha"
    ),
    "fear": words(
        "terrified scared frightened petrified miedo aterrorizado aterrorizada asustado asustada "
        "peur terrifié terrifiée angst todesangst panik paura terrorizzato terrorizzata spaventato "
        "spaventata medo apavorado apavorada assustado assustada"
    ),
    "emergency": words("emergency emergencia urgence notfall emergenza emergência"),
    "impaired": words("drunk booze borracho ivre betrunken ubriaco bêbado bebado alcoolizzato"),
    "child": words(
        "child children kid kids son daughter baby babies toddler infant unaccompanied carseat daughters sons "
        "pushchair pram buggy stroller poussette kinderwagen passeggino mineure unbegleitet "
        "niño niña niños niñas hijo hija hijos hijas bebé bebés menor "
        "enfant enfants fils fille bébé mineur "
        "kind kinder sohn tochter baby kleinkind unbegleitetes "
        "bambino bambina bambini bimbo bimba bimbi figlio figlia figli figlie neonato minore "
        "criança crianças filho filha filhos filhas bebê bebé menor "
        # grandchildren, as children are named by a grandparent ("my granddaughter (8) is alone at the gate")
        "granddaughter granddaughters grandson grandsons grandchild grandchildren grandkid grandkids "
        "nieto nieta nietos nietas enkel enkelin enkelkind enkelkinder nipotino nipotina nipotini netinho netinha"
    ),
    "elderly": words(
        "elderly grandmother grandma granny nan nana grandad grandpa grandfather pensioner "
        "grandads grandmas grandpas grannys nans grandfathers grandmothers "  # "my grandad's"
        "dementia alzheimers alzheimer frail "
        "abuela abuelo anciano anciana demencia grandmère âgé âgée démence "
        "oma opa seniorin demenz betagte betagter hochbetagte dement demente dément démente "
        "nonna nonno anziano anziana demenza avó avô idoso idosa demência"
    ),
    "pregnancy": words(
        "pregnant pregnancy embarazada embarazo enceinte grossesse schwanger schwangerschaft "
        "incinta gravidanza grávida gravidez gestante"
    ),
    "disability": words(
        "disabled disability blind deaf autistic autism handicap handicapped paraplegic quadriplegic tetraplegic "
        "amputee tetraplegico tetraplegica paraplegico paraplegica tetrapléjico parapléjico tetrapléjica parapléjica "
        "tétraplégique paraplégique tetraplégico paraplégico tetraplégica paraplégica querschnittsgelähmt "
        "zerebralparese cadeirante diabetic epileptic epilepsy diabético diabética epilepsia diabétique épileptique "
        "diabetiker epilepsie diabetico epilettico epilético discapacidad discapacitado ciego sordo autista handicapé "
        "handicapée fauteuil aveugle sourd autiste behindert behinderter behinderte blind gehörlos autistisch "
        "autistische autistischen autistischer autistica autistiche autistici autistic disabile disabilità cieco sordo "
        "autistico deficiência deficiente cego surdo autista"
    )
    + MOBILITY_AIDS,
    "carer": words(
        "carer caregiver carers cuidadora cuidador aidesoignante soignante soignant "
        "pflegerin pfleger pflegekraft badante cuidadora cuidador"
    ),
    "medical_device": words(
        "telecare lifeline careline oxygen concentrator pacemaker ventilator cpap dialysis stairlift glucose "
        "glucosa glycémie glicemia glicose glukose salvavita "
        "teleasistencia oxígeno marcapasos téléassistance oxygène respirateur respirador beatmungsgerät respiratore "
        "hausnotruf sauerstoff sauerstoffgerät herzschrittmacher "
        "telesoccorso ossigeno teleassistência oxigênio oxigénio "
        # glucose monitors and their alarms: "my son's CGM can't send alerts since the outage"
        "cgm glucometer glucómetro glucomètre glukometer glucometro glicosímetro glicosimetro"
    ),
    "breach": words(
        "breach breached leak leaked leaks exposed gdpr doxxed "
        "filtración filtrado comprometida fuite compromise compromis "
        "datenleck datenpanne leck violazione compromessa vazamento comprometido"
    ),
    "fraud": words(
        "fraud fraudulent scam scams scammer scammers scammed phishing phished hacked hacker draining drained "
        "hackers stolen unauthorised unauthorized fake pretending impersonating swap theft emptying "
        "smishing vishing spoofed spoofing impersonation impersonated enkeltrick schockanruf spacciandosi "
        "fingendosi burla burlão burlões "
        "burlado burlada escroc escrocs vaciado vaciaron vidé svuotato svuotata esvaziada esvaziaram leergeräumt "
        "emptied hack hacking eingeloggt falso falsa falsos faux fausse gefälscht gefälschte gefälschten "
        "fingiendo fingindo spacciava "
        "authorise authorize authorised authorized recognise recognize freeze block clicked "
        "autorizado autorizada autorización autorizó reconozco bloquead bloquear bloqueadla bloqueadlo "
        "bloquearla bloqueenla bloquéenla bloccatela bloccatelo sperrt autorisé autorisation reconnais "
        "bloquez autorisiert sperren abbuchungen autorizzato autorizzazione riconosco "
        "carreguei cliquei clicou clicó pinché cliccata cliccando "
        "bloccate cliccato autorização autorizei reconheço bloqueiem cliqué geklickt clicado "
        "estafa estafado estafada estafaron fraude hackeado hackearon robado suplantación timo "
        "arnaque arnaqué arnaquer arnaquée piraté escroquerie frauduleux usurpation "
        "betrug betrogen gehackt betrüger gestohlen betrugsteam "
        "truffa truffato truffata frode hackerato rubato truffatori frodi "
        "golpe fraude hackearam roubado clonado antifraude enganado enganada "
        # Every form of the stolen participle ("tarjeta robada", "carta rubata", "cartão roubado"):
        # French "volé" is also "flown", so only its pairs below.
        "robada robados robadas rubata rubati rubate roubada roubados roubadas gestohlene gestohlenen "
        "clonada clonaron clonaram clonata clonato clonano cloné clonée geklont"
    ),
    "self_harm": words(
        "suicide suicidal selfharm alive cope disappear worthless burden hopeless overdose pills "
        "suicidio suicidarme quitarme matarme suicider suicidarmi togliermi uccidermi "
        "suicídio umbringen umzubringen suizid abschiedsbrief abschiedsbriefe"
    ),
    # Hyperbole-prone ("killing it", "fees are killing me"): its own group so that the model
    # can weigh it apart from real self-harm language; "kill myself" is caught by
    # SELF_HARM_PAIRS below.
    "kill": words("kill killing killed kills matando matan tuent tue uccidono umbringen"),
}
# Evidence groups that never gate (too common), only score once a trigger fired.
CONTEXT_LEXICON: dict[str, tuple[str, ...]] = {
    "safety": words("safety safe safely"),
    # Seen by anyone: how data exposure is often told ("printed on the outside for anyone to see").
    "public": words(
        "anyone everyone public cualquiera chiunque qualquer jeder jeden öffentlich público pública publique pubblico"
    ),
    "now": words("now currently right ahora mismo maintenant moment jetzt gerade sofort adesso ora agora neste"),
    "hedge": words(
        "nearly almost could might may risk casi poder failli presque pourrait fast könnte quasi potrebbe quase pode"
    ),
    "other_person": words(
        "another other someone else different otro otra otras persona autre quelquun "
        "anderen jemand altro altra persona outro outra pessoa"
    ),
    "outage": words(
        "signal down dead offline outage connect señal caído cobertura réseau panne "
        "netz ausgefallen campo giù sinal fora"
    ),
    "money": words(
        "money account card payments transactions charged took taken withdrawn savings pin transfer "
        "cuenta tarjeta sacado pagos compte carte prélevé konto karte abgebucht conto carta "
        "prelevato conta cartão"
    ),
    "joke": words("lol lmao haha jaja jajaja mdr ptdr kkk kkkk ahah ahahah 😂 🤣"),
    # Sales talk ("bomb of a deal", "la multiprise de votre promo"): apart from "joke", as an
    # offer is as often the context of a faulty product as of hype.
    "promo": words(
        "deal deals promo offer sale oferta ofertón offre soldes angebot rabatt offerta sconto promoção desconto"
    ),
    "thanks": words(
        "thanks thank thx brilliant amazing love loved great wonderful shoutout kudos excellent "
        "kind lovely legend helpful helped hats crack amable majo gentil gentille adorable nett "
        "impressed impresionado impresionada impressionné impressionnée beeindruckt impressionato "
        "impressionata impressionado impressionada respect respeto respekt rispetto respeito lifesaver lifesavers "
        "perfect best fantastic awesome breeze maravilloso maravillosa mejor mejores fantástico "
        "formidable meilleur meilleure meilleures merveilleux génial wunderbar beste besten "
        "fantastisch meraviglioso meravigliosa migliore fantastico maravilhoso maravilhosa melhor "
        "melhores adorei amei incrível incríveis increíble increíbles incroyable incredibile "
        "freundlich hilfsbereit gentile bravissimo atencioso atenciosa sensacional "
        "gracias genial perfecto excelente merci top super bravo parfait adorable excellent "
        "danke toll perfekt klasse grazie ottimo perfetto complimenti gentilissimo eccellente "
        "obrigado obrigada ótimo perfeito impecável impecáveis excelente "
        "chapó chapeau chapéu cappello"  # hats off: "chapó", "chapeau", "tiro o chapéu", "tanto di cappello"
    ),
    "question": words(
        "how can does do where which cómo como puedo dónde cuánto comment combien peux puis "
        "wie kann darf wo was come posso quanto dove quanto posso onde"
    ),
    "resolved": words(
        "sorted resolved fixed solved resuelto solucionado réglé résolu geklärt gelöst "
        "behoben risolto sistemato resolvido resolveu"
    ),
    "price": words(
        "fee fees price prices bill bills charge comisiones precio precios frais prix tarif "
        "gebühren preis preise commissioni prezzi prezzo tarifas taxas preço preços"
    ),
    "alone": words(
        "alone abandoned own herself himself themselves themself sola abandonada abandonado seule seul abandonnée "
        "allein alleine alleingelassen sozinha sozinho abbandonata abbandonato solo unattended"
    ),
    # Children seated away from their parents, a family split up on board.
    "separated": words(
        "apart separated separate scattered separados separadas séparés séparées separes getrennt "
        "auseinander separati separate separato separata"
    ),
    # Sexual assault or harassment told without the word "assault": "tried to sexually touch".
    "sexual": words("sexually groped groping grope sexualmente sexuellement sexuell sessualmente"),
    "missing": words(
        "missing lost desaparecido desaparecida disparu disparue vermisst scomparso scomparsa desaparecida"
    ),
    # "nobody", "nadie", "personne": alone, "nobody from the airline came" (a complaint); a
    # "nobody knows where she is" adds "missing" (_MISSING_PAIRS).
    "nobody": words("nobody noone nadie personne niemand keiner nessuno ninguém"),
    # Shown for anyone to read: how data on a label or a letter is exposed.
    "on_show": words(
        "label labels outside read readable visible etiqueta fuera leer étiquette dehors lire lisible "
        "etikett paketetikett außen aussen lesen lesbar sichtbar etichetta fuori leggere leggibile "
        "rótulo fora ler legível"
    ),
    "service_team": words(
        "department dept team alert alerts warning banner tv stick hd kindle sale equipo "
        "departamento alerta équipe service alerte abteilung team alarm ufficio avviso "
        "equipe alerta aviso"
    ),
    # Travel and service disruption: with children present and nothing more, an inconvenience.
    "disruption": words(
        "cancelled canceled cancellation delay delayed delays hotel rebooking rebooked stuck stranded "
        "queue waiting cancelado retraso hotel atrapados esperando annulé retard hôtel coincés attente "
        "gestrichen annulliert verspätung hotel festsitzen warten cancellato ritardo bloccati attesa "
        "atraso presos espera "
        # the participles: "le train est retardé", "Zug verspätet", "vuelo retrasado", "in ritardo", "atrasado"
        "retardé retardée retrasado retrasada verspätet atrasado atrasada "
        # a booking or a timetable gone wrong: "family room booked, you give us a double"
        "cancel wait room booked timetable schedule clash cancelar esperar habitación reservé horario "
        "annuler attendre chambre réservé horaire stornieren zimmer gebucht kursplan stundenplan "
        "annullare aspettare camera prenotato prenotata orario quarto reservei horário "
        # on hold, a missed connection, a queue: "line is out the door and travelling with 3 kids"
        "hold layover layovers missed rebook line waited verpasst perdido raté perso "
        # schoolwork held up by an outage: "kids can't do their homework", "los niños sin clases online"
        "homework deberes clases devoirs hausaufgaben homeschooling compiti lezioni aulas"
    ),
    # Mains and batteries: smoke or sparks from one of these is a fire risk, even when the
    # writer asks "is that normal?" about it.
    "electrical": words(
        "socket plug charger cable battery outlet extension router heater wire wires enchufe cargador "
        "cable batería bateria regleta estufa prise chargeur câble batterie multiprise radiateur "
        "steckdose mehrfachsteckdose stecker ladegerät kabel akku heizlüfter presa caricatore cavo "
        "batteria ciabatta spina stufetta tomada carregador cabo extensão ficha aquecedor"
    ),
    "future": words(
        "next tomorrow planning book booking próximo mañana reservar prochain demain réserver "
        "nächsten morgen buchen prossimo domani prenotare próximo amanhã reservar"
    ),
}
# German compounds: stems looked for inside long tokens when the language is German.
DE_STEMS: dict[str, tuple[str, ...]] = {
    "allergy": ("allerg",),
    "illness": ("vergiftung", "übelkeit", "durchfall"),
    "injury": ("verletz", "verbrenn"),
    "medical_device": ("sauerstoff", "notruf", "beatmung", "blutzucker", "insulinpumpe"),
    "disability": ("rollstuhl", "behindert"),
    "fraud": ("betrug", "betrüg"),
    "breach": ("datenleck", "datenschutz"),
    "foreign_object": ("scherbe", "splitter"),  # "Metallsplitter im Brot", "Glasscherben"
}
# Adjacent token pairs that state self-harm (the single words are too common to gate on).
SELF_HARM_PAIRS = frozenset(
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
        # "quiero desaparecer", "je veux disparaître": a wish to vanish, first person.
        ("quiero", "desaparecer"),
        ("veux", "disparaître"),
        ("voglio", "sparire"),
        ("quero", "desaparecer"),
        ("quero", "sumir"),
        ("möchte", "verschwinden"),
    ]
)
# A self-harm pair right after one of these words is a noun phrase: "in the end it was",
# "la joie de vivre", "l'espoir de vivre mieux", "l'art de vivre".
# Two words ("time to", "great to") before "be alive": a figure of delight ("what a time to be alive",
# "great day to be alive"), not a wish to die; "want to be alive" and relief after a danger ("lucky to
# be alive") stay.
SELF_HARM_PAIR_NOT_AFTER: dict[tuple[str, str], tuple[str, ...]] = {
    ("end", "it"): words("the"),
    ("de", "vivre"): words("joie espoir lespoir façon facon manière maniere art lart coût cout niveau raisons"),
    ("be", "alive"): tuple(f"{w} to" for w in words("time times day good great nice amazing wonderful fun exciting")),
}
# Whose data: adjacent pairs that say it belongs to someone else (each word alone is common).
OTHER_PERSON_PAIRS = frozenset(
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
        # "les données de quelqu'un": someone's. "quelqu'un d'autre a la panne ?" asks whether
        # anyone else has it, and says nothing about whose data.
        ("de", "quelquun"),
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
        # "le nom et l'adresse d'une autre personne", "die Adresse einer anderen Person"
        ("another", "person"),
        ("autre", "personne"),
        ("autres", "personnes"),
        ("quelquun", "dautre"),
        ("anderen", "person"),
        ("andere", "person"),
        ("anderen", "personen"),
        ("otras", "personas"),
        ("altre", "persone"),
        ("outras", "pessoas"),
        # "not mine": the data shown is someone else's.
        ("non", "miei"),
        ("non", "mie"),
        ("pas", "miens"),
        ("pas", "miennes"),
        ("nicht", "meine"),
        ("no", "mías"),
        ("no", "míos"),
        ("não", "meus"),
        ("não", "minhas"),
    ]
)
# "a certain Marco R.": a stranger named by the one who sees their data. Common alone ("I spoke
# to a certain Marco"), so it counts only next to a data word (STRANGER_DATA_WORDS).
_PASSENGER_PAIRS = (
    "another passenger,altro passeggero,altra passeggera,otro pasajero,otra pasajera,autre passager,"
    "autre passagère,anderen passagiers,outro passageiro,outra passageira,altro utente,otro usuario,"
    "autre utilisateur,outro usuário,anderen fluggasts,anderen nutzers,unaltra passeggera"
)
STRANGER_PAIRS = frozenset(
    [
        ("un", "certo"),
        ("una", "certa"),
        ("un", "certain"),
        ("dun", "certain"),
        ("une", "certaine"),
        ("dune", "certaine"),
        ("un", "tal"),
        ("una", "tal"),
        ("um", "tal"),
        ("uma", "tal"),
        ("einem", "gewissen"),
        ("eines", "gewissen"),
        ("einer", "gewissen"),
        ("einen", "gewissen"),
    ]
) | frozenset(
    # another passenger's or user's booking, passport, birth date on screen (not their seat)
    (a, b)
    for a, b in (p.split() for p in _PASSENGER_PAIRS.split(","))
)
STRANGER_DATA_WORDS = frozenset(
    words(
        """account accounts balance iban transfers payments statement statements bills invoices orders
    address details data conto saldo movimenti bonifici bollette fatture ordini indirizzo dati
    compte solde virements factures commandes adresse données donnees cuenta movimientos
    transferencias facturas pedidos dirección direccion datos conta extrato transferências
    transferencias faturas encomendas morada dados konto kontostand überweisungen uberweisungen
    umsätze umsatze rechnungen bestellungen adresse daten booking reservation passport prenotazione passaporto
    nascita reserva pasaporte nacimiento réservation passeport naissance buchung reisepass geburtsdatum passaporte"""
    )
)
BODY = ("neck", "arm", "leg", "wrist", "ankle", "nose", "ribs", "hip", "back", "bone", "tooth", "teeth")
# Other phrases whose words are too common alone: pair -> concept group.
PHRASE_GROUPS: dict[tuple[str, str], str] = {
    **{pair: "others_data" for pair in OTHER_PERSON_PAIRS | STRANGER_PAIRS},
    **{("passport", w): "breach" for w in ("number", "numbers")},
    ("split", "open"): "injury",  # "knee's split open", "head split open"
    ("card", "number"): "breach",
    ("taken", "over"): "fraud",
    # The bait of a smishing text, quoted by the one who got it: "new payee added, if this wasn't
    # you call 0203...", "si no has sido tú llama al", "si ce n'était pas vous", "falls Sie das
    # nicht waren", "se non sei stato tu", "se não foi você".
    ("wasnt", "you"): "fraud",
    ("werent", "you"): "fraud",
    ("sido", "tú"): "fraud",
    ("fuiste", "tú"): "fraud",
    ("nétait", "pas"): "fraud",
    ("nicht", "waren"): "fraud",
    ("stato", "tu"): "fraud",
    ("foi", "você"): "fraud",
    ("foi", "tu"): "fraud",
    ("dropped", "me"): "injury",
    ("sono", "tagliata"): "injury",  # "mi sono tagliata con ...": see PHRASE_CONTEXT
    ("sono", "tagliato"): "injury",
    # "grand-mère", "grands-parents": the hyphen splits the French word in two.
    **{(a, b): "elderly" for a, b in (("grand", "mère"), ("grand", "mere"), ("grand", "père"), ("grands", "parents"))},
    **{("didnt", w): "fraud" for w in ("make", "authorise", "authorize")},
    **{("power", w): "disability" for w in ("chair", "chairs", "wheelchair")},  # "my husband's power chair"
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
    # Tree nuts named as a group ("frutta a guscio", "frutos secos", "fruits à coque", "casca rija"),
    # and breathing badly said of someone ("respira male", "respire mal", "atmet schwer").
    **{p: "allergen" for p in [("a", "guscio"), ("frutos", "secos"), ("à", "coque"), ("casca", "rija")]},
    ("tree", "nuts"): "allergen",
    **{p: "illness" for p in [("respira", "male"), ("respira", "mal"), ("respire", "mal"), ("respirando", "mal")]},
    ("atmet", "schwer"): "illness",
    # Reduced mobility and the assistance booked for it: "special assistance", "movilidad reducida".
    **{
        pair: "disability"
        for pair in [
            ("special", "assistance"),
            ("reduced", "mobility"),
            ("movilidad", "reducida"),
            ("asistencia", "especial"),
            ("mobilité", "réduite"),
            ("assistance", "spéciale"),
            ("mobilità", "ridotta"),
            ("assistenza", "speciale"),
            ("mobilidade", "reduzida"),
            ("assistência", "especial"),
            # cerebral palsy: "mi hijo tiene parálisis cerebral", "paralysie cérébrale"
            ("cerebral", "palsy"),
            ("parálisis", "cerebral"),
            ("paralisis", "cerebral"),
            ("paralysie", "cérébrale"),
            ("paralisi", "cerebrale"),
            ("paralisia", "cerebral"),
        ]
    },
    ("car", "seats"): "child",
    ("chest", "pain"): "illness",
    ("chest", "pains"): "illness",
    ("gas", "leak"): "danger",
    ("gas", "smell"): "danger",
    ("identity", "theft"): "fraud",
    # A card, phone or wallet stolen, said with the verb ("me robaron la tarjeta", "on m'a volé ma
    # carte", "roubaram meu cartão"); French "volé" alone is also "flown".
    **{(v, o): "fraud" for v in words("robaron roubaram") for o in words("la el mi mis meu minha o a")},
    **{(v, o): "fraud" for v in words("ma mont été") for o in words("volé volée volés volées")},
    **{(o, v): "fraud" for o in words("carte cb portefeuille téléphone portable") for v in words("volé volée")},
    # Credentials stolen ("a link that steals logins") and the "new payee added" scam text.
    **{
        (v, o): "fraud"
        for v in words("steal steals stole stealing")
        for o in words("login logins password passwords details credentials data")
    },
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
    # Money moved without the holder knowing or agreeing ("sin que ella sepa", "à mon insu"); not
    # "to my knowledge", "que yo sepa", "do meu conhecimento" (as far as I know).
    **{
        pair: "fraud"
        for pair in [
            *(("my", "consent"), ("mi", "consentimiento"), ("ella", "sepa"), ("él", "sepa"), ("mon", "insu")),
            *(("son", "insu"), ("mon", "consentement"), ("mein", "wissen"), ("meine", "zustimmung")),
            *(("mia", "insaputa"), ("sua", "insaputa"), ("mio", "consenso"), ("meu", "consentimento")),
        ]
    },
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
    # A monitor that sends readings: "my dad's heart monitor ... offline since the mast works".
    ("heart", "monitor"): "medical_device",
    ("heart", "monitoring"): "medical_device",
    ("cardiac", "monitoring"): "medical_device",
    ("surveillance", "cardiaque"): "medical_device",
    ("monitorización", "cardíaca"): "medical_device",
    ("monitoraggio", "cardiaco"): "medical_device",
    ("monitorização", "cardíaca"): "medical_device",
    ("cardiac", "monitor"): "medical_device",
    ("glucose", "monitor"): "medical_device",
    ("insulin", "pump"): "medical_device",
    ("monitor", "cardiaco"): "medical_device",
    ("monitor", "cardíaco"): "medical_device",
    ("moniteur", "cardiaque"): "medical_device",
    ("herz", "monitor"): "medical_device",
    ("bomba", "insulina"): "medical_device",
    ("pompe", "insuline"): "medical_device",
    ("emergency", "button"): "medical_device",
    ("live", "wires"): "danger",
    # Running red lights (riders, drivers): reckless driving in six languages.
    ("red", "light"): "danger",
    ("red", "lights"): "danger",
    ("semáforo", "rojo"): "danger",
    ("semáforos", "rojos"): "danger",
    ("feu", "rouge"): "danger",
    ("feux", "rouges"): "danger",
    ("rote", "ampel"): "danger",
    ("roten", "ampel"): "danger",
    ("semaforo", "rosso"): "danger",
    ("semafori", "rossi"): "danger",
    ("sinal", "vermelho"): "danger",
    ("semáforo", "vermelho"): "danger",
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
    # "can't take it any more": despair, weighed with the context (debt, eviction)
    ("schluss", "zu"): "despair",
    ("schluss", "machen"): "despair",
    ("nicht", "ertragen"): "despair",
    ("no", "aguanto"): "despair",
    ("aguento", "mais"): "despair",
    ("supporte", "plus"): "despair",
    ("jen", "peux"): "despair",
    ("nen", "peux"): "despair",
    ("faccio", "più"): "despair",
    # the "safe account" scam, and payments the customer did not make
    ("safe", "account"): "fraud",
    ("cuenta", "segura"): "fraud",
    ("compte", "sécurisé"): "fraud",
    ("sicheres", "konto"): "fraud",
    ("conto", "sicuro"): "fraud",
    ("conta", "segura"): "fraud",
    ("no", "hice"): "fraud",
    ("no", "reconozco"): "fraud",
    **CUE_PHRASES,
    **{("broken", b): "injury" for b in BODY},
    **{("broke", b): "injury" for b in BODY},
    **{("his", b): "injury_site" for b in BODY if b not in ("back",)},
}
# Words that open the gate on almost every brand mention (counted on the airline tweets): a
# phrase is anchored on another of its words where it has one.
COMMON_WORDS = frozenset(
    words(
        "customer customers another take want number someone other seat seats passengers year years "
        "account his broken broke my it to in up on me go cant own off de di à no the a"
    )
)


# Three-word statements: (a, b, c) -> checked when c is present.
SELF_HARM_TRIPLES = frozenset(
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
        ("leben", "ein", "ende"),
        ("be", "here", "anymore"),
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
        ("ended", "it", "all"),
        ("just", "ended", "it"),
        ("about", "ending", "it"),
        ("just", "wasnt", "here"),
        ("i", "wasnt", "here"),
        # "don't really see the point of being here", "no reason to live"
        ("of", "being", "here"),
        ("point", "of", "living"),
        ("reason", "to", "live"),
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
        # Indirect hints: "won't be around much longer", "no point in being here anymore", "I just
        # want it all to stop".
        ("around", "much", "longer"),
        ("being", "here", "anymore"),
        ("all", "to", "stop"),
        ("everything", "to", "stop"),
        ("todo", "se", "acabe"),
        ("que", "tout", "sarrête"),
        # "hab mit allem abgeschlossen" (made an end of everything), "ob ich nächste Woche noch
        # da bin" (whether I'll still be here next week)
        ("mit", "allem", "abgeschlossen"),
        ("noch", "da", "bin"),  # the subordinate clause: not "ich bin nächste Woche noch da"
    ]
)


# What "clicked", "authorised" need next to them to be fraud (see core.harm._NEEDS_NEAR).
PHISHING_CARRIERS = frozenset(
    words(
        "link links email emails mail text texts sms message messages msg ad ads url attachment enlace correo "
        "mensaje lien courriel nachricht anzeige collegamento messaggio mensagem anúncio anuncio"
    )
)
AUTH_WORDS = frozenset(
    words(
        "authorise authorize authorised authorized autorizado autorizada autorización autorizó autorisé "
        "autorisation autorisiert autorizzato autorizzazione autorização autorizei "
        # elided: "annuler l'autorisation", "senza l'autorizzazione"
        "lautorisation dautorisation lautorizzazione dautorizzazione"
    )
)
AUTH_NEGATIONS = frozenset(
    words(
        "not never didnt nt no nor without ni sin nunca pas ne sans nicht kein keine ohne nie non senza mai "
        "não nao sem nothing nichts rien niente nulla nada"  # "ich habe nichts autorisiert"
    )
)
# What "fake", "faux", "falso" need nearby to be an impersonation.
IMPERSONATION = frozenset(
    words(
        "account accounts site sites website websites page profile seller sellers text texts sms email "
        "emails message messages call calls caller number link app refund delivery bank agent support "
        "customer service version copy ticket tickets booking bookings giveaway competition offer "
        "conseiller appel numéro compte profil banque agent llamada mensaje cuenta perfil página banco correo "
        "messaggio chiamata conto profilo sito banca mensagem chamada conta técnico tecnico operador operatore "
        "funcionário ligação courrier lien enlace anruf nachricht konto seite web webseite "
        "vendedor vendeur verkäufer venditore tienda boutique shop laden negozio loja empleado employé "
        "mitarbeiter impiegato"
    )
)
