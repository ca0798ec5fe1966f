"""Harm told through a person's body part or a help that could not be reached (session 19 recall):
an emergency service that could not be called and a hospital that could not be reached
(core.harm_blocked), a hand or fingers caught, cut or burnt (core.harm_bodily), and the harm told
through a relative (a parent's oxygen, a child's insulin in a lost bag, a child left alone); each in
six languages, with the everyday texts that share their words and must stay no-harm. The sentences
were written for these tests, not taken from the harm set or the scenarios."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_blocked import care_blocked, service_call_blocked
from mentionflow.core.harm_bodily import body_part_hurt
from mentionflow.core.text import normalise


def _signal(text: str, lang: str) -> tuple[str | None, str | None]:
    sig = detect_harm(normalise(text), lang, brand_known=True)
    return sig.kind, sig.severity


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@AppCo the app crashed and I couldn't call an ambulance"),
        ("es", "@AppES la app se colgó y no pude pedir una ambulancia para mi madre"),
        ("fr", "@AppliFR l'appli a planté et je n'ai pas pu appeler les secours"),
        ("de", "@AppDE die App ist abgestürzt und ich konnte keinen Krankenwagen rufen"),
        ("it", "@AppIT l'app si è bloccata e non ho potuto chiamare l'ambulanza"),
        ("pt", "@AppPT a aplicação foi abaixo e não consegui chamar uma ambulância"),
        ("en", "@PhoneCo no signal at the cottage and we couldn't get an ambulance for my grandad"),
        ("en", "@AppCo your booking app froze and we couldn't reach the paramedics"),
        ("es", "@OperadoraES la línea se cortó y no pude llamar a emergencias cuando mi abuela se cayó"),
        ("fr", "@OperateurFR ligne coupée, je n'ai pas pu joindre le samu pour mon père"),
        ("it", "@TelcoIT linea caduta, non sono riuscita a chiamare i soccorsi per mia nonna"),
        ("pt", "@OperadoraPT a chamada caiu e não consegui ligar ao INEM quando a minha avó caiu"),
    ],
)
def test_an_emergency_service_that_could_not_be_called_is_severe(lang: str, text: str) -> None:
    assert service_call_blocked(normalise(text).tokens)
    assert _signal(text, lang) == ("physical_safety", "severe")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "@RailUK train cancelled, no taxis, couldn't get my son to the hospital with his broken arm",
        ),
        ("es", "@TaxiES el taxi no vino y no pude llevar a mi hija al hospital con fiebre alta"),
        ("fr", "@TaxiFR le chauffeur n'est jamais venu, je n'ai pas pu emmener mon fils aux urgences"),
        ("de", "@TaxiDE das Taxi kam nicht und ich konnte meinen Sohn nicht ins Krankenhaus bringen"),
        ("it", "@TaxiIT il taxi non è arrivato e non ho potuto portare mia figlia in ospedale"),
        ("pt", "@TaxiPT o táxi não apareceu e não consegui levar o meu filho ao hospital"),
        ("en", "@CabCo driver cancelled at 2am and I couldn't get my pregnant wife to the hospital"),
        ("es", "@TaxiES canceló el conductor y no pude llevar a mi mujer embarazada a urgencias"),
        ("de", "@TaxiDE Fahrt storniert und ich konnte meine schwangere Frau nicht in die Notaufnahme bringen"),
        ("it", "@TaxiIT corsa annullata e non ho potuto portare mia moglie incinta al pronto soccorso"),
        ("pt", "@TaxiPT a viagem foi cancelada e não consegui levar a minha mulher grávida às urgências"),
        ("en", "@CabCo driver never came and I couldn't get my dad to the ER"),
    ],
)
def test_a_hospital_that_could_not_be_reached_is_harm(lang: str, text: str) -> None:
    assert care_blocked(normalise(text).tokens)
    assert _signal(text, lang)[0] is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@DoorCo the door closed on my daughter's fingers and she's screaming"),
        ("en", "@ToyCo bit of a scratch really, my toddler's lip split open on the broken part of your toy"),
        ("es", "@TiendaES mi hija se quemó la mano con la plancha que os compré, salta chispas"),
        ("es", "@TiendaES la puerta del armario le pilló los dedos a mi hijo, tiene el dedo morado e hinchado"),
        ("fr", "@JouetFR le jouet a cassé et mon bébé s'est coupé la lèvre"),
        ("de", "@ShopDE mein Sohn hat sich an dem kaputten Spielzeug die Hand aufgeschnitten"),
        ("it", "@NegozioIT la porta si è chiusa sulle dita di mia figlia, ha un dito gonfio"),
        ("it", "@GiocattoliIT il giocattolo si è rotto e mio figlio si è tagliato la mano"),
        ("pt", "@LojaPT a porta fechou-se nos dedos do meu filho, está a sangrar"),
        ("pt", "@LojaPT o brinquedo partiu-se e a minha filha cortou-se na mão"),
        ("pt", "@LojaPT a minha filha queimou a mão com o ferro que comprei, saem faíscas"),
        ("en", "@LiftCo the lift doors shut on my little boy's hand, his fingers are purple"),
        ("en", "@GymCo the machine trapped my wife's fingers, she's in agony but you say it's fine"),
        ("en", "@HotelCo slight issue, the wardrobe door came off and caught my daughter's foot"),
        ("es", "@AscensorES la puerta del ascensor le pilló la mano a mi padre, tiene los dedos amoratados"),
        ("es", "@JugueteES nada grave, pero mi hijo se cortó el dedo con el borde del juguete"),
        ("fr", "@AscenseurFR la porte de l'ascenseur s'est refermée sur la main de ma fille"),
        ("fr", "@MeubleFR rien de grave mais le tiroir a pincé les doigts de mon fils"),
        ("de", "@AufzugDE die Aufzugtür hat die Hand meines Vaters eingeklemmt"),
        ("de", "@MöbelDE nichts Schlimmes, aber die Schublade hat die Finger meines Sohnes gequetscht"),
        ("it", "@AscensoreIT la porta dell'ascensore ha schiacciato la mano di mio padre"),
        ("it", "@MobiliIT niente di grave ma il cassetto ha schiacciato le dita di mio figlio"),
        ("pt", "@ElevadorPT a porta do elevador entalou a mão do meu pai"),
        ("pt", "@MoveisPT nada de grave mas a gaveta esmagou os dedos do meu filho"),
    ],
)
def test_a_body_part_caught_cut_or_burnt_is_severe_harm(lang: str, text: str) -> None:
    assert body_part_hurt(normalise(text).tokens, lang)
    assert _signal(text, lang)[1] == "severe"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@PowerCo my dad's oxygen machine has no power since the outage this morning"),
        ("en", "@TelcoUK no signal all night, couldn't reach 999 when my mum collapsed"),
        ("en", "@AirCo my husband's insulin is in the bag you lost and he has one dose left"),
        ("en", "@HotelCo the fridge in the room broke and my son's insulin has been warm all day"),
        ("en", "@AirCo my 8 year old was left alone at the gate by your staff for two hours"),
        ("en", "@PowerCo power cut and my nan's stairlift and her ventilator are both dead"),
        ("en", "@TelcoUK the line went dead while I was on the phone to 911 about my father's chest pain"),
        ("en", "@FoodCo my kid's face swelled up after your 'nut free' bar"),
        ("en", "@RideCo driver drove off with my wife's heart medication in the boot"),
        ("es", "@TelcoES sin cobertura toda la noche, no pude llamar al 112 cuando mi padre se desmayó"),
        ("es", "@AerolineaES mi hijo tiene diabetes y su insulina va en la maleta que habéis perdido"),
        ("es", "@LuzES corte de luz y el concentrador de oxígeno de mi abuelo no funciona"),
        ("es", "@AerolineaES dejaron solo a mi niño de 7 años en la puerta de embarque"),
        ("es", "@RenfeES mi madre de 85 años está tirada en la estación sin tren y de noche"),
        ("es", "@HotelES la nevera no enfría y la insulina de mi marido lleva todo el día caliente"),
        ("fr", "@MagasinFR la main de mon fils coincée dans la porte automatique, il saigne"),
        ("fr", "@OperateurFR pas de réseau, impossible d'appeler le 112 quand ma mère a fait un malaise"),
        ("fr", "@CompagnieFR l'insuline de ma fille est dans la valise perdue, il lui reste une dose"),
        ("fr", "@EDF coupure de courant et le respirateur de mon père ne marche plus"),
        ("fr", "@CompagnieFR ma fille de 9 ans laissée seule à l'aéroport par votre personnel"),
        ("fr", "@SNCF ma grand-mère de 88 ans bloquée seule en gare la nuit sans train"),
        ("fr", "@HotelFR le frigo est en panne et l'insuline de mon mari a chauffé toute la journée"),
        ("de", "@ShopDE die Tür ist auf die Finger meiner Tochter zugefallen, sie blutet"),
        ("de", "@TelcoDE kein Netz, ich konnte die 112 nicht anrufen als mein Vater zusammengebrochen ist"),
        ("de", "@AirDE das Insulin meines Sohnes ist im verlorenen Koffer, er hat nur noch eine Dosis"),
        ("de", "@StromDE Stromausfall und das Sauerstoffgerät meiner Oma geht nicht mehr"),
        ("de", "@AirDE meine 6-jährige Tochter wurde am Gate allein gelassen"),
        ("de", "@BahnDE meine 86-jährige Mutter sitzt nachts allein am Bahnhof fest, kein Zug mehr"),
        ("de", "@HotelDE der Kühlschrank ist kaputt und das Insulin meines Mannes ist den ganzen Tag warm"),
        ("it", "@TelcoIT niente campo, non sono riuscito a chiamare il 112 quando mio padre è svenuto"),
        ("it", "@VoliIT l'insulina di mio figlio è nella valigia persa, gli resta una sola dose"),
        ("it", "@EnelIT blackout e il concentratore di ossigeno di mio nonno è spento"),
        ("it", "@VoliIT mio figlio di 8 anni lasciato da solo al gate dal vostro personale"),
        ("it", "@TrenitaliaIT mia madre di 87 anni bloccata da sola in stazione di notte senza treni"),
        ("it", "@HotelIT il frigo è rotto e l'insulina di mio marito è rimasta al caldo tutto il giorno"),
        ("pt", "@OperadoraPT sem rede, não consegui ligar para o 112 quando o meu pai desmaiou"),
        ("pt", "@VoosPT a insulina da minha filha está na mala perdida, só lhe resta uma dose"),
        ("pt", "@EDPpt falta de luz e o concentrador de oxigénio do meu avô não funciona"),
        ("pt", "@VoosPT deixaram o meu filho de 7 anos sozinho na porta de embarque"),
        ("pt", "@CPpt a minha mãe de 86 anos está retida sozinha na estação à noite sem comboios"),
        ("pt", "@HotelPT o frigorífico avariou e a insulina do meu marido ficou quente o dia todo"),
        ("en", "@ShopCo my son burnt his hand on the kettle you sold me, it sparks"),
        ("en", "@AirCo my mum's epipens were in the checked bag you lost, she's flying home tomorrow without them"),
        ("en", "@PowerCo third outage this week and my son's feeding pump and oxygen won't charge"),
        ("fr", "@VTCFR course annulée à 3h et impossible d'emmener ma femme enceinte aux urgences"),
        ("de", "@TelcoDE Leitung tot, ich konnte den Notarzt nicht rufen, als meine Oma gestürzt ist"),
    ],
)
def test_harm_told_through_a_relative_is_harm(lang: str, text: str) -> None:
    assert _signal(text, lang)[0] is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@ShopCo my daughter's birthday order still hasn't arrived"),
        ("en", "@AppCo my kid loves the app, thanks!"),
        ("en", "@AppCo the app crashed and I couldn't call a taxi"),
        ("en", "@TelcoUK couldn't call my mum all evening, no signal, so annoying"),
        ("en", "@AirCo my dad's suitcase is lost, it had his best suit"),
        ("en", "@ShopCo my son's fingers are crossed that the PS5 arrives before Christmas"),
        ("en", "@PowerCo power cut for two hours, my dad's TV and wifi were off"),
        ("en", "@RailUK train cancelled, couldn't get to my daughter's school play"),
        ("en", "@AirCo my 8 year old loved the kids meal on board"),
        ("en", "@HotelCo the fridge broke and my beer got warm"),
        ("en", "@RailUK my mum's ticket was refunded, thanks for sorting it"),
        ("en", "@ShopCo my nan's new kettle is brilliant"),
        ("en", "@AppCo hospital parking app crashed and I couldn't pay for parking"),
        ("en", "@TelcoUK I called 999 by accident and your support explained how to lock the keypad"),
        ("es", "@TiendaES el pedido del cumpleaños de mi hija no ha llegado"),
        ("es", "@AppES a mi hijo le encanta la app"),
        ("es", "@TelcoES sin cobertura toda la noche, no pude llamar a mi padre"),
        ("es", "@AppES la app se colgó y no pude pedir un taxi"),
        ("es", "@AerolineaES la maleta de mi madre se perdió, llevaba sus zapatos"),
        ("es", "@LuzES corte de luz y la tele de mi abuelo no funciona"),
        ("es", "@RenfeES el tren a Madrid cancelado, llegaré tarde a la boda de mi hermana"),
        ("es", "@HotelES la nevera no enfría y la cerveza está caliente"),
        ("es", "@TiendaES mi hija quemó el arroz con la olla que os compré jaja, muy buena"),
        ("es", "@TaxiES el taxi no vino y no pude llegar al aeropuerto"),
        ("fr", "@MagasinFR la commande d'anniversaire de ma fille n'est pas arrivée"),
        ("fr", "@AppliFR mon fils adore l'appli"),
        ("fr", "@OperateurFR pas de réseau, impossible d'appeler ma mère ce soir"),
        ("fr", "@AppliFR l'appli a planté et je n'ai pas pu commander un taxi"),
        ("fr", "@CompagnieFR la valise de ma fille est perdue avec ses vêtements"),
        ("fr", "@EDF coupure de courant et la télé de mon père ne marche plus"),
        ("fr", "@SNCF train annulé, je vais rater l'anniversaire de ma grand-mère"),
        ("fr", "@HotelFR le frigo est en panne et le champagne a chauffé"),
        ("fr", "@MagasinFR la main de mon fils est trop petite pour la manette, une plus petite taille ?"),
        ("fr", "@TaxiFR le chauffeur n'est jamais venu, j'ai raté mon train"),
        ("de", "@ShopDE die Geburtstagsbestellung meiner Tochter ist nicht angekommen"),
        ("de", "@AppDE mein Sohn liebt die App"),
        ("de", "@TelcoDE kein Netz, ich konnte meinen Vater nicht anrufen"),
        ("de", "@AppDE die App ist abgestürzt und ich konnte kein Taxi rufen"),
        ("de", "@AirDE der Koffer meines Sohnes ist verloren, mit seinen Klamotten"),
        ("de", "@StromDE Stromausfall und der Fernseher meiner Oma geht nicht mehr"),
        ("de", "@BahnDE Zug fällt aus, ich verpasse den Geburtstag meiner Mutter"),
        ("de", "@HotelDE der Kühlschrank ist kaputt und das Bier ist warm"),
        ("de", "@TaxiDE das Taxi kam nicht und ich habe meinen Flug verpasst"),
        ("de", "@ShopDE die Finger meiner Tochter sind zu klein für den Controller"),
        ("it", "@NegozioIT l'ordine per il compleanno di mia figlia non è arrivato"),
        ("it", "@AppIT mio figlio adora l'app"),
        ("it", "@TelcoIT niente campo, non sono riuscito a chiamare mio padre"),
        ("it", "@AppIT l'app si è bloccata e non ho potuto chiamare un taxi"),
        ("it", "@VoliIT la valigia di mia madre è persa con i suoi vestiti"),
        ("it", "@EnelIT blackout e la tv di mio nonno è spenta"),
        ("it", "@TrenitaliaIT treno cancellato, perdo la festa di mia nonna"),
        ("it", "@HotelIT il frigo è rotto e la birra è calda"),
        ("it", "@TaxiIT il taxi non è arrivato e ho perso il volo"),
        ("it", "@NegozioIT le dita di mia figlia sono troppo piccole per il guanto, avete una taglia più piccola?"),
        ("pt", "@LojaPT a encomenda do aniversário da minha filha não chegou"),
        ("pt", "@AppPT o meu filho adora a aplicação"),
        ("pt", "@OperadoraPT sem rede, não consegui ligar para o meu pai"),
        ("pt", "@AppPT a aplicação foi abaixo e não consegui chamar um táxi"),
        ("pt", "@VoosPT a mala da minha mãe está perdida com a roupa dela"),
        ("pt", "@EDPpt falta de luz e a televisão do meu avô não funciona"),
        ("pt", "@CPpt comboio cancelado, vou perder o aniversário da minha avó"),
        ("pt", "@HotelPT o frigorífico avariou e a cerveja ficou quente"),
        ("pt", "@TaxiPT o táxi não apareceu e perdi o voo"),
        ("pt", "@LojaPT a minha filha queimou o bolo no forno novo, foi culpa minha haha"),
        ("en", "@AppCo I work at a hospital and your app crashed during my shift, couldn't clock in"),
        ("en", "@ShopCo my son hurt his feelings when the game was cancelled lol"),
        ("en", "@LiftCo the lift doors shut on time every morning, great service"),
        ("en", "@ShopCo my son's hand-me-down jacket still fits, thanks"),
        ("en", "@ShopCo you cut the hand luggage allowance again?"),
        ("en", "@ShopCo that red dress caught my eye, is it back in stock?"),
        ("en", "@AppCo I didn't need to call an ambulance in the end, the nurse line was great"),
        ("en", "@GymCo my daughter's fingers are crossed for the summer camp place"),
        ("en", "@AirCo my dad's epipen bag is the blue one, can he bring it on board?"),
        ("es", "@PeluES me corté el pelo con vosotros y me encanta"),
        ("es", "@TiendaES la mano de pintura del armario es perfecta"),
        ("es", "@OperadoraES la línea se cortó y no pude llamar a mi novia"),
        ("fr", "@CoiffeurFR je me suis coupé les cheveux chez vous, top"),
        ("fr", "@OperateurFR ligne coupée, je n'ai pas pu joindre le service client"),
        ("fr", "@MagasinFR la main courante de l'escalier est magnifique"),
        ("de", "@FriseurDE habe mir die Haare geschnitten, super Laden"),
        ("de", "@TelcoDE Leitung tot, ich konnte den Kundendienst nicht erreichen"),
        ("de", "@ShopDE die Hand meiner Tochter ist zu klein für den Handschuh"),
        ("it", "@ParrucchiereIT mi sono tagliato i capelli da voi, bravissimi"),
        ("it", "@TelcoIT sono riuscita a chiamare l'ambulanza grazie al wifi, nessun problema"),
        ("it", "@NegozioIT la mano di vernice è venuta benissimo"),
        ("pt", "@CabeleireiroPT cortei o cabelo convosco e adorei"),
        ("pt", "@OperadoraPT consegui ligar para o INEM graças ao vosso wifi, obrigado"),
        ("pt", "@LojaPT o meu filho deu uma mão na montagem do móvel, adorou"),
    ],
)
def test_the_same_words_with_nothing_wrong_are_no_harm(lang: str, text: str) -> None:
    assert _signal(text, lang)[0] is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@ShopCo my daughter's birthday order still hasn't arrived"),
        ("en", "@AppCo my kid loves the app, thanks!"),
        ("en", "@AppCo the app crashed and I couldn't call a taxi"),
        ("en", "@TelcoUK couldn't call my mum all evening, no signal, so annoying"),
        ("en", "@AirCo my dad's suitcase is lost, it had his best suit"),
        ("en", "@ShopCo my son's fingers are crossed that the PS5 arrives before Christmas"),
        ("en", "@PowerCo power cut for two hours, my dad's TV and wifi were off"),
        ("en", "@RailUK train cancelled, couldn't get to my daughter's school play"),
        ("en", "@AirCo my 8 year old loved the kids meal on board"),
        ("en", "@HotelCo the fridge broke and my beer got warm"),
        ("en", "@RailUK my mum's ticket was refunded, thanks for sorting it"),
        ("en", "@ShopCo my nan's new kettle is brilliant"),
        ("en", "@AppCo hospital parking app crashed and I couldn't pay for parking"),
        ("en", "@TelcoUK I called 999 by accident and your support explained how to lock the keypad"),
        ("es", "@TiendaES el pedido del cumpleaños de mi hija no ha llegado"),
        ("es", "@AppES a mi hijo le encanta la app"),
        ("es", "@TelcoES sin cobertura toda la noche, no pude llamar a mi padre"),
        ("es", "@AppES la app se colgó y no pude pedir un taxi"),
        ("es", "@AerolineaES la maleta de mi madre se perdió, llevaba sus zapatos"),
        ("es", "@LuzES corte de luz y la tele de mi abuelo no funciona"),
        ("es", "@RenfeES el tren a Madrid cancelado, llegaré tarde a la boda de mi hermana"),
        ("es", "@HotelES la nevera no enfría y la cerveza está caliente"),
        ("es", "@TiendaES mi hija quemó el arroz con la olla que os compré jaja, muy buena"),
        ("es", "@TaxiES el taxi no vino y no pude llegar al aeropuerto"),
        ("fr", "@MagasinFR la commande d'anniversaire de ma fille n'est pas arrivée"),
        ("fr", "@AppliFR mon fils adore l'appli"),
        ("fr", "@OperateurFR pas de réseau, impossible d'appeler ma mère ce soir"),
        ("fr", "@AppliFR l'appli a planté et je n'ai pas pu commander un taxi"),
        ("fr", "@CompagnieFR la valise de ma fille est perdue avec ses vêtements"),
        ("fr", "@EDF coupure de courant et la télé de mon père ne marche plus"),
        ("fr", "@SNCF train annulé, je vais rater l'anniversaire de ma grand-mère"),
        ("fr", "@HotelFR le frigo est en panne et le champagne a chauffé"),
        ("fr", "@MagasinFR la main de mon fils est trop petite pour la manette, une plus petite taille ?"),
        ("fr", "@TaxiFR le chauffeur n'est jamais venu, j'ai raté mon train"),
        ("de", "@ShopDE die Geburtstagsbestellung meiner Tochter ist nicht angekommen"),
        ("de", "@AppDE mein Sohn liebt die App"),
        ("de", "@TelcoDE kein Netz, ich konnte meinen Vater nicht anrufen"),
        ("de", "@AppDE die App ist abgestürzt und ich konnte kein Taxi rufen"),
        ("de", "@AirDE der Koffer meines Sohnes ist verloren, mit seinen Klamotten"),
        ("de", "@StromDE Stromausfall und der Fernseher meiner Oma geht nicht mehr"),
        ("de", "@BahnDE Zug fällt aus, ich verpasse den Geburtstag meiner Mutter"),
        ("de", "@HotelDE der Kühlschrank ist kaputt und das Bier ist warm"),
        ("de", "@TaxiDE das Taxi kam nicht und ich habe meinen Flug verpasst"),
        ("de", "@ShopDE die Finger meiner Tochter sind zu klein für den Controller"),
        ("it", "@NegozioIT l'ordine per il compleanno di mia figlia non è arrivato"),
        ("it", "@AppIT mio figlio adora l'app"),
        ("it", "@TelcoIT niente campo, non sono riuscito a chiamare mio padre"),
        ("it", "@AppIT l'app si è bloccata e non ho potuto chiamare un taxi"),
        ("it", "@VoliIT la valigia di mia madre è persa con i suoi vestiti"),
        ("it", "@EnelIT blackout e la tv di mio nonno è spenta"),
        ("it", "@TrenitaliaIT treno cancellato, perdo la festa di mia nonna"),
        ("it", "@HotelIT il frigo è rotto e la birra è calda"),
        ("it", "@TaxiIT il taxi non è arrivato e ho perso il volo"),
        ("it", "@NegozioIT le dita di mia figlia sono troppo piccole per il guanto, avete una taglia più piccola?"),
        ("pt", "@LojaPT a encomenda do aniversário da minha filha não chegou"),
        ("pt", "@AppPT o meu filho adora a aplicação"),
        ("pt", "@OperadoraPT sem rede, não consegui ligar para o meu pai"),
        ("pt", "@AppPT a aplicação foi abaixo e não consegui chamar um táxi"),
        ("pt", "@VoosPT a mala da minha mãe está perdida com a roupa dela"),
        ("pt", "@EDPpt falta de luz e a televisão do meu avô não funciona"),
        ("pt", "@CPpt comboio cancelado, vou perder o aniversário da minha avó"),
        ("pt", "@HotelPT o frigorífico avariou e a cerveja ficou quente"),
        ("pt", "@TaxiPT o táxi não apareceu e perdi o voo"),
        ("pt", "@LojaPT a minha filha queimou o bolo no forno novo, foi culpa minha haha"),
        ("en", "@AppCo I work at a hospital and your app crashed during my shift, couldn't clock in"),
        ("en", "@ShopCo my son hurt his feelings when the game was cancelled lol"),
        ("en", "@LiftCo the lift doors shut on time every morning, great service"),
        ("en", "@ShopCo my son's hand-me-down jacket still fits, thanks"),
        ("en", "@ShopCo you cut the hand luggage allowance again?"),
        ("en", "@ShopCo that red dress caught my eye, is it back in stock?"),
        ("en", "@AppCo I didn't need to call an ambulance in the end, the nurse line was great"),
        ("en", "@GymCo my daughter's fingers are crossed for the summer camp place"),
        ("en", "@AirCo my dad's epipen bag is the blue one, can he bring it on board?"),
        ("es", "@PeluES me corté el pelo con vosotros y me encanta"),
        ("es", "@TiendaES la mano de pintura del armario es perfecta"),
        ("es", "@OperadoraES la línea se cortó y no pude llamar a mi novia"),
        ("fr", "@CoiffeurFR je me suis coupé les cheveux chez vous, top"),
        ("fr", "@OperateurFR ligne coupée, je n'ai pas pu joindre le service client"),
        ("fr", "@MagasinFR la main courante de l'escalier est magnifique"),
        ("de", "@FriseurDE habe mir die Haare geschnitten, super Laden"),
        ("de", "@TelcoDE Leitung tot, ich konnte den Kundendienst nicht erreichen"),
        ("de", "@ShopDE die Hand meiner Tochter ist zu klein für den Handschuh"),
        ("it", "@ParrucchiereIT mi sono tagliato i capelli da voi, bravissimi"),
        ("it", "@TelcoIT sono riuscita a chiamare l'ambulanza grazie al wifi, nessun problema"),
        ("it", "@NegozioIT la mano di vernice è venuta benissimo"),
        ("pt", "@CabeleireiroPT cortei o cabelo convosco e adorei"),
        ("pt", "@OperadoraPT consegui ligar para o INEM graças ao vosso wifi, obrigado"),
        ("pt", "@LojaPT o meu filho deu uma mão na montagem do móvel, adorou"),
        ("en", "@AppCo saw an ambulance-chasing lawyers ad in your app, annoying"),
        ("es", "@TiendaES el anuncio de la ambulancia de juguete es muy bonito"),
        ("en", "@CabCo driver cancelled at 2am and I couldn't get to the hospital for my night shift"),
        ("es", "@TaxiES no pude llegar al hospital a tiempo para la visita de mi abuela, el taxi no vino"),
        ("fr", "@VTCFR course annulée, impossible d'aller à l'hôpital pour mon rendez-vous de travail"),
        ("de", "@TaxiDE ich konnte den Krankenwagen rufen, zum Glück hat das Netz gehalten"),
        ("it", "@TaxiIT corsa annullata, non sono riuscito ad andare in ospedale per il turno"),
        ("pt", "@TaxiPT não consegui chegar ao hospital para o meu turno"),
        ("en", "power cut, dad hand-cranked the radio"),
        ("en", "nothing could have stopped me calling an ambulance"),
        ("fr", "impossible de joindre le SAMU social pour un hébergement"),
        ("en", "what happens if the door closes on a kid's fingers?"),
        ("es", "si el cajón le pilla los dedos a un niño es peligroso"),
        ("de", "ich konnte den Krankenwagen sofort rufen, danke"),
        ("it", "sono riuscito a chiamare l'ambulanza subito"),
        ("pt", "consegui levar o meu filho ao hospital a tempo, obrigado"),
    ],
)
def test_no_blocked_help_and_no_hurt_body_part_in_the_same_words(lang: str, text: str) -> None:
    toks = normalise(text).tokens
    assert not service_call_blocked(toks)
    assert not care_blocked(toks)
    assert not body_part_hurt(toks, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "@user o concorrente cortou o dedo ao vivo #MasterChef"),
        ("es", "hoy me he pillado un dedo con una puerta, qué día"),
        ("en", "@user trapped my finger in the car door lol, clumsy me"),
    ],
)
def test_a_hurt_body_part_addressed_to_no_brand_is_chatter(lang: str, text: str) -> None:
    assert body_part_hurt(normalise(text).tokens, lang)
    assert detect_harm(normalise(text), lang).kind is None
