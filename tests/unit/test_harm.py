"""Harm and safety signal (core.harm): positives and hard negatives in every supported
language, severity, the no-harm fast path, the model artefact and the evaluation."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest

from mentionflow.core.harm import (
    HARM_KINDS,
    MODEL_PATH,
    NO_HARM,
    HarmSignal,
    concept_groups,
    detect_harm,
    load_model,
)
from mentionflow.core.text import normalise
from mentionflow.tools.evaluate_harm import evaluate_harm, harm_split, is_test, load_harm_set


def harm(text: str, lang: str = "en") -> HarmSignal:
    return detect_harm(normalise(text), lang)


# (lang, text, kind, severity): the triage issue's failures and their siblings in each language.
POSITIVES = [
    ("en", "@ParceloEats the 'nut free' meal gave my child an allergic reaction, we're in A&E", "health", "severe"),
    ("en", "@SkyLarkAir there is smoke in the cabin right now on SL101", "physical_safety", "severe"),
    ("en", "@NimbusHelp my phone from you caught fire on the bedside table", "physical_safety", "severe"),
    ("en", "@ParceloHelp your driver nearly hit a child outside the school", "physical_safety", None),
    (
        "en",
        "@NimbusHelp I'm a carer and my client's pendant alarm has no signal, she's 88 and alone",
        "vulnerable_person",
        "severe",
    ),
    ("en", "@BrightbankCare the app is showing me another customer's account details", "data_exposure", "severe"),
    ("en", "@BrightbankCare someone has used my card for £600 I didn't authorise, block it", "fraud", "severe"),
    ("en", "@NimbusHelp I can't take this anymore, I want to kill myself", "self_harm", "severe"),
    (
        "es",
        "@ParceloEats mi hija ha tenido una reacción alérgica con el menú sin gluten, estamos en urgencias",
        "health",
        "severe",
    ),
    ("es", "@SkyLarkAir hay humo en la cabina ahora mismo", "physical_safety", "severe"),
    ("es", "@BrightbankCare me han sacado 800 euros de la cuenta sin autorización", "fraud", "severe"),
    (
        "fr",
        "@ParceloEats mon fils a fait une réaction allergique après le repas, il est à l'hôpital",
        "health",
        "severe",
    ),
    ("fr", "@NimbusMobile mon chargeur a pris feu cette nuit", "physical_safety", "severe"),
    ("fr", "@BrightbankCare je vois les données d'un autre client dans l'appli", "data_exposure", None),
    (
        "de",
        "@ParceloEats meine Tochter hatte eine allergische Reaktion, wir sind in der Notaufnahme",
        "health",
        "severe",
    ),
    ("de", "@SkyLarkAir Rauch in der Kabine, niemand sagt etwas", "physical_safety", "severe"),
    ("de", "@BrightbankCare mein Konto wurde gehackt und jemand hat Geld abgebucht", "fraud", None),
    ("it", "@ParceloEats mio figlio ha avuto una reazione allergica, siamo al pronto soccorso", "health", "severe"),
    ("it", "@SkyLarkAir c'è fumo in cabina adesso", "physical_safety", "severe"),
    ("it", "@BrightbankCare qualcuno ha usato la mia carta, è una truffa", "fraud", None),
    ("pt", "@ParceloEats o meu filho teve uma reação alérgica, estamos no hospital", "health", "severe"),
    ("pt", "@SkyLarkAir está saindo fumaça na cabine agora", "physical_safety", "severe"),
    ("pt", "@BrightbankCare hackearam a minha conta e tiraram dinheiro", "fraud", None),
]

# The brief's precision cases and their siblings: figurative, questions, praise.
HARD_NEGATIVES = [
    ("en", "this deal is fire"),
    ("en", "@ParceloEats allergic to Mondays"),
    ("en", "@NimbusMobile killing it with the new plans"),
    ("en", "@NimbusHelp my battery died"),
    ("en", "@ParceloEats dying to try it"),
    ("en", "@SkyLarkAir sick of waiting"),
    ("en", "@ParceloHelp the app crashed"),
    ("en", "@NimbusMobile your fees are killing me"),
    ("en", "@SkyLarkAir the safety video is brilliant"),
    ("es", "@SkyLarkAir esta oferta es fuego"),
    ("es", "@NimbusHelp se me murió la batería"),
    ("fr", "@ParceloEats je meurs d'envie de goûter ça"),
    ("fr", "@ParceloHelp l'appli a planté"),
    ("de", "@ParceloHelp die App ist abgestürzt"),
    ("de", "@NimbusMobile mein Akku ist leer"),
    ("it", "@ParceloEats muoio dalla voglia di provarlo"),
    ("it", "@ParceloHelp l'app si è bloccata"),
    ("pt", "@ParceloEats estou morrendo de vontade de provar"),
    ("pt", "@NimbusHelp a bateria morreu"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "severity"), POSITIVES)
def test_harm_detected_in_every_language(lang: str, text: str, kind: str, severity: str | None) -> None:
    sig = harm(text, lang)
    assert sig.kind == kind, sig
    if severity is not None:
        assert sig.severity == severity, sig
    assert sig.severity in ("severe", "elevated")
    assert 0.0 <= sig.score <= 1.0 and sig.cues


@pytest.mark.parametrize(("lang", "text"), HARD_NEGATIVES)
def test_hard_negatives_are_not_harm(lang: str, text: str) -> None:
    sig = harm(text, lang)
    assert sig.kind is None and sig.severity is None, sig


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "overdraft fees again. honestly I don't see the point of anything. maybe easier if I just wasn't here"),
        ("en", "fees on fees, can't pay anything. been thinking about ending it all tonight"),
        ("pt", "cortaram-me a linha. já não aguento mais isto, sinceramente não quero cá estar"),
    ],
)
def test_self_harm_hints_as_people_write_them_are_severe(lang: str, text: str) -> None:
    signal = harm(text, lang)
    assert (signal.kind, signal.severity) == ("self_harm", "severe"), signal


def test_risk_without_harm_is_elevated() -> None:
    sig = harm("@ParceloHelp your rider almost knocked over a kid on the crossing, riding way too fast")
    assert sig.kind is not None and sig.severity == "elevated", sig


def test_hashtags_count_as_words() -> None:
    assert "fraud" in concept_groups(("someone", "took", "money", "scam"))
    assert harm("@BrightbankCare money gone from my account overnight #fraud #hacked").kind == "fraud"


def test_german_compounds_are_read() -> None:
    assert "allergy" in concept_groups(("erdnussallergiker",), "de")
    assert "allergy" not in concept_groups(("erdnussallergiker",), "en")


def test_words_that_are_function_words_elsewhere_do_not_trigger() -> None:
    # "son" is "they are" in Spanish; "pronto" alone is "soon", only "pronto soccorso" is A&E.
    assert harm("@SkyLarkAir los vuelos son caros pero son puntuales", "es") is NO_HARM
    assert harm("@ParceloEats arriva pronto la cena?", "it") is NO_HARM
    assert "medical_care" in concept_groups(("siamo", "al", "pronto", "soccorso"), "it")


def test_no_trigger_word_is_the_shared_no_harm_signal() -> None:
    # The fast path returns the one NO_HARM instance: nothing is scored or allocated.
    assert harm("@SkyLarkAir flight delayed 3 hours and no updates") is NO_HARM
    assert harm("") is NO_HARM


def test_harm_does_not_depend_on_tone() -> None:
    calm = harm("@ParceloEats my son had an allergic reaction to the nut free meal, we're at the hospital")
    angry = harm(
        "@ParceloEats WORST SERVICE EVER!!! my son had an allergic reaction to the nut free meal, we're at the hospital"
    )
    assert calm.kind == angry.kind == "health"


def test_no_harm_path_costs_microseconds() -> None:
    norms = [normalise(f"@SkyLarkAir flight {i} delayed again, any update on the new time?") for i in range(2000)]
    detect_harm(norms[0], "en")
    t0 = time.perf_counter()
    for n in norms:
        detect_harm(n, "en")
    per_call_us = (time.perf_counter() - t0) / len(norms) * 1e6
    assert per_call_us < 25, per_call_us  # ~1-2 us on an idle core; loose for a shared CI box


def test_model_artefact_is_small_and_consistent() -> None:
    assert MODEL_PATH.stat().st_size < 1_000_000
    m = load_model()
    assert set(m.kinds) <= set(HARM_KINDS)
    assert 0.0 < m.threshold < 1.0
    assert m.meta.get("date")


def test_harm_set_split_keeps_translations_together() -> None:
    rows = load_harm_set(None)
    assert {r.lang for r in rows} == {"en", "es", "fr", "de", "it", "pt"}
    train, test = harm_split(rows)
    assert test and train
    assert not {r.group for r in train} & {r.group for r in test}
    assert not {r.family for r in train} & {r.family for r in test}
    # Every translation names the group of its English original (a line number is no link:
    # the parallel block of es.jsonl has one line more than the others).
    english = {r.group for r in rows if r.lang == "en"}
    for r in rows:
        assert r.group in english or r.group.startswith("batch2x:"), (r.lang, r.group, r.text)


def test_harm_set_split_keeps_near_duplicates_together() -> None:
    # A reworded twin of a test mention in training makes the held-out figures optimistic:
    # rows of one language that share half their words must fall on one side (families.jsonl).
    rows = load_harm_set(None)

    def words(text: str) -> frozenset[str]:
        return frozenset(re.findall(r"\w+", re.sub(r"@\w+", "", text.lower())))

    straddling = []
    for lang in ("en", "es", "fr", "de", "it", "pt"):
        lr = [(r, words(r.text)) for r in rows if r.lang == lang]
        for (a, wa), (b, wb) in itertools.combinations(lr, 2):
            if is_test(a) != is_test(b) and len(wa & wb) >= 0.5 * len(wa | wb):
                straddling.append((a.text, b.text))
    assert not straddling, straddling[:5]
    for lang in ("es", "fr", "de", "it", "pt"):
        assert any(r.kind is None for r in rows if r.lang == lang)
        assert any(r.kind is not None for r in rows if r.lang == lang)


def test_evaluate_harm_without_shared_data(tmp_path: Path) -> None:
    res = evaluate_harm(tmp_path / "absent")
    assert res["set"]["shared_refs"] == 0
    assert set(res["test"]["per_language"]) == {"en", "es", "fr", "de", "it", "pt"}
    assert "## Harm and safety signal" in res["markdown"]
    assert "speed" not in res


def test_figure_of_speech_neutralises_its_trigger_word() -> None:
    # "insult to injury" names no injury; "an injury" in a plain report still does.
    assert "injury" not in concept_groups(normalise("lost my bag, to add insult to injury").tokens)
    assert "idiom" in concept_groups(normalise("lost my bag, to add insult to injury").tokens)
    assert "injury" in concept_groups(normalise("the trolley caused an injury to my knee").tokens)
    assert "fire_smoke" not in concept_groups(normalise("my Kindle Fire won't charge").tokens)
    assert "collision" not in concept_groups(normalise("the app crashed at checkout").tokens)
    assert "collision" in concept_groups(normalise("the driver crashed into a van").tokens)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "my 85 year old mum was left at the gate", "elderly"),
        ("es", "mi vecina de 87 años vive sola", "elderly"),
        ("de", "meine 87-jährige Nachbarin", "elderly"),
        ("fr", "ma fille de 9 ans est seule", "child"),
        ("en", "I've been a customer for 15 years", None),
    ],
)
def test_a_very_old_or_young_age_is_a_vulnerable_person(lang: str, text: str, group: str | None) -> None:
    groups = concept_groups(normalise(text).tokens, lang)
    if group is None:
        assert "elderly" not in groups and "child" not in groups
    else:
        assert group in groups


def test_italian_driver_is_not_autistic() -> None:
    # "l'autista" is "the driver" in Italian (the es/pt word for autistic).
    assert harm("@GoRideApp l'autista è stato gentilissimo con mia nonna, grazie", "it").kind is None
    assert "disability" not in harm("@GoRideApp l'autista è arrivato in ritardo con la mia spesa", "it").cues


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "@GoRideApp I'm 8 months pregnant and you left me on the floor at the gate for 5 hours",
            "vulnerable_person",
        ),
        ("es", "@CalorEnergia huele muchísimo a gas desde la visita del técnico y nadie contesta", "physical_safety"),
        ("fr", "@ChaleurEnergie forte odeur de gaz depuis ce matin, personne ne répond", "physical_safety"),
        ("de", "@FreshCartDE jemand hat sich in mein Konto eingeloggt und bestellt mit meiner Karte", "fraud"),
        ("it", "@CaloreEnergia domani mi staccate la luce, voglio farla finita", "self_harm"),
        ("pt", "@VoltaTrens meu amigo cadeirante ficou preso no trem, a rampa nunca veio", "vulnerable_person"),
    ],
)
def test_new_concepts_in_every_language(lang: str, text: str, kind: str) -> None:
    assert harm(text, lang).kind == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@AeroNorth flight scrapped at 11pm, three kids with us and no hotel, we're on the terminal benches"),
        ("es", "@AeroNorth vuelo cancelado a las 11, con tres niños y sin hotel, dormimos en los bancos"),
        ("de", "@AeroNorth Flug um 23 Uhr gestrichen, drei Kinder dabei und kein Hotel, wir schlafen auf Bänken"),
    ],
)
def test_children_in_a_disruption_are_an_inconvenience(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None


def test_a_child_alone_in_a_disruption_is_still_scored() -> None:
    # The inconvenience rule needs nothing more than children and a disruption: "alone" is more.
    from mentionflow.core.harm import extract_features, is_inconvenience

    norm = normalise("@AeroNorth flight cancelled and my 9 year old son is alone at the gate")
    feats, _ = extract_features(norm.tokens, "en")
    assert not is_inconvenience(set(feats))
    norm = normalise("@AeroNorth flight cancelled, stuck here with my son and no hotel")
    feats, _ = extract_features(norm.tokens, "en")
    assert is_inconvenience(set(feats))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@CoinLendHelp I can't see a way out of these arrears, everyone would manage fine if I was gone"),
        ("fr", "@CoinLendAide je ne vois aucune issue à ces dettes, je pense à en finir"),
        ("it", "@CoinLendAiuto non vedo via d'uscita da questi debiti, penso di farla finita"),
    ],
)
def test_self_harm_hints_open_the_gate(lang: str, text: str) -> None:
    from mentionflow.core.harm import concept_groups

    norm = normalise(text)
    assert "despair" in concept_groups(norm.tokens, lang) or "self_harm" in concept_groups(norm.tokens, lang)


def test_allergic_to_a_non_allergen_is_a_figure_of_speech() -> None:
    from mentionflow.core.harm import concept_groups

    assert "allergy" not in concept_groups(normalise("honestly allergic to mornings").tokens, "en")
    assert "allergy" in concept_groups(normalise("my son is allergic to nuts").tokens, "en")


def test_an_epipen_used_is_severe() -> None:
    sig = harm("@SnackBoxUK the 'nut free' bar had peanuts in it, my daughter reacted and we used her EpiPen")
    assert sig.kind == "health" and sig.severity == "severe", sig


# Everyday senses of trigger words in real mentions (airline, TWCS, UMSAB tweets): no harm, and
# the harm sense next to them still caught.
EVERYDAY_SENSES = [
    ("en", "@united kind of a mess at the gate today but the crew were so kind"),
    ("en", "@NimbusMobile my brand new phone won't charge"),
    ("it", "Governo Monti: giù le mani dai nostri risparmi"),
    ("en", "@SpotifyCares when I hit play the app would freeze mid-song"),
    ("en", "@SpotifyCares I clicked on the song and it skipped"),
    ("en", "@SpotifyCares it hasn't crashed at all today"),
    ("en", "@NimbusMobile the update kills my battery life"),
    ("en", "@united your baggage handlers keep throwing the bags around"),
    ("en", "@united your baggage tracking system is worthless"),
    ("en", "@SouthwestAir are you guys alive? on hold for 25 minutes"),
    ("en", "@united the bags never made the plane"),
    ("en", "@united your hostel voucher was fake"),
    ("fr", "Réduire les émissions de gaz à effet de serre de 40%"),
    ("en", "Monday Night Raw is on tonight"),
    ("en", "@SkyLarkAir flying with my toddler tomorrow, excited!"),
]


@pytest.mark.parametrize(("lang", "text"), EVERYDAY_SENSES)
def test_everyday_senses_of_trigger_words_are_no_harm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None


def test_language_specific_triggers_fire_only_in_their_language() -> None:
    assert "child" not in concept_groups(("ein", "kind", "of"), "en")
    assert "child" in concept_groups(("mein", "kind", "ist", "krank"), "de")
    assert "fire_smoke" in concept_groups(("brand", "im", "zug"), "de")
    assert "allergen" in concept_groups(("alergia", "al", "mani"), "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BrightbankCare three payments I don't recognise went out overnight, please block it"),
        ("en", "@SkyLarkAir there's a fake SkyLark account on here offering refunds"),
        ("en", "@NimbusHelp someone got a SIM swap on my number, I've lost signal"),
        ("en", "@GasNetHelp strong smell of gas in the flat since your fitter came"),
        ("en", "@ParceloHelp I don't see the point in living, I just want to disappear"),
        ("en", "@NorthbankUK £3,400 just left my account in payments I never made, freeze it now"),
    ],
)
def test_the_harm_sense_next_to_its_object_is_still_caught(lang: str, text: str) -> None:
    assert harm(text, lang).kind is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "@CaloreEnergia apro l'app e vedo le bollette di un certo Marco R., non sono mie!"),
        ("fr", "@ChaleurEnergie dans l'appli je vois les factures d'un certain M. Durand, pas les miennes"),
        ("de", "@FreshCartDE in der App sehe ich Bestellungen, die nicht meine sind, mit fremder Adresse"),
        ("pt", "@VoltaTrens no app aparecem os dados de um tal João, não são meus"),
    ],
)
def test_a_strangers_data_on_screen_is_exposure(lang: str, text: str) -> None:
    assert harm(text, lang).kind == "data_exposure"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "@CaloreEnergia ho parlato con un certo Marco al telefono, gentilissimo"),
        ("fr", "@ChaleurEnergie ces chaussures ne sont pas les miennes, colis inversé ?"),
    ],
)
def test_a_stranger_named_without_data_is_not_exposure(lang: str, text: str) -> None:
    assert harm(text, lang).kind != "data_exposure"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "@NimbusMobile stanotte mia nonna si è sentita male e NON riuscivo a chiamare il 112, rete assente"),
        ("de", "@NimbusHelp konnte gestern Nacht nicht mal die 112 anrufen, kein Netz"),
        ("es", "@NimbusHelp no pude llamar al 112 cuando mi padre se cayó"),
        ("en", "@NimbusHelp my dad collapsed and I couldn't call 999, zero signal"),
    ],
)
def test_an_emergency_call_that_could_not_be_made_is_severe(lang: str, text: str) -> None:
    signal = harm(text, lang)
    assert (signal.kind, signal.severity) == ("physical_safety", "severe")


def test_an_emergency_number_that_is_not_dialled_is_no_emergency() -> None:
    assert harm("@ParceloHelp order 112 never came and I can't call the driver", "en").kind is None
    assert harm("@NimbusHelp is 112 free to call from abroad?", "en").kind is None
    assert harm("@NimbusHelp no signal all day, couldn't even call 999 if I needed to", "en").severity == "elevated"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "@NimbusHelp il tecnico ha bucato il muro e adesso in cucina c'è odore di gas fortissimo"),
        ("de", "@SkyLarkHelp unsere Tochter (10) fliegt als unbegleitete Minderjährige, niemand holt sie ab"),
        ("en", "@SkyLarkHelp my 9yo is flying unaccompanied, missed her connection and is crying at the gate"),
    ],
)
def test_a_gas_smell_and_a_child_alone_are_severe(lang: str, text: str) -> None:
    assert harm(text, lang).severity == "severe"


def test_an_unaccompanied_minor_booking_question_is_not_severe() -> None:
    assert harm("@SkyLarkHelp how do I book the unaccompanied minor service for my 8yo?", "en").severity != "severe"


@pytest.mark.parametrize(
    ("lang", "text", "severity"),
    [
        (
            "es",
            "Hola @SkyLarkHelp, nada grave eh, mi maleta no ha llegado y dentro va mi insulina. Me quedan 2 dosis",
            "severe",
        ),
        ("fr", "@SkyLarkHelp ma valise est perdue et mon insuline est dedans, il me reste une seule dose", "severe"),
        ("de", "@SkyLarkHelp Koffer verloren, der EpiPen meiner Tochter ist drin", None),
    ],
)
def test_critical_medicine_in_a_lost_bag_is_health_harm(lang: str, text: str, severity: str | None) -> None:
    signal = harm(text, lang)
    assert signal.kind in ("health", "vulnerable_person")
    if severity:
        assert signal.severity == severity


def test_a_question_about_carrying_insulin_is_no_harm() -> None:
    assert harm("@SkyLarkAir can I bring insulin in my hand luggage?", "en").kind is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Pünktlich, saubere Kabine, und die Crew hat meinem nervösen Sohn das Cockpit gezeigt. Gerne wieder!"),
        ("es", "La tripulación, unos cracks 🙌 cantaron cumpleaños feliz a mi abuela de 90 y le regalaron un cava 💛"),
    ],
)
def test_a_person_named_in_a_warm_text_is_no_harm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None


def test_a_person_in_trouble_is_still_harm() -> None:
    text = "@SkyLarkHelp my mum is in a wheelchair and was left at the gate for 3 hours, nobody came"
    assert harm(text, "en").kind is not None


def test_anyone_elses_is_a_me_too_not_a_breach() -> None:
    text = "anyone else's nimbus bill randomly doubled this month?? €62 instead of €29"
    assert harm(text, "en").kind is None
    assert harm("@NimbusHelp the app shows me someone else's bills and address", "en").kind == "data_exposure"


def test_an_age_alone_opens_the_gate_and_tenure_is_no_age() -> None:
    text = "Hola @SkyLarkHelp, mi padre (84 años, va en silla) lleva 50 min solo dentro del avión, nadie ha venido"
    assert harm(text, "es").kind == "vulnerable_person"
    assert harm("@Brightbank 8 años con vosotros y me subís la comisión sin avisar", "es").kind is None
    assert harm("@NimbusMobile 12 ans client et troisième panne ce mois-ci", "fr").kind is None


def test_a_heart_monitor_offline_in_an_outage_is_severe() -> None:
    text = "@NimbusHelp my dad's heart monitor sends readings over your network and it's been offline since yesterday"
    assert harm(text, "en").severity == "severe"


def test_a_child_locked_in_a_car_is_severe() -> None:
    text = "@ParceloHelp URGENTE il vostro rider ha lasciato un bambino piccolo chiuso in macchina al sole"
    assert harm(text, "it").severity == "severe"
    assert harm("@SkyLarkAir my son locked his toy car in the suitcase lol", "en").severity != "severe"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "@ParceloHelp sou estafeta, um cliente puxou uma faca pq a comida chegou fria"),
        ("es", "@ParceloHelp el cliente me sacó una navaja en el portal"),
        ("en", "@ParceloHelp a guy pulled a knife on your rider outside my building"),
    ],
)
def test_a_weapon_drawn_is_severe(lang: str, text: str) -> None:
    assert harm(text, lang).severity == "severe"


def test_a_missing_knife_and_fork_is_no_weapon() -> None:
    assert harm("@ParceloEats no knife and fork in the bag again", "en").kind is None


def test_tree_nuts_are_allergens_in_every_language() -> None:
    text = "@SkyLarkAir pasto senza frutta secca, c'erano anacardi nel riso. ho dovuto usare l'EpiPen in volo"
    assert harm(text, "it").kind == "health"


@pytest.mark.parametrize(
    ("lang", "text", "kind", "severity"),
    [
        # sarcasm round an allergic reaction treated in A&E: the reaction still happened
        (
            "en",
            "thanks @ParceloEats for the bonus peanut garnish on my NUT-FREE noodles, nothing like a trip to A&E 🥜🚑",
            "health",
            "severe",
        ),
        # an unaccompanied minor nobody can locate after a cancellation: never an inconvenience
        (
            "de",
            "Meine Tochter (9) fliegt als unbegleitete Minderjährige, Flug annulliert und KEINER kann mir sagen wo "
            "sie ist!!!",
            None,
            "severe",
        ),
        # the number moved to another SIM by someone else
        (
            "fr",
            "quelqu'un a fait transférer MON numéro sur une autre SIM hier soir et 2400 CHF ont disparu de mon compte",
            "fraud",
            "severe",
        ),
        ("es", "el rider me ha empujado y amenazado en el portal. Estoy temblando", None, None),
        ("pt", "o entregador me empurrou na portaria, machuquei o braço", None, None),
        ("en", "overdraft fees ate what was left. don't really see the point of being here tbh", "self_harm", "severe"),
    ],
)
def test_harm_said_round_about(lang: str, text: str, kind: str | None, severity: str | None) -> None:
    signal = harm(text, lang)
    assert signal.kind is not None, signal
    assert kind is None or signal.kind == kind
    assert severity is None or signal.severity == severity


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a wrong delivery is someone else's order, not their data on show
        ("en", "What arrived was someone else's order - two kids' meals and a salad. Claim declined."),
        # Portuguese "opa!" is no German grandfather
        ("pt", "@ParceloEats opa, o reembolso caiu agora. valeu pela ajuda, tamo junto 🤝"),
        # an allergen named with no reaction and no care
        ("en", "thanks @ParceloEats for the peanut-free option, finally 🥜"),
        ("en", "the app moved my order to another slot, annoying"),
    ],
)
def test_not_harm_round_about(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None


def test_someone_elses_data_is_still_exposure() -> None:
    assert harm("the app showed me someone else's address and card details", "en").kind == "data_exposure"
