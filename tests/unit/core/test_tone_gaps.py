"""Tone gaps from the blind tone sets, each as a concept across languages with its negative twin:
a bag the airline lost or left the traveller without (said as a joke or an understatement), a
line or network "dead", a change made "without any notice" (double negation), and a customer
announcing a move to a competitor the lexicon does not name."""

from __future__ import annotations

import pytest

from mentionflow.core.intent import day_count_without, self_answered
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import detect_signals
from mentionflow.core.slang import has_laugh
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        # a lost bag told as a joke, with a question at the end
        "@SkyLarkAir a companhia perdeu outra vez a minha bagagem 😂 alguém sabe onde ela anda?",
        "@SkyLarkAir la aerolínea perdió mi maleta otra vez jaja ¿alguien sabe si está en Madrid?",
        # left without the bag, said calmly or as an understatement
        "@SkyLarkAir zwei Tagen ohne Gepäck in Wien. Alles gut, kaufe halt Zahnbürsten.",
        "@SkyLarkAir 2 dias sem mala em Roma, tudo bem, uso a mesma camisa",
        "@SkyLarkAir deux jours sans ma valise à Nice, tout va bien hein",
        "@SkyLarkAir due giorni senza valigia a Parigi, tutto ok eh",
        "@SkyLarkAir 2 days without my luggage in Boston, all good, just wearing the same socks",
    ],
)
def test_a_lost_or_missing_bag_is_a_complaint_whatever_the_tone(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp Frage: bezahle ich eigentlich für WLAN? Seit Montag jeden Morgen ab 7 Uhr tot.",
        "@NimbusHelp pago por internet o por fe? la línea muerta desde el lunes",
        "@NimbusHelp eu pago pela net ou pela esperança? internet morta desde ontem",
    ],
)
def test_a_dead_line_beside_a_rhetorical_question_is_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "complimenti @NimbusMobile, canone aumentato senza alcun preavviso. bravi 👏",
        "@NimbusMobile tarifa subida sin ningún aviso, enhorabuena 👏",
        "@NimbusMobile forfait augmenté sans aucun préavis, bravo 👏",
        "@NimbusMobile mensalidade subiu sem nenhum aviso, parabéns 👏",
        "@NimbusMobile price went up without any warning, well done 👏",
    ],
)
def test_praise_of_a_change_without_any_notice_is_no_praise(text: str) -> None:
    assert run(text).intent != "praise"


@pytest.mark.parametrize(
    "text",
    [
        # negative twins: the bag or the death is no failure of the brand
        "@SkyLarkAir viajei só com mochila, sem mala, e o embarque foi rapidíssimo, obrigada!",
        "@SkyLarkAir viajo sin maleta, solo mochila, y el embarque fue rapidísimo, gracias",
        "@SkyLarkAir ohne Koffer, nur Handgepäck, super schnell durch, danke!",
        "@SkyLarkAir ich lach mich tot über euren neuen Werbespot, großartig 😂",
        "@NimbusMobile grazie, tutto attivato senza problemi 👏",
    ],
)
def test_travelling_light_or_laughing_is_still_praise(text: str) -> None:
    assert run(text).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile je cancelle mon forfait, je m'en vais chez un autre la semaine prochaine",
        "@NimbusMobile bon ben je vais annuler mon abonnement, trop cher",
    ],
)
def test_leaving_for_an_unnamed_competitor_is_churn(text: str) -> None:
    assert "churn" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile je m'en vais en vacances, le forfait voyage marche à l'étranger ?",
        "@NimbusMobile comment annuler ma commande de coque ?",
    ],
)
def test_going_on_holiday_or_cancelling_an_order_is_no_churn(text: str) -> None:
    assert "churn" not in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp day 4 with no fibre at home and nobody turned up",
        "@NimbusHelp 4º día sin internet en casa, ¿hasta cuándo?",
        "@NimbusHelp 3e jour sans internet à la maison",
        "@NimbusHelp Tag 5 ohne Netz im Büro",
        "@NimbusHelp dia 4 sem net em casa",
    ],
)
def test_counting_the_days_of_a_loss_is_major(text: str) -> None:
    a = run(text)
    assert (a.intent, a.severity) == ("complaint", "major")


def test_counted_days_without_trouble_are_no_loss() -> None:
    assert not day_count_without(normalise("3er día sin problemas con la fibra nueva").tokens)
    assert not day_count_without(normalise("day 3 of my holiday and the crew were lovely").tokens)
    assert not day_count_without(normalise("2 days without signal").tokens)


@pytest.mark.parametrize(
    "text",
    [
        "Ehrlicher Test: lohnt sich Nimbus Fibre? Kurze Antwort: ja. Stabil und schnell @NimbusHelp",
        "vale la pena el plan Plus de @ParceloEats? Respuesta corta: sí, envíos gratis y rapidísimos",
        "vale a pena o Plus da @ParceloEats? Resposta curta: sim, entregas rápidas",
    ],
)
def test_a_review_that_answers_its_own_question_is_praise(text: str) -> None:
    assert run(text).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats lohnt sich Parcelo Plus? Bitte um kurze Antwort",
        "@ParceloEats vale la pena el plan Plus? espero respuesta",
    ],
)
def test_a_question_waiting_for_an_answer_is_no_review(text: str) -> None:
    assert not self_answered(normalise(text).tokens)
    assert run(text).intent != "praise"


@pytest.mark.parametrize("token", ["kk", "kkkk", "jajajajajaja", "hahahahah", "rsrsrs", "ahahahah", "xddd", "jejeje"])
def test_a_laugh_of_any_length_is_a_laugh(token: str) -> None:
    assert has_laugh({token})


@pytest.mark.parametrize("token", ["ja", "ha", "kafka", "hash", "jeans", "rs", "xmas"])
def test_words_that_look_like_laughs_are_not(token: str) -> None:
    assert not has_laugh({token})


@pytest.mark.parametrize(
    "text",
    [
        "morri com esse desconto da @ParceloEats kkkkkk já pedi dois",
        "me muero con esta promo de @ParceloEats jajajajajaja",
    ],
)
def test_hyperbole_with_a_long_laugh_is_praise(text: str) -> None:
    assert run(text).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "me muero de hambre, ¿dónde está mi pedido? jajajajaja @ParceloEats",
        "morri de frio no aeroporto, voo atrasado 3h kkkkkk @SkyLarkAir",
    ],
)
def test_hyperbole_beside_a_literal_problem_is_no_praise(text: str) -> None:
    assert run(text).intent != "praise"
