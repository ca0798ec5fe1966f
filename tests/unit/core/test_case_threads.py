"""Conversation threading and the case lifecycle: what a customer's later words do to their open
case. A thank-you after a fix closes it warmly (also on a safety case), a fix someone else claims
does not; a clearly new problem from the same customer later the same day is a case of its own."""

from __future__ import annotations

from typing import Any, Final

import orjson
import pytest

from mentionflow.core.cases import _REPORTED_FIX_RE
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-11-24T10:00:00Z")


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _thread(template: Pipeline, texts: list[tuple[float, str]], reply: bool = False) -> list[dict[str, Any]]:
    """The latest revision after each of one author's mentions (each replying to the one before
    when ``reply``)."""
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    out = []
    for i, (at, text) in enumerate(texts):
        record: dict[str, Any] = {
            "id": f"t{i}",
            "channel": "twitter",
            "text": text,
            "created_at": utc_iso(T0 + at),
            "author": {"id": "cust", "handle": "cust"},
        }
        if reply and i:
            record["in_reply_to"] = f"t{i - 1}"
        raw = decode_raw_mention(orjson.dumps(record))
        now = T0 + at
        unique = core.dedup(core.score(core.enrich(raw, now)), now)
        revision = core.route(unique, now)
        assert revision is not None
        out.append(orjson.loads(encode(revision)))
    return out


@pytest.mark.parametrize(
    "problem,thanks",
    [
        (
            "@SkyLarkHelp my dad's wheelchair never came off the plane in Porto, he can't walk without it",
            "@SkyLarkHelp the wheelchair was there when he got off, thank you so much for chasing it 🙏",
        ),
        (
            "@SkyLarkHelp la silla de ruedas de mi padre no ha salido del avión en Oporto, no puede caminar",
            "@SkyLarkHelp al final la silla de ruedas estaba en la puerta, muchísimas gracias al equipo 🙏",
        ),
    ],
)
def test_thanks_that_name_the_safety_cases_own_harm_close_it_with_a_thank_you(
    template: Pipeline, problem: str, thanks: str
) -> None:
    opened, closed = _thread(template, [(0, problem), (3000, thanks)], reply=True)
    assert opened["queue"] == "safety-escalations"
    assert closed["case_id"] == opened["case_id"] and closed["update"] == "positive_followup"
    assert closed["recommended_action"]["code"] == "thank_directly"


@pytest.mark.parametrize(
    "problem,thanks",
    [
        (
            "@BrightbankCare charged twice for my gym membership, 40 quid each",
            "@BrightbankCare moneys back, thank you so much for sorting it",
        ),
        ("@BrightbankCare doppio addebito per la palestra", "@BrightbankCare ti ringrazio, soldi tornati sul conto"),
        ("@BrightbankCare cobrança dupla do ginásio", "@BrightbankCare dinheiro de volta, obrigadão pela ajuda"),
    ],
)
def test_money_back_and_thanks_in_other_words_is_a_positive_followup(
    template: Pipeline, problem: str, thanks: str
) -> None:
    opened, closed = _thread(template, [(0, problem), (3000, thanks)], reply=True)
    assert closed["case_id"] == opened["case_id"] and closed["update"] == "positive_followup"


@pytest.mark.parametrize(
    "problem,claim",
    [
        (
            "@ParceloHelp paid 45€ for an order that never came, want my money back",
            "@ParceloHelp the app says 'resolved' and closed my ticket. still no money",
        ),
        (
            "@ParceloHelp pagué 45€ por un pedido que nunca llegó",
            '@ParceloHelp el chat pone "solucionado" y se cierra. 45€ perdidos',
        ),
        (
            "@ParceloHelp commande de 45€ jamais arrivée",
            "@ParceloHelp ticket marqué comme résolu, toujours pas remboursé",
        ),
        ("@ParceloHelp ordine da 45€ mai arrivato", "@ParceloHelp la chat dice 'risolto' e si chiude. 45€ spariti"),
    ],
)
def test_a_fix_someone_else_claims_is_no_positive_followup(template: Pipeline, problem: str, claim: str) -> None:
    opened, later = _thread(template, [(0, problem), (3000, claim)], reply=True)
    assert later["case_id"] == opened["case_id"] and later["update"] == "followup_attached"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp sent the details by DM, great, please be quick",
        "@NimbusHelp mandei por DM, ótimo, por favor rápido",
    ],
)
def test_handing_details_over_is_the_conversation_going_on(template: Pipeline, text: str) -> None:
    opened, later = _thread(template, [(0, "@NimbusHelp no signal at home since Monday"), (3000, text)], reply=True)
    assert later["case_id"] == opened["case_id"] and later["update"] != "positive_followup"


def test_reported_fix_pattern() -> None:
    for text in ['Chat sagt "erledigt" und fertig', "ticket marked as resolved, nothing works", "als gelöst markiert"]:
        assert _REPORTED_FIX_RE.search(text), text
    for text in ["it's fixed now, thank you!", "ya está solucionado, gracias", "c'est réglé, merci 'Anna'"]:
        assert not _REPORTED_FIX_RE.search(text), text


def test_thank_you_so_much_for_is_not_sarcasm(template: Pipeline) -> None:
    _, thanks, mocking = _thread(
        template,
        [
            (0, "@BrightbankCare charged twice for my gym membership, 40 quid each"),
            (3000, "@BrightbankCare all sorted now, thank you so much for chasing it"),
            (6000, "@BrightbankCare so much for the refund you promised"),
        ],
        reply=True,
    )
    assert thanks["update"] == "positive_followup"
    assert mocking["update"] != "positive_followup"


_OPENED: Final = {
    "en": "@NimbusHelp my broadband keeps dropping every evening since Friday, router restarted twice",
    "es": "@ParceloHelp el pedido de ayer llegó con la pizza aplastada y fría",
    "fr": "@SkyLarkHelp mon vol pour Nice a 2h de retard, aucune info à la porte",
    "de": "@BrightbankCare Überweisung an meinen Vermieter hängt seit gestern in Bearbeitung",
    "it": "@NimbusHelp fibra lentissima stasera, non carica nemmeno una pagina",
    "pt": "@ParceloHelp o estafeta deixou a encomenda na porta errada do prédio",
}


@pytest.mark.parametrize(
    "lang,later",
    [
        ("en", "@NimbusHelp how can I add my daughter as a second user on my account?"),
        ("es", "@ParceloHelp me habéis cobrado dos veces la suscripción este mes, 7,99€ repetidos"),
        ("fr", "@SkyLarkHelp comment je modifie l'adresse e-mail de mon compte fidélité ?"),
        ("de", "@BrightbankCare wie kann ich in der App ein Sparziel für den Urlaub anlegen?"),
        ("it", "@NimbusHelp come posso cambiare l intestatario del contratto di casa?"),
        ("pt", "@ParceloHelp como posso alterar o cartão de pagamento guardado na aplicação?"),
    ],
)
def test_a_clearly_new_problem_hours_later_opens_its_own_case(template: Pipeline, lang: str, later: str) -> None:
    first, second = _thread(template, [(0, _OPENED[lang]), (7200, later)])
    assert second["case_id"] != first["case_id"] and second["update"] == "created"


@pytest.mark.parametrize(
    "lang,later,at",
    [
        ("en", "@NimbusHelp broadband dropped out three times tonight, working from home is impossible", 7200),
        ("es", "@ParceloHelp además faltaban las bebidas", 7200),
        ("de", "@BrightbankCare ??", 7200),
        ("it", "@NimbusHelp ancora lentissima, ho riavviato il modem tre volte", 7200),
        ("pt", "@ParceloHelp a vizinha do 3º diz que não recebeu nada, quem me devolve o dinheiro?", 7200),
        ("en", "@NimbusHelp how can I add my daughter as a second user on my account?", 1800),  # soon after
    ],
)
def test_more_of_the_same_problem_stays_in_the_case(template: Pipeline, lang: str, later: str, at: float) -> None:
    first, second = _thread(template, [(0, _OPENED[lang]), (at, later)])
    assert second["case_id"] == first["case_id"]


def test_a_history_from_before_topics_were_kept_still_follows_up() -> None:
    """History entries read back from an older changelog have four fields and no topic: the
    mention follows the case up as it did (nothing to compare)."""
    from mentionflow.core.threads import case_topic

    old = [[0.0, "case-1", "complaint", "delivery"]]
    assert case_topic(old, "case-1") == set()
    assert case_topic([[0.0, "case-1", "complaint", "delivery", ["order", "cold"]]], "case-1") == {"order", "cold"}


@pytest.mark.parametrize(
    "problem,fixed",
    [
        (
            "@NimbusHelp the Nimbus app freezes every time I open the roaming settings",
            "@NimbusHelp the new app update fixed the roaming settings freeze, all good",
        ),
        (
            "@ParceloHelp la app se cierra cada vez que abro mis cupones",
            "@ParceloHelp con la nueva versión de la app ya funciona lo de los cupones",
        ),
    ],
)
def test_a_fix_of_the_same_problem_two_days_later_closes_the_case(template: Pipeline, problem: str, fixed: str) -> None:
    opened, closed = _thread(template, [(0, problem), (40 * 3600, fixed)])
    assert closed["case_id"] == opened["case_id"] and closed["update"] == "positive_followup"


def test_a_late_fix_of_something_else_is_not_the_old_case(template: Pipeline) -> None:
    opened, later = _thread(
        template,
        [
            (0, "@NimbusHelp the Nimbus app freezes every time I open the roaming settings"),
            (40 * 3600, "@NimbusHelp my new SIM works now, the activation went through"),
        ],
    )
    assert later["case_id"] != opened["case_id"]


@pytest.mark.parametrize(
    "first,later",
    [
        (
            "@ParceloHelp my burger order arrived cold and squashed",
            "@ParceloHelp also the drinks were missing, paid for three",
        ),
        (
            "@ParceloHelp die Bestellung kam kalt und zerdrückt an",
            "@ParceloHelp die Getränke fehlen auch, dreimal bezahlt",
        ),
        ("@ParceloHelp il panino è arrivato freddo e schiacciato", "@ParceloHelp mancano anche le bibite, pagate tre"),
    ],
)
def test_a_later_word_that_points_back_keeps_the_case(template: Pipeline, first: str, later: str) -> None:
    opened, more = _thread(template, [(0, first), (7200, later)])
    assert more["case_id"] == opened["case_id"]


@pytest.mark.parametrize(
    "asked,chaser",
    [
        (
            "@NimbusHelp hi, my bill this month has £35 of roaming but I was in France, can you check?",
            "@NimbusHelp 5 HOURS and nothing!!! you charge illegal roaming and don't even answer!!!",
        ),
        (
            "@NimbusHelp hola, la factura trae 35€ de roaming y estuve en Francia, ¿lo podéis revisar?",
            "@NimbusHelp 5 HORAS y nada!!! me cobran roaming ilegal y ni contestan. Vergüenza!!!",
        ),
        (
            "@NimbusHelp bonjour, ma facture a 35€ de roaming alors que j'étais en Espagne, vous pouvez vérifier ?",
            "@NimbusHelp 5 HEURES et rien !!! vous prélevez du roaming illégal et aucune réponse. Honteux !!!",
        ),
        (
            "@NimbusHelp hallo, auf meiner Rechnung sind 35€ Roaming, ich war aber in Spanien. Könnt ihr prüfen?",
            "@NimbusHelp 5 STUNDEN und nichts!!! ihr bucht illegales Roaming ab und antwortet nicht!!!",
        ),
        (
            "@NimbusHelp salve, in bolletta ci sono 35€ di roaming ma ero in Spagna, potete verificare?",
            "@NimbusHelp 5 ORE e niente!!! mi addebitate roaming illegale e non rispondete. Vergogna!!!",
        ),
        (
            "@NimbusHelp olá, a fatura traz 35€ de roaming mas estive em Espanha, podem verificar?",
            "@NimbusHelp 5 HORAS e nada!!! cobram roaming ilegal e nem respondem. Vergonha!!!",
        ),
    ],
)
def test_an_angry_chaser_about_what_was_asked_keeps_the_case(template: Pipeline, asked: str, chaser: str) -> None:
    """A concrete complaint hours after a plain question opens its own case, unless it is about
    what was asked (a shared word: "roaming"): then it chases the question's case."""
    opened, chased = _thread(template, [(0, asked), (18000, chaser)])
    assert chased["case_id"] == opened["case_id"]


@pytest.mark.parametrize(
    "asked,other",
    [
        (
            "@BrightbankCare olá, como mudo a morada de envio do cartão novo?",
            "@BrightbankCare aparece-me uma cobrança de 320€ num site da Letónia que eu nunca fiz?!",
        ),
        (
            "@BrightbankCare hallo, wie ändere ich meine Lieferadresse für die neue Karte?",
            "@BrightbankCare ich sehe eine Abbuchung von 320€ bei einer Seite in Lettland, die ich nie gemacht habe?!",
        ),
        (
            "@BrightbankCare ciao, come cambio l'indirizzo di spedizione della nuova carta?",
            "@BrightbankCare vedo un addebito di 320€ su un sito in Lettonia che non ho mai fatto?!",
        ),
    ],
)
def test_a_concrete_complaint_about_something_else_after_a_question_is_a_new_case(
    template: Pipeline, asked: str, other: str
) -> None:
    """Only a pronoun or a particle in common ("je", "me", "ich") is no shared subject."""
    opened, new = _thread(template, [(0, asked), (18000, other)])
    assert new["case_id"] != opened["case_id"]
