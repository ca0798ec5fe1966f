"""Harm told casually or without a harm word, found on the arrival of blind sets 43/44 (session 19).

Each cause in every language where it is language-bound, with texts that must not fire:
a temperature-sensitive medicine left in the snow or the sun (core/harm_exposure.py); a code the
customer sent to an impostor (core/harm_sent_codes.py); a baby burning up or no longer drinking
(core/harm_sick_child.py); money sent to a relative marked as false (core/harm_fake_kin.py); no
strength left to go on (core/harm_despair.py); a frail person who "hasn't been able to pay" for
heating (core/harm_hardship.py); a gas smell told with the past of the verb; being sick told
with the infinitive ("tutti a vomitare") but not disgust ("da vomitare"); an allergen "labelled"
free and someone unwell after it; dementia named as "Alzheimer".
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.harm_exposure import medicine_exposed
from mentionflow.core.harm_fake_kin import fake_relative_paid
from mentionflow.core.harm_sent_codes import sent_by_me
from mentionflow.core.harm_sick_child import child_unwell
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


HARM = [
    # A medicine that spoils in the cold or the heat, left out.
    ("en", "@QuickBite driver left my insulin outside in the sun all afternoon, no knock, nothing", "health"),
    ("en", "@QuickBite the pharmacy order sat on my porch in the snow for hours, my insulin pens were in it", None),
    ("es", "@QuickBite dejaron la insulina de mi hijo en la puerta al sol toda la tarde", None),
    ("es", "@QuickBite el repartidor dejó mi insulina fuera con la helada de anoche", None),
    ("fr", "@QuickBite le livreur a laissé mon insuline dehors sous la neige pendant 3 heures", "health"),
    ("fr", "@QuickBite colis de la pharmacie laissé devant la porte en pleine canicule, avec mon insuline", None),
    ("de", "@QuickBite Insulin stundenlang in der Hitze vor der Tür abgestellt, ist die noch gut?", None),
    ("de", "@QuickBite mein Insulin lag die ganze Nacht draußen im Schnee, euer Fahrer hat nicht geklingelt", None),
    ("it", "@QuickBite hanno lasciato l'insulina fuori al sole per ore, ora non so se funziona", "health"),
    ("it", "@QuickBite il vaccino per mia figlia lasciato sul zerbino sotto la neve, grazie tante", None),
    ("pt", "@QuickBite deixaram a insulina na porta debaixo de sol, fiquei sem saber se ainda serve", None),
    ("pt", "@QuickBite a minha insulina ficou fora de casa com a geada, deixaram sem tocar", None),
    # A code sent by the customer to an impostor.
    ("en", "@Bank a 'Bank prize team' account messaged me and I already sent them the code from my app", "fraud"),
    ("es", "@Bank me escribió una cuenta falsa de sorteo y le envié el PIN, qué hago?", "fraud"),
    ("fr", "@Bank un faux compte m'a écrit pour un concours et je lui ai envoyé le code reçu par SMS", "fraud"),
    ("de", "@Bank ein Account hat mir geschrieben, ich hab dem die TAN geschickt, bitte sperren", "fraud"),
    ("de", "@Bank ein falsches Profil hat mich angeschrieben, habe den Code schon gesendet", "fraud"),
    ("it", "@Bank un profilo finto mi ha scritto per un premio e gli ho mandato il codice, aiuto", "fraud"),
    ("pt", "@Bank uma conta falsa me escreveu sobre um sorteio e enviei a senha, e agora?", "fraud"),
    ("en", "@Bank got a text with a link saying I won a voucher, I've sent the PIN they asked for", "fraud"),
    ("it", "@Bank mi ha scritto uno su whatsapp che si spacciava per voi e gli ho inviato il codice", "fraud"),
    ("es", "@Bank alguien por whatsapp me pidió el código y se lo mandé, ¿qué hago?", "fraud"),
    # A baby or child burning up or no longer drinking.
    ("en", "@SkyLarkAir stuck at the gate for 3 hours, my 8 month old is burning up and won't drink, please", None),
    ("en", "@SkyLarkAir no aircon on the tarmac and my baby has stopped feeding, she's so hot", None),
    ("es", "@SkyLarkAir llevamos 2 horas en pista, mi bebé está ardiendo y no quiere beber nada", None),
    ("fr", "@SkyLarkAir bloqués dans l'avion depuis 2h, ma fille de 1 an est brûlante et ne boit plus", None),
    ("de", "@SkyLarkAir seit Stunden im Flieger ohne Klimaanlage, unser Sohn (1) glüht und trinkt kaum", None),
    ("de", "@SkyLarkAir meine Tochter (8 Monate) ist ganz schlapp, wir sitzen seit 3 Std fest", None),
    ("it", "@SkyLarkAir fermi in pista da due ore, mio figlio di 6 mesi scotta e non beve", None),
    ("pt", "@SkyLarkAir parados na pista há 2 horas, o meu bebé está ardendo e não mama", None),
    ("pt", "@SkyLarkAir o meu filho de 2 anos está molinho, sem água no avião há horas", None),
    ("fr", "@SkyLarkAir mon bébé ne tète plus depuis qu'on attend sur le tarmac, il fait 35 degrés", None),
    # Money sent to a relative marked as false.
    ("en", "@BankCare my gran keeps sending money to a 'grandson' she has never met, 4 transfers this month", "fraud"),
    ("en", "@BankCare dad has dementia and paid £2,000 to a so called nephew who rang him", "fraud"),
    ("es", "@BankCare mi padre le ha hecho tres transferencias a un supuesto sobrino que lo llamó llorando", "fraud"),
    ("fr", "@BankCare ma mère a fait des virements à un soi-disant petit-fils qui l'appelle tous les soirs", "fraud"),
    ("de", "@BankCare mein Opa hat einem angeblichen Enkel 3000 € überwiesen, was können wir tun?", "fraud"),
    ("it", "@BankCare mia nonna ha fatto tre bonifici a un finto nipote, come li fermiamo?", "fraud"),
    ("pt", "@BankCare o meu avô fez transferências para um neto que não existe, já são 4", "fraud"),
    ("es", "@BankCare mi abuela le transfirió dinero a una 'nieta' que no existe", "fraud"),
    ("it", "@BankCare mio zio con l'Alzheimer manda soldi a un cugino che non esiste", "fraud"),
    ("pt", "@BankCare minha mãe pagou 800 euros a um suposto sobrinho pelo telefone", "fraud"),
    # No strength left to go on.
    ("en", "honestly I don't have the strength to go on anymore, another letter from your collectors", "self_harm"),
    ("en", "@Bank I have no energy left to keep going after this week, you've taken everything", "self_harm"),
    ("es", "@Bank ya no tengo fuerzas para seguir, otra carta del cobrador, no puedo más", "self_harm"),
    ("es", "@Bank sin fuerzas para seguir viviendo con estas deudas", "self_harm"),
    ("fr", "@Bank je n'ai plus la force de vivre avec toutes ces dettes, encore un prélèvement refusé", "self_harm"),
    ("fr", "@Bank j'ai pu d'énergie pour continuer, encore des frais", "self_harm"),
    ("de", "@Bank ich habe keine Kraft mehr weiterzumachen, schon wieder eine Mahnung von euch", "self_harm"),
    ("it", "@Bank non ho più la forza di andare avanti, l'ennesima mora sul conto", "self_harm"),
    ("it", "@Bank senza più forze per vivere, altra rata non pagata", "self_harm"),
    ("pt", "@Bank não tenho mais forças para continuar, mais uma cobrança indevida", "self_harm"),
    # A frail person who has not been able to pay for heating.
    ("en", "@Bank my nan hasn't been able to pay for her heating since your app locked her out, she's 88", None),
    ("en", "@Bank my disabled dad hasnt been able to buy food since the card stopped working", None),
    ("en", "@Bank my 85 year old mum hadn't been able to pay for heating for days, the app kept failing", None),
    ("es", "@Bank mi abuela de 85 años no ha podido pagar la calefacción desde que bloquearon la app", None),
    ("fr", "@Bank ma grand-mère de 90 ans n'a pas pu payer le chauffage depuis que l'appli l'a bloquée", None),
    ("de", "@Bank meine Oma (86) konnte die Heizung seit einer Woche nicht bezahlen, App gesperrt", None),
    ("it", "@Bank mia nonna di 87 anni non è riuscita a pagare il riscaldamento, app bloccata da giorni", None),
    ("pt", "@Bank a minha avó de 89 anos não conseguiu pagar o aquecimento, a app bloqueou", None),
    # A gas smell told with the past or another form of the verb.
    ("es", "@NimbusHome olía a gas en toda la escalera y el técnico se fue sin mirar", "physical_safety"),
    ("fr", "@NimbusHome ça sentait le gaz à fond dans la cage d'escalier, le technicien est reparti", None),
    ("fr", "@NimbusHome ça sent le gaz dans la cuisine depuis le passage du technicien", "physical_safety"),
    ("de", "@NimbusHome es roch nach Gas im Treppenhaus und euer Techniker ist einfach gegangen", "physical_safety"),
    ("it", "@NimbusHome puzzava di gas in tutto il palazzo e il tecnico se n'è andato", "physical_safety"),
    ("pt", "@NimbusHome cheirava a gás no prédio inteiro e o técnico foi embora", "physical_safety"),
    ("en", "@NimbusHome it smelt of gas all over the flat after your engineer left", "physical_safety"),
    # Being sick told with the infinitive or a past form.
    ("it", "@QuickBite mio figlio ha passato la notte a vomitare dopo il vostro sushi", "health"),
    ("es", "@QuickBite mi hija no para de vomitar desde que cenó vuestra hamburguesa", "health"),
    ("fr", "@QuickBite mon fils n'arrête pas de vomir depuis le repas livré hier soir", "health"),
    ("pt", "@QuickBite a minha filha passou a noite a vomitar depois da pizza de ontem", "health"),
    ("de", "@QuickBite mein Sohn hat sich nach eurem Döner dreimal erbrochen", "health"),
    # An allergen labelled free, and someone unwell after it.
    ("fr", "@QuickBite le gâteau était étiqueté sans gluten mais mon mari cœliaque est malade depuis", "health"),
    ("es", "@QuickBite el pan venía etiquetado sin gluten y mi madre celíaca se encuentra mal", "health"),
    ("de", "@QuickBite als glutenfrei gekennzeichnet, aber meiner Frau ist jetzt übel, sie hat Zöliakie", "health"),
    ("pt", "@QuickBite o bolo vinha rotulado sem glúten e o meu pai celíaco passou mal", "health"),
    ("en", "@QuickBite the bread was labelled gluten free and my coeliac wife has been poorly all night", "health"),
    ("it", "@QuickBite pasta etichettata senza glutine, mio marito celiaco ora sta male", "health"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), HARM)
def test_harm_found(lang: str, text: str, kind: str | None) -> None:
    signal = harm(text, lang)
    assert signal.kind is not None, text
    if kind:
        assert signal.kind == kind, (text, signal)


NO_HARM = [
    # No medicine left out: a question, a conditional, groceries.
    ("en", "@QuickBite left my groceries outside in the snow for 2 hours, no big deal"),
    ("fr", "@QuickBite livraison laissée dehors sous la neige, le pain était tout mouillé"),
    # Codes sent by the bank, to the bank, or promo codes.
    ("en", "@Bank you sent me a code by text but it never arrived, the link in the app doesn't work"),
    ("de", "@Bank ihr habt mir eine TAN geschickt, aber der Link funktioniert nicht"),
    ("fr", "@Bank vous m'avez envoyé le code par SMS mais le lien ne marche pas"),
    ("en", "@Bank I sent you the code by DM yesterday, still no reply"),
    ("fr", "@Bank je vous ai envoyé le code par message privé, toujours rien"),
    ("en", "@Bank I sent my friend the referral code link and she got nothing"),
    # A child who does not like a drink, food that arrives hot, a hot cabin.
    ("en", "@QuickBite my son won't drink the smoothie you sent, says it tastes weird"),
    ("de", "@QuickBite mein Sohn trinkt nicht gern Milch, habt ihr Alternativen?"),
    ("fr", "@QuickBite ma fille trouve le chocolat chaud brûlant, vous pourriez prévenir?"),
    ("it", "@QuickBite il latte per il bambino scotta quando arriva, bravi!"),
    ("en", "@united did not feed the children on a 6 hour flight, appalling"),
    # A real relative paid.
    ("en", "@BankCare I sent money to my nephew for his birthday, the transfer is still pending"),
    ("it", "@BankCare ho fatto un bonifico a mio nipote ma non è arrivato"),
    ("fr", "@BankCare mon neveu m'a fait un virement qui n'apparaît pas"),
    ("es", "@BankCare transferencia a mi sobrino retenida desde ayer, ¿por qué?"),
    # Tired of the service, not of living.
    ("en", "@Bank no energy to continue this call with your agent, I'll try tomorrow"),
    ("fr", "@Bank je n'ai plus la force de continuer à me battre avec votre service client"),
    ("es", "@Bank no tengo fuerzas para seguir con esta reclamación"),
    ("it", "@Bank non ho più la forza di continuare con questa pratica"),
    ("de", "@Bank keine Kraft mehr, mit euch weiterzumachen"),
    ("pt", "@Bank sem forças para continuar com esse atendimento"),
    # A login, a bill not yet paid.
    ("en", "@Bank my grandad hasn't been able to log in since the update, can you reset it?"),
    ("en", "@Bank my nan hasn't paid her heating bill yet, can she pay by phone?"),
    # Gas prices, greenhouse gas, gas cut for works.
    ("fr", "@NimbusHome le prix du gaz à la hausse encore ce mois-ci, c'est abusé"),
    ("fr", "Réduire les émissions de gaz à effet de serre de 40%"),
    ("de", "@NimbusHome Gas ist schon wieder teurer geworden"),
    # Disgust, not illness.
    ("it", "@QuickBite un servizio da vomitare, mai più con voi"),
    ("es", "@QuickBite vuestro servicio da ganas de vomitar, tercera vez que llega tarde"),
    ("fr", "@QuickBite votre pub me donne envie de vomir"),
    ("de", "@QuickBite euer Kundenservice ist zum Erbrechen langsam"),
    # An allergen-free product, labelled well.
    ("it", "@QuickBite ottima la pasta senza glutine, etichettata benissimo"),
    ("es", "@QuickBite ¿tenéis pan etiquetado sin gluten?"),
]


@pytest.mark.parametrize(("lang", "text"), NO_HARM)
def test_no_harm(lang: str, text: str) -> None:
    signal = harm(text, lang)
    assert signal.kind is None, (text, signal)


def test_helpers_read_tokens() -> None:
    toks = normalise("insulin left on the doorstep in the heat").tokens
    assert medicine_exposed(toks)
    assert not medicine_exposed(normalise("if insulin is left in the sun is it still ok").tokens)
    assert not medicine_exposed(normalise("do you deliver insulin in the summer heat?").tokens)
    toks = normalise("habe die TAN schon geschickt").tokens
    assert sent_by_me(toks, toks.index("tan"), 6)
    assert child_unwell(normalise("my baby is burning up").tokens, {"g:child"})
    assert not child_unwell(normalise("my baby is burning up").tokens, set())
    text = "mio papà fa bonifici a un 'nipote' che non esiste"
    assert fake_relative_paid(normalise(text).tokens, text)
