"""Harm told casually, through a relative, or with no harm word (session 20).

Two parts:

* `tests/data/harm_casual/casual.jsonl`: 60 casual or indirect harm posts (10 a language: pets in the
  hold, fake "help" accounts, medical devices, children, relatives, understatement) and 60 hard
  negatives (everyday senses of the same words, venting, figurative words, questions before a trip),
  written for this test, not copied from the scenario files or the harm set. Its recall and false
  alarms are pinned so that a change that loses either shows here (recall was 41/60 with 1 false
  alarm before session 20's generalisations, 52/60 with 1 after).
* The generalised rules, each in six languages with the texts that share their words and must stay
  no-harm: a live animal in the hold in trouble (core.harm_animals), a code named and money gone
  (core.harm_handover), a reaction seen on the face or in the throat after a named allergen
  (core.harm_swaps), and undercooked meat with any illness word of the concept lexicon
  (core.harm_undercooked).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_animals import animal_in_trouble
from mentionflow.core.harm_fake_help import fake_help_took
from mentionflow.core.harm_handover import secret_and_money_gone
from mentionflow.core.harm_undercooked import undercooked_and_ill
from mentionflow.core.text import normalise

_SET = Path(__file__).resolve().parents[1] / "data" / "harm_casual" / "casual.jsonl"


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_casual_set_is_balanced_over_six_languages() -> None:
    rows = _rows()
    for lang in ("en", "es", "fr", "de", "it", "pt"):
        assert sum(1 for r in rows if r["lang"] == lang and r["harm"]) == 10
        assert sum(1 for r in rows if r["lang"] == lang and not r["harm"]) == 10


def test_casual_harm_recall_and_false_alarms_hold() -> None:
    rows = _rows()
    hits = [_kind(str(r["text"]), str(r["lang"])) is not None for r in rows]
    recall = sum(h for h, r in zip(hits, rows, strict=True) if r["harm"])
    false_alarms = sum(h for h, r in zip(hits, rows, strict=True) if not r["harm"])
    assert recall >= 52, f"casual harm recall {recall}/60"
    assert false_alarms <= 1, f"casual false alarms {false_alarms}/60"


# -- a live animal in the hold, in trouble ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@FlyCo the kennel with our puppy never came out at oversize baggage, nobody has a clue where it went"),
        ("en", "@FlyCo they kept my cat's crate on the tarmac in full sun for an hour before loading"),
        ("es", "@VuelaES la jaula con mi gata no ha salido y en el mostrador nadie sabe nada desde hace 2 horas"),
        ("fr", "@VolFR la cage de notre chiot est restée sur la piste en plein soleil, il haletait"),
        ("de", "@FliegDE die Transportbox mit unserer Katze ist verschwunden, am Schalter weiß niemand etwas"),
        ("it", "@VoloIT la gabbia del mio cane è rimasta sotto il sole in pista, senza acqua"),
        ("pt", "@VooPT a caixa de transporte da minha cadela desapareceu e ninguém me diz nada"),
    ],
)
def test_an_animal_in_the_hold_in_trouble_is_a_safety_case(lang: str, text: str) -> None:
    assert animal_in_trouble(normalise(text).tokens, lang)
    assert _kind(text, lang) == "physical_safety"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@FlyCo can my dog fly in the hold in August or is it too hot?"),
        ("en", "@FlyCo our cat came off the hold safe and sound, thanks to the crew in Faro"),
        ("en", "@PhoneCo your chat is useless, switched carrier and nobody answers"),
        ("es", "@VuelaES ¿puede mi perro viajar en bodega en verano con tanto calor?"),
        ("fr", "@VolFR notre chien est bien arrivé en soute, merci"),
        ("de", "@FliegDE darf meine Katze in der Transportbox in die Kabine, wenn es heiß ist?"),
        ("it", "@VoloIT il mio gatto è arrivato sano e salvo dalla stiva, grazie"),
        ("pt", "@VooPT posso levar o meu cão no porão? quanto custa?"),
        ("en", "@ShopCo the dog bed came in a crate that was missing a screw"),
    ],
)
def test_a_pet_question_or_a_safe_arrival_is_not(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


# -- a code named and money gone -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BankCo typed the code from the text into that 'support' chat and now 1,900 gone from savings"),
        ("es", "@BancoES le pasé la clave a uno que decía ser de soporte y volaron 700 € en una hora"),
        ("fr", "@BanqueFR j'ai tapé le code reçu par SMS sur leur lien, 450 € envolés"),
        ("de", "@BankDE meine Mutter hat den Code am Telefon genannt, 1.200 € sind verschwunden"),
        ("it", "@BancaIT mio nonno ha dato il PIN a un finto operatore, spariti 2.000 euro"),
        ("pt", "@BancoPT a minha mãe deu a senha a um falso assistente e sumiram 900 €"),
    ],
)
def test_a_code_named_and_money_gone_is_a_fraud(lang: str, text: str) -> None:
    assert secret_and_money_gone(normalise(text).tokens)
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@ShopCo the promo code didn't apply and 20 gone from my card at full price"),
        ("en", "@BankCo I changed my PIN at the machine, all good, 50 taken out as usual"),
        ("es", "@TiendaES el código de descuento no funcionó y se fueron 30 € igual"),
        ("fr", "@BanqueFR j'ai oublié mon code, la carte est bloquée, c'est pénible"),
        ("de", "@BankDE die TAN kommt nicht an, seit 20 Minuten warte ich"),
        ("it", "@BancaIT il PIN nuovo non arriva e il bancomat non va"),
        ("pt", "@BancoPT a senha expirou outra vez, que chatice"),
    ],
)
def test_a_code_without_money_gone_is_not(lang: str, text: str) -> None:
    assert not secret_and_money_gone(normalise(text).tokens)


# -- a reaction seen after a named allergen, however lightly told ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@FoodCo no drama but there was peanut in the satay I asked without, my mouth is tingling and itchy"),
        ("es", "@ComidaES nada grave pero la salsa llevaba cacahuete y tengo los labios hinchados"),
        ("fr", "@RepasFR pas grave mais il y avait des noix dans le gâteau, ma fille a des plaques sur le visage"),
        ("de", "@EssenDE halb so wild, aber da waren Erdnüsse drin und meine Lippen jucken"),
        ("it", "@CiboIT niente di che, ma c'erano arachidi e ho la gola stretta"),
        ("pt", "@ComidaPT nada de especial, mas o molho tinha amendoim e o meu filho tem manchas na cara"),
    ],
)
def test_a_reaction_after_an_allergen_is_health_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) == "health"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@FoodCo the peanut butter cookies were so good my face lit up"),
        ("es", "@ComidaES ¿la salsa lleva cacahuete? es para una cena de empresa"),
        ("fr", "@RepasFR vous avez des desserts sans noix ?"),
        ("de", "@EssenDE gibt es das Curry auch ohne Erdnüsse?"),
        ("it", "@CiboIT avete piatti senza arachidi per bambini?"),
        ("pt", "@ComidaPT têm sobremesas sem amendoim?"),
    ],
)
def test_an_allergen_without_a_reaction_is_not(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


# -- undercooked meat and any illness word of the lexicon ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@FoodCo the chicken was raw in the middle and my son has a fever since",
        "@ComidaES el cerdo estaba crudo y mi hija está enferma desde anoche",
        "@RepasFR le poulet était rosé à l'intérieur, toute la famille est malade",
        "@EssenDE das rohe Hähnchen, und jetzt hat der Kleine Fieber",
        "@CiboIT il pollo era crudo dentro e ora ho la febbre",
        "@ComidaPT o frango vinha cru e o meu filho está doente",
    ],
)
def test_undercooked_meat_and_an_illness_word_of_the_lexicon(text: str) -> None:
    assert undercooked_and_ill(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "@FoodCo the burger was a bit pink, not great, sick of this",
        "@ComidaES el pollo estaba crudo, qué asco",
        "@RepasFR poulet rosé, pas terrible",
        "@EssenDE das Hähnchen war innen roh, echt schade",
        "@CiboIT pollo crudo, che delusione",
        "@ComidaPT o frango vinha cru, péssimo",
    ],
)
def test_undercooked_meat_alone_is_a_food_complaint(text: str) -> None:
    assert not undercooked_and_ill(normalise(text).tokens)


# -- a fake "help" account that got money, a code or an app ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "@ShopBank a page called 'ShopBank Refund Team' messaged my mum and she sent them 300 to unlock a refund",
        ),
        ("es", "@BancoSol una cuenta 'BancoSol Ayuda' escribió a mi madre y le hizo instalar una app, le sacan dinero"),
        ("fr", "@BanqueAzur un profil 'BanqueAzur Support' a écrit à mon père, il a installé leur application"),
        (
            "de",
            "@KasseNord ein Profil 'KasseNord Kundenservice' schrieb meiner Schwester, sie hat 800 € überwiesen",
        ),
        (
            "it",
            "@BancaVerde una pagina 'BancaVerde Assistenza' ha contattato mio zio, ha fatto un bonifico di 1.500 euro",
        ),
        ("pt", "@BancoMar uma conta 'BancoMar Suporte' escreveu ao meu avô e ele transferiu o dinheiro das poupanças"),
    ],
)
def test_a_fake_help_account_that_got_something_is_a_fraud(lang: str, text: str) -> None:
    norm = normalise(text)
    assert fake_help_took(norm.tokens, norm.clean, norm.handles)
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "@ShopBank the 'help' page says to transfer money from the account page but the button is greyed out",
        "@ShopBank is 'ShopBank Help' your real account? it messaged me this morning",
        "@ShopBank I DMd 'ShopBankCare' about my 500 transfer and nobody answered",
        "@BancoSol escribí a 'BancoSol Ayuda' por privado por la transferencia y nada",
        "@BanqueAzur le compte 'BanqueAzur Support' m'a répondu, tout est réglé",
        "@KasseNord ich habe 'KasseNord Hilfe' geschrieben wegen der Überweisung, keine Antwort",
        "@BancaVerde ho scritto alla pagina 'BancaVerde Assistenza' per il bonifico, niente",
        "@BancoMar uma conta chamada 'Promo Verão' escreveu-me a oferecer 50 € de desconto",
    ],
)
def test_a_quoted_help_name_that_got_nothing_or_the_writers_own_message_is_not(text: str) -> None:
    norm = normalise(text)
    assert not fake_help_took(norm.tokens, norm.clean, norm.handles)
