"""Replies that close a care thread ("No I have not", "seems to be working now") are no complaint
(docs/quality.md "Complaint labels": bare replies, a fix confirmed); a "no" with a wait or a
problem in it, a fix undone, contrasted or asked about, stays what the rules said."""

from __future__ import annotations

import pytest

from mentionflow.core.closing_replies import BARE_ANSWER, FIX_CONFIRMED, closing_reply
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def closing(text: str, named_problem: bool = False, cues: tuple[str, ...] = ()) -> str | None:
    n = normalise(text)
    return closing_reply("complaint", "minor", n.tokens, n.clean, named_problem, cues)


BARE = [
    "@ParceloHelp No I haven't",
    "@NimbusTel nope, not that I know of",
    "@StreamlyHelp No, I don't think so. Thanks",
    "@ParceloES no, gracias",
    "@ParceloFR non, c'est bon",
    "@ParceloES no, está bien, gracias",
    "@ParceloDE nein, danke",
    "@ParceloIT no, grazie lo stesso",
    "@ParceloPT não, obrigado",
]

FIXED = [
    "@StreamlyHelp seems to be working now, cheers",
    "@NimbusTel it's working again after the reboot",
    "@ParceloHelp I reinstalled the app and that fixed it",
    "@ParceloHelp weird, it's not doing it anymore",
    "@NimbusMail seems to be working this morning",
    "@ParceloES ya funciona, gracias por la ayuda",
    "@ParceloFR ça remarche, merci beaucoup",
    "@ParceloDE geht jetzt wieder, danke euch",
    "@ParceloIT ora funziona, grazie mille",
    "@ParceloPT já voltou a funcionar, obrigado",
]

# Negative controls: a wait, a problem, a question, a fix undone or contrasted.
NOT_CLOSING = [
    "@ParceloHelp No reply yet?",
    "@ParceloAir no my questions were never answered",
    "@ParceloAir No wonder the seats are filthy",
    "@ParceloAir nope I gave up on the claim",
    "@ParceloHelp not yet",
    "@ParceloHelp no, still waiting for the refund",
    "@NimbusTel no it keeps dropping every evening",
    "@StreamlyHelp it's working now but the playlists are still gone",
    "@StreamlyHelp it works again until the phone goes to sleep",
    "@NimbusTel it is not working again today",
    "@ParceloHelp is it working now?",
    "@NimbusMail nothing seems to work, the inbox is empty",
    "@NimbusMail it doesn't seem to be working for me",
    "@NimbusMail it seems to work for a minute and then crashes",
    "@NimbusMail the app seems to work on my laptop, not on my phone",
    "@ParceloES no, todavía no me ha llegado nada",
    "@ParceloFR non, toujours aucune réponse",
    "@ParceloDE nein, immer noch keine Antwort",
    "@ParceloIT no, ancora niente risposta",
    "@ParceloPT não, ainda sem resposta",
    "@ParceloES funciona de nuevo pero sigue cobrándome dos veces",
    "@ParceloDE geht wieder, aber die Rechnung ist immer noch falsch",
]


@pytest.mark.parametrize("text", BARE)
def test_bare_answer(text: str) -> None:
    assert closing(text) == BARE_ANSWER


@pytest.mark.parametrize("text", FIXED)
def test_fix_confirmed(text: str) -> None:
    assert closing(text) == FIX_CONFIRMED


@pytest.mark.parametrize("text", NOT_CLOSING)
def test_not_closing(text: str) -> None:
    assert closing(text) is None


def test_named_problem_or_irony_is_no_bare_answer() -> None:
    assert closing("@NimbusTel no, the modem", named_problem=True) is None
    assert closing("@NimbusTel oh great it's working again", cues=("sarcasm",)) is None
    n = normalise("@ParceloHelp No I haven't")
    assert closing_reply("rant", None, n.tokens, n.clean, False, ()) is None
    assert closing_reply("complaint", "major", n.tokens, n.clean, False, ()) is None


@pytest.mark.parametrize(
    "text",
    ["@ParceloHelp No I have not", "@StreamlyHelp seems to be working now", "@XboxHelpDesk nope, I don't think so"],
)
def test_pipeline_reads_no_complaint(text: str) -> None:
    assert run(text).intent not in ("complaint", "rant")


@pytest.mark.parametrize(
    "text",
    ["@ParceloHelp no, still nothing and it's been two weeks", "@StreamlyHelp it's working now but crashes again"],
)
def test_pipeline_keeps_complaints(text: str) -> None:
    assert run(text).intent in ("complaint", "rant")
