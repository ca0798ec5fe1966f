"""Function words of Latin-script languages that mentionflow does not support.

lid.176 knows these languages when they are written in full, but not a short or code-mixed post:
romanised Hindi/Urdu ("kya bakwas service hai", ~1,800 UMSAB hindi train lines) gets no
confident guess at all, and an "und" on ASCII text is scored as English; a Dutch post with "is"
and "service" in it takes the English fast path. A handful of very frequent words of each
language is enough to tell it is not a supported one (`lang._other_language_guess` weighs them
against the supported languages' own function words).

Rules for a word to be listed: it is not an English word nor a function word of es/fr/de/it/pt
as written in tweets, checked against the shared English and UMSAB es/fr/de/it/pt train/val texts
(left out for that reason: "hai" is Italian "you have", "ni" Spanish, "acha" Portuguese, "po"
Italian "po'", "mere", "ben", "var", "dan", "anda", "sobra", "mai", "mein", "se", "na", "ya",
"di", "pa", "sa", "ano", "pero", "mau", "dia", "te", "van", "wat", "dat", "hoe", "echt", "ne",
"ve", "mi", "si", "este", "nie", "to"). A word shared by two of these languages is listed under
both and counts for each (the code returned is that of the language with most words; any of
them is unsupported).
"""

from __future__ import annotations

__all__ = ["OTHER_WORDS", "SHARED_WITH_SUPPORTED"]

_WORDS: dict[str, str] = {
    # Romanised Hindi/Urdu (also most of romanised Punjabi): copula, negation, pronouns,
    # postpositions, auxiliaries and the chat spellings ("nhi", "kr", "rha", "hu").
    "hi": "hai hain nahi nahin nhi kya kyaa kyu kyun kyon kaise kaisa kaisi mera meri tera teri tere "
    "mujhe mujhko tujhe humko hume hamara hamari hamare tumhara tumhari aapka aapki aapke apna "
    "apni apne uska uski iska iski unka unki bhi aur yaar yar bahut bohot bhot bohat kuch kuchh "
    "sab abhi kab kahan yahan wahan raha rahi rahe gaya gayi gaye gya gyi karo karna karke karta "
    "karti kiya kiye diya liya tha thi hua hui hoga hogi hota hoti wala wali wale sakta sakti "
    "sakte chahiye accha achha achchha bilkul matlab lekin kyunki phir toh jab koi kisi tum aap "
    "woh sirf zyada jyada baat kaam paisa paise bakwas ghatiya bekar bekaar sahi galat samajh "
    "krna kr ki ka ko ke hu hoon rha rhi rhe nai mujhse humein unhe usse isse aaj kal kar ye yeh "
    "bhai liye dekh dekho dekha chal chalo jao aaya aayi gye hogya hogaya jaise waise pyar "
    "dost dil ek sath saath naam pehle baad khud sabse usne unhone humne jata jati jate tak yahi "
    "wahi raat achi acchi bura bure ji hum mje yh nhe kese kaha sabki ghar haan sunao dekhen bahot "
    "honge kitne kitna pakka dena jayega jayegi rakh yaha waha bada bade badi dekhna itni itna buri "
    "nayi isiliye isliye sunu thodi thoda saari chahte bolta bolte aise aisa jaisa tumhe hamesha "
    "jaldi bahar upar neeche lagta lagti lage aaye aayega milega apko apki apke unko usko "
    "isko inko jiske jisko khana khush dekhte karenge karunga karegi rehna raho sochte bohut buhat "
    "bhut pehli baar",
    # Indonesian / Malay.
    "id": "yang tidak saya aku kamu sudah udah belum bisa gak nggak enggak dengan untuk dari ini "
    "itu ada akan juga karena kenapa mengapa sangat banget sama tapi tetapi atau masih harus kami "
    "kita mereka terima kasih tolong mohon bagaimana gimana kapan dimana sampai sekali apa aja "
    "saja sih dong deh kok nak tak pun lagi ke",
    # Tagalog (and Taglish).
    "tl": "ang ng mga hindi naman ko ka ako ikaw siya kayo namin natin nila niyo ninyo bakit paano "
    "kailan saan dito doon talaga kasi nga lamang rin salamat pong yun yung kahit ngayon nyo "
    "wala ka ko",
    "nl": "het een niet ik mijn jullie wij zijn heb hebben nog geen maar ook voor naar bij deze omdat "
    "nu zo alleen altijd nooit iemand kunnen moet waarom gewoon bedankt graag weer sinds "
    "uur dagen",
    "tr": "bir bu için çok değil yok siz hala neden nasıl hiç daha gibi kadar lütfen teşekkür artık "  # noqa: RUF001
    "benim bana sizin hâlâ mı",  # noqa: RUF001
    "sw": "kwa hii sana lakini bado kwenye hakuna sijui naomba tafadhali asante hapana mimi wewe yangu "
    "wangu yako huduma msaada",
    "pl": "jest się że czy już jak nadal tylko bardzo dlaczego mnie mój moje jeszcze proszę dziękuję nikt",
    "ro": "nu mea nici acum nimeni pentru sunt foarte niciodata niciodată deloc multumesc mulțumesc",
}

# Listed words that a supported language also writes in chat: Italian "hai" (you have) and "ke"
# (che), French "ki" (qui), German "ka" (keine Ahnung) and "ik" (ich). They count half, and never
# alone ("ke hai fatto?" is Italian).
SHARED_WITH_SUPPORTED: frozenset[str] = frozenset({"hai", "ke", "ki", "ka", "ik"})

# word -> the unsupported languages that write it (usually one).
OTHER_WORDS: dict[str, tuple[str, ...]] = {}
for _code, _ws in _WORDS.items():
    for _w in dict.fromkeys(_ws.split()):
        OTHER_WORDS[_w] = (*OTHER_WORDS.get(_w, ()), _code)
