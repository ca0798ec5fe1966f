"""A service lost for days is major, in en es fr de it pt (the triage contract's "no service for
days": care-escalations): a loss said in any words ("fibre coupée", "Glasfaser ausgefallen", "la
fibra está caída", "internet giù", "a rede caiu", "has been out"; a refund or parcel still awaited)
for any number of days, in digits or words, "a week", "since Monday", "the third day"
(core/service_loss.py, core/spans.py). Not a span ahead ("in 4 days I start with you"), a service
had ("depuis 4 jours je profite de la fibre"), a loss fixed, nor one of hours, which is no loss for
days. The informal crash verbs ("si pianta", "se cuelga", "buga", "crashe") are failures, never praise."""

from __future__ import annotations

import orjson
import pytest

from mentionflow.core.service_loss import service_gone, service_lost
from mentionflow.core.spans import lasting_for_days
from mentionflow.core.text import normalise
from mentionflow.schema import Analysis, decode_raw_mention
from mentionflow.tools.scenarios import core_factory_from_settings

_CORE = core_factory_from_settings()()


def scored(lang: str, text: str) -> Analysis:
    """The score stage's analysis of one mention (the platform's language tag given), as the pipeline makes it."""
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "schema_version": 1,
                "id": "t/1",
                "channel": "twitter",
                "text": text,
                "lang": lang,
                "created_at": "2026-03-02T09:00:00Z",
                "author": {"id": "u1", "handle": "u1", "followers": 120, "verified": False},
            }
        )
    )
    return _CORE.score(_CORE.enrich(raw, 1772442000.0)).analysis


LOST_FOR_DAYS = [
    ("fr", "@NimbusHelp Depuis 4 jours avec la fibre coupée, personne ne répond"),
    ("fr", "@NimbusHelp depuis lundi plus d'internet à la maison, c'est inadmissible"),
    ("fr", "@NimbusHelp ça fait cinq jours que la box ne marche plus"),
    ("fr", "@NimbusHelp une semaine sans réseau, je paie pour quoi ?"),
    ("fr", "@NimbusHelp la ligne est coupée depuis 6 jours"),
    ("fr", "@BrightbankCare Depuis mardi je n'ai plus accès à mon compte"),
    ("fr", "@ParceloHelp 8 jours que j'attends mon remboursement, toujours rien"),
    ("en", "@NimbusHelp internet down for 5 days now, nobody can tell me anything"),
    ("en", "@NimbusHelp no signal since Monday, I work from home"),
    ("en", "@NimbusHelp fibre has been out for a week and you keep saying 'engineers are aware'"),
    ("en", "@NimbusHelp third day without broadband. Third. Day."),
    ("en", "@BrightbankCare locked out of my account for 4 days, can't pay rent"),
    ("en", "@NimbusHelp no electricity to the router? no, no service at all for six days"),
    ("en", "@BrightbankCare my card has not worked since Friday and your app just says error"),
    ("en", "@NimbusHelp we've had no internet for 10 days, this is a joke"),
    ("de", "@NimbusHelp Seit 4 Tagen kein Internet, und keiner meldet sich"),
    ("de", "@NimbusHelp Glasfaser seit Montag ausgefallen!"),
    ("de", "@NimbusHelp seit einer Woche kein Netz im ganzen Haus"),
    ("de", "@NimbusHelp Das Internet ist seit fünf Tagen weg"),
    ("de", "@BrightbankCare Ich komme seit drei Tagen nicht in mein Konto"),
    ("de", "@NimbusHelp Schon den dritten Tag ohne Festnetz und Internet"),
    ("es", "@NimbusHelp Llevo 5 días sin internet y nadie me da solución"),
    ("es", "@NimbusHelp la fibra está caída desde el lunes"),
    ("es", "@NimbusHelp una semana sin señal en casa, ¿en serio?"),
    ("es", "@NimbusHelp cuatro días sin fibra, trabajo desde casa"),
    ("es", "@BrightbankCare desde el viernes no puedo entrar en mi cuenta"),
    ("es", "@NimbusHelp tercer día sin servicio, esto es una vergüenza"),
    ("it", "@NimbusHelp Da 4 giorni senza internet, nessuno risponde"),
    ("it", "@NimbusHelp la fibra non funziona da lunedì"),
    ("it", "@NimbusHelp da una settimana senza linea, pago per niente"),
    ("it", "@BrightbankCare da cinque giorni non riesco ad accedere al conto"),
    ("it", "@NimbusHelp internet down da tre giorni, assurdo"),
    ("it", "@NimbusHelp è il terzo giorno senza connessione"),
    ("pt", "@NimbusHelp Estou há 4 dias sem internet e ninguém resolve"),
    ("pt", "@NimbusHelp a fibra está fora do ar desde segunda"),
    ("pt", "@NimbusHelp uma semana sem sinal em casa, absurdo"),
    ("pt", "@BrightbankCare há cinco dias não consigo acessar minha conta"),
    ("pt", "@NimbusHelp terceiro dia sem internet, vergonha"),
    ("pt", "@NimbusHelp internet caiu faz 3 dias e nada"),
    ("en", "@NimbusHelp broadband has been dead for a couple of days now"),
    ("en", "@NimbusHelp internet out for days and still no engineer"),
    ("en", "@BrightbankCare no access to my account since last week"),
    ("fr", "@NimbusHelp plusieurs jours sans internet, aucune info"),
    ("fr", "@NimbusHelp troisième jour sans connexion à la maison"),
    ("fr", "@NimbusHelp la box est HS depuis une semaine"),
    ("de", "@NimbusHelp das WLAN ist seit sechs Tagen tot"),
    ("de", "@NimbusHelp seit letzter Woche kein Internet"),
    ("es", "@NimbusHelp desde hace una semana sin línea fija"),
    ("es", "@NimbusHelp varios días sin señal y nadie me llama"),
    ("it", "@NimbusHelp la linea è caduta da sei giorni"),
    ("it", "@NimbusHelp internet giù da una settimana, vergogna"),
    ("pt", "@NimbusHelp caiu a internet faz uma semana"),
    ("pt", "@NimbusHelp sem energia no modem? não, sem sinal há sete dias"),
    ("en", "@ParceloHelp still no refund after 12 days, where is my money"),
    ("es", "@ParceloHelp llevo una semana esperando el reembolso"),
    ("de", "@BrightbankCare Karte seit fünf Tagen gesperrt, ich komme an kein Geld"),
    ("fr", "@ParceloHelp j'attends mon remboursement depuis une semaine"),
    ("de", "@ParceloHelp warte seit einer Woche auf meine Erstattung"),
    ("it", "@ParceloHelp aspetto il rimborso da una settimana"),
    ("pt", "@ParceloHelp estou esperando o reembolso há uma semana"),
    ("es", "@ParceloHelp espero el reembolso desde hace una semana"),
]
NOT_LOST_FOR_DAYS = [
    ("pt", "@BrightbankCare o dinheiro caiu na conta há 3 dias, obrigado!"),  # money landed, no outage
    ("en", "@ParceloHelp refund arrived after 5 days of waiting, thanks!"),
    ("fr", "@ParceloHelp remboursement reçu en 4 jours, merci"),
    ("en", "@NimbusHelp customer for years, internet dropped for a minute today"),
    ("en", "@NimbusHelp the new app is out now, 3 days of testing and I love it"),
    ("en", "@NimbusHelp in 2 weeks my contract ends, what are my options?"),
    ("fr", "@NimbusHelp depuis 3 heures plus d'internet"),
    ("de", "@NimbusHelp seit 2 Stunden kein Netz, nervig"),
    ("es", "@NimbusHelp desde hace 3 horas sin internet"),
    ("it", "@NimbusHelp senza rete da 2 ore"),
    ("pt", "@NimbusHelp sem internet há 3 horas"),
    ("en", "@NimbusHelp no internet for 4 hours, sort it out"),
    ("fr", "@NimbusHelp la fibre était coupée 2 jours la semaine dernière, réglé depuis, merci"),
    ("de", "@NimbusHelp das Netz war 3 Tage weg, jetzt läuft alles wieder, danke"),
    ("es", "@NimbusHelp estuve 3 días sin internet el mes pasado pero ya funciona, gracias"),
    ("en", "@SkyLarkAir 3 days until my holiday! can't wait 🎉"),
    ("en", "@NimbusHelp fibre installed 2 days ago, works great"),
    ("en", "@NimbusHelp in 4 days I start with you, excited"),
    ("en", "@NimbusHelp had a 5 minute outage yesterday but all good now, thanks"),
    ("en", "@SkyLarkAir 4 days in Lisbon, best trip ever"),
    ("en", "@NimbusHelp signal has been perfect since Monday, thanks for the fix"),
    ("fr", "@NimbusHelp depuis 4 jours je profite de la fibre, top"),
    ("fr", "@NimbusHelp dans 4 jours je passe chez vous !"),
    ("fr", "@NimbusHelp installé il y a 3 jours, la fibre marche super bien"),
    ("fr", "@NimbusHelp depuis lundi la connexion est parfaite, merci"),
    ("de", "@NimbusHelp in 4 Tagen bin ich endlich Kunde bei euch"),
    ("de", "@NimbusHelp seit Montag läuft das Glasfaser super, danke!"),
    ("de", "@NimbusHelp seit 3 Tagen mit Glasfaser, mega schnell"),
    ("es", "@NimbusHelp en 4 días me paso a vosotros, qué ganas"),
    ("es", "@NimbusHelp desde el lunes la fibra va genial, gracias"),
    ("es", "@NimbusHelp hace 3 días que tengo fibra y va de lujo"),
    ("it", "@NimbusHelp tra 4 giorni passo a voi!"),
    ("it", "@NimbusHelp da lunedì la fibra va benissimo, grazie"),
    ("it", "@NimbusHelp da 3 giorni ho la fibra, velocissima"),
    ("pt", "@NimbusHelp em 4 dias começo com vocês!"),
    ("pt", "@NimbusHelp desde segunda a fibra está ótima, obrigado"),
    ("pt", "@NimbusHelp há 3 dias tenho fibra e está voando"),
    ("en", "@NimbusHelp internet was down for 3 hours this morning"),
    ("fr", "@NimbusHelp coupure de 2 heures ce matin, c'est revenu"),
    ("de", "@NimbusHelp Internet war 3 Stunden weg, jetzt geht's wieder"),
    ("es", "@NimbusHelp dos horas sin internet esta tarde"),
    ("it", "@NimbusHelp 2 ore senza linea stamattina"),
    ("pt", "@NimbusHelp fiquei 3 horas sem internet hoje"),
    ("en", "@NimbusHelp been on hold for 2 hours, ridiculous"),
    ("en", "@ParceloHelp my order is 2 hours late"),
    ("it", "@NimbusHelp ore e ore in attesa al telefono"),
    ("en", "@NimbusHelp was there an outage 3 days ago in Leeds?"),
    ("es", "@NimbusHelp ¿hubo una caída hace 2 días?"),
]
CRASH_VERBS = [
    ("it", "@NimbusHelp l'app si pianta sempre 😂"),
    ("it", "@NimbusHelp l'app si blocca ogni volta che pago"),
    ("it", "@BrightbankCare l'app crasha appena la apro"),
    ("fr", "@NimbusHelp l'appli plante à chaque fois 😂"),
    ("fr", "@BrightbankCare votre app crashe au démarrage"),
    ("de", "@NimbusHelp die App stürzt ständig ab 😂"),
    ("de", "@BrightbankCare Eure App hängt sich dauernd auf"),
    ("es", "@NimbusHelp la app se cuelga siempre jaja"),
    ("es", "@BrightbankCare la aplicación se traba cada vez que pago"),
    ("pt", "@NimbusHelp o app trava toda hora kkkk"),
    ("pt", "@BrightbankCare o aplicativo travou de novo"),
    ("pt", "@NimbusHelp o app buga sempre que abro"),
    ("en", "@NimbusHelp the app keeps crashing lol"),
]


@pytest.mark.parametrize(("lang", "text"), LOST_FOR_DAYS)
def test_service_lost_for_days_is_major(lang: str, text: str) -> None:
    a = scored(lang, text)
    assert (a.intent, a.severity) == ("complaint", "major"), (a.intent, a.severity, a.cues)


@pytest.mark.parametrize(("lang", "text"), NOT_LOST_FOR_DAYS)
def test_no_loss_for_days_is_not_major(lang: str, text: str) -> None:
    assert scored(lang, text).severity != "major"


@pytest.mark.parametrize(("lang", "text"), CRASH_VERBS)
def test_informal_crash_verbs_are_complaints(lang: str, text: str) -> None:
    a = scored(lang, text)
    assert a.intent == "complaint", (a.intent, a.label, a.cues)


@pytest.mark.parametrize(
    "text",
    [
        "depuis 4 jours avec la fibre coupée",
        "cinq jours sans réseau",
        "a week without broadband",
        "for the third day",
        "seit Tagen",
        "da una settimana",
        "desde el lunes",
        "desde segunda",
        "seit letzter Woche",
        "a couple of days",
    ],
)
def test_lasting_for_days(text: str) -> None:
    assert lasting_for_days(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "3 days until my holiday",
        "in 4 days I start with you",
        "dans 4 jours je passe chez vous",
        "tra 4 giorni passo a voi",
        "em 4 dias começo",
        "customer for years",
        "installed 2 weeks ago",
        "il y a 3 jours",
        "depuis 3 heures",
    ],
)
def test_not_lasting_for_days(text: str) -> None:
    assert not lasting_for_days(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "la fibre est coupée",
        "Glasfaser seit Montag ausgefallen",
        "la fibra está caída",
        "caiu a internet",
        "fibre has been out",
        "das Internet ist seit fünf Tagen weg",
    ],
)
def test_service_gone(text: str) -> None:
    assert service_gone(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    ["the new app is out now", "my card is out of date", "o dinheiro caiu na conta", "nouvelle coupe de cheveux"],
)
def test_service_not_gone(text: str) -> None:
    assert not service_gone(normalise(text).tokens)


def test_refund_awaited_is_lost() -> None:
    assert service_lost(normalise("warte seit einer Woche auf meine Erstattung").tokens)
    assert not service_lost(normalise("Erstattung kam nach einer Woche, danke").tokens)


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp seit 5 Tagen kein Nimbus Fibre, ich arbeite im Homeoffice.",
        "@NimbusHelp seit 5 Tagen keine Glasfaser",
        "@NimbusHelp depuis 3 jours sans fibre",
        "@NimbusHelp da 4 giorni senza rete",
        "@NimbusHelp há 5 dias sem internet",
    ],
)
def test_no_network_for_days_said_with_a_word_for_none_is_major(text: str) -> None:
    assert service_gone(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp seit 5 Tagen kein Problem mit dem Netz, danke",
        "@NimbusHelp zero wifi problems for 5 days, impressed",
        "@NimbusHelp sin problemas de red desde hace 3 días, gracias",
    ],
)
def test_no_trouble_with_the_network_is_no_service_gone(text: str) -> None:
    assert not service_gone(normalise(text).tokens)
