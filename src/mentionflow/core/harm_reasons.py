"""Medical and bereavement words given as a reason or as paperwork, in en/es/fr/de/it/pt (used by
`core.harm_asides`): nobody is ill or hurt in the text.

* **Medical paperwork, a medical reason, an appointment**: "do I need a letter from my doctor?",
  "I had a medical reason", "cancel for medical reasons", "take me to my Dr. appointment",
  "certificado médico", "por motivos médicos", "certificat médical", "pour raisons médicales",
  "ärztliches Attest", "aus medizinischen Gründen", "certificato medico", "per motivi medici",
  "atestado médico", "por motivos médicos": what a booking or a policy asks for. A missed
  appointment keeps its alarm ("missed my hospital appointment", "perdí la cita"): a medical need
  the service failed.
* **A funeral as the reason for a trip**: "my grandfather just passed and I need to attend his
  funeral", "flying to a funeral, to add to my pain", "viajo al entierro de mi abuela", "pour les
  obsèques de ma grand-mère", "zur Beerdigung meiner Oma", "al funerale del nonno", "para o funeral
  da minha avó": the relative and the grief are why the customer travels (a bereavement fare, a
  missed funeral), not someone in danger.
"""

from __future__ import annotations

from mentionflow.core.harm_lexicon import LEXICON, words

__all__ = ["REASON_WORDS", "funeral_trip", "reason_positions"]

_MEDICAL = frozenset(
    words(
        "doctor doctors doctor's dr gp medical hospital médico médica médicos médicas médical médicale médicaux "
        "médicales médecin hôpital arzt ärztin ärztliches ärztliche ärztlichen medizinisch medizinische "
        "medizinischen krankenhaus klinik medico medica medici mediche ospedale"
    )
)
# What a booking or a policy asks for, or why a plan changed.
_PAPERWORK = frozenset(
    words(
        "letter letters note notes certificate certificates cert document documents documentation paperwork form "
        "forms reason reasons procedure procedures appointment appointments appt records "
        "certificado certificados justificante justificantes informe carta documento documentos motivo motivos "
        "razón razones cita citas "
        "certificat certificats attestation lettre justificatif raison raisons motif motifs rendezvous rdv "
        "attest atteste bescheinigung brief schreiben dokument dokumente unterlagen grund gründen termin termine "
        "certificato certificati lettera documenti motivi ragioni appuntamento "
        "atestado atestados razões razoes consulta"
    )
)
# A missed appointment is a medical need the service failed.
_MISSED = frozenset(
    words("missed miss missing perdí perdido perdimos perdu raté manqué verpasst versäumt perso persa perdi perdeu")
)
_WINDOW = 3

_FUNERAL = frozenset(
    words(
        "funeral funerals bereavement burial memorial entierro velorio sepelio duelo funérailles obsèques "
        "enterrement deuil beerdigung trauerfeier beisetzung begräbnis funerale funerali lutto sepoltura enterro "
        "velório luto"
    )
)
# The relative who died and the grief: why the trip is made.
_GRIEF = frozenset(LEXICON["elderly"]) | frozenset(
    words(
        "passed died death dead pain grief falleció murió muerte fallecido fallecida dolor décédé décédée mort "
        "morte décès douleur gestorben tod verstorben verstorbene schmerz morto morta scomparso scomparsa dolore "
        "morreu faleceu falecido falecida dor"
    )
)

REASON_WORDS = _MEDICAL | _FUNERAL
# A trip or its fare: "a bereavement fare", "fly to the funeral", "billete para el entierro".
_TRIP = frozenset(
    words(
        "fare fares airfare discount discounts flight flights fly flying ticket tickets travel trip rate rates "
        "vuelo vuelos volar billete billetes pasaje pasajes viaje descuento tarifa vol vols billet billets voyage "
        "réduction tarif flug flüge fliegen ticket tickets reise rabatt volo voli volare biglietto biglietti "
        "viaggio sconto voo voos voar bilhete bilhetes passagem passagens viagem desconto"
    )
)


def funeral_trip(toks: tuple[str, ...]) -> bool:
    """A funeral (or a bereavement fare) is why the customer travels: "do you have a bereavement
    fare? my grandfather passed", "need a flight to my nan's funeral", "vuelo para el entierro"."""
    return not _FUNERAL.isdisjoint(toks) and not _TRIP.isdisjoint(toks)


def reason_positions(toks: tuple[str, ...]) -> set[int]:
    """Positions of medical words said of paperwork or a reason, and of grief words beside a funeral."""
    found: set[int] = set()
    if not _FUNERAL.isdisjoint(toks):
        found.update(i for i, t in enumerate(toks) if t in _GRIEF)
    if not _MEDICAL.isdisjoint(toks) and not _PAPERWORK.isdisjoint(toks) and _MISSED.isdisjoint(toks):
        found.update(
            i
            for i, t in enumerate(toks)
            if t in _MEDICAL and not _PAPERWORK.isdisjoint(toks[max(0, i - _WINDOW) : i + _WINDOW + 1])
        )
    return found
