#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (long hand-written texts; en dashes and arrows are intended)
"""Generate mentionflow's sample data set (deterministic, seed 20261120).

Every mention text below was written by hand for this project; nothing is
copied from any public data set.  This script only adds the mechanical parts
(ids, author ids, follower counts, engagement, urls, seconds of jitter), orders
the mentions by arrival, inserts the deliberate exact replays, and writes:

  src/mentionflow/data/sample_mentions.jsonl   raw mention v1, arrival order
  src/mentionflow/data/customers.jsonl         customer directory
  tests/data/sample_expectations.yaml          hand labels + dedup/incident ground truth

Run from the repository root:  python scripts/make_sample.py
Re-running produces byte-identical files.  Edit texts/labels here, not in the
generated files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SEED = 20261120
DAY = "2026-11-20"
START = dt.datetime(2026, 11, 20, 9, 0, 0, tzinfo=dt.UTC)
END = dt.datetime(2026, 11, 20, 11, 0, 0, tzinfo=dt.UTC)
ROOT = Path(__file__).resolve().parents[1]

BRAND_SLUG = {"sky": "skylark-air", "nim": "nimbus-mobile", "par": "parcelo", "bri": "brightbank"}
BRAND_TW = {"sky": "SkyLarkAir", "nim": "NimbusMobile", "par": "ParceloEats", "bri": "Brightbank"}
FB_PAGE = {"sky": "104857362910", "nim": "118204476633", "par": "131990245871", "bri": "109336518204"}
INTENT = {
    "C": "complaint/major",
    "c": "complaint/minor",
    "q": "question",
    "p": "praise",
    "r": "rant",
    "s": "spam",
    "o": "other",
}
B36 = string.digits + string.ascii_lowercase
B64 = string.ascii_letters + string.digits + "-_"


@dataclass
class Ent:
    b: str | None  # brand key (None = several brands / none)
    i: str  # rough intent code, see INTENT
    ch: str  # channel
    who: str  # author handle (unique per channel)
    text: str
    t: str | None = None  # "HH:MM:SS" or None (jittered into the window)
    lang: str = "en"  # true language
    key: str | None = None
    lab: tuple | None = None
    reply: str | None = None  # key of a sample mention, or "ext" (brand post not in the sample)
    eng: tuple | None = None  # (likes, reposts, replies)
    inc: bool = False  # part of the outage incident
    fol: int | None = None
    ver: bool = False
    sub: str | None = None  # subreddit
    lang_emit: str | None = None  # force the platform lang tag (e.g. a mis-tag)
    brand_emit: bool | None = None
    repost_of: str | None = None
    seq: int = 0
    ts: dt.datetime | None = None
    id: str | None = None
    extra: dict = field(default_factory=dict)


E: list[Ent] = []
REPLAYS: list[tuple[str, str]] = []  # (key, arrival HH:MM:SS)
NEAR_DUPS: list[tuple[str, str]] = []  # (first key, second key)


def m(b, i, ch, who, text, t=None, **kw) -> Ent:
    e = Ent(b=b, i=i, ch=ch, who=who, text=text, t=t, **kw)
    e.seq = len(E)
    E.append(e)
    return e


def rp(who, of, t, **kw) -> Ent:
    """Twitter retweet of the mention with key `of`."""
    return m(None, "?", "twitter", who, "", t, repost_of=of, **kw)


def L(queue, prio, intent, sev=None, cat=None, why=""):
    return (queue, prio, intent, sev, cat, why)


# Label shorthands ---------------------------------------------------------
def CRISIS(cat, why, intent="complaint", sev="major"):
    return L(
        "crisis", "P1", intent, sev if intent == "complaint" else None, cat if intent == "complaint" else None, why
    )


def ESC(cat, why, prio="P2"):
    return L("care-escalations", prio, "complaint", "major", cat, why)


def T1(cat, why):
    return L("care-tier1", "P3", "complaint", "minor", cat, why)


def T1Q(why):
    return L("care-tier1", "P3", "question", why=why)


def SELF(why):
    return L("self-service", "P4", "question", why=why)


def ADV(why):
    return L("marketing-advocacy", "P4", "praise", why=why)


def SAFE(cat, why, prio=("P1", "P2")):
    """Harm and safety: the safety queue, at least P2 (P1 when severe or amplified)."""
    return L("safety-escalations", list(prio) if isinstance(prio, tuple) else prio, "complaint", "major", cat, why)


def NORESP(intent, why):
    return L("no-response", "P4", intent, why=why)


# Hand-written data below: one mention per call, kept compact on purpose.
# fmt: off
# ===========================================================================
# 1. The Nimbus Mobile outage in Greater Manchester (onset 09:47:10Z)
# ===========================================================================
N = "nim"
m(N, "q", "twitter", "bristol_ellie", "is Nimbus down? no mobile data in Bristol since I woke up. calls seem fine", "09:21:04", key="nim_bristol")
m(N, "C", "twitter", "k_ashworth", "@NimbusHelp no signal at all in Manchester city centre?? phone just says SOS only", "09:47:10", inc=True, key="out_onset",
  lab=CRISIS("outage", "first report of the Greater Manchester outage: total loss of service, ~40 people follow within 15 min"))
m(N, "C", "twitter", "dannyp_mcr", "Is Nimbus down?? Can't make calls in Ancoats", "09:47:38", inc=True, key="out_danny1")
m(N, "C", "twitter", "lucyinthesky_91", "@NimbusMobile network down in Manchester? Nothing for the last 10 min", "09:48:02", inc=True,
  lab=CRISIS("outage", "outage report inside the incident window; attaches to the Manchester incident case"))
m(N, "C", "twitter", "tomhalliwell", "no signal, no data, nothing. nimbus what's going on #manchester", "09:48:25", inc=True)
m(N, "C", "twitter", "steph_on_the_go", "Anyone else on Nimbus in Salford lost signal completely? Restarted my phone twice", "09:48:51", inc=True)
m(N, "C", "twitter", "mum_of_3_didsbury", "@NimbusHelp I literally can't call my kid's school. No service at all in Didsbury. Please tell me you know about this", "09:49:14", inc=True)
m(N, "C", "twitter", "j_mcgarry", "nimbus down in stockport too?", "09:49:40", inc=True)
m(N, "C", "twitter", "raj_codes", "@NimbusHelp outage in M1? Calls fail instantly, data shows 'E' for a second then nothing", "09:50:03", inc=True)
m(N, "C", "twitter", "dannyp_mcr", "Is Nimbus down??? still can't make calls in Ancoats, anyone?", "09:50:12", inc=True, key="out_danny2")
NEAR_DUPS.append(("out_danny1", "out_danny2"))
m(N, "C", "facebook", "Sandra Whitlow", "No signal in Bury since about quarter to ten. I work from home and can't even use my phone as a hotspot. When will this be fixed?", "09:50:20", inc=True, brand_emit=True)
m(N, "C", "twitter", "bex_draws", "Phone just says 'No Service'. On Nimbus. Manchester. Anyone?", "09:50:41", inc=True)
m(N, "C", "twitter", "chorlton_design_co", "@NimbusHelp our whole office has no signal, we're all on Nimbus business lines. Chorlton. Clients can't reach us. Urgent please", "09:51:05", inc=True, fol=2810, key="out_business",
  lab=CRISIS("outage", "business customer hit by the network-wide outage; part of the incident"))
m(N, "C", "twitter", "mikey_b_mufc", "can't call, can't text, can't get online. cheers @NimbusMobile 🙃", "09:51:22", inc=True)
m(N, "C", "twitter", "aisling_r", "wifi calling is the only thing working. mobile network completely dead in manchester @NimbusHelp", "09:51:50", inc=True)
m(N, "C", "twitter", "connor_w", "NIMBUS IS DOWN. not just me then", "09:52:09", inc=True)
m(N, "C", "twitter", "carer_jen", "@NimbusHelp I'm a carer and my client's pendant alarm rings through to my phone. No signal in Levenshulme. This is genuinely dangerous, please fix it", "09:52:31", inc=True, key="out_carer",
  lab=SAFE("outage", "outage report with a safety angle (care alarm routed to a dead phone)", "P1"))
m(N, "r", "twitter", "gazza_rants", "told you all nimbus was garbage. told you. TOLD YOU.", "09:52:44", key="rant_gazza_outage")
m(N, "C", "twitter", "ged_wythenshawe", "is @NimbusHelp down? my dad can't ring me from Wythenshawe and he's 90", "09:52:58", inc=True)
m(N, "C", "twitter", "ameliaj", "zero bars in Piccadilly station on Nimbus. everyone around me on other networks is fine", "09:53:12", inc=True)
m(N, "q", "twitter", "mcr_newsdesk_jo", "We're getting a lot of reports of Nimbus Mobile customers across Greater Manchester losing all signal this morning. @NimbusHelp can you confirm an outage? If you're affected, reply and tell us where you are.", "09:53:30", inc=True, key="out_press", fol=121400, ver=True, eng=(1900, 640, 410),
  lab=CRISIS(None, "verified newsdesk (121k followers) asking publicly about the outage: media enquiry during an incident", intent="question"))
m(N, "C", "twitter", "hulme_harriet", "@mcr_newsdesk_jo @NimbusHelp Hulme here, nothing since about 9:45", "09:53:55", inc=True, reply="out_press")
m(N, "C", "twitter", "hana_obi", "home broadband on Nimbus Fibre is fine but mobile is completely dead. Manchester. @NimbusHelp", "09:54:05", inc=True)
m(N, "C", "twitter", "lostsignal_lee", "lost signal on nimbus about 9:45, still nothing. manchester. please fix", "09:54:18", inc=True)
rp("mcr_bites", "out_press", "09:54:40", fol=18300)
m(N, "C", "twitter", "vale_ortiz", "Sin señal de Nimbus en Manchester desde hace 15 minutos. ¿A alguien más le pasa?", "09:54:52", inc=True, lang="es",
  lab=CRISIS("outage", "Spanish-language report of the same outage, inside the incident window"))
m(N, "C", "twitter", "northern_quarter_coffee", "Nimbus is down in Manchester and our card machine runs on a Nimbus SIM. Cash only until further notice ☕ @NimbusHelp", "09:55:10", inc=True, fol=3420)
m(N, "C", "twitter", "pete_in_sale", "@NimbusHelp hi, no service on my phone in Sale since about quarter to ten. Is it a mast problem?", "09:55:33", inc=True)
m(N, "C", "twitter", "zara_k", "Outage?? @NimbusHelp Oxford Road, no network at all", "09:55:59", inc=True)
rp("manc_updates", "out_press", "09:56:10", fol=9400)
m(N, "C", "twitter", "shaz_m", "any Nimbus users in manchester got signal? mine's gone completely", "09:56:24", inc=True)
m(N, "C", "twitter", "eccles_cake_fan", "hey @NimbusHelp network down in Eccles, can't even send a text", "09:56:47", inc=True)
m(N, "C", "reddit", "throwaway_mcr_88", "Nimbus Mobile down across Manchester? Lost all signal around 09:45. Tried airplane mode, took the SIM out, restarted. Nothing. Friends on other networks are fine. Anyone know what's going on?", "09:57:05", inc=True, sub="manchester", extra={"post": True})
m(N, "C", "twitter", "nat_r_", "@NimbusHelp your status page says 'all services operating normally'. There is literally no signal in Manchester. Update it please", "09:57:20", inc=True)
m(N, "C", "twitter", "oli_brennan", "my phone's been on SOS for 15 minutes. Nimbus, Manchester. outage or is my phone dying?", "09:57:44", inc=True)
m(N, "C", "twitter", "kezia_t", "Nimbus network down in Manchester 😤 just missed the call back for a job interview", "09:58:01", inc=True)
m(N, "C", "twitter", "juliette_mcr", "Pas de réseau Nimbus à Manchester ce matin ?? Impossible d'appeler qui que ce soit @NimbusHelp", "09:58:19", inc=True, lang="fr")
m(None, "o", "twitter", "friday_mood_fi", "Friday so far: SkyLark delayed my sister, Nimbus has no signal, Parcelo breakfast 40 min late. Brightbank the only thing working lol", "09:58:30")
m(N, "C", "twitter", "alty_andy", "@NimbusMobile any ETA on the outage in Greater Manchester? No calls or data in Altrincham", "09:58:40", inc=True)
m(N, "C", "twitter", "pri_sharma", "just me or is Nimbus not working at all in Manchester?", "09:59:02", inc=True)
m(N, "C", "twitter", "rochdale_ray", "nimbus dead again lol. rochdale", "09:59:25", inc=True)
m(N, "C", "instagram", "maddie.moves", "Day off and no signal anywhere in Manchester on Nimbus 🙄 #nimbusdown", "09:59:48", inc=True)
rp("sam_jenner", "out_press", "10:00:05")
m(N, "C", "twitter", "carl_hyde", "Calls dropping then 'no service'. Nimbus, Manchester. #nimbusdown", "10:00:12", inc=True)
m(N, "C", "twitter", "urmston_nina", "@NimbusHelp was on hold to my GP, call dropped and now no signal at all. Urmston. I needed that appointment", "10:00:37", inc=True)
m(N, "C", "twitter", "mo_hussain", "Nimbus mobile data and calls down in Manc. Sorting it any time soon? @NimbusMobile", "10:00:58", inc=True)
m(N, "C", "twitter", "tash_levy", "@NimbusHelp phone will only do emergency calls. Manchester. I need to ring my mum's care home, what am I supposed to do?", "10:01:20", inc=True)
m(N, "C", "twitter", "ben_whittaker", "Nimbus down in Manchester, no signal in Stretford either", "10:01:50", inc=True)
# stragglers after the first burst
m(N, "C", "twitter", "suebradley", "still no Nimbus signal in Manchester. 20+ minutes now. @NimbusHelp any updates?", "10:09:30", inc=True)
m(N, "C", "forum", "Chris_M", "Mobile outage Greater Manchester - no service since approx 09:45. M1, M14, M20 and M33 all affected in our family group chat (on wifi). Any official update? Status page is still green.", "10:16:45", inc=True)
m(N, "C", "twitter", "salford_quays_lad", "40 minutes with no signal in Salford. @NimbusHelp will we be compensated for this?", "10:27:20", inc=True)
m(N, "C", "email", "f.kowalski@example.com", "Subject: No service in Manchester\n\nHello, my phone has had no service since 9:45 this morning (Levenshulme). I rely on it for work. Is this a known fault and when will it be fixed? Frank Kowalski", "10:33:05", inc=True)
# restoration
m(N, "p", "twitter", "mum_of_3_didsbury", "signal back in Didsbury! thanks to whoever fixed it @NimbusHelp", "10:52:10", key="out_restored1")
m(N, "c", "twitter", "raj_codes", "Back up in M1. An explanation would be nice though @NimbusHelp", "10:55:30", key="out_restored2")

# ===========================================================================
# 2. The three viral complaints and one viral praise post
# ===========================================================================
S, P, B = "sky", "par", "bri"
m(S, "C", "twitter", "tessa_roams", "@SkyLarkAir cancelled our 07:10 Lisbon → London flight with no warning. Two kids under 5, no hotel, no rebooking until MONDAY, and the desk staff just walked away. 200 people on the floor of Terminal 1. Absolutely shameful. #SkyLark", "09:12:40", key="viral_sky", fol=215300, ver=True, eng=(8400, 2100, 960),
  lab=CRISIS(None, "cancellation stranding families, from a verified 215k-follower author, going viral"))
rp("travel_mole_uk", "viral_sky", "09:14:05", fol=8200)
rp("jen_from_leeds", "viral_sky", "09:17:30")
rp("familytravelhacks", "viral_sky", "09:22:11", fol=43100, ver=True)
rp("wayne_k", "viral_sky", "09:31:48")
rp("lisbonexpats", "viral_sky", "09:50:02", fol=12600)
m(S, "C", "twitter", "tessa_roams", "Update: three hours later and still nobody from @SkyLarkAir here. Another family has just been told to 'try the website'. We found a hotel ourselves, €340. I'll be claiming every cent.", "10:05:19", reply="viral_sky", fol=215300, ver=True, eng=(3100, 540, 300), key="viral_sky_update")
rp("marco_p", "viral_sky", "10:12:37")

m(B, "C", "twitter", "hannah_writes", "@BrightbankCare froze my account 'for a security review' the same morning my salary landed. Rent is due Monday. Three hours on chat and all I get is 'we can't give a timeline'. I have £2.40 in cash. What exactly am I supposed to do?", "09:26:15", key="viral_bri", fol=1870, eng=(5600, 1700, 820))
rp("lauren_j", "viral_bri", "09:29:02")
rp("mo_abdi", "viral_bri", "09:38:44")
rp("fin_doomer", "viral_bri", "09:44:10")
rp("kate_is_tired", "viral_bri", "10:03:27")
rp("rentersunion_north", "viral_bri", "10:35:51", fol=6900)

m(P, "C", "twitter", "jonno_bakes", "Whole family has been throwing up since last night after a @ParceloEats order from Golden Wok Express on Mill Road. My 6 year old is in A&E right now. Parcelo's chat bot offered me a £5 voucher. A FIVE POUND VOUCHER.", "09:35:50", key="viral_par", fol=4230, eng=(3100, 900, 450),
  lab=SAFE("other", "suspected food poisoning with a child in A&E: health and safety, already spreading", "P1"))
rp("mill_road_mums", "viral_par", "09:39:12", fol=2140)
rp("dan_the_chef", "viral_par", "09:42:30")
rp("kelly_b", "viral_par", "09:58:47")
rp("jayden99", "viral_par", "10:21:05")
rp("cambridge_eats_guide", "viral_par", "10:48:19", fol=15800)

m(S, "p", "twitter", "gracie_mum", "Huge thanks to the cabin crew on SL 119 from Edinburgh. My daughter had a panic attack on descent and they were so calm and kind with her. @SkyLarkAir you've got good people.", "10:18:20", key="viral_praise", fol=640, eng=(920, 140, 60),
  lab=ADV("specific, heartfelt praise of a named flight's crew: thank and amplify"))
rp("cabin_crew_life", "viral_praise", "10:24:30", fol=27400)
rp("anxious_flyer_club", "viral_praise", "10:41:10", fol=3900)

# ===========================================================================
# 3. SkyLark Air background
# ===========================================================================
m(S, "C", "twitter", "mateo_ruiz_", "@SkyLarkHelp bag didnt arrive on SL412 from Madrid last night, ref MADSL18832, says 'located' but nobody picks up. work laptop is in it", "09:08:02", key="sky_bag1",
  lab=ESC(None, "lost/delayed checked bag with a file reference and no answer from the baggage line"))
m(S, "C", "twitter", "mateo_ruiz_", "@SkyLarkHelp my bag didn't arrive on SL 412 from Madrid last night. Ref MADSL18832 says 'located' but nobody picks up the phone. My work laptop is in it. Please help.", "09:11:40", key="sky_bag2")
NEAR_DUPS.append(("sky_bag1", "sky_bag2"))
m(S, "C", "twitter", "callum_frasier", "Flight SL 207 to Berlin cancelled last night and the app rebooked me for SUNDAY. I'm best man at a wedding tomorrow at 2pm. @SkyLarkAir what are my options, seriously", "09:05:33", key="sky_wedding",
  lab=ESC(None, "cancelled flight, rebooked two days late for a wedding tomorrow: major, time-sensitive"))
m(S, "C", "twitter", "priya_v_k", "@SkyLarkAir you charged me twice for seat selection, £24 and £24 on my card, booking QX7P2L. Please refund the duplicate.", key="sky_charged",
  lab=ESC("billing", "charged twice, amounts and booking reference given"))
m(S, "C", "twitter", "glenn_oshea", "11 weeks waiting for a refund from @SkyLarkAir for a flight YOU cancelled. £612. Every email gets the same auto-reply. Third complaint now.",
  lab=ESC("billing", "£612 refund 11 weeks overdue after an airline cancellation"))
m(S, "C", "twitter", "ciara_dub", "Denied boarding at Dublin gate B22 because the flight was overbooked. No compensation offered, agent literally said 'not my problem'. @SkyLarkHelp I'm still standing here.",
  lab=ESC("staff", "denied boarding on an overbooked flight, passenger still at the gate"))
m(S, "C", "twitter", "jkhanna_travels", "60+ segments with @SkyLarkAir this year on Lark Platinum and today I'm stuck in Frankfurt: missed my connection because SL 655 sat on the tarmac for an hour, transfer desk is empty. Not the loyalty I expected.", "09:43:21", key="sky_platinum", fol=1320,
  lab=ESC(None, "stranded mid-journey and a Lark Platinum / platinum-tier customer (see customers.jsonl): major + high value", prio="P1"))
m(S, "C", "twitter", "wheels_and_words", "My wheelchair came off SL 988 with a bent frame. It's my legs. I can't get around my own flat now. @SkyLarkAir @SkyLarkHelp who do I talk to", fol=5200)
m(S, "C", "twitter", "ollie_gatwick", "Rebooked 3 times, now sitting in Gatwick with a 'pending' boarding pass and no seat. @SkyLarkHelp can anyone actually help or is it just bots")
m(S, "C", "twitter", "spin_cycle_sam", "SkyLark lost my bike box on the way to Mallorca. Training camp starts tomorrow. Ref PMISL07731. Not happy.")
m(S, "c", "twitter", "harriet_commutes", "SL 530 delayed 25 minutes. Again. Every single Friday @SkyLarkAir, maybe just change the timetable?", "10:22:00", key="sky_delay1",
  lab=L("care-tier1", "P2", "complaint", "minor", "delay", "25-minute delay, annoyed regular: minor (gold: one tier tighter)"))
m(S, "c", "twitter", "harriet_commutes", "SL 530 delayed 25 mins. AGAIN. Every Friday @SkyLarkAir. Just change the timetable #skylark", "10:25:10", key="sky_delay2")
NEAR_DUPS.append(("sky_delay1", "sky_delay2"))
m(S, "c", "twitter", "nk_dev", "The SkyLark app crashes every time I try to add my passport details. iPhone, latest version.",
  lab=T1("defect", "app crash on one flow, no travel disruption yet"))
m(S, "c", "facebook", "Victoria Lang", "coffee was lukewarm and they'd run out of the veggie option by row 12. not the end of the world but come on @SkyLarkAir")
m(S, "c", "twitter", "linda_ferg", "Gate agent at Gatwick North was really short with an elderly couple in front of me who didn't understand the bag sizer. Not a great look @SkyLarkAir",
  lab=T1("staff", "rudeness observed at the gate, no lasting harm"))
m(S, "c", "twitter", "chrisp_1984", "Boarding at gate 14 was a free-for-all. No announcements, no groups, just a scrum. @SkyLarkAir")
m(S, "c", "instagram", "tall.tom.travels", "3 hour flight with a broken recline in 23C. small thing but still")
m(S, "c", "twitter", "rosie_m_k", "Why does SkyLark charge £12 to print a boarding pass at the desk when it's YOUR app that won't load mine 🙃")
m(S, "c", "facebook", "Andrew Baird", "Waited 35 min for bags at Edinburgh off SL 120. Carousel kept stopping and starting.")
m(S, "c", "twitter", "megabytes_meg", "@SkyLarkAir the onboard wifi is a joke. Paid £7, got one email out in 2 hours")
m(S, "c", "twitter", "daisy_in_transit", "The SkyLark check-in email went to spam and then the app logged me out twice. Small things but it adds up")
m(S, "q", "twitter", "bethany_lou", "@SkyLarkAir how do I change my seat after I've checked in?", "09:15:48", key="sky_seat_q",
  lab=SELF("generic how-to with a help article (seat change after check-in)"))
m(S, "q", "twitter", "kwame_a", "Hi @SkyLarkHelp what's the cabin bag size on Basic fares? Want to avoid the gate fee",
  lab=SELF("baggage allowance lookup, answerable with a link"))
m(S, "q", "reddit", "strummer_joe", "Can you take a guitar in the cabin with SkyLark or does it need its own seat?", sub="travel")
m(S, "q", "twitter", "anna_plans_trips", "@SkyLarkHelp what's the refund policy if I cancel 48h before? It's a non-flex fare, just want to know before I book",
  lab=SELF("policy question before booking, no account action needed"))
m(S, "q", "twitter", "dev_patel_", "@SkyLarkHelp my flight tomorrow says 'schedule change' but the app doesn't say what changed. Booking 8KD2RT, could someone check?", "09:38:00",
  lab=T1Q("needs an agent to look at a specific booking; not a complaint yet"))
m(S, "q", "twitter", "points_pete", "Forgot to add my Lark Rewards number to last week's flight. Can I still claim the points?")
m(S, "q", "twitter", "lottie_runs", "Is the SkyLark app down? Boarding pass won't load and my flight's in 2 hours")
m(S, "q", "twitter", "coeliac_carla", "@SkyLarkAir do you do special meals on short-haul? Need gluten free for Friday")
m(S, "q", "facebook", "Luisa Marques", "Does SkyLark still fly to Porto in the winter?")
m(S, "q", "twitter", "early_bird_em", "@SkyLarkHelp how early does bag drop open at Manchester T1?")
m(S, "q", "reddit", "frequent_faro", "SkyLark cancelled my Bristol to Faro flight and offered a rebooking 3 days later. Am I owed compensation on top, or just the rebooking? Never had this happen before.", sub="travel", extra={"post": True})
m(S, "q", "twitter", "hmm_plus", "Is SkyLark Plus actually worth it for priority boarding? Anyone tried it?")
m(S, "p", "twitter", "rich_m_", "Refund from @SkyLarkAir landed in 4 days. Was fully ready for a fight. Nice one 👏",
  lab=ADV("unprompted praise for a fast refund"))
m(S, "p", "instagram", "happyflyer.kat", "Landed 20 minutes early, friendly crew, actually decent sandwich. More of this please @SkyLarkAir ✈️")
m(S, "p", "twitter", "sophie_n_w", "@SkyLarkHelp thanks Marco for sorting the name on my ticket so quickly, really appreciated",
  lab=ADV("thanks a named agent: pass on to the team and like/reply"))
m(S, "p", "instagram", "wanderlust.bea", "sunset over the Alps from 3A 🧡 thanks @skylarkair for the window seat")
m(S, "p", "facebook", "Tom Reddy", "pilot on SL 302 did a proper commentary on the approach over the city, the kids loved it")
m(S, "p", "facebook", "Gemma Holt", "Just wanted to say the ground staff at Faro were brilliant when our son's passport went missing at security. Found it within 20 minutes. Thank you!", brand_emit=True)
m(S, "o", "twitter", "cabin_hopeful", "Anyone know if SkyLark are hiring cabin crew out of Manchester?")
m(S, "o", "youtube", "Greg Travels Light", "Flew SkyLark Lisbon to Bristol last month, honestly fine for the price. Legroom's tight if you're over 6ft.")
m(S, "o", "twitter", "aviation_wire", "SkyLark Air announces new winter routes to Tromsø and Kraków from Bristol, starting January", fol=31200, ver=True)
m(S, "c", "review", "Helen T.", "★★☆☆☆ Flight itself was fine but a 2 hour delay at Bristol with no updates and no voucher was poor. The app said 'on time' until we were already at the gate.")
m(S, "C", "email", "ana.ribeiro@example.com", "Subject: Complaint SLC-220187 - third request\n\nHello, I am writing for the third time about complaint SLC-220187. My mother was not given the wheelchair assistance we booked at Lisbon and had to walk the whole terminal. She is 84. Nobody has replied. Regards, Ana Ribeiro")
m(S, "c", "twitter", "nomad_nadia", "@SkyLarkAir 40 minutes on hold, then 'we are experiencing high call volumes, goodbye'. Cool.")
m(S, "q", "twitter", "connecting_colin", "@SkyLarkHelp if my connecting flight is delayed will I be rebooked automatically or do I have to queue?")
m(S, "C", "twitter", "bristol_bound_bo", "@SkyLarkAir cancelled SL 771 with 2 hours notice, no hotel, no meal vouchers, told to 'check the app'. There are about 40 of us at Bristol. Really?")
m(S, "o", "twitter", "dev_patel_", "@SkyLarkHelp DM sent with my booking ref", "09:44:30", reply="ext")
m(S, "r", "instagram", "angry.traveller.22", "😡😡✈️💸💸", reply="ext", brand_emit=True, lang="und", lang_emit="und")
m(S, "o", "twitter", "planespotter_mo", "SkyLark's new livery on the A321 at Bristol this morning looks sharp")

# ===========================================================================
# 4. Nimbus Mobile background (non-outage)
# ===========================================================================
m(N, "C", "twitter", "gail_pearson", "@NimbusHelp charged twice for my November bill, £42.50 on the 1st and again on the 3rd. I need the duplicate back, that's my electric money", "09:09:40", key="nim_charged1",
  lab=ESC("billing", "charged twice, hardship mentioned"))
m(N, "C", "twitter", "gail_pearson", "@NimbusHelp correction: £42.50 taken on the 1st AND again on the 3rd of November. Charged twice. Need the duplicate refunded please, it's my electric money", "09:12:05", key="nim_charged2")
NEAR_DUPS.append(("nim_charged1", "nim_charged2"))
m(N, "C", "twitter", "bazza_baker", "Cancelled my Nimbus contract in August (ref NM-448120) and you've just taken another £35 by direct debit. Refund it please @NimbusHelp", "09:30:12",
  lab=ESC("billing", "billed after cancellation, reference supplied"))
m(N, "C", "twitter", "ellen_on_tour", "£89 roaming charge from @NimbusMobile for 3 days in Spain when I'm on the Roam Easy add-on that I PAY for every month. Explain?")
m(N, "C", "twitter", "josh_porting", "Ported my number to @NimbusMobile 5 days ago and it still doesn't work. Can't get my bank's 2FA codes, can't log into anything. This is ruining my week",
  lab=ESC("account", "number port stuck for 5 days, locked out of banking 2FA"))
m(N, "C", "twitter", "wfh_wendy", "Nimbus Fibre engineer no-showed for the third time. I work from home, that's 9 days without internet now. @NimbusHelp")
m(N, "C", "twitter", "kieran_b", "@NimbusHelp someone's done a SIM swap on my account overnight. I never asked for a new SIM. My phone has no service and my bank's texts are going somewhere else. HELP", "09:18:22", key="nim_simswap")
m(N, "C", "twitter", "marcus_d_", "Nimbus sent debt collectors after me for a £12 'final bill' I already paid. I have the receipt. Sort your systems out @NimbusMobile")
m(N, "c", "twitter", "faceid_fiona", "The My Nimbus app logs me out every single time I open it. Face ID is on, still logs out. minor but maddening",
  lab=T1("defect", "app annoyance, no loss of service"))
m(N, "c", "twitter", "leeds_loiner", "@NimbusHelp 4G has been crawling in Leeds city centre all week, like 0.3 Mbps. Anything going on?", key="nim_leeds_4g")
m(N, "c", "twitter", "holdmusic_hal", "40 mins on hold to Nimbus then the line just cut. Brilliant.")
m(N, "c", "twitter", "ruth_anne_", "Nimbus chat agent just kept pasting the same script at me and then closed the chat. bit rude tbh",
  lab=T1("staff", "poor chat experience, no concrete loss"))
m(N, "c", "forum", "evening_dropouts", "broadband keeps dropping for about 30 seconds every evening around 8. @NimbusHelp is that a known thing?")
m(N, "q", "twitter", "penny_counts", "@NimbusHelp my bill went up £3 this month, is that the annual price rise or something else?",
  lab=T1Q("account-specific billing question that needs an agent to look"))
m(N, "q", "twitter", "new_phone_nick", "@NimbusHelp how do I activate an eSIM on my new phone?",
  lab=SELF("standard eSIM activation how-to"))
m(N, "q", "twitter", "data_dora", "How do I check how much data I've got left on Nimbus? Is there a text code?",
  lab=SELF("data balance lookup, help article"))
m(N, "q", "facebook", "Tim Okafor", "@NimbusHelp does Nimbus Unlimited include roaming in the US or is that extra?")
m(N, "q", "twitter", "leaving_lewis", "Can I get my PAC code from Nimbus by text or do I have to ring up and be talked out of leaving?")
m(N, "q", "twitter", "mum_of_teen", "@NimbusHelp is there a way to put a spending cap on my son's SIM?")
m(N, "p", "twitter", "alfie_g", "Shout out to Priya at @NimbusHelp who fixed my broadband in 10 minutes after 2 weeks of runaround. Absolute legend.",
  lab=ADV("thanks a named agent after a resolved issue"))
m(N, "p", "review", "Kay D.", "★★★★★ Nimbus signal on the train from Leeds to London has been brilliant lately, didn't drop once")
m(N, "p", "twitter", "reset_ruby", "@NimbusHelp thanks for the quick reply, router reset did it. all working 👍", reply="ext")
m(N, "p", "facebook", "Dev Chauhan", "Switched to Nimbus last month. Half the price of my old network and honestly better signal at home. No complaints.")
m(N, "o", "twitter", "redland_rach", "Thinking of moving to Nimbus. Anyone in Bristol use them? Is the signal ok in Redland?")
m(N, "o", "twitter", "bazza_baker", "@NimbusHelp DM'd you my account number", "09:37:05", reply="ext")
m(N, "o", "reddit", "simo_saver", "Nimbus 30-day SIM-only deal vs keeping my contract: worth switching? Currently paying £22/month for 10GB and barely use it.", sub="UKPersonalFinance", extra={"post": True})
m(N, "C", "forum", "fibre_frank", "Nimbus Fibre speeds dropped from 500 to 40 Mbps since Tuesday. Line test shows no fault. I'm paying for 500. Third ticket raised and nobody has called back.")
m(N, "c", "review", "Owen P.", "★★☆☆☆ Coverage is okay in town but dead in my village. Customer service is polite but can't actually fix anything.")
m(N, "c", "twitter", "lost_in_menus", "nimbus app update moved everything around again, can't find my bills now")
m(N, "C", "facebook", "Maureen Gilchrist", "I'm 78 and Nimbus have sent me a new SIM card I didn't ask for and now my phone says No SIM. My daughter lives in Canada and I can't call her. Can someone please help me.", brand_emit=True)
m(N, "q", "youtube", "Ravi Menon", "does this deal work for existing customers or just new ones?", brand_emit=True)
m(N, "C", "email", "d.mensah@example.com", "Subject: Insurance I never agreed to\n\nDear Nimbus, I have been billed for handset insurance I never agreed to since March (£7.99/month, 8 months). I want a full refund of £63.92. Account 7741-2208. Regards, D. Mensah",
  lab=ESC("billing", "months of unauthorised charges, refund amount and account given"))
m(N, "c", "instagram", "north.nomad", "your ad says 'fastest network in the north' but my phone disagrees 😂 @nimbusmobile")
m(N, "o", "twitter", "earworm_eve", "lol the Nimbus hold music is stuck in my head now")
m(N, "c", "twitter", "bill_watcher", "@NimbusHelp why is my bill £112 this month\u0007\u0007\u0007 \u202e!!ti xif esaelp\u202c")
m(N, "c", "twitter", "commuter_cal", "Nimbus signal on the 8:12 from Huddersfield is basically non-existent between stations. Every day.")

# ===========================================================================
# 5. Parcelo background
# ===========================================================================
m(P, "C", "twitter", "sal_the_student", "@ParceloEats charged me £38.40 for an order the restaurant cancelled. 6 days later and still no refund. Order PX-219884.",
  lab=ESC("billing", "paid for a cancelled order, refund 6 days overdue"))
m(P, "C", "twitter", "lina_hughes", "Parcelo rider marked my order delivered and it never came, photo is a different door. £45 gone @ParceloEat", "10:02:15", key="par_missing1",
  lab=ESC("delivery", "order marked delivered but never received, photo proof of wrong door"))
m(P, "C", "twitter", "lina_hughes", "Parcelo rider marked my order as delivered, it never came. The photo is of a completely different door. £45 down. @ParceloHelp", "10:04:02", key="par_missing2")
NEAR_DUPS.append(("par_missing1", "par_missing2"))
m(P, "C", "twitter", "nut_free_nora", "Ordered with a SEVERE NUT ALLERGY note and the curry turned up with cashews on top. I could have ended up in hospital. @ParceloEats this needs to go to someone senior", "09:24:33", key="par_nut",
  lab=SAFE("other", "allergen safety failure: potential life-threatening harm"))
m(P, "C", "twitter", "plus_member_pam", "@ParceloHelp my account has been banned for 'too many refunds' after ONE missing order. I've been a Parcelo Plus member for 3 years.",
  lab=ESC("account", "account banned, long-standing subscriber (gold: one tier tighter)", prio="P1"))
m(P, "C", "twitter", "reece_w", "Charged twice for the same order PX-220931 @ParceloEats, £27.15 both times. Need one refunded",
  lab=ESC("billing", "charged twice for one order"))
m(P, "C", "twitter", "yasmin_k", "Parcelo courier threw my order at the door and shouted at my mum when she asked him to wait. She's shaken up. @ParceloHelp")
m(P, "C", "twitter", "limbo_luke", "Payment taken, app says 'order failed', restaurant says they never got it. £31.90 in limbo @ParceloHelp")
m(P, "c", "twitter", "chip_critic", "Chips stone cold again @ParceloEats 🥶 at least the burger was warm-ish",
  lab=T1("delivery", "cold food: minor, apologise/partial refund"))
m(P, "c", "twitter", "lunchbreak_liv", "Parcelo said 25 mins, took 50. Pizza was fine, my lunch break wasn't.",
  lab=T1("delay", "late delivery, food fine"))
m(P, "c", "twitter", "app_grumbles", "Why does the Parcelo app keep showing restaurants that are closed? Got to checkout twice before it told me",
  lab=T1("defect", "app shows closed restaurants"))
m(P, "c", "instagram", "ramen.rachel", "rider was lovely but the bag must've been upside down, ramen broth everywhere 😭")
m(P, "c", "twitter", "thirsty_theo", "missing the drink from my order again @ParceloHelp. Third time this month from the same place")
m(P, "c", "reddit", "fee_fighter", "Parcelo service fee went up to £2.49?? On a £9 order? Come on", sub="sheffield")
m(P, "c", "twitter", "salad_sasha", "ordered a 'large' salad on @ParceloEats and got what I can only describe as a garnish")
m(P, "c", "twitter", "map_watcher", "the Parcelo tracking map showed my rider going the wrong way for 10 mins. arrived eventually, food lukewarm")
m(P, "q", "twitter", "subs_sara", "@ParceloEats how do I cancel Parcelo Plus?",
  lab=SELF("subscription cancellation how-to"))
m(P, "q", "twitter", "oops_address", "Can you change the delivery address after you've ordered on Parcelo? Put my old flat by mistake")
m(P, "q", "twitter", "kelham_kev", "@ParceloHelp do you deliver to Kelham Island yet?",
  lab=SELF("coverage lookup, answerable with a link"))
m(P, "q", "twitter", "checkout_chloe", "is the parcelo app down? keeps saying 'something went wrong' at checkout")
m(P, "q", "twitter", "first_order_fred", "How do promo codes work on Parcelo? Says 'not eligible' but it's literally my first order")
m(P, "q", "twitter", "planner_pat", "@ParceloEats can I schedule an order for tomorrow lunchtime?",
  lab=SELF("feature how-to (scheduled orders)"))
m(P, "q", "twitter", "fair_tipper", "Do Parcelo riders get the full tip? Want to make sure it goes to them")
m(P, "p", "twitter", "top_floor_tilly", "Shout out to my Parcelo rider who carried my order up 4 flights because the lift's broken again 🙏 @ParceloEats",
  lab=ADV("praise for a rider"))
m(P, "p", "review", "Dan M.", "★★★★★ Parcelo support refunded my missing dessert in about 2 minutes. Genuinely impressed.")
m(P, "p", "twitter", "noodle_ned", "Friday lunch sorted 🍜 @ParceloEats never lets me down")
m(P, "p", "instagram", "burger.diaries", "best burger in town delivered in 18 mins 🍔🔥 @parcelo.eats")
m(P, "o", "twitter", "fair_pay_fran", "Parcelo riders in Leeds deserve a proper wage tbh. Saw one cycling through sideways rain with a massive order")
m(P, "c", "review", "Priti S.", "★★★☆☆ Good choice of restaurants but the fees keep creeping up and the delivery estimates are optimistic. Support is fine once you reach it.")
m(P, "c", "review", "James O.", "★☆☆☆☆ Order arrived 70 minutes late and cold. The refund offered was a £3 voucher. Won't be using again.")
m(P, "o", "reddit", "steel_city_sid", "Parcelo vs just walking to the chippy: the fees are getting silly now. £6.80 in fees on a £14 order last night.", sub="sheffield", extra={"post": True})
m(P, "c", "twitter", "script_kiddo", "<script>alert('parcelo')</script> my order is 40 mins late @ParceloHelp")
m(P, "C", "email", "tom.ashby@example.com", "Subject: Order PX-221405 delivered to wrong address\n\nHi, my order PX-221405 went to the wrong address and the driver now has my building door code because it was in the delivery note. I'm worried. Can you tell me who has this information? Tom")
m(P, "q", "twitter", "fat_fingers_fin", "@ParceloHelp I accidentally tipped a rider £5 instead of 50p, can that be changed?")
m(P, "C", "facebook", "Imran Siddiqui", "Restaurant on Parcelo was listed as halal and the meat clearly was not. I've complained to the restaurant and to Parcelo, no response from either.")
m(P, "o", "youtube", "Becca L", "parcelo ads every 30 seconds on this channel 😩")
m(P, "c", "twitter", "tip_toggle", "Parcelo app keeps auto-applying the tip I turned off. small but shady")
m(P, "p", "twitter", "grateful_gio", "@ParceloHelp thank you Aisha for the refund and the extra voucher, made my day", reply="ext")
m(P, "p", "twitter", "nightshift_nurse", "Parcelo grocery deliveries at 7am are a game changer for night shift people, not gonna lie")
m(P, "c", "twitter", "comedian_mack", "Parcelo delivered my curry 90 minutes late and colder than my ex's heart. Cheers @ParceloEats 🥶", fol=482000, ver=True, eng=(12400, 1100, 830))
m(P, "c", "twitter", "uni_ursula", "Parcelo app logged me out mid-order and my basket vanished. Rebuilt it, price went up £1.20. Hmm.")

# ===========================================================================
# 6. Brightbank background
# ===========================================================================
m(B, "C", "twitter", "steve_overdrawn", "@BrightbankCare I've been charged twice for the same card payment at the supermarket, £112.60 x2, and now I'm overdrawn and getting fees on top", "09:19:51", key="bri_charged",
  lab=ESC("billing", "duplicate card payment pushing the customer into overdraft fees"))
m(B, "C", "twitter", "porto_pete", "My Brightbank card was declined in Porto and the app won't let me unfreeze it. I'm abroad with no other card. @BrightbankCare please")
m(B, "C", "twitter", "new_phone_niamh", "Brightbank locked me out after I changed phones. Salary went in this morning and I can't touch a penny. ID check fails every time. @BrightbankCare",
  lab=ESC("account", "locked out of the account with salary inside"))
m(B, "C", "twitter", "landlord_trouble", "Transfer of £2,300 to my landlord has been 'pending' for 3 days @BrightbankCare, he's threatening to start eviction")
m(B, "C", "twitter", "dr_amara_n", "With @Brightbank since 2019, Premium account, and my house deposit transfer is stuck 'in review'. Completion is TODAY at 2pm. I need a human, not a chatbot.", "09:40:12", key="bri_premium", fol=2450,
  lab=ESC("account", "time-critical blocked transfer from a gold-tier Premium customer (see customers.jsonl): major + high value", prio="P1"))
m(B, "C", "twitter", "careful_carol", "Just had an email 'from Brightbank' with my full name, home address AND the last 4 digits of my card, asking me to 'verify my identity'. How do scammers have all that?? Has @Brightbank had a data breach?", "10:11:40", key="bri_breach",
  lab=SAFE(None, "possible data breach: personal and card data in the hands of phishers"))
m(B, "C", "twitter", "glasgow_gav", "Why can I see someone else's transactions in my Brightbank app?? There's a name on them that isn't mine and a supermarket shop in Glasgow I never made. @BrightbankCare what is going on", "10:29:03", key="bri_leak",
  lab=SAFE(None, "customer sees another customer's data: privacy incident"))
m(B, "C", "twitter", "scammed_sean", "I reported a scam payment to Brightbank 3 weeks ago, £640, still 'under investigation'. Other banks refund in days. @BrightbankCare")
m(B, "C", "twitter", "closed_out_cleo", "Brightbank closed my account with 'no reason given' and a 60-day wait for my money. £4k of savings. How is that allowed?")
m(B, "c", "twitter", "slow_sandeep", "Brightbank app takes about 20 seconds to show my balance this week. Used to be instant.",
  lab=T1("defect", "app slowness, no money at risk"))
m(B, "c", "forum", "potty_about_pots", "Round-ups take 2 days to land in my Brightbank pot, why?")
m(B, "c", "twitter", "chat_closed_chen", "The Brightbank chat agent closed my chat mid-sentence. bit rude",
  lab=T1("staff", "chat closed abruptly, minor"))
m(B, "c", "twitter", "spelt_wrong", "@BrightbankCare card arrived with my name spelled wrong. again.")
m(B, "c", "twitter", "ping_paula", "Brightbank notifications come through about 5 minutes after I've paid for something now, used to be instant")
m(B, "c", "twitter", "cashback_cass", "Cashback from the Brightbank offers still hasn't shown up after 30 days")
m(B, "q", "twitter", "lost_wallet_liam", "@BrightbankCare how do I order a replacement card?", "09:33:10", key="bri_card1",
  lab=SELF("replacement card how-to, done in-app"))
m(B, "q", "twitter", "lost_wallet_liam", "@BrightbankCare how do I order a replacement card? lost mine last night", "09:36:40", key="bri_card2")
NEAR_DUPS.append(("bri_card1", "bri_card2"))
m(B, "q", "twitter", "so_sandra", "How do I set up a standing order in the Brightbank app? Can't find it anywhere",
  lab=SELF("in-app how-to"))
m(B, "q", "twitter", "atm_ahmed", "@BrightbankCare what's the daily ATM withdrawal limit?")
m(B, "q", "twitter", "nyc_nell", "Does Brightbank charge fees for using the card in the US?",
  lab=SELF("fees lookup, help article"))
m(B, "q", "twitter", "error_eric", "@BrightbankCare is the app down? getting 'error 503' on login")
m(B, "q", "twitter", "saver_sue", "Got a letter about my savings rate changing. Does that affect my fixed-term pot too? @BrightbankCare",
  lab=T1Q("account-specific product question needing an agent"))
m(B, "q", "forum", "joint_jo", "Can I open a joint account with Brightbank if my partner isn't a UK resident?")
m(B, "p", "twitter", "relieved_rob", "Brightbank's fraud team rang me within 5 minutes of a dodgy payment and blocked it before it went through. Genuinely impressed @Brightbank", "09:57:33", key="bri_fraud_praise",
  lab=ADV("praise for the fraud team"))
m(B, "p", "twitter", "dispute_done", "Thanks @BrightbankCare, Sam sorted my dispute in one chat. Brilliant.")
m(B, "p", "instagram", "coffee.confessions", "The spending insights in the Brightbank app have finally shamed me out of buying 3 coffees a day 😂")
m(B, "p", "youtube", "Nadia Fenwick", "Been with Brightbank 2 years, never had an issue. The savings pots are great.", brand_emit=True)
m(B, "o", "twitter", "first_job_finn", "Brightbank or a high street bank for my first current account? thoughts appreciated")
m(B, "o", "twitter", "steve_overdrawn", "@BrightbankCare sent you a DM with the details", "10:02:44", reply="ext")
m(B, "c", "review", "Mark W.", "★★☆☆☆ App is slick but when something goes wrong you can't reach a human. Took 4 days to sort out a simple address change.")
m(B, "C", "review", "Leanne R.", "★☆☆☆☆ Account frozen for 3 weeks during a 'review'. No explanation, no timeline. Had to borrow money to pay my rent.")
m(B, "q", "reddit", "emergency_fund_em", "Is Brightbank covered by the deposit protection scheme? Moving my emergency fund and want to be sure before I do.", sub="UKPersonalFinance", extra={"post": True})
m(B, "C", "email", "rachel.adeyemi@example.com", "Subject: Returned direct debit - urgent\n\nTo whom it may concern, I am a Premium customer and a direct debit for my business insurance was returned unpaid despite sufficient funds. The insurer has now cancelled my cover. I need written confirmation of the bank error today. Rachel Adeyemi")
m(B, "c", "instagram", "tiny.numbers", "new card design is nice but why is the number on the back so tiny 😅 @brightbank")
m(B, "q", "forum", "bookkeeper_ben", "How do I export statements as CSV for my accountant? I only see PDF.")
m(B, "C", "twitter", "queue_quentin", "@BrightbankCare 2 hours in the chat queue while I'm being chased for a payment your system bounced. I'm done.")
m(B, "C", "twitter", "leon_money_talks", "Lots of my followers saying Brightbank transfers are failing this morning. Mine just went through fine. @BrightbankCare anything going on?", fol=156000, ver=True, eng=(640, 88, 210))

# ===========================================================================
# 7. Non-English (es, fr, de, pt) beyond the two outage reports
# ===========================================================================
m(S, "C", "twitter", "lucia_mdz", "@SkyLarkAir me han cancelado el vuelo Madrid–Londres y nadie nos da ninguna solución. Llevo cuatro horas en el aeropuerto con mi madre de 80 años.", lang="es",
  lab=ESC(None, "Spanish: cancelled flight, stuck at the airport for hours with an elderly parent"))
m(S, "C", "twitter", "jorge_bcn", "Perdieron mi maleta en Barajas y ya van tres días sin noticias. Referencia MADSL20417. @SkyLarkHelp ¿alguien va a contestar?", lang="es")
m(P, "q", "twitter", "carmen_g", "¿Cómo añado un código promocional en Parcelo? No veo dónde ponerlo", lang="es",
  lab=SELF("Spanish: promo-code how-to"))
m(B, "C", "twitter", "pablo_ferrer", "Me cobraron dos veces la misma compra con la tarjeta de Brightbank. ¿A quién tengo que llamar? @BrightbankCare", lang="es",
  lab=ESC("billing", "Spanish: duplicate card charge"))
m(S, "p", "twitter", "ines_viaja", "Gracias a la tripulación del vuelo SL 611 a Málaga, súper amables con mi hijo que viajaba solo por primera vez ❤️ @SkyLarkAir", lang="es",
  lab=ADV("Spanish: praise for crew looking after an unaccompanied child"))
m(N, "q", "twitter", "diego_leeds", "¿Alguien sabe si Nimbus incluye roaming en España? Viajo la semana que viene", lang="es")
m(S, "r", "twitter", "nunca_mas_ana", "SkyLark es una basura, nunca más vuelvo a volar con ellos", lang="es")
m(S, "C", "twitter", "camille_voyage", "@SkyLarkAir vol SL 302 Paris–Édimbourg annulé, aucune info, aucun hôtel proposé. On dort à CDG ou quoi ?", lang="fr",
  lab=ESC(None, "French: cancelled flight, no information, no hotel"))
m(P, "c", "twitter", "theo_lyon", "Commande Parcelo arrivée froide avec 45 minutes de retard. Pas terrible. @ParceloEats", lang="fr",
  lab=T1("delay", "French: late, cold food"))
m(B, "q", "twitter", "amelie_b", "Bonjour @BrightbankCare, comment ajouter ma carte Brightbank au paiement mobile sur mon téléphone ?", lang="fr",
  lab=SELF("French: add card to mobile wallet how-to"))
m(S, "p", "twitter", "julien_r", "Merci @SkyLarkAir pour le surclassement surprise, équipage adorable ✈️", lang="fr",
  lab=ADV("French: thanks for a surprise upgrade"))
m(B, "C", "twitter", "sophie_dlr", "Mon compte Brightbank est bloqué depuis ce matin et mon salaire est dessus. Personne ne répond sur le chat. @BrightbankCare", lang="fr",
  lab=ESC("account", "French: account locked with salary inside"))
m(N, "c", "twitter", "pierre_leeds", "Le réseau Nimbus est toujours aussi lent à Leeds, c'est pénible", lang="fr")
m(B, "C", "twitter", "lukas_hh", "@BrightbankCare Meine Karte wurde gesperrt und ich komme nicht mehr an mein Geld. Seit zwei Tagen keine Antwort!", lang="de",
  lab=ESC("account", "German: card blocked, no access to money, two days without reply"))
m(S, "c", "twitter", "anja_muc", "Flug SL 744 nach München mal wieder 30 Minuten Verspätung. Langsam nervt es. @SkyLarkAir", lang="de",
  lab=T1("delay", "German: 30-minute delay"))
m(S, "C", "twitter", "felix_reist", "Mein Koffer ist in Frankfurt geblieben und SkyLark sagt nur 'wir melden uns'. Seit vier Tagen. Super.", lang="de")
m(B, "p", "twitter", "katrin_w", "Der Brightbank-Support hat meine Rückbuchung in zehn Minuten erledigt. Top! 👍", lang="de",
  lab=ADV("German: praise for fast chargeback handling"))
m(P, "q", "twitter", "tobi_k", "Wie kann ich Parcelo Plus kündigen? Finde die Option in der App nicht.", lang="de",
  lab=L("retention", "P3", "question", why="German: how to cancel a subscription: a retention conversation"))
m(B, "q", "twitter", "max_in_leeds", "Wie hoch ist das Tageslimit am Geldautomaten bei Brightbank?", lang="de")
m(N, "c", "twitter", "jana_s", "Die Nimbus-App stürzt seit dem letzten Update ständig ab.", lang="de")
m(S, "C", "twitter", "rita_lx", "A SkyLark cancelou o nosso voo de Lisboa e deixou-nos sem hotel. Vergonha! @SkyLarkAir", "09:48:30", lang="pt",
  lab=ESC(None, "Portuguese: cancelled flight, no hotel (same disruption as the viral post, ordinary author)"))
m(B, "C", "twitter", "thiago_br", "Meu cartão Brightbank foi cobrado duas vezes no mesmo restaurante, alguém pode me ajudar? @BrightbankCare", lang="pt")
m(P, "p", "instagram", "bia.eats", "O entregador da Parcelo foi super simpático, obrigado! 😊", lang="pt", reply="ext", brand_emit=True)
m(S, "q", "twitter", "joao_pedro_s", "Como faço para escolher assento na SkyLark depois do check-in?", lang="pt",
  lab=SELF("Portuguese: seat selection how-to"))
m(S, "c", "twitter", "marta_sousa", "O atendimento da SkyLark no aeroporto de Lisboa foi péssimo, ninguém sabia de nada.", lang="pt", lang_emit="es")

# ===========================================================================
# 8. Repeat ranters (no actionable problem)
# ===========================================================================
m(N, "r", "twitter", "gazza_rants", "nimbus is the worst company on the planet and i will die on this hill", "09:04:12", key="rant_gazza1")
m(N, "r", "twitter", "gazza_rants", "another day another reason to hate @NimbusMobile. no reason. just vibes", "09:29:40")
m(N, "r", "twitter", "gazza_rants", "imagine paying nimbus for the privilege of being miserable lmao", "10:14:03",
  lab=NORESP("rant", "repeat ranter (4th post today), no concrete issue"))
m(N, "r", "twitter", "gazza_rants", "nimbus execs should be made to use their own network for a week 🤡", "10:31:55")
m(N, "r", "twitter", "gazza_rants", "fuck @NimbusMobile honestly", "10:46:20")
m(N, "r", "twitter", "gazza_rants", "@NimbusHelp don't bother replying, you're all bots anyway", "10:58:02", reply="ext")
m(S, "r", "twitter", "bigdave_77", "skylark? more like skyLARKING ABOUT. clowns", "09:02:50")
m(S, "r", "twitter", "bigdave_77", "@SkyLarkAir worst airline in europe, fight me", "09:25:31")
m(S, "r", "twitter", "bigdave_77", "every skylark employee should be ashamed tbh", "09:51:40",
  lab=NORESP("rant", "repeat ranter, generic abuse, nothing to fix"))
m(S, "r", "twitter", "bigdave_77", "flying skylark is like being punished for something you didnt do", "10:19:44")
m(S, "r", "twitter", "bigdave_77", "SkyLark absolute shower of shite as usual", "10:38:09")
m(S, "r", "twitter", "bigdave_77", "@SkyLarkAir still rubbish. checked. yep.", "10:53:27")
m(P, "r", "twitter", "crumbsnotcrust", "parcelo is a scam run by tech bros who have never eaten a hot meal", "09:07:18")
m(P, "r", "twitter", "crumbsnotcrust", "deleting parcelo. again. for the 9th time this year", "09:46:02")
m(P, "r", "twitter", "crumbsnotcrust", "@ParceloEats the audacity of your existence", "10:08:15",
  lab=NORESP("rant", "repeat ranter, insult only"))
m(P, "r", "twitter", "crumbsnotcrust", "parcelo couriers, parcelo restaurants, parcelo app. all trash. whole ecosystem of trash", "10:26:48")
m(P, "r", "twitter", "crumbsnotcrust", "love how @ParceloEats thinks I won't notice they're evil", "10:50:36")
m(B, "r", "twitter", "fin_doomer", "Brightbank is a house of cards and you're all going to lose your money. mark my words", "09:10:25")
m(B, "r", "twitter", "fin_doomer", "@Brightbank the regulators will catch up with you eventually 🤡", "09:34:19")
m(B, "r", "twitter", "fin_doomer", "neobanks are a psyop and Brightbank is the worst of them", "10:00:50",
  lab=NORESP("rant", "repeat ranter, conspiracy post, no customer issue"))
m(B, "r", "twitter", "fin_doomer", "nobody should trust @Brightbank with a single penny. do your own research", "10:23:14")
m(B, "r", "twitter", "fin_doomer", "Brightbank is going under within a year, screenshot this", "10:44:41")
m(B, "r", "twitter", "fin_doomer", "imagine keeping your savings in @Brightbank lmao", "10:57:05")

# ===========================================================================
# 9. Spam
# ===========================================================================
m(None, "s", "twitter", "lark_airdrop_official", "🚀🚀 @SkyLarkAir @ParceloEats @NimbusMobile FREE $500 in $LARK tokens for the first 1000 wallets!! claim now ➡️ lark-airdrop-claim.example 🚀", "09:23:07", key="spam_crypto", fol=12,
  lab=NORESP("spam", "crypto airdrop spam tagging several brands"))
m(None, "s", "twitter", "followback_king_22", "Follow me and I'll follow back 100% 💯 #SkyLark #Parcelo #Brightbank #followback", fol=4,
  lab=NORESP("spam", "follow-for-follow hashtag spam"))
m(B, "s", "twitter", "crypto_gains_daily", "Brightbank customers: earn 12% DAILY guaranteed with our trading bot, DM me 💰💰", fol=31)
m(B, "s", "twitter", "account_recovery_pro", "@BrightbankCare hi dear I can help you recover your account fast, message my WhatsApp +44 7700 900123", reply="viral_bri", t="09:41:55", fol=8,
  lab=NORESP("spam", "recovery scammer replying under a customer's complaint (flag for takedown, do not engage)"))
m(None, "s", "twitter", "cheap_followers_now", "Get 1000 followers for £5!! cheap-followers-now.example #parcelo #nimbus #skylark", fol=2)
m(S, "s", "facebook", "SkyLark Giveaways", "Win a free SkyLark flight to anywhere!! Just like, share and enter your card details at skylark-giveaway.example ✈️✈️")
m(P, "s", "twitter", "promo_vault_uk", "Parcelo promo codes 2026 100% working >>> promo-vault.example/parcelo", fol=17)
m(None, "s", "twitter", "hot_local_singles_4u", "🔥 HOT singles in your area 🔥 nimbus brightbank skylark parcelo", fol=0)
m(N, "s", "twitter", "wfh_millionaire", "I made £3,200 last week working from home with just my phone from Nimbus!! Ask me how 👇👇", fol=44)
m(None, "s", "twitter", "btc_tips_daily", "@NimbusHelp @BrightbankCare @ParceloHelp check my profile for the best bitcoin investment tips 📈📈📈", fol=9)
m(P, "s", "instagram", "collab.queen.official", "Love this!! 😍 Check DM for collab 💌 @parcelo.eats", reply="ext")
m(None, "s", "youtube", "Passive Income Secrets", "Great video!! I earned $5000 in a week using this crypto method, search AlphaTrade Pro on google")
m(B, "s", "facebook", "Brightbank Rewards Team", "CONGRATULATIONS! You have been selected for a Brightbank loyalty reward of £750. Verify here: brightbank-rewards-secure.example",
  lab=NORESP("spam", "phishing post impersonating the brand (report, do not reply)"))
m(None, "s", "other", "deals@mastodon.example", "Big brand discount codes today: SkyLark, Parcelo, Nimbus. All links in bio!!")

# ===========================================================================
# 10. A few more ordinary voices across the morning
# ===========================================================================
m(S, "c", "twitter", "legroom_len", "Row 30 on the SkyLark A320 is cruel and unusual. My knees are in the seat pocket")
m(S, "q", "twitter", "pet_passport_pam", "@SkyLarkHelp can I bring my cat in the cabin on SkyLark or does she go in the hold?")
m(S, "C", "twitter", "double_booked_di", "Arrived at Malaga check-in and SkyLark has no record of my return flight, even though I've got the confirmation email. Desk says 'buy a new ticket'. £290. @SkyLarkHelp")
m(S, "p", "twitter", "nervous_nell", "first flight in 10 years and the SkyLark crew were so reassuring. thank you @SkyLarkAir 💛")
m(S, "o", "other", "ferris@mastodon.example", "Is it me or are SkyLark fares to Lisbon suddenly half price in March? Booked anyway.")
m(N, "q", "twitter", "student_sim", "@NimbusHelp is there a student discount on Nimbus SIM-only plans?")
m(N, "c", "forum", "wifi_woes_will", "Nimbus router keeps changing channels on its own and my smart plugs lose connection. Annoying")
m(N, "C", "twitter", "moving_day_mia", "Moved house 3 weeks ago, Nimbus Fibre still not switched over. Been told 'next week' four times. Working from a cafe. @NimbusHelp")
m(N, "p", "review", "Gerald H.", "★★★★★ The lad in the Nimbus shop on Briggate spent 40 minutes setting up my new phone. Couldn't have been kinder")
m(P, "c", "twitter", "wrong_order_wes", "Got someone else's order from Parcelo. Enjoying their pad thai but I wanted my pizza @ParceloHelp")
m(P, "q", "twitter", "allergy_aware_al", "@ParceloEats is there a way to filter restaurants by allergen info?")
m(P, "p", "facebook", "Rita Campbell", "Parcelo rider arrived soaked to the skin and still smiling. Gave him a big tip. These people deserve better.")
m(P, "C", "twitter", "glass_in_grub", "Found a piece of glass in my burger from a Parcelo order last night. Have photos and kept the packaging. @ParceloHelp who do I send this to?",
  lab=SAFE("other", "foreign object (glass) in food: product safety"))
m(B, "c", "forum", "pin_paul", "Brightbank app makes me re-enter my PIN after every single screen now. Is that new?")
m(B, "p", "youtube", "Bella Moreno", "Brightbank's salary sorter is the only reason I've got savings this year. Genuinely love it")
m(B, "C", "twitter", "mortgage_mike", "Brightbank took £980 twice for my mortgage payment this month. Overdrawn, bills bouncing. @BrightbankCare fix this today please")
m(B, "q", "twitter", "travel_tara", "@BrightbankCare do I need to tell you before I travel abroad or does the card just work?")
m(B, "c", "facebook", "Colin Pryce", "Tried calling Brightbank three times today and got cut off each time after the security questions.")
m(S, "C", "youtube", "Jas Kaur", "SkyLark lost my grandmother's wheelchair in Lisbon and it took 6 days to come back. Nobody apologised.")
m(N, "c", "reddit", "mcr_renter_jo", "Nimbus broadband in new build flats in Leeds is woeful. 3 drop-outs a night. Anyone fixed this?", sub="Leeds", extra={"post": True})

# ===========================================================================
# Exact replays (byte-identical lines, same id, arriving later)
# ===========================================================================
REPLAYS += [
    ("viral_sky", "09:40:00"),
    ("nim_charged1", "09:59:00"),
    ("out_onset", "10:06:40"),
    ("bri_charged", "10:14:00"),
    ("par_nut", "10:20:00"),
    ("sky_wedding", "10:25:00"),
    ("sky_seat_q", "10:31:00"),
    ("rant_gazza1", "10:37:00"),
    ("spam_crypto", "10:45:00"),
    ("bri_fraud_praise", "10:50:00"),
]

# ===========================================================================
# Customer directory (hand-picked; tier, value, open cases, tenure)
# ===========================================================================
CUSTOMERS = [
    # handle, brand, tier, lifetime_value, open_cases, customer_since
    ("jkhanna_travels", "sky", "platinum", 48210.50, 1, "2014-03-02"),
    ("tessa_roams", "sky", "gold", 9875.00, 0, "2017-06-19"),
    ("mateo_ruiz_", "sky", "silver", 2140.30, 1, "2021-09-11"),
    ("callum_frasier", "sky", "standard", 412.00, 0, "2023-01-27"),
    ("priya_v_k", "sky", "standard", 655.80, 0, "2022-05-14"),
    ("glenn_oshea", "sky", "silver", 1830.00, 3, "2019-11-03"),
    ("ciara_dub", "sky", "standard", 298.40, 0, "2024-02-08"),
    ("bristol_bound_bo", "sky", "standard", 530.00, 0, "2023-08-30"),
    ("gracie_mum", "sky", "silver", 2410.75, 0, "2018-04-22"),
    ("harriet_commutes", "sky", "gold", 14320.00, 0, "2016-10-05"),
    ("bigdave_77", "sky", "standard", 189.99, 2, "2022-12-01"),
    ("lucia_mdz", "sky", "standard", 377.20, 0, "2025-03-16"),
    ("camille_voyage", "sky", "silver", 1622.00, 0, "2020-07-09"),
    ("rita_lx", "sky", "standard", 244.00, 0, "2024-06-21"),
    ("ana.ribeiro@example.com", "sky", "silver", 3120.40, 2, "2015-05-30"),
    ("wheels_and_words", "sky", "gold", 7260.00, 1, "2017-02-17"),
    ("double_booked_di", "sky", "standard", 580.00, 0, "2024-09-02"),
    ("gail_pearson", "nim", "standard", 1122.00, 0, "2019-04-01"),
    ("bazza_baker", "nim", "standard", 1480.00, 1, "2018-08-14"),
    ("josh_porting", "nim", "standard", 35.00, 1, "2026-11-15"),
    ("kieran_b", "nim", "silver", 2210.50, 0, "2016-01-23"),
    ("chorlton_design_co", "nim", "platinum", 38640.00, 0, "2015-09-07"),
    ("northern_quarter_coffee", "nim", "gold", 6420.00, 0, "2020-03-12"),
    ("carer_jen", "nim", "standard", 890.00, 0, "2021-06-28"),
    ("mum_of_3_didsbury", "nim", "silver", 2675.00, 0, "2017-11-19"),
    ("k_ashworth", "nim", "standard", 760.00, 0, "2022-02-02"),
    ("d.mensah@example.com", "nim", "standard", 1310.00, 1, "2020-10-10"),
    ("wfh_wendy", "nim", "silver", 1940.00, 2, "2019-07-25"),
    ("gazza_rants", "nim", "standard", 540.00, 4, "2021-12-12"),
    ("alfie_g", "nim", "standard", 980.00, 0, "2020-05-05"),
    ("Maureen Gilchrist", "nim", "standard", 2890.00, 0, "2009-02-14"),
    ("moving_day_mia", "nim", "standard", 620.00, 1, "2023-04-18"),
    ("jonno_bakes", "par", "gold", 3120.60, 1, "2019-02-21"),
    ("nut_free_nora", "par", "silver", 1450.20, 0, "2020-08-03"),
    ("plus_member_pam", "par", "gold", 2890.45, 1, "2023-11-02"),
    ("reece_w", "par", "standard", 388.90, 0, "2024-01-15"),
    ("sal_the_student", "par", "standard", 214.35, 1, "2025-09-20"),
    ("lina_hughes", "par", "silver", 1105.00, 0, "2021-03-30"),
    ("chip_critic", "par", "standard", 642.10, 0, "2022-10-10"),
    ("crumbsnotcrust", "par", "standard", 96.40, 3, "2024-04-04"),
    ("top_floor_tilly", "par", "silver", 1290.00, 0, "2021-12-24"),
    ("glass_in_grub", "par", "standard", 455.75, 0, "2023-06-06"),
    ("comedian_mack", "par", "gold", 3980.00, 0, "2018-09-09"),
    ("tom.ashby@example.com", "par", "standard", 301.20, 0, "2024-12-01"),
    ("hannah_writes", "bri", "standard", 1840.00, 1, "2022-08-08"),
    ("dr_amara_n", "bri", "gold", 96400.00, 1, "2019-05-13"),
    ("rachel.adeyemi@example.com", "bri", "gold", 71250.00, 0, "2020-01-20"),
    ("steve_overdrawn", "bri", "standard", 640.00, 1, "2023-02-27"),
    ("new_phone_niamh", "bri", "standard", 1210.00, 0, "2021-11-11"),
    ("landlord_trouble", "bri", "standard", 455.00, 2, "2024-03-03"),
    ("careful_carol", "bri", "silver", 8900.00, 0, "2018-07-07"),
    ("glasgow_gav", "bri", "standard", 1520.00, 0, "2022-04-19"),
    ("scammed_sean", "bri", "standard", 730.00, 1, "2023-10-31"),
    ("relieved_rob", "bri", "silver", 5400.00, 0, "2019-12-02"),
    ("mortgage_mike", "bri", "platinum", 152300.00, 0, "2016-06-01"),
    ("fin_doomer", "bri", "standard", 12.50, 0, "2025-01-09"),
    ("porto_pete", "bri", "silver", 6120.00, 0, "2020-09-15"),
    ("sophie_dlr", "bri", "standard", 980.00, 0, "2023-05-22"),
    ("lukas_hh", "bri", "standard", 1345.00, 1, "2022-07-01"),
    ("pablo_ferrer", "bri", "standard", 720.00, 0, "2024-08-19"),
]


# fmt: on


# ===========================================================================
# Mechanics
# ===========================================================================
def rng(*parts: Any) -> random.Random:
    return random.Random("|".join([str(SEED), *map(str, parts)]))


def hnum(s: str, digits: int) -> str:
    v = int(hashlib.sha256(s.encode()).hexdigest(), 16)
    return str(v)[-digits:].lstrip("0").rjust(digits, "1")


def parse_t(hms: str) -> dt.datetime:
    h, mi, s = map(int, hms.split(":"))
    return START.replace(hour=h, minute=mi, second=s)


def iso(ts: dt.datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def rand_str(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def snowflake(ts: dt.datetime, r: random.Random) -> int:
    ms = int(ts.timestamp() * 1000) + r.randrange(1000)
    return ((ms - 1288834974657) << 22) | r.getrandbits(22)


def author_id(ch: str, who: str) -> str:
    h = hashlib.sha256(f"{ch}:{who}".encode()).hexdigest()
    return {
        "twitter": lambda: "tw-u-" + hnum(who, 10 + int(h[0], 16) % 9),
        "facebook": lambda: "fb-u-1000" + hnum(who, 11),
        "instagram": lambda: "ig-u-" + hnum(who, 11),
        "reddit": lambda: "rd-u-t2_" + "".join(B36[int(h[i : i + 2], 16) % 36] for i in range(0, 16, 2)),
        "youtube": lambda: "yt-u-UC" + "".join(B64[int(h[i : i + 2], 16) % 64] for i in range(0, 44, 2)),
        "review": lambda: "rv-u-" + h[:10],
        "forum": lambda: "fo-u-" + hnum(who, 6),
        "email": lambda: "em-u-" + h[:12],
        "other": lambda: "ot-u-" + h[:10],
    }[ch]()


def followers(e: Ent) -> int:
    if e.fol is not None:
        return e.fol
    r = rng("fol", e.ch, e.who)
    if e.ch in ("review", "email", "forum"):
        return 0
    if e.ch == "reddit":
        return r.randrange(0, 40)
    if r.random() < 0.07:
        return r.randrange(2000, 15000)
    return max(10, min(2000, int(r.lognormvariate(5.4, 1.0))))


def main() -> None:
    by_key = {e.key: e for e in E if e.key}
    assert len(by_key) == len([e for e in E if e.key]), "duplicate keys"

    # reposts inherit brand/intent/lang/text
    for e in E:
        if e.repost_of:
            o = by_key[e.repost_of]
            e.b, e.i, e.lang = o.b, o.i, o.lang
            e.text = f"RT @{o.who}: {o.text}"

    # timestamps
    span = int((END - START).total_seconds()) - 150
    for e in E:
        if e.t:
            e.ts = parse_t(e.t)
        else:
            e.ts = START + dt.timedelta(seconds=30 + rng("t", e.who, e.text).randrange(span))
    E.sort(key=lambda e: (e.ts, e.seq))

    # per-author handle consistency: a handle lives on exactly one channel
    chans: dict[str, str] = {}
    for e in E:
        assert chans.setdefault(e.who, e.ch) == e.ch, f"handle {e.who} reused on two channels"

    # ids
    seen: set[str] = set()
    for e in E:
        r = rng("id", e.ch, e.who, e.text, e.ts)
        if e.ch == "twitter":
            e.id = f"tw-{snowflake(e.ts, r)}"
        elif e.ch == "facebook":
            e.id = f"fb-{FB_PAGE.get(e.b or 'sky')}_{r.randrange(10**15, 10**16)}"
        elif e.ch == "instagram":
            e.id = f"ig-179{r.randrange(10**14, 10**15)}"
        elif e.ch == "reddit":
            e.id = ("rd-t3_" if e.extra.get("post") else "rd-t1_") + rand_str(r, B36, 7)
        elif e.ch == "youtube":
            e.id = "yt-Ugx" + rand_str(r, B64, 22)
        elif e.ch == "review":
            h = f"{r.getrandbits(128):032x}"
            e.id = f"rv-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        elif e.ch == "forum":
            e.id = f"fo-{BRAND_SLUG[e.b].split('-')[0]}-{r.randrange(80000, 99999)}-{r.randrange(1, 40)}"
        elif e.ch == "email":
            e.id = f"em-{r.getrandbits(96):024x}"
        else:
            e.id = f"ot-{r.getrandbits(64):016x}"
        assert e.id not in seen
        seen.add(e.id)

    # build JSON objects
    lines: dict[str, str] = {}
    objs: list[tuple[dt.datetime, int, str]] = []
    for n, e in enumerate(E):
        r = rng("obj", e.id)
        obj: dict[str, Any] = {
            "schema_version": 1,
            "id": e.id,
            "channel": e.ch,
            "text": e.text,
            "created_at": iso(e.ts),
            "author": {"id": author_id(e.ch, e.who), "handle": e.who, "followers": followers(e), "verified": e.ver},
        }
        num = e.id.split("-", 1)[1]
        if e.ch == "twitter" and r.random() < 0.8:
            obj["url"] = f"https://x.com/{e.who}/status/{num}"
        elif e.ch == "reddit":
            obj["url"] = f"https://www.reddit.com/r/{e.sub}/comments/{num.split('_')[1]}/"
        elif e.ch == "instagram":
            obj["url"] = f"https://www.instagram.com/p/{rand_str(r, B64, 11)}/"
        elif e.ch == "youtube":
            obj["url"] = f"https://www.youtube.com/watch?v={rand_str(r, B64, 11)}&lc={num}"
        elif e.ch == "review":
            obj["url"] = f"https://reviews.example/{BRAND_SLUG[e.b]}/{num}"
        elif e.ch == "forum":
            obj["url"] = (
                f"https://community.{BRAND_SLUG[e.b].replace('-', '')}.example/t/{num.split('-')[1]}/{num.split('-')[2]}"
            )
        elif e.ch == "facebook" and r.random() < 0.5:
            obj["url"] = f"https://www.facebook.com/{num.replace('_', '/posts/')}"
        # platform language tag, only sometimes
        if e.lang_emit:
            obj["lang"] = e.lang_emit
        elif (e.ch == "twitter" and r.random() < 0.5) or (e.ch == "instagram" and r.random() < 0.3):
            obj["lang"] = e.lang
        # brand, only where the platform context tells us
        emit_brand = (
            e.brand_emit
            if e.brand_emit is not None
            else (e.ch in ("review", "email", "forum") or (e.ch == "facebook" and e.b is not None and r.random() < 0.5))
        )
        if emit_brand and e.b:
            obj["brand"] = BRAND_SLUG[e.b]
        if e.reply:
            if e.reply == "ext":
                rr = rng("ext", e.id)
                if e.ch == "twitter":
                    obj["in_reply_to"] = f"tw-{snowflake(e.ts - dt.timedelta(minutes=rr.randrange(5, 600)), rr)}"
                elif e.ch == "instagram":
                    obj["in_reply_to"] = f"ig-179{rr.randrange(10**14, 10**15)}"
                else:
                    raise ValueError(e.ch)
            else:
                parent = by_key[e.reply]
                assert parent.ts < e.ts
                obj["in_reply_to"] = parent.id
        if e.repost_of:
            obj["reposted_id"] = by_key[e.repost_of].id
        if e.eng:
            obj["engagement"] = dict(zip(("likes", "reposts", "replies"), e.eng, strict=True))
        elif e.ch in ("twitter", "instagram", "facebook", "youtube") and not e.repost_of and r.random() < 0.7:
            obj["engagement"] = {
                "likes": int(r.expovariate(1 / 4)),
                "reposts": int(r.expovariate(1 / 0.6)),
                "replies": int(r.expovariate(1 / 1.2)),
            }
        line = json.dumps(obj, ensure_ascii=False)
        for ch in (
            "\u202a",
            "\u202b",
            "\u202c",
            "\u202d",
            "\u202e",
            "\u2066",
            "\u2067",
            "\u2068",
            "\u2069",
            "\u200e",
            "\u200f",
            "\u2028",
            "\u2029",
        ):
            line = line.replace(ch, f"\\u{ord(ch):04x}")
        lines[e.id] = line
        objs.append((e.ts, n, line))

    # replays: byte-identical lines arriving later
    for k, (key, at) in enumerate(REPLAYS):
        e = by_key[key]
        arr = parse_t(at)
        assert arr > e.ts
        objs.append((arr, 10_000 + k, lines[e.id]))
    objs.sort(key=lambda x: (x[0], x[1]))

    data = ROOT / "src/mentionflow/data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "sample_mentions.jsonl").write_text("".join(line + "\n" for _, _, line in objs), encoding="utf-8")

    # customers
    who_ch = {e.who: e.ch for e in E}
    cust = []
    for handle, b, tier, ltv, oc, since in CUSTOMERS:
        assert handle in who_ch, handle
        cust.append(
            {
                "author_id": author_id(who_ch[handle], handle),
                "brand": BRAND_SLUG[b],
                "tier": tier,
                "lifetime_value": ltv,
                "open_cases": oc,
                "customer_since": since,
            }
        )
    assert len({(c["author_id"], c["brand"]) for c in cust}) == len(cust)
    (data / "customers.jsonl").write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cust), encoding="utf-8"
    )

    # expectations
    labels = {}
    for e in E:
        if not e.lab:
            continue
        q, p, intent, sev, cat, why = e.lab
        if intent == "complaint":
            assert e.i in "Cc" and sev == {"C": "major", "c": "minor"}[e.i], e.text
        else:
            assert INTENT[e.i] == intent, (e.i, intent, e.text)
        if e.lang not in ("en", "und", "es", "fr", "de", "it", "pt"):  # the six languages the models read
            # Any other language goes, unscored, to a person who reads it (rule
            # unsupported-language), whatever the text says.
            q, p, why = "care-tier1", "P3", f"unsupported language, routed to a reader ({why})"
        d: dict[str, Any] = {"queue": q, "priority": p, "intent": intent}
        if sev:
            d["severity"] = sev
        if cat:
            d["category"] = cat
        d["lang"] = e.lang
        d["why"] = why
        d["text"] = e.text if len(e.text) <= 100 else e.text[:97] + "..."
        labels[e.id] = d
    inc = [e for e in E if e.inc]
    burst = [e for e in inc if e.ts <= inc[0].ts + dt.timedelta(minutes=15)]
    rant_authors: dict[str, list[str]] = {}
    for e in E:
        if e.who in ("gazza_rants", "bigdave_77", "crumbsnotcrust", "fin_doomer") and not e.repost_of:
            rant_authors.setdefault(e.who, []).append(e.id)
    exp = {
        "labels": labels,
        "exact_replays": [by_key[k].id for k, _ in REPLAYS],
        "reposts": [{"id": e.id, "original": by_key[e.repost_of].id} for e in E if e.repost_of],
        "near_duplicates": [[by_key[a].id, by_key[b].id] for a, b in NEAR_DUPS],
        "incident": {
            "brand": BRAND_SLUG["nim"],
            "kind": "outage",
            "location": "Greater Manchester, UK",
            "onset": iso(inc[0].ts),
            "first_report_id": inc[0].id,
            "burst_window": [iso(burst[0].ts), iso(burst[-1].ts)],
            "burst_distinct_authors": len({e.who for e in burst}),
            "last_report": iso(inc[-1].ts),
            "ids": [e.id for e in inc],
            "related_reposts": [e.id for e in E if e.repost_of and by_key[e.repost_of].inc],
            "restoration_ids": [by_key["out_restored1"].id, by_key["out_restored2"].id],
            "not_part_of_incident": [
                by_key[k].id for k in ("nim_bristol", "nim_simswap", "rant_gazza_outage", "nim_leeds_4g")
            ],
        },
        "repeat_ranters": {author_id("twitter", w): ids for w, ids in rant_authors.items()},
    }
    header = """\
# Hand labels for src/mentionflow/data/sample_mentions.jsonl
#
# GENERATED by scripts/make_sample.py from the labels written next to each
# mention text in that script -- edit them there and re-run, not here.
#
# labels: what a seasoned social-care lead would expect, for clear-cut cases
#   only.  Policy used:
#     crisis            -> P1  (outage at scale, safety, data breach/privacy,
#                               viral complaints from high-influence authors,
#                               media enquiries during an incident)
#     care-escalations  -> P2  (major complaints); P1 when the customer is
#                               platinum/gold in customers.jsonl AND the issue
#                               is major and time-critical
#     care-tier1        -> P3  (minor complaints, questions needing an agent)
#     self-service      -> P4  (how-to questions answerable with an article)
#     marketing-advocacy -> P4 (praise: thank and amplify)
#     safety-escalations -> P1/P2 (harm: health, safety, vulnerable people, data
#                               exposure, fraud); P1 when severe or amplified
#     retention         -> P3  (cancellation and switching; tighter for top tiers)
#   platinum and gold customers' agent work is one priority tier tighter.
#     no-response       -> P4  (spam, repeat rants without an issue)
#   severity is given only for complaints; category only where clear.
#   lang is the true language of the text (the platform tag may be missing).
#   Outage reports all belong to ONE incident case: each is P1/crisis, but the
#   pipeline should attach them to the incident instead of opening 40 cases.
#
# exact_replays: ids whose JSON line appears twice, byte-identical; the second
#   arrival must not create or update a case.
# reposts: retweets (text "RT @handle: ...", reposted_id set) -> attach to the
#   original's case, never a new case.
# near_duplicates: [first, second] same author, nearly the same text, within
#   minutes -> the second folds into the first's case.
# incident: the Nimbus Mobile outage in Greater Manchester.  `ids` are the
#   reports (first burst of ~40 distinct authors in 15 minutes plus stragglers);
#   related_reposts are retweets of an incident report; restoration_ids are
#   "it's back" posts after the fix; not_part_of_incident are Nimbus mentions
#   that talk about signal/service/down but are NOT this incident (other city,
#   SIM swap, before onset, a ranter) -- clustering must leave them out.
# repeat_ranters: author id -> their mention ids (all rant, all no-response).
"""
    tdir = ROOT / "tests/data"
    tdir.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=120)
    (tdir / "sample_expectations.yaml").write_text(header + body, encoding="utf-8")

    # summary
    uniq = [e for e in E]
    print(f"lines={len(objs)} unique={len(uniq)} replays={len(REPLAYS)} labels={len(labels)} customers={len(cust)}")
    print("brand:", dict(Counter(BRAND_SLUG.get(e.b, "multi/none") if e.b else "multi/none" for e in uniq)))
    print("channel:", dict(Counter(e.ch for e in uniq)))
    print("lang:", dict(Counter(e.lang for e in uniq)))
    print("intent:", dict(Counter(("repost" if e.repost_of else INTENT[e.i]) for e in uniq)))
    print(
        "incident:",
        len(inc),
        "burst:",
        len(burst),
        "authors:",
        exp["incident"]["burst_distinct_authors"],
        exp["incident"]["burst_window"],
    )


if __name__ == "__main__":
    main()
