"""Where a mention that names no brand is still addressed to one (core/addressed.py): a reply
under the brand's own post, and a customer's next message on a channel addressed to the brand
(mail to its support address) while they have an open case there. Negative controls: the same
texts posted on their own, a reply under a customer's (not the brand's) post, a mail with no open
case, and a mail from a customer with open cases at two brands."""

from __future__ import annotations

from typing import Any, Final

import orjson
import pytest

from mentionflow.core.addressed import own_post_brand
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0: Final = parse_time("2026-12-01T09:00:00Z")


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _run(template: Pipeline, mentions: list[dict[str, Any]]) -> dict[str, tuple[str, dict[str, Any] | None]]:
    """mention id -> (dedup action, the routed revision or None), run in order on a fresh core."""
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    out: dict[str, tuple[str, dict[str, Any] | None]] = {}
    for m in mentions:
        record: dict[str, Any] = {
            "id": m["id"],
            "channel": m.get("channel", "facebook"),
            "text": m["text"],
            "created_at": utc_iso(T0 + m.get("at", 0)),
            "author": {"id": m["author"], "handle": m.get("handle", m["author"]), "followers": 300},
            "in_reply_to": m.get("reply_to"),
        }
        raw = decode_raw_mention(orjson.dumps(record))
        now = T0 + m.get("at", 0)
        unique = core.dedup(core.score(core.enrich(raw, now)), now)
        revision = core.route(unique, now)
        out[m["id"]] = (unique.dedup.action, orjson.loads(encode(revision)) if revision is not None else None)
    return out


# The brand's own post (no customer case) and a customer's comment under it naming no brand.
UNDER_OWN_POST = [
    (
        "SkyLarkAir",
        "skylark-air",
        "Summer sale! Lisbon from 39, Athens from 49. Book by Sunday ☀️",
        "my pushchair came back from the hold with a snapped wheel last week and nobody answers my emails",
    ),
    (
        "NimbusHelp",
        "nimbus-mobile",
        "¡Ya puedes activar la eSIM desde la app en dos minutos!",
        "llevo desde el lunes sin poder llamar, me cobráis la cuota igual y nadie me da una solución",
    ),
    (
        "ParceloEats",
        "parcelo",
        "Nouveau : les courses livrées en 20 minutes dans tout Lyon 🛒",
        "ma commande d'hier soir est arrivée sans les surgelés et le remboursement est toujours refusé",
    ),
    (
        "BrightbankCare",
        "brightbank",
        "Neu: Sparziele jetzt mit automatischer Rundung ✨",
        "seit drei Tagen wird meine Überweisung an den Vermieter abgelehnt, ohne jede Erklärung",
    ),
    (
        "ParceloEats",
        "parcelo",
        "Questa settimana consegna gratuita su tutti i sushi 🍣",
        "il rider ha lasciato il sacchetto al portone sbagliato e l'assistenza in chat non risponde",
    ),
    (
        "SkyLarkAir",
        "skylark-air",
        "Novidade: escolha o seu lugar grátis em voos domésticos ✈️",
        "o meu reembolso do voo cancelado em outubro ainda não chegou, já passaram seis semanas",
    ),
]


@pytest.mark.parametrize("handle,brand,post,comment", UNDER_OWN_POST)
def test_a_comment_under_the_brands_own_post_is_a_case_of_that_brand(
    template: Pipeline, handle: str, brand: str, post: str, comment: str
) -> None:
    got = _run(
        template,
        [
            {"id": "p1", "author": "own", "handle": handle, "text": post},
            {"id": "c1", "author": "cust", "text": comment, "reply_to": "p1", "at": 1800},
        ],
    )
    assert got["p1"] == ("own_post", None)
    action, case = got["c1"]
    assert action == "new_case" and case is not None
    assert case["brand"] == brand
    assert case["recommended_action"]["code"] not in ("drop", "thank_and_amplify", "sales_lead")


@pytest.mark.parametrize("handle,brand,post,comment", UNDER_OWN_POST)
def test_the_same_comment_alone_or_under_a_customers_post_names_no_brand(
    template: Pipeline, handle: str, brand: str, post: str, comment: str
) -> None:
    alone = _run(template, [{"id": "c1", "author": "cust", "text": comment}])
    assert alone["c1"] == ("no_brand", None)
    # A customer's own post (not the brand's) that names no brand either: its thread says nothing.
    under_friend = _run(
        template,
        [
            {"id": "f1", "author": "friend", "text": "what a week, anyone else fancy a holiday?"},
            {"id": "c1", "author": "cust", "text": comment, "reply_to": "f1", "at": 600},
        ],
    )
    assert under_friend["c1"] == ("no_brand", None)


def test_a_comment_naming_another_brand_keeps_that_brand(template: Pipeline) -> None:
    got = _run(
        template,
        [
            {"id": "p1", "author": "own", "handle": "SkyLarkAir", "text": "Weekend deals to Rome from 45 ✈️"},
            {
                "id": "c1",
                "author": "cust",
                "text": "@NimbusHelp no signal at all on my phone since this morning, can't even call",
                "reply_to": "p1",
                "at": 900,
            },
        ],
    )
    _, case = got["c1"]
    assert case is not None and case["brand"] == "nimbus-mobile"


def test_a_fans_praise_under_the_own_post_is_praise_of_that_brand(template: Pipeline) -> None:
    got = _run(
        template,
        [
            {"id": "p1", "author": "own", "handle": "ParceloEats", "text": "Free delivery all weekend 🍕"},
            {"id": "c1", "author": "fan", "text": "love you guys, best decision I made this year 😍", "reply_to": "p1"},
        ],
    )
    _, case = got["c1"]
    assert case is not None and case["brand"] == "parcelo"
    assert case["queue"] == "marketing-advocacy"


@pytest.mark.parametrize(
    "chatter", ["first!", "done ✅ @joao_p @rita_m fingers crossed", "@lucia_b mira esto", "@lena_p schau mal"]
)
def test_chatter_under_the_own_post_is_no_case(template: Pipeline, chatter: str) -> None:
    got = _run(
        template,
        [
            {"id": "p1", "author": "own", "handle": "SkyLarkAir", "text": "Win a weekend in Lisbon! Tag a friend ✈️"},
            {"id": "c1", "author": "fan", "text": chatter, "reply_to": "p1", "at": 300},
        ],
    )
    assert got["c1"] == ("no_brand", None)


def test_own_post_brand_reads_only_own_post_entries() -> None:
    assert own_post_brand(("case-1", 0.0, False, 7, 1, "parcelo")) == "parcelo"
    assert own_post_brand(("case-1", 0.0, False, 7, 1)) is None  # stored before the brand was kept
    assert own_post_brand(("case-1", 0.0, True, 7)) is None  # a customer's mention
    assert own_post_brand(None) is None


# A customer's dispute by mail naming the bank, and their brandless reply by mail hours later.
BY_MAIL = [
    (
        "Dear Brightbank, please reverse the 34.99 debit from a gym I cancelled in September.",
        "Hello, the 34.99 is back on my account this morning. Thank you for sorting it so quickly.",
    ),
    (
        "Hola Brightbank, me habéis cobrado dos veces la cuota de la tarjeta este mes, 12 euros.",
        "Buenas, ya veo la devolución de los 12 euros en la cuenta. Muchas gracias por la rapidez.",
    ),
    (
        "Hallo Brightbank, eine Abbuchung über 89 Euro von einem Händler, den ich nicht kenne.",
        "Guten Tag, die 89 Euro sind heute zurückgebucht worden. Vielen Dank für die schnelle Hilfe!",
    ),
    (
        "Buongiorno Brightbank, contesto un addebito di 45 euro per un abbonamento già disdetto.",
        "Buongiorno, i 45 euro sono tornati sul conto stamattina. Grazie mille, servizio impeccabile.",
    ),
    (
        "Olá Brightbank, foi-me cobrada duas vezes a anuidade do cartão, 30 euros, por favor corrijam.",
        "Bom dia, os 30 euros já foram devolvidos na conta. Obrigada pela rapidez, excelente serviço.",
    ),
]


@pytest.mark.parametrize("dispute,thanks", BY_MAIL)
def test_a_brandless_mail_from_a_customer_with_an_open_case_joins_it(
    template: Pipeline, dispute: str, thanks: str
) -> None:
    got = _run(
        template,
        [
            {"id": "m1", "author": "cust", "channel": "email", "text": dispute},
            {"id": "m2", "author": "cust", "channel": "email", "text": thanks, "at": 15 * 3600},
        ],
    )
    _, first = got["m1"]
    action, case = got["m2"]
    assert first is not None and case is not None
    assert action == "followup" and case["case_id"] == first["case_id"]
    assert case["update"] == "positive_followup"


# Replies that name no product either (a product word alone names the brand on a mail channel).
PLAIN_THANKS: Final = [
    "Hello, it all came through this morning. Thank you for sorting it so quickly.",
    "Buenas, ya está todo resuelto. Muchas gracias por la rapidez.",
]


@pytest.mark.parametrize("dispute,thanks", [(BY_MAIL[0][0], PLAIN_THANKS[0]), (BY_MAIL[1][0], PLAIN_THANKS[1])])
def test_a_mail_naming_nothing_at_all_joins_the_open_case(template: Pipeline, dispute: str, thanks: str) -> None:
    got = _run(
        template,
        [
            {"id": "m1", "author": "cust", "channel": "email", "text": dispute},
            {"id": "m2", "author": "cust", "channel": "email", "text": thanks, "at": 20 * 3600},
        ],
    )
    _, first = got["m1"]
    action, case = got["m2"]
    assert first is not None and case is not None and action == "followup"
    assert case["case_id"] == first["case_id"] and case["update"] == "positive_followup"


@pytest.mark.parametrize("dispute,thanks", [(BY_MAIL[0][0], PLAIN_THANKS[0]), (BY_MAIL[1][0], PLAIN_THANKS[1])])
def test_a_brandless_mail_without_an_open_case_names_no_brand(template: Pipeline, dispute: str, thanks: str) -> None:
    # No case at all, a case by another author, or the author's case older than the windows.
    assert _run(template, [{"id": "m2", "author": "cust", "channel": "email", "text": thanks}])["m2"][0] == "no_brand"
    other = _run(
        template,
        [
            {"id": "m1", "author": "someone", "channel": "email", "text": dispute},
            {"id": "m2", "author": "cust", "channel": "email", "text": thanks, "at": 3600},
        ],
    )
    assert other["m2"][0] == "no_brand"
    stale = _run(
        template,
        [
            {"id": "m1", "author": "cust", "channel": "email", "text": dispute},
            {"id": "m2", "author": "cust", "channel": "email", "text": thanks, "at": 10 * 86400},
        ],
    )
    assert stale["m2"][0] == "no_brand"


def test_a_brandless_post_on_an_open_network_is_not_taken_as_the_open_cases(template: Pipeline) -> None:
    got = _run(
        template,
        [
            {"id": "m1", "author": "cust", "channel": "twitter", "text": BY_MAIL[0][0]},
            {
                "id": "m2",
                "author": "cust",
                "channel": "twitter",
                "text": "finally home, thank you mum for the lift",
                "at": 3600,
            },
        ],
    )
    assert got["m2"][0] == "no_brand"


def test_a_brandless_mail_from_a_customer_with_cases_at_two_brands_names_none(template: Pipeline) -> None:
    got = _run(
        template,
        [
            {"id": "m1", "author": "cust", "channel": "email", "text": BY_MAIL[0][0]},
            {
                "id": "m2",
                "author": "cust",
                "channel": "email",
                "text": "Dear Parcelo, my order 5521 never arrived and the app says delivered.",
                "at": 600,
            },
            {"id": "m3", "author": "cust", "channel": "email", "text": PLAIN_THANKS[0], "at": 7200},
        ],
    )
    assert got["m3"][0] == "no_brand"
