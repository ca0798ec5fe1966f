"""Thanks for something in scare quotes is sarcasm: "Cheers @SkyLarkAir for the 'upgrade' from
Plus to the last row next to the loo", "thanks for the 'help'", "merci pour le « geste
commercial »", "danke für die 'Kulanz'", "grazie per l'«assistenza»", "obrigado pela 'ajuda'".

The quotes take back the word they hold; held round a benefit the brand claims to give (an
upgrade, help, a solution, a gesture, compensation), beside thanks, they mock it, whatever
failure the rest of the post describes without a failure word. A title in quotes ("thanks for
recommending 'The Crown'") holds no benefit word, so it stays sincere.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.irony_cues import CLOSE_QUOTES, OPEN_QUOTES  # the quotes scare_quoted reads

_THANKS = r"(?:thanks|thank you|thank u|thx|cheers|ta|merci|gracias|danke|dankeschön|grazie|obrigad[oa]|obrigadão)"
# What a brand claims to give (en, es, fr, de, it, pt), as the quotes would hold it.
_BENEFITS = (
    r"(?:upgrade|upgraded|help|helping|service|support|assistance|solution|compensation|gesture|goodwill|"
    r"apology|refund|voucher|gift|bonus|discount|offer|deal|priority|express|fast track|premium|care|"
    r"improvement|update|on time|quick|fast|customer service|"
    r"ayuda|servicio|solución|solucion|compensación|regalo|mejora|actualización|atención|"
    r"aide|geste|geste commercial|solution|dédommagement|cadeau|amélioration|mise à jour|surclassement|"
    r"hilfe|kulanz|lösung|entschädigung|geschenk|verbesserung|kundenservice|"
    r"aiuto|assistenza|servizio|soluzione|rimborso|regalo|miglioramento|aggiornamento|"
    r"ajuda|serviço|servico|solução|solucao|compensação|presente|melhoria|atualização|atendimento)"
)
_THANKED_QUOTE: Final = re.compile(
    rf"\b{_THANKS}\b[^.!?\n]{{0,40}}?[{OPEN_QUOTES}]\s?(?:\w+\s)?{_BENEFITS}\s?[{CLOSE_QUOTES}]",
    re.IGNORECASE,
)


def thanks_for_quoted(clean: str) -> bool:
    """Thanks followed, in the same sentence, by a benefit word held in scare quotes."""
    return _THANKED_QUOTE.search(clean) is not None
